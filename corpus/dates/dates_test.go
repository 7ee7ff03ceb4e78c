package dates

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"marsad/internal/testenv"
)

func ymd(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestParse(t *testing.T) {
	ref := time.Date(2024, 5, 30, 15, 4, 0, 0, time.UTC)
	none := time.Time{}
	tests := []struct {
		in   string
		ref  time.Time
		want time.Time // zero: not ok
	}{
		// ISO.
		{"2024-05-03", none, ymd(2024, 5, 3)},
		{"2024/05/03", none, ymd(2024, 5, 3)},
		{"2023-09-29T10:00:00.000Z", none, time.Date(2023, 9, 29, 10, 0, 0, 0, time.UTC)},
		{"2024-05-03T10:00:00+01:00", none, time.Date(2024, 5, 3, 9, 0, 0, 0, time.UTC)},
		{"2024-05-03 08:30", none, time.Date(2024, 5, 3, 8, 30, 0, 0, time.UTC)},
		{"Publié le 2025-11-11", none, ymd(2025, 11, 11)},
		// Day first.
		{"05/05/2025", none, ymd(2025, 5, 5)},
		{"3/5/2024", none, ymd(2024, 5, 3)},
		{"03-05-2024", none, ymd(2024, 5, 3)},
		{"03.05.2024", none, ymd(2024, 5, 3)},
		{"03/05/24", none, ymd(2024, 5, 3)},
		{"05/13/2024", none, ymd(2024, 5, 13)}, // only month first is possible
		{"Date de publication : 12/03/2025", none, ymd(2025, 3, 12)},
		{"٠٣/٠٥/٢٠٢٤", none, ymd(2024, 5, 3)},
		// Month names.
		{"3 mai 2024", none, ymd(2024, 5, 3)},
		{"le 12 janvier 2025", none, ymd(2025, 1, 12)},
		{"1er août 2023", none, ymd(2023, 8, 1)},
		{"12 déc. 2023", none, ymd(2023, 12, 12)},
		{"déc. 2023", none, ymd(2023, 12, 1)},
		{"Février 2024", none, ymd(2024, 2, 1)},
		{"May 3, 2024", none, ymd(2024, 5, 3)},
		{"3 May 2024", none, ymd(2024, 5, 3)},
		{"September 21st, 2023", none, ymd(2023, 9, 21)},
		{"3 ماي 2024", none, ymd(2024, 5, 3)},
		{"15 أكتوبر 2023", none, ymd(2023, 10, 15)},
		// Without a year: ref's year, or the year before.
		{"03 Mai", ref, ymd(2024, 5, 3)},
		{"12 mai", ref, ymd(2024, 5, 12)},
		{"4 Dec", ref, ymd(2023, 12, 4)},
		{"29 May-17:34", ref, time.Date(2024, 5, 29, 17, 34, 0, 0, time.UTC)},
		{"31 May-9:05", ref, time.Date(2023, 5, 31, 9, 5, 0, 0, time.UTC)},
		{"29 Feb-12:43", ref, time.Date(2024, 2, 29, 12, 43, 0, 0, time.UTC)},
		{"29 Feb", time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), ymd(2024, 2, 29)},
		// Two years on (a file's date as reference): the last leap year.
		{"29 Feb-23:24", time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), time.Date(2024, 2, 29, 23, 24, 0, 0, time.UTC)},
		{"31 avril", ref, none},
		// The Levant's month names; Unix time from boards' APIs.
		{"12 آذار 2024", none, ymd(2024, 3, 12)},
		{"3 تشرين الثاني 2023", none, ymd(2023, 11, 3)},
		{"5 كانون الأول 2023", none, ymd(2023, 12, 5)},
		{"1710201600", none, time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"1710201600000", none, time.Date(2024, 3, 12, 0, 0, 0, 0, time.UTC)},
		{"123456", none, none},
		{"12 mai", none, none},
		// Relative.
		{"il y a 3 jours", ref, ymd(2024, 5, 27)},
		{"Publiée il y a 2 semaines", ref, ymd(2024, 5, 16)},
		{"il y a un mois", ref, ymd(2024, 4, 30)},
		{"il y a 5 heures", ref, ref.Add(-5 * time.Hour)},
		{"hier", ref, ymd(2024, 5, 29)},
		{"Hier à 18:00", ref, ymd(2024, 5, 29)},
		{"avant-hier", ref, ymd(2024, 5, 28)},
		{"aujourd'hui", ref, ymd(2024, 5, 30)},
		{"Aujourd’hui", ref, ymd(2024, 5, 30)},
		{"today", ref, ymd(2024, 5, 30)},
		{"yesterday", ref, ymd(2024, 5, 29)},
		{"3 days ago", ref, ymd(2024, 5, 27)},
		{"a week ago", ref, ymd(2024, 5, 23)},
		{"منذ 3 أيام", ref, ymd(2024, 5, 27)},
		{"منذ ٣ أيام", ref, ymd(2024, 5, 27)},
		{"منذ يومين", ref, ymd(2024, 5, 28)},
		{"قبل أسبوع", ref, ymd(2024, 5, 23)},
		{"أمس", ref, ymd(2024, 5, 29)},
		{"اليوم", ref, ymd(2024, 5, 30)},
		{"hier", none, none},
		{"il y a 3 jours", none, none},
		{"fichier hiérarchie", ref, none},
		{"اليومية", ref, none},
		// Hijri (tabular; Umm al-Qura agrees on these).
		{"01/01/1444", none, ymd(2022, 7, 30)},
		{"25/05/1444", none, ymd(2022, 12, 19)},
		{"01/09/1444", none, ymd(2023, 3, 23)},
		{"1444/09/01", none, ymd(2023, 3, 23)},
		{"30/04/1444", none, ymd(2022, 11, 25)},
		{"31/04/1444", none, none},
		// Impossible or absurd.
		{"31/02/2024", none, none},
		{"29/02/2023", none, none},
		{"32/01/2024", none, none},
		{"13/13/2024", none, none},
		{"01/01/1899", none, none},
		{"0000-00-00", none, none},
		{"2024-02-30", none, none},
		{"3/5-2024", none, none},
		{"Publish date", none, none},
		{"", ref, none},
		{"Tel 06 12 34 56 78", ref, none},
		{"2024-05-03T25:00:00Z", none, none},
	}
	for _, tc := range tests {
		got, ok := Parse(tc.in, tc.ref)
		if tc.want.IsZero() {
			if ok {
				t.Errorf("Parse(%q) = %v, want not ok", tc.in, got)
			}
			continue
		}
		if !ok || !got.Equal(tc.want) {
			t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
}

// TestParseAnyYear: a date whose year Parse refuses (before 1990, after
// 2100) is still read as the date it says, so that a caller can report it
// rather than take it for text without a date; text without a date and
// impossible dates stay unread.
func TestParseAnyYear(t *testing.T) {
	ref := time.Date(2024, 5, 30, 15, 4, 0, 0, time.UTC)
	none := time.Time{}
	tests := []struct {
		in   string
		ref  time.Time
		want time.Time // zero: not ok
	}{
		{"1980-03-04", none, ymd(1980, 3, 4)},
		{"31/12/1989", none, ymd(1989, 12, 31)},
		{"12/03/1989", none, ymd(1989, 3, 12)},
		{"01/01/1899", none, ymd(1899, 1, 1)},
		{"3 mai 1985", none, ymd(1985, 5, 3)},
		{"2199-01-01", none, ymd(2199, 1, 1)},
		{"01/01/1300", none, ymd(1882, 11, 12)}, // Hijri, converted
		{"il y a 40 ans", ref, ymd(1984, 5, 30)},
		{"2024-05-03", none, ymd(2024, 5, 3)}, // what Parse reads, unchanged
		{"0000-00-00", none, none},
		{"31/02/1980", none, none},
		{"Publish date", ref, none},
		{"", ref, none},
	}
	for _, tc := range tests {
		got, ok := ParseAnyYear(tc.in, tc.ref)
		if ok != !tc.want.IsZero() || (ok && !got.Equal(tc.want)) {
			t.Errorf("ParseAnyYear(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
		// Parse agrees within its years and refuses the others.
		p, pok := Parse(tc.in, tc.ref)
		inRange := ok && got.Year() >= minYear && got.Year() <= maxYear
		if pok != inRange || (pok && !p.Equal(got)) {
			t.Errorf("Parse(%q) = %v, %v; ParseAnyYear gives %v", tc.in, p, pok, got)
		}
	}
}

// TestHijriNewYears checks the tabular calendar on known new years
// (1 Muharram) from the tabular tables.
func TestHijriNewYears(t *testing.T) {
	for y, want := range map[int]time.Time{
		1420: ymd(1999, 4, 17), 1440: ymd(2018, 9, 11),
		1445: ymd(2023, 7, 19), 1446: ymd(2024, 7, 7),
	} {
		got, ok := Hijri(y, 1, 1)
		if diff := got.Sub(want).Hours() / 24; !ok || diff < -1 || diff > 1 {
			t.Errorf("Hijri(%d, 1, 1) = %v, want %v ±1 day", y, got.Format(time.DateOnly), want.Format(time.DateOnly))
		}
	}
	// Consecutive Hijri days are consecutive Gregorian days over a cycle.
	prev, _ := Hijri(1440, 1, 1)
	for y := 1440; y < 1470; y++ {
		for m := 1; m <= 12; m++ {
			for d := 1; d <= 29; d++ {
				if y == 1440 && m == 1 && d == 1 {
					continue
				}
				got, _ := Hijri(y, m, d)
				step := got.Sub(prev).Hours() / 24
				if !(step == 1 || d == 1 && step == 2) { // 2: after a 30th day
					t.Fatalf("%d/%d/%d: step of %v days", d, m, y, step)
				}
				prev = got
			}
		}
	}
}

// TestDevDates parses the date fields of the development sets.
func TestDevDates(t *testing.T) {
	tests := []struct {
		file, field string
		ref         time.Time
		minShare    float64
	}{
		{"ar-jadarat-dev.jsonl", "date", time.Time{}, 0.97},                                                  // 13 lines say "Publish date"
		{"ma-marocannonces-postings.jsonl", "date_text", time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC), 0.99}, // scraped end of May 2024
		{"ma-rekrute-postings.jsonl", "date", time.Time{}, 0.99},
		{"fr-ft-postings-unlabelled.jsonl", "date", time.Time{}, 0.99},
	}
	for _, tc := range tests {
		raw, err := os.ReadFile(testenv.EvalFile(t, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		ok, total := 0, 0
		var bad []string
		lo, hi := time.Date(3000, 1, 1, 0, 0, 0, 0, time.UTC), time.Time{}
		for line := range strings.Lines(string(raw)) {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatal(err)
			}
			s, _ := m[tc.field].(string)
			total++
			d, good := Parse(s, tc.ref)
			if !good {
				bad = append(bad, s)
				continue
			}
			ok++
			if d.Before(lo) {
				lo = d
			}
			if d.After(hi) {
				hi = d
			}
		}
		share := float64(ok) / float64(total)
		t.Logf("%s %s: %d/%d parsed (%.1f%%), %s … %s; failures: %q", tc.file, tc.field, ok, total, 100*share,
			lo.Format(time.DateOnly), hi.Format(time.DateOnly), bad[:min(len(bad), 5)])
		if share < tc.minShare {
			t.Errorf("%s: %.3f parsed, want ≥ %.2f", tc.file, share, tc.minShare)
		}
		if lo.Year() < 2022 || hi.Year() > 2026 {
			t.Errorf("%s: dates range %v … %v", tc.file, lo, hi)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024-05-03", "03/05/2024", "25/05/1444", "3 mai 2024", "29 May-17:34", "il y a 3 jours", "منذ 3 أيام", "déc. 2023", "May 3, 2024", "hier", "\xff"} {
		f.Add(s)
	}
	ref := time.Date(2024, 5, 30, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		for _, r := range []time.Time{ref, {}} {
			d, ok := Parse(s, r)
			if !ok {
				if !d.IsZero() {
					t.Fatalf("Parse(%q) not ok but returned %v", s, d)
				}
				continue
			}
			if d.Year() < minYear || d.Year() > maxYear {
				t.Fatalf("Parse(%q) = %v: absurd year", s, d)
			}
		}
	})
}

func BenchmarkParse(b *testing.B) {
	ref := time.Date(2024, 5, 30, 12, 0, 0, 0, time.UTC)
	in := []string{"2024-05-03", "05/05/2025", "25/05/1444", "29 May-17:34", "il y a 3 jours", "Publish date"}
	for b.Loop() {
		for _, s := range in {
			Parse(s, ref)
		}
	}
}

func TestReference(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time // zero: not ok
	}{
		{"2024-06-01T08:30:00Z", time.Date(2024, 6, 1, 8, 30, 0, 0, time.UTC)},
		{"2024-06-01", ymd(2024, 6, 1)},
		{" 01/06/2024 ", ymd(2024, 6, 1)},
		{"1717230600", time.Date(2024, 6, 1, 8, 30, 0, 0, time.UTC)},
		{"1717230600000", time.Date(2024, 6, 1, 8, 30, 0, 0, time.UTC)},
		{"12345", time.Time{}},          // neither seconds nor milliseconds
		{"99999999999999", time.Time{}}, // too long
		{"hier", time.Time{}},           // a reference needs none itself
		{"29 May-17:34", time.Time{}},
		{"", time.Time{}},
	}
	for _, tc := range tests {
		got, ok := Reference(tc.in)
		if ok != !tc.want.IsZero() || (ok && !got.Equal(tc.want)) {
			t.Errorf("Reference(%q) = %v, %v; want %v", tc.in, got, ok, tc.want)
		}
	}
	// The MarocAnnonces case: a year-less date read against its scrape date.
	ref, _ := Reference("2024-06-01T08:30:00Z")
	if got, ok := Parse("29 May-17:34", ref); !ok || !got.Equal(time.Date(2024, 5, 29, 17, 34, 0, 0, time.UTC)) {
		t.Errorf("29 May-17:34 against %v: %v %v", ref, got, ok)
	}
}
