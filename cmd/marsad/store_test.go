package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"marsad/classifier"
	"marsad/corpus"
	"marsad/corpus/posting"
	"marsad/store"
)

// titleClassifier tags by title alone: enough to test the store commands'
// plumbing without a model.
type titleClassifier map[string]string // title → ROME code

func (c titleClassifier) Classify(_ context.Context, p posting.Posting, _ int) classifier.Result {
	return classifier.Result{ID: p.ID, Lang: corpus.French, Model: "fake-1",
		ROME: []classifier.Concept{{Code: c[p.Title], Score: 0.9}},
		ISCO: []classifier.Concept{{Code: "2512", Score: 0.8}}}
}

// smallStore builds a store through the store package: developers
// (M1805) 2 in January 2025 and 1 in February, accountants (M1203) 1 and
// 3, one exact repeat, one posting whose date is no date (undated, with a
// warning) and one bad record.
func smallStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "small.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tg, err := db.NewTagger(store.TagOptions{Model: "fake-1",
		Classifier: titleClassifier{"Développeur Java": "M1805", "Comptable": "M1203", "Chauffeur": "N4101"}})
	if err != nil {
		t.Fatal(err)
	}
	ps := []posting.Posting{
		{ID: "1", Title: "Développeur Java", Description: "Spring", Location: "Casablanca", Date: "2025-01-06"},
		{ID: "2", Title: "Développeur Java", Description: "Kotlin", Location: "Rabat", Date: "2025-01-20"},
		{ID: "3", Title: "Développeur Java", Description: "Quarkus", Location: "Rabat", Date: "2025-02-03"},
		{ID: "4", Title: "Comptable", Description: "Paie", Location: "Agadir", Date: "2025-01-15"},
		{ID: "5", Title: "Comptable", Description: "Bilans", Location: "Fès", Date: "2025-02-10"},
		{ID: "6", Title: "Comptable", Description: "Fiscalité", Location: "Fès", Date: "2025-02-11"},
		{ID: "7", Title: "Comptable", Description: "Audit", Location: "Tanger", Date: "2025-02-25"},
		{ID: "8", Title: "Comptable", Description: "Audit", Location: "Tanger", Date: "2025-02-26"}, // repeat of 7
		{ID: "9", Title: "Chauffeur", Location: "Oujda", Date: "bientôt"},                           // no date
		{ID: "10"}, // neither title nor description: an error record
	}
	sum, _, err := tg.TagPostings(context.Background(), ps, "fixture")
	if err != nil {
		t.Fatal(err)
	}
	if sum.Tagged != 9 || sum.Duplicates != 1 || sum.Errors != 1 {
		t.Fatalf("building the store: %+v", sum)
	}
	return path
}

// runCmd runs marsad with args and returns the exit code and outputs.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &out, stderr: &errOut, getenv: func(string) string { return "" }}
	code = run(context.Background(), e, args)
	return code, out.String(), errOut.String()
}

func TestDBStatsJSON(t *testing.T) {
	path := smallStore(t)
	code, out, errOut := runCmd(t, "db", "stats", "--db", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	want := map[string]string{
		"postings": "9", "duplicates": "1", "errors": "1", "sources": `{"fixture":9}`,
		"first_date": `"2025-01-06"`, "last_date": `"2025-02-26"`, "model": `"fake-1"`, "unknown_dates": "1", "warnings": "1",
	}
	for k, v := range want {
		var got bytes.Buffer
		if err := json.Compact(&got, m[k]); err != nil || got.String() != v {
			t.Errorf("%s = %s, want %s", k, m[k], v)
		}
	}
	// The table form says the same.
	code, out, _ = runCmd(t, "db", "stats", "--db", path)
	if code != 0 || !strings.Contains(out, "2025-01-06 … 2025-02-26 (1 unknown)") || !strings.Contains(out, "fake-1") {
		t.Errorf("exit %d, table:\n%s", code, out)
	}
	// db errors lists the bad record, and the warning of the date that
	// could not be read.
	code, out, _ = runCmd(t, "db", "errors", "--db", path)
	if code != 0 || strings.Count(out, "\n") != 2 || !strings.Contains(out, "neither title nor description") ||
		!strings.Contains(out, `"warning":true,"field":"date","value":"bientôt"`) {
		t.Errorf("db errors: exit %d\n%s", code, out)
	}
}

func TestTrendsFormats(t *testing.T) {
	path := smallStore(t)
	base := []string{"trends", "--db", path, "--by", "rome", "--interval", "month", "--from", "2025-01", "--to", "2025-02"}

	code, out, errOut := runCmd(t, append(base, "--format", "json")...)
	if code != 0 {
		t.Fatalf("json: exit %d: %s", code, errOut)
	}
	var rep store.TrendReport
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("json: %v\n%s", err, out)
	}
	counts := map[string][]int64{}
	for _, s := range rep.Series {
		counts[s.Key] = s.Counts
	}
	if len(rep.Periods) != 2 || rep.Periods[0].Total != 3 || rep.Periods[1].Total != 4 ||
		!slices.Equal(counts["M1805"], []int64{2, 1}) || !slices.Equal(counts["M1203"], []int64{1, 3}) || len(counts) != 2 {
		t.Errorf("json: periods %+v, counts %v (want M1805 [2 1], M1203 [1 3]; the repeat is not counted)", rep.Periods, counts)
	}

	code, out, errOut = runCmd(t, append(base, "--format", "csv")...)
	if code != 0 {
		t.Fatalf("csv: exit %d: %s", code, errOut)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("csv: %v\n%s", err, out)
	}
	if len(rows) != 1+2*2 || strings.Join(rows[0], ",") != "period,start,key,count,period_total,share,growth,growth_yoy" {
		t.Fatalf("csv: %d rows, header %v\n%s", len(rows), rows[0], out)
	}
	got := map[string]string{}
	for _, r := range rows[1:] {
		got[r[0]+" "+r[2]] = r[3] + "/" + r[4]
	}
	if got["2025-02 M1203"] != "3/4" || got["2025-01 M1805"] != "2/3" {
		t.Errorf("csv rows %v", got)
	}

	code, out, errOut = runCmd(t, append(base, "--format", "table", "--include-duplicates")...)
	if code != 0 {
		t.Fatalf("table: exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "postings by rome per month, 2025-01-01 … 2025-02-28, duplicates included") ||
		!strings.Contains(out, "M1203") || !strings.Contains(out, "4 (80%)") {
		t.Errorf("table:\n%s", out)
	}
}

// TestStoreUsageErrors checks that command-line mistakes exit with 2 and
// a message naming the flag, before any store is opened.
func TestStoreUsageErrors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db") // never created: usage is checked first
	tests := []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"db", "stats", "--db", ""}, "--db"},
		{[]string{"db", "stats", "--db"}, "-db"},
		{[]string{"db", "errors", "--db", ""}, "--db"},
		{[]string{"db", "errors", "--db", path, "--limit", "-1"}, "--limit"},
		{[]string{"db", "stats", "--db", path, "extra"}, "unexpected arguments"},
		{[]string{"db"}, "missing subcommand"},
		{[]string{"db", "size"}, `unknown subcommand "size"`},
		{[]string{"trends", "--db", ""}, "--db"},
		{[]string{"trends", "--db", path, "--by", "occupation"}, `--by "occupation"`},
		{[]string{"trends", "--db", path, "--interval", "fortnight"}, `--interval "fortnight"`},
		{[]string{"trends", "--db", path, "--filter", "rome"}, "-filter"},
		{[]string{"trends", "--db", path, "--filter", "colour=red"}, "-filter"},
		{[]string{"trends", "--db", path, "--from", "01/02/2025"}, `--from "01/02/2025"`},
		{[]string{"trends", "--db", path, "--to", "2025-13"}, `--to "2025-13"`},
		{[]string{"trends", "--db", path, "--from", "2025-03", "--to", "2025-01"}, "--from 2025-03 is after --to 2025-01"},
		{[]string{"trends", "--db", path, "--format", "xml"}, `--format "xml"`},
		{[]string{"trends", "--db", path, "--top", "-2"}, "--top"},
		{[]string{"tag", "--db", "", "x.jsonl"}, "--db"},
		{[]string{"tag", "--db", path, "--ref-date", "29 May", "x.jsonl"}, `--ref-date "29 May"`},
		{[]string{"tag", "--db", path, "--retag", "--ref-date", "2024-06-01"}, "--ref-date"},
		{[]string{"tag", "--db", path}, "no input files"},
		{[]string{"tag", "--db", path, "x.jsonl", "--retag"}, "give no files"}, // a flag after the files is a flag
		{[]string{"tag", "--db", path, "x.jsonl", "--batch", "0"}, "--batch 0"},
	}
	for _, tc := range tests {
		code, _, errOut := runCmd(t, tc.args...)
		if code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
}

// TestTagMissingFile: a file that does not exist stops `marsad tag`
// before the model is loaded and before the store is created.
func TestTagMissingFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	missing := filepath.Join(dir, "postings-2024-06.jsonl")
	code, out, errOut := runCmd(t, "tag", "--db", db, "--model", filepath.Join(dir, "no-model"), missing)
	if code != 2 || !strings.Contains(errOut, missing+" does not exist") || out != "" {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2 naming %s", code, out, errOut, missing)
	}
	if code, _, _ := runCmd(t, "db", "stats", "--db", db); code != 1 {
		t.Errorf("the store was created (db stats exit %d)", code)
	}
}

// TestReadWhileLocked: bbolt's read-only open takes a shared flock, which
// a writer's exclusive lock excludes, so db stats and trends cannot read
// while marsad tag or serve holds the store. They must say so, not hang.
func TestReadWhileLocked(t *testing.T) {
	path := smallStore(t)
	w, err := store.Open(path, store.Options{}) // a writer, as marsad tag is
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	start := time.Now()
	code, _, errOut := runCmd(t, "db", "stats", "--db", path)
	if code != 1 || !strings.Contains(errOut, "locked by another process") || !strings.Contains(errOut, "marsad serve") {
		t.Errorf("db stats under a writer: exit %d, %q", code, errOut)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("db stats waited %v for the lock", d)
	}
	w.Close()
	if code, _, errOut := runCmd(t, "db", "stats", "--db", path); code != 0 {
		t.Errorf("after the writer closed: exit %d, %s", code, errOut)
	}
}

func TestDBMissingStore(t *testing.T) {
	path := filepath.Join(t.TempDir(), "none.db")
	for _, args := range [][]string{{"db", "stats", "--db", path}, {"trends", "--db", path}} {
		code, _, errOut := runCmd(t, args...)
		if code != 1 || !strings.Contains(errOut, "--db "+path+": no such store") {
			t.Errorf("%q: exit %d, %q", args, code, errOut)
		}
	}
}

// TestTagSummaryFailedFiles: the summary line of a run in which files
// could not be read says how many and where to look.
func TestTagSummaryFailedFiles(t *testing.T) {
	var b bytes.Buffer
	printSummary(&b, store.Summary{Read: 10, Tagged: 8, Errors: 3, Files: 4, FailedFiles: 1}, false)
	if !strings.Contains(b.String(), "1 of 4 files could not be read") || !strings.Contains(b.String(), "marsad db errors") {
		t.Errorf("summary:\n%s", b.String())
	}
	b.Reset()
	printSummary(&b, store.Summary{Read: 10, Tagged: 10, Files: 4}, false)
	if strings.Contains(b.String(), "could not be read") {
		t.Errorf("summary of a clean run:\n%s", b.String())
	}
}

// TestTagSummaryWords: the summary tells records a resumed run did not
// tag again (committed before: records, not lines, which blank lines and
// quoted CSV fields make more) from postings it found already stored, and
// reports warnings; a retag says its time and rate.
func TestTagSummaryWords(t *testing.T) {
	for _, tc := range []struct {
		name    string
		sum     store.Summary
		retag   bool
		want    []string
		notWant []string
	}{
		{"resumed", store.Summary{Read: 100, Tagged: 90, Skipped: 10, Resumed: 2200, Files: 1, Seconds: 2, Rate: 50}, false,
			[]string{"10 already stored (seen before)", "resumed: 2200 records committed by an earlier run, not tagged again"}, []string{"skipped", "lines"}},
		{"fresh", store.Summary{Read: 5, Tagged: 5, Files: 1}, false, []string{"0 already stored"}, []string{"resumed", "warnings"}},
		// A warning may be a column not read, the posting dated all the same.
		{"warnings", store.Summary{Read: 2, Tagged: 2, Warnings: 1, Files: 1}, false,
			[]string{"1 warnings (postings stored without a value: see the error report)"}, []string{"undated"}},
		// A file that could not be read is an error, but no record: the
		// counts of records add up to those read.
		{"failed file", store.Summary{Read: 10, Tagged: 7, Skipped: 1, Errors: 3, Files: 2, FailedFiles: 1}, false,
			[]string{"read 10 records from 2 files: tagged 7 (0 duplicates), 1 already stored (seen before), 2 bad records,", "1 of 2 files could not be read"}, nil},
		{"retag", store.Summary{Read: 2200, Retagged: 2200, Model: "m2", Seconds: 4, Rate: 550}, true, []string{"retagged 2200 postings with model m2", "in 4.0s (550/s)"}, nil},
	} {
		var b bytes.Buffer
		printSummary(&b, tc.sum, tc.retag)
		for _, w := range tc.want {
			if !strings.Contains(b.String(), w) {
				t.Errorf("%s: summary lacks %q:\n%s", tc.name, w, b.String())
			}
		}
		for _, w := range tc.notWant {
			if strings.Contains(b.String(), w) {
				t.Errorf("%s: summary says %q:\n%s", tc.name, w, b.String())
			}
		}
	}
}

// TestTagValidatesFirst: every mistake in the command line exits 2 with a
// one-line message before the model is opened (it does not exist here)
// and before the store or the --errors file is created.
func TestTagValidatesFirst(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	xml := filepath.Join(dir, "in.xml")
	for _, f := range []string{in, xml} {
		if err := os.WriteFile(f, []byte(`{"id":"1","title":"Comptable"}`+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := filepath.Join(dir, "link.jsonl")
	if err := os.Symlink(in, link); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "t.db")
	errs := filepath.Join(dir, "errors.jsonl")
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"format", []string{"--format", "xml", in}, `--format "xml"`},
		{"negative workers", []string{"--workers", "-1", in}, "--workers -1"},
		{"unknown extension", []string{xml}, "input file " + xml + ": cannot tell the format"},
		{"errors is an input", []string{"--errors", in, in}, "--errors " + in + " is also an input"},
		{"errors links to an input", []string{"--errors", link, in}, "is the same file as the input " + in},
		{"db is an input", []string{"--db", in, in}, "--db " + in + " is also an input"},
		{"errors is the db", []string{"--errors", db, in}, "--errors " + db + " is the store"},
		{"standard input", []string{in, "-"}, "not standard input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// A case's own --db or --errors comes later and wins.
			args := append([]string{"tag", "--db", db, "--errors", errs, "--model", filepath.Join(dir, "no-model")}, tt.args...)
			code, out, stderr := runCmd(t, args...)
			if code != 2 || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line with %q", code, out, stderr, tt.want)
			}
			for _, f := range []string{db, errs} {
				if _, err := os.Stat(f); err == nil {
					t.Errorf("%s was created", f)
				}
			}
			if b, _ := os.ReadFile(in); string(b) != `{"id":"1","title":"Comptable"}`+"\n" {
				t.Errorf("the input was changed: %q", b)
			}
		})
	}
}

// TestTagOpensOutputsFirst: a locked store and an unwritable --errors are
// reported before the model loads, and a failed start leaves no store.
func TestTagOpensOutputsFirst(t *testing.T) {
	model := smallModel(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"1","title":"Comptable"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	notModel := t.TempDir() // exists, holds no model: opening it fails

	t.Run("locked store", func(t *testing.T) {
		path := smallStore(t)
		w, err := store.Open(path, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		code, _, stderr := runCmd(t, "tag", "--db", path, "--model", notModel, in)
		if code != 1 || !strings.Contains(stderr, "locked by another process") {
			t.Errorf("exit %d, stderr %q; want 1 and the lock named before the model", code, stderr)
		}
	})
	tests := []struct {
		name  string
		model string
		args  []string
		want  string
	}{
		{"errors in a missing directory", model, []string{"--errors", filepath.Join(dir, "no-dir", "errors.jsonl")}, "--errors"},
		{"not a model", notModel, []string{"--errors", "errors.jsonl"}, "model " + notModel},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			db := filepath.Join(out, "t.db")
			for i, a := range tt.args {
				if a == "errors.jsonl" {
					tt.args[i] = filepath.Join(out, a)
				}
			}
			args := append(append([]string{"tag", "--db", db, "--model", tt.model}, tt.args...), in)
			code, _, stderr := runCmd(t, args...)
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want 1 and %q", code, stderr, tt.want)
			}
			// Neither an empty store nor an empty errors file is left.
			if entries, _ := os.ReadDir(out); len(entries) > 0 {
				t.Errorf("left behind in %s: %v", out, entries)
			}
		})
	}
	// With a model, the same command tags, and keeps the store it created.
	db := filepath.Join(t.TempDir(), "t.db")
	if code, out, stderr := runCmd(t, "tag", "--db", db, "--model", model, in); code != 0 || !strings.Contains(out, "tagged 1") {
		t.Errorf("tagging: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	if _, err := os.Stat(db); err != nil {
		t.Error(err)
	}
}

// TestDBNotAStore: a file that holds no store is named as such; a
// zero-byte one used to give "write …: bad file descriptor".
func TestDBNotAStore(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ path, want string }{
		{empty, "--db " + empty + " is an empty file, not a Marsad store"},
		{dir, "--db " + dir + " is a directory, not a Marsad store"},
	} {
		for _, sub := range []string{"stats", "errors"} {
			code, _, stderr := runCmd(t, "db", sub, "--db", tt.path)
			if code != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("db %s --db %s: exit %d, %q; want 1 and %q", sub, tt.path, code, stderr, tt.want)
			}
		}
	}
	if fi, err := os.Stat(empty); err != nil || fi.Size() != 0 {
		t.Errorf("the empty file was changed: %v, %v", fi, err)
	}
}

// TestTagErrorsStdout: --errors - writes the error report to standard
// output, as "-" means for classify, rather than to a file named "-".
func TestTagErrorsStdout(t *testing.T) {
	model := smallModel(t)
	dir := t.TempDir()
	t.Chdir(dir)
	in := filepath.Join(dir, "in.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"1","title":"Comptable"}`+"\nnot json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runCmd(t, "tag", "--db", filepath.Join(dir, "t.db"), "--model", model, "--errors", "-", in)
	if code != 0 || !strings.Contains(out, `"line":2,`) || !strings.Contains(out, "1 bad records") {
		t.Errorf("exit %d, stdout %q, stderr %q; want the bad line 2 on stdout", code, out, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`a file named "-" was created`)
	}
}

// TestTagProgressETA: the time left is reckoned at the pace of the bytes
// tagged, not of those a resumed run passed over (before the checkpoint,
// finished files), which went many times faster.
func TestTagProgressETA(t *testing.T) {
	var b bytes.Buffer
	p := newProgress(&b, slog.New(slog.NewTextHandler(&b, nil)))
	p.last = time.Time{}
	// 600 of 1000 bytes read in 10 s, 500 of them passed over: 100 bytes
	// tagged in 10 s, 400 to go.
	p.update(store.Progress{BytesRead: 600, BytesSkipped: 500, BytesTotal: 1000, Elapsed: 10 * time.Second})
	if !strings.Contains(b.String(), "done=60.0%") || !strings.Contains(b.String(), "eta=40s") {
		t.Errorf("progress line %q; want done=60.0%% and eta=40s", b.String())
	}
}

// TestStatsAndTrendsEmpty: a store without dated postings says so rather
// than printing an empty range.
func TestStatsAndTrendsEmpty(t *testing.T) {
	path := filepath.Join(t.TempDir(), "empty.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	code, out, _ := runCmd(t, "trends", "--db", path, "--model", "")
	if code != 0 || out != "postings by rome per month, no dated postings (0 without date)\n" {
		t.Errorf("trends: exit %d\n%s", code, out)
	}
	code, out, _ = runCmd(t, "db", "stats", "--db", path)
	if code != 0 || !strings.Contains(out, "dates       none (0 unknown)") {
		t.Errorf("db stats: exit %d\n%s", code, out)
	}
}
