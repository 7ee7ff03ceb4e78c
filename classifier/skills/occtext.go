package skills

import (
	"marsad/corpus"
	"marsad/taxonomy"
)

// The occupation text index answers a skill query from the occupations'
// own words when the skill labels say too little. ESCO has Arabic labels
// for about a sixth of its skills (none for accounting or most trades)
// but an Arabic label and description for every occupation; and a trade
// word ("soudure", "accounting") often names the occupation's field
// better than any one skill label does. Documents are occupations:
// labels (weight 3), then the description (weight 1).
const (
	occLabelWeight = 3
	occDescWeight  = 1
)

// occupationTexts fills the occupation index (b.occRank) for one
// occupation, id being its index in Occs.
func (b *builder) occupationTexts(id int32, o *taxonomy.Occupation) {
	for _, lang := range corpus.Langs {
		for _, l := range o.Labels(lang) {
			b.occRank.add(b, id, lang, l, fieldLabel)
		}
		d := o.Description[lang]
		if n := 600; len(d) > n {
			d = cutRunes(d, n)
		}
		b.occRank.add(b, id, lang, d, fieldDesc)
	}
}

// occupationMatches scores occupations by BM25 of the query against their
// texts in lang, normalised so that the best is 1.
func (d *Dictionary) occupationMatches(query string, lang corpus.Lang) map[int32]float64 {
	root := rootOf(lang)
	if root == 0 {
		return nil
	}
	toks := analyze(d.as.For(lang), query)
	scores := d.t.OccRank.score(root, d.queryTerms(toks))
	best := 0.0
	for _, v := range scores {
		best = max(best, v)
	}
	for o, v := range scores {
		scores[o] = v / best
	}
	return scores
}
