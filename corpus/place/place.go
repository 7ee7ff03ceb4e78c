package place

import (
	"regexp"
	"strings"
)

// Kind says what a location text turned out to be.
type Kind string

// The kinds of place.
const (
	Morocco Kind = "morocco" // in Morocco: a region (and maybe a city), or only "Maroc" ("Tout le Maroc": Region "")
	Abroad  Kind = "abroad"
	Remote  Kind = "remote"
	Unknown Kind = "unknown"
)

// Place is a resolved location.
type Place struct {
	Kind     Kind   `json:"kind"`
	Region   string `json:"region,omitempty"`   // stable code of one of the 12 regions, e.g. "casablanca-settat"
	Province string `json:"province,omitempty"` // province or prefecture, when known
	City     string `json:"city,omitempty"`     // canonical city name, when known
	Country  string `json:"country,omitempty"`  // for Abroad (and Remote), English name, when known
}

// Region is one of Morocco's 12 regions.
type Region struct {
	Code string // e.g. "casablanca-settat"
	FR   string // "Casablanca-Settat"
	AR   string // "الدار البيضاء-سطات"
	EN   string
}

// Regions lists the 12 regions in official order.
func Regions() []Region {
	out := make([]Region, len(regions))
	for i, r := range regions {
		out[i] = r.Region
	}
	return out
}

// frenchDepartment matches France Travail's "75 - Paris", "2A - Ajaccio",
// "971 - Pointe-à-Pitre": a French département number, then a place.
var frenchDepartment = regexp.MustCompile(`^\s*(?:0[1-9]|[1-8][0-9]|9[0-5]|2[aAbB]|97[1-6])\s*-\s*\S`)

// Resolve maps a location text to a Place. It reads free text — a location
// field ("Casablanca, Maroc", "Ville : Agadir", "75 - Paris") or a title
// that carries the city ("DevOps Engineer - Rabat") — and never guesses:
//
//   - any Moroccan city, province or region named → Morocco; the first one
//     named wins ("Rabat - Casablanca" is Rabat), a city over a region;
//   - else remote work named → Remote (Country if a foreign one is named);
//   - else a foreign country, city or area → Abroad;
//   - else Morocco named alone ("Tout le Maroc") → Morocco with no region;
//   - else Unknown.
//
// ResolveAll lists every place named.
func Resolve(text string) Place {
	ms := index.scan(text)
	var morocco, remote, foreign, country *match
	for i := range ms {
		m := &ms[i]
		switch m.kind {
		case kPlace:
			return m.place()
		case kRegion:
			if morocco == nil {
				morocco = m
			}
		case kRemote:
			if remote == nil {
				remote = m
			}
		case kAbroad:
			if foreign == nil || (foreign.country == "" && m.country != "") {
				foreign = m
			}
		case kMorocco:
			if country == nil {
				country = m
			}
		}
	}
	switch {
	case morocco != nil:
		return morocco.place()
	case remote != nil:
		p := Place{Kind: Remote}
		if foreign != nil {
			p.Country = foreign.country
		}
		return p
	case foreign != nil:
		return foreign.place()
	case frenchDepartment.MatchString(text):
		return Place{Kind: Abroad, Country: "France"}
	case country != nil:
		return Place{Kind: Morocco}
	}
	return Place{Kind: Unknown}
}

// ResolveAll lists the distinct places a text names, in order: every
// Moroccan city or region, foreign country or area, and remote work, as
// in "Rabat, Casa, Fès, Tétouan et Marrakech". A region named after one of
// its cities ("Casablanca, Casablanca-Settat") is not listed again; nor is
// "Maroc" after a Moroccan place. It returns nil when nothing is named.
func ResolveAll(text string) []Place {
	ms := index.scan(text)
	var out []Place
	seen := make(map[Place]bool)
	regionSeen := make(map[string]bool)
	inMorocco := false
	for i := range ms {
		p := ms[i].place()
		if ms[i].kind == kRegion && regionSeen[p.Region] || p.Kind == Morocco && p.Region == "" && inMorocco {
			continue
		}
		if seen[p] {
			continue
		}
		seen[p] = true
		regionSeen[p.Region] = true
		inMorocco = inMorocco || p.Kind == Morocco
		out = append(out, p)
	}
	if out == nil && frenchDepartment.MatchString(text) {
		out = []Place{{Kind: Abroad, Country: "France"}}
	}
	return out
}

// matchKind is what an alias names.
type matchKind uint8

const (
	kPlace   matchKind = iota + 1 // Moroccan city, district or province
	kRegion                       // Moroccan region
	kMorocco                      // Morocco itself
	kRemote
	kAbroad
)

// match is one alias found in a text, and what it stands for.
type match struct {
	kind                   matchKind
	region, province, city string
	country                string
	weak                   bool
	accentOK               bool // weak unaccented, strong accented ("Sale" / "Salé")
}

func (m *match) place() Place {
	switch m.kind {
	case kPlace, kRegion:
		return Place{Kind: Morocco, Region: m.region, Province: m.province, City: m.city}
	case kMorocco:
		return Place{Kind: Morocco}
	case kRemote:
		return Place{Kind: Remote}
	case kAbroad:
		return Place{Kind: Abroad, Country: m.country}
	}
	return Place{Kind: Unknown}
}

// gazetteer is the alias index: normalised alias → what it names.
type gazetteer struct {
	byAlias  map[string]match
	maxWords int
}

// index is built once from the tables in gazetteer.go and only read.
var index, indexConflicts = buildIndex()

// buildIndex normalises every alias. A normalised alias claimed by two
// different places is a conflict: the first one keeps it, and the
// conflict is reported (a test requires there be none).
func buildIndex() (*gazetteer, []string) {
	g := &gazetteer{byAlias: make(map[string]match)}
	var conflicts []string
	add := func(aliases string, m match) {
		for _, a := range strings.Split(aliases, "|") {
			m := m
			if strings.HasPrefix(a, "~") {
				a, m.weak = a[1:], true
			}
			key := normalize(a)
			if key == "" {
				continue
			}
			if old, ok := g.byAlias[key]; ok {
				same := old
				same.weak, same.accentOK = m.weak, m.accentOK
				if same != m {
					conflicts = append(conflicts, a)
					continue
				}
				// One place spelt both ways: weak when written plainly,
				// strong with its accent.
				if old.weak != m.weak {
					old.weak, old.accentOK = true, true
					g.byAlias[key] = old
				}
				continue
			}
			g.byAlias[key] = m
			if n := strings.Count(key, " ") + 1; n > g.maxWords {
				g.maxWords = n
			}
		}
	}
	for _, p := range places {
		add(p.aliases, match{kind: kPlace, region: p.region, province: p.province, city: p.city})
	}
	for _, r := range regions {
		add(r.aliases+"|"+r.FR+"|"+r.AR+"|"+r.EN, match{kind: kRegion, region: r.Code})
	}
	add(moroccoNames, match{kind: kMorocco})
	add(remoteNames, match{kind: kRemote})
	for _, a := range abroad {
		add(a.aliases, match{kind: kAbroad, country: a.country})
	}
	return g, conflicts
}

// arabicPrefixes are the one-letter clitics glued to Arabic place names:
// "بالرباط" (in Rabat), "وطنجة" (and Tangier), "لمراكش" (to Marrakech).
var arabicPrefixes = []string{"ب", "و", "ل", "ف", "ك"}

// scan finds the aliases in text, left to right, longest first.
func (g *gazetteer) scan(text string) []match {
	toks := tokenize(text)
	var out []match
	var key strings.Builder
	for i := 0; i < len(toks); {
		n := 0
		for l := min(g.maxWords, len(toks)-i); l > 0 && n == 0; l-- {
			for _, first := range firstVariants(toks[i].text) {
				key.Reset()
				key.WriteString(first)
				for _, t := range toks[i+1 : i+l] {
					key.WriteByte(' ')
					key.WriteString(t.text)
				}
				m, ok := g.byAlias[key.String()]
				if !ok || (m.weak && !(toks[i].delimBefore && toks[i+l-1].delimAfter) && !(m.accentOK && toks[i].accented)) {
					continue
				}
				out = append(out, m)
				n = l
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	return out
}

// firstVariants is the word itself and, for Arabic, the word without a
// clitic prefix ("بالدار" → "الدار", "للرباط" → "الرباط").
func firstVariants(w string) []string {
	if !isArabic(w) {
		return []string{w}
	}
	vs := []string{w}
	if strings.HasPrefix(w, "لل") && len(w) > len("لل")+2 {
		vs = append(vs, "ال"+w[len("لل"):])
	}
	for _, p := range arabicPrefixes {
		if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 6 { // three Arabic letters
			vs = append(vs, rest)
		}
	}
	return vs
}
