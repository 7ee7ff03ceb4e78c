package skills

import (
	"fmt"
	"os"
	"sort"
	"testing"

	"marsad/corpus"
)

func TestZZAnalysis(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	d := realDict(t)
	rows := readJSONL[enSkillRow](t, "en-skills-dev.jsonl")
	reuse := map[string]int{}
	hist := map[string]int{}
	for _, r := range rows {
		ms := d.extract(r.Text, nil, corpus.English, "text", modeRank)
		ment := map[string]float64{}
		for _, m := range ms {
			ment[m.Code] = m.Score
		}
		toks := analyze(d.as.For(corpus.English), r.Text)
		scores := make(map[int32]float64)
		d.t.Rank.scoreF(rootEN, d.queryTerms(toks), defaultRankWeights.f, scores)
		ids := make([]int32, 0, len(scores))
		for id := range scores {
			ids = append(ids, id)
		}
		sort.Slice(ids, func(i, j int) bool { return scores[ids[i]] > scores[ids[j]] })
		pos := map[int32]int{}
		for i, id := range ids {
			pos[id] = i
		}
		for _, g := range r.Skills {
			id, ok := d.t.SkillIndex[g]
			if !ok {
				hist["unknown"]++
				continue
			}
			s := &d.t.Skills[id]
			reuse[s.Reuse]++
			p, inb := pos[id]
			b := "none"
			switch {
			case !inb:
			case p < 3:
				b = "bm<3"
			case p < 10:
				b = "bm<10"
			case p < 50:
				b = "bm<50"
			case p < 200:
				b = "bm<200"
			default:
				b = "bm>=200"
			}
			if sc, ok := ment[g]; ok {
				b = fmt.Sprintf("ment%.1f", sc) + "/" + b
			}
			hist[b]++
			if os.Getenv("ZZ") == "2" {
				t.Logf("%-40s %-20s ess %3d %s", s.label(corpus.English), s.Reuse, s.Essential, b)
			}
		}
	}
	t.Logf("reuse %v", reuse)
	keys := make([]string, 0)
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%-20s %d", k, hist[k])
	}
}
