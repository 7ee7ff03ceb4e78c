package skills

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"sync"
	"testing"

	"marsad/corpus"
)

// rankForFicheRef is rankForFiche written plainly, with maps, as it was
// before it was made cheaper: the reference rankForFiche must match to
// the bit. Only the BM25 sum has a fixed order (the query's terms by id,
// as rankForFiche adds them; a map's order varies).
func (d *Dictionary) rankForFicheRef(ficheCode, text string, n int, w ficheWeights) []Match {
	fi, ok := d.t.FicheIndex[ficheCode]
	if !ok || n <= 0 {
		return nil
	}
	own := make(map[int32]int) // skill → first position
	for p, s := range d.t.FicheSkills[fi] {
		if _, dup := own[s]; !dup {
			own[s] = p
		}
	}
	var core map[int32]bool
	if fi < int32(len(d.t.FicheCore)) && len(d.t.FicheCore[fi]) > 0 {
		core = make(map[int32]bool)
		for _, s := range d.t.FicheCore[fi] {
			core[s] = true
		}
	}
	support := make(map[int32]float64)
	for _, m := range d.extract(text, nil, corpus.French, "description", modeRank) {
		if id, ok := d.t.SkillIndex[m.Code]; ok {
			if _, mine := own[id]; mine {
				support[id] = max(support[id], 1+m.Score)
			}
		}
	}
	q := d.queryTerms(analyze(d.as.For(corpus.French), text))
	terms := make([]int32, 0, len(q))
	for t := range q {
		terms = append(terms, t)
	}
	slices.Sort(terms)
	bm := make(map[int32]float64)
	for _, t := range terms {
		for doc, v := range d.t.Rank.score(rootFR, map[int32]float64{t: q[t]}) {
			if _, mine := own[doc]; mine {
				bm[doc] += v
			}
		}
	}
	best := 0.0
	for _, v := range bm {
		best = max(best, v)
	}
	scores := make(map[int32]float64)
	for id, p := range own {
		prior := 1 / (1 + float64(p)/w.head)
		if core != nil {
			if core[id] {
				prior *= 1 + w.core
			} else {
				prior *= 1 - w.core
			}
		}
		if d.t.Skills[id].Type == "savoir" {
			prior *= w.savoir
		}
		v := support[id]
		if best > 0 {
			v += bm[id] / best
		}
		scores[id] = prior + w.text*v
	}
	ids := make([]int32, 0, len(scores))
	for id := range scores {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if scores[ids[i]] != scores[ids[j]] {
			return scores[ids[i]] > scores[ids[j]]
		}
		return ids[i] < ids[j]
	})
	out := []Match{}
	macros := make(map[string]int)
	for len(out) < n && len(ids) > 0 {
		bi, bv := -1, -1.0
		for i, id := range ids {
			v := scores[id]
			if m := d.t.Skills[id].Macro; m != "" {
				v *= math.Pow(w.macro, float64(macros[m]))
			}
			if v > bv {
				bi, bv = i, v
			}
		}
		id := ids[bi]
		ids = append(ids[:bi], ids[bi+1:]...)
		if m := d.t.Skills[id].Macro; m != "" {
			macros[m]++
		}
		s := &d.t.Skills[id]
		out = append(out, Match{Scheme: s.Scheme, Code: s.Code, Label: s.label(corpus.French),
			Score: min(1, scores[id]/2), Field: "description", Implied: true})
	}
	return out
}

// TestRealRankForFicheRef checks rankForFiche against rankForFicheRef on
// real titles and descriptions, with the fiches Search finds for them,
// under the default weights and others of the sensitivity sweep.
func TestRealRankForFicheRef(t *testing.T) {
	d := realDict(t)
	type pair struct{ fiche, text string }
	var pairs []pair
	for _, o := range readJSONL[ftOffer](t, "fr-ft-offers-dev.jsonl") {
		pairs = append(pairs, pair{o.ROME, o.Title}, pair{o.ROME, o.Title + "\n" + o.Description})
	}
	type row struct {
		Title string `json:"title"`
	}
	for _, r := range readJSONL[row](t, "fr-ft-postings-unlabelled.jsonl") {
		for _, s := range d.Search(r.Title, corpus.French, 3).ROME {
			pairs = append(pairs, pair{s.Code, r.Title})
		}
	}
	pairs = append(pairs, pair{"no such fiche", "Boulanger"}, pair{pairs[0].fiche, ""}, pair{pairs[0].fiche, "C++ C# c++++"})
	type setting struct {
		n int
		w ficheWeights
	}
	def := defaultFicheWeights
	settings := []setting{{1, def}, {10, def}, {40, def}}
	for _, f := range []func(*ficheWeights){
		func(w *ficheWeights) { w.macro = 1 },
		func(w *ficheWeights) { w.macro = 0.5 },
		func(w *ficheWeights) { w.macro = 1.5 }, // no early stop
		func(w *ficheWeights) { w.core = 0 },
		func(w *ficheWeights) { w.text, w.savoir = 1, 1 },
	} {
		w := def
		f(&w)
		settings = append(settings, setting{10, w})
	}
	for _, s := range settings {
		for _, p := range pairs {
			got := d.rankForFiche(p.fiche, p.text, s.n, s.w)
			want := d.rankForFicheRef(p.fiche, p.text, s.n, s.w)
			if !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("rankForFiche(%q, %q, %d, %+v) =\n%+v\nwant\n%+v", p.fiche, p.text, s.n, s.w, got, want)
			}
		}
	}
}

// TestRealRankForFicheConcurrent checks that goroutines sharing the
// Dictionary (and its pool of buffers) get the answers of one alone.
func TestRealRankForFicheConcurrent(t *testing.T) {
	d := realDict(t)
	offers := readJSONL[ftOffer](t, "fr-ft-offers-dev.jsonl")
	want := make([][]Match, len(offers))
	for i, o := range offers {
		want[i] = d.RankForFiche(o.ROME, o.Title, corpus.French, 10)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for k := range 3 * len(offers) {
				i := (k + g*7) % len(offers)
				o := &offers[i]
				if got := d.RankForFiche(o.ROME, o.Title, corpus.French, 10); !slices.Equal(got, want[i]) {
					t.Errorf("RankForFiche(%q, %q) = %+v concurrently, %+v alone", o.ROME, o.Title, got, want[i])
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestRealPostingsSorted checks the order that rankIndex.scoreSorted's
// merge relies on.
func TestRealPostingsSorted(t *testing.T) {
	d := realDict(t)
	for k, ps := range d.t.Rank.Post {
		if !slices.IsSortedFunc(ps, func(a, b posting) int { return cmp.Compare(a.Doc, b.Doc) }) {
			t.Fatalf("postings of %#x not sorted by document", k)
		}
	}
}
