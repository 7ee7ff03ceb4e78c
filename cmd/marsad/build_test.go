package main

import (
	"path/filepath"
	"strings"
	"testing"
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
