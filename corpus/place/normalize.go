package place

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word of a normalised text. delimBefore and delimAfter say
// whether punctuation (or an end of the text) separates it from its
// neighbours: weak aliases need that to match.
type token struct {
	text        string
	delimBefore bool
	delimAfter  bool
	accented    bool // a Latin word written with an accent ("Salé")
}

// tokenize splits text into normalised words: lower case, accents and
// Arabic short vowels dropped, Arabic letter variants unified (أ إ آ → ا,
// ة → ه, ى → ي, ڭ گ → ك), Arabic-Indic digits made ASCII. Apostrophes and
// hyphens inside names separate words without being delimiters, so
// "M'diq", "Tan-Tan" and "Béni Mellal-Khénifra" match their aliases.
func tokenize(text string) []token {
	if !isASCII(text) {
		text = norm.NFD.String(text)
	}
	var toks []token
	var b strings.Builder
	// The gap is the run of separators since the last word: it delimits
	// segments when it holds punctuation, or a hyphen or full stop next to
	// a space ("Commercial - Sale", "… à Rabat. Poste"); an apostrophe,
	// hyphen or dot alone joins ("M'diq", "Tan-Tan", "U.K.").
	gapDelim, gapSpace, gapJoin := true, false, false // the start of the text delimits
	endGap := func() bool {
		d := gapDelim || (gapSpace && gapJoin)
		gapDelim, gapSpace, gapJoin = false, false, false
		return d
	}
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Mn, r):
			if b.Len() > 0 && r < 0x0400 { // a Latin accent, not Arabic harakat
				toks[len(toks)-1].accented = true
			}
			continue
		case r == 'ـ' || (r >= 0x200b && r <= 0x200f):
			continue // tatweel, zero-width and bidi marks
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if b.Len() == 0 {
				d := endGap()
				if len(toks) > 0 {
					toks[len(toks)-1].delimAfter = d
				}
				toks = append(toks, token{delimBefore: d})
			}
			b.WriteRune(foldRune(r))
			continue
		}
		if b.Len() > 0 {
			toks[len(toks)-1].text = b.String()
			b.Reset()
		}
		switch r {
		case ' ', '\t', '\n', '\r', '\u00a0', '\u202f':
			gapSpace = true
		case '\'', '’', '`', '.', '-', '‐', '–', '—', '_':
			gapJoin = true
		default:
			if unicode.IsSpace(r) {
				gapSpace = true
			} else {
				gapDelim = true
			}
		}
	}
	if b.Len() > 0 {
		toks[len(toks)-1].text = b.String()
	}
	if len(toks) > 0 {
		toks[len(toks)-1].delimAfter = true // the end of the text delimits
	}
	return toks
}

// foldRune lower-cases r and unifies Arabic letter variants and digits.
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r == 'ة':
		return 'ه'
	case r == 'ى', r == 'ی':
		return 'ي'
	case r == 'ڭ', r == 'گ', r == 'ک':
		return 'ك'
	case r == 'ٱ':
		return 'ا'
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠'
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰'
	case r == 'ß':
		return 's'
	case r == 'ı':
		return 'i'
	}
	return unicode.ToLower(r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalize is the normalised form of an alias: its words joined by spaces.
func normalize(s string) string {
	toks := tokenize(s)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.text
	}
	return strings.Join(words, " ")
}

// isArabic reports whether a normalised word is written in Arabic script.
func isArabic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 0x0600 && r <= 0x06ff
}
