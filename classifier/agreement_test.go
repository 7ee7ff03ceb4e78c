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
	s := newScratch(3, 0)
	s.hasDesc = true
	for id, v := range []float32{0.8, 0.5, 0.6} {
		s.touch(int32(id))
		s.title[id] = v
	}
	c.combine(s)
	if s.total[2] <= s.total[1] {
		t.Fatalf("setup: accidental occupation %.3f should lead %.3f before agreement", s.total[2], s.total[1])
	}
	c.agree(s)
	if s.total[1] <= s.total[2] {
		t.Errorf("after agreement the occupation the fiche supports scores %.3f, the unsupported one %.3f", s.total[1], s.total[2])
	}
	if s.total[0] != c.own(s, 0) && romeAgreeW == 0 {
		t.Errorf("the fiche's score changed (%.3f → %.3f) though ROME is not lifted", c.own(s, 0), s.total[0])
	}
}
