package corpus

import (
	"strings"
	"unicode/utf8"
)

// This file holds the gender stage for French occupation names. ROME
// labels read "Conducteur / Conductrice d'engins" and ads read
// "Développeur(se)", "développeuse", "Vendeur/Vendeuse H/F": all must meet
// on the masculine base form, which is what ROME and ESCO list first.
//
// Two parts do this:
//   - pairs written with a slash ("Développeur / Développeuse") collapse
//     into one token (one position) keeping the masculine word;
//   - feminine agent nouns are mapped to the masculine before stemming
//     (mascFrench), because snowball does not conflate them: it stems
//     "développeuse" like "développement" and "vendeuse" to "vendeux".

// mascFrench maps a folded French feminine (or plural) agent noun to its
// masculine singular, and reports whether it changed anything besides a
// plural s. Adjectives in -euse whose masculine is -eux (sérieuse,
// rigoureuse) are left to the stemmer, which already handles them.
func mascFrench(w string) (string, bool) {
	p := w
	if len(p) > 4 && p[len(p)-1] == 's' {
		p = p[:len(p)-1]
	}
	switch {
	case len(p) >= 7 && strings.HasSuffix(p, "trice"):
		return p[:len(p)-5] + "teur", true // conductrice
	case len(p) >= 7 && strings.HasSuffix(p, "euse") && !adjectiveEuse(p):
		return p[:len(p)-4] + "eur", true // développeuse, vendeuse
	case len(p) >= 7 && (strings.HasSuffix(p, "ieure") || strings.HasSuffix(p, "seure") || strings.HasSuffix(p, "teure")):
		return p[:len(p)-1], true // ingénieure, professeure, auteure
	case len(p) >= 6 && strings.HasSuffix(p, "ere"):
		return p[:len(p)-1], true // infirmière, conseillère, boulangère
	case len(p) >= 7 && strings.HasSuffix(p, "ienne"):
		return p[:len(p)-2], true // technicienne
	case len(p) >= 5 && strings.HasSuffix(p, "ee"):
		return p[:len(p)-1], true // chargée, employée
	case p == "cheffe":
		return "chef", true
	}
	return p, false
}

// adjectiveEuse reports -euse words whose masculine ends in -eux. An
// "usineuse" is the machinist (usineur), not an adjective: read as one,
// snowball made her "usin", and a "Directeur d'usine" (factory) was the
// turner-miller, H2903.
func adjectiveEuse(p string) bool {
	if p == "usineuse" {
		return false
	}
	for _, s := range [...]string{"ieuse", "ageuse", "oureuse", "ereuse", "eureuse", "breuse", "yeuse", "ueuse", "ineuse"} {
		if strings.HasSuffix(p, s) {
			return true
		}
	}
	return false
}

// genderPair reports whether a and b (folded Latin words) are the
// masculine and feminine of one word, in either order, and returns the
// index (0 or 1) of the masculine one.
func genderPair(a, b string) (int, bool) {
	if a == b || len(a) < 3 || len(b) < 3 {
		return 0, false
	}
	if strings.HasPrefix(b, a) && feminineEnding[b[len(a):]] {
		return 0, true // agent / agente, technicien / technicienne
	}
	if strings.HasPrefix(a, b) && feminineEnding[a[len(b):]] {
		return 1, true
	}
	if m, ok := mascFrench(b); ok && m == a {
		return 0, true // conducteur / conductrice
	}
	if m, ok := mascFrench(a); ok && m == b {
		return 1, true
	}
	return 0, false
}

// feminineEnding lists what a feminine adds to its masculine.
var feminineEnding = map[string]bool{"e": true, "ne": true, "le": true, "te": true, "fe": true, "se": true, "sse": true}

// CutInclusive returns word without the inclusive-writing ending the
// tokenizer cuts off ("confirmé(e)" → "confirmé", "employé·e·s" →
// "employé"), or word itself when it has none. It neither folds nor
// stems: callers that look words up in lists of their own (a
// classifier's title qualifiers) use it to see the word a token is made
// from.
func CutInclusive(word string) string {
	for j := 1; j < len(word); j++ {
		var end int
		var ok bool
		switch c := word[j]; {
		case c == '(':
			end, ok = genderParen(word, j)
		case c == '.' || c == 0xC2 || c == 0xE2:
			if _, dn := utf8.DecodeRuneInString(word[j:]); j+dn < len(word) && startsWord(word, j+dn) {
				end, ok = genderDot(word, j)
			}
		}
		if ok && end == len(word) {
			return word[:j]
		}
	}
	return word
}
