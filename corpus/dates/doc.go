// Package dates parses the dates found in postings: ISO, dd/mm/yyyy, French
// (and English) month names, relative dates ("il y a 3 jours", "hier")
// against a reference date, and Hijri dates converted to Gregorian. An
// unparseable date stays unknown.
package dates
