package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"marsad/corpus/posting"
)

// benchSource holds the dev files' postings that benchmark postings are
// made from.
func benchSource(b *testing.B) []posting.Posting {
	var src []posting.Posting
	for _, p := range devPaths(b) {
		recs, _ := readAll(b, p)
		for _, r := range recs {
			src = append(src, r.Posting)
		}
	}
	return src
}

// benchPosting makes posting i from the real dev postings, with a fresh
// id and a date: in file order with the density of 1 M postings over two
// years (1,370 a day), a little out of order, as scraped files are.
func benchPosting(src []posting.Posting, i int) posting.Posting {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	p := src[i%len(src)]
	p.ID = fmt.Sprintf("b%d", i)
	if i >= len(src) { // beyond one copy: vary the text so not all are repeats
		p.Title = fmt.Sprintf("%s %d", p.Title, i/len(src))
		p.Description = fmt.Sprintf("%s (%d)", p.Description, i)
	}
	p.Date = base.AddDate(0, 0, i/1370+(i*7919)%3).Format(time.DateOnly)
	return p
}

func benchPostings(b *testing.B, n int) []posting.Posting {
	src := benchSource(b)
	out := make([]posting.Posting, n)
	for i := range out {
		out[i] = benchPosting(src, i)
	}
	return out
}

// BenchmarkWriter measures the writer alone: an instant classifier,
// batches of 2,000, fsync on.
func BenchmarkWriter(b *testing.B) {
	ps := benchPostings(b, 20000)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), "w.db"), Options{NoSync: os.Getenv("NOSYNC") != ""})
		if err != nil {
			b.Fatal(err)
		}
		tg := testTagger(b, db, TagOptions{BatchSize: 2000})
		b.StartTimer()
		start := time.Now()
		sum, _, err := tg.TagPostings(context.Background(), ps, "")
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(sum.Tagged)/time.Since(start).Seconds(), "postings/s")
		b.StopTimer()
		st, _ := db.Stats(context.Background())
		b.ReportMetric(float64(st.SizeBytes)/float64(st.Postings), "bytes/posting")
		logBuckets(b, db)
		db.Close()
	}
}

// BenchmarkTrends writes MARSAD_BENCH_N (default 100,000) postings made
// from the real dev files, with the date density of 1 M postings over two
// years, then times typical queries and reports their p95.
func BenchmarkTrends(b *testing.B) {
	n := 100_000
	if v, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_N")); err == nil && v > 0 {
		n = v
	}
	db, err := Open(filepath.Join(b.TempDir(), "trends.db"), Options{NoSync: true})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	src := benchSource(b)
	start := time.Now()
	tg := testTagger(b, db, TagOptions{BatchSize: 5000})
	for i := 0; i < n; i += 20_000 { // in chunks: 1 M postings do not fit in memory at once
		ps := make([]posting.Posting, 0, 20_000)
		for j := i; j < n && j < i+20_000; j++ {
			ps = append(ps, benchPosting(src, j))
		}
		if _, _, err := tg.TagPostings(context.Background(), ps, ""); err != nil {
			b.Fatal(err)
		}
	}
	st, _ := db.Stats(context.Background())
	b.Logf("%d postings written in %v: %.0f MiB, %.0f bytes/posting", st.Postings, time.Since(start).Round(time.Second),
		float64(st.SizeBytes)/(1<<20), float64(st.SizeBytes)/float64(st.Postings))
	logBuckets(b, db)
	top, _ := db.Trends(context.Background(), TrendQuery{By: "rome", Interval: Year, Top: 1})
	queries := []struct {
		name string
		q    TrendQuery
	}{
		{"rome-month", TrendQuery{By: "rome", Interval: Month}},
		{"isco4-quarter", TrendQuery{By: "isco4", Interval: Quarter}},
		{"region-week", TrendQuery{By: "region", Interval: Week}},
		{"skill-week", TrendQuery{By: "skill", Interval: Week}},
		{"rome-day-90d", TrendQuery{By: "rome", Interval: Day, From: day(st.LastDate).AddDate(0, 0, -90)}},
		{"skill-of-rome-month", TrendQuery{By: "skill", Interval: Month, Filters: []Filter{{"rome", top.Series[0].Key}}}},
		{"rome-in-casablanca-month", TrendQuery{By: "rome", Interval: Month, Filters: []Filter{{"region", "casablanca-settat"}}}},
		{"rome-dups-year", TrendQuery{By: "rome", Interval: Year, IncludeDuplicates: true}},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			var ds []time.Duration
			for range b.N {
				t0 := time.Now()
				rep, err := db.Trends(context.Background(), q.q)
				if err != nil {
					b.Fatal(err)
				}
				if rep.Method != "counters" {
					b.Fatalf("answered by %s", rep.Method)
				}
				ds = append(ds, time.Since(t0))
			}
			slices.Sort(ds)
			b.ReportMetric(float64(ds[len(ds)*95/100].Microseconds())/1000, "p95-ms")
		})
	}
}

func logBuckets(b *testing.B, db *DB) {
	db.bolt.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, bk *bolt.Bucket) error {
			bs := bk.Stats()
			b.Logf("%-9s keys %8d  leaf %6.1f MiB in use of %6.1f MiB, branch %5.1f MiB", name, bs.KeyN,
				float64(bs.LeafInuse)/(1<<20), float64(bs.LeafAlloc)/(1<<20), float64(bs.BranchAlloc)/(1<<20))
			return nil
		})
	})
}
