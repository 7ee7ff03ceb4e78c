package classifier

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// ROME spells some names out and glosses them with their acronym:
// "Soudeur / Soudeuse Tungsten Inert Gas -TIG-", "Responsable de Petite
// ou Moyenne Entreprise -PME-". Ads use the acronym ("Soudeur TIG",
// "Responsable PME"), which then meets only one word of five.
var acronymRe = regexp.MustCompile(`\s-([A-Z]{3,6})-\s*$`)

// acronymWords are the words an acronym skips: "Voiries et Réseaux
// Divers" is VRD.
var acronymWords = map[string]bool{
	"de": true, "du": true, "des": true, "et": true, "ou": true, "en": true, "la": true, "le": true,
	"les": true, "à": true, "a": true, "au": true, "aux": true, "par": true, "pour": true, "sur": true,
}

// withAcronym returns label with the words its final "-ACR-" gloss
// abbreviates replaced by the acronym ("Soudeur / Soudeuse TIG"), or ""
// when the label has no such gloss or the words before it do not spell
// it.
func withAcronym(label string) string {
	m := acronymRe.FindStringSubmatchIndex(label)
	if m == nil {
		return ""
	}
	acr := label[m[2]:m[3]]
	words := strings.Fields(label[:m[0]])
	k := len(acr) - 1 // the acronym letter to match next, from the end
	start := -1
	for i := len(words) - 1; i >= 0 && k >= 0; i-- {
		w := words[i]
		if j := strings.LastIndexAny(w, "'’"); j >= 0 { // d'Information
			_, size := utf8.DecodeRuneInString(w[j:])
			w = w[j+size:]
		}
		if w == "" || acronymWords[strings.ToLower(w)] {
			continue
		}
		if initial(w) != rune(acr[k]) {
			return ""
		}
		k--
		start = i
	}
	if k >= 0 || start < 0 {
		return ""
	}
	return strings.Join(append(words[:start:start], acr), " ")
}

// initial is the first letter of w, upper-cased and without its accent.
func initial(w string) rune {
	for _, r := range norm.NFD.String(w) {
		if unicode.IsLetter(r) {
			return unicode.ToUpper(r)
		}
	}
	return 0
}
