package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"marsad/internal/testenv"
	"marsad/models"
)

// TestRealModel tags real dev files with the real classifier: the model
// at MARSAD_MODEL, else var/model, else one built from MARSAD_DATA (~9 s,
// not under -race). It skips with a message while no model can be opened.
func TestRealModel(t *testing.T) {
	data := testenv.DataDir(t)
	files := []string{testenv.EvalFile(t, "ma-postings-dev.jsonl"), testenv.EvalFile(t, "ma-marocannonces-postings.jsonl")}
	ctx := context.Background()
	path := os.Getenv("MARSAD_MODEL")
	if path == "" {
		path = filepath.Join(testenv.RepoRoot(t), "var", "model")
	}
	m, err := models.Open(ctx, path)
	if err != nil && raceEnabled {
		t.Skipf("no model at %s (%v), and building one under -race takes minutes: set MARSAD_MODEL or run make model", path, err)
	}
	if err != nil {
		path = filepath.Join(t.TempDir(), "model")
		if _, berr := models.Build(ctx, data, path, nil); berr != nil {
			t.Skipf("no usable model (open: %v; build: %v): the lead re-runs this once models works", err, berr)
		}
		if m, err = models.Open(ctx, path); err != nil {
			t.Skipf("models.Open: %v", err)
		}
	}
	defer m.Close()
	tax, err := m.Taxonomy()
	if err != nil {
		t.Fatal(err)
	}
	db := openTest(t, filepath.Join(t.TempDir(), "real.db"))
	tg, err := db.NewTagger(TagOptions{Classifier: m.Classifier, Model: m.Manifest.Version, Taxonomy: tax})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := tg.TagFiles(ctx, files)
	if err != nil {
		t.Fatal(err)
	}
	keys, bad := map[string]bool{}, 0
	for _, f := range files {
		recs, b := readAll(t, f)
		for _, r := range recs {
			keys[r.Posting.Source+"\x00"+r.Posting.ID] = true // the gold set repeats some MarocAnnonces ads
		}
		bad += b
	}
	want := len(keys)
	if sum.Tagged != int64(want) || sum.Errors != int64(bad) {
		t.Errorf("tagged %d with %d errors; the files hold %d distinct postings and %d bad records", sum.Tagged, sum.Errors, want, bad)
	}
	st, _ := db.Stats(ctx)
	if st.Model != m.Manifest.Version {
		t.Errorf("stats model %q, want %q", st.Model, m.Manifest.Version)
	}
	withROME := 0
	db.Postings(ctx, func(r Record) bool {
		if len(r.Tags.ROME) > 0 {
			withROME++
		}
		return true
	})
	if withROME < want/2 {
		t.Errorf("only %d of %d postings got a ROME code", withROME, want)
	}
	checkCountersMatchScan(t, db)
	t.Logf("real model %s: %+v", m.Manifest.Version, sum)
}
