package server

import (
	"errors"
	"net/http"
	"path"
	"slices"
	"strings"

	"marsad/corpus"
	"marsad/taxonomy"
)

// Concepts finds one occupation concept by scheme ("rome", "isco",
// "esco") and code. It answers errUnknownConcept for a well-formed code
// it does not have and an *apiError for a malformed one.
type Concepts interface {
	Concept(scheme, code string) (*Concept, error)
}

var errUnknownConcept = errors.New("unknown concept")

// Concept is an occupation as GET /v1/occupations/{scheme}/{code}
// answers it: its labels, its place in its scheme's hierarchy, the skills
// it needs and its links into the other two schemes.
type Concept struct {
	Scheme      string        `json:"scheme"`
	Code        string        `json:"code"`
	Kind        string        `json:"kind"`            // "fiche", "domain", "isco group", "occupation"
	Level       int           `json:"level,omitempty"` // ISCO 1–4; ROME grand domaine (M) 1, domaine (M18) 2
	Labels      taxonomy.Text `json:"labels"`
	Description taxonomy.Text `json:"description,omitempty"`
	Parent      *Ref          `json:"parent"`
	Children    []Ref         `json:"children"`
	Skills      []SkillRef    `json:"skills"`
	Crosswalk   []Link        `json:"crosswalk"`
}

// Ref names another concept.
type Ref struct {
	Scheme string        `json:"scheme"`
	Code   string        `json:"code"`
	Kind   string        `json:"kind"`
	Labels taxonomy.Text `json:"labels"`
}

// SkillRef is a skill an occupation needs. Relation is "essential" or
// "optional" for ESCO, "competence" (savoir-faire, savoir-être) or
// "savoir" for ROME.
type SkillRef struct {
	Code     string        `json:"code"`
	Labels   taxonomy.Text `json:"labels"`
	Relation string        `json:"relation"`
	Kind     string        `json:"kind,omitempty"`
}

// Link is a crosswalk entry to a concept of another scheme. Via is the
// ROME appellation the ESCO↔ROME link goes through; Weight the strength
// of a ROME→ISCO link.
type Link struct {
	Ref
	Match  string  `json:"match,omitempty"`
	Via    string  `json:"via,omitempty"`
	Weight float64 `json:"weight,omitempty"`
}

// taxonomyConcepts answers concept lookups from a loaded taxonomy, with
// the reverse indexes the taxonomy does not keep.
type taxonomyConcepts struct {
	tax          *taxonomy.Taxonomy
	escoKeys     map[string]string              // URI, UUID or ESCO code → URI
	ficheKids    map[string][]string            // ROME parent fiche → fiches under it
	domainKids   map[string][]string            // grand domaine → domaines; domaine → fiches
	domainParent map[string]string              // domaine → grand domaine
	iscoToFiches map[string][]taxonomy.Weighted // ISCO group → ROME fiches reaching it
}

// NewConcepts indexes tax for concept lookups. tax is only read.
func NewConcepts(tax *taxonomy.Taxonomy) Concepts {
	c := &taxonomyConcepts{
		tax:          tax,
		escoKeys:     make(map[string]string, 3*len(tax.Occupations)),
		ficheKids:    make(map[string][]string),
		domainKids:   make(map[string][]string),
		domainParent: make(map[string]string),
		iscoToFiches: make(map[string][]taxonomy.Weighted),
	}
	for uri, o := range tax.Occupations {
		c.escoKeys[uri] = uri
		c.escoKeys[path.Base(uri)] = uri
		if o.Code != "" {
			c.escoKeys[o.Code] = uri
		}
	}
	for code, f := range tax.Fiches {
		if f.Parent != "" && f.Parent != code {
			c.ficheKids[f.Parent] = append(c.ficheKids[f.Parent], code)
		}
		for _, w := range f.ISCO {
			c.iscoToFiches[w.Code] = append(c.iscoToFiches[w.Code], taxonomy.Weighted{Code: code, Weight: w.Weight})
		}
		if f.Domaine != "" {
			c.domainKids[f.Domaine] = append(c.domainKids[f.Domaine], code)
			if g := f.GrandDomaine; g != "" && g != f.Domaine && c.domainParent[f.Domaine] == "" {
				c.domainParent[f.Domaine] = g
				c.domainKids[g] = append(c.domainKids[g], f.Domaine)
			}
		}
	}
	for _, kids := range c.ficheKids {
		slices.Sort(kids)
	}
	for _, kids := range c.domainKids {
		slices.Sort(kids)
	}
	for _, fs := range c.iscoToFiches {
		slices.SortFunc(fs, func(a, b taxonomy.Weighted) int { return strings.Compare(a.Code, b.Code) })
	}
	return c
}

func (c *taxonomyConcepts) Concept(scheme, code string) (*Concept, error) {
	switch scheme {
	case "rome":
		return c.rome(code)
	case "isco":
		if !isISCOCode(code) {
			return nil, badRequest(codeInvalidParam, "code", "an ISCO-08 code is 1 to 4 digits")
		}
		return c.isco(code)
	case "esco":
		return c.esco(code)
	}
	return nil, &apiError{Status: http.StatusBadRequest, Code: codeUnknownScheme, Field: "scheme",
		Message: "unknown scheme " + scheme + ": want rome, isco or esco"}
}

func isISCOCode(code string) bool {
	if len(code) < 1 || len(code) > 4 {
		return false
	}
	for i := 0; i < len(code); i++ {
		if code[i] < '0' || code[i] > '9' {
			return false
		}
	}
	return true
}

// rome finds a ROME fiche, or a grand domaine or domaine professionnel
// (what a fiche's parent names when its métier is itself), with the
// taxonomy's own lookup, the one `marsad taxonomy show` uses.
func (c *taxonomyConcepts) rome(code string) (*Concept, error) {
	tc, err := c.tax.Lookup(code)
	switch {
	case err != nil:
		return nil, errUnknownConcept
	case tc.Fiche != nil:
		return c.fiche(tc.Fiche.Code)
	case tc.Domain != nil:
		return c.domain(tc.Domain), nil
	}
	return nil, errUnknownConcept // an ISCO, OGR or ESCO key: not a ROME concept
}

// domain is a grand domaine with its domaines, or a domaine with its fiches.
func (c *taxonomyConcepts) domain(d *taxonomy.Domain) *Concept {
	out := &Concept{Scheme: "rome", Code: d.Code, Kind: "domain", Level: 2, Labels: fr(d.Label),
		Children: []Ref{}, Skills: []SkillRef{}, Crosswalk: []Link{}}
	if len(d.Code) == 1 {
		out.Level = 1
	}
	if p, ok := c.tax.Domains[c.domainParent[d.Code]]; ok {
		out.Parent = &Ref{Scheme: "rome", Code: p.Code, Kind: "domain", Labels: fr(p.Label)}
	}
	for _, k := range c.domainKids[d.Code] {
		if f, ok := c.tax.Fiches[k]; ok {
			out.Children = append(out.Children, Ref{Scheme: "rome", Code: k, Kind: "fiche", Labels: fr(f.Label)})
			continue
		}
		r := Ref{Scheme: "rome", Code: k, Kind: "domain", Labels: taxonomy.Text{}}
		if kd, ok := c.tax.Domains[k]; ok {
			r.Labels = fr(kd.Label)
		}
		out.Children = append(out.Children, r)
	}
	return out
}

func (c *taxonomyConcepts) fiche(code string) (*Concept, error) {
	f, ok := c.tax.Fiches[code]
	if !ok {
		return nil, errUnknownConcept
	}
	out := &Concept{Scheme: "rome", Code: code, Kind: "fiche", Labels: fr(f.Label), Children: []Ref{}, Skills: []SkillRef{}, Crosswalk: []Link{}}
	if f.Definition != "" {
		out.Description = fr(f.Definition)
	}
	if p, ok := c.tax.Fiches[f.Parent]; ok && f.Parent != code {
		out.Parent = &Ref{Scheme: "rome", Code: p.Code, Kind: "fiche", Labels: fr(p.Label)}
	} else if d, ok := c.tax.Domains[f.Domaine]; ok {
		out.Parent = &Ref{Scheme: "rome", Code: d.Code, Kind: "domain", Labels: fr(d.Label)}
	}
	for _, k := range c.ficheKids[code] {
		out.Children = append(out.Children, Ref{Scheme: "rome", Code: k, Kind: "fiche", Labels: fr(c.tax.Fiches[k].Label)})
	}
	for _, ogr := range f.Appellations {
		label := ogr
		if a, ok := c.tax.Appellations[ogr]; ok {
			label = a.Long
		}
		out.Children = append(out.Children, Ref{Scheme: "rome", Code: ogr, Kind: "appellation", Labels: fr(label)})
	}
	addComp := func(ogrs []string, relation string) {
		for _, ogr := range ogrs {
			s := SkillRef{Code: ogr, Relation: relation, Labels: fr(ogr)}
			if comp, ok := c.tax.Competences[ogr]; ok {
				s.Labels, s.Kind = fr(comp.Label), comp.Kind
			}
			out.Skills = append(out.Skills, s)
		}
	}
	addComp(f.Competences, "competence")
	addComp(f.Savoirs, "savoir")
	seen := make(map[string]bool)
	for _, m := range f.ESCO {
		key := m.ESCO + "\x00" + m.OGR
		if seen[key] {
			continue
		}
		seen[key] = true
		// Three rows of the 2023 crosswalk name occupations ESCO v1.2 no
		// longer has: a link to them would be a dead one.
		o, ok := c.tax.Occupations[m.ESCO]
		if !ok {
			continue
		}
		out.Crosswalk = append(out.Crosswalk, Link{Ref: Ref{Scheme: "esco", Code: m.ESCO, Kind: "occupation", Labels: o.Pref}, Match: string(m.Match), Via: m.OGR})
	}
	for _, w := range f.ISCO {
		l := Link{Ref: Ref{Scheme: "isco", Code: w.Code, Kind: "isco group", Labels: taxonomy.Text{}}, Weight: w.Weight}
		if g, ok := c.tax.ISCO[w.Code]; ok {
			l.Labels = g.Title
		}
		out.Crosswalk = append(out.Crosswalk, l)
	}
	return out, nil
}

func (c *taxonomyConcepts) isco(code string) (*Concept, error) {
	g, ok := c.tax.ISCO[code]
	if !ok {
		return nil, errUnknownConcept
	}
	out := &Concept{Scheme: "isco", Code: code, Kind: "isco group", Level: len(code), Labels: orEmpty(g.Title),
		Description: g.Description, Children: []Ref{}, Skills: []SkillRef{}, Crosswalk: []Link{}}
	if p, ok := c.tax.ISCO[g.Parent]; ok {
		out.Parent = &Ref{Scheme: "isco", Code: p.Code, Kind: "isco group", Labels: orEmpty(p.Title)}
	}
	for _, k := range g.Children {
		r := Ref{Scheme: "isco", Code: k, Kind: "isco group", Labels: taxonomy.Text{}}
		if kg, ok := c.tax.ISCO[k]; ok {
			r.Labels = orEmpty(kg.Title)
		}
		out.Children = append(out.Children, r)
	}
	for _, uri := range g.Occupations {
		r := Ref{Scheme: "esco", Code: uri, Kind: "occupation", Labels: taxonomy.Text{}}
		if o, ok := c.tax.Occupations[uri]; ok {
			r.Labels = orEmpty(o.Pref)
		}
		out.Children = append(out.Children, r)
	}
	for _, w := range c.iscoToFiches[code] {
		l := Link{Ref: Ref{Scheme: "rome", Code: w.Code, Kind: "fiche", Labels: fr(c.tax.Fiches[w.Code].Label)}, Weight: w.Weight}
		out.Crosswalk = append(out.Crosswalk, l)
	}
	return out, nil
}

func (c *taxonomyConcepts) esco(code string) (*Concept, error) {
	// A URI whose "//" a proxy or the router collapsed still names it.
	if rest, ok := strings.CutPrefix(code, "http:/"); ok && !strings.HasPrefix(rest, "/") {
		code = "http://" + rest
	}
	uri, ok := c.escoKeys[code]
	if !ok {
		return nil, errUnknownConcept
	}
	o := c.tax.Occupations[uri]
	out := &Concept{Scheme: "esco", Code: uri, Kind: "occupation", Labels: orEmpty(o.Pref), Description: o.Description,
		Children: []Ref{}, Skills: []SkillRef{}, Crosswalk: []Link{}}
	if g, ok := c.tax.ISCO[o.ISCO]; ok {
		out.Parent = &Ref{Scheme: "isco", Code: g.Code, Kind: "isco group", Labels: orEmpty(g.Title)}
	}
	addSkills := func(uris []string, relation string) {
		for _, u := range uris {
			s := SkillRef{Code: u, Relation: relation, Labels: taxonomy.Text{}}
			if sk, ok := c.tax.Skills[u]; ok {
				s.Labels, s.Kind = orEmpty(sk.Pref), sk.Type
			}
			out.Skills = append(out.Skills, s)
		}
	}
	addSkills(o.Essential, "essential")
	addSkills(o.Optional, "optional")
	seen := make(map[string]bool)
	for _, m := range o.ROME {
		if seen[m.Fiche+"\x00"+m.OGR] {
			continue
		}
		seen[m.Fiche+"\x00"+m.OGR] = true
		l := Link{Ref: Ref{Scheme: "rome", Code: m.Fiche, Kind: "fiche", Labels: taxonomy.Text{}}, Match: string(m.Match), Via: m.OGR}
		if f, ok := c.tax.Fiches[m.Fiche]; ok {
			l.Labels = fr(f.Label)
		}
		out.Crosswalk = append(out.Crosswalk, l)
	}
	return out, nil
}

func fr(s string) taxonomy.Text { return taxonomy.Text{corpus.French: s} }

func orEmpty(t taxonomy.Text) taxonomy.Text {
	if t == nil {
		return taxonomy.Text{}
	}
	return t
}
