package dates

import (
	"strconv"
	"strings"
	"time"
)

// Reference reads a scrape or crawl timestamp, the reference against which
// a posting's relative and year-less dates are read. It takes what Parse
// reads without a reference (ISO with its time and zone, dd/mm/yyyy…) and
// also Unix time in seconds or milliseconds, which crawlers often write
// ("1717236153", "1717236153000"). Relative text ("hier") is refused: a
// reference must not itself need one.
func Reference(text string) (time.Time, bool) {
	s := strings.TrimSpace(text)
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		var t time.Time
		switch {
		case len(s) >= 9 && len(s) <= 10:
			t = time.Unix(n, 0).UTC()
		case len(s) >= 12 && len(s) <= 13:
			t = time.UnixMilli(n).UTC()
		default:
			return time.Time{}, false
		}
		if t.Year() < minYear || t.Year() > maxYear {
			return time.Time{}, false
		}
		return t, true
	}
	return Parse(s, time.Time{})
}
