package posting

import (
	"strconv"
	"strings"

	"github.com/zeebo/xxh3"
)

// StableID derives an id from a posting's content, for sources that give
// none: the same title, description and company always give the same id
// whatever the case and spacing, so a re-scraped posting keeps its id and
// the store can deduplicate it. The form is "h-" and 16 hex digits.
func StableID(p Posting) string {
	var b strings.Builder
	b.Grow(len(p.Title) + len(p.Description) + len(p.Company) + 2)
	writeNorm(&b, p.Title)
	b.WriteByte(0)
	writeNorm(&b, p.Description)
	b.WriteByte(0)
	writeNorm(&b, p.Company)
	h := xxh3.HashString(b.String())
	s := strconv.FormatUint(h, 16)
	return "h-" + strings.Repeat("0", 16-len(s)) + s
}

// writeNorm writes s lower-cased with runs of white space as one space.
func writeNorm(b *strings.Builder, s string) {
	for i, w := range strings.Fields(s) {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(w))
	}
}
