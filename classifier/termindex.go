package classifier

import "marsad/corpus"

// termIndex maps a label term to the labels holding it, per language. It
// stands in for the Bleve index when a classifier is built without one
// (unit tests, tools); it is derived from the tables, never stored.
type termIndex map[corpus.Lang]map[string][]int32

func newTermIndex(t *Tables) termIndex {
	ti := make(termIndex)
	for i, lb := range t.Labels {
		m := ti[lb.Lang]
		if m == nil {
			m = make(map[string][]int32)
			ti[lb.Lang] = m
		}
		terms := withPrefixes(lb.Terms)
		for j, term := range terms {
			if !dupBefore(terms, j) {
				m[term] = append(m[term], int32(i))
			}
		}
	}
	return ti
}

// maxTermCandidates bounds the labels taken from one very common term.
const maxTermCandidates = 150

func (c *Classifier) termCandidates(terms []string, l corpus.Lang) []int32 {
	m := c.terms[l]
	seen := make(map[int32]bool)
	var out []int32
	for _, t := range withPrefixes(terms) {
		ls := m[t]
		if len(ls) > maxTermCandidates {
			ls = ls[:maxTermCandidates]
		}
		for _, lb := range ls {
			if !seen[lb] {
				seen[lb] = true
				out = append(out, lb)
			}
		}
	}
	return out
}
