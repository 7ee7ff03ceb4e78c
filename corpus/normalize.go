package corpus

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the normaliser: the stage that turns the surface form of
// one token into its folded form. It runs per token, after the tokenizer
// has found spans on the original text, so offsets never need remapping.
//
// The folded form is NFKC-compatible (compatibility characters such as
// ligatures, full-width letters and Arabic presentation forms become their
// plain letters), lower-cased, stripped of Latin accents and Arabic
// diacritics, and has Arabic letter variants and digits unified:
//
//	Développeur → developpeur     ﬁnance → finance      ＳＱＬ → sql
//	أَحْمَد → احمد   مـــدير → مدير   مكتبة → مكتبه   مستشفى → مستشفي   ٢٠٢٤ → 2024
//
// Accents are folded before stemming (not after) so that a word typed with
// or without accents follows exactly the same stemming path.

// appendFold appends the folded form of s to dst.
func appendFold(dst []byte, s string) []byte {
	if ascii, lower := asciiInfo(s); ascii {
		if lower {
			for i := 0; i < len(s); i++ {
				if s[i] != '\'' {
					dst = append(dst, s[i])
				}
			}
			return dst
		}
		for i := 0; i < len(s); i++ {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != '\'' {
				dst = append(dst, c)
			}
		}
		return dst
	}
	for _, r := range s {
		dst = appendFoldRune(dst, r)
	}
	return dst
}

// appendFoldRune appends the folded form of one rune: its NFKD
// decomposition (compatibility characters and accents alike: "ﬁ" → "fi",
// "é" → "e" + accent), each part folded by foldDecomposed. Decomposing
// per rune rather than per string avoids norm.Iter's allocation; the
// result is the same because the marks it would reorder are dropped.
func appendFoldRune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf || (0x0600 <= r && r <= 0x06FF) {
		return foldDecomposed(dst, r)
	}
	if 0x00C0 <= r && r < 0x0180 {
		return append(dst, latinFold[r-0x00C0]...)
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	d := norm.NFKD.Properties(b[:n]).Decomposition()
	if d == nil {
		return foldDecomposed(dst, r)
	}
	for len(d) > 0 {
		dr, dn := utf8.DecodeRune(d)
		d = d[dn:]
		dst = foldDecomposed(dst, dr)
	}
	return dst
}

// latinFold holds the folded forms of U+00C0–U+017F (accented Latin
// letters), computed once from the general path.
var latinFold = func() (t [0x0180 - 0x00C0]string) {
	for r := rune(0x00C0); r < 0x0180; r++ {
		var b [utf8.UTFMax]byte
		n := utf8.EncodeRune(b[:], r)
		var out []byte
		if d := norm.NFKD.Properties(b[:n]).Decomposition(); d != nil {
			for len(d) > 0 {
				dr, dn := utf8.DecodeRune(d)
				d = d[dn:]
				out = foldDecomposed(out, dr)
			}
		} else {
			out = foldDecomposed(out, r)
		}
		t[r-0x00C0] = string(out)
	}
	return t
}()

// foldDecomposed appends the folded form of one decomposed rune.
func foldDecomposed(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if r == '\'' {
			return dst
		}
		return append(dst, byte(r))
	}
	switch {
	case 0x0300 <= r && r <= 0x036F: // Latin combining diacritics
		return dst
	case 0x064B <= r && r <= 0x065F, r == 0x0670, 0x06D6 <= r && r <= 0x06ED: // tashkeel, hamza marks, Quranic marks
		return dst
	case 0x0660 <= r && r <= 0x0669: // Arabic-Indic digits
		return append(dst, byte('0'+r-0x0660))
	case 0x06F0 <= r && r <= 0x06F9: // Eastern Arabic-Indic digits
		return append(dst, byte('0'+r-0x06F0))
	}
	switch r {
	case 0x0640, // tatweel
		0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, // soft hyphen, zero-width characters
		0x2019, 0x02BC, 0x2018: // apostrophes kept inside words ("aujourd’hui")
		return dst
	case 0x0622, 0x0623, 0x0625, 0x0671: // alef with madda or hamza, alef wasla
		r = 0x0627
	case 0x0624: // waw with hamza
		r = 0x0648
	case 0x0626: // yeh with hamza
		r = 0x064A
	case 0x0649, 0x06CC: // alef maqsura, Farsi yeh → yeh
		r = 0x064A
	case 0x0629: // ta marbuta → heh
		r = 0x0647
	case 0x06A9: // keheh → kaf
		r = 0x0643
	case 0x00DF: // ß
		return append(dst, "ss"...)
	case 0x0153, 0x0152: // œ
		return append(dst, "oe"...)
	case 0x00E6, 0x00C6: // æ
		return append(dst, "ae"...)
	case 0x0131: // dotless i
		r = 'i'
	case 0x00F8, 0x00D8: // ø has no decomposition
		r = 'o'
	case 0x0142, 0x0141: // ł
		r = 'l'
	case 0x0111, 0x0110: // đ
		r = 'd'
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}

// asciiInfo reports whether s is pure ASCII and, if so, whether it is
// already lower case (so the folded form is s itself, minus apostrophes).
func asciiInfo(s string) (ascii, lower bool) {
	lower = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return false, false
		}
		if ('A' <= c && c <= 'Z') || c == '\'' {
			lower = false
		}
	}
	return true, lower
}

// Fold returns the folded form of s (see the package documentation): the
// normalisation every analyser applies before stop words and stemming.
// It does not split s into words.
func Fold(s string) string {
	if ascii, lower := asciiInfo(s); ascii && lower {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// script is the writing system of a folded token, which decides its
// route: Arabic-script tokens take the Arabic path in every analyser.
type script uint8

const (
	scriptOther  script = iota // digits, symbols, other scripts
	scriptLatin                // at least one Latin letter and no Arabic
	scriptArabic               // at least one Arabic letter
)

// scriptOf classifies a folded token.
func scriptOf(s string) script {
	sc := scriptOther
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				sc = scriptLatin
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case 0x0600 <= r && r <= 0x06FF, 0x0750 <= r && r <= 0x077F, 0x08A0 <= r && r <= 0x08FF:
			if unicode.IsLetter(r) {
				return scriptArabic
			}
		case unicode.Is(unicode.Latin, r):
			sc = scriptLatin
		}
	}
	return sc
}
