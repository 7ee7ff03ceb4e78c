package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"marsad/classifier/skills"
)

// TestSearchSkillInvalidUTF8: a query that is not UTF-8 is refused at once,
// as the API refuses it (invalid_utf8), before the model is opened.
func TestSearchSkillInvalidUTF8(t *testing.T) {
	model := filepath.Join(t.TempDir(), "no-model")
	for _, q := range []string{"Python\xff", "\xc3(", "soudure \xed\xa0\x80"} {
		code, out, stderr := runCmd(t, "search-skill", "--model", model, q)
		if code != 2 || !strings.Contains(stderr, "not valid UTF-8") || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and not valid UTF-8", q, code, out, stderr)
		}
	}
}

// TestSearchTableCells: text with tabs, line breaks or tabwriter's escape
// byte (0xFF) stays inside its cell; each row keeps its four columns.
func TestSearchTableCells(t *testing.T) {
	tests := []struct{ name, text string }{
		{"tab", "Python\tSQL"},
		{"newline", "Python\nSQL"},
		{"form feed", "Python\fSQL"},
		{"vertical tab", "Python\vSQL"},
		{"escape byte", "Python\xffSQL"},
		{"escape pair", "\xffPython\xff\tSQL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := skills.SearchResult{
				Query:  tt.text,
				Skills: []skills.Match{{Label: tt.text, Scheme: "esco", Score: 1, Code: "s1"}},
				ROME:   []skills.Scored{{Label: tt.text, Score: 0.5, Code: "M1805"}},
			}
			var b bytes.Buffer
			if err := writeSearchTable(&b, res); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if strings.ContainsAny(out, "\t\f\v") || strings.IndexByte(out, 0xff) >= 0 {
				t.Errorf("control or escape bytes reached the output:\n%q", out)
			}
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			// Query, blank, SKILL header, 1 skill; then blank + header (+ 1 row for ROME) per scheme.
			if len(lines) != 4+3+2+2 {
				t.Fatalf("%d lines, want 11:\n%s", len(lines), out)
			}
			// Columns are at least two spaces apart; the text has single spaces.
			for _, l := range []string{lines[3], lines[6]} {
				if cols := regexp.MustCompile(`\s{2,}`).Split(l, -1); len(cols) != 4 || !strings.Contains(cols[0], "SQL") {
					t.Errorf("row %q: columns %q, want 4 with the text in the first", l, cols)
				}
			}
		})
	}
}

// TestSearchTableWithoutSkills: occupations found through their own texts
// are printed when no skill label matched ("nursing"); an answer with
// nothing at all says so.
func TestSearchTableWithoutSkills(t *testing.T) {
	var b bytes.Buffer
	res := skills.SearchResult{Query: "nursing", ISCO: []skills.Scored{{Label: "Nursing professionals", Score: 0.7, Code: "2221"}}}
	if err := writeSearchTable(&b, res); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "No skill recognised; occupations") || !strings.Contains(out, "2221") {
		t.Errorf("occupations without skills not printed:\n%s", out)
	}
	b.Reset()
	if err := writeSearchTable(&b, skills.SearchResult{Query: "zzz"}); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "No skill recognised.") || strings.Contains(out, "ISCO") {
		t.Errorf("empty answer:\n%s", out)
	}
}

// TestSearchSkillArgs: flags after the query are read as flags, not as
// words of the query; a query without a word is missing, as an empty
// one is (exit 2, before the model is opened).
func TestSearchSkillArgs(t *testing.T) {
	model := smallModel(t)
	none := filepath.Join(t.TempDir(), "no-model")
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		query  string // the query searched (exit 0)
		top    int    // at most this many answers per scheme (exit 0)
		stderr string // in the message (exit 2)
	}{
		{"flags first", []string{"--model", model, "--top", "1", "--json", "programmation"}, 0, "programmation", 1, ""},
		{"flags after", []string{"--model", model, "programmation", "--top", "1", "--json"}, 0, "programmation", 1, ""},
		{"flags between", []string{"programmation", "--model", model, "informatique", "--json", "--top=1"}, 0, "programmation informatique", 1, ""},
		{"after --", []string{"--model", model, "--json", "--", "-programmation"}, 0, "-programmation", 10, ""},
		{"bad flag after", []string{"--model", none, "soudure", "--lang", "xx"}, 2, "", 0, "--lang"},
		{"unknown flag after", []string{"--model", none, "soudure", "--topp", "2"}, 2, "", 0, "topp"},
		{"top out of range after", []string{"--model", none, "soudure", "--top", "0"}, 2, "", 0, "--top"},
		{"empty", []string{"--model", none, ""}, 2, "", 0, "missing QUERY"},
		{"blank", []string{"--model", none, "  "}, 2, "", 0, "missing QUERY"},
		{"commas", []string{"--model", none, "   ,  , "}, 2, "", 0, "missing QUERY"},
		{"punctuation", []string{"--model", none, ";", "-", "!"}, 2, "", 0, "missing QUERY"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, stderr := runCmd(t, append([]string{"search-skill"}, c.args...)...)
			if code != c.code {
				t.Fatalf("exit %d, want %d; stderr %q", code, c.code, stderr)
			}
			if c.code != 0 {
				if !strings.Contains(stderr, c.stderr) || out != "" {
					t.Errorf("stdout %q, stderr %q; want a message naming %q", out, stderr, c.stderr)
				}
				return
			}
			var res skills.SearchResult
			if err := json.Unmarshal([]byte(out), &res); err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if res.Query != c.query || len(res.ROME) > c.top || len(res.ISCO) > c.top || len(res.ESCO) > c.top {
				t.Errorf("query %q with %d/%d/%d answers; want %q with at most %d per scheme", res.Query, len(res.ROME), len(res.ISCO), len(res.ESCO), c.query, c.top)
			}
		})
	}
}
