package corpus

import "fmt"

// Lang is a language code as Marsad reports it.
type Lang string

// The languages Marsad analyses, and the answer when none can be decided.
const (
	French       Lang = "fr"
	Arabic       Lang = "ar"
	English      Lang = "en"
	Undetermined Lang = "und"
)

// Langs lists the analysed languages in a fixed order.
var Langs = [...]Lang{French, Arabic, English}

// ParseLang accepts "fr", "ar" or "en" (any case); anything else is an error.
func ParseLang(s string) (Lang, error) {
	switch l := Lang(toLowerASCII(s)); l {
	case French, Arabic, English:
		return l, nil
	}
	return Undetermined, fmt.Errorf("corpus: unknown language %q (want fr, ar or en)", s)
}

func toLowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
