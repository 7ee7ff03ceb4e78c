package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
	"time"

	"marsad/corpus/dates"
	"marsad/corpus/posting"
)

// direct is a count made straight from the raw files.
type direct map[string]map[string]int64 // period label → key → count

func (d direct) add(period, key string) {
	if d[period] == nil {
		d[period] = map[string]int64{}
	}
	d[period][key]++
}

// fromReport turns a report into the same shape, dropping zeros.
func fromReport(r *TrendReport) direct {
	d := direct{}
	for _, s := range r.Series {
		for i, p := range r.Periods {
			if s.Counts[i] > 0 {
				if d[p.Label] == nil {
					d[p.Label] = map[string]int64{}
				}
				d[p.Label][s.Key] = s.Counts[i]
			}
		}
	}
	return d
}

// testTrendsMatchFiles checks trend answers on the tagged dev files
// against counts made directly from the files with the same classifier,
// date parser and place resolver.
func testTrendsMatchFiles(t *testing.T, db *DB, paths []string) {
	ctx := context.Background()
	fc := fakeClassifier{}
	type row struct {
		source, month, year, rome, region string
		skills                            []string
		dated                             bool
	}
	var rows []row
	seen := map[string]bool{}
	romeN := map[string]int{}
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		recs, _ := readAll(t, p)
		for _, rec := range recs {
			ps := rec.Posting
			if seen[ps.Source+"\x00"+ps.ID] {
				continue
			}
			seen[ps.Source+"\x00"+ps.ID] = true
			res := fc.Classify(ctx, ps, 3)
			r := row{source: ps.Source, rome: res.ROME[0].Code}
			for _, s := range res.Skills {
				r.skills = append(r.skills, s.Code)
			}
			loc := ps.Location
			if loc == "" {
				loc = ps.Title
			}
			pl := testPlace(loc)
			r.region = string(pl.Kind)
			if pl.Region != "" {
				r.region = pl.Region
			}
			// The store's rule: absolute dates first, then the file's
			// modification time as the reference for relative ones.
			d, ok := dates.ParseAnyYear(ps.Date, time.Time{})
			if !ok {
				d, ok = dates.ParseAnyYear(ps.Date, fi.ModTime())
			}
			if ok {
				r.dated, r.month, r.year = true, d.Format("2006-01"), d.Format("2006")
			}
			rows = append(rows, r)
			romeN[r.rome]++
		}
	}
	topRome, undated := "", int64(0)
	for k, n := range romeN {
		if n > romeN[topRome] || (n == romeN[topRome] && k < topRome) {
			topRome = k
		}
	}
	bySource, byRome, bySkill, byRegionRome := direct{}, direct{}, direct{}, direct{}
	for _, r := range rows {
		if !r.dated {
			undated++
			continue
		}
		bySource.add(r.month, r.source)
		byRome.add(r.year, r.rome)
		if r.rome == topRome {
			for _, s := range r.skills {
				bySkill.add(r.month, s)
			}
		}
		if r.region == "casablanca-settat" {
			byRegionRome.add(r.month, r.rome)
		}
	}
	for _, c := range []struct {
		name string
		q    TrendQuery
		want direct
	}{
		{"source by month", TrendQuery{By: "source", Interval: Month}, bySource},
		{"rome by year", TrendQuery{By: "rome", Interval: Year}, byRome},
		{"skills of the top rome", TrendQuery{By: "skill", Interval: Month, Filters: []Filter{{"rome", topRome}}}, bySkill},
		{"rome in casablanca", TrendQuery{By: "rome", Interval: Month, Filters: []Filter{{"region", "casablanca-settat"}}}, byRegionRome},
	} {
		t.Run(c.name, func(t *testing.T) {
			c.q.Top, c.q.IncludeDuplicates = -1, true
			rep, err := db.Trends(ctx, c.q)
			if err != nil {
				t.Fatal(err)
			}
			if rep.Method != "counters" {
				t.Errorf("answered by %s, want counters", rep.Method)
			}
			if got := fromReport(rep); !reflect.DeepEqual(got, c.want) {
				n := 0
				for p, m := range c.want {
					for k, w := range m {
						if got[p][k] != w && n < 10 {
							t.Errorf("%s %s: got %d, files say %d", p, k, got[p][k], w)
							n++
						}
					}
				}
				for p, m := range got {
					for k, g := range m {
						if c.want[p][k] == 0 && n < 10 {
							t.Errorf("%s %s: got %d, not in the files", p, k, g)
							n++
						}
					}
				}
			}
			if rep.UnknownDate != undated && len(c.q.Filters) == 0 {
				t.Errorf("unknown dates %d, files have %d", rep.UnknownDate, undated)
			}
		})
	}
	// Unique counts: counters against a scan of the stored postings, for
	// every dimension by month and a few by the other intervals.
	type qc struct {
		by   string
		iv   Interval
		dups bool
	}
	var qs []qc
	for _, by := range DimNames() {
		qs = append(qs, qc{by, Month, false})
	}
	qs = append(qs, qc{"rome", Day, false}, qc{"skill", Week, false}, qc{"region", Week, true}, qc{"isco2", Quarter, false}, qc{"source", Year, true}, qc{"lang", Day, true})
	for _, c := range qs {
		q := TrendQuery{By: c.by, Interval: c.iv, Top: -1, IncludeDuplicates: c.dups}
		a, err := db.trends(ctx, q, false)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := db.trends(ctx, q, true)
		a.Method, b.Method = "", ""
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s by %s, duplicates %v: counters and scan differ", c.by, c.iv, c.dups)
		}
	}
}

func TestTrendsPeriods(t *testing.T) {
	for _, c := range []struct {
		iv    Interval
		day   string
		label string
		start string
	}{
		{Day, "2025-05-07", "2025-05-07", "2025-05-07"},
		{Week, "2025-05-07", "2025-W19", "2025-05-05"},
		{Week, "2025-01-01", "2025-W01", "2024-12-30"},
		{Month, "2025-05-07", "2025-05", "2025-05-01"},
		{Quarter, "2025-05-07", "2025-Q2", "2025-04-01"},
		{Year, "2025-05-07", "2025", "2025-01-01"},
		{Week, "1970-01-01", "1970-W01", "1969-12-29"},
	} {
		d, _ := time.Parse(time.DateOnly, c.day)
		p := periodIndex(c.iv, dayOf(d))
		if l, s := periodLabel(c.iv, p), periodStart(c.iv, p).Format(time.DateOnly); l != c.label || s != c.start {
			t.Errorf("%s %s: %s from %s, want %s from %s", c.iv, c.day, l, s, c.label, c.start)
		}
	}
}

func TestTrendsGrowth(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "g.db"))
	var ps []postingSpec
	// 2024-03: 2 postings; 2025-02: 4; 2025-03: 6 of the same title; one
	// in April, so that the stored dates cover March whole.
	for i, n := range map[string]int{"2024-03-10": 2, "2025-02-10": 4, "2025-03-10": 6, "2025-04-02": 1} {
		for j := range n {
			ps = append(ps, postingSpec{id: fmt.Sprintf("%s-%d", i, j), date: i})
		}
	}
	tagSpecs(t, db, ps)
	rep, err := db.Trends(context.Background(), TrendQuery{By: "source", Interval: Month, From: day("2025-02-01"), To: day("2025-03-31"), IncludeDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Periods) != 2 || len(rep.Series) != 1 {
		t.Fatalf("report %+v", rep)
	}
	s := rep.Series[0]
	if s.Counts[0] != 4 || s.Counts[1] != 6 || s.Shares[1] != 1 {
		t.Errorf("counts %v shares %v", s.Counts, s.Shares)
	}
	if s.Growth[1] == nil || *s.Growth[1] != 0.5 || s.YoY[1] == nil || *s.YoY[1] != 2 || s.YoY[0] != nil {
		t.Errorf("growth %v yoy %v", s.Growth, s.YoY)
	}
	if len(rep.Rising) != 1 || rep.Rising[0].Change != 2 || rep.MoversPeriod != "2025-03" || rep.MoversBase != "2025-02" {
		t.Errorf("rising %+v in %s against %s", rep.Rising, rep.MoversPeriod, rep.MoversBase)
	}
	// Unique only: every posting repeats the first, so one per period at most.
	rep, _ = db.Trends(context.Background(), TrendQuery{By: "source", Interval: Year})
	if rep.Series[0].Total != 1 {
		t.Errorf("unique total %d, want 1 (all are repeats)", rep.Series[0].Total)
	}
	if _, err := db.Trends(context.Background(), TrendQuery{By: "nope"}); err == nil {
		t.Error("unknown dimension accepted")
	}
	if _, err := db.Trends(context.Background(), TrendQuery{By: "rome", Interval: "fortnight"}); err == nil {
		t.Error("unknown interval accepted")
	}
}

// TestTrendsPartialPeriods: the periods the stored dates begin or end
// inside are marked, and the movers compare the last whole period with
// the one before: March, where the data stop on the 10th, would show
// every key falling.
func TestTrendsPartialPeriods(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "p.db"))
	var ps []postingSpec
	for i, n := range map[string]int{"2025-01-20": 2, "2025-02-10": 5, "2025-03-10": 1} {
		for j := range n {
			ps = append(ps, postingSpec{id: fmt.Sprintf("%s-%d", i, j), date: i})
		}
	}
	tagSpecs(t, db, ps)
	rep, err := db.Trends(context.Background(), TrendQuery{By: "source", Interval: Month, IncludeDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	var partial []bool
	for _, p := range rep.Periods {
		partial = append(partial, p.Partial)
	}
	if !slices.Equal(partial, []bool{true, false, true}) {
		t.Errorf("partial = %v, want January and March", partial)
	}
	if rep.MoversPeriod != "2025-02" || rep.MoversBase != "2025-01" || len(rep.Rising) != 1 || rep.Rising[0].Change != 3 || len(rep.Falling) != 0 {
		t.Errorf("movers in %s against %s: rising %+v, falling %+v; want February's +3 on January", rep.MoversPeriod, rep.MoversBase, rep.Rising, rep.Falling)
	}
	// By year, the one period is partial: it is compared all the same,
	// with the year before (nothing).
	rep, err = db.Trends(context.Background(), TrendQuery{By: "source", Interval: Year, IncludeDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Periods) != 1 || !rep.Periods[0].Partial || rep.MoversPeriod != "2025" || len(rep.Rising) != 1 {
		t.Errorf("by year: %+v, movers in %s: %+v", rep.Periods, rep.MoversPeriod, rep.Rising)
	}
	// By quarter, January–March is one partial quarter after one before
	// the store's dates (neither partial nor covered): with no quarter
	// covered whole, the last is compared with the one before.
	rep, err = db.Trends(context.Background(), TrendQuery{By: "source", Interval: Quarter, From: day("2024-10-01"), IncludeDuplicates: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Periods) != 2 || rep.Periods[0].Partial || !rep.Periods[1].Partial || rep.MoversPeriod != "2025-Q1" {
		t.Errorf("by quarter: %+v, movers in %s against %s", rep.Periods, rep.MoversPeriod, rep.MoversBase)
	}
}

type postingSpec struct{ id, date string }

func tagSpecs(t *testing.T, db *DB, specs []postingSpec) {
	t.Helper()
	var ps []posting.Posting
	for _, s := range specs {
		ps = append(ps, posting.Posting{ID: s.id, Title: "Comptable", Company: "ACME", Date: s.date})
	}
	if _, _, err := testTagger(t, db, TagOptions{}).TagPostings(context.Background(), ps, "src"); err != nil {
		t.Fatal(err)
	}
}

func day(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }

// TestParseDimISCO: "isco" is the unit group, for --by and --filter as
// for the API's by (the CLI refused it while the API took it).
func TestParseDimISCO(t *testing.T) {
	for _, s := range []string{"isco", "isco4"} {
		if d, err := ParseDim(s); err != nil || d != DimISCO4 {
			t.Errorf("ParseDim(%q) = %v, %v; want isco4", s, d, err)
		}
	}
	if _, err := ParseDim("isco5"); err == nil {
		t.Error(`ParseDim("isco5") accepted`)
	}
}
