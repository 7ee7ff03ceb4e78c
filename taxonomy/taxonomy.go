package taxonomy

import "marsad/corpus"

// Text holds one string per language.
type Text map[corpus.Lang]string

// Terms holds several strings per language.
type Terms map[corpus.Lang][]string

// Match is the SKOS relation of a crosswalk entry.
type Match string

// Crosswalk relations, from strongest to weakest.
const (
	Exact  Match = "exact"
	Close  Match = "close"
	Narrow Match = "narrow" // the ROME appellation is narrower than the ESCO occupation
	Broad  Match = "broad"
)

// Occupation is an ESCO occupation.
type Occupation struct {
	URI         string
	Code        string // ESCO code, e.g. "2512.4"
	ISCO        string // ISCO-08 unit group, 4 digits
	Pref        Text
	Alt         Terms
	Hidden      Terms
	Description Text
	Essential   []string  // skill URIs
	Optional    []string  // skill URIs
	ROME        []Mapping // crosswalk entries that reach this occupation
}

// Skill is an ESCO skill or knowledge concept.
type Skill struct {
	URI         string
	Type        string // "skill/competence", "knowledge", "language", ...
	Reuse       string // "transversal", "cross-sector", "sector-specific", "occupation-specific"
	Pref        Text
	Alt         Terms
	Hidden      Terms
	Description Text
	Broader     []string // URIs of broader skills or skill groups
}

// SkillGroup is a node of ESCO's skill hierarchy.
type SkillGroup struct {
	URI         string
	Code        string
	Pref        Text
	Broader     []string
	Alt         Terms
	Description Text
}

// ISCOGroup is an ISCO-08 group at any of its four levels.
type ISCOGroup struct {
	Code        string // 1 to 4 digits
	Level       int    // len(Code)
	Title       Text   // fr and en; ar only where an official one exists
	Description Text
	Parent      string
	Children    []string
	Occupations []string // ESCO occupation URIs directly under a unit group
}

// Fiche is a ROME 4.0 fiche (code_rome).
type Fiche struct {
	Code         string // e.g. "M1805"
	Label        string
	Parent       string // code_rome_parent: the métier (532 of them)
	GrandDomaine string // e.g. "M"
	Domaine      string // e.g. "M18"
	Definition   string
	Access       string   // access conditions text
	Appellations []string // OGR codes
	Competences  []string // OGR codes of savoir-faire and savoir-être
	Savoirs      []string // OGR codes of savoirs
	// Core are the OGR codes (compétences, macro-compétences, savoirs)
	// the fiche flags coeur de métier ("Principale" or "Émergente" in
	// unix_coherence_item), in file order; nil when that file is absent.
	Core []string
	ESCO []Mapping
	ISCO []Weighted // ISCO groups reached through the crosswalk, weight by match type
}

// Weighted is a code with a weight in (0, 1].
type Weighted struct {
	Code   string
	Weight float64
}

// Appellation is a ROME appellation: a job title under one fiche.
type Appellation struct {
	OGR   string
	Long  string // e.g. "Développeur / Développeuse web"
	Short string
	Fiche string
}

// Competence is a ROME compétence (savoir-faire, savoir-être) or savoir.
type Competence struct {
	OGR        string
	Label      string
	Kind       string // "savoir-faire", "savoir-etre" or "savoir"
	Definition string
	Macro      string // OGR code of the macro-compétence, if any
	Category   string
	// Nature is "competence" or "macro-competence" for savoir-faire and
	// savoir-être, "" for savoirs.
	Nature      string
	Subcategory string // sous_cat_comp or sous_categorie_savoir
}

// Domain is a ROME grand domaine (1 letter) or domaine professionnel (3 chars).
type Domain struct {
	Code  string
	Label string
}

// Mapping is one ESCO↔ROME crosswalk entry.
type Mapping struct {
	ESCO  string // occupation URI
	OGR   string // ROME appellation code
	Fiche string // ROME fiche of that appellation
	Match Match
}

// Warning is something the loader skipped or repaired, with where.
type Warning struct {
	File    string `json:"file,omitempty"`
	Line    int    `json:"line,omitempty"`
	Message string `json:"message"`
	// Malformed marks damage to the file itself (invalid UTF-8, a broken
	// quote, a row cut short, a truncated file) rather than to what a
	// well-formed row says (a duplicate, an unknown code). Load lists
	// these first: they are rare in the official data, and mean that it
	// was damaged on its way.
	Malformed bool `json:"malformed,omitempty"`
}

// Taxonomy is the whole loaded model. It is read-only once loaded.
type Taxonomy struct {
	Occupations  map[string]*Occupation  // by URI
	Skills       map[string]*Skill       // by URI
	SkillGroups  map[string]*SkillGroup  // by URI
	ISCO         map[string]*ISCOGroup   // by code
	Fiches       map[string]*Fiche       // by ROME code
	Appellations map[string]*Appellation // by OGR code
	Competences  map[string]*Competence  // by OGR code
	Domains      map[string]*Domain      // by code
	Crosswalk    []Mapping               // in file order
	Versions     map[string]string       // e.g. "esco": "v1.2.1", "rome": "v460"
	Warnings     []Warning
	Files        map[string]int // data rows read per file, by path under the data directory
}
