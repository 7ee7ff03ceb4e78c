package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/classifier"
	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/corpus/posting"
	"marsad/taxonomy"
)

// tinyClassifier builds a classifier on the hand-made taxonomy of
// testdata/classifier: no real data needed to test the command's plumbing.
func tinyClassifier(t *testing.T) *classifier.Classifier {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "classifier", "tiny-taxonomy.json"))
	if err != nil {
		t.Fatal(err)
	}
	var tax taxonomy.Taxonomy
	if err := json.Unmarshal(b, &tax); err != nil {
		t.Fatal(err)
	}
	as := corpus.NewAnalyzers(corpus.Config{})
	tables, err := classifier.BuildTables(context.Background(), &tax, as)
	if err != nil {
		t.Fatal(err)
	}
	det, err := langid.New(langid.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := classifier.New(tables, nil, det, as, nil, classifier.Config{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestClassifyStreamOrder feeds many postings, some of them bad, through
// several workers and checks that results come out in input order and bad
// lines are reported with their line number.
func TestClassifyStreamOrder(t *testing.T) {
	c := tinyClassifier(t)
	titles := []string{"Développeur web", "Comptable", "kitchen porter", "ممرضة", "web developer"}
	var in bytes.Buffer
	const n = 2000
	for i := 0; i < n; i++ {
		if i%500 == 7 {
			in.WriteString("{not json\n")
		}
		fmt.Fprintf(&in, `{"id":"p%d","title":%q}`+"\n", i, titles[i%len(titles)])
	}
	r, err := posting.NewReader(&in, "in.jsonl", posting.JSONL)
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	got, bad, _, err := classifyStream(context.Background(), c.Classify, r, &out, 3, 4, &errs)
	if err != nil {
		t.Fatal(err)
	}
	if got != n || bad != 4 {
		t.Errorf("classified %d, bad %d; want %d and 4", got, bad, n)
	}
	if !strings.Contains(errs.String(), "in.jsonl:8:") {
		t.Errorf("bad line not reported with file and line: %q", errs.String())
	}
	sc := bufio.NewScanner(&out)
	i := 0
	for sc.Scan() {
		var res classifier.Result
		if err := json.Unmarshal(sc.Bytes(), &res); err != nil {
			t.Fatalf("output line %d: %v", i+1, err)
		}
		if want := fmt.Sprintf("p%d", i); res.ID != want {
			t.Fatalf("output line %d has id %s, want %s: order not preserved", i+1, res.ID, want)
		}
		i++
	}
	if i != n {
		t.Errorf("%d output lines, want %d", i, n)
	}
}

func TestClassifyUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
	if code := run(context.Background(), e, []string{"classify", "--in", filepath.Join(t.TempDir(), "missing.jsonl")}); code != 2 {
		t.Errorf("missing input: exit %d, want 2 as in marsad tag (stderr %q)", code, stderr.String())
	}
	if code := run(context.Background(), e, []string{"classify", "--format", "xml"}); code != 2 {
		t.Errorf("bad format: exit %d, want 2", code)
	}
	if code := run(context.Background(), e, []string{"eval"}); code != 2 {
		t.Errorf("eval without --gold: exit %d, want 2", code)
	}
	stderr.Reset()
	prof := filepath.Join(t.TempDir(), "no-such-dir", "cpu.prof")
	if code := run(context.Background(), e, []string{"classify", "--cpuprofile", prof}); code != 1 || !strings.Contains(stderr.String(), "cpu.prof") {
		t.Errorf("unwritable --cpuprofile: exit %d, stderr %q; want 1 and the file named", code, stderr.String())
	}
}

// TestStartCPUProfile: the profile is a file pprof can read once stopped.
func TestStartCPUProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cpu.prof")
	stop, err := startCPUProfile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := startCPUProfile(filepath.Join(t.TempDir(), "second.prof")); err == nil {
		t.Error("a second profile started while one runs")
	}
	stop()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// A pprof profile is gzip-compressed protobuf.
	if len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
		t.Errorf("profile starts % x, want a gzip stream", b[:min(len(b), 2)])
	}
}

// TestClassifyStreamExplained checks that the explaining classifier's
// evidence reaches the output lines, and that plain lines carry none.
func TestClassifyStreamExplained(t *testing.T) {
	c := tinyClassifier(t)
	for _, tt := range []struct {
		name     string
		classify func(context.Context, posting.Posting, int) classifier.Result
		want     bool
	}{{"plain", c.Classify, false}, {"explained", c.ClassifyExplained, true}} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := posting.NewReader(strings.NewReader(`{"id":"a","title":"Comptable"}`+"\n"), "in.jsonl", posting.JSONL)
			if err != nil {
				t.Fatal(err)
			}
			var out, errs bytes.Buffer
			if _, _, _, err := classifyStream(context.Background(), tt.classify, r, &out, 2, 1, &errs); err != nil {
				t.Fatal(err)
			}
			var line map[string]json.RawMessage
			if err := json.Unmarshal(out.Bytes(), &line); err != nil {
				t.Fatal(err)
			}
			_, got := line["evidence"]
			if got != tt.want {
				t.Errorf("evidence present = %v, want %v: %s", got, tt.want, out.String())
			}
			if got && !strings.Contains(string(line["evidence"]), `"code":"M1203"`) {
				t.Errorf("evidence does not hold the best fiche M1203: %s", line["evidence"])
			}
		})
	}
}

// TestClassifyRefusesOverwritingInput: --out (or --cpuprofile) naming the
// input file, by any path, is refused before anything is truncated.
// Before, os.Create emptied the input and the run exited 0.
func TestClassifyRefusesOverwritingInput(t *testing.T) {
	model := smallModel(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	const postings = `{"id":"1","title":"Comptable"}` + "\n" + `{"id":"2","title":"Développeur web"}` + "\n"
	write := func(t *testing.T) {
		if err := os.WriteFile(in, []byte(postings), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(t)
	link, hard := filepath.Join(dir, "link.jsonl"), filepath.Join(dir, "hard.jsonl")
	if err := os.Symlink("in.jsonl", link); err != nil {
		t.Fatal(err)
	}
	if err := os.Link(in, hard); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		args  []string
		stdin bool // the input comes on stdin, from in
		want  string
	}{
		{"same path", []string{"--in", in, "--out", in}, false, "--out " + in + " is also an input"},
		{"symbolic link", []string{"--in", in, "--out", link}, false, "is the same file as the input " + in},
		{"hard link", []string{"--in", hard, "--out", in}, false, "is the same file as the input " + hard},
		{"cpuprofile", []string{"--in", in, "--cpuprofile", link}, false, "--cpuprofile " + link},
		{"stdin", []string{"--out", link}, true, "--out " + link + " is also the standard input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			write(t) // a failed case must not spoil the next
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(string) string { return "" }}
			if tt.stdin {
				f, err := os.Open(in)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				e.stdin = f
			}
			code := run(context.Background(), e, append([]string{"classify", "--model", model}, tt.args...))
			if code != 2 || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr.String(), tt.want)
			}
			if b, err := os.ReadFile(in); err != nil || string(b) != postings {
				t.Fatalf("the input was changed: %q, %v", b, err)
			}
		})
	}
	// An --out that does not exist yet is written as usual.
	out := filepath.Join(dir, "new.jsonl")
	if code, _, stderr := runCmd(t, "classify", "--model", model, "--in", in, "--out", out); code != 0 {
		t.Fatalf("new --out: exit %d, %s", code, stderr)
	}
	if b, _ := os.ReadFile(out); strings.Count(string(b), "\n") != 2 {
		t.Errorf("new --out holds %q, want 2 lines", b)
	}
}

// TestClassifyExitStatus: bad lines are skipped, but an input whose every
// record is bad ends with status 1 so that scripts notice; an empty input
// has no bad record and is not a failure.
func TestClassifyExitStatus(t *testing.T) {
	model := smallModel(t)
	tests := []struct {
		name, input string
		code        int
		want        string // in stderr
	}{
		{"all bad", "{not json\n{\"id\":\"2\"}\n", 1, "no posting could be classified: every record (2) was bad"},
		{"some bad", "{not json\n{\"id\":\"2\",\"title\":\"Comptable\"}\n", 0, "classified 1 postings, 1 bad records skipped"},
		{"empty", "", 0, "classified 0 postings, 0 bad records skipped"},
		{"blank lines only", "\n  \n\t\n", 0, "classified 0 postings, 0 bad records skipped"}, // nothing to classify is not a failure
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := filepath.Join(t.TempDir(), "in.jsonl")
			if err := os.WriteFile(in, []byte(tt.input), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, stderr := runCmd(t, "classify", "--model", model, "--in", in)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
}

// TestClassifyValidatesFirst: as in marsad tag, an --in file that does not
// exist or whose format its name does not tell is a mistake in the command
// line: exit 2 before the model loads (it does not exist here).
func TestClassifyValidatesFirst(t *testing.T) {
	dir := t.TempDir()
	dat := filepath.Join(dir, "t.dat")
	if err := os.WriteFile(dat, []byte(`{"title":"Comptable"}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "nonexist.jsonl")
	noModel := filepath.Join(dir, "no-model")
	tests := []struct {
		name string
		args []string
		want string // in stderr
	}{
		{"unknown extension", []string{"--in", dat}, "--in " + dat + ": cannot tell the format from the name"},
		{"missing file", []string{"--in", missing}, "--in " + missing + " does not exist"},
		{"missing file, format given", []string{"--in", missing, "--format", "csv"}, "--in " + missing + " does not exist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, append([]string{"classify", "--model", noModel}, tt.args...)...)
			if code != 2 || !strings.Contains(stderr, tt.want) || strings.Count(stderr, "\n") != 1 || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and one line with %q", code, out, stderr, tt.want)
			}
		})
	}
	// With --format the name need not tell: the model is what fails here.
	if code, _, stderr := runCmd(t, "classify", "--model", noModel, "--in", dat, "--format", "jsonl"); code != 1 || strings.Contains(stderr, "cannot tell the format") {
		t.Errorf("--format jsonl: exit %d, %q; want 1 for the missing model", code, stderr)
	}
}

// TestClassifyEmptyLists: the CLI prints empty lists as [], never null,
// as the API does (docs/api.md).
func TestClassifyEmptyLists(t *testing.T) {
	b, err := json.Marshal(classifier.Result{}.NonNil())
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, []byte("null")) {
		t.Errorf("NonNil leaves a null: %s", b)
	}
	var out bytes.Buffer
	r, err := posting.NewReader(strings.NewReader(`{"title":"zzzz qqqq"}`+"\n"), "stdin", posting.JSONL)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, _, err := classifyStream(context.Background(), tinyClassifier(t).Classify, r, &out, 5, 1, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(out.Bytes(), []byte("null")) || !bytes.Contains(out.Bytes(), []byte(`"skills":[]`)) {
		t.Errorf("classify printed %s; want lists as []", out.Bytes())
	}
}

// TestClassifyInputReports: what the reader finds wrong in an input
// reaches stderr, and an input that cannot be read at all gets its error
// alone, without a summary of nothing.
func TestClassifyInputReports(t *testing.T) {
	model := smallModel(t)
	utf16LE := func(s string) string {
		var b []byte
		for _, r := range s { // ASCII and Latin-1 only here
			b = append(b, byte(r), byte(r>>8))
		}
		return string(b)
	}
	tests := []struct {
		name, file, input string
		code              int
		lines             int      // on stdout
		want              []string // in stderr
		not               []string // not in stderr
	}{
		{"text line empty once cleaned", "in.txt", "-\n", 1, 0,
			[]string{"in.txt:1: record has neither title nor description: the line holds only markup", "every record (1) was bad"}, nil},
		{"UTF-16 CSV", "u16.csv", utf16LE("\ufefftitle;description\nPlombier chauffagiste;réparation\nInfirmier;soins\n"), 0, 2,
			[]string{"classified 2 postings, 0 bad records skipped\n"}, []string{"header has"}},
		{"UTF-16 without BOM", "u16.jsonl", utf16LE(`{"title":"Plombier chauffagiste"}` + "\n"), 1, 0,
			[]string{"looks like UTF-16LE text without a byte order mark"}, []string{"classified"}},
		{"CSV without title column", "in.csv", "id,city\n1,Rabat\n", 1, 0,
			[]string{"CSV header has no title or description column"}, []string{"classified"}},
		{"CSV columns for one field", "in.csv", "titre;intitulé\nComptable;Plombier\n", 0, 1,
			[]string{`in.csv:1: warning: columns "titre" and "intitulé" both give the title: "intitulé" is read`, "classified 1 postings, 0 bad records skipped, 1 warnings"}, nil},
		{"JSON values not used", "in.jsonl", `{"id":{"a":1},"title":"Comptable","lang":"xx"}` + "\n" + `{"title":{"x":1}}` + "\n", 0, 1,
			[]string{`in.jsonl:1: warning: field "id" is a JSON object`, `in.jsonl:1: warning: unknown language "xx"`,
				`in.jsonl:2: record has neither title nor description: field "title" is a JSON object`, "2 warnings"}, nil},
		{"CSV unterminated quote", "in.csv", "title,city\nComptable,Rabat\n\"Plombier,Fès\nInfirmier,Agadir\n", 0, 1,
			[]string{"in.csv:3: extraneous or missing \" in quoted-field: the quoted field opened on line 3 runs to the end of the input (line 4): 1 more line (4–4) skipped"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := filepath.Join(t.TempDir(), tt.file)
			if err := os.WriteFile(in, []byte(tt.input), 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, stderr := runCmd(t, "classify", "--model", model, "--in", in)
			if code != tt.code || strings.Count(out, "\n") != tt.lines {
				t.Errorf("exit %d, %d lines out; want %d and %d (stderr %q)", code, strings.Count(out, "\n"), tt.code, tt.lines, stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, strings.ReplaceAll(w, tt.file+":", in+":")) {
					t.Errorf("stderr %q does not say %q", stderr, w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(stderr, w) {
					t.Errorf("stderr %q says %q", stderr, w)
				}
			}
		})
	}
}
