package classifier

import (
	"marsad/corpus"
	"marsad/taxonomy"
)

// genericHeads is how many labels of other occupations must end in a word
// (begin, in French and Arabic) before that word alone is too generic to
// be one occupation's alternative label.
const genericHeads = 10

// genericWords finds the one-word ESCO alternative and hidden labels that
// name no occupation in particular: ESCO files "technician" under the
// consumer electronics repair technician, "teacher" under the politics
// lecturer, "supervisor" under the oil refinery control room operator,
// "agent" under the auctioneer. A one-word label is generic when another
// occupation has it as its preferred label, or when it is the head of
// genericHeads or more labels. It returns, per language, the analysed
// words; a bare title such as "Technician" then meets the occupations
// whose names hold it, not one accident.
func genericWords(tax *taxonomy.Taxonomy, as *corpus.Analyzers) map[corpus.Lang]map[string]bool {
	heads := make(map[corpus.Lang]map[string]int)
	prefs := make(map[corpus.Lang]map[string]bool)
	for _, l := range corpus.Langs {
		heads[l], prefs[l] = make(map[string]int), make(map[string]bool)
	}
	head := func(l corpus.Lang, terms []string) string {
		if l == corpus.English {
			return terms[len(terms)-1]
		}
		return terms[0]
	}
	for _, uri := range sortedKeys(tax.Occupations) {
		o := tax.Occupations[uri]
		for _, l := range corpus.Langs {
			if terms := as.For(l).Terms(o.Pref[l]); len(terms) == 1 {
				prefs[l][terms[0]] = true
			}
			for _, s := range append([]string{o.Pref[l]}, o.Alt[l]...) {
				if terms := as.For(l).Terms(s); len(terms) > 1 {
					heads[l][head(l, terms)]++
				}
			}
		}
	}
	out := make(map[corpus.Lang]map[string]bool)
	for _, l := range corpus.Langs {
		out[l] = make(map[string]bool)
		for w := range prefs[l] {
			out[l][w] = true
		}
		for w, n := range heads[l] {
			if n >= genericHeads {
				out[l][w] = true
			}
		}
	}
	return out
}
