package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"marsad/internal/testenv"
)

// thousands finds numbers written with separators ("1,584", "13 120").
var thousands = regexp.MustCompile(`\s\d{1,3}[, \x{202f}]\d{3}\b`)

var taxonomyFixture = filepath.Join("..", "..", "testdata", "taxonomy", "small")

// runTaxonomyCmd runs "marsad args..." with MARSAD_DATA set to data.
func runTaxonomyCmd(t *testing.T, data string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(""),
		stdout: &out,
		stderr: &errb,
		getenv: func(k string) string {
			if k == "MARSAD_DATA" {
				return data
			}
			return ""
		},
	}
	code = run(context.Background(), e, args)
	return code, out.String(), errb.String()
}

func TestTaxonomyCommand(t *testing.T) {
	const dev = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   []string // substrings expected on stdout
		stderr   string
		notInOut string
	}{
		{"stats", []string{"taxonomy", "stats"}, 0,
			[]string{"ROME fiches", "3\n", "ROME fiches reaching ISCO", "esco_occupations", "load warnings"}, "", ""},
		{"stats with --data", []string{"taxonomy", "stats", "--data", taxonomyFixture, "--warnings", "0"}, 0,
			[]string{"ISCO-08 level 4 groups"}, "", "first "},
		{"show fiche", []string{"taxonomy", "show", "M1805"}, 0,
			[]string{"ROME fiche M1805", "métier (code_rome_parent): M1805", "14153 Développeur / Développeuse informatique", "2512 1.000 Concepteurs de logiciels", "M1806", "Participe à l'analyse"}, "", ""},
		{"show key before flag", []string{"taxonomy", "show", "2512", "--data", taxonomyFixture}, 0,
			[]string{"ISCO-08 group 2512 (level 4)", "title ar: (no official title)", "ar: مطور برمجيات / مطورة برمجيات", "en: software developer", "fr: développeur de logiciels"}, "", ""},
		{"show ISCO major group lists occupations below", []string{"taxonomy", "show", "2"}, 0,
			[]string{"children (1)", "25 Spécialistes", "software developer"}, "", ""},
		{"show appellation", []string{"taxonomy", "show", "38444"}, 0,
			[]string{"ROME appellation 38444", "fiche: D1102", "broad"}, "", ""},
		{"show occupation", []string{"taxonomy", "show", dev}, 0,
			[]string{"label ar: مطور برمجيات", "essential skills (1)", "programmation informatique", "crosswalk entries (ROME appellations) (2)"}, "", ""},
		{"show skill", []string{"taxonomy", "show", "http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02"}, 0,
			[]string{"label ar: لغة برمجة هاسكل", "occupations where it is optional (1)"}, "", ""},
		{"unknown key", []string{"taxonomy", "show", "Z9999"}, 1, nil, `unknown key "Z9999"`, ""},
		{"no key", []string{"taxonomy", "show"}, 2, nil, "exactly one KEY", ""},
		{"no subcommand", []string{"taxonomy"}, 2, nil, "missing subcommand", ""},
		{"bad subcommand", []string{"taxonomy", "list"}, 2, nil, `unknown taxonomy subcommand "list"`, ""},
		{"bad flag", []string{"taxonomy", "stats", "--nope"}, 2, nil, "flag provided but not defined", ""},
		{"missing data dir", []string{"taxonomy", "stats", "--data", filepath.Join(t.TempDir(), "none")}, 2, nil, "taxonomy data directory", ""},
		{"data dir is a file", []string{"taxonomy", "show", "--data", filepath.Join(taxonomyFixture, "esco-fr-labels-api", "skills_fr.csv"), "M1805"}, 2, nil, "is not a directory", ""},
		{"missing MARSAD_DATA dir", []string{"taxonomy", "show", "M1805"}, 2, nil, "taxonomy data directory", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := taxonomyFixture
			if strings.HasPrefix(tt.name, "missing MARSAD_DATA") {
				data = filepath.Join(t.TempDir(), "none")
			}
			code, out, errs := runTaxonomyCmd(t, data, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr: %s", code, tt.code, errs)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(out, s) {
					t.Errorf("stdout lacks %q:\n%s", s, out)
				}
			}
			if tt.stderr != "" && !strings.Contains(errs, tt.stderr) {
				t.Errorf("stderr = %q, want it to contain %q", errs, tt.stderr)
			}
			if tt.notInOut != "" && strings.Contains(out, tt.notInOut) {
				t.Errorf("stdout contains %q:\n%s", tt.notInOut, out)
			}
			if m := thousands.FindString(out); m != "" {
				t.Errorf("stdout has a thousands separator %q", m)
			}
		})
	}
}

func TestTaxonomyStatsJSON(t *testing.T) {
	code, out, errs := runTaxonomyCmd(t, taxonomyFixture, "taxonomy", "stats", "--json", "--warnings", "2")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var s struct {
		Fiches   int                       `json:"rome_fiches"`
		Labels   map[string]map[string]int `json:"labels"`
		ISCO     map[string]int            `json:"isco_groups_by_level"`
		Warnings int                       `json:"warnings"`
		List     []struct {
			File    string `json:"file"`
			Line    int    `json:"line"`
			Message string `json:"message"`
		} `json:"warning_list"`
		More int `json:"warnings_not_listed"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("stats --json is not JSON: %v\n%s", err, out)
	}
	if s.Fiches != 3 || s.Labels["esco_occupations"]["ar"] != 2 || s.ISCO["4"] != 2 {
		t.Errorf("stats --json = %+v", s)
	}
	if len(s.List) != 2 || s.List[0].File == "" || s.List[0].Line == 0 || s.List[0].Message == "" || s.More != s.Warnings-2 {
		t.Errorf("stats --json --warnings 2: list %+v, %d not listed of %d", s.List, s.More, s.Warnings)
	}
}

// damagedData is the small taxonomy with the damaged files of
// testdata/taxonomy/damaged laid over it (its README says what is wrong).
func damagedData(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	for _, src := range []string{taxonomyFixture, filepath.Join("..", "..", "testdata", "taxonomy", "damaged")} {
		err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(src, p)
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dst, rel)), 0o755); err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// Damage to a data file is listed first, with file and line, in text and
// in JSON, and what is left out is counted.
func TestTaxonomyStatsWarnings(t *testing.T) {
	data := damagedData(t)
	const truncated = "esco-v1.2/fr/occupations_fr.csv line 5: the file ends inside this row"
	tests := []struct {
		name string
		args []string
		want []string // in order on stdout
	}{
		{"text", []string{"--warnings", "3"}, []string{"of which about malformed files", " 6\n", "first 3 warnings:\n  " + truncated,
			"unix_referentiel_appellation_v460_utf8.csv line 2: invalid UTF-8", "more (--warnings -1 lists them all)"}},
		{"json", []string{"--warnings", "3", "--json"}, []string{`"malformed_warnings": 6`, `"warning_list": [`, `"file": "esco-v1.2/fr/occupations_fr.csv"`,
			`"line": 5`, `"malformed": true`, `"warnings_not_listed": `}},
		{"json without warnings", []string{"--warnings", "0", "--json"}, []string{`"warning_list": []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runTaxonomyCmd(t, data, append([]string{"taxonomy", "stats"}, tt.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			rest := out
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stdout lacks %q after what came before:\n%s", w, out)
				}
				rest = rest[i+len(w):]
			}
		})
	}
}

func TestTaxonomyStatsRealData(t *testing.T) {
	dir := testenv.DataDir(t)
	code, out, errs := runTaxonomyCmd(t, dir, "taxonomy", "stats")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, s := range []string{"ROME fiches                      1584", "ROME appellations                13120", "ROME métiers (code_rome_parent)  532"} {
		if !strings.Contains(out, s) {
			t.Errorf("stats lacks %q:\n%s", s, out)
		}
	}
}
