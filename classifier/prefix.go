package classifier

import (
	"unicode"
	"unicode/utf8"

	"marsad/corpus"
)

// Derivational variants share a beginning that stemming does not reduce
// to one form: diététique / diététicien, nutrition / nutritionniste,
// comptabilité / comptable, صيدلي / صيدلاني. A title word and a label word
// with the same prefix key meet at partialCredit of a full match.
const (
	prefixLatin   = 6
	prefixArabic  = 4
	partialCredit = 0.7
)

// prefixKey returns the key of a term ("~" and its first n runes), or ""
// for a term shorter than n runes. A stem of exactly n runes ("dietet")
// is its own key, so it meets the longer words it begins ("dieteticien").
func prefixKey(term string) string {
	if corpus.KeptApart(term) {
		return ""
	}
	n := prefixLatin
	r, _ := utf8.DecodeRuneInString(term)
	if unicode.Is(unicode.Arabic, r) {
		n = prefixArabic
	}
	i, count := 0, 0
	for j := range term {
		if count == n {
			i = j
			break
		}
		count++
	}
	if count < n {
		return "" // too short to say anything
	}
	if i == 0 { // exactly n runes: the term is its own key
		return "~" + term
	}
	return "~" + term[:i]
}

// withPrefixes returns terms followed by their prefix keys.
func withPrefixes(terms []string) []string {
	out := append([]string(nil), terms...)
	for _, t := range terms {
		if k := prefixKey(t); k != "" {
			out = append(out, k)
		}
	}
	return out
}
