package skills

import (
	"context"
	"math"
	"testing"

	"marsad/corpus"
	"marsad/taxonomy"
)

// TestCoverage checks the share of a skill's best label that a text
// holds, weighted by the label's kind.
func TestCoverage(t *testing.T) {
	d := tinyDict(t)
	w := defaultRankWeights
	tests := []struct {
		text     string
		skill    string
		min, max float64
	}{
		{"You enjoy working in teams", uriTeam, 1, 1},                      // preferred label, all of it
		{"Python developer", uriPython, 1, 1},                              // preferred label without its qualifier
		{"Microsoft Excel", uriOffice, w.kinds[kindAlt], w.kinds[kindAlt]}, // alternative label, all of it
		{"welding", uriWeld, 0.1, 0.9},                                     // part of "welding techniques"
		{"accounting", uriTeam, 0, 0},
	}
	for _, tt := range tests {
		toks := analyze(d.as.For(corpus.English), tt.text)
		id := d.t.SkillIndex[tt.skill]
		got := d.coverage(id, rootEN, d.queryTerms(toks), make(map[int32]float64), w.kinds)
		if got < tt.min-1e-9 || got > tt.max+1e-9 || math.IsNaN(got) {
			t.Errorf("coverage(%q, %s) = %.3f, want in [%.2f, %.2f]", tt.text, tt.skill, got, tt.min, tt.max)
		}
	}
}

// TestRankHints checks that a one-word alternative label stays a hint
// however often it is repeated: it must not go ahead of a mention.
func TestRankHints(t *testing.T) {
	const uriDecide = "http://data.europa.eu/esco/skill/decide"
	tax := tinyTaxonomy()
	tax.Skills[uriDecide] = &taxonomy.Skill{URI: uriDecide, Type: "skill/competence",
		Pref: taxonomy.Text{corpus.French: "prendre des décisions"}, Alt: taxonomy.Terms{corpus.French: {"choix"}}}
	d, err := Build(context.Background(), tax, corpus.NewAnalyzers(corpus.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	// Three hints (0.72 each, +0.05 per repeat) against one mention of a
	// one-word preferred label (0.8).
	got := d.Rank("Participer au choix, au choix et au choix des outils de comptabilité.", corpus.French, 1)
	if len(got) != 1 || got[0].Code != uriAccount || got[0].Implied {
		t.Errorf("Rank = %+v, want the mention %s first", got, uriAccount)
	}
}
