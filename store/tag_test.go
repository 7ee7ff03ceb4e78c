package store

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"marsad/classifier"
	"marsad/corpus/posting"
	"marsad/internal/testenv"
)

func TestTagIdempotent(t *testing.T) {
	dir := t.TempDir()
	file, good := writeSynthetic(t, dir, 1500, 3)
	db := openTest(t, filepath.Join(dir, "t.db"))
	var report bytes.Buffer
	tg := testTagger(t, db, TagOptions{BatchSize: 300, Errors: &report})
	ctx := context.Background()
	s1, err := tg.TagFiles(ctx, []string{file})
	if err != nil {
		t.Fatal(err)
	}
	if s1.Tagged != int64(good) || s1.Errors != 3 || s1.Read != int64(good+3) {
		t.Fatalf("first run: %+v, want %d tagged, 3 errors", s1, good)
	}
	if s1.Duplicates < int64(good/8) {
		t.Errorf("only %d duplicates; the file repeats every 7th posting", s1.Duplicates)
	}
	// The error report: one JSON line per bad record, with file and line.
	lines := strings.Split(strings.TrimSpace(report.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("error report has %d lines, want 3:\n%s", len(lines), report.String())
	}
	for _, l := range lines {
		var er ErrorRecord
		if err := json.Unmarshal([]byte(l), &er); err != nil || er.File != file || er.Line < 1 || er.Reason == "" {
			t.Errorf("bad error line %q (%v)", l, err)
		}
	}
	before, _ := db.Stats(ctx)

	// Same file again: finished, nothing added.
	s2, err := tg.TagFiles(ctx, []string{file})
	if err != nil {
		t.Fatal(err)
	}
	if s2.Tagged != 0 || s2.Errors != 0 {
		t.Errorf("second run added %+v", s2)
	}
	// A copy under another name: known by its content, not read again.
	cp := filepath.Join(dir, "copy.jsonl")
	b, _ := os.ReadFile(file)
	os.WriteFile(cp, b, 0o644)
	s3, err := tg.TagFiles(ctx, []string{cp})
	if err != nil {
		t.Fatal(err)
	}
	if s3.Read != 0 || s3.Tagged != 0 || s3.Errors != 0 {
		t.Errorf("copy: %+v, want nothing read", s3)
	}
	after, _ := db.Stats(ctx)
	if after.Postings != before.Postings || after.Duplicates != before.Duplicates || after.Errors != before.Errors {
		t.Errorf("stats changed: %+v → %+v", before, after)
	}
	checkCountersMatchScan(t, db)
}

func TestTagPostings(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "api.db"))
	tg := testTagger(t, db, TagOptions{})
	ps := []posting.Posting{
		{ID: "1", Title: "Développeur Java", Description: "Spring Boot, microservices.", Location: "Casablanca", Date: "2025-03-02",
			Sector: "Informatique", Function: "Informatique - Développement"},
		{ID: "2", Title: "PANIC please", Date: "2025-03-02"},
		{ID: "3", Title: "", Description: ""},
		{ID: "4", Title: "Développeur Java", Description: "Spring Boot, microservices.", Location: "Casablanca", Date: "2025-03-05"}, // exact repeat
	}
	sum, res, err := tg.TagPostings(context.Background(), ps, "api-test")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Tagged != 2 || sum.Duplicates != 1 || sum.Errors != 2 {
		t.Errorf("summary %+v, want 2 tagged, 1 duplicate, 2 errors", sum)
	}
	if len(res) != 4 || len(res[0].ROME) == 0 || res[0].Model != "fake-1" || !strings.HasPrefix(res[1].Reason, "error:") {
		t.Errorf("results %+v", res)
	}
	sum, _, _ = tg.TagPostings(context.Background(), ps[:1], "api-test")
	if sum.Tagged != 0 || sum.Skipped != 1 {
		t.Errorf("repeat call: %+v", sum)
	}
	r, err := db.Posting(context.Background(), 1)
	if err != nil || r.Source != "api-test" || r.Tags.Date != "2025-03-02" || r.Tags.Region != "casablanca-settat" ||
		r.Sector != "Informatique" || r.Function != "Informatique - Développement" {
		t.Errorf("stored %+v (%v)", r, err)
	}
}

func TestRetag(t *testing.T) {
	dir := t.TempDir()
	file, good := writeSynthetic(t, dir, 800, 0)
	db := openTest(t, filepath.Join(dir, "r.db"))
	ctx := context.Background()
	if _, err := testTagger(t, db, TagOptions{}).TagFiles(ctx, []string{file}); err != nil {
		t.Fatal(err)
	}
	old, _ := db.Trends(ctx, TrendQuery{By: "rome", Interval: Year, Top: -1})
	tg := testTagger(t, db, TagOptions{Classifier: fakeClassifier{salt: "v2"}, Model: "fake-2", BatchSize: 300})
	s, err := tg.Retag(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.Retagged != int64(good) {
		t.Errorf("retagged %d, want %d", s.Retagged, good)
	}
	st, _ := db.Stats(ctx)
	if st.Model != "fake-2" || st.Postings != int64(good) {
		t.Errorf("stats after retag: %+v", st)
	}
	nw, _ := db.Trends(ctx, TrendQuery{By: "rome", Interval: Year, Top: -1})
	if len(old.Series) > 0 && len(nw.Series) > 0 && old.Series[0].Key == nw.Series[0].Key && old.Series[0].Total == nw.Series[0].Total {
		t.Errorf("retag with another model changed nothing in the trends")
	}
	checkCountersMatchScan(t, db)
	// Again: nothing left to do.
	if s, _ := tg.Retag(ctx); s.Retagged != 0 {
		t.Errorf("second retag did %d", s.Retagged)
	}
	db.Postings(ctx, func(r Record) bool {
		if r.Tags.Model != "fake-2" {
			t.Errorf("posting %d still at %s", r.ID, r.Tags.Model)
			return false
		}
		return true
	})
}

// TestDevFiles tags the real dev files once, checks the store against
// the files read directly, then runs the dedup and trend checks on it.
func TestDevFiles(t *testing.T) {
	paths := devPaths(t)
	db := openTest(t, filepath.Join(t.TempDir(), "dev.db"))
	ctx := context.Background()
	sum, err := testTagger(t, db, TagOptions{}).TagFiles(ctx, paths)
	if err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	var bad int
	for _, p := range paths {
		recs, b := readAll(t, p)
		bad += b
		for _, r := range recs {
			keys[r.Posting.Source+"\x00"+r.Posting.ID] = true
		}
	}
	st, _ := db.Stats(ctx)
	if st.Postings != int64(len(keys)) || st.Errors != int64(bad) {
		t.Errorf("stats %d postings %d errors, files hold %d distinct postings and %d bad records", st.Postings, st.Errors, len(keys), bad)
	}
	t.Logf("dev files: %+v; stats %+v", sum, st)
	checkCountersMatchScan(t, db)
	t.Run("dedup", func(t *testing.T) { testDedupDevFiles(t, db) })
	t.Run("trends", func(t *testing.T) { testTrendsMatchFiles(t, db, paths) })
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lock.db")
	db := openTest(t, path)
	start := time.Now()
	if _, err := Open(path, Options{Timeout: 100 * time.Millisecond}); err == nil || !strings.Contains(err.Error(), "locked") {
		t.Errorf("second writer: %v, want a lock error", err)
	}
	if time.Since(start) > 2*time.Second {
		t.Errorf("second open waited %v", time.Since(start))
	}
	// Read-only is no way around a writer: bbolt's shared flock conflicts
	// with the writer's exclusive one (flock locks belong to the open file,
	// so this holds within one process as across processes).
	if _, err := Open(path, Options{ReadOnly: true, Timeout: 100 * time.Millisecond}); !errors.Is(err, ErrLocked) {
		t.Errorf("read-only open under a writer: %v, want ErrLocked", err)
	}
	db.Close()
	// Readers share the file.
	r1, err1 := Open(path, Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	r2, err2 := Open(path, Options{ReadOnly: true, Timeout: 100 * time.Millisecond})
	if err1 != nil || err2 != nil {
		t.Fatalf("two readers: %v, %v", err1, err2)
	}
	r1.Close()
	r2.Close()
	// An older schema this code reads is upgraded by a writer, not by a reader.
	db = openTest(t, path)
	db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte{0, 0, 0, oldestSchema})
	})
	db.Close()
	schema := func() uint32 {
		t.Helper()
		r, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		var v uint32
		r.bolt.View(func(tx *bolt.Tx) error {
			v = binary.BigEndian.Uint32(tx.Bucket(bucketMeta).Get(keySchema))
			return nil
		})
		return v
	}
	if v := schema(); v != oldestSchema {
		t.Errorf("a reader changed schema %d to %d", oldestSchema, v)
	}
	openTest(t, path).Close()
	if v := schema(); v != SchemaVersion {
		t.Errorf("after a writer: schema %d, want %d", v, SchemaVersion)
	}
	// A newer schema is refused.
	db = openTest(t, path)
	db.bolt.Update(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketMeta).Put(keySchema, []byte{0, 0, 0, SchemaVersion + 1})
	})
	db.Close()
	if _, err := Open(path, Options{}); err == nil || !strings.Contains(err.Error(), "newer") {
		t.Errorf("newer schema: %v", err)
	}
	// Not a store, and no path.
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, bytes.Repeat([]byte("x"), 8192), 0o644)
	if _, err := Open(junk, Options{}); err == nil {
		t.Error("opened a junk file")
	}
	if _, err := Open("", Options{}); err == nil {
		t.Error("opened an empty path")
	}
	if _, err := Open(filepath.Join(dir, "missing.db"), Options{ReadOnly: true}); err == nil {
		t.Error("read-only open of a missing file succeeded")
	}
}

func TestStatsJSON(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "s.db"))
	testTagger(t, db, TagOptions{}).TagPostings(context.Background(), []posting.Posting{{ID: "1", Title: "Comptable", Company: "ACME", Date: "2025-01-02"}, {ID: "2", Title: "Comptable", Company: "ACME", Date: "bientôt"}}, "x")
	s, err := db.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(s)
	var m map[string]any
	json.Unmarshal(b, &m)
	for _, k := range []string{"postings", "duplicates", "errors", "sources", "first_date", "last_date", "model", "unknown_dates"} {
		if _, ok := m[k]; !ok {
			t.Errorf("stats JSON lacks %q: %s", k, b)
		}
	}
	if s.Postings != 2 || s.Duplicates != 1 || s.UnknownDates != 1 || s.FirstDate != "2025-01-02" || s.Sources["x"] != 2 {
		t.Errorf("stats %+v", s)
	}
}

// TestTagFixture reads a small fixture through the real posting reader:
// bad records (an empty one, a broken line) go to the error report with
// their line, and a gzipped copy adds nothing.
func TestTagFixture(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(testenv.RepoRoot(t), "testdata", "store", "postings.jsonl")
	db := openTest(t, filepath.Join(dir, "f.db"))
	var report bytes.Buffer
	tg := testTagger(t, db, TagOptions{Errors: &report})
	ctx := context.Background()
	sum, err := tg.TagFiles(ctx, []string{src})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Tagged != 6 || sum.Duplicates != 1 || sum.Errors != 2 || sum.Warnings != 1 {
		t.Errorf("summary %+v, want 6 tagged, 1 duplicate, 2 errors, 1 warning", sum)
	}
	var lines, warned []int
	db.Errors(ctx, func(er ErrorRecord) bool {
		if er.Warning {
			warned = append(warned, er.Line)
		} else {
			lines = append(lines, er.Line)
		}
		return true
	})
	// Line 8's date, "bientôt", is no date: stored undated, with a warning.
	if !slices.Equal(lines, []int{6, 7}) || !slices.Equal(warned, []int{8}) {
		t.Errorf("error lines %v, warnings %v; want [6 7], [8]\n%s", lines, warned, report.String())
	}
	// A gzipped copy: read, nothing new.
	b, _ := os.ReadFile(src)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(b)
	zw.Close()
	gzPath := filepath.Join(dir, "copy.jsonl.gz")
	os.WriteFile(gzPath, gz.Bytes(), 0o644)
	sum, err = tg.TagFiles(ctx, []string{gzPath})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Tagged != 0 || sum.Skipped != 6 {
		t.Errorf("gzipped copy: %+v", sum)
	}
	if _, err := tg.TagFiles(ctx, []string{filepath.Join(dir, "missing.jsonl")}); err == nil {
		t.Error("a missing file was accepted")
	}
	if _, err := tg.TagFiles(ctx, []string{filepath.Join(dir, "f.db")}); err == nil {
		t.Error("a file of unknown format was accepted")
	}
}

// TestScrapeDate checks the reference of relative and year-less dates:
// the posting's scrape date, else TagOptions.RefDate, else the file's
// modification time (MarocAnnonces writes "29 May-17:34").
func TestScrapeDate(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile(filepath.Join(testenv.RepoRoot(t), "testdata", "store", "scraped.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "scraped.jsonl")
	os.WriteFile(file, b, 0o644)
	mtime := time.Date(2023, 7, 1, 12, 0, 0, 0, time.UTC)
	if err := os.Chtimes(file, mtime, mtime); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	days := func(opt TagOptions, name string) map[string]string {
		db := openTest(t, filepath.Join(dir, name))
		if _, err := testTagger(t, db, opt).TagFiles(ctx, []string{file}); err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		db.Postings(ctx, func(r Record) bool { got[r.Key] = r.Tags.Date; return true })
		return got
	}
	own := map[string]string{
		"ma-1": "2024-05-29", // scraped_at 2024-06-01
		"ma-2": "2023-12-28", // crawled 2024-01-03: December is the year before
		"ma-4": "2024-05-29", // Unix time of 2024-06-01, three days before
		"ma-5": "2024-02-01", // absolute dates ignore the reference
	}
	for _, tc := range []struct {
		name     string
		opt      TagOptions
		ma3, ma6 string // postings without a (readable) scrape date
	}{
		{"ref-date.db", TagOptions{RefDate: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)}, "2025-05-29", "2025-03-03"},
		{"mtime.db", TagOptions{}, "2023-05-29", "2023-03-03"},
	} {
		got := days(tc.opt, tc.name)
		want := maps.Clone(own)
		want["ma-3"], want["ma-6"] = tc.ma3, tc.ma6
		if !maps.Equal(got, want) {
			t.Errorf("%s: dates %v\nwant %v", tc.name, got, want)
		}
	}
	// The API path: the posting's scrape date, else RefDate.
	db := openTest(t, filepath.Join(dir, "api.db"))
	tg := testTagger(t, db, TagOptions{RefDate: time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC)})
	ps := []posting.Posting{
		{ID: "a", Title: "Développeur Full Stack", Date: "29 May-17:34", Scraped: "2024-06-01"},
		{ID: "b", Title: "Comptable", Date: "hier"},
	}
	if _, _, err := tg.TagPostings(ctx, ps, "api"); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	db.Postings(ctx, func(r Record) bool { got[r.Key] = r.Tags.Date; return true })
	if want := map[string]string{"a": "2024-05-29", "b": "2025-06-09"}; !maps.Equal(got, want) {
		t.Errorf("API dates %v, want %v", got, want)
	}
}

// TestTagBrokenFiles checks that files that cannot be read (missing, a
// directory, a bad gzip header, text named .gz, a gzip stream cut midway,
// a CSV without a title column) go to the error report with line 0 while the other files
// are tagged, and that TagFiles then reports ErrInputFailed.
func TestTagBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(testenv.RepoRoot(t), "testdata", "store", "postings.jsonl")
	badGzip := filepath.Join(dir, "bad.jsonl.gz")
	os.WriteFile(badGzip, []byte("\x1f\x8bnot gzip at all"), 0o644)
	plainGzip := filepath.Join(dir, "plain.jsonl.gz") // named .gz, holding text
	os.WriteFile(plainGzip, []byte(`{"id":"p1","title":"Comptable"}`+"\n"), 0o644)
	asDir := filepath.Join(dir, "dir.jsonl")
	os.Mkdir(asDir, 0o755)
	noTitle := filepath.Join(dir, "notitle.csv")
	os.WriteFile(noTitle, []byte("id,ville\n1,Rabat\n"), 0o644)
	// A gzip stream cut in its middle: the lines before the cut are stored.
	var plain bytes.Buffer
	for i := range 400 {
		fmt.Fprintf(&plain, `{"id": "cut-%d", "source": "cut", "title": "Poste %d", "description": "Annonce numéro %d, profil recherché %x."}`+"\n", i, i, i, i*7919)
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.NoCompression) // so that the cut falls mid-file
	zw.Write(plain.Bytes())
	zw.Close()
	cut := filepath.Join(dir, "cut.jsonl.gz")
	os.WriteFile(cut, gz.Bytes()[:gz.Len()/2], 0o644)
	missing := filepath.Join(dir, "missing.jsonl")

	db := openTest(t, filepath.Join(dir, "b.db"))
	var report bytes.Buffer
	tg := testTagger(t, db, TagOptions{Errors: &report})
	ctx := context.Background()
	files := []string{missing, badGzip, plainGzip, good, asDir, cut, noTitle}
	sum, err := tg.TagFiles(ctx, files)
	if !errors.Is(err, ErrInputFailed) {
		t.Fatalf("err %v, want ErrInputFailed", err)
	}
	for _, f := range []string{missing, badGzip, plainGzip, asDir, cut, noTitle} {
		if !strings.Contains(err.Error(), f) {
			t.Errorf("error does not name %s: %v", f, err)
		}
	}
	if sum.FailedFiles != 6 || sum.Files != len(files) || sum.Errors != 2+6 {
		t.Errorf("summary %+v, want 6 failed files of %d, 8 errors", sum, len(files))
	}
	// The good file entirely, and the start of the cut one.
	var fromCut int
	db.Postings(ctx, func(r Record) bool {
		if r.Source == "cut" {
			fromCut++
		}
		return true
	})
	if sum.Tagged != 6+int64(fromCut) || fromCut == 0 || fromCut >= 400 {
		t.Errorf("tagged %d, %d of them from the cut file; want the fixture's 6 and part of the 400", sum.Tagged, fromCut)
	}
	failed := map[string]string{}
	db.Errors(ctx, func(er ErrorRecord) bool {
		if er.Line == 0 {
			failed[er.File] = er.Reason
		}
		return true
	})
	if len(failed) != 6 || !strings.Contains(failed[cut], "reading stopped after line") || !strings.Contains(failed[badGzip], "broken gzip header") ||
		!strings.Contains(failed[plainGzip], "broken gzip header") || !strings.Contains(failed[cut], "broken gzip stream") {
		t.Errorf("file errors %v", failed)
	}
	if n := strings.Count(report.String(), `"line":0,`); n != 6 {
		t.Errorf("--errors report has %d file errors, want 6:\n%s", n, report.String())
	}
	st, _ := db.Stats(ctx)
	if st.Errors != 8 {
		t.Errorf("stats errors %d, want 8", st.Errors)
	}
	checkCountersMatchScan(t, db)

	// Again: the good file is done, the cut one resumes after its
	// checkpoint, and the broken ones are tried and reported again.
	sum2, err := tg.TagFiles(ctx, files)
	if !errors.Is(err, ErrInputFailed) || sum2.FailedFiles != 6 || sum2.Tagged != 0 || sum2.Errors != 6 {
		t.Errorf("second run: %+v, %v", sum2, err)
	}
	// Only good files: no error.
	if _, err := tg.TagFiles(ctx, []string{good}); err != nil {
		t.Errorf("good file alone: %v", err)
	}
}

// TestImplausibleDates checks that a date the store does not use — far
// in the future (a typo such as 2099), before 1990, or unreadable — leaves
// the posting stored undated and the store's date range alone, and puts a
// warning naming the line, the field and the value in the error report.
// Both TagFiles and TagPostings, with the default date parser.
func TestImplausibleDates(t *testing.T) {
	now := time.Now().UTC()
	day := func(d time.Time) string { return d.Format(time.DateOnly) }
	cases := []struct {
		date string
		want string // stored day; "" for undated
		warn string // start of the warning's reason; "" for none
	}{
		{"2025-03-10", "2025-03-10", ""},
		{"2099-01-01", "", "implausible date"},
		{"2199-12-01", "", "implausible date"}, // past the years dates.Parse reads
		{day(now.AddDate(0, 0, 40)), "", "implausible date"},
		{day(now.AddDate(0, 0, 20)), day(now.AddDate(0, 0, 20)), ""},
		{"1989-12-31", "", "implausible date"},
		{"1980-03-04", "", "implausible date"},
		{"31/12/1989", "", "implausible date"},
		{"3 mai 1985", "", "implausible date"},
		{"1990-01-01", "1990-01-01", ""},
		{"bientôt", "", "unreadable date"},
		{"31/02/2025", "", "unreadable date"},
		{"", "", ""},
		{"  ", "", ""},
	}
	nWarn := 0
	for _, c := range cases {
		if c.warn != "" {
			nWarn++
		}
	}
	ps := make([]posting.Posting, len(cases))
	var jsonl bytes.Buffer
	for i, c := range cases {
		ps[i] = posting.Posting{ID: fmt.Sprint("d", i), Source: "t", Title: fmt.Sprint("Comptable ", i), Date: c.date}
		b, _ := json.Marshal(ps[i])
		jsonl.Write(append(b, '\n'))
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "dates.jsonl")
	os.WriteFile(file, jsonl.Bytes(), 0o644)
	ctx := context.Background()
	for _, via := range []string{"files", "api"} {
		t.Run(via, func(t *testing.T) {
			db := openTest(t, filepath.Join(dir, via+".db"))
			var report bytes.Buffer
			var reported []ErrorRecord
			tg := testTagger(t, db, TagOptions{Errors: &report, Report: func(er ErrorRecord) { reported = append(reported, er) }})
			var sum Summary
			var err error
			if via == "files" {
				sum, err = tg.TagFiles(ctx, []string{file})
			} else {
				sum, _, err = tg.TagPostings(ctx, ps, "")
			}
			if err != nil {
				t.Fatal(err)
			}
			if sum.Tagged != int64(len(cases)) || sum.Warnings != int64(nWarn) || sum.Errors != 0 {
				t.Errorf("summary %+v, want %d tagged, %d warnings, 0 errors", sum, len(cases), nWarn)
			}
			got := map[string]string{}
			db.Postings(ctx, func(r Record) bool { got[r.Key] = r.Tags.Date; return true })
			warned := map[int]ErrorRecord{}
			db.Errors(ctx, func(er ErrorRecord) bool { warned[er.Line-1] = er; return true })
			for i, c := range cases {
				if g := got[ps[i].ID]; g != c.want {
					t.Errorf("date %q stored as %q, want %q", c.date, g, c.want)
				}
				er, ok := warned[i]
				if ok != (c.warn != "") {
					t.Errorf("date %q: warning %v, want %q", c.date, ok, c.warn)
					continue
				}
				if ok && (!er.Warning || er.Field != "date" || er.Value != c.date || er.ID != ps[i].ID ||
					!strings.HasPrefix(er.Reason, c.warn) || !strings.Contains(er.Reason, c.date) || !strings.Contains(er.Reason, "stored as undated")) {
					t.Errorf("date %q: warning %+v", c.date, er)
				}
			}
			if n := strings.Count(report.String(), `"warning":true`); n != nWarn || len(reported) != nWarn {
				t.Errorf("report has %d warnings, callback %d; want %d:\n%s", n, len(reported), nWarn, report.String())
			}
			st, _ := db.Stats(ctx)
			undated := int64(0)
			for _, c := range cases {
				if c.want == "" {
					undated++
				}
			}
			if st.Warnings != int64(nWarn) || st.Errors != 0 || st.UnknownDates != undated || st.FirstDate != "1990-01-01" || st.LastDate != day(now.AddDate(0, 0, 20)) {
				t.Errorf("stats %+v", st)
			}
			checkCountersMatchScan(t, db)
		})
	}
}

// TestSameContentOtherName: the same postings under another file name are
// not stored again, and the same file (a copy, or given twice) is not read
// again, so its bad lines are reported once. Postings without a source
// take the file name as their source, which must not make them new.
func TestSameContentOtherName(t *testing.T) {
	// posts are JSONL lines without a source; bad lines are reported.
	posts := func(prefix string, n int, titles ...string) string {
		var b strings.Builder
		for i := range n {
			title := fmt.Sprintf("Comptable %s %d", prefix, i)
			if i < len(titles) {
				title = titles[i]
			}
			fmt.Fprintf(&b, `{"id":"%d","title":%q,"description":"Tenue de la comptabilité, poste %s %d.","date":"2025-01-%02d"}`+"\n",
				i, title, prefix, i, 1+i%28)
			if i == n/2 {
				b.WriteString("[1, 2]\n{\"id\": \"broken\", \"title\": \n")
			}
		}
		return b.String()
	}
	const n = 40 // postings in a.jsonl; it also has 2 bad lines
	a := posts("a", n)
	files := map[string]string{
		"a.jsonl":      a,
		"b.jsonl":      a,                                                     // a copy
		"c.jsonl":      a + `{"id":"new","title":"Chauffeur livreur"}` + "\n", // the same postings and one more
		"board2.jsonl": posts("a", 3, "Chauffeur", "Soudeur", "Infirmier"),    // another board: same ids, other postings
		"d.jsonl":      `{"id":"new","title":"Chauffeur livreur"}` + "\n" + a, // the same postings after one more
	}
	tests := []struct {
		name        string
		first       []string // tagged first
		firstSource string   // --source of the first run
		rewrite     string   // overwritten with the content of rewriteWith (c.jsonl) after the first run
		rewriteWith string
		then        []string
		want        Summary // Read, Tagged, Skipped, Errors of the second run
		errors      int64   // bad lines in the store's report at the end
		postings    int64
	}{
		{"copy", []string{"a.jsonl"}, "", "", "", []string{"b.jsonl"},
			Summary{}, 2, n},
		{"copy in the same run", nil, "", "", "", []string{"a.jsonl", "b.jsonl"},
			Summary{Read: n + 2, Tagged: n, Errors: 2}, 2, n},
		{"same file twice", nil, "", "", "", []string{"a.jsonl", "a.jsonl"},
			Summary{Read: n + 2, Tagged: n, Errors: 2}, 2, n},
		{"same postings in another file", []string{"a.jsonl"}, "", "", "", []string{"c.jsonl"},
			Summary{Read: n + 3, Tagged: 1, Skipped: n, Errors: 2}, 4, n + 1}, // c's bad lines are its own
		{"same ids from another board", []string{"a.jsonl"}, "", "", "", []string{"board2.jsonl"},
			Summary{Read: 5, Tagged: 3, Errors: 2}, 4, n + 3},
		// A file grown since (lines appended): only the new lines are
		// read; the bad lines before are not reported again.
		{"grown file", []string{"a.jsonl"}, "", "a.jsonl", "", []string{"a.jsonl"},
			Summary{Read: 1, Tagged: 1}, 2, n + 1},
		// A store written when a posting without a source was keyed by
		// its file name (here given as --source): a file rewritten since
		// is read again, and its old postings are found.
		{"store keyed by file name", []string{"a.jsonl"}, "a", "a.jsonl", "d.jsonl", []string{"a.jsonl"},
			Summary{Read: n + 3, Tagged: 1, Skipped: n, Errors: 2}, 4, n + 1},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := func(names []string) []string {
				var out []string
				for _, f := range names {
					out = append(out, filepath.Join(dir, f))
				}
				return out
			}
			for name, text := range files {
				if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			db := openTest(t, filepath.Join(dir, "t.db"))
			if tc.first != nil {
				if _, err := testTagger(t, db, TagOptions{Source: tc.firstSource}).TagFiles(ctx, path(tc.first)); err != nil {
					t.Fatal(err)
				}
			}
			if tc.rewrite != "" {
				with := cmp.Or(tc.rewriteWith, "c.jsonl")
				os.WriteFile(filepath.Join(dir, tc.rewrite), []byte(files[with]), 0o644)
			}
			var report bytes.Buffer
			got, err := testTagger(t, db, TagOptions{Errors: &report}).TagFiles(ctx, path(tc.then))
			if err != nil {
				t.Fatal(err)
			}
			if got.Read != tc.want.Read || got.Tagged != tc.want.Tagged || got.Skipped != tc.want.Skipped || got.Errors != tc.want.Errors {
				t.Errorf("second run %+v; want read %d, tagged %d, skipped %d, errors %d",
					got, tc.want.Read, tc.want.Tagged, tc.want.Skipped, tc.want.Errors)
			}
			if n := int64(strings.Count(report.String(), "\n")); n != tc.want.Errors {
				t.Errorf("second run reported %d bad lines, want %d:\n%s", n, tc.want.Errors, report.String())
			}
			st, _ := db.Stats(ctx)
			if st.Errors != tc.errors || st.Postings != tc.postings {
				t.Errorf("store holds %d postings, %d errors; want %d, %d", st.Postings, st.Errors, tc.postings, tc.errors)
			}
			// Whatever was read once is not read again, under any name.
			again, err := testTagger(t, db, TagOptions{}).TagFiles(ctx, path(append(tc.first, tc.then...)))
			if err != nil || again.Read != 0 {
				t.Errorf("third run read %d records (%v), want none", again.Read, err)
			}
			checkCountersMatchScan(t, db)
		})
	}
}

// TestResumeRenamed: a file renamed after an interrupted run resumes
// after the lines committed under its old name; its bad lines are not
// reported twice.
func TestResumeRenamed(t *testing.T) {
	dir := t.TempDir()
	file, good := writeSynthetic(t, dir, 1500, 3)
	db := openTest(t, filepath.Join(dir, "r.db"))
	ctx, cancel := context.WithCancel(context.Background())
	// Stop once a commit holds a bad line (the first is line 251): a
	// commit can come after a second of reading, at any line.
	stop := func(p Progress) {
		if p.Errors > 0 {
			cancel()
		}
	}
	s1, err := testTagger(t, db, TagOptions{BatchSize: 300, Progress: stop}).TagFiles(ctx, []string{file})
	if !errors.Is(err, context.Canceled) || s1.Read == 0 || s1.Errors == 0 || s1.Tagged >= int64(good) {
		t.Fatalf("interrupted run: %+v, %v; want part of the file, with a bad line, and context.Canceled", s1, err)
	}
	renamed := filepath.Join(dir, "renamed.jsonl")
	if err := os.Rename(file, renamed); err != nil {
		t.Fatal(err)
	}
	s2, err := testTagger(t, db, TagOptions{BatchSize: 300}).TagFiles(context.Background(), []string{renamed})
	if err != nil {
		t.Fatal(err)
	}
	if s2.Resumed != s1.Read || s2.Read != int64(good+3)-s1.Read || s2.Skipped != 0 || s1.Tagged+s2.Tagged != int64(good) || s1.Errors+s2.Errors != 3 {
		t.Errorf("renamed: %+v after %+v; want it resumed after %d records", s2, s1, s1.Read)
	}
	if st, _ := db.Stats(context.Background()); st.Errors != 3 {
		t.Errorf("store reports %d bad lines, want 3", st.Errors)
	}
}

// TestSummaryInterrupted: a run stopped after its first commit, started
// again, counts the records it resumed after apart from postings found
// already stored by key; an interrupted retag still reports its time and
// rate.
func TestSummaryInterrupted(t *testing.T) {
	dir := t.TempDir()
	file, good := writeSynthetic(t, dir, 1500, 0)
	db := openTest(t, filepath.Join(dir, "i.db"))
	stopAfterFirstCommit := func() (context.Context, func(Progress)) {
		ctx, cancel := context.WithCancel(context.Background())
		return ctx, func(Progress) { cancel() }
	}
	ctx, stop := stopAfterFirstCommit()
	s1, err := testTagger(t, db, TagOptions{BatchSize: 300, Progress: stop}).TagFiles(ctx, []string{file})
	if !errors.Is(err, context.Canceled) || s1.Tagged == 0 || s1.Tagged >= int64(good) {
		t.Fatalf("interrupted run: %+v, %v; want part of the file and context.Canceled", s1, err)
	}
	s2, err := testTagger(t, db, TagOptions{BatchSize: 300}).TagFiles(context.Background(), []string{file})
	if err != nil {
		t.Fatal(err)
	}
	if s2.Resumed != s1.Read || s2.Skipped != 0 || s1.Tagged+s2.Tagged != int64(good) || s2.Read != int64(good)-s1.Read {
		t.Errorf("resumed run: %+v after %+v; want %d records resumed after, none skipped as stored", s2, s1, s1.Read)
	}
	// The same postings in another file: every record read, every
	// posting already stored, none resumed.
	other := filepath.Join(dir, "other.jsonl")
	b, _ := os.ReadFile(file)
	os.WriteFile(other, append(b, "\n"...), 0o644)
	s3, err := testTagger(t, db, TagOptions{BatchSize: 300}).TagFiles(context.Background(), []string{other})
	if err != nil || s3.Resumed != 0 || s3.Skipped != int64(good) {
		t.Errorf("other file: %+v, %v; want %d skipped as stored, none resumed", s3, err, good)
	}

	ctx, stop = stopAfterFirstCommit()
	r, err := testTagger(t, db, TagOptions{Classifier: fakeClassifier{salt: "v2"}, Model: "fake-2", BatchSize: 300, Progress: stop}).Retag(ctx)
	if !errors.Is(err, context.Canceled) || r.Retagged == 0 || r.Seconds <= 0 || r.Rate <= 0 {
		t.Errorf("interrupted retag: %+v, %v; want some retagged, with time and rate", r, err)
	}
}

// TestReaderWarningsStored: what the file's reader read but did not use
// (an unknown lang, a second title key) goes to the error report as a
// warning with its line, once: a resumed or repeated run adds none.
func TestReaderWarningsStored(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.jsonl")
	in := `{"id":"1","source":"b","title":"Comptable","date":"2025-03-10"}` + "\n" +
		`{"id":"2","source":"b","title":"Soudeur","lang":"xx","date":"2025-03-10"}` + "\n" +
		`{"id":"3","source":"b","title":"Maçon","TITLE":"Plombier","date":"2025-03-10"}` + "\n"
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	db := openTest(t, filepath.Join(dir, "w.db"))
	var report bytes.Buffer
	s, err := testTagger(t, db, TagOptions{Errors: &report}).TagFiles(context.Background(), []string{path})
	if err != nil {
		t.Fatal(err)
	}
	var got []ErrorRecord
	for _, l := range strings.Split(strings.TrimSpace(report.String()), "\n") {
		var er ErrorRecord
		if err := json.Unmarshal([]byte(l), &er); err != nil {
			t.Fatalf("report line %q: %v", l, err)
		}
		got = append(got, er)
	}
	if s.Tagged != 3 || s.Warnings != 2 || len(got) != 2 ||
		got[0].Line != 2 || got[0].Field != "lang" || got[0].Value != "xx" || !got[0].Warning ||
		got[1].Line != 3 || got[1].Field != "title" || !got[1].Warning {
		t.Fatalf("summary %+v, report %+v; want 3 tagged and the lang (line 2) and title (line 3) warnings", s, got)
	}
	again, err := testTagger(t, db, TagOptions{}).TagFiles(context.Background(), []string{path})
	if st, _ := db.Stats(context.Background()); err != nil || again.Warnings != 0 || st.Warnings != 2 {
		t.Errorf("second run %+v (%v), store warnings %d; want none added, 2 in all", again, err, st.Warnings)
	}
}

// countingClassifier counts the postings it classifies.
type countingClassifier struct {
	fakeClassifier
	n *atomic.Int64
}

func (c countingClassifier) Classify(ctx context.Context, p posting.Posting, top int) classifier.Result {
	c.n.Add(1)
	return c.fakeClassifier.Classify(ctx, p, top)
}

// TestGrownFile: a file appended to since it was tagged is read from
// where the earlier run stopped: its bad lines are not reported again,
// and only the new postings are classified. A last line that the earlier
// run found cut (a scraper still writing it) is read again, in full.
func TestGrownFile(t *testing.T) {
	line := func(i int) string {
		return fmt.Sprintf(`{"id":"%d","source":"b","title":"Comptable %d","description":"Poste %d.","date":"2025-01-%02d"}`+"\n", i, i, i, 1+i%28)
	}
	var first strings.Builder
	for i := range 30 {
		first.WriteString(line(i))
		if i == 10 {
			first.WriteString("{\"id\": \"broken\", \"title\": \n")
		}
	}
	grown := first.String() + line(30) + "[1, 2]\n" + line(31)
	cut := first.String() + `{"id":"cut","source":"b","title":"Plomb`
	tests := []struct {
		name          string
		before, after string
		want          Summary // Read, Tagged, Skipped, Errors, Resumed of the second run
		classified    int64
		errors        int64 // bad lines in the store's report at the end
	}{
		{"lines appended", first.String(), grown, Summary{Read: 3, Tagged: 2, Errors: 1, Resumed: 31}, 2, 2},
		{"cut line completed", cut, cut + `ier"}` + "\n" + line(30), Summary{Read: 33, Tagged: 2, Skipped: 30, Errors: 1}, 2, 3},
		{"rewritten, longer", first.String(), line(99) + first.String(), Summary{Read: 32, Tagged: 1, Skipped: 30, Errors: 1}, 1, 2},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "daily.jsonl")
			os.WriteFile(path, []byte(tc.before), 0o644)
			db := openTest(t, filepath.Join(dir, "g.db"))
			if _, err := testTagger(t, db, TagOptions{}).TagFiles(ctx, []string{path}); err != nil {
				t.Fatal(err)
			}
			os.WriteFile(path, []byte(tc.after), 0o644)
			var n atomic.Int64
			got, err := testTagger(t, db, TagOptions{Classifier: countingClassifier{n: &n}}).TagFiles(ctx, []string{path})
			if err != nil {
				t.Fatal(err)
			}
			if got.Read != tc.want.Read || got.Tagged != tc.want.Tagged || got.Skipped != tc.want.Skipped ||
				got.Errors != tc.want.Errors || got.Resumed != tc.want.Resumed {
				t.Errorf("second run %+v; want read %d, tagged %d, skipped %d, errors %d, resumed %d",
					got, tc.want.Read, tc.want.Tagged, tc.want.Skipped, tc.want.Errors, tc.want.Resumed)
			}
			if n.Load() != tc.classified {
				t.Errorf("classified %d postings, want %d: the others were stored before", n.Load(), tc.classified)
			}
			if st, _ := db.Stats(ctx); st.Errors != tc.errors || st.Files != 1 {
				t.Errorf("store reports %d bad lines in %d files, want %d in 1", st.Errors, st.Files, tc.errors)
			}
			if again, err := testTagger(t, db, TagOptions{}).TagFiles(ctx, []string{path}); err != nil || again.Read != 0 {
				t.Errorf("third run read %d records (%v), want none", again.Read, err)
			}
			checkCountersMatchScan(t, db)
		})
	}
}

// TestTagNotRegular: a pipe or a device is not read (the keys' hashes
// would drain a pipe before the reader starts): it is a file that cannot
// be read, not an empty one tagged.
func TestTagNotRegular(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "p.db"))
	sum, err := testTagger(t, db, TagOptions{Format: posting.JSONL}).TagFiles(context.Background(), []string{os.DevNull})
	if !errors.Is(err, ErrInputFailed) || sum.FailedFiles != 1 || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("%s: %+v, %v; want a failed file, not a regular one", os.DevNull, sum, err)
	}
}

// TestProgressSkipped: the progress of a resumed run tells the bytes it
// passed over (before the checkpoint, finished files) from those it
// tagged, so that an estimate of the time left can leave them out.
func TestProgressSkipped(t *testing.T) {
	dir := t.TempDir()
	file, _ := writeSynthetic(t, dir, 1500, 0)
	done := filepath.Join(dir, "done.jsonl")
	os.WriteFile(done, []byte(`{"id":"d","source":"b","title":"Comptable"}`+"\n"), 0o644)
	db := openTest(t, filepath.Join(dir, "p.db"))
	var last Progress
	record := func(p Progress) { last = p }
	if _, err := testTagger(t, db, TagOptions{Progress: record}).TagFiles(context.Background(), []string{done}); err != nil {
		t.Fatal(err)
	}
	if last.BytesSkipped != 0 {
		t.Errorf("fresh run: %d bytes skipped, want 0", last.BytesSkipped)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stop := func(Progress) { cancel() }
	testTagger(t, db, TagOptions{BatchSize: 300, Progress: stop}).TagFiles(ctx, []string{file})
	if _, err := testTagger(t, db, TagOptions{BatchSize: 300, Progress: record}).TagFiles(context.Background(), []string{done, file}); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(done)
	if last.BytesSkipped <= fi.Size() || last.BytesSkipped >= last.BytesTotal || last.BytesRead != last.BytesTotal {
		t.Errorf("resumed run: read %d, skipped %d of %d bytes; want the finished file's %d and part of the other skipped",
			last.BytesRead, last.BytesSkipped, last.BytesTotal, fi.Size())
	}
}
