package classifier

import "testing"

// TestOverlapSingleLetters: a label met only through one-letter words is
// not met ("khdama f dar" and "F & B manager" share "f"); met through a
// real word too, the letters count.
func TestOverlapSingleLetters(t *testing.T) {
	label, sum := []labelTerm{{1, -1}, {2, -1}, {3, -1}}, float32(5) // f, b, manager
	onlyF := &wordForm{ids: []int32{-2, 1, -4}, keys: []int32{-1, -1, -1}, w: []float32{4, 2, 4}, sum: 10, single: []bool{false, true, false}}
	if got := overlap(onlyF, label, sum); got != 0 {
		t.Errorf("met through \"f\" alone: %v, want 0", got)
	}
	fAndManager := &wordForm{ids: []int32{1, 2, 3}, keys: []int32{-1, -1, -1}, w: []float32{2, 2, 1}, sum: 5, single: []bool{true, true, false}}
	if got := overlap(fAndManager, label, sum); got != 1 {
		t.Errorf("\"F & B manager\" against itself: %v, want 1", got)
	}
}
