package models

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"testing"

	"marsad/corpus/posting"
	"marsad/internal/testenv"
)

// TestRealSkillRecallThroughClassify measures the skills issue's target
// as a user meets it: the share of the compétences France Travail
// recruiters chose (skills_gold_codes) that `marsad classify` returns,
// among the skills mentioned and those implied by the top fiche.
func TestRealSkillRecallThroughClassify(t *testing.T) {
	m := openedModel(t)
	f, err := os.Open(testenv.EvalFile(t, "fr-ft-offers-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var hit, total int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var o struct {
			ID, Title, Description string
			Gold                   []string `json:"skills_gold_codes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatal(err)
		}
		r := m.Classifier.Classify(context.Background(), posting.Posting{ID: o.ID, Title: o.Title, Description: o.Description}, 3)
		found := append(r.Skills, r.Implied...)
		for _, g := range o.Gold {
			total++
			if m.Skills.Covers(found, g) {
				hit++
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	recall := float64(hit) / float64(total)
	t.Logf("recall through classify: %.3f (%d of %d gold codes)", recall, hit, total)
	// Measured 0.568 (0.547 before the label-coverage round, docs/skills.md);
	// the target is 0.50.
	if recall < 0.50 {
		t.Errorf("recall %.3f, want ≥ 0.50", recall)
	}
}

// TestRealDeterministic classifies the same real offers twice: the JSON
// must not differ (scores that sum over maps are rounded for output).
func TestRealDeterministic(t *testing.T) {
	m := openedModel(t)
	f, err := os.Open(testenv.EvalFile(t, "fr-ft-offers-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var p posting.Posting
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		a, _ := json.Marshal(m.Classifier.Classify(context.Background(), p, 5))
		for range 3 {
			if b, _ := json.Marshal(m.Classifier.Classify(context.Background(), p, 5)); string(a) != string(b) {
				t.Fatalf("posting %s classified twice:\n%s\n%s", p.ID, a, b)
			}
		}
	}
}
