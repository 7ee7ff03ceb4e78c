package skills

import (
	"testing"

	"marsad/corpus"
)

// TestRealTradesROME checks that searching a trade word puts first a ROME
// fiche that the crosswalk links to one of the trade's occupations: the
// Soudeur fiches for "soudure", not the methods technician that the
// welding coordinator is linked to. Known misses are listed: "soudage"
// and "لحام" are whole ESCO skill labels, and the methods technician
// also lists ROME's welding savoirs and the coordinator's text, which
// the trade rule does not reach (docs/skills.md).
func TestRealTradesROME(t *testing.T) {
	known := map[string]bool{"soudage": true, "لحام": true}
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
			got := "none"
			if len(res.ROME) > 0 {
				got = res.ROME[0].Code + " " + res.ROME[0].Label
			}
			switch ok := len(res.ROME) > 0 && linked[res.ROME[0].Code]; {
			case !ok && !known[w]:
				t.Errorf("Search(%q) ROME first = %s, not a fiche linked to the trade", w, got)
			case ok && known[w]:
				t.Errorf("Search(%q) ROME first = %s, linked now: take it off the known misses", w, got)
			}
		}
	}
}
