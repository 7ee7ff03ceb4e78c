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

// ftOffer is a France Travail dev offer with the compétences its
// recruiter chose.
type ftOffer struct {
	posting.Posting
	Gold []string `json:"skills_gold_codes"`
}

// ftOffers reads fr-ft-offers-dev.jsonl.
func ftOffers(t *testing.T) []ftOffer {
	t.Helper()
	f, err := os.Open(testenv.EvalFile(t, "fr-ft-offers-dev.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []ftOffer
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var o ftOffer
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatal(err)
		}
		out = append(out, o)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRealSkillRecallThroughClassify measures the skills issue's target
// as a user meets it: the share of the compétences France Travail
// recruiters chose (skills_gold_codes) that `marsad classify` returns,
// among the skills mentioned and those implied by the top fiche.
func TestRealSkillRecallThroughClassify(t *testing.T) {
	m := openedModel(t)
	var hit, total int
	for _, o := range ftOffers(t) {
		r := m.Classifier.Classify(context.Background(), o.Posting, 3)
		found := append(r.Skills, r.Implied...)
		for _, g := range o.Gold {
			total++
			if m.Skills.Covers(found, g) {
				hit++
			}
		}
	}
	recall := float64(hit) / float64(total)
	t.Logf("recall through classify: %.3f (%d of %d gold codes)", recall, hit, total)
	// Measured 0.568 (0.547 before the label-coverage round, docs/skills.md);
	// the target is 0.50.
	if recall < 0.50 {
		t.Errorf("recall %.3f, want ≥ 0.50", recall)
	}
}

// TestRealDeterministic classifies the same real offers several times:
// the JSON must not differ (scores that sum over maps are rounded for
// output).
func TestRealDeterministic(t *testing.T) {
	m := openedModel(t)
	for _, o := range ftOffers(t) {
		a, _ := json.Marshal(m.Classifier.Classify(context.Background(), o.Posting, 5))
		for range 3 {
			if b, _ := json.Marshal(m.Classifier.Classify(context.Background(), o.Posting, 5)); string(a) != string(b) {
				t.Fatalf("posting %s classified twice:\n%s\n%s", o.ID, a, b)
			}
		}
	}
}
