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

func (t *topK) better(a, b scoredID) bool { return a.better(b) }

// better reports whether a ranks before b: a higher score, or the same
// and a lower id.
func (a scoredID) better(b scoredID) bool { return a.v > b.v || (a.v == b.v && a.id < b.id) }

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

// RankForFiche returns up to n of the compétences and savoirs of the ROME
// fiche ficheCode, ranked by their position in the fiche, the coeur de
// métier flag and support in text (mentions and BM25), and spread over
// macro-compétences. It reads text as French whatever lang says.
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
	fs := d.fiches.Get().(*ficheScratch)
	defer d.putFiche(fs)
	ids, pos, flags := d.t.fitems.of(fi)
	hasCore := fi < int32(len(d.t.FicheCore)) && len(d.t.FicheCore[fi]) > 0
	fs.support = append(fs.support[:0], make([]float64, len(ids))...)
	fs.bm = append(fs.bm[:0], make([]float64, len(ids))...)
	// One analysis serves extract, which glues "++" and "#" into a copy
	// of its own, and the BM25 query, glued here as analyze does.
	fs.toks = d.as.For(corpus.French).AnalyzeAppend(fs.toks[:0], text)
	toks := fs.toks
	if toks == nil {
		toks = []corpus.Token{}
	}
	for _, m := range d.extract(text, toks, corpus.French, "description", modeRank) {
		if id, ok := d.t.SkillIndex[m.Code]; ok {
			if i, ok := slices.BinarySearch(ids, id); ok {
				fs.support[i] = max(fs.support[i], 1+m.Score)
			}
		}
	}
	glueTech(text, toks)
	fs.query = d.appendQuery(fs.query[:0], toks)
	d.t.Rank.scoreSorted(rootFR, fs.query, ids, fs.bm)
	best := 0.0
	for _, v := range fs.bm {
		best = max(best, v)
	}
	items := fs.items[:0]
	nonNeg := true
	for i, id := range ids {
		prior := 1 / (1 + float64(pos[i])/w.head)
		if hasCore { // without the flags (older data), position alone
			if flags[i]&itemCore != 0 {
				prior *= 1 + w.core
			} else {
				prior *= 1 - w.core
			}
		}
		if flags[i]&itemSavoir != 0 {
			prior *= w.savoir
		}
		v := fs.support[i]
		if best > 0 {
			v += fs.bm[i] / best
		}
		items = append(items, scoredID{id: id, v: prior + w.text*v})
		nonNeg = nonNeg && items[i].v >= 0
	}
	fs.items = items
	// Pick greedily, discounting items whose macro-compétence is already
	// represented, by macro to the power of its count so far. Items are
	// scanned best first (score, then id); a discount of at most 1 never
	// raises a score, so a scan can stop at the first item that cannot
	// beat the best so far, and only the items scanned need ordering: a
	// heap yields them as the scans reach them.
	stop := nonNeg && w.macro >= 0 && w.macro <= 1
	h := scoreHeap(items)
	h.init()
	seen := fs.seen[:0] // popped from h, best first, not yet picked
	fs.macros, fs.pow = fs.macros[:0], append(fs.pow[:0], 1)
	out := make([]Match, 0, min(n, len(items)))
	for len(out) < n && len(seen)+len(h) > 0 {
		bi, bv := -1, -1.0
		for i := 0; i < len(seen) || len(h) > 0; i++ {
			if i == len(seen) {
				seen = append(seen, h.pop())
			}
			it := seen[i]
			if stop && it.v <= bv {
				break
			}
			v := it.v
			if m := d.t.Skills[it.id].Macro; m != "" {
				if k := fs.picks(m); k > 0 {
					v *= fs.pow[k]
				}
			}
			if v > bv {
				bi, bv = i, v
			}
		}
		it := seen[bi]
		seen = append(seen[:bi], seen[bi+1:]...)
		s := &d.t.Skills[it.id]
		if s.Macro != "" {
			fs.addMacro(s.Macro, w.macro)
		}
		out = append(out, Match{Scheme: s.Scheme, Code: s.Code, Label: s.label(corpus.French),
			Score: min(1, it.v/2), Field: "description", Implied: true})
	}
	fs.seen = seen
	return out
}

// ficheItems are the fiches' items as RankForFiche reads them: per
// fiche, its compétences and savoirs sorted by skill, each once, with its
// first position in the fiche's list and flags. Sorted, a fiche's items
// are found by binary search and merged with posting lists, where maps
// cost a probe per lookup.
type ficheItems struct {
	off   []int32 // fiche f's items are ids[off[f]:off[f+1]], and so on
	ids   []int32
	pos   []int32
	flags []uint8
}

// Flags of a fiche's item.
const (
	itemCore   uint8 = 1 << iota // a coeur de métier item
	itemSavoir                   // a savoir, not a compétence
)

// indexFiches derives fitems from FicheSkills and FicheCore.
func (t *tables) indexFiches() {
	var x ficheItems
	x.off = append(x.off, 0)
	var keys []uint64
	for f, list := range t.FicheSkills {
		keys = keys[:0]
		for p, s := range list {
			keys = append(keys, uint64(uint32(s))<<32|uint64(p)) // by skill, then position
		}
		slices.Sort(keys)
		lo := len(x.ids)
		for _, k := range keys {
			if id := int32(k >> 32); len(x.ids) == lo || x.ids[len(x.ids)-1] != id {
				x.ids, x.pos = append(x.ids, id), append(x.pos, int32(uint32(k)))
			}
		}
		for _, id := range x.ids[lo:] {
			var fl uint8
			if t.Skills[id].Type == "savoir" {
				fl |= itemSavoir
			}
			x.flags = append(x.flags, fl)
		}
		if f < len(t.FicheCore) {
			for _, s := range t.FicheCore[f] {
				if i, ok := slices.BinarySearch(x.ids[lo:], s); ok {
					x.flags[lo+i] |= itemCore
				}
			}
		}
		x.off = append(x.off, int32(len(x.ids)))
	}
	t.fitems = x
}

// of returns fiche f's items.
func (x *ficheItems) of(f int32) (ids, pos []int32, flags []uint8) {
	lo, hi := x.off[f], x.off[f+1]
	return x.ids[lo:hi:hi], x.pos[lo:hi:hi], x.flags[lo:hi:hi]
}

// scoreHeap is a heap of scored items, the best (scoredID.better) on top.
type scoreHeap []scoredID

func (h scoreHeap) init() {
	for i := len(h)/2 - 1; i >= 0; i-- {
		h.down(i)
	}
}

// pop removes and returns the best item; h must not be empty.
func (h *scoreHeap) pop() scoredID {
	old := *h
	top, last := old[0], len(old)-1
	old[0] = old[last]
	*h = old[:last]
	h.down(0)
	return top
}

func (h scoreHeap) down(i int) {
	for {
		c := 2*i + 1
		if c >= len(h) {
			return
		}
		if c+1 < len(h) && h[c+1].better(h[c]) {
			c++
		}
		if !h[c].better(h[i]) {
			return
		}
		h[i], h[c] = h[c], h[i]
		i = c
	}
}

// ficheScratch holds the buffers of one RankForFiche call, pooled in the
// Dictionary as scratch is: the classifier ranks a fiche per posting.
// support and bm are per item of the fiche (ficheItems.of).
type ficheScratch struct {
	support []float64 // 1 + the best Extract score of the item's mentions
	bm      []float64 // BM25 score against the text
	items   []scoredID
	seen    []scoredID
	toks    []corpus.Token
	query   []queryTerm
	macros  []macroCount
	pow     []float64 // pow[k] is the discount after k picks of a macro-compétence
}

// putFiche returns fs to the pool unless a long text made it big.
func (d *Dictionary) putFiche(fs *ficheScratch) {
	if cap(fs.toks) > 1<<16 {
		return
	}
	d.fiches.Put(fs)
}

// macroCount is how many picked items share a macro-compétence.
type macroCount struct {
	code string
	n    int
}

// picks returns how many picked items have macro-compétence m. A
// ranking picks a handful of items: a slice beats a map.
func (fs *ficheScratch) picks(m string) int {
	for _, c := range fs.macros {
		if c.code == m {
			return c.n
		}
	}
	return 0
}

// addMacro counts one more pick of macro-compétence m, extending the
// table of discounts (powers of w) as counts grow. The table holds
// math.Pow's values, so that discounts stay bit for bit what they were
// when computed per item.
func (fs *ficheScratch) addMacro(m string, w float64) {
	k := -1
	for i := range fs.macros {
		if fs.macros[i].code == m {
			k = i
			break
		}
	}
	if k < 0 {
		k = len(fs.macros)
		fs.macros = append(fs.macros, macroCount{code: m})
	}
	fs.macros[k].n++
	for c := fs.macros[k].n; len(fs.pow) <= c; {
		fs.pow = append(fs.pow, math.Pow(w, float64(len(fs.pow))))
	}
}
