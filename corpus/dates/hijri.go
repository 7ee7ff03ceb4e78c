package dates

import "time"

// Hijri converts a Hijri date to the Gregorian calendar (midnight UTC)
// with the arithmetic (tabular) Islamic calendar: months of alternately 30
// and 29 days, the last month 30 days in the 11 leap years of each 30-year
// cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), epoch 16 July 622
// (Julian). Official calendars are set by observation or, in Saudi Arabia,
// by the Umm al-Qura computation; the tabular date is within one or two
// days of them. That is why day 30 is accepted in every month (Umm
// al-Qura months of 30 days fall on tabular 29-day months): it converts to
// the day after the 29th.
func Hijri(y, m, d int) (time.Time, bool) {
	t, ok := hijri(y, m, d)
	if !ok || t.Year() < minYear || t.Year() > maxYear {
		return time.Time{}, false
	}
	return t, true
}

// hijri is Hijri for any year; parse judges the year.
func hijri(y, m, d int) (time.Time, bool) {
	if y < 1 || m < 1 || m > 12 || d < 1 || d > 30 {
		return time.Time{}, false
	}
	// Days since the epoch, then the Julian Day Number of the date.
	jdn := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + islamicEpochJDN - 1
	return time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, jdn-unixEpochJDN), true
}

const (
	islamicEpochJDN = 1948440 // 1 Muharram 1 AH = Julian 16 July 622
	unixEpochJDN    = 2440588 // 1 January 1970
)
