package skills

import (
	"reflect"
	"testing"

	"marsad/corpus"
)

// TestRealTradesROME checks that searching a trade word puts first a ROME
// fiche that the crosswalk links to one of the trade's occupations: the
// Soudeur fiches for "soudure", not the methods technician that the
// welding coordinator is linked to.
func TestRealTradesROME(t *testing.T) {
	d := realDict(t)
	for _, tr := range trades {
		linked := make(map[string]bool)
		for _, uri := range tr.occs {
			for _, f := range d.t.OccFiches[d.t.OccIndex[uri]] {
				linked[d.t.Fiches[f.To].Code] = true
			}
		}
		if len(linked) == 0 {
			continue // no crosswalk link: nothing to expect
		}
		for _, w := range tr.words {
			res := d.Search(w, corpus.Undetermined, 3)
			if len(res.ROME) == 0 || !linked[res.ROME[0].Code] {
				got := "none"
				if len(res.ROME) > 0 {
					got = res.ROME[0].Code + " " + res.ROME[0].Label
				}
				t.Errorf("Search(%q) ROME first = %s, not a fiche linked to the trade", w, got)
			}
		}
	}
}

// TestRealSearchDeterministic: the same query gives the same answer,
// skills lists included, however Go orders its maps ("comptabilité" once
// listed M1507's skill in one run out of three).
func TestRealSearchDeterministic(t *testing.T) {
	d := realDict(t)
	for _, q := range []string{"comptabilité", "soudure", "Python, SQL"} {
		first := d.Search(q, corpus.Undetermined, 10)
		for range 20 {
			if got := d.Search(q, corpus.Undetermined, 10); !reflect.DeepEqual(got, first) {
				t.Fatalf("Search(%q) changed between runs:\n%+v\n%+v", q, first, got)
			}
		}
	}
}
