package classifier

import (
	"unicode/utf8"

	"marsad/corpus"
)

// wordForm is a title's analysed terms as the title–label comparison
// reads them: interned term ids, prefix-key ids and IDF weights, computed
// once per title, so that comparing it with each candidate label costs
// integer compares, not string compares and map look-ups.
type wordForm struct {
	ids  []int32   // term ids; terms unknown to the labels get distinct negative ids
	keys []int32   // prefix-key id of each term, -1 if none or unknown
	w    []float32 // IDF weight of each term; 0 for a repeat (counted once)
	sum  float32   // Σ w
	// single marks one-letter terms: a label met through them alone is
	// not met ("khdama f dar", Darija "in the house", met "F & B
	// manager" by its "f").
	single []bool
}

// labelForms holds every label as the title scorer reads it, computed
// once at New: its interned terms, the sum of their IDF weights, its
// kind's weight and its targets, each label's share in one place. A
// title meets its ~30 candidate labels per pass at random among 57 k;
// reading them through Tables.Labels and three slices per label cost a
// cache miss per slice.
type labelForms struct {
	at      []labelForm // by label number
	terms   []labelTerm
	targets []Target
}

// labelForm is one label's entry in labelForms.
type labelForm struct {
	terms, nTerms     int32 // its terms: labelForms.terms[terms : terms+nTerms]
	targets, nTargets int32 // its targets, likewise
	sum               float32
	kindW             float32 // kindW[Label.Kind]
}

// labelTerm is a label term's id and prefix-key id (-1 if none).
type labelTerm struct{ id, key int32 }

func (f *labelForms) termsOf(lb int32) []labelTerm {
	a := &f.at[lb]
	return f.terms[a.terms : a.terms+a.nTerms]
}

func (f *labelForms) targetsOf(lb int32) []Target {
	a := &f.at[lb]
	return f.targets[a.targets : a.targets+a.nTargets]
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

func newLabelForms(t *Tables) (vocabulary, labelForms) {
	v := make(vocabulary)
	f := labelForms{at: make([]labelForm, len(t.Labels))}
	for i := range t.Labels {
		L := &t.Labels[i]
		idf := t.LabelIDF[L.Lang]
		a := labelForm{terms: int32(len(f.terms)), nTerms: int32(len(L.Terms)),
			targets: int32(len(f.targets)), nTargets: int32(len(L.Targets)), kindW: kindW[L.Kind]}
		for j, term := range L.Terms {
			lt := labelTerm{id: v.intern(term), key: -1}
			if k := prefixKey(term); k != "" {
				lt.key = v.intern(k)
			}
			f.terms = append(f.terms, lt)
			if !dupBefore(L.Terms, j) {
				a.sum += termIDF(idf, term)
			}
		}
		f.targets = append(f.targets, L.Targets...)
		f.at[i] = a
	}
	return v, f
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
func overlap(title *wordForm, label []labelTerm, labelSum float32) float32 {
	var m float32
	substantive := false
	for i, id := range title.ids {
		x := title.w[i]
		if x == 0 {
			continue
		}
		credit := float32(0)
		k := title.keys[i]
		for _, u := range label {
			if u.id == id {
				credit = 1
				break
			}
			if k >= 0 && u.key == k {
				credit = partialCredit
			}
		}
		m += credit * x
		if credit > 0 && (title.single == nil || !title.single[i]) {
			substantive = true
		}
	}
	if !substantive || title.sum == 0 || labelSum == 0 {
		return 0
	}
	p, r := m/title.sum, m/labelSum
	if r > 1 {
		r = 1
	}
	return 2 * p * r / (p + r)
}
