package classifier

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
)

// TestReadGoldLines: a bad line is reported with its number, the field
// and what was expected, and skipped; the lines after it are still read.
func TestReadGoldLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"1","title":"Comptable","rome":"M1203"}`,
		``,
		`{"id":"2","title":"Comptable","isco_any":"2411"}`,
		`{"id":"3","title":"Comptable","isco":2411}`,
		`{"id":"4","isco":"2411"}`,
		`{"id":"1","title":"Comptable","rome":"M1203"}`,
		`[1]`,
		`{"id":`,
		`{"id":"5","text":"web developer","isco_any":["2512", 5]}`,
		`{"id":"6","text":"web developer","isco_any":["2512"]}`,
		`{"title":"Comptable","isco":"2411"}`,
		`{"title":"Comptable","isco":"2411"}`,
	}, "\n")
	golds, issues, err := ReadGoldLines(strings.NewReader(in), "g.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var kept []int
	for _, g := range golds {
		kept = append(kept, g.Line)
	}
	if want := []int{1, 10, 11, 12}; !slices.Equal(kept, want) {
		t.Errorf("kept lines %v, want %v (lines without an id are never repeats)", kept, want)
	}
	want := []struct {
		line    int
		field   string
		problem string
	}{
		{3, "isco_any", "want a list of strings, got a JSON string"},
		{4, "isco", "want a string, got a JSON number"},
		{5, "", "no title, description or text"},
		{6, "id", "repeats the id of line 1"},
		{7, "", "not an object"},
		{8, "", "bad JSON"},
		{9, "isco_any", "want a list of strings, got a list holding a JSON number"},
	}
	if len(issues) != len(want) {
		t.Fatalf("%d issues, want %d: %v", len(issues), len(want), issues)
	}
	for i, w := range want {
		is := issues[i]
		if is.Line != w.line || is.Field != w.field || !strings.Contains(is.Problem, w.problem) || !is.Skipped {
			t.Errorf("issue %d = %+v, want line %d, field %q, skipped, problem with %q", i, is, w.line, w.field, w.problem)
		}
	}
	if got := string(issues[0].Value); got != `"2411"` {
		t.Errorf("issue value = %s, want the value as written", got)
	}
	if is := issues[0].Error(); strings.Contains(is, "Go struct") || strings.Contains(is, "[]string") {
		t.Errorf("issue reads as Go internals: %s", is)
	}

	// ReadGold, for sets known clean, still stops at the first bad line.
	if _, err := ReadGold(strings.NewReader(in), "g.jsonl"); err == nil || !strings.Contains(err.Error(), "g.jsonl line 3") {
		t.Errorf("ReadGold err = %v, want the first bad line", err)
	}
}

// TestReadGoldLinesNothingUsable: a file whose every line is bad is
// ErrNoGold, and the issues still say why.
func TestReadGoldLinesNothingUsable(t *testing.T) {
	_, issues, err := ReadGoldLines(strings.NewReader("{\"id\":\n[1]\n"), "bad.jsonl")
	if !errors.Is(err, ErrNoGold) || len(issues) != 2 {
		t.Errorf("err = %v, issues %v; want ErrNoGold and both lines", err, issues)
	}
}

// TestEvaluateLeavesOutBadGold: a gold value the taxonomy cannot score
// is reported and left out of its scheme's metrics, not counted as a
// miss; the line's other gold still counts. Case differences are not
// mistakes.
func TestEvaluateLeavesOutBadGold(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	golds := []Gold{
		{Line: 1, ID: "ok", Lang: "fr", Title: "Développeur web", ROME: "M1805", ISCO: "2512"},
		{Line: 2, ID: "case", Lang: "FR", Title: "Développeur web", ROME: " m1805"},
		{Line: 3, ID: "unknown rome", Lang: "fr", Title: "Comptable", ROME: "Z9999", ISCO: "2411"},
		{Line: 4, ID: "not a code", Lang: "fr", Title: "Comptable", ROME: "not a code"},
		{Line: 5, ID: "isco 2 digits", Lang: "en", Title: "accountant", ISCO: "24"},
		{Line: 6, ID: "unknown esco", Lang: "en", Title: "accountant", ESCO: "esco:nope", ESCOAny: []string{"esco:accountant"}},
		{Line: 7, ID: "lang", Lang: "xx", Title: "accountant", ISCO: "2411"},
		{Line: 8, ID: "unknown isco", Title: "accountant", ISCOAny: []string{"9999"}},
	}
	rep, err := Evaluate(context.Background(), plain, golds)
	if err != nil {
		t.Fatal(err)
	}
	type issue struct {
		line  int
		field string
	}
	var got []issue
	for _, is := range rep.Issues {
		got = append(got, issue{is.Line, is.Field})
		if is.Skipped {
			t.Errorf("%+v: a bad value does not skip its line", is)
		}
	}
	want := []issue{{3, "rome"}, {4, "rome"}, {5, "isco"}, {6, "esco"}, {7, "lang"}, {8, "isco_any[0]"}}
	if !slices.Equal(got, want) {
		t.Errorf("issues %v, want %v", got, want)
	}
	for _, c := range []struct {
		name         string
		m            Metric
		right, total int
	}{
		{"ROME métier top-1 (m1805 is M1805)", rep.All.ROMEMetier1, 2, 2},
		{"ISCO-4 (lines 1, 3, 7)", rep.All.ISCO4, -1, 3},
		{"ISCO-2 (a 2-digit code is no hit)", rep.All.ISCO2, -1, 3},
		{"ESCO top-1 (esco_any still counts)", rep.All.ESCO1, -1, 1},
		{"language (xx and none left out)", rep.All.LangID, -1, 6},
	} {
		if c.m.Total != c.total || c.right >= 0 && c.m.Right != c.right {
			t.Errorf("%s = %d/%d, want %d of %d", c.name, c.m.Right, c.m.Total, c.right, c.total)
		}
	}
	if _, ok := rep.ByLang["xx"]; ok {
		t.Errorf("lang xx has its own column: %v", rep.Sorted())
	}
	if rep.Scored != 5 || rep.Postings != 8 {
		t.Errorf("scored %d of %d postings, want 5 of 8 (lines 4, 5 and 8 have no gold left)", rep.Scored, rep.Postings)
	}
}

// TestMetricJSON: an accuracy measured on no posting is null, not 0.
func TestMetricJSON(t *testing.T) {
	for _, c := range []struct {
		v    any
		want string
	}{
		{Metric{}, `{"right":0,"total":0,"accuracy":null}`},
		{Metric{Right: 1, Total: 2, Acc: 0.5}, `{"right":1,"total":2,"accuracy":0.5}`},
		{Metric{Right: 0, Total: 3}, `{"right":0,"total":3,"accuracy":0}`},
		{Threshold{Min: 0.9}, `{"min":0.9,"coverage":0,"accuracy":null,"n":0}`},
		{Threshold{Min: 0.5, Coverage: 0.5, Acc: 1, N: 2}, `{"min":0.5,"coverage":0.5,"accuracy":1,"n":2}`},
	} {
		b, err := json.Marshal(c.v)
		if err != nil || string(b) != c.want {
			t.Errorf("%+v = %s, %v; want %s", c.v, b, err, c.want)
		}
	}
}
