package dates

import (
	"regexp"
	"time"
)

var (
	// "il y a 3 jours", "il y a une semaine", "3 days ago", "an hour ago".
	relFR = regexp.MustCompile(`\bil y a\s+(\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s*(minutes?|mins?|heures?|h|jours?|j|semaines?|sem|mois|ans?|annees?)\b`)
	relEN = regexp.MustCompile(`\b(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s*(minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|w|months?|years?)\s+ago\b`)
	// "منذ 3 أيام", "قبل يومين", "منذ أسبوع" (folded: أ → ا, ة → ه).
	// Duals come first: alternatives are tried in order.
	relAR = regexp.MustCompile(`(?:^|[^\pL])(?:منذ|قبل)\s*(\d+)?\s*(دقيقتين|ساعتين|يومين|اسبوعين|شهرين|سنتين|عامين|دقيقه|دقائق|ساعه|ساعات|يوم|ايام|اسبوع|اسابيع|شهر|اشهر|شهور|سنه|سنوات|عام|اعوام)(?:$|[^\pL])`)

	today     = regexp.MustCompile(`\b(aujourd'?hui|today|just now|a l'instant)\b|(?:^|[^\pL])(اليوم|الان)(?:$|[^\pL])`)
	yesterday = regexp.MustCompile(`\b(hier|yesterday)\b|(?:^|[^\pL])(امس|البارحه)(?:$|[^\pL])`)
	dayBefore = regexp.MustCompile(`\bavant[- ]hier\b|(?:^|[^\pL])اول (امس|البارحه)(?:$|[^\pL])`)
)

var numberWords = map[string]int{
	"un": 1, "une": 1, "a": 1, "an": 1, "one": 1, "deux": 2, "two": 2, "trois": 3, "three": 3,
	"quatre": 4, "four": 4, "cinq": 5, "five": 5, "six": 6, "sept": 7, "seven": 7,
	"huit": 8, "eight": 8, "neuf": 9, "nine": 9, "dix": 10, "ten": 10,
}

// unit is a step back in time.
type unit int

const (
	minute unit = iota
	hour
	day
	week
	month
	year
)

var units = map[string]unit{
	"minute": minute, "minutes": minute, "min": minute, "mins": minute,
	"heure": hour, "heures": hour, "h": hour, "hour": hour, "hours": hour, "hr": hour, "hrs": hour,
	"jour": day, "jours": day, "j": day, "day": day, "days": day, "d": day,
	"semaine": week, "semaines": week, "sem": week, "week": week, "weeks": week, "w": week,
	"mois": month, "month": month, "months": month,
	"an": year, "ans": year, "annee": year, "annees": year, "year": year, "years": year,
	"دقيقه": minute, "دقائق": minute, "ساعه": hour, "ساعات": hour, "يوم": day, "ايام": day,
	"اسبوع": week, "اسابيع": week, "شهر": month, "اشهر": month, "شهور": month,
	"سنه": year, "سنوات": year, "عام": year, "اعوام": year,
}

// arabicDual are the dual forms, which carry their own "two".
var arabicDual = map[string]unit{"دقيقتين": minute, "ساعتين": hour, "يومين": day, "اسبوعين": week, "شهرين": month, "سنتين": year, "عامين": year}

// parseRelative reads "hier", "il y a 3 jours", "3 days ago", "منذ 3 أيام"
// against ref.
func parseRelative(s string, ref time.Time) (time.Time, bool) {
	if ref.IsZero() {
		return time.Time{}, false
	}
	n, u, found := 0, day, false
	if m := relFR.FindStringSubmatch(s); m != nil {
		n, u, found = count(m[1]), units[m[2]], true
	} else if m := relEN.FindStringSubmatch(s); m != nil {
		n, u, found = count(m[1]), units[m[2]], true
	} else if m := relAR.FindStringSubmatch(s); m != nil {
		if du, ok := arabicDual[m[2]]; ok {
			n, u = 2, du
		} else {
			n, u = 1, units[m[2]]
			if m[1] != "" {
				n = atoi(m[1])
			}
		}
		found = true
	} else if dayBefore.MatchString(s) {
		n, found = 2, true
	} else if yesterday.MatchString(s) {
		n, found = 1, true
	} else if today.MatchString(s) {
		n, found = 0, true
	}
	if !found || n < 0 || n > 1000 {
		return time.Time{}, false
	}
	midnight := time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, ref.Location())
	var t time.Time
	switch u {
	case minute:
		t = ref.Add(-time.Duration(n) * time.Minute)
	case hour:
		t = ref.Add(-time.Duration(n) * time.Hour)
	case day:
		t = midnight.AddDate(0, 0, -n)
	case week:
		t = midnight.AddDate(0, 0, -7*n)
	case month:
		t = midnight.AddDate(0, -n, 0)
	case year:
		t = midnight.AddDate(-n, 0, 0)
	}
	return t, true
}

func count(s string) int {
	if n, ok := numberWords[s]; ok {
		return n
	}
	return atoi(s)
}
