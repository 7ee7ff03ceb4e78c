package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

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
	// A copy under another name: read again, every posting already stored.
	cp := filepath.Join(dir, "copy.jsonl")
	b, _ := os.ReadFile(file)
	os.WriteFile(cp, b, 0o644)
	s3, err := tg.TagFiles(ctx, []string{cp})
	if err != nil {
		t.Fatal(err)
	}
	if s3.Tagged != 0 || s3.Skipped != int64(good) {
		t.Errorf("copy: %+v, want 0 tagged, %d skipped", s3, good)
	}
	after, _ := db.Stats(ctx)
	if after.Postings != before.Postings || after.Duplicates != before.Duplicates {
		t.Errorf("stats changed: %+v → %+v", before, after)
	}
	if after.Errors != before.Errors+3 { // the copy's bad lines are its own
		t.Errorf("errors %d, want %d", after.Errors, before.Errors+3)
	}
	checkCountersMatchScan(t, db)
}

func TestTagPostings(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "api.db"))
	tg := testTagger(t, db, TagOptions{})
	ps := []posting.Posting{
		{ID: "1", Title: "Développeur Java", Description: "Spring Boot, microservices.", Location: "Casablanca", Date: "2025-03-02"},
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
	if err != nil || r.Source != "api-test" || r.Tags.Date != "2025-03-02" || r.Tags.Region != "casablanca-settat" {
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
	// A newer schema is refused.
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
	if sum.Tagged != 6 || sum.Duplicates != 1 || sum.Errors != 2 {
		t.Errorf("summary %+v, want 6 tagged, 1 duplicate, 2 errors", sum)
	}
	var lines []int
	db.Errors(ctx, func(er ErrorRecord) bool { lines = append(lines, er.Line); return true })
	if !slices.Equal(lines, []int{6, 7}) {
		t.Errorf("error lines %v, want [6 7]\n%s", lines, report.String())
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
