package skills

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// fold lowercases s and strips Latin diacritics and Arabic short vowels,
// tatweel and hamza variants, so that "Comptabilité", "comptabilite" and
// "COMPTABILITÉ" meet, and so that "إتقان" meets "اتقان". It is the key of
// autocomplete, of the stop and context lists, and of the technical-term
// trie; the analysed tokens of the corpus analysers are used everywhere else.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = foldRune(r)
		switch {
		case r == 0:
			continue
		case unicode.IsSpace(r):
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), " ")
}

// foldRune maps one rune to its folded form; 0 means "drop it".
func foldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch {
	case r >= 0x064B && r <= 0x0652, r == 0x0640, r == 0x0670: // harakat, tatweel, dagger alef
		return 0
	}
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'À', 'Á', 'Â', 'Ã', 'Ä', 'Å':
		return 'a'
	case 'ç', 'Ç':
		return 'c'
	case 'è', 'é', 'ê', 'ë', 'È', 'É', 'Ê', 'Ë':
		return 'e'
	case 'ì', 'í', 'î', 'ï', 'Ì', 'Í', 'Î', 'Ï':
		return 'i'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'Ò', 'Ó', 'Ô', 'Õ', 'Ö':
		return 'o'
	case 'ù', 'ú', 'û', 'ü', 'Ù', 'Ú', 'Û', 'Ü':
		return 'u'
	case 'ý', 'ÿ', 'Ý':
		return 'y'
	case 'œ', 'Œ':
		return 'o' // "œuvre" → "ouvre" is close enough for prefixes
	case '’', '‘', 'ʼ':
		return '\''
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	}
	return unicode.ToLower(r)
}

// word is one word of a text in the simple tokenisation that the
// technical-term trie and the context cues use: letters and digits, folded,
// with the "++" and "#" of C++ and C# kept, offsets into the text.
type word struct {
	Term       string // folded (words only; scanWords leaves it empty)
	fs, fe     int32  // the folded word in scanWords' buffer
	Start, End int
	Latin      bool // written in Latin letters (or digits only)
	Cased      bool // the surface has an upper-case letter
}

// words splits text into words. It allocates one string per word; the
// builder uses it, extraction uses scanWords.
func words(text string) []word {
	ws, buf := scanWords(nil, nil, text)
	for i := range ws {
		ws[i].Term = string(buf[ws[i].fs:ws[i].fe])
	}
	return ws
}

// scanWords appends the words of text to dst and their folded forms to
// buf, without allocating once the buffers have grown.
func scanWords(dst []word, buf []byte, text string) ([]word, []byte) {
	i := 0
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf && !isASCIIWordByte(c) { // spaces and punctuation
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		fs := len(buf)
		latin, cased := true, false
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf { // fast path: ASCII
				switch {
				case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
					buf = append(buf, c)
				case 'A' <= c && c <= 'Z':
					buf = append(buf, c+'a'-'A')
					cased = true
				default:
					goto done
				}
				i++
				continue
			}
			r, n = utf8.DecodeRuneInString(text[i:])
			if !isWordRune(r) {
				break
			}
			if !unicode.Is(unicode.Latin, r) {
				latin = false
			}
			if unicode.IsUpper(r) {
				cased = true
			}
			if f := foldRune(r); f != 0 {
				buf = utf8.AppendRune(buf, f)
			}
			i += n
		}
	done:
		end := i
		if end < len(text) && (text[end] == '+' || text[end] == '#') { // techSuffix's cases
			var term []byte
			end, term = techSuffix(text, end, buf[fs:])
			buf = append(buf[:fs], term...)
		}
		if len(buf) == fs {
			continue
		}
		dst = append(dst, word{fs: int32(fs), fe: int32(len(buf)), Start: start, End: end, Latin: latin, Cased: cased})
	}
	return dst, buf
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isASCIIWordByte is isWordRune for an ASCII byte.
func isASCIIWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// techSuffix extends a word ending at end with the "++" or "#" that
// follows it in text ("C++", "C#", "F#"), appending it to term. Analysers
// drop punctuation, so without this C, C++ and C# would be one skill.
func techSuffix(text string, end int, term []byte) (int, []byte) {
	rest := text[end:]
	switch {
	case strings.HasPrefix(rest, "++"):
		return end + 2, append(term, "++"...)
	case strings.HasPrefix(rest, "#") && len(term) <= 2:
		return end + 1, append(term, '#')
	}
	return end, term
}

// hasUpper reports whether s has an upper-case letter.
func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
