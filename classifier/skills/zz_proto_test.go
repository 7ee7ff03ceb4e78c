package skills

import (
	"fmt"
	"math"
	"os"
	"sort"
	"testing"

	"marsad/corpus"
)

type protoLabel struct {
	terms []int32
	kind  uint8
}

type protoW struct {
	bm, cov, prior, covPow float64
	kindW                  [3]float64
	pool                   int
	filler                 map[string]bool
}

func protoLabels(d *Dictionary) [][]protoLabel {
	out := make([][]protoLabel, len(d.t.Skills))
	a := d.as.For(corpus.English)
	for uri, s := range realTax.Skills {
		id, ok := d.t.SkillIndex[uri]
		if !ok {
			continue
		}
		add := func(l string, k uint8) {
			var ts []int32
			for _, tk := range analyze(a, l) {
				t := d.t.Vocab.lookup(tk.Term)
				if t >= 0 {
					ts = append(ts, t)
				}
			}
			if len(ts) > 0 {
				out[id] = append(out[id], protoLabel{ts, k})
			}
		}
		if v := s.Pref[corpus.English]; v != "" {
			add(v, 0)
		}
		for _, v := range s.Alt[corpus.English] {
			add(v, 1)
		}
		for _, v := range s.Hidden[corpus.English] {
			add(v, 2)
		}
	}
	return out
}

func (d *Dictionary) protoRank(labels [][]protoLabel, text string, n int, pw protoW) []Match {
	w := defaultRankWeights
	var ms, weak []Match
	for _, m := range d.extract(text, nil, corpus.English, "text", modeRank) {
		if !m.hint {
			ms = append(ms, m)
		} else {
			weak = append(weak, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	if len(ms) >= n {
		return ms[:n]
	}
	seen := map[string]bool{}
	for _, m := range ms {
		seen[m.Code] = true
	}
	toks := analyze(d.as.For(corpus.English), text)
	q := d.queryTerms(toks)
	for _, tk := range toks {
		if pw.filler[tk.Term] {
			delete(q, d.t.Vocab.lookup(tk.Term))
		}
	}
	scores := map[int32]float64{}
	d.t.Rank.scoreF(rootEN, q, w.f, scores)
	best := 0.0
	for _, v := range scores {
		best = max(best, v)
	}
	for _, m := range weak {
		if id, ok := d.t.SkillIndex[m.Code]; ok {
			scores[id] += w.mention * m.Score * max(best, 1e-9)
		}
	}
	ids := topDocs(scores, pw.pool)
	type sc struct {
		id int32
		v  float64
	}
	var res []sc
	for _, id := range ids {
		cov := 0.0
		for _, l := range labels[id] {
			num, den := 0.0, 0.0
			for i, t := range l.terms {
				dup := false
				for _, u := range l.terms[:i] {
					dup = dup || u == t
				}
				if dup {
					continue
				}
				idf := d.t.Rank.idf(rootEN, len(d.t.Rank.Post[edgeKey(rootEN, t)]))
				den += idf
				if q[t] > 0 {
					num += idf
				}
			}
			if den > 0 {
				cov = max(cov, pw.kindW[l.kind]*math.Pow(num/den, pw.covPow))
			}
		}
		v := pw.bm*scores[id]/max(best, 1e-9) + pw.cov*cov + pw.prior*w.commonness(&d.t.Skills[id])
		res = append(res, sc{id, v})
	}
	sort.SliceStable(res, func(i, j int) bool { return res[i].v > res[j].v })
	for _, r := range res {
		if len(ms) >= n {
			break
		}
		s := &d.t.Skills[r.id]
		if seen[s.Code] {
			continue
		}
		seen[s.Code] = true
		ms = append(ms, Match{Code: s.Code, Label: s.label(corpus.English), Score: r.v, Implied: true})
	}
	return ms
}

func TestZZProto(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	d := realDict(t)
	labels := protoLabels(d)
	rows := readJSONL[enSkillRow](t, "en-skills-dev.jsonl")
	rp := func(pw protoW) float64 {
		total := 0.0
		for _, r := range rows {
			gold := map[string]bool{}
			for _, s := range r.Skills {
				gold[s] = true
			}
			hit := 0
			for _, m := range d.protoRank(labels, r.Text, len(gold), pw) {
				if gold[m.Code] {
					hit++
				}
			}
			total += float64(hit) / float64(len(gold))
		}
		return total / float64(len(rows))
	}
	base := protoW{bm: 1, cov: 1, prior: 0.2, covPow: 1, kindW: [3]float64{1, 0.95, 0.85}, pool: 100}
	for _, k := range [][3]float64{{1, 0.9, 0.7}, {1, 0.8, 0.5}, {1, 0.7, 0.4}, {1, 0.6, 0.3}} {
		for _, pr := range []float64{0, 0.1, 0.2} {
			for _, cov := range []float64{0.5, 1, 1.5} {
				pw := base
				pw.kindW, pw.prior, pw.cov = k, pr, cov
				t.Logf("kind %v prior %.1f cov %.1f %.3f", k, pr, cov, rp(pw))
			}
		}
	}
	_ = fmt.Sprint
}
