package skills

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sense checks. Stemming and stop-word removal make one-word forms match
// words that only share a stem with them, and a one-word label is often a
// common word used in another sense. These checks, decided at Build time
// from the label and applied to postings (not to Search queries, which
// name skills on purpose), catch the systematic cases found by reading
// real postings (docs/evaluation.md, "Skills: hand-checked sample"):
//
//   - a label whose analysis dropped a content word is not the same
//     concept any more: "utiliser un té" analyses to "utilis" ("té"
//     folds to the stop word "te");
//     such forms never count alone (flagStop);
//   - a one-word form must be the same word as the label, up to a plural
//     or feminine ending: the stems of "opérations" and "Opéras", of
//     "assurer" and "Assurances", of "production" and "Productique", of
//     "France" and "Français" meet, the words do not (form.Word); words
//     joined by a hyphen are one word on both sides, so "products" is
//     not "by-products" once "by" is dropped as a stop word (compound);
//   - an acronym ("AVEC", "CALL", "SPARK") is matched only in capitals:
//     folded, it is a common word (flagAcronym);
//   - a label never matches across a comma unless it has one itself
//     ("informatique, en gestion de projet" is not "Informatique de
//     gestion");
//   - in a description, a capitalised phrase next to another capitalised
//     word is a name ("Ministère de la Pêche Maritime", "Leader Français",
//     "Dubai Financial Market", "Marketing Call Center"), not a skill,
//     unless the form is a technical name; titles are exempt (title case);
//   - a one-word alternative or hidden label ("responsible" for "assume
//     responsibility", "choix" for "prendre des décisions", "produits"
//     for "sous-produits") is a weak hint, not a mention (flagLoose):
//     Rank keeps it as such, postings do not.

// functionWords are the words a label may lose to analysis without losing
// its meaning (articles, prepositions, conjunctions), folded.
var functionWords = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true,
	"l": true, "d": true, "un": true, "une": true, "et": true, "ou": true,
	"en": true, "a": true, "au": true, "aux": true, "par": true, "pour": true,
	"sur": true, "dans": true, "avec": true,
	"of": true, "the": true, "an": true, "and": true, "or": true, "to": true,
	"in": true, "for": true, "on": true, "with": true, "by": true,
}

// contentWords returns the folded words of a label that are not function
// words; letters and digits only, split at anything else ("sous-produits"
// is two words).
func contentWords(label string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(fold(label), func(r rune) bool { return !isWordRune(r) }) {
		if !functionWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// wordKey is the key of a one-word form's surface check: the folded word
// without a plural ending ("s", "x") and then a final "e" on words longer
// than four letters (and then an "s": "-ses"), hashed ("Anglaises" and
// "anglais" meet, "CORE" and "Cor" do not). 0 means no check (never a hash result: see below).
func wordKey(word string) uint32 {
	var buf [96]byte
	b := buf[:0]
	for _, r := range word {
		switch r {
		case '\'', '’', 'ʼ':
			b = b[:0] // elision: "l'informatique" → "informatique"
			continue
		}
		if f := foldRune(r); f != 0 {
			b = utf8.AppendRune(b, f)
		}
		if len(b) > len(buf)-utf8.UTFMax {
			break
		}
	}
	// Both sides go through the same steps, so "anglais" (→ "anglai")
	// and "anglaises" (→ "anglaise" → "anglais" → "anglai") meet.
	if n := len(b); n > 3 && (b[n-1] == 's' || b[n-1] == 'x') {
		b = b[:n-1]
	}
	if n := len(b); n > 4 && b[n-1] == 'e' {
		b = b[:n-1]
		if n := len(b); n > 4 && b[n-1] == 's' {
			b = b[:n-1]
		}
	}
	h := uint32(2166136261) // FNV-1a
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h | 1 // never 0
}

// compound widens text[start:end], a word, to the hyphenated compound
// it is part of ("by-products" around "products").
func compound(text string, start, end int) string {
	for start > 1 && text[start-1] == '-' {
		r, _ := utf8.DecodeLastRuneInString(text[:start-1])
		if !isWordRune(r) {
			break
		}
		start--
		for start > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:start])
			if !isWordRune(r) {
				break
			}
			start -= n
		}
	}
	for end+1 < len(text) && text[end] == '-' {
		r, _ := utf8.DecodeRuneInString(text[end+1:])
		if !isWordRune(r) {
			break
		}
		end++
		for end < len(text) {
			r, n := utf8.DecodeRuneInString(text[end:])
			if !isWordRune(r) {
				break
			}
			end += n
		}
	}
	return text[start:end]
}

// isAcronym reports whether a label is written in capitals only (two
// letters or more: "SQL", "AVEC"), digits and signs aside.
func isAcronym(label string) bool {
	letters := 0
	for _, r := range label {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// hasLowerASCII reports whether s has a lower-case ASCII letter.
func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// glued reports whether the one-letter word at text[start:end] is part of
// a compound like "R&D" or "B2B"-style codes written with "&", where it
// names nothing.
func glued(text string, start, end int) bool {
	return end-start == 1 && (end < len(text) && text[end] == '&' || start > 0 && text[start-1] == '&')
}

// properName reports whether text[start:end] starts with a capital and
// has a capitalised word right next to it, separated by spaces only:
// part of a name ("Banque de France", "ECA Assurances").
func properName(text string, start, end int) bool {
	r, _ := utf8.DecodeRuneInString(text[start:])
	if !unicode.IsUpper(r) {
		return false
	}
	i := start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	if i < start && i > 0 {
		w := i
		for w > 0 {
			r, n := utf8.DecodeLastRuneInString(text[:w])
			if !isWordRune(r) {
				break
			}
			w -= n
		}
		if w < i {
			if r, _ := utf8.DecodeRuneInString(text[w:]); unicode.IsUpper(r) {
				return true
			}
		}
	}
	j := end
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j > end && j < len(text) {
		if r, _ := utf8.DecodeRuneInString(text[j:]); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
