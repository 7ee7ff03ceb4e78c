package classifier

import (
	"unicode/utf8"

	"marsad/corpus"
)

// wordForm is a text's analysed terms as the title–label comparison reads
// them: interned term ids, prefix-key ids and IDF weights, computed once
// per label (at New) and once per title, so that comparing a title with
// each of its candidate labels costs integer compares, not string
// compares and map look-ups.
type wordForm struct {
	ids  []int32   // term ids; terms unknown to the labels get distinct negative ids
	keys []int32   // prefix-key id of each term, -1 if none or unknown
	w    []float32 // IDF weight of each term; 0 for a repeat (counted once)
	sum  float32   // Σ w
	// single marks one-letter terms (title forms only): a label met
	// through them alone is not met ("khdama f dar", Darija "in the
	// house", met "F & B manager" by its "f").
	single []bool
}

// unseenIDF weighs a title word no label has: rare by definition.
const unseenIDF = 4

// vocabulary interns label terms and prefix keys.
type vocabulary map[string]int32

func (v vocabulary) intern(s string) int32 {
	id, ok := v[s]
	if !ok {
		id = int32(len(v))
		v[s] = id
	}
	return id
}

func newLabelForms(t *Tables) (vocabulary, []wordForm) {
	v := make(vocabulary)
	forms := make([]wordForm, len(t.Labels))
	for i := range t.Labels {
		L := &t.Labels[i]
		idf := t.LabelIDF[L.Lang]
		f := wordForm{ids: make([]int32, len(L.Terms)), keys: make([]int32, len(L.Terms)), w: make([]float32, len(L.Terms))}
		for j, term := range L.Terms {
			f.ids[j] = v.intern(term)
			f.keys[j] = -1
			if k := prefixKey(term); k != "" {
				f.keys[j] = v.intern(k)
			}
			if !dupBefore(L.Terms, j) {
				f.w[j] = termIDF(idf, term)
				f.sum += f.w[j]
			}
		}
		forms[i] = f
	}
	return v, forms
}

func termIDF(idf map[string]float32, term string) float32 {
	if v, ok := idf[term]; ok {
		return v
	}
	return unseenIDF
}

// titleForm fills f with the form of a title's terms in language l,
// reusing f's slices.
func (c *Classifier) titleForm(f *wordForm, terms []string, l corpus.Lang) {
	idf := c.t.LabelIDF[l]
	f.ids, f.keys, f.w, f.sum, f.single = f.ids[:0], f.keys[:0], f.w[:0], 0, f.single[:0]
	for j, term := range terms {
		f.single = append(f.single, utf8.RuneCountInString(term) == 1)
		id, ok := c.vocab[term]
		if !ok {
			id = int32(-2 - j)
		}
		key := int32(-1)
		if k := prefixKey(term); k != "" {
			if kid, ok := c.vocab[k]; ok {
				key = kid
			}
		}
		var w float32
		if !dupBefore(terms, j) {
			w = termIDF(idf, term)
			if c.levels.rank[l][term] {
				w *= rankW
			}
			f.sum += w
		}
		f.ids, f.keys, f.w = append(f.ids, id), append(f.keys, key), append(f.w, w)
	}
}

// overlap is the F1 measure between a title's and a label's terms, words
// weighted by IDF: the share of the title the label explains and the
// share of the label found in the title. (β = 2 and β = 0.5 were tried
// on the dev sets: neither is better overall.) Words that only share a
// prefix key count partialCredit.
func overlap(title, label *wordForm) float32 {
	var m float32
	substantive := false
	for i, id := range title.ids {
		x := title.w[i]
		if x == 0 {
			continue
		}
		credit := float32(0)
		k := title.keys[i]
		for j, u := range label.ids {
			if u == id {
				credit = 1
				break
			}
			if k >= 0 && label.keys[j] == k {
				credit = partialCredit
			}
		}
		m += credit * x
		if credit > 0 && (title.single == nil || !title.single[i]) {
			substantive = true
		}
	}
	if !substantive || title.sum == 0 || label.sum == 0 {
		return 0
	}
	p, r := m/title.sum, m/label.sum
	if r > 1 {
		r = 1
	}
	return 2 * p * r / (p + r)
}
