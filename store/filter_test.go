package store

import (
	"context"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"marsad/corpus/posting"
)

func TestParseFilter(t *testing.T) {
	const occ = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
	for _, c := range []struct {
		in   string
		want Filter // zero: refused
		err  string // in the error
	}{
		{"rome=M1805", Filter{"rome", "M1805"}, ""},
		{"rome=m1805", Filter{"rome", "M1805"}, ""},
		{"rome:m1805", Filter{"rome", "M1805"}, ""},
		{"ROME= M1805 ", Filter{"rome", "M1805"}, ""},
		{"rome=unknown", Filter{"rome", "unknown"}, ""},
		{"rome-parent=m1805", Filter{"rome-parent", "M1805"}, ""},
		{"rome-domain=m18", Filter{"rome-domain", "M18"}, ""},
		{"region=casablanca-settat", Filter{"region", "casablanca-settat"}, ""},
		{"region=Casablanca-Settat", Filter{"region", "casablanca-settat"}, ""},
		{"region=CASABLANCA SETTAT", Filter{"region", "casablanca-settat"}, ""},
		{"region=Grand Casablanca", Filter{"region", "casablanca-settat"}, ""},
		{"region=الدار البيضاء سطات", Filter{"region", "casablanca-settat"}, ""},
		{"region=Fès-Meknès", Filter{"region", "fes-meknes"}, ""},
		{"region:oriental", Filter{"region", "oriental"}, ""},
		{"region=Remote", Filter{"region", "remote"}, ""},
		{"region=abroad", Filter{"region", "abroad"}, ""},
		{"region=morocco", Filter{"region", "morocco"}, ""},
		{"isco4=2512", Filter{"isco4", "2512"}, ""},
		{"isco1=2", Filter{"isco1", "2"}, ""},
		{"esco=" + occ, Filter{"esco", occ}, ""},
		{"esco:" + occ, Filter{"esco", occ}, ""},
		{"esco=F2B15A0E-E65A-438A-AFFB-29B9D50B77D1", Filter{"esco", occ}, ""},
		{"skill=ccd0a1d9-afda-43d9-b901-96344886e14d", Filter{"skill", "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"}, ""},
		{"skill=100001", Filter{"skill", "100001"}, ""},
		{"lang=FR", Filter{"lang", "fr"}, ""},
		{"source=Rekrute", Filter{"source", "Rekrute"}, ""}, // resolved against the store
		{"rome", Filter{}, `filter "rome": want dim=value`},
		{"rome=", Filter{}, "want dim=value"},
		{"colour=red", Filter{}, `unknown dimension "colour"`},
		{"rome=ZZZZ", Filter{}, "filter rome=ZZZZ: not a ROME fiche code"},
		{"rome=M18", Filter{}, "not a ROME fiche code"},
		{"rome-domain=M", Filter{}, "not a ROME domaine professionnel"},
		{"region=mars", Filter{}, "filter region=mars: not one of Morocco's 12 regions (tanger-tetouan-al-hoceima, "},
		{"region=casablanca", Filter{}, "its region is region=casablanca-settat"},
		{"region=Casablanca-Settat, Rabat", Filter{}, "not one of Morocco's 12 regions"},
		{"isco2=2512", Filter{}, "not an ISCO-08 code of 2 digit(s)"},
		{"esco=2512.4", Filter{}, "not an ESCO occupation URI or UUID"},
		{"skill=Python", Filter{}, "not an ESCO skill URI or UUID, or a ROME OGR code"},
		{"lang=french", Filter{}, "want fr, ar, en, und or unknown"},
	} {
		got, err := ParseFilter(c.in)
		if c.err == "" {
			if err != nil || got != c.want {
				t.Errorf("%q: %+v, %v; want %+v", c.in, got, err, c.want)
			}
			continue
		}
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Param != "filter" || !strings.Contains(err.Error(), c.err) {
			t.Errorf("%q: %+v, %v; want a filter error with %q", c.in, got, err, c.err)
		}
	}
}

// TestTrendsFilterValues: a query built without ParseFilter is normalised
// too, and a source is found among the stored ones whatever its case.
func TestTrendsFilterValues(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "f.db"))
	tagSpecs(t, db, []postingSpec{{"1", "2025-02-10"}, {"2", "2025-03-10"}}) // source "src"
	ctx := context.Background()
	rep, err := db.Trends(ctx, TrendQuery{By: "source", Filters: []Filter{{"SOURCE", "SRC"}}})
	if err != nil {
		t.Fatal(err)
	}
	if f := rep.Query.Filters; len(f) != 1 || f[0] != (Filter{"source", "src"}) || len(rep.Series) != 1 || rep.Series[0].Total != 1 {
		t.Errorf("source=SRC: filters %+v, series %+v", f, rep.Series)
	}
	for _, f := range []Filter{{"source", "rekrute"}, {"region", "mars"}, {"rome", "ZZZZ"}} {
		_, err := db.Trends(ctx, TrendQuery{By: "rome", Filters: []Filter{f}})
		var qe *QueryError
		if !errors.As(err, &qe) || qe.Param != "filter" || !strings.Contains(err.Error(), f.Dim+"="+f.Value) {
			t.Errorf("%+v: %v; want a QueryError naming it", f, err)
		}
	}
	if _, err := db.Trends(ctx, TrendQuery{By: "rome", Filters: []Filter{{"source", "nope"}}}); err == nil || !strings.Contains(err.Error(), "sources: src") {
		t.Errorf("unknown source: %v; want the stored sources listed", err)
	}
	// A posting has one region, one source...: two of them count nothing,
	// and are refused rather than answered with zeros. Two skills are
	// postings that ask for both; one value twice is that value.
	for _, tc := range []struct {
		filters []Filter
		refused bool
	}{
		{[]Filter{{"region", "casablanca-settat"}, {"region", "Rabat-Salé-Kénitra"}}, true},
		{[]Filter{{"isco", "2512"}, {"isco4", "2511"}}, true},
		{[]Filter{{"region", "casablanca-settat"}, {"lang", "fr"}}, false},
		{[]Filter{{"source", "src"}, {"source", "SRC"}}, false},
		{[]Filter{{"skill", "100001"}, {"skill", "100002"}}, false},
	} {
		_, err := db.Trends(ctx, TrendQuery{By: "rome", Filters: tc.filters})
		var qe *QueryError
		if refused := errors.As(err, &qe) && qe.Param == "filter" && strings.Contains(err.Error(), "count nothing"); refused != tc.refused || !refused && err != nil {
			t.Errorf("%+v: %v; refused %v, want %v", tc.filters, err, refused, tc.refused)
		}
	}
}

// TestTrendsSourceCase: sources are stored as the files spell them, so
// "Rekrute" and "rekrute" are two; a source filter counts both, in any
// case, from the counters and from a scan of the postings alike.
func TestTrendsSourceCase(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	ctx := context.Background()
	tg := testTagger(t, db, TagOptions{})
	for _, b := range []struct {
		source string
		ids    []string
	}{{"Rekrute", []string{"1", "2"}}, {"rekrute", []string{"3"}}, {"Emploi", []string{"4"}}} {
		var ps []posting.Posting
		for _, id := range b.ids {
			ps = append(ps, posting.Posting{ID: id, Title: "Comptable " + id, Company: "ACME", Date: "2025-02-1" + id})
		}
		if _, _, err := tg.TagPostings(ctx, ps, b.source); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		value    string
		interval Interval
		scan     bool
		want     int64
		echo     string // the filter value the report says it used
	}{
		{"REKRUTE", Month, false, 3, "Rekrute"},
		{"rekrute", Month, false, 3, "rekrute"},
		{"Rekrute", Month, false, 3, "Rekrute"},
		{"REKRUTE", Day, false, 3, "Rekrute"}, // no day pairs: a scan
		{"REKRUTE", Month, true, 3, "Rekrute"},
		{"emploi", Year, false, 1, "Emploi"},
	} {
		rep, err := db.trends(ctx, TrendQuery{By: "rome", Interval: tc.interval, Filters: []Filter{{"source", tc.value}}}, tc.scan)
		if err != nil {
			t.Fatalf("source=%s by %s: %v", tc.value, tc.interval, err)
		}
		var total int64
		for _, p := range rep.Periods {
			total += p.Total
		}
		if total != tc.want || rep.Query.Filters[0].Value != tc.echo {
			t.Errorf("source=%s by %s (scan %v, %s): %d postings, filter %q; want %d, %q",
				tc.value, tc.interval, tc.scan, rep.Method, total, rep.Query.Filters[0].Value, tc.want, tc.echo)
		}
	}
}

// TestTrendsSize: reports are bounded to MaxPeriods periods and MaxCells
// periods × top, and the ordinary sizes still fit.
func TestTrendsSize(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	ctx := context.Background()
	for _, c := range []struct {
		iv       Interval
		from, to string
		top      int
		param    string // "" = answered
	}{
		{Day, "1900-01-01", "2100-12-31", 10, "interval"},
		{Day, "2015-01-01", "2024-12-31", 10, ""}, // ten years by day
		{Day, "2015-01-01", "2024-12-31", -1, ""}, // all keys: periods only
		{Day, "2023-01-01", "2024-12-31", 100, "top"},
		{Week, "2015-01-01", "2024-12-31", 50, ""},
		{Month, "1985-01-01", "2024-12-31", 100, ""}, // top 100 over 40 years
		{Month, "1925-01-01", "2024-12-31", 10, ""},  // a century
		{Year, "1900-01-01", "2100-12-31", 100, ""},
	} {
		rep, err := db.Trends(ctx, TrendQuery{By: "skill", Interval: c.iv, From: day(c.from), To: day(c.to), Top: c.top})
		var qe *QueryError
		switch {
		case c.param == "" && err != nil:
			t.Errorf("%s %s…%s top %d: %v", c.iv, c.from, c.to, c.top, err)
		case c.param == "" && len(rep.Periods) > MaxPeriods:
			t.Errorf("%s %s…%s: %d periods", c.iv, c.from, c.to, len(rep.Periods))
		case c.param != "" && (!errors.As(err, &qe) || qe.Param != c.param || !strings.Contains(qe.Msg, "coarser interval or a shorter range")):
			t.Errorf("%s %s…%s top %d: %v; want a QueryError on %s", c.iv, c.from, c.to, c.top, err, c.param)
		}
	}
}

// TestTrendsEmptyLists: an empty report prints [] for its lists, as the
// API does, never null.
func TestTrendsEmptyLists(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "e.db"))
	for _, q := range []TrendQuery{{By: "rome"}, {By: "rome", From: day("2025-01-01"), To: day("2025-03-31")}} {
		rep, err := db.Trends(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(rep)
		for _, k := range []string{"periods", "series", "rising", "falling"} {
			if strings.Contains(string(b), `"`+k+`":null`) {
				t.Errorf("%s is null: %s", k, b)
			}
		}
	}
}

// TestTrendsOneBoundOutside: --from after the last posting, or --to
// before the first, is the period asked for, all zero, not a report whose
// from is after its to.
func TestTrendsOneBoundOutside(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "b.db"))
	tagSpecs(t, db, []postingSpec{{"1", "2025-02-10"}, {"2", "2025-03-10"}})
	for _, c := range []struct {
		q        TrendQuery
		from, to string
	}{
		{TrendQuery{By: "rome", From: day("2027-01-01")}, "2027-01-01", "2027-01-31"},
		{TrendQuery{By: "rome", To: day("2020-06-30")}, "2020-06-01", "2020-06-30"},
		{TrendQuery{By: "rome", Interval: Year, From: day("2025-03-01")}, "2025-01-01", "2025-12-31"},
	} {
		rep, err := db.Trends(context.Background(), c.q)
		if err != nil {
			t.Fatal(err)
		}
		if rep.From != c.from || rep.To != c.to || len(rep.Periods) != 1 {
			t.Errorf("from %v to %v: report %s … %s, %d periods; want %s … %s, 1 period",
				c.q.From.Format(time.DateOnly), c.q.To.Format(time.DateOnly), rep.From, rep.To, len(rep.Periods), c.from, c.to)
		}
	}
}

func TestParseDay(t *testing.T) {
	for _, c := range []struct {
		in   string
		end  bool
		want string
	}{
		{"2025-02-14", false, "2025-02-14"},
		{"2025-02-14", true, "2025-02-14"},
		{"2025-02", false, "2025-02-01"},
		{"2025-02", true, "2025-02-28"},
		{"2024", true, "2024-12-31"},
		{"2024", false, "2024-01-01"},
	} {
		got, err := ParseDay(c.in, c.end)
		if err != nil || got.Format("2006-01-02") != c.want {
			t.Errorf("ParseDay(%q, %v) = %v, %v; want %s", c.in, c.end, got, err, c.want)
		}
	}
	for _, bad := range []string{"", "01/02/2025", "2025-13", "yesterday", "0001-01-01", "1899"} {
		if _, err := ParseDay(bad, false); err == nil {
			t.Errorf("ParseDay(%q) accepted", bad)
		}
	}
}
