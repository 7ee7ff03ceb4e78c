package main

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/models"
)

// TestBuildIfStale builds a model from the hand-made small taxonomy, then
// asks again: the second build --if-stale must find it up to date.
func TestBuildIfStale(t *testing.T) {
	data := filepath.Join("..", "..", "testdata", "taxonomy", "small")
	out := filepath.Join(t.TempDir(), "model")
	code, stdout, stderr := runCmd(t, "build", "--data", data, "--out", out, "--if-stale", "--quiet")
	if code != 0 || !strings.Contains(stderr, "no model at") || !strings.Contains(stdout, "written to") {
		t.Fatalf("first build: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
	code, stdout, stderr = runCmd(t, "build", "--data", data, "--out", out, "--if-stale", "--quiet")
	if code != 0 || !strings.Contains(stdout, "up to date") || strings.Contains(stdout, "written") {
		t.Fatalf("second build: exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
	}
}

// smallModel builds a model from the hand-made small taxonomy into a
// temporary directory (a fraction of a second), so that commands which
// load a model run for real without touching var/model.
func smallModel(t *testing.T) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "model")
	if _, err := models.Build(context.Background(), filepath.Join("..", "..", "testdata", "taxonomy", "small"), out, nil); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBuildChecksOutFirst: an --out the build would refuse to replace is
// refused before the build. The data directory is empty, so reaching the
// build shows up as a taxonomy error (exit 1).
func TestBuildChecksOutFirst(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	full := filepath.Join(dir, "full")
	empty := filepath.Join(dir, "empty")
	for _, d := range []string{full, empty} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{file, filepath.Join(full, "notes.txt")} {
		if err := os.WriteFile(f, []byte("keep me\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name, out string
		code      int
		want      string // in stderr
	}{
		{"existing file", file, 2, file + " exists and is not a directory"},
		{"directory without a model", full, 2, full + " exists, is not empty and holds no model"},
		{"path through a file", filepath.Join(file, "sub", "model"), 2, file + " is not a directory"},
		{"empty directory", empty, 1, "taxonomy"},
		{"new directory", filepath.Join(dir, "new", "model"), 1, "taxonomy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "build", "--quiet", "--data", t.TempDir(), "--out", tt.out)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
		})
	}
	if b, err := os.ReadFile(filepath.Join(full, "notes.txt")); err != nil || string(b) != "keep me\n" {
		t.Errorf("the directory without a model was touched: %q, %v", b, err)
	}
}

// build logs the load warnings at WARN, damage to a file first, even with
// --quiet, and says how many it left out and how to list them.
func TestBuildLogsWarnings(t *testing.T) {
	data := damagedData(t)
	tests := []struct {
		name    string
		args    []string
		want    []string // in order on stderr
		notWant string
	}{
		{"first two", []string{"--quiet", "--warnings", "2"}, []string{
			`level=WARN msg="taxonomy data files are damaged" malformed=6 warnings=19`,
			`level=WARN msg="taxonomy load warning" warning="esco-v1.2/fr/occupations_fr.csv line 5: the file ends inside this row`,
			`level=WARN msg="taxonomy load warning" warning="rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv line 2: invalid UTF-8`,
			`level=WARN msg="more taxonomy load warnings" count=17 list="marsad taxonomy stats --data ` + data + ` --warnings -1"`,
		}, "level=INFO"},
		{"none listed", []string{"--quiet", "--warnings", "0"}, []string{
			`level=WARN msg="taxonomy data files are damaged"`, `level=WARN msg="more taxonomy load warnings" count=19`,
		}, "taxonomy load warning\""},
		// Gaps of the official files are no damage: INFO, hidden by --quiet.
		{"all, quiet", []string{"--quiet", "--warnings", "-1"}, []string{"line 7: broken quote"}, "unknown fiche"},
		{"all", []string{"--warnings", "-1"}, []string{"level=WARN", "line 7: broken quote", "level=INFO", "unknown fiche"}, "more taxonomy load warnings"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "model")
			code, stdout, stderr := runCmd(t, append([]string{"build", "--data", data, "--out", out}, tt.args...)...)
			if code != 0 || !strings.Contains(stdout, "written to") {
				t.Fatalf("exit %d\nstdout %s\nstderr %s", code, stdout, stderr)
			}
			rest := stderr
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stderr lacks %q after what came before:\n%s", w, stderr)
				}
				rest = rest[i+len(w):]
			}
			if strings.Contains(stderr, tt.notWant) {
				t.Errorf("stderr has %q:\n%s", tt.notWant, stderr)
			}
		})
	}
}

// A data directory that does not exist is a mistake in the command line,
// reported before any work, like an --out the build would refuse.
func TestBuildDataDir(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, []byte("x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, data string
		code       int
		want       string
	}{
		{"missing", filepath.Join(dir, "none"), 2, "taxonomy data directory " + filepath.Join(dir, "none")},
		{"a file", file, 2, file + " is not a directory"},
		{"empty", t.TempDir(), 1, "not found"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "model")
			code, _, stderr := runCmd(t, "build", "--quiet", "--data", tt.data, "--out", out)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, tt.code, tt.want)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("--out %s was created: %v", out, err)
			}
		})
	}
}

// Two builds from the same data write the same taxonomy.gob.
func TestBuildTaxonomyReproducible(t *testing.T) {
	a, b := readManifest(t, smallModel(t)), readManifest(t, smallModel(t))
	if a.Files["taxonomy.gob"] == "" || a.Files["taxonomy.gob"] != b.Files["taxonomy.gob"] {
		t.Errorf("taxonomy.gob checksums %q and %q differ", a.Files["taxonomy.gob"], b.Files["taxonomy.gob"])
	}
	// So is the model version: a rebuild of the same data by the same
	// program is the same model (tag --retag had taken every stored
	// posting for another model's).
	if a.Version == "" || a.Version != b.Version {
		t.Errorf("model versions %q and %q differ", a.Version, b.Version)
	}
}

func readManifest(t *testing.T, dir string) models.Manifest {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m models.Manifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}
