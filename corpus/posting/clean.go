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
//
// Clean is idempotent: Clean(Clean(s)) == Clean(s). The readers and the
// server clean a posting, the classifier cleans it again, and the skill
// offsets it finds must point into the text they return.
func Clean(s string) string {
	if s == "" {
		return ""
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	s = cleanOnce(s)
	// Markup can hide markup: "&amp;lt;b&amp;gt;" (escaped twice by a
	// scraper) or "&**amp;**". Text without '<' or '&' is settled: each
	// line is already as cleanLine leaves it.
	for range maxCleanPasses {
		if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '&') < 0 {
			break
		}
		t := cleanOnce(s)
		if t == s {
			break
		}
		s = t
	}
	return s
}

// maxCleanPasses bounds the passes over markup hidden in markup.
const maxCleanPasses = 8

// cleanOnce is one pass of Clean over valid UTF-8.
func cleanOnce(s string) string {
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

// cleanLine removes Markdown from one line and tidies its spaces, until
// nothing more comes off: removing one marker can bare another ("__ #
// 0__" is a heading once its bold is gone). Every change shortens the
// line or turns a character into a space, so the loop ends; a line with
// nothing left that looks like markup is done after one pass.
func cleanLine(line string) string {
	line = cleanLineOnce(line)
	for mayHoldMarkup(line) {
		next := cleanLineOnce(line)
		if next == line {
			break
		}
		line = next
	}
	return line
}

// mayHoldMarkup reports whether cleanLineOnce could still change a line it
// returned: one that starts like a heading, bullet or numbered item, or
// holds emphasis or a link.
func mayHoldMarkup(line string) bool {
	if line == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(line); r == '#' || r >= '0' && r <= '9' || isBullet(r) {
		return true
	}
	return strings.Contains(line, "**") || strings.Contains(line, "__") || strings.Contains(line, "](")
}

// cleanLineOnce is one pass of cleanLine.
func cleanLineOnce(line string) string {
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
	if r, n := utf8.DecodeRuneInString(line); isBullet(r) {
		rest := line[n:]
		if rest == "" {
			return ""
		}
		// Any white space after the marker, the no-break space of
		// "-&nbsp;Python" too: Clean must be idempotent, as skill
		// offsets are found in a text the classifier cleans again.
		if sp, _ := utf8.DecodeRuneInString(rest); isSpace(sp) {
			return strings.TrimLeftFunc(rest, isSpace)
		}
		return line
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') {
		if sp, _ := utf8.DecodeRuneInString(line[i+1:]); isSpace(sp) {
			return strings.TrimLeftFunc(line[i+1:], isSpace)
		}
	}
	return line
}

// collapseSpaces turns every run of white space into one space and drops
// control characters and invisible format characters (zero-width spaces
// and joiners, bidi marks, soft hyphens) that scraped pages are full of:
// a NUL inside "Comp\x00table" is debris, not a word break.
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
		case isSpace(r) || isInvisible(r):
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
		case isSpace(r):
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

// isInvisible reports control characters other than white space, and
// format characters, that carry nothing for analysis.
func isInvisible(r rune) bool {
	switch {
	case unicode.IsControl(r):
		return !isSpace(r)
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

// isBullet reports the list markers trimBullet takes off a line.
func isBullet(r rune) bool {
	switch r {
	case '-', '*', '+', '•', '·', '◦', '▪', '‣', '–', '—', '\uf0b7', '✓', '✔', '➢', '►', '>':
		return true
	}
	return false
}
