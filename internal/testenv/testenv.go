// Package testenv finds the real data that integration tests read: the
// taxonomy at MARSAD_DATA and the development sets in ../shared/eval.
// Outside CI a missing directory skips the test with a message; in CI
// (CI=true) it fails it, so integration tests cannot silently not run.
package testenv

import (
	"os"
	"path/filepath"
	"testing"
)

// DataDir returns the taxonomy data directory named by MARSAD_DATA.
func DataDir(tb testing.TB) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("integration test: skipped with -short")
	}
	dir := os.Getenv("MARSAD_DATA")
	if dir == "" {
		missing(tb, "MARSAD_DATA is not set (integration tests read the taxonomy there)")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		tb.Fatal(err)
	}
	if fi, err := os.Stat(abs); err != nil || !fi.IsDir() {
		missing(tb, "MARSAD_DATA="+dir+" is not a directory")
	}
	return abs
}

// EvalFile returns the path of a development set, e.g. "fr-ft-offers-dev.jsonl",
// found in MARSAD_EVAL or in ../shared/eval beside the repository.
func EvalFile(tb testing.TB, name string) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("integration test: skipped with -short")
	}
	dir := os.Getenv("MARSAD_EVAL")
	if dir == "" {
		dir = filepath.Join(RepoRoot(tb), "..", "shared", "eval")
	}
	p := filepath.Join(dir, name)
	if _, err := os.Stat(p); err != nil {
		missing(tb, "development set "+p+" not found (set MARSAD_EVAL)")
	}
	return p
}

// RepoRoot returns the directory holding go.mod, found upwards from the
// test's working directory.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("testenv: go.mod not found above the working directory")
		}
		dir = parent
	}
}

func missing(tb testing.TB, why string) {
	tb.Helper()
	if os.Getenv("CI") != "" {
		tb.Fatal(why + " — integration tests must run in CI")
	}
	tb.Skip(why)
}
