package posting

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// field is one Posting field that source columns map onto.
type field int

const (
	fNone field = iota
	fID
	fTitle
	fDescription
	fCompany
	fLocation
	fDate
	fSource
	fURL
	fLang
	fScraped
	fSector
	fFunction
	nFields
)

// aliases lists, for each field, the source names that feed it, in order of
// preference: when a record has several (say "date" and "date_text"), the
// first non-empty one wins. Names are in normalised form (see fieldKey), so
// "dateCreation", "date_creation" and "Date Creation" are all "datecreation".
var aliases = [nFields][]string{
	fID:          {"id", "postid", "jobpostid", "offerid", "jobid", "offreid", "reference", "ref"},
	fTitle:       {"title", "jobtitle", "intitule", "intituleposte", "titre", "poste", "appellationlibelle"},
	fDescription: {"description", "missiondesc", "jobdesc", "jobdescription", "descriptif", "text", "texte", "desc", "contenu", "body"},
	fCompany:     {"company", "companyname", "entreprise", "employer", "employeur", "societe", "recruteur"},
	fLocation:    {"location", "lieutravail", "lieu", "city", "ville", "joblocation", "localisation", "region"},
	fDate:        {"date", "datecreation", "dateposted", "pubstart", "datepublication", "publicationdate", "jobdate", "published", "datetext"},
	fSource:      {"source", "site", "board"},
	fURL:         {"url", "link", "lien", "joburl", "href"},
	fLang:        {"lang", "language", "langue"},
	// When the posting was collected, not published: never a publication
	// date, so none of these names may feed fDate.
	fScraped: {"scrapedat", "scrapedate", "datescraped", "scraped", "scrapedon", "crawledat", "crawldate", "datecrawled", "crawled",
		"fetchedat", "fetchdate", "datefetched", "collectedat", "collectiondate", "datecollected", "datecollecte"},
	// France Travail's secteurActivite is a NAF code ("62"); its label is
	// secteurActiviteLibelle.
	fSector:   {"sector", "secteur", "secteuractivitelibelle", "secteurdactivite", "industry", "industrie"},
	fFunction: {"function", "fonction", "jobfunction", "category", "categorie", "jobcategory"},
}

// fieldByKey maps a normalised source name to its field. It is built once
// from aliases and never changed.
var fieldByKey = func() map[string]field {
	m := make(map[string]field)
	for f, names := range aliases {
		for _, n := range names {
			m[n] = field(f)
		}
	}
	return m
}()

// nestedKeys are the string members taken from a nested object, as in
// France Travail's {"lieuTravail": {"libelle": "75 - Paris"}} or
// {"entreprise": {"nom": "ACME"}}.
var nestedKeys = []string{"libelle", "nom", "name", "label", "value", "title", "text"}

// fieldKey normalises a source column name: lower case, accents and
// punctuation dropped, so that header spellings from different boards meet.
func fieldKey(name string) string {
	name = strings.TrimPrefix(name, "\uFEFF")
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(unicode.ToLower(r))
		case r >= 0x80 && unicode.IsLetter(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// lookupField returns the field a source column feeds, or fNone.
func lookupField(name string) field { return fieldByKey[fieldKey(name)] }

// rank is the position of a normalised name in its field's alias list;
// lower is preferred.
func rank(f field, key string) int {
	for i, n := range aliases[f] {
		if n == key {
			return i
		}
	}
	return len(aliases[f])
}

// set stores v in p's field f.
func (f field) set(p *Posting, v string) {
	switch f {
	case fID:
		p.ID = v
	case fTitle:
		p.Title = v
	case fDescription:
		p.Description = v
	case fCompany:
		p.Company = v
	case fLocation:
		p.Location = v
	case fDate:
		p.Date = v
	case fSource:
		p.Source = v
	case fURL:
		p.URL = v
	case fLang:
		p.Lang = v
	case fScraped:
		p.Scraped = v
	case fSector:
		p.Sector = v
	case fFunction:
		p.Function = v
	}
}

// finish cleans the fields of a freshly mapped posting and gives it an id.
func finish(p *Posting) {
	p.Title = strings.Join(strings.Fields(Clean(p.Title)), " ")
	p.Description = Clean(p.Description)
	p.Company = cleanInline(p.Company)
	p.Location = cleanInline(p.Location)
	p.Date = cleanInline(p.Date)
	p.Source = strings.TrimSpace(p.Source)
	p.URL = strings.TrimSpace(p.URL)
	p.Lang = strings.ToLower(strings.TrimSpace(p.Lang))
	p.Scraped = cleanInline(p.Scraped)
	p.Sector = cleanInline(p.Sector)
	p.Function = cleanInline(p.Function)
	p.ID = strings.TrimSpace(p.ID)
	if p.ID == "" {
		p.ID = StableID(*p)
	}
}
