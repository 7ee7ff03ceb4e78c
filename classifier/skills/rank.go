package skills

import (
	"math"
	"slices"
	"sort"

	"marsad/corpus"
)

// Rank returns up to n skills for text ranked by relevance: first the
// skills it mentions (Extract), by score; then the skills it implies
// (Implied set, no offsets), by BM25F similarity of their labels (strong
// field) and descriptions (weak field) to the text, plus how much of one
// of their labels the text covers (see coverage), plus a prior for the
// skills job ads commonly ask for (see commonness). It costs one index
// pass over the text's terms on top of Extract; use it for short texts
// (a sentence, a title) and for evaluation.
func (d *Dictionary) Rank(text string, lang corpus.Lang, n int) []Match {
	return d.rank(text, lang, n, defaultRankWeights)
}

// rankWeights are the parameters of Rank.
type rankWeights struct {
	f     bm25f
	prior float64 // weight of commonness next to the best-normalised BM25F score
	// reuse is commonness by ESCO reuse level; ess the share of the
	// essential-link count in commonness (the rest: reuse).
	reuse [3]float64 // transversal, cross-sector, sector-specific (occupation-specific: 0)
	ess   float64
	// mention is the share of a hint's Extract score (one common word
	// matching an alternative or hidden label) added to its BM25F score:
	// hints join the implied skills, mentions go ahead of them.
	mention float64
	// cover weighs label coverage; kinds weigh a label's coverage by its
	// kind (kindPref, kindAlt, kindHidden, kindROME); pool is how many of
	// the best BM25F candidates coverage reorders.
	cover float64
	kinds [4]float64
	pool  int
}

// defaultRankWeights: labels weigh three descriptions, both fields are
// length-normalised (a label field holding twenty alternative labels is
// less about each of its words), the prior is small enough that it only
// orders skills the text supports about equally, and coverage counts as
// much as BM25F, preferred labels most (alternative and hidden labels
// are often near-synonyms or narrower senses: "experience" for "think
// creatively"). Hints add nothing of their own: a hint's label, fully
// covered, already earns its kind's weight. Sensitivity in
// docs/skills.md.
var defaultRankWeights = rankWeights{
	f:       bm25f{w: [2]float64{3, 1}, b: [2]float64{0.75, 0.75}, k1: 1.2},
	prior:   0.1,
	reuse:   [3]float64{1, 0.6, 0.3},
	ess:     0.5,
	mention: 0,
	cover:   1, kinds: [4]float64{1, 0.5, 0.2, 1}, pool: 100,
}

// commonness is how often job ads ask for a skill, from ESCO alone: the
// occupations it is essential for (log-scaled against maxEssential)
// and its reuse level (a transversal skill, "work in teams", fits any
// ad; an occupation-specific one few).
func (w rankWeights) commonness(s *skillInfo) float64 {
	e := 0.0
	if s.Essential > 0 {
		e = min(1, math.Log1p(float64(s.Essential))/math.Log1p(maxEssential))
	}
	r := 0.0
	switch s.Reuse {
	case "transversal":
		r = w.reuse[0]
	case "cross-sector":
		r = w.reuse[1]
	case "sector-specific":
		r = w.reuse[2]
	}
	return w.ess*e + (1-w.ess)*r
}

// maxEssential is about the most occupations one ESCO skill is essential
// for (v1.1.1: a few skills reach 250–300).
const maxEssential = 256

// coverage is the largest share of one of a skill's labels in root that
// the query holds, by IDF mass, times its kind's weight: "working in a
// team" holds all of "work in teams" and half of "lead a team in forestry
// services". BM25F reads the labels as one field, so a skill with many
// alternative labels matches many words without any label being there;
// recruiters, and annotators, name a skill by one of its labels.
func (d *Dictionary) coverage(skill, root int32, q map[int32]float64, idf map[int32]float64, kinds [4]float64) float64 {
	best := 0.0
	for _, f := range d.t.formsOf(skill) {
		fm := &d.t.Forms[f]
		if int32(fm.Root) != root || fm.Flags&flagStop != 0 || int(fm.Kind) >= len(kinds) {
			continue
		}
		kw := kinds[fm.Kind]
		if kw <= best {
			continue // cannot beat best even fully covered
		}
		have, all := 0.0, 0.0
		for i, t := range fm.Terms {
			if slices.Contains(fm.Terms[:i], t) {
				continue
			}
			v, ok := idf[t]
			if !ok {
				v = d.t.Rank.idf(root, len(d.t.Rank.Post[edgeKey(root, t)]))
				idf[t] = v
			}
			all += v
			if q[t] > 0 {
				have += v
			}
		}
		if all > 0 {
			best = max(best, kw*have/all)
		}
	}
	return best
}

func (d *Dictionary) rank(text string, lang corpus.Lang, n int, w rankWeights) []Match {
	if d == nil || d.t == nil || n <= 0 {
		return nil
	}
	var ms, hints []Match
	for _, m := range d.extract(text, nil, lang, "text", modeRank) {
		if m.hint {
			hints = append(hints, m)
		} else {
			ms = append(ms, m)
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	if len(ms) >= n {
		return ms[:n]
	}
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		seen[m.Code] = true
	}
	root := rootOf(lang)
	if root == 0 {
		root, lang = rootEN, corpus.English
	}
	toks := analyze(d.as.For(lang), text)
	q := d.queryTerms(toks)
	scores := make(map[int32]float64)
	d.t.Rank.scoreF(root, q, w.f, scores)
	best := 0.0
	for _, v := range scores {
		best = max(best, v)
	}
	best = max(best, 1e-9)
	offsets := make(map[int32]Match, len(hints))
	for _, m := range hints {
		if id, ok := d.t.SkillIndex[m.Code]; ok {
			scores[id] += w.mention * m.Score * best
			offsets[id] = m
		}
	}
	// Coverage reorders the best BM25F candidates only: it costs a walk
	// over each one's labels.
	pool := newTopK(max(w.pool, n+len(ms)))
	for id, v := range scores {
		pool.add(id, v)
	}
	top := newTopK(n + len(ms))
	idf := make(map[int32]float64)
	for _, sc := range pool.sorted() {
		v := sc.v/best + w.prior*w.commonness(&d.t.Skills[sc.id])
		if w.cover > 0 {
			v += w.cover * d.coverage(sc.id, root, q, idf, w.kinds)
		}
		top.add(sc.id, v)
	}
	norm := 1 + w.prior + w.mention + w.cover
	for _, sc := range top.sorted() {
		s := &d.t.Skills[sc.id]
		if seen[s.Code] || len(ms) >= n {
			continue
		}
		seen[s.Code] = true
		if m, ok := offsets[sc.id]; ok { // a hint keeps its offsets
			m.Score = 0.5 * sc.v / norm
			ms = append(ms, m)
			continue
		}
		ms = append(ms, Match{Scheme: s.Scheme, Code: s.Code, Label: s.label(lang),
			Score: 0.5 * sc.v / norm, Field: "text", Implied: true})
	}
	return ms
}

// topK keeps the k best (id, score) pairs seen, best first, ties by id:
// Rank scores thousands of skills to keep a handful, and sorting them
// all cost more than the scoring.
type topK struct {
	k  int
	xs []scoredID
}

type scoredID struct {
	id int32
	v  float64
}

func newTopK(k int) *topK { return &topK{k: k, xs: make([]scoredID, 0, k+1)} }

func (t *topK) better(a, b scoredID) bool { return a.v > b.v || (a.v == b.v && a.id < b.id) }

func (t *topK) add(id int32, v float64) {
	x := scoredID{id, v}
	if len(t.xs) == t.k && (t.k == 0 || !t.better(x, t.xs[len(t.xs)-1])) {
		return
	}
	i := len(t.xs)
	t.xs = append(t.xs, x)
	for i > 0 && t.better(x, t.xs[i-1]) {
		t.xs[i] = t.xs[i-1]
		i--
	}
	t.xs[i] = x
	if len(t.xs) > t.k {
		t.xs = t.xs[:t.k]
	}
}

func (t *topK) sorted() []scoredID { return t.xs }

func (d *Dictionary) RankForFiche(ficheCode, text string, lang corpus.Lang, n int) []Match {
	return d.rankForFiche(ficheCode, text, n, defaultFicheWeights)
}

// ficheWeights are the weights of RankForFiche.
type ficheWeights struct {
	head   float64 // the position prior halves after head items
	core   float64 // share of the coeur de métier flag in the prior (the rest: position)
	text   float64 // text support counts text of the prior
	macro  float64 // each repeat of a macro-compétence multiplies an item by macro
	savoir float64 // savoirs' prior is multiplied by savoir
}

// defaultFicheWeights: position is the strongest prior (recruiters pick
// from the top of the list the form shows them); the core flag only
// reorders items near each other (core items in the first five are
// picked 54 % of the time, others 31 %, but a flat bonus lifts core items
// from deep in the list above the head); text support is weak evidence.
// Sensitivity in docs/skills.md.
var defaultFicheWeights = ficheWeights{head: 8, core: 0.1, text: 0.25, macro: 0.7, savoir: 0.5}

func (d *Dictionary) rankForFiche(ficheCode, text string, n int, w ficheWeights) []Match {
	if d == nil || d.t == nil || n <= 0 {
		return nil
	}
	fi, ok := d.t.FicheIndex[ficheCode]
	if !ok {
		return nil
	}
	list := d.t.FicheSkills[fi]
	own := make(map[int32]int, len(list)) // skill → position
	for p, s := range list {
		if _, dup := own[s]; !dup {
			own[s] = p
		}
	}
	var core map[int32]bool
	if fi < int32(len(d.t.FicheCore)) && len(d.t.FicheCore[fi]) > 0 {
		core = make(map[int32]bool, len(d.t.FicheCore[fi]))
		for _, s := range d.t.FicheCore[fi] {
			core[s] = true
		}
	}
	support := make(map[int32]float64, len(own))
	for _, m := range d.extract(text, nil, corpus.French, "description", modeRank) {
		if id, ok := d.t.SkillIndex[m.Code]; ok {
			if _, mine := own[id]; mine {
				support[id] = max(support[id], 1+m.Score)
			}
		}
	}
	toks := analyze(d.as.For(corpus.French), text)
	bm := d.t.Rank.score(rootFR, d.queryTerms(toks), func(doc int32) bool { _, mine := own[doc]; return mine })
	best := 0.0
	for _, v := range bm {
		best = max(best, v)
	}
	scores := make(map[int32]float64, len(own))
	for id, p := range own {
		prior := 1 / (1 + float64(p)/w.head)
		if core != nil { // without the flags (older data), position alone
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
	ids := topDocs(scores, len(scores))
	out := make([]Match, 0, n)
	macros := make(map[string]int)
	// Pick greedily, discounting items whose macro-compétence is already
	// represented.
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
