package posting

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

func isValidUTF8(b []byte) bool { return utf8.Valid(b) }

// repairUTF8Bytes replaces each byte that is not part of valid UTF-8 by its
// Windows-1252 character. Invalid bytes in French postings are nearly
// always Latin-1/Windows-1252 text pasted into a UTF-8 page ("d\xe9veloppeur"),
// so this recovers "développeur" where a plain replacement would leave
// "d\uFFFDveloppeur". Bytes with no Windows-1252 meaning become U+FFFD.
// The result never contains ASCII that the input did not, so repairing a
// JSON line cannot change its structure.
func repairUTF8Bytes(b []byte) []byte {
	out := make([]byte, 0, len(b)+len(b)/8)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			c := charmap.Windows1252.DecodeByte(b[0])
			if c < 0x80 { // cannot happen for bytes ≥ 0x80, but keep the promise
				c = utf8.RuneError
			}
			out = utf8.AppendRune(out, c)
			b = b[1:]
			continue
		}
		out = append(out, b[:n]...)
		b = b[n:]
	}
	return out
}

// repairUTF8 returns b as a valid string and whether it had to be repaired.
func repairUTF8(b []byte) (string, bool) {
	if utf8.Valid(b) {
		return string(b), false
	}
	return string(repairUTF8Bytes(b)), true
}

// repairString is repairUTF8 for strings.
func repairString(s string) (string, bool) {
	if utf8.ValidString(s) {
		return s, false
	}
	return string(repairUTF8Bytes([]byte(s))), true
}
