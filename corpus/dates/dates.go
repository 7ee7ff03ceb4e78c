package dates

// PLACEHOLDER implementation: the posting helper replaces the body below
// (keeping this exported signature).

import "time"

// Parse reads a date from text. ref is the scrape date used for relative
// dates ("hier"); the zero time means relative dates cannot be resolved.
// ok is false when the text holds no date Marsad can trust.
func Parse(text string, ref time.Time) (t time.Time, ok bool) { return time.Time{}, false }
