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
	got, bad, err := classifyStream(context.Background(), c.Classify, r, &out, 3, 4, &errs)
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
	if code := run(context.Background(), e, []string{"classify", "--in", filepath.Join(t.TempDir(), "missing.jsonl")}); code != 1 {
		t.Errorf("missing input: exit %d, want 1 (stderr %q)", code, stderr.String())
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
			if _, _, err := classifyStream(context.Background(), tt.classify, r, &out, 2, 1, &errs); err != nil {
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
