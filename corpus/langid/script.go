package langid

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"marsad/corpus"
)

// prefixRunes bounds how much of a field is examined. Language does not
// change halfway through a job posting often enough to pay for reading all
// of it: lingua costs grow linearly with the text, and 300 characters are
// already far more than it needs to be sure.
const prefixRunes = 150

// field is what one text field (title or description prefix) tells us
// before any model is consulted: how many letters each script has, and the
// Latin-script words, lowercased, for lingua and for the cue lists.
type field struct {
	arabic int // letters in Arabic script
	latin  int // letters in Latin script
	other  int // letters in any other script (Cyrillic, Han, …)
	// longest is the most letters in one token: a field whose tokens are
	// all single letters ("A3", "N°2") has no word to decide on.
	longest int
	// words are the Latin-script tokens (letters and digits), lowercased.
	words []string
	// upper marks the tokens that had an upper-case letter in the source,
	// which rules them out as Darija ("S7", "A3" are codes, not words).
	upper []bool
	// arabicCues weighs the distinct Arabic-script Darija cues among the
	// field's tokens (darijaArabicWeight), arabicWords counts its
	// Arabic-script tokens.
	arabicCues, arabicWords int
	// title is set for a posting's title, which is a noun phrase rather
	// than prose.
	title bool
}

func (f *field) letters() int { return f.arabic + f.latin + f.other }

// prefix returns the first prefixRunes runes of s, cut back to a space when
// one is near, so that lingua never sees half a word.
func prefix(s string) string {
	n := 0
	for i := range s {
		if n == prefixRunes {
			cut := s[:i]
			if j := strings.LastIndexAny(cut, " \n\t"); j > i-40 && j > 0 {
				cut = cut[:j]
			}
			return cut
		}
		n++
	}
	return s
}

// scan reads a field once. Invalid UTF-8 decodes to utf8.RuneError, which
// is not a letter and so separates tokens like punctuation does.
func scan(s string) field {
	var f field
	start := -1 // byte offset of the current token
	hasLatin := false
	nonLatin := false
	hasUpper := false
	hasArabic := false
	run := 0          // letters in the current token
	var cues []string // distinct Arabic-script Darija words; postings are short
	flush := func(end int) {
		f.longest = max(f.longest, run)
		run = 0
		if start >= 0 && hasLatin && !nonLatin {
			f.words = append(f.words, strings.ToLower(s[start:end]))
			f.upper = append(f.upper, hasUpper)
		}
		if start >= 0 && hasArabic && !hasLatin {
			f.arabicWords++
			w := corpus.Fold(s[start:end]) // harakat, tatweel, ة written ه
			if k := darijaArabicWeight(w); k > 0 && !slices.Contains(cues, w) {
				cues = append(cues, w)
				f.arabicCues += k
			}
		}
		start, hasLatin, nonLatin, hasUpper, hasArabic = -1, false, false, false, false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			f.latin++
			hasLatin = true
			hasUpper = hasUpper || r <= 'Z'
		case r < utf8.RuneSelf && '0' <= r && r <= '9':
			// digits belong to a token but to no script
		case r >= utf8.RuneSelf && unicode.IsLetter(r):
			switch {
			case unicode.Is(unicode.Latin, r):
				f.latin++
				hasLatin = true
				hasUpper = hasUpper || unicode.IsUpper(r)
			case unicode.Is(unicode.Arabic, r):
				f.arabic++
				nonLatin, hasArabic = true, true
			default:
				f.other++
				nonLatin = true // mixed-script tokens are not Latin words
			}
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
			// combining marks (Arabic harakat, decomposed accents) stay in the token
		default:
			flush(i)
			i += size
			continue
		}
		if r >= utf8.RuneSelf || !('0' <= r && r <= '9') {
			run++
		}
		if start < 0 {
			start = i
		}
		i += size
	}
	flush(len(s))
	return f
}
