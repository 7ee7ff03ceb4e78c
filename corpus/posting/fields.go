package posting

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
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

// names are the fields' names in Posting's JSON, for messages; fNone,
// a column that feeds no field, has none.
var names = [nFields]string{
	fID: "id", fTitle: "title", fDescription: "description", fCompany: "company",
	fLocation: "location", fDate: "date", fSource: "source", fURL: "url", fLang: "lang",
	fScraped: "scraped", fSector: "sector", fFunction: "function",
}

func (f field) String() string { return names[f] }

// aliases lists, for each field, the source names that feed it, in order of
// preference: when a record has several (say "date" and "date_text"), the
// first non-empty one in this order wins, and between columns or keys of
// the same normalised name ("title" and "TITLE"), the first in the record.
// The Reader warns of such records (see severalSources). Names are in
// normalised form (see fieldKey), so "dateCreation", "date_creation" and
// "Date Creation" are all "datecreation".
var aliases = [nFields][]string{
	fID: {"id", "postid", "jobpostid", "offerid", "jobid", "offreid", "reference", "ref", "referenceoffre", "referenceannonce"},
	fTitle: {"title", "jobtitle", "intitule", "intituleposte", "titre", "poste", "appellationlibelle",
		"titreposte", "titreoffre", "intituleoffre", "titreannonce", "posttitle"},
	fDescription: {"description", "missiondesc", "jobdesc", "jobdescription", "descriptif", "text", "texte", "desc", "contenu", "body",
		"descriptionposte", "descriptionoffre", "descriptionannonce", "descriptifposte", "descriptifoffre"},
	fCompany:  {"company", "companyname", "entreprise", "employer", "employeur", "societe", "recruteur", "nomentreprise", "nomsociete", "raisonsociale"},
	fLocation: {"location", "lieutravail", "lieu", "city", "ville", "joblocation", "localisation", "region", "lieuposte", "villeposte"},
	fDate: {"date", "datecreation", "dateposted", "pubstart", "datepublication", "publicationdate", "jobdate", "published", "datetext",
		"datemiseenligne", "dateannonce", "dateoffre", "postingdate"},
	fSource: {"source", "site", "board"},
	fURL:    {"url", "link", "lien", "joburl", "href"},
	fLang:   {"lang", "language", "langue"},
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

// fieldKey normalises a source column name: lower case, accents,
// punctuation and the little words of a French or English header
// dropped (connectors), so that header spellings from different boards
// meet: "Intitulé du poste" is "intituleposte", "Lieu de travail"
// "lieutravail", "Date of publication" "datepublication".
func fieldKey(name string) string {
	name = strings.TrimPrefix(name, "\uFEFF")
	var b, word strings.Builder
	flush := func() {
		if w := word.String(); !connectors[w] {
			b.WriteString(w)
		}
		word.Reset()
	}
	for _, r := range norm.NFD.String(name) {
		switch {
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			word.WriteRune(unicode.ToLower(r))
		case r >= 0x80 && unicode.IsLetter(r):
			word.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r): // an accent, in NFD
		default:
			flush()
		}
	}
	flush()
	return b.String()
}

// connectors are the words a header may hold between the words that name
// its field. The elided "d'" stays: "Secteur d'activité" is a label,
// where France Travail's "secteurActivite" is a NAF code (see aliases).
var connectors = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "l": true,
	"of": true, "the": true,
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

// source is one column or key feeding a field.
type source struct {
	name string // as found
	pos  int    // 0-based place in the header or the object
	rank int    // see rank
}

// sortSources orders the sources of one field as they are tried: by
// preference, then by place.
func sortSources(srcs []source) {
	slices.SortStableFunc(srcs, func(a, b source) int {
		if c := cmp.Compare(a.rank, b.rank); c != 0 {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
}

// severalSources says which of the columns or keys (what) feeding field f
// is read. srcs are in the order they are tried.
func severalSources(what string, f field, srcs []source) string {
	label := func(s source) string { return strconv.Quote(s.name) }
	for i := range srcs {
		for j := range i {
			if srcs[i].name == srcs[j].name {
				// The same name twice: tell them apart by place.
				unit := strings.TrimSuffix(what, "s")
				label = func(s source) string { return fmt.Sprintf("%q (%s %d)", s.name, unit, s.pos+1) }
			}
		}
	}
	byPlace := slices.Clone(srcs)
	slices.SortFunc(byPlace, func(a, b source) int { return cmp.Compare(a.pos, b.pos) })
	all := make([]string, len(byPlace))
	for i, s := range byPlace {
		all[i] = label(s)
	}
	list := strings.Join(all[:len(all)-1], ", ") + " and " + all[len(all)-1]
	if len(srcs) == 2 {
		return fmt.Sprintf("%s %s both give the %s: %s is read, %s only where it is empty",
			what, list, f, label(srcs[0]), label(srcs[1]))
	}
	rest := make([]string, len(srcs)-1)
	for i, s := range srcs[1:] {
		rest[i] = label(s)
	}
	return fmt.Sprintf("%s %s all give the %s: %s is read, then %s in that order, each only where those before are empty",
		what, list, f, label(srcs[0]), strings.Join(rest, ", "))
}

// knownLang reports whether a declared language, trimmed and in lower
// case, is one the API accepts: fr, ar, en, und (undetermined) or none.
// The classifier ignores any other, so the reader says so.
func knownLang(l string) bool {
	switch l {
	case "", "fr", "ar", "en", "und":
		return true
	}
	return false
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
