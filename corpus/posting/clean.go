package posting

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/k3a/html2text"
)

// Patterns used by Clean. They are compiled once and only read.
var (
	// htmlTag finds something that is really a tag, so that "salaire < 5000"
	// is not handed to the HTML converter (which would swallow the rest).
	htmlTag = regexp.MustCompile(`<(?:/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?|!--[^>]*--)>`)
	// anchorTag: html2text drops a link's text and prints its href; we want
	// the text, so the tags are removed before conversion.
	// blockTag tells real HTML (where line breaks are spaces) from text
	// with a few inline tags (where they are line breaks).
	blockTag  = regexp.MustCompile(`(?i)<(?:p|br|div|li|ul|ol|h[1-6]|tr|table)[\s/>]`)
	anchorTag = regexp.MustCompile(`(?i)</?a(?:\s[^<>]*)?>`)
	mdLink    = regexp.MustCompile(`!?\[([^\[\]]*)\]\([^()\s]*\)`)
	mdBold    = regexp.MustCompile(`\*\*([^*\n]+)\*\*|__([^_\n]+)__`)
)

// Clean turns a description into plain text: HTML tags and entities,
// Markdown emphasis, headings, bullets and links are removed, white space
// is tidied (lines trimmed, runs of spaces collapsed, at most one empty
// line in a row). Line breaks are kept: they separate a posting's
// sections. The common case, text with no '<' or '&', skips the HTML
// converter.
func Clean(s string) string {
	if s == "" {
		return ""
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, '<') >= 0 && htmlTag.MatchString(s) {
		s = anchorTag.ReplaceAllString(s, "")
		if !blockTag.MatchString(s) {
			// Text with a few inline tags: its line breaks are meant.
			s = strings.ReplaceAll(s, "\n", "<br>")
		}
		s = html2text.HTML2TextWithOptions(s, html2text.WithUnixLineBreaks())
	} else if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	blank := 0
	for line := range strings.Lines(s) {
		line = cleanLine(line)
		if line == "" {
			blank++
			continue
		}
		if b.Len() > 0 {
			if blank > 0 {
				b.WriteString("\n\n")
			} else {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}

// cleanLine removes Markdown from one line and tidies its spaces.
func cleanLine(line string) string {
	line = strings.TrimFunc(line, isSpace)
	if line == "" {
		return ""
	}
	// Headings: "## Profil" → "Profil".
	if line[0] == '#' {
		t := strings.TrimLeft(line, "#")
		if len(line)-len(t) <= 6 && (t == "" || t[0] == ' ') {
			line = strings.TrimSpace(t)
		}
	}
	line = trimBullet(line)
	if strings.Contains(line, "](") {
		line = mdLink.ReplaceAllString(line, "$1")
	}
	if strings.Contains(line, "**") || strings.Contains(line, "__") {
		line = mdBold.ReplaceAllString(line, "$1$2")
	}
	// Markup gone can leave a space at an end ("__ 0000__").
	return strings.TrimFunc(collapseSpaces(line), isSpace)
}

// trimBullet drops a list marker ("- ", "* ", "• ", "1. ", "1) ") at the
// start of a line. "-5%" or "2.5 ans" are left alone: a marker is followed
// by a space.
func trimBullet(line string) string {
	r, n := utf8.DecodeRuneInString(line)
	switch r {
	case '-', '*', '+', '•', '·', '◦', '▪', '‣', '–', '—', '\uf0b7', '✓', '✔', '➢', '►', '>':
		if rest := line[n:]; rest == "" {
			return ""
		} else if rest[0] == ' ' || rest[0] == '\t' {
			return strings.TrimLeft(rest, " \t")
		}
		return line
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
		return strings.TrimLeft(line[i+1:], " ")
	}
	return line
}

// collapseSpaces turns every run of white space or control characters into
// one space and drops invisible format characters (zero-width spaces and
// joiners, bidi marks, soft hyphens) that scraped pages are full of.
func collapseSpaces(s string) string {
	prevSpace := false
	dirty := false
	for _, r := range s {
		switch {
		case r == ' ':
			dirty = prevSpace
			prevSpace = true
		case r < 0x80 && r > ' ' && r != 0x7f:
			prevSpace = false
		case isSpace(r) || unicode.IsControl(r) || isInvisible(r):
			dirty = true
		default:
			prevSpace = false
		}
		if dirty {
			break
		}
	}
	if !dirty {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	prevSpace = false
	for _, r := range s {
		switch {
		case isInvisible(r):
		case isSpace(r) || unicode.IsControl(r):
			if !prevSpace {
				b.WriteByte(' ')
			}
			prevSpace = true
		default:
			prevSpace = false
			b.WriteRune(r)
		}
	}
	return strings.TrimSpace(b.String())
}

// isSpace reports white space, including the no-break spaces of HTML.
func isSpace(r rune) bool { return unicode.IsSpace(r) }

// isInvisible reports format characters that carry nothing for analysis.
func isInvisible(r rune) bool {
	switch {
	case r == '\u00ad', r == '\ufeff', r == '\u2060':
		return true
	case r >= '\u200b' && r <= '\u200f', r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// cleanInline is Clean for one-line fields (company, location, date):
// entities decoded, white space collapsed.
func cleanInline(s string) string {
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return collapseSpaces(strings.TrimFunc(s, isSpace))
}
