package main

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServePortInUse: an address that cannot be bound fails before the
// store (or its directory) is created.
func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := filepath.Join(t.TempDir(), "var")
	db := filepath.Join(dir, "marsad.db")
	code, _, stderr := runCmd(t, "serve", "--addr", ln.Addr().String(), "--db", db, "--model", filepath.Join(dir, "model"))
	if code != 1 || !strings.Contains(stderr, "--addr "+ln.Addr().String()) {
		t.Errorf("exit %d, stderr %q; want 1 naming --addr", code, stderr)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("%s was created although the server could not listen", dir)
	}
}
