package main

import (
	"strings"
	"testing"
)

// TestRunHelp: help asked for is printed on stdout with status 0; no
// command at all is a usage error (2) so that a script notices.
func TestRunHelp(t *testing.T) {
	tests := []struct {
		args         []string
		code         int
		stdout, errs bool // where the command list goes
	}{
		{nil, 2, false, true},
		{[]string{"help"}, 0, true, false},
		{[]string{"-h"}, 0, true, false},
		{[]string{"--help"}, 0, true, false},
		{[]string{"frobnicate"}, 2, false, true},
		// A missing gold file is a command-line mistake, told before the model loads.
		{[]string{"eval", "--model", "/nonexistent/model", "--gold", "/nonexistent/gold.jsonl"}, 2, false, false},
		{[]string{"eval", "--model", "/nonexistent/model", "--gold", "/nonexistent/gold.jsonl", "extra"}, 2, false, false},
	}
	for _, tt := range tests {
		code, stdout, stderr := runCmd(t, tt.args...)
		if code != tt.code {
			t.Errorf("%q: exit %d, want %d", tt.args, code, tt.code)
		}
		if got := strings.Contains(stdout, "Commands:"); got != tt.stdout {
			t.Errorf("%q: command list on stdout = %v, want %v", tt.args, got, tt.stdout)
		}
		if got := strings.Contains(stderr, "Commands:"); got != tt.errs {
			t.Errorf("%q: command list on stderr = %v, want %v", tt.args, got, tt.errs)
		}
	}
	// Both db subcommands are listed.
	if _, stdout, _ := runCmd(t, "help"); !strings.Contains(stdout, "db stats, db errors") {
		t.Errorf("help does not list db errors:\n%s", stdout)
	}
}
