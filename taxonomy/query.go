package taxonomy

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"marsad/corpus"
)

// Get returns the text in the first of langs that has one, else in any
// language (English, French, Arabic, then the rest in order), else "".
func (t Text) Get(langs ...corpus.Lang) string {
	for _, l := range langs {
		if s := t[l]; s != "" {
			return s
		}
	}
	for _, l := range []corpus.Lang{corpus.English, corpus.French, corpus.Arabic} {
		if s := t[l]; s != "" {
			return s
		}
	}
	for _, k := range sortedLangs(t) {
		if t[k] != "" {
			return t[k]
		}
	}
	return ""
}

func sortedLangs[V any](m map[corpus.Lang]V) []corpus.Lang {
	out := make([]corpus.Lang, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// Labels returns the preferred label followed by the alternative and hidden
// labels of one language, without repeats.
func labels(pref Text, alt, hidden Terms, lang corpus.Lang) []string {
	var out []string
	if p := pref[lang]; p != "" {
		out = append(out, p)
	}
	out = appendNew(out, alt[lang]...)
	return appendNew(out, hidden[lang]...)
}

// Labels returns every label of o in lang: preferred, alternative, hidden.
func (o *Occupation) Labels(lang corpus.Lang) []string {
	return labels(o.Pref, o.Alt, o.Hidden, lang)
}

// Labels returns every label of s in lang: preferred, alternative, hidden.
func (s *Skill) Labels(lang corpus.Lang) []string {
	return labels(s.Pref, s.Alt, s.Hidden, lang)
}

// SortedOccupations returns the occupations ordered by URI.
func (t *Taxonomy) SortedOccupations() []*Occupation { return sortedValues(t.Occupations) }

// SortedSkills returns the skills ordered by URI.
func (t *Taxonomy) SortedSkills() []*Skill { return sortedValues(t.Skills) }

// SortedSkillGroups returns the skill groups ordered by URI.
func (t *Taxonomy) SortedSkillGroups() []*SkillGroup { return sortedValues(t.SkillGroups) }

// SortedFiches returns the ROME fiches ordered by code.
func (t *Taxonomy) SortedFiches() []*Fiche { return sortedValues(t.Fiches) }

// SortedAppellations returns the ROME appellations ordered by OGR code.
func (t *Taxonomy) SortedAppellations() []*Appellation { return sortedValues(t.Appellations) }

// SortedCompetences returns the ROME compétences and savoirs ordered by OGR code.
func (t *Taxonomy) SortedCompetences() []*Competence { return sortedValues(t.Competences) }

// SortedISCO returns the ISCO groups ordered by code (so each group comes
// right before its children); level 0 means all levels.
func (t *Taxonomy) SortedISCO(level int) []*ISCOGroup {
	var out []*ISCOGroup
	for _, g := range sortedValues(t.ISCO) {
		if level == 0 || g.Level == level {
			out = append(out, g)
		}
	}
	return out
}

func sortedValues[V any](m map[string]*V) []*V {
	out := make([]*V, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, m[k])
	}
	return out
}

// Metier returns the métier (code_rome_parent) of a ROME fiche code; ""
// for an unknown code. 1,584 fiches group into 532 métiers.
func (t *Taxonomy) Metier(code string) string {
	if f := t.Fiches[code]; f != nil {
		return f.Parent
	}
	return ""
}

// Metiers returns the distinct métier codes, sorted.
func (t *Taxonomy) Metiers() []string {
	seen := make(map[string]bool)
	for _, f := range t.Fiches {
		seen[f.Parent] = true
	}
	return slices.Sorted(maps.Keys(seen))
}

// ISCOAncestors returns code and its ancestors from the unit group up to
// the major group, e.g. "2512" → ["2512", "251", "25", "2"].
func ISCOAncestors(code string) []string {
	var out []string
	for n := len(code); n > 0; n-- {
		out = append(out, code[:n])
	}
	return out
}

// Concept is one entry of the taxonomy found by Lookup: exactly one field
// is set.
type Concept struct {
	Occupation  *Occupation
	Skill       *Skill
	SkillGroup  *SkillGroup
	ISCO        *ISCOGroup
	Fiche       *Fiche
	Appellation *Appellation
	Competence  *Competence
	Domain      *Domain
}

// ErrNotFound is returned (wrapped) by Lookup for an unknown key.
var ErrNotFound = errors.New("not found")

// Lookup finds a concept by any of its keys: an ESCO URI (occupation,
// skill, skill group or ISCO group), a ROME code ("M1805"), a ROME grand
// domaine or domaine ("M", "M18"), an ISCO code ("2512", "25"), or a ROME
// OGR code (appellation, compétence or savoir). ISCO codes are tried before
// OGR codes of the same digits.
func (t *Taxonomy) Lookup(key string) (Concept, error) {
	k := strings.TrimSpace(key)
	if k == "" {
		return Concept{}, fmt.Errorf("taxonomy: empty key")
	}
	if strings.Contains(k, "://") {
		if o := t.Occupations[k]; o != nil {
			return Concept{Occupation: o}, nil
		}
		if s := t.Skills[k]; s != nil {
			return Concept{Skill: s}, nil
		}
		if g := t.SkillGroups[k]; g != nil {
			return Concept{SkillGroup: g}, nil
		}
		if i := strings.LastIndex(k, "/isco/C"); i >= 0 {
			if g := t.ISCO[k[i+len("/isco/C"):]]; g != nil {
				return Concept{ISCO: g}, nil
			}
		}
		return Concept{}, fmt.Errorf("taxonomy: ESCO URI %s: %w", k, ErrNotFound)
	}
	if isDigits(k) {
		if g := t.ISCO[k]; g != nil && len(k) <= 4 {
			return Concept{ISCO: g}, nil
		}
		if a := t.Appellations[k]; a != nil {
			return Concept{Appellation: a}, nil
		}
		if c := t.Competences[k]; c != nil {
			return Concept{Competence: c}, nil
		}
		return Concept{}, fmt.Errorf("taxonomy: %s is neither an ISCO code nor a ROME OGR code: %w", k, ErrNotFound)
	}
	u := strings.ToUpper(k)
	if f := t.Fiches[u]; f != nil {
		return Concept{Fiche: f}, nil
	}
	if d := t.Domains[u]; d != nil {
		return Concept{Domain: d}, nil
	}
	return Concept{}, fmt.Errorf("taxonomy: key %q is not a ROME code, OGR code, ISCO code or ESCO URI: %w", k, ErrNotFound)
}
