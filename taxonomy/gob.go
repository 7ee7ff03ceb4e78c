package taxonomy

import (
	"bytes"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"maps"
	"slices"

	"marsad/corpus"
)

// encoding/gob writes a map in its iteration order, which Go randomises:
// two encodings of one taxonomy would differ, and so would the checksums
// of two models built from the same data. A Taxonomy therefore encodes
// its maps as slices sorted by key, and Text and Terms their languages in
// order, so that equal taxonomies encode to equal bytes.

// wire is the encoded form of a Taxonomy. The concept maps are keyed by a
// field of their values, so slices of the values are enough.
type wire struct {
	Occupations  []*Occupation
	Skills       []*Skill
	SkillGroups  []*SkillGroup
	ISCO         []*ISCOGroup
	Fiches       []*Fiche
	Appellations []*Appellation
	Competences  []*Competence
	Domains      []*Domain
	Crosswalk    []Mapping
	Versions     []pair[string]
	Warnings     []Warning
	Files        []pair[int]
}

type pair[V any] struct {
	Key   string
	Value V
}

func pairs[V any](m map[string]V) []pair[V] {
	out := make([]pair[V], 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, pair[V]{k, m[k]})
	}
	return out
}

func unpair[V any](ps []pair[V]) map[string]V {
	m := make(map[string]V, len(ps))
	for _, p := range ps {
		m[p.Key] = p.Value
	}
	return m
}

// index rebuilds a concept map from its values.
func index[V any](vs []*V, key func(*V) string) map[string]*V {
	m := make(map[string]*V, len(vs))
	for _, v := range vs {
		m[key(v)] = v
	}
	return m
}

// GobEncode encodes t deterministically (see wire).
func (t *Taxonomy) GobEncode() ([]byte, error) {
	w := wire{
		Occupations:  sortedValues(t.Occupations),
		Skills:       sortedValues(t.Skills),
		SkillGroups:  sortedValues(t.SkillGroups),
		ISCO:         sortedValues(t.ISCO),
		Fiches:       sortedValues(t.Fiches),
		Appellations: sortedValues(t.Appellations),
		Competences:  sortedValues(t.Competences),
		Domains:      sortedValues(t.Domains),
		Crosswalk:    t.Crosswalk,
		Versions:     pairs(t.Versions),
		Warnings:     t.Warnings,
		Files:        pairs(t.Files),
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&w); err != nil {
		return nil, fmt.Errorf("taxonomy: encode: %w", err)
	}
	return buf.Bytes(), nil
}

// GobDecode decodes what GobEncode wrote.
func (t *Taxonomy) GobDecode(b []byte) error {
	var w wire
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&w); err != nil {
		return fmt.Errorf("taxonomy: decode: %w", err)
	}
	*t = Taxonomy{
		Occupations:  index(w.Occupations, func(o *Occupation) string { return o.URI }),
		Skills:       index(w.Skills, func(s *Skill) string { return s.URI }),
		SkillGroups:  index(w.SkillGroups, func(g *SkillGroup) string { return g.URI }),
		ISCO:         index(w.ISCO, func(g *ISCOGroup) string { return g.Code }),
		Fiches:       index(w.Fiches, func(f *Fiche) string { return f.Code }),
		Appellations: index(w.Appellations, func(a *Appellation) string { return a.OGR }),
		Competences:  index(w.Competences, func(c *Competence) string { return c.OGR }),
		Domains:      index(w.Domains, func(d *Domain) string { return d.Code }),
		Crosswalk:    w.Crosswalk,
		Versions:     unpair(w.Versions),
		Warnings:     w.Warnings,
		Files:        unpair(w.Files),
	}
	return nil
}

// A Text or Terms encodes as, for each language in order, the language
// and its values, each string preceded by its length as a uvarint.

// GobEncode encodes t with its languages in order.
func (t Text) GobEncode() ([]byte, error) {
	var b []byte
	for _, l := range slices.Sorted(maps.Keys(t)) {
		b = appendString(b, string(l))
		b = appendString(b, t[l])
	}
	return b, nil
}

// GobDecode decodes what GobEncode wrote.
func (t *Text) GobDecode(b []byte) error {
	m := make(Text)
	for len(b) > 0 {
		l, rest, err := readString(b)
		if err != nil {
			return fmt.Errorf("taxonomy: decode text: %w", err)
		}
		v, rest, err := readString(rest)
		if err != nil {
			return fmt.Errorf("taxonomy: decode text: %w", err)
		}
		m[corpus.Lang(l)], b = v, rest
	}
	*t = m
	return nil
}

// GobEncode encodes t with its languages in order.
func (t Terms) GobEncode() ([]byte, error) {
	var b []byte
	for _, l := range slices.Sorted(maps.Keys(t)) {
		b = appendString(b, string(l))
		b = binary.AppendUvarint(b, uint64(len(t[l])))
		for _, v := range t[l] {
			b = appendString(b, v)
		}
	}
	return b, nil
}

// GobDecode decodes what GobEncode wrote.
func (t *Terms) GobDecode(b []byte) error {
	m := make(Terms)
	for len(b) > 0 {
		l, rest, err := readString(b)
		if err != nil {
			return fmt.Errorf("taxonomy: decode terms: %w", err)
		}
		n, k := binary.Uvarint(rest)
		// Each value takes at least one byte: a larger count is corrupt.
		if k <= 0 || n > uint64(len(rest)-k) {
			return errors.New("taxonomy: decode terms: bad count")
		}
		rest = rest[k:]
		var vs []string
		if n > 0 {
			vs = make([]string, n)
		}
		for i := range vs {
			if vs[i], rest, err = readString(rest); err != nil {
				return fmt.Errorf("taxonomy: decode terms: %w", err)
			}
		}
		m[corpus.Lang(l)], b = vs, rest
	}
	*t = m
	return nil
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func readString(b []byte) (s string, rest []byte, err error) {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return "", nil, errors.New("bad string length")
	}
	b = b[k:]
	return string(b[:n]), b[n:], nil
}
