package models

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

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

// TestSkillsLeaveAsides: skills named where the ad speaks of the employer
// or its offer (posting.Asides) are not the job's; those of the job
// parts stay.
func TestSkillsLeaveAsides(t *testing.T) {
	m := openedModel(t)
	desc := "Vos missions :\nDévelopper des applications en Python et administrer les bases SQL.\n\n" +
		"Ce que nous offrons :\nDes cours de yoga et un programme de développement personnel.\n\n" +
		"Processus de recrutement :\nUn entretien avec notre chargée de recrutement."
	r := m.Classifier.Classify(context.Background(), posting.Posting{Title: "Développeur Python", Description: desc}, 3)
	asides := posting.Asides(posting.Clean(desc))
	var labels []string
	python := false
	for _, s := range r.Skills {
		labels = append(labels, s.Label)
		if s.Field != "description" {
			continue
		}
		for _, a := range asides {
			if a.Holds(s.Start, s.End) {
				t.Errorf("skill %q at %d–%d is in an aside (%d–%d)", s.Label, s.Start, s.End, a.Start, a.End)
			}
		}
		python = python || strings.HasPrefix(s.Label, "Python")
	}
	if len(asides) != 2 || !python {
		t.Errorf("asides %v; skills %q, want Python from the missions", asides, labels)
	}
}

// TestSkillOffsetsIntoCleanedText: the server cleans a posting, returns
// the cleaned text and the skills the classifier found, which cleans it
// again. A bullet with a no-break space ("-&nbsp;Python") came off only
// in the second cleaning, so every offset after it was two bytes early
// ("- Pyth").
func TestSkillOffsetsIntoCleanedText(t *testing.T) {
	m := openedModel(t)
	raw := "Missions :\n-\u00a0Développer en Python\n-\u00a0Administrer les bases SQL\n\t-\u00a0Rédiger en français"
	desc := posting.Clean(raw) // as server and readers hand it on
	r := m.Classifier.Classify(context.Background(), posting.Posting{Title: "Développeur", Description: desc}, 3)
	found := 0
	for _, s := range r.Skills {
		if s.Field != "description" || s.Implied {
			continue
		}
		found++
		span := desc[s.Start:s.End]
		before, _ := utf8.DecodeLastRuneInString(desc[:s.Start])
		after, _ := utf8.DecodeRuneInString(desc[s.End:])
		if !utf8.ValidString(span) || unicode.IsLetter(before) || unicode.IsLetter(after) {
			t.Errorf("skill %q at %d–%d is %q in %q: not a whole mention", s.Label, s.Start, s.End, span, desc)
		}
		if strings.HasPrefix(s.Label, "Python") && span != "Python" {
			t.Errorf("Python at %d–%d is %q", s.Start, s.End, span)
		}
	}
	if found < 2 {
		t.Errorf("%d skills found in %q, want Python and SQL at least", found, desc)
	}
}
