package dates

import (
	"regexp"
	"sort"
	"strings"
	"time"
)

// monthNames maps folded month names and abbreviations (French, English,
// Arabic as written in Morocco and in the Middle East) to months.
var monthNames = map[string]time.Month{
	"janvier": 1, "janv": 1, "jan": 1, "january": 1,
	"fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
	"mars": 3, "mar": 3, "march": 3,
	"avril": 4, "avr": 4, "april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juin": 6, "june": 6, "jun": 6,
	"juillet": 7, "juil": 7, "july": 7, "jul": 7,
	"aout": 8, "august": 8, "aug": 8,
	"septembre": 9, "sept": 9, "sep": 9, "september": 9,
	"octobre": 10, "oct": 10, "october": 10,
	"novembre": 11, "nov": 11, "november": 11,
	"decembre": 12, "dec": 12, "december": 12,
	// Arabic, folded (أ → ا, ة → ه): Moroccan names, then Middle Eastern.
	"يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "ماي": 5, "مايو": 5,
	"يونيو": 6, "يونيه": 6, "يوليوز": 7, "يوليو": 7, "يوليه": 7, "غشت": 8, "اغسطس": 8,
	"شتنبر": 9, "سبتمبر": 9, "اكتوبر": 10, "نونبر": 11, "نوفمبر": 11, "دجنبر": 12, "ديسمبر": 12,
	// The Levant's and Iraq's names (Syriac), which Arab boards also use.
	"كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
	"تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
}

// Month-name patterns, built once from monthNames (longest names first so
// that "juillet" is not read as "juil").
var dayMonth, monthDay, monthYear = monthPatterns()

func monthPatterns() (dayMonth, monthDay, monthYear *regexp.Regexp) {
	names := make([]string, 0, len(monthNames))
	for n := range monthNames {
		names = append(names, regexp.QuoteMeta(n))
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	mon := `(` + strings.Join(names, "|") + `)`
	// "3 mai 2024", "le 1er janvier", "29 may-17:34", "12 déc. 2023".
	dayMonth = regexp.MustCompile(`(?:^|[^0-9\pL])(\d{1,2})(?:er|st|nd|rd|th)?\s*` + mon + `(?:$|[^\pL])\.?(?:[\s,]*(\d{4})(?:$|[^0-9]))?(?:[\s,à-]*(\d{1,2})[:h](\d{2}))?`)
	// "May 3, 2024", "mai 3 2024".
	monthDay = regexp.MustCompile(`(?:^|[^\pL])` + mon + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:$|[^0-9])`)
	// "déc. 2023", "mai 2024": the first of the month.
	monthYear = regexp.MustCompile(`(?:^|[^\pL])` + mon + `\.?,?\s+(\d{4})(?:$|[^0-9])`)
	return
}

// parseMonthName reads dates written with a month name. A date without a
// year takes ref's, or the year before when that would put it after ref
// (a posting is not dated in the future); without ref it is refused.
func parseMonthName(s string, ref time.Time) (time.Time, bool) {
	if m := dayMonth.FindStringSubmatch(s); m != nil {
		d, mo := atoi(m[1]), int(monthNames[m[2]])
		h, mi := 0, 0
		if m[4] != "" {
			h, mi = atoi(m[4]), atoi(m[5])
		}
		if m[3] != "" {
			return civil(atoi(m[3]), mo, d, h, mi, 0, time.UTC)
		}
		if ref.IsZero() {
			return time.Time{}, false
		}
		// The latest such day not after ref: this year's or last year's,
		// and for 29 February the last leap year's, up to four back.
		refDay := time.Date(ref.Year(), ref.Month(), ref.Day(), 23, 59, 59, 0, time.UTC)
		for y := ref.Year(); y >= ref.Year()-4; y-- {
			if t, ok := civil(y, mo, d, h, mi, 0, time.UTC); ok && !t.After(refDay) {
				return t, true
			}
		}
		return time.Time{}, false
	}
	if m := monthDay.FindStringSubmatch(s); m != nil {
		return civil(atoi(m[3]), int(monthNames[m[1]]), atoi(m[2]), 0, 0, 0, time.UTC)
	}
	if m := monthYear.FindStringSubmatch(s); m != nil {
		return civil(atoi(m[2]), int(monthNames[m[1]]), 1, 0, 0, 0, time.UTC)
	}
	return time.Time{}, false
}
