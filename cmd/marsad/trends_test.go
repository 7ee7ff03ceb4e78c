package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"marsad/classifier"
	"marsad/classifier/skills"
	"marsad/corpus/posting"
	"marsad/models"
	"marsad/server"
	"marsad/store"
)

// TestTrendsFilters: filter values are read as the store records them
// (case, region names, either syntax), like GET /v1/trends reads them.
func TestTrendsFilters(t *testing.T) {
	path := smallStore(t)
	for _, c := range []struct {
		filter string
		dim    string
		value  string
		total  int64 // postings in January and February 2025
	}{
		{"rome=M1805", "rome", "M1805", 3},
		{"rome=m1805", "rome", "M1805", 3},
		{"rome:m1805", "rome", "M1805", 3},
		{"region=casablanca-settat", "region", "casablanca-settat", 1},
		{"region=Casablanca-Settat", "region", "casablanca-settat", 1},
		{"region:Grand Casablanca", "region", "casablanca-settat", 1},
		{"source=FIXTURE", "source", "fixture", 7},
	} {
		code, out, errOut := runCmd(t, "trends", "--db", path, "--from", "2025-01", "--to", "2025-02", "--format", "json", "--filter", c.filter)
		if code != 0 {
			t.Errorf("--filter %s: exit %d: %s", c.filter, code, errOut)
			continue
		}
		var rep store.TrendReport
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("--filter %s: %v\n%s", c.filter, err, out)
		}
		var total int64
		for _, p := range rep.Periods {
			total += p.Total
		}
		if f := rep.Query.Filters; len(f) != 1 || f[0].Dim != c.dim || f[0].Value != c.value || total != c.total {
			t.Errorf("--filter %s: filters %+v, total %d; want %s=%s, %d", c.filter, f, total, c.dim, c.value, c.total)
		}
	}
}

// TestTrendsRefusals: a filter value no posting can have, or a report
// too large, exits 2 with one line naming the problem, not the usage.
func TestTrendsRefusals(t *testing.T) {
	path := smallStore(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--filter", "region=mars"}, `--filter region=mars: not one of Morocco's 12 regions`},
		{[]string{"--filter", "region=casablanca"}, "its region is region=casablanca-settat"},
		{[]string{"--filter", "rome=ZZZZ"}, "--filter rome=ZZZZ: not a ROME fiche code"},
		{[]string{"--filter", "colour:red"}, `unknown dimension "colour"`},
		{[]string{"--filter", "source=rekrute"}, "filter source=rekrute: no posting from that source (sources: fixture)"},
		{[]string{"--interval", "day", "--from", "1900", "--to", "2100"}, "at most 4000 per report; use a coarser interval"},
		{[]string{"--interval", "day", "--from", "2023", "--to", "2024", "--top", "100"}, "lower top"},
	} {
		code, out, errOut := runCmd(t, append([]string{"trends", "--db", path}, c.args...)...)
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and one line with %q", c.args, code, out, errOut, c.want)
		}
	}
}

// TestTrendsJSONEmptyLists: --format json prints [] for empty lists, as
// the API does.
func TestTrendsJSONEmptyLists(t *testing.T) {
	path := smallStore(t)
	code, out, errOut := runCmd(t, "trends", "--db", path, "--from", "2025-01", "--to", "2025-01", "--filter", "region=oriental", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, k := range []string{"series", "rising", "falling"} {
		if !strings.Contains(out, `"`+k+`": []`) {
			t.Errorf("%s is not []:\n%s", k, out)
		}
	}
}

// Keys of the small taxonomy (testdata/taxonomy/small).
const (
	skillProg = "http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97" // programmation informatique
	skillWeb  = "109846"                                                                // Concevoir une application web
)

// skillClassifier names skills of the small taxonomy: programming for
// every posting, web design for developers.
type skillClassifier struct{ titleClassifier }

func (c skillClassifier) Classify(ctx context.Context, p posting.Posting, top int) classifier.Result {
	r := c.titleClassifier.Classify(ctx, p, top)
	r.Skills = []skills.Match{{Scheme: "esco", Code: skillProg, Score: 0.9}}
	if strings.HasPrefix(p.Title, "Développeur") {
		r.Skills = append(r.Skills, skills.Match{Scheme: "rome", Code: skillWeb, Score: 0.8})
	}
	return r
}

// skillStore is smallStore's postings with skills.
func skillStore(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "skills.db")
	db, err := store.Open(path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	tg, err := db.NewTagger(store.TagOptions{Model: "fake-1",
		Classifier: skillClassifier{titleClassifier{"Développeur Java": "M1805", "Comptable": "M1203"}}})
	if err != nil {
		t.Fatal(err)
	}
	ps := []posting.Posting{
		{ID: "1", Title: "Développeur Java", Location: "Casablanca", Date: "2025-01-06"},
		{ID: "2", Title: "Comptable", Location: "Rabat", Date: "2025-01-20"},
		{ID: "3", Title: "Développeur Java", Location: "Rabat", Date: "2025-02-03"},
		{ID: "4", Title: "Développeur Java", Location: "Fès", Date: "2025-02-10"},
	}
	if _, _, err := tg.TagPostings(context.Background(), ps, "fixture"); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestTrendsJSONSameAsAPI: --format json prints the report GET
// /v1/trends answers for the same store, model and question, labels
// included.
func TestTrendsJSONSameAsAPI(t *testing.T) {
	model := smallModel(t)
	m, err := models.Open(context.Background(), model)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	tax, err := m.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path   func(*testing.T) string
		by     string
		labels map[string]string // key → label wanted
	}{
		{smallStore, "rome", map[string]string{"M1805": "Développeur / Développeuse informatique", "M1203": ""}},
		{skillStore, "skill", map[string]string{skillProg: "programmation informatique", skillWeb: "Concevoir une application web"}},
		{smallStore, "region", map[string]string{"rabat-sale-kenitra": ""}},
	} {
		path := c.path(t)
		code, out, errOut := runCmd(t, "trends", "--db", path, "--model", model, "--by", c.by, "--from", "2025-01", "--to", "2025-02", "--format", "json")
		if code != 0 {
			t.Fatalf("--by %s: exit %d: %s", c.by, code, errOut)
		}
		var cli store.TrendReport
		if err := json.Unmarshal([]byte(out), &cli); err != nil {
			t.Fatalf("--by %s: %v\n%s", c.by, err, out)
		}
		for key, want := range c.labels {
			i := slices.IndexFunc(cli.Series, func(s store.Series) bool { return s.Key == key })
			if i < 0 || cli.Series[i].Label != want {
				t.Errorf("--by %s: series %s missing or label not %q:\n%s", c.by, key, want, out)
			}
		}

		db, err := store.Open(path, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		srv := server.New(server.Options{Trends: db})
		srv.SetModel(&server.Model{Version: "small", Taxonomy: tax})
		w := httptest.NewRecorder()
		srv.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/v1/trends?by="+c.by+"&from=2025-01&to=2025-02", nil))
		db.Close()
		var api store.TrendReport
		if err := json.Unmarshal(w.Body.Bytes(), &api); err != nil || w.Code != 200 {
			t.Fatalf("--by %s: API %d %s", c.by, w.Code, w.Body)
		}
		if !reflect.DeepEqual(cli, api) {
			t.Errorf("--by %s: the CLI and the API differ:\nCLI %+v\nAPI %+v", c.by, cli, api)
		}
	}
}

// TestTrendsTableLabels: the table heads its columns with the series'
// labels, never an ESCO URI, and lists each key with its label; without
// a model (--model ”) the keys stand alone.
func TestTrendsTableLabels(t *testing.T) {
	model := smallModel(t)
	path := skillStore(t)
	code, out, errOut := runCmd(t, "trends", "--db", path, "--model", model, "--by", "skill", "--from", "2025-01", "--to", "2025-02")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	head, legend, ok := strings.Cut(out, "\ncolumns:\n")
	if !ok {
		t.Fatalf("no list of columns:\n%s", out)
	}
	for _, want := range []string{"programmation informatique", "Concevoir une application web"} {
		if !strings.Contains(head, want) {
			t.Errorf("table lacks the column head %q:\n%s", want, out)
		}
	}
	if strings.Contains(head, "http://") {
		t.Errorf("an ESCO URI heads a column:\n%s", out)
	}
	for _, want := range []string{"  " + skillProg + " +programmation informatique\n", "  " + skillWeb + " +Concevoir une application web\n"} {
		if !regexp.MustCompile(want).MatchString(legend) {
			t.Errorf("columns list lacks %q:\n%s", want, out)
		}
	}

	code, out, errOut = runCmd(t, "trends", "--db", path, "--model", "", "--by", "skill", "--from", "2025-01", "--to", "2025-02")
	if code != 0 || errOut != "" || strings.Contains(out, "columns:") || !strings.Contains(out, skillProg) {
		t.Errorf("--model '': exit %d, stderr %q:\n%s", code, errOut, out)
	}
	// A model asked for by name must be there.
	code, _, errOut = runCmd(t, "trends", "--db", path, "--model", filepath.Join(t.TempDir(), "none"), "--by", "skill")
	if code != 1 || !strings.Contains(errOut, "none") {
		t.Errorf("missing --model: exit %d, stderr %q; want 1 naming it", code, errOut)
	}
}

func TestShorten(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Java", 30, "Java"},
		{"Concevoir une application web", 29, "Concevoir une application web"},
		{"Concevoir une application web", 11, "Concevoir…"}, // no space before the mark
		{"Concevoir une application web", 12, "Concevoir u…"},
		{"تطوير البرمجيات", 6, "تطوير…"},
	} {
		if got := shorten(c.in, c.n); got != c.want {
			t.Errorf("shorten(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

// TestTrendsByISCO: --by isco is the unit group, as the API's by=isco is
// (the CLI refused it).
func TestTrendsByISCO(t *testing.T) {
	path := smallStore(t)
	var reps [2]store.TrendReport
	for i, by := range []string{"isco", "isco4"} {
		code, out, errOut := runCmd(t, "trends", "--db", path, "--model", "", "--by", by, "--format", "json")
		if code != 0 {
			t.Fatalf("--by %s: exit %d: %s", by, code, errOut)
		}
		if err := json.Unmarshal([]byte(out), &reps[i]); err != nil {
			t.Fatalf("--by %s: %v\n%s", by, err, out)
		}
	}
	if reps[0].Query.By != "isco4" || !reflect.DeepEqual(reps[0], reps[1]) {
		t.Errorf("--by isco: %+v\nwant the isco4 report %+v", reps[0], reps[1])
	}
}
