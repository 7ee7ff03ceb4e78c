package classifier

import (
	"math"

	"marsad/corpus"
)

// termIndex maps a label term (and prefix key) to the labels holding it,
// per language. It is derived from the tables when a classifier is built,
// never stored, and answers the per-posting candidate search in memory:
// a Bleve query per title cost a quarter of the classifier's CPU
// (searcher set-up, posting-list decoding, collector heap) for what is,
// on 57 k short labels, a few posting-list walks.
type termIndex struct {
	lists map[corpus.Lang]map[string][]labelPosting
	// norm is 1/√(indexed tokens) of each label: the field norm Bleve
	// stored for the same text, so that rankCandidates orders labels as
	// the Bleve index did.
	norm  []float32
	nDocs int // labels of the indexed languages, Bleve's document count
}

// labelPosting is one label holding a term, with the term's count in it.
type labelPosting struct {
	label int32
	tf    uint16
}

func newTermIndex(t *Tables) termIndex {
	ti := termIndex{lists: make(map[corpus.Lang]map[string][]labelPosting), norm: make([]float32, len(t.Labels))}
	for i, lb := range t.Labels {
		if !indexedLang(lb.Lang) {
			continue
		}
		ti.nDocs++
		m := ti.lists[lb.Lang]
		if m == nil {
			m = make(map[string][]labelPosting)
			ti.lists[lb.Lang] = m
		}
		terms := withPrefixes(lb.Terms)
		ti.norm[i] = float32(1 / math.Sqrt(float64(len(terms))))
		for j, term := range terms {
			if dupBefore(terms, j) {
				continue
			}
			n := 1
			for _, u := range terms[j+1:] {
				if u == term {
					n++
				}
			}
			m[term] = append(m[term], labelPosting{int32(i), uint16(min(n, math.MaxUint16))})
		}
	}
	return ti
}

func indexedLang(l corpus.Lang) bool {
	return l == corpus.French || l == corpus.Arabic || l == corpus.English
}

// maxTermCandidates bounds the labels taken from one very common term
// when a title is compared with the labels of another language.
const maxTermCandidates = 150

// termCandidates returns every label of language l sharing a word or a
// prefix key with terms (at most maxTermCandidates per word), for the
// lower-weighted other languages, whose labels are all re-scored.
func (c *Classifier) termCandidates(s *scratch, terms []string, l corpus.Lang) []int32 {
	m := c.terms.lists[l]
	out := s.cands[:0]
	for _, t := range withPrefixes(terms) {
		ls := m[t]
		if len(ls) > maxTermCandidates {
			ls = ls[:maxTermCandidates]
		}
		for _, p := range ls {
			if !s.candSeen[p.label] {
				s.candSeen[p.label] = true
				out = append(out, p.label)
			}
		}
	}
	for _, lb := range out {
		s.candSeen[lb] = false
	}
	s.cands = out
	return out
}

// rankCandidates returns the n labels of language l that best match terms
// by Bleve's default TF-IDF scoring of a disjunction of term queries —
// Σ idf²·√tf·norm over the query terms a label holds, times the share of
// query terms it holds (the coordination factor) — best first, ties by
// label number. This is the ranking the Bleve label index gave; the
// scorer re-scores only these n, and the pruning itself matters (100
// candidates instead of 30 did worse on the dev sets).
//
// The query is the terms and their prefix keys. In English a title word
// counts once in the coordination factor, whether a label holds the word,
// its key or both: counted twice, a long common head ("supervisor") made
// its 30 labels outrank every label of the title's other word, so
// "Facilities Supervisor" never met the facilities manager (jobbert
// ISCO-4 +21 titles, ESCO top-5 +122, ma ROME +1). French keeps the
// double count: its exact word then outranks its derivatives
// ("développeur" / "développement"), and without it 79 unlabelled
// answers changed, mostly for the worse.
func (c *Classifier) rankCandidates(s *scratch, terms []string, l corpus.Lang, n int) []int32 {
	m := c.terms.lists[l]
	nDocs := float64(c.terms.nDocs)
	perWord := l == corpus.English
	nq := len(terms) // the coordination factor's denominator
	for j, term := range terms {
		key := prefixKey(term)
		if key != "" && !perWord {
			nq++
		}
		for _, t := range [2]string{term, key} {
			ps := m[t]
			if len(ps) == 0 {
				continue
			}
			idf := 1 + math.Log(nDocs/float64(1+len(ps)))
			w := float32(idf * idf)
			for _, p := range ps {
				if s.lcount[p.label] == 0 {
					s.ltouched = append(s.ltouched, p.label)
				}
				if !perWord || s.lmark[p.label] != uint16(j+1) {
					s.lmark[p.label] = uint16(j + 1)
					s.lcount[p.label]++
				}
				s.lscore[p.label] += w * sqrtTF(p.tf) * c.terms.norm[p.label]
			}
		}
	}
	best := s.ranked[:0]
	for _, lb := range s.ltouched {
		v := s.lscore[lb] * float32(s.lcount[lb]) / float32(nq)
		best = pushTop(best, ranked{id: lb, raw: v}, n)
		s.lscore[lb], s.lcount[lb], s.lmark[lb] = 0, 0, 0
	}
	s.ltouched = s.ltouched[:0]
	s.ranked = best
	out := s.cands[:0]
	for _, r := range best {
		out = append(out, r.id)
	}
	s.cands = out
	return out
}

func sqrtTF(tf uint16) float32 {
	if tf == 1 {
		return 1
	}
	return float32(math.Sqrt(float64(tf)))
}
