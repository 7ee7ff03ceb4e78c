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
	if t, ok := unixTime(s); ok {
		if t.Year() < minYear || t.Year() > maxYear {
			return time.Time{}, false
		}
		return t, true
	}
	return Parse(s, time.Time{})
}

// unixTime reads s, all digits, as Unix time in seconds (9–10 digits) or
// milliseconds (12–13). ok is false for any other text: a number of
// another length is no timestamp.
func unixTime(s string) (t time.Time, ok bool) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return time.Time{}, false
	}
	switch {
	case len(s) >= 9 && len(s) <= 10:
		return time.Unix(n, 0).UTC(), true
	case len(s) >= 12 && len(s) <= 13:
		return time.UnixMilli(n).UTC(), true
	}
	return time.Time{}, false
}
