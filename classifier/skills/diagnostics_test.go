package skills

// Diagnostics on real data, run on demand: SKILLS_STATS=1 go test -run
// 'RealSpeed|RealSearchProbe|RealFicheProbe' -v. They print figures for
// docs/skills.md and fail nothing.

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"marsad/corpus"
)

func cpuNow() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestRealSpeed(t *testing.T) {
	if os.Getenv("SKILLS_STATS") == "" {
		t.Skip()
	}
	d := realDict(t)
	texts := postings2KB(t)
	a := d.as.For(corpus.French)
	toks := make([][]corpus.Token, len(texts))
	for i, s := range texts {
		toks[i] = a.Analyze(s)
	}
	var sentences []string
	for _, r := range readJSONL[enSkillRow](t, "en-skills-dev.jsonl") {
		sentences = append(sentences, r.Text)
	}
	runtime.GC()
	const n = 5000
	for _, c := range []struct {
		name string
		f    func(i int)
	}{
		{"analyze", func(i int) { a.Analyze(texts[i%len(texts)]) }},
		{"rank (en sentence)", func(i int) { d.Rank(sentences[i%len(sentences)], corpus.English, 5) }},
		{"extract", func(i int) { d.Extract(texts[i%len(texts)], corpus.French, "description") }},
		{"extractAnalyzed", func(i int) {
			d.ExtractAnalyzed(texts[i%len(texts)], toks[i%len(texts)], corpus.French, "description")
		}},
	} {
		c0, w0 := cpuNow(), time.Now()
		for i := 0; i < n; i++ {
			c.f(i)
		}
		t.Logf("%-16s cpu %6.1f µs/op  wall %6.1f µs/op", c.name,
			float64(cpuNow()-c0)/1e3/n, float64(time.Since(w0))/1e3/n)
	}
}

func TestRealSearchProbe(t *testing.T) {
	if os.Getenv("SKILLS_STATS") == "" {
		t.Skip()
	}
	d := realDict(t)
	for _, q := range []string{"plomberie", "سباكة", "تمريض", "soins infirmiers", "électricité", "JavaScript", "نجارة", "cuisine", "كهرباء", "nursing", "plumbing", "maçonnerie", "مبيعات", "vente", "برمجة"} {
		res := d.Search(q, corpus.Undetermined, 5)
		var got []string
		for _, s := range res.ISCO {
			got = append(got, s.Code)
		}
		t.Logf("%-18s %v", q, got)
	}
}

func TestRealFicheProbe(t *testing.T) {
	if os.Getenv("SKILLS_STATS") == "" {
		t.Skip()
	}
	d := realDict(t)
	offers := readJSONL[ftOffer](t, "fr-ft-offers-dev.jsonl")
	ng, nown, nmacro, nsav := 0, 0, 0, 0
	posHist := map[int]int{}
	for _, o := range offers {
		fi, ok := d.t.FicheIndex[o.ROME]
		if !ok {
			continue
		}
		own := d.t.FicheSkills[fi]
		for _, g := range o.Gold {
			ng++
			for p, s := range own {
				sk := d.t.Skills[s]
				if sk.Code == g || sk.Macro == g {
					nown++
					posHist[p*10/len(own)]++
					if sk.Type == "savoir" {
						nsav++
					}
					if sk.Macro == g {
						nmacro++
					}
					break
				}
			}
		}
	}
	t.Logf("offers %d gold %d (%.1f/offer) in fiche %d, via macro %d, savoirs %d, by decile of fiche order %v", len(offers), ng, float64(ng)/float64(len(offers)), nown, nmacro, nsav, posHist)
	for _, n := range []int{5, 10, 15, 20} {
		_, f := ftRecall(d, offers, n)
		t.Logf("fiche-guided@%d %.3f", n, f)
	}
}

// TestRealFicheSweep prints RankForFiche's recall around its weights.
func TestRealFicheSweep(t *testing.T) {
	if os.Getenv("SKILLS_STATS") == "" {
		t.Skip()
	}
	d := realDict(t)
	offers := readJSONL[ftOffer](t, "fr-ft-offers-dev.jsonl")
	show := func(name string, w ficheWeights) {
		_, f10 := ftRecallWith(d, offers, 10, w)
		_, f5 := ftRecallWith(d, offers, 5, w)
		_, fr := ftRecallWith(d, offers, 0, w)
		t.Logf("%-28s @10 %.3f @5 %.3f @R %.3f", name, f10, f5, fr)
	}
	def := defaultFicheWeights
	show("default", def)
	for _, c := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6} {
		w := def
		w.core = c
		show(fmt.Sprintf("core %.2f", c), w)
	}
	for _, c := range []float64{0, 0.1, 0.2} {
		for _, x := range []float64{0.15, 0.25, 0.35} {
			w := def
			w.core, w.text = c, x
			show(fmt.Sprintf("core %.2f text %.2f", c, x), w)
		}
	}
	for _, x := range []float64{0.25, 0.35, 0.75, 1} {
		w := def
		w.text = x
		show(fmt.Sprintf("text %.2f", x), w)
	}
	for _, x := range []float64{4, 16, 32} {
		w := def
		w.head = x
		show(fmt.Sprintf("head %.0f", x), w)
	}
	for _, x := range []float64{0.5, 0.85, 1} {
		w := def
		w.macro = x
		show(fmt.Sprintf("macro %.2f", x), w)
	}
	for _, x := range []float64{0.3, 0.75, 1} {
		w := def
		w.savoir = x
		show(fmt.Sprintf("savoir %.2f", x), w)
	}
}

// TestRealEnglishShow prints Rank's answer beside the gold for each
// English sentence (a miss is marked "-").
func TestRealEnglishShow(t *testing.T) {
	if os.Getenv("SKILLS_STATS") == "" {
		t.Skip()
	}
	d := realDict(t)
	for _, r := range readJSONL[enSkillRow](t, "en-skills-dev.jsonl") {
		gold := make(map[string]bool)
		var gl []string
		for _, s := range r.Skills {
			gold[s] = true
			if id, ok := d.t.SkillIndex[s]; ok {
				gl = append(gl, d.t.Skills[id].label(corpus.English))
			}
		}
		var got []string
		for _, m := range d.Rank(r.Text, corpus.English, len(r.Skills)+2) {
			mark := "-"
			if gold[m.Code] {
				mark = "+"
			}
			got = append(got, fmt.Sprintf("%s%s %.2f", mark, m.Label, m.Score))
		}
		t.Logf("\n%s\n  gold %q\n  got  %q", r.Text, gl, got)
	}
}

// TestRealRankSweep prints Rank's R-precision around its weights.
func TestRealRankSweep(t *testing.T) {
	if os.Getenv("SKILLS_STATS") == "" {
		t.Skip()
	}
	d := realDict(t)
	rows := readJSONL[enSkillRow](t, "en-skills-dev.jsonl")
	def := defaultRankWeights
	show := func(name string, w rankWeights) {
		t.Logf("%-24s R-precision %.3f", name, rPrecisionWith(d, rows, w))
	}
	show("default", def)
	for _, x := range []float64{0, 0.1, 0.3, 0.5} {
		w := def
		w.prior = x
		show(fmt.Sprintf("prior %.2f", x), w)
	}
	for _, x := range []float64{0, 0.25, 1} {
		w := def
		w.mention = x
		show(fmt.Sprintf("mention %.2f", x), w)
	}
	for _, x := range []float64{0, 0.5, 1.5, 2} {
		w := def
		w.cover = x
		show(fmt.Sprintf("cover %.2f", x), w)
	}
	for _, x := range [][4]float64{{1, 1, 1, 1}, {1, 0.9, 0.7, 1}, {1, 0.6, 0.3, 1}, {1, 0.5, 0, 1}} {
		w := def
		w.kinds = x
		show(fmt.Sprintf("kinds %v", x), w)
	}
	for _, x := range []int{20, 50, 200} {
		w := def
		w.pool = x
		show(fmt.Sprintf("pool %d", x), w)
	}
	for _, x := range []float64{0, 1} {
		w := def
		w.ess = x
		show(fmt.Sprintf("ess %.2f", x), w)
	}
	for _, x := range [][2]float64{{1, 1}, {2, 1}, {5, 1}, {1, 0}} {
		w := def
		w.f.w = x
		show(fmt.Sprintf("fields %v", x), w)
	}
	for _, x := range [][2]float64{{0.3, 0.75}, {1, 0.75}, {0.75, 0.3}, {0.75, 1}} {
		w := def
		w.f.b = x
		show(fmt.Sprintf("b %v", x), w)
	}
	for _, x := range []float64{0.5, 2, 4} {
		w := def
		w.f.k1 = x
		show(fmt.Sprintf("k1 %.1f", x), w)
	}
}
