package main

import (
	"context"
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
