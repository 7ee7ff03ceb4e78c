package skills

// Diagnostics on real data, run on demand: SKILLS_STATS=1 go test -run
// 'RealSpeed|RealSearchProbe|RealFicheProbe' -v. They print figures for
// docs/skills.md and fail nothing.

import (
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
	runtime.GC()
	const n = 5000
	for _, c := range []struct {
		name string
		f    func(i int)
	}{
		{"analyze", func(i int) { a.Analyze(texts[i%len(texts)]) }},
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
