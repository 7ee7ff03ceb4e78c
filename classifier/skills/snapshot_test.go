package skills

import (
	"encoding/json"
	"os"
	"testing"

	"marsad/corpus"
)

// TestRealSnapshot writes every match on the unlabelled postings to the
// file named by SKILLS_SNAPSHOT, to diff extraction before and after a
// change: SKILLS_SNAPSHOT=/tmp/a.jsonl go test -run RealSnapshot
func TestRealSnapshot(t *testing.T) {
	out := os.Getenv("SKILLS_SNAPSHOT")
	if out == "" {
		t.Skip("set SKILLS_SNAPSHOT")
	}
	d := realDict(t)
	type row struct {
		Title       string `json:"title"`
		Description string `json:"description"`
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	enc := json.NewEncoder(f)
	for _, r := range readJSONL[row](t, "fr-ft-postings-unlabelled.jsonl") {
		enc.Encode(d.Extract(r.Title, corpus.French, "title"))
		enc.Encode(d.Extract(r.Description, corpus.French, "description"))
	}
	for _, r := range readJSONL[enSkillRow](t, "en-skills-dev.jsonl") {
		enc.Encode(d.Extract(r.Text, corpus.English, "text"))
	}
}
