package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the tokenizer: it finds token spans on the original text
// and never changes the text, so every later stage can report byte offsets
// into what the caller gave Analyze.
//
// A word is a run of letters, digits and combining marks. A few rules keep
// meaningful punctuation inside a word, or drop it from the term:
//
//   - French elision: "l'entreprise", "qu’il" → the span starts after the
//     apostrophe; English possessive "customer's" → "customer"; other
//     apostrophes join ("aujourd'hui").
//   - inclusive writing: "développeur(se)", "développeur·euse",
//     "développeur.euse", "salarié·e·s" → the span covers the suffix, the
//     term comes from the base word only (span.word).
//   - technical words: "C++", "C#", "F#", ".NET", "Node.js", "ASP.NET",
//     "Bac+5", "3.5" stay whole; slash and space compounds ("CI/CD",
//     "Power BI") are joined later by the technical stage.
//   - URLs, e-mail addresses and phone numbers become dropped spans: they
//     take a position but give no term.

// spanKind says what a span is.
type spanKind uint8

const (
	spanWord spanKind = iota
	spanDrop          // URL, e-mail, phone: counts a position, yields no term
)

// span is one raw token: text[start:end] is its surface, text[start:word]
// the part its term is made from (word < end when an inclusive-writing
// suffix was cut off).
type span struct {
	start, word, end int
	kind             spanKind
	elided           byte // the one-letter article the elision dropped ("l'été": 'l'), lower case; 0 if none
}

// tokenizer scans one text. It is a value type used once per Analyze call.
type tokenizer struct {
	text       string
	chunkStart int  // start of the current whitespace-delimited chunk
	checked    int  // chunkStart of the last chunk checked for URLs and e-mails, or -1
	elided     byte // set by scanWord for word
}

// tokenize appends the spans of text to dst.
func tokenize(dst []span, text string) []span {
	t := tokenizer{text: text, checked: -1}
	for i := 0; i < len(text); {
		c := text[i]
		var r rune = rune(c)
		n := 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c < utf8.RuneSelf && asciiClass[c]&classWord != 0, c >= utf8.RuneSelf && isWordRune(r):
			if c >= '0' && c <= '9' {
				if end, ok := scanPhone(text, i); ok {
					dst = append(dst, span{start: i, word: end, end: end, kind: spanDrop})
					i, t.chunkStart = end, end
					continue
				}
			}
			sp := t.word(i)
			if sp.end < len(text) && t.checked != t.chunkStart {
				if c := text[sp.end]; c == '@' || c == ':' || c == '.' {
					// A URL or an e-mail address shows itself here:
					// re-read the whole chunk and drop it if so.
					t.checked = t.chunkStart
					if drop, ok := t.chunk(t.chunkStart); ok {
						for len(dst) > 0 && dst[len(dst)-1].start >= drop.start {
							dst = dst[:len(dst)-1]
						}
						dst = append(dst, drop)
						i = drop.end
						continue
					}
				}
			}
			if sp.end > sp.start {
				dst = append(dst, sp)
			}
			i = max(sp.end, i+n)
		case c == '+' || c == '(':
			if end, ok := scanPhone(text, i); ok {
				dst = append(dst, span{start: i, word: end, end: end, kind: spanDrop})
				i, t.chunkStart = end, end
				continue
			}
			i++
		case c == '.' && (i == 0 || !isWordBefore(text, i)) && i+1 < len(text) && isASCIILetter(text[i+1]):
			// ".NET", ".htaccess": a leading dot glued to a word is part of it.
			sp := t.word(i + 1)
			if suffix := strings.ToLower(text[i+1 : sp.word]); dotWords[suffix] {
				sp.start = i
			}
			dst = append(dst, sp)
			i = sp.end
		default:
			if isSpaceRune(r) {
				t.chunkStart = i + n
			}
			i += n
		}
	}
	return dst
}

// chunk checks the whitespace-delimited chunk starting at i for a URL or
// an e-mail address, which are dropped whole.
func (t *tokenizer) chunk(i int) (span, bool) {
	text := t.text
	end := i
	var at, dot, colon bool
	for end < len(text) {
		c := text[end]
		if c < utf8.RuneSelf {
			if asciiClass[c]&classSpace != 0 {
				break
			}
			switch c {
			case '@':
				at = true
			case '.':
				dot = true
			case ':':
				colon = true
			}
			end++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[end:])
		if isSpaceRune(r) {
			break
		}
		end += n
	}
	if !dot && !colon {
		return span{}, false
	}
	ch := text[i:end]
	drop := false
	switch {
	case at && dot:
		a := strings.IndexByte(ch, '@')
		drop = a > 0 && a+1 < len(ch) && strings.IndexByte(ch[a:], '.') > 0
	case colon && strings.Contains(ch, "://"):
		drop = true
	case dot:
		drop = hasPrefixFold(trimLeftPunct(ch), "www.") || isBareDomain(ch)
	}
	if !drop {
		return span{}, false
	}
	// Keep closing punctuation out of the dropped span.
	for end > i && strings.IndexByte(".,;:!?)]}>\"'", text[end-1]) >= 0 {
		end--
	}
	start := i
	for start < end && strings.IndexByte("([{<\"'", text[start]) >= 0 {
		start++
	}
	if end <= start {
		return span{}, false
	}
	return span{start: start, word: end, end: end, kind: spanDrop}, true
}

// word scans the word starting at i, applying the elision, possessive,
// inclusive-writing and technical-suffix rules.
func (t *tokenizer) word(i int) span {
	sp := t.scanWord(i)
	sp.elided = t.elided
	return sp
}

// scanWord is word; it leaves the elided article in t.elided, which
// word copies into the span (scanWord has many returns).
func (t *tokenizer) scanWord(i int) span {
	text := t.text
	start := i
	t.elided = 0
	j := scanWordRunes(text, i)
	for j < len(text) {
		c := text[j]
		switch {
		case c == '\'' || c == 0xE2 && (strings.HasPrefix(text[j:], "’") || strings.HasPrefix(text[j:], "‘")) || c == 0xCA && strings.HasPrefix(text[j:], "ʼ"):
			an := 1
			if c != '\'' {
				_, an = utf8.DecodeRuneInString(text[j:])
			}
			if j+an >= len(text) || !startsWord(text, j+an) {
				return span{start: start, word: j, end: j}
			}
			if isElision(text[start:j]) {
				// The article is dropped: the word starts after the apostrophe.
				t.elided = 0
				if j-start == 1 {
					t.elided = text[start] | 0x20 // ASCII: isElision matched
				}
				start = j + an
				j = scanWordRunes(text, start)
				continue
			}
			k := scanWordRunes(text, j+an)
			if k == j+an+1 && (text[j+an] == 's' || text[j+an] == 'S') {
				// English possessive: "customer's" → "customer".
				return span{start: start, word: j, end: k}
			}
			j = k
		case c == '+':
			switch {
			case strings.HasPrefix(text[j:], "++") && (j+2 == len(text) || !startsWord(text, j+2)):
				return span{start: start, word: j + 2, end: j + 2}
			case j+1 < len(text) && isASCIIDigit(text[j+1]) && isASCIILetter(text[j-1]):
				// "Bac+5"
				k := j + 1
				for k < len(text) && isASCIIDigit(text[k]) {
					k++
				}
				return span{start: start, word: k, end: k}
			}
			return span{start: start, word: j, end: j}
		case c == '#':
			if j-start == 1 && isASCIILetter(text[start]) && (j+1 == len(text) || !startsWord(text, j+1)) {
				return span{start: start, word: j + 1, end: j + 1}
			}
			return span{start: start, word: j, end: j}
		case c == '(':
			if end, ok := genderParen(text, j); ok {
				return span{start: start, word: j, end: end}
			}
			return span{start: start, word: j, end: j}
		case c == '.' || c == 0xC2 && strings.HasPrefix(text[j:], "·") || c == 0xE2 && (strings.HasPrefix(text[j:], "•") || strings.HasPrefix(text[j:], "∙") || strings.HasPrefix(text[j:], "⋅")):
			_, dn := utf8.DecodeRuneInString(text[j:])
			if j+dn >= len(text) || !startsWord(text, j+dn) {
				return span{start: start, word: j, end: j}
			}
			if end, ok := genderDot(text, j); ok {
				return span{start: start, word: j, end: end}
			}
			if c != '.' {
				return span{start: start, word: j, end: j}
			}
			k := scanWordRunes(text, j+1)
			part := text[j+1 : k]
			if (dotWords[toLowerASCII(part)] && k-j <= 8) || (allDigits(part) && allDigits(text[start:j])) {
				j = k // "node.js", "asp.net", "3.5"
				continue
			}
			return span{start: start, word: j, end: j}
		default:
			return span{start: start, word: j, end: j}
		}
	}
	return span{start: start, word: j, end: j}
}

// dotWords are the lower-case parts that may follow a dot inside a
// technical word ("node.js", "asp.net") or start one (".net").
var dotWords = map[string]bool{"js": true, "net": true, "ts": true, "io": true, "py": true, "jsx": true, "tsx": true, "htaccess": true, "env": true}

// elisions are the French words that lose their vowel before an
// apostrophe. Comparison is case-insensitive and ASCII (the list is).
var elisions = [...]string{"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu"}

func isElision(s string) bool {
	if len(s) > 6 {
		return false
	}
	for _, e := range elisions {
		if strings.EqualFold(s, e) {
			return true
		}
	}
	return false
}

// genderSuffixes are the feminine or plural endings written after a
// dot, middle dot or inside parentheses in French inclusive writing.
var genderSuffixes = map[string]bool{
	"e": true, "es": true, "s": true, "x": true, "ne": true, "nes": true, "se": true, "ses": true,
	"euse": true, "euses": true, "rice": true, "rices": true, "trice": true, "trices": true, "ice": true,
	"ère": true, "ere": true, "ères": true, "eres": true, "ière": true, "iere": true,
	"ve": true, "ive": true, "le": true, "lle": true, "te": true, "tte": true, "fe": true, "ffe": true,
	"ale": true, "ale·s": true, "ienne": true, "enne": true, "eure": true, "sse": true,
}

// genderParen matches "(e)", "(ne)", "(se)", "(ère)"… at text[j] and returns
// the end of the suffix, including trailing plural letters ("employé(e)s").
func genderParen(text string, j int) (int, bool) {
	k := strings.IndexByte(text[j:min(len(text), j+10)], ')')
	if k < 2 {
		return 0, false
	}
	inner := text[j+1 : j+k]
	if !genderSuffixes[inner] {
		return 0, false
	}
	end := j + k + 1
	if end < len(text) && (text[end] == 's' || text[end] == 'x') && (end+1 == len(text) || !startsWord(text, end+1)) {
		end++
	}
	return end, true
}

// genderDot matches "·euse", ".e", "·e·s" at text[j] and returns the end.
func genderDot(text string, j int) (int, bool) {
	end, found := j, false
	for end < len(text) {
		_, dn := utf8.DecodeRuneInString(text[end:])
		if text[end] != '.' && !strings.HasPrefix(text[end:], "·") && !strings.HasPrefix(text[end:], "•") && !strings.HasPrefix(text[end:], "∙") && !strings.HasPrefix(text[end:], "⋅") {
			break
		}
		k := scanWordRunes(text, end+dn)
		if !genderSuffixes[text[end+dn:k]] || (k < len(text) && text[k] == '.' && k+1 < len(text) && startsWord(text, k+1) && !found && text[end] == '.') {
			break
		}
		end, found = k, true
	}
	return end, found
}

// scanWordRunes returns the end of the run of word runes starting at i.
func scanWordRunes(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiClass[c]&classWord == 0 {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) && !isJoinerRune(r) {
			return i
		}
		i += n
	}
	return i
}

// scanPhone recognises a phone number starting at i: an optional "+" or
// "(+212)", then groups of digits separated by single spaces, dots or
// dashes, nine digits or more in all. It returns the end of the last digit.
func scanPhone(text string, i int) (int, bool) {
	if i > 0 && isWordBefore(text, i) {
		return 0, false
	}
	j, digits, end := i, 0, i
	if j < len(text) && text[j] == '(' {
		j++
	}
	if j < len(text) && text[j] == '+' {
		j++
	}
	for j < len(text) && j-i < 32 {
		c := text[j]
		switch {
		case isASCIIDigit(c):
			digits++
			j++
			end = j
		case (c == ' ' || c == '.' || c == '-' || c == ')') && end == j && j+1 < len(text):
			n := text[j+1]
			if c == ')' && n == ' ' && j+2 < len(text) {
				j++
				n = text[j+1]
			}
			if !isASCIIDigit(n) {
				j = len(text)
				break
			}
			j++
		default:
			j = len(text)
		}
	}
	if digits < 9 || (end < len(text) && startsWord(text, end)) {
		return 0, false
	}
	return end, true
}

// isBareDomain reports chunks such as "rekrute.com" or "example.ma/jobs".
func isBareDomain(ch string) bool {
	for len(ch) > 0 && strings.IndexByte(".,;:!?)]}>\"'", ch[len(ch)-1]) >= 0 {
		ch = ch[:len(ch)-1]
	}
	dot := strings.LastIndexByte(ch, '.')
	if slash := strings.IndexByte(ch, '/'); slash > 0 {
		dot = strings.LastIndexByte(ch[:slash], '.')
	}
	if dot <= 0 {
		return false
	}
	tld := ch[dot+1:]
	if slash := strings.IndexByte(tld, '/'); slash >= 0 {
		tld = tld[:slash]
	}
	switch strings.ToLower(tld) {
	case "com", "fr", "ma", "org", "dz", "tn", "sa", "ae", "eu", "info", "gov", "edu":
		return isASCIILetter(ch[dot-1]) || isASCIIDigit(ch[dot-1])
	}
	return false
}

const (
	classWord  = 1 << iota // letters and digits
	classSpace             // ASCII white space
)

// asciiClass classifies ASCII bytes without a function call.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= classWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] |= classWord
		t[c-'a'+'A'] |= classWord
	}
	for _, c := range " \t\n\r\v\f" {
		t[c] |= classSpace
	}
	return t
}()

// isWordRune reports letters, digits and combining marks, but not the
// emoji variation selectors and the enclosing keycap, so that "2️⃣" and
// "✔️Vous" give "2" and "vous".
func isWordRune(r rune) bool {
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Mc) && !(0xFE00 <= r && r <= 0xFE0F) && !(0xE0100 <= r && r <= 0xE01EF)
}

// isJoinerRune reports invisible characters that may sit inside a word:
// soft hyphen, zero-width (non-)joiner and friends. The normaliser drops them.
func isJoinerRune(r rune) bool {
	switch r {
	case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060:
		return true
	}
	return false
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiClass[r]&classSpace != 0
	}
	return unicode.IsSpace(r)
}

// startsWord reports whether a word rune starts at text[i].
func startsWord(text string, i int) bool {
	c := text[i]
	if c < utf8.RuneSelf {
		return asciiClass[c]&classWord != 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// isWordBefore reports whether the rune ending at text[i] is a word rune.
func isWordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	if r < utf8.RuneSelf {
		return asciiClass[r]&classWord != 0
	}
	return isWordRune(r)
}

func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIIDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func trimLeftPunct(s string) string {
	for len(s) > 0 && strings.IndexByte("([{<\"'", s[0]) >= 0 {
		s = s[1:]
	}
	return s
}
