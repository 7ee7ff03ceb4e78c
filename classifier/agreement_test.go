package classifier

import "testing"

func TestAgreeLiftsCrosswalkedOccupation(t *testing.T) {
	// Concepts: 0 ROME fiche, 1 ESCO occupation crosswalked to it,
	// 2 ESCO occupation met by an accidental label, slightly ahead.
	tb := &Tables{
		Concepts: []ConceptInfo{{Scheme: ROME, Prior: 1}, {Scheme: ESCO, Prior: 1}, {Scheme: ESCO, Prior: 1}},
		Links:    [][]Target{{{1, 0.65}}, {{0, 0.65}}, nil}, // a broad match
	}
	c := &Classifier{t: tb}
	c.indexConcepts()
	s := newScratch(3, 0)
	s.hasDesc = true
	for id, v := range []float32{0.8, 0.5, 0.6} {
		s.touch(int32(id))
		s.c[id].title = v
	}
	c.combine(s)
	if s.c[2].total <= s.c[1].total {
		t.Fatalf("setup: accidental occupation %.3f should lead %.3f before agreement", s.c[2].total, s.c[1].total)
	}
	c.agree(s)
	if s.c[1].total <= s.c[2].total {
		t.Errorf("after agreement the occupation the fiche supports scores %.3f, the unsupported one %.3f", s.c[1].total, s.c[2].total)
	}
	if s.c[0].total != c.own(s, 0) && romeAgreeW == 0 {
		t.Errorf("the fiche's score changed (%.3f → %.3f) though ROME is not lifted", c.own(s, 0), s.c[0].total)
	}
}

// TestCombineCarriesOnce: a score carried over the crosswalk is not
// carried on. Fiche 0 and fiche 2 share ESCO occupation 1; a posting that
// meets fiche 0 alone lifts occupation 1, but not fiche 2 through it.
func TestCombineCarriesOnce(t *testing.T) {
	tb := &Tables{
		Concepts: []ConceptInfo{{Scheme: ROME, Prior: 1}, {Scheme: ESCO, Prior: 1}, {Scheme: ROME, Prior: 1}},
		Links:    [][]Target{{{1, 1}}, {{0, 1}, {2, 1}}, {{1, 1}}},
	}
	c := &Classifier{t: tb}
	c.indexConcepts()
	s := newScratch(3, 0)
	s.hasDesc = true
	s.touch(0)
	s.c[0].title = 0.8
	s.touch(1) // met by a stray description word: its own score is tiny
	s.c[1].desc = 0.01
	c.combine(s)
	if s.c[1].total <= c.own(s, 1) {
		t.Errorf("occupation 1 was not lifted by fiche 0: %.3f", s.c[1].total)
	}
	if s.c[2].total > 0.05 {
		t.Errorf("fiche 2 got %.3f through occupation 1's carried score; want nothing", s.c[2].total)
	}
}
