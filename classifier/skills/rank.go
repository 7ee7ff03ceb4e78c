package skills

import (
	"math"
	"sort"
	"unicode/utf8"

	"marsad/corpus"
)

// rankIndex is an inverted index of skills as documents (labels, weighted
// up, and descriptions), one per language, scored with BM25. It finds the
// skills a text implies without naming them: the gold of job-ad skill
// sets is mostly such implied skills, and recruiters pick compétences
// from their fiche's list by meaning, not by wording.
type rankIndex struct {
	Post map[uint64][]posting // root<<32 | term → documents holding it
	Len  [firstFree][]float32 // per root, by skill: document length
	Avg  [firstFree]float32   // mean document length per root
	Docs [firstFree]int32     // documents per root

	acc map[uint64]map[int32]float32 // build-time: document → term weights
}

type posting struct {
	Doc int32
	TF  float32
}

// Weights of a term occurrence by where it comes from.
const (
	labelWeight = 2
	descWeight  = 1
)

func (r *rankIndex) add(b *builder, id int32, lang corpus.Lang, text string, w float32) {
	root := rootOf(lang)
	if root == 0 || text == "" {
		return
	}
	if r.acc == nil {
		r.acc = make(map[uint64]map[int32]float32)
	}
	k := edgeKey(root, id)
	doc := r.acc[k]
	if doc == nil {
		doc = make(map[int32]float32)
		r.acc[k] = doc
	}
	for _, tk := range analyze(b.as.For(lang), text) {
		doc[b.t.Vocab.id(tk.Term)] += w
	}
}

func (r *rankIndex) addLabel(b *builder, id int32, lang corpus.Lang, label string) {
	r.add(b, id, lang, label, labelWeight)
}

func (b *builder) addDescription(id int32, lang corpus.Lang, text string) {
	// Descriptions are long; the first sentences carry the meaning.
	b.rank.add(b, id, lang, cutRunes(text, 600), descWeight)
}

// cutRunes cuts s to at most n bytes without splitting a rune.
func cutRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// finish turns the build-time documents into postings.
func (r *rankIndex) finish(nSkills int) {
	r.Post = make(map[uint64][]posting)
	for i := range r.Len {
		r.Len[i] = make([]float32, nSkills)
	}
	var total [firstFree]float64
	keys := make([]uint64, 0, len(r.acc))
	for k := range r.acc {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		root, doc := int32(k>>32), int32(uint32(k))
		var n float32
		terms := r.acc[k]
		ts := make([]int32, 0, len(terms))
		for t := range terms {
			ts = append(ts, t)
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		for _, t := range ts {
			tf := terms[t]
			n += tf
			pk := edgeKey(root, t)
			r.Post[pk] = append(r.Post[pk], posting{Doc: doc, TF: tf})
		}
		r.Len[root][doc] = n
		total[root] += float64(n)
		r.Docs[root]++
	}
	for i := range r.Avg {
		if r.Docs[i] > 0 {
			r.Avg[i] = float32(total[i] / float64(r.Docs[i]))
		}
	}
	r.acc = nil
}

func (r *rankIndex) idf(root int32, df int) float64 {
	n := float64(r.Docs[root])
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// score returns BM25 scores of the documents that share a term with the
// query, keeping only docs that allow says yes to when allow is non-nil.
func (r *rankIndex) score(root int32, query map[int32]float64, allow func(int32) bool) map[int32]float64 {
	const k1, b = 1.2, 0.75
	out := make(map[int32]float64)
	avg := float64(r.Avg[root])
	if avg == 0 {
		return out
	}
	for t, qw := range query {
		ps := r.Post[edgeKey(root, t)]
		if len(ps) == 0 {
			continue
		}
		idf := r.idf(root, len(ps))
		for _, p := range ps {
			if allow != nil && !allow(p.Doc) {
				continue
			}
			l := float64(r.Len[root][p.Doc])
			tf := float64(p.TF)
			out[p.Doc] += qw * idf * tf * (k1 + 1) / (tf + k1*(1-b+b*l/avg))
		}
	}
	return out
}

// queryTerms turns analysed tokens into query term weights (log tf).
func (d *Dictionary) queryTerms(toks []corpus.Token) map[int32]float64 {
	q := make(map[int32]float64, len(toks))
	for _, tk := range toks {
		if id := d.t.Vocab.lookup(tk.Term); id >= 0 {
			q[id]++
		}
	}
	for t, n := range q {
		q[t] = 1 + math.Log(n)
	}
	return q
}

// Rank returns up to n skills for text ranked by relevance: the skills it
// mentions (Extract), by score, then the skills it implies, by BM25
// similarity of their labels and descriptions to the text (Implied set,
// no offsets). It is slower than Extract (one index pass over the text's
// terms); use it for short texts and for evaluation.
func (d *Dictionary) Rank(text string, lang corpus.Lang, n int) []Match {
	if d == nil || d.t == nil || n <= 0 {
		return nil
	}
	ms := d.Extract(text, lang, "text")
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Score > ms[j].Score })
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		seen[m.Code] = true
	}
	if len(ms) >= n {
		return ms[:n]
	}
	root := rootOf(lang)
	if root == 0 {
		root, lang = rootEN, corpus.English
	}
	toks := analyze(d.as.For(lang), text)
	scores := d.t.Rank.score(root, d.queryTerms(toks), nil)
	ids := topDocs(scores, n+len(ms))
	best := 0.0
	if len(ids) > 0 {
		best = scores[ids[0]]
	}
	for _, id := range ids {
		s := &d.t.Skills[id]
		if seen[s.Code] || len(ms) >= n {
			continue
		}
		seen[s.Code] = true
		ms = append(ms, Match{Scheme: s.Scheme, Code: s.Code, Label: s.label(lang),
			Score: 0.5 * scores[id] / best, Field: "text", Implied: true})
	}
	return ms
}

// topDocs returns the n best-scored documents, best first, ties by id.
func topDocs(scores map[int32]float64, n int) []int32 {
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
	if len(ids) > n {
		ids = ids[:n]
	}
	return ids
}

// RankForFiche ranks the compétences and savoirs of one ROME fiche by how
// likely a recruiter picks them for this text. The recruiter of a France
// Travail offer picks the offer's skills from the fiche's list, and picks
// mostly among its first compétences (the list is in the fiche's own
// order: the core savoir-faire come first, savoirs last), so each item
// gets a prior that falls with its position, plus its support in the
// text: mentioned (Extract), then BM25 similarity of its label and
// definition. Items under a macro-compétence already ranked count less,
// so that the answer spans more of the fiche. Unknown fiche: nil.
func (d *Dictionary) RankForFiche(ficheCode, text string, lang corpus.Lang, n int) []Match {
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
	support := make(map[int32]float64, len(own))
	for _, m := range d.Extract(text, corpus.French, "description") {
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
		prior := 1 / (1 + float64(p)/ficheHead)
		if d.t.Skills[id].Type == "savoir" {
			prior *= 0.5
		}
		v := support[id]
		if best > 0 {
			v += bm[id] / best
		}
		scores[id] = prior + textShare*v
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
				v *= math.Pow(macroRepeat, float64(macros[m]))
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

// Weights of RankForFiche: the position prior halves after ficheHead
// items; text support counts textShare of it; each repeat of a
// macro-compétence multiplies an item by macroRepeat.
const (
	ficheHead   = 8
	textShare   = 0.5
	macroRepeat = 0.7
)
