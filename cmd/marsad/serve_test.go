package main

import (
	"context"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/corpus/posting"
	"marsad/server"
	"marsad/store"
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

// TestServeUsageErrors: mistakes in the command line exit 2 before the
// server listens or the store is created.
func TestServeUsageErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "var")
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"--drain", "-5s"}, "--drain -5s"},
		{[]string{"--drain", "soon"}, "-drain"},
		{[]string{"extra"}, "unexpected arguments"},
		// A malformed address is a typo, not a failure to listen.
		{[]string{"--addr", "bogus"}, "--addr \"bogus\": want HOST:PORT"},
		{[]string{"--addr", "127.0.0.1:99999"}, "bad port \"99999\""},
		{[]string{"--addr", "localhost:abc"}, "bad port \"abc\""},
		{[]string{"--addr", "[::1"}, "want HOST:PORT"},
	} {
		args := append([]string{"serve", "--addr", "127.0.0.1:0", "--db", filepath.Join(dir, "marsad.db"), "--model", filepath.Join(dir, "model")}, tc.args...)
		code, _, stderr := runCmd(t, args...)
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tc.args, code, stderr, tc.want)
		}
	}
	if _, err := os.Stat(dir); err == nil {
		t.Errorf("%s was created by a command line mistake", dir)
	}
}

// TestIngestImplausibleDate: POST /v1/postings applies marsad tag's rule.
// A date far in the future is not used (the posting is stored undated)
// and the answer names the posting, the field and the value.
func TestIngestImplausibleDate(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "api.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := &server.Model{Version: "fake-1", Classifier: titleClassifier{"Comptable": "M1203", "Coiffeur": "D1202"}}
	ps := []posting.Posting{
		{ID: "d1", Source: "t", Title: "Comptable", Date: "2025-03-10"},
		{ID: "d12", Source: "t", Title: "Coiffeur", Date: "2099-01-01"},
	}
	rep, err := storeIngester{db: db}.Ingest(context.Background(), m, ps)
	if err != nil {
		t.Fatal(err)
	}
	want := []server.IngestWarning{{Posting: 1, ID: "d12", Field: "date", Value: "2099-01-01"}}
	if rep.Stored != 2 || len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0].Message, "implausible date") {
		t.Fatalf("report %+v, want 2 stored and %+v", rep, want)
	}
	if w := rep.Warnings[0]; w.Posting != want[0].Posting || w.ID != want[0].ID || w.Field != want[0].Field || w.Value != want[0].Value {
		t.Errorf("warning %+v, want %+v", w, want[0])
	}
	st, err := db.Stats(context.Background())
	if err != nil || st.LastDate != "2025-03-10" || st.UnknownDates != 1 || st.Warnings != 1 {
		t.Errorf("stats %+v (%v): want dates up to 2025-03-10, 1 unknown, 1 warning", st, err)
	}
}
