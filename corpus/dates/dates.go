package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Years outside this range are not posting dates (typos, ids, phone
// numbers read as dates): Parse refuses them. ParseAnyYear returns them,
// for a caller that says why it does not use them.
const (
	minYear = 1990
	maxYear = 2100
)

// Parse reads a date from text. ref is the scrape date used for relative
// dates ("hier") and for dates without a year ("12 mai"); the zero time
// means those cannot be resolved. ok is false when the text holds no date
// Marsad can trust.
//
// A number of 9–10 digits is Unix time in seconds, of 12–13 in
// milliseconds ("1710201600", as boards' APIs write dates).
//
// Dates are read day first (Moroccan and French usage): "03/05/2024" is
// 3 May; it is read month first only when day first is impossible
// ("05/13/2024"). A d/m/y date whose year is between 1300 and 1500 is
// Hijri (Saudi Jadarat writes "25/05/1444") and is converted with the
// tabular Islamic calendar (see Hijri). A date with a time keeps it, in
// its zone when one is given; other dates are midnight UTC, and relative
// dates are midnight (or the hour, for "il y a 3 heures") in ref's zone.
func Parse(text string, ref time.Time) (t time.Time, ok bool) {
	return parse(text, ref, func(t time.Time) bool { return t.Year() >= minYear && t.Year() <= maxYear })
}

// ParseAnyYear is Parse without its bounds on the year: "1980-03-04" and
// "2199-01-01" are read as the dates they say, where Parse finds no date.
// It is for callers that keep such a date out of their data but report
// it, and so must tell it from text that is no date at all.
func ParseAnyYear(text string, ref time.Time) (t time.Time, ok bool) {
	return parse(text, ref, func(time.Time) bool { return true })
}

// parse tries each form in turn and returns the first date that accept
// takes; a form that finds a date accept refuses lets the next one try.
func parse(text string, ref time.Time, accept func(time.Time) bool) (time.Time, bool) {
	s := fold(text)
	if s == "" {
		return time.Time{}, false
	}
	if t, ok := unixTime(s); ok {
		// Boards' APIs and scrapers write dates as Unix time too.
		if !accept(t) {
			return time.Time{}, false
		}
		return t, true
	}
	if t, ok := parseISO(s); ok && accept(t) {
		return t, true
	}
	if m := numericDate.FindStringSubmatch(s); m != nil {
		if t, ok := numeric(m); ok && accept(t) {
			return t, true
		}
		return time.Time{}, false
	}
	if t, ok := parseMonthName(s, ref); ok && accept(t) {
		return t, true
	}
	if t, ok := parseRelative(s, ref); ok && accept(t) {
		return t, true
	}
	return time.Time{}, false
}

// fold lower-cases text, drops accents, unifies Arabic letter variants and
// makes Arabic-Indic digits ASCII, so that one set of patterns reads
// "Déc.", "dec", "٢٥/٠٥/١٤٤٤" and "منذ ٣ أيام".
func fold(text string) string {
	text = strings.TrimSpace(text)
	var b strings.Builder
	for _, r := range norm.NFD.String(text) {
		switch {
		case unicode.Is(unicode.Mn, r), r == 'ـ':
			continue
		case r >= '٠' && r <= '٩':
			r = '0' + r - '٠'
		case r >= '۰' && r <= '۹':
			r = '0' + r - '۰'
		case r == 'ة':
			r = 'ه'
		case r == 'ى':
			r = 'ي'
		case r == '’' || r == '`' || r == 'ʼ':
			r = '\''
		case r == '\u00a0' || r == '\u202f':
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var (
	// isoDate is year first: 2024-05-03, 2024/05/03, 2024-05-03T10:00:00Z.
	isoDate = regexp.MustCompile(`(?:^|[^0-9])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|[+-]\d{2}:?\d{2})?)?(?:$|[^0-9])`)
	// numericDate is day first: 03/05/2024, 3-5-24, 03.05.2024.
	numericDate = regexp.MustCompile(`(?:^|[^0-9])(\d{1,2})([/.-])(\d{1,2})([/.-])(\d{4}|\d{2})(?:$|[^0-9])`)
)

// parseISO reads a year-first date, with its time and zone if given.
func parseISO(s string) (time.Time, bool) {
	m := isoDate.FindStringSubmatch(s)
	if m == nil {
		return time.Time{}, false
	}
	y, mo, d := atoi(m[1]), atoi(m[2]), atoi(m[3])
	if y >= 1300 && y <= 1500 {
		return hijri(y, mo, d)
	}
	if m[4] == "" {
		return civil(y, mo, d, 0, 0, 0, time.UTC)
	}
	loc := time.UTC
	if z := m[7]; z != "" && z != "z" {
		z = strings.ReplaceAll(z, ":", "")
		off := (atoi(z[1:3])*60 + atoi(z[3:5])) * 60
		if z[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	}
	return civil(y, mo, d, atoi(m[4]), atoi(m[5]), atoi(m[6]), loc)
}

// numeric reads a day-first date found by numericDate.
func numeric(m []string) (time.Time, bool) {
	if m[2] != m[4] {
		return time.Time{}, false // "3/5-2024" is not a date
	}
	d, mo, y := atoi(m[1]), atoi(m[3]), atoi(m[5])
	if len(m[5]) == 2 {
		y += 2000
	}
	if y >= 1300 && y <= 1500 {
		return hijri(y, mo, d)
	}
	if mo > 12 && d <= 12 {
		d, mo = mo, d // month first: the only possible reading
	}
	return civil(y, mo, d, 0, 0, 0, time.UTC)
}

// civil builds a Gregorian date, refusing impossible ones (31/02). The
// year is left to the caller (see parse).
func civil(y, mo, d, h, mi, sec int, loc *time.Location) (time.Time, bool) {
	if mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, loc)
	if t.Day() != d || int(t.Month()) != mo {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
