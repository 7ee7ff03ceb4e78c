package skills

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"unicode/utf8"

	"marsad/corpus"
)

// rankIndex is an inverted index of concepts as documents with two
// fields, one per language: a strong field (labels) and a weak one
// (descriptions). It finds the skills a text implies without naming
// them: the gold of job-ad skill sets is mostly such implied skills, and
// recruiters pick compétences from their fiche's list by meaning, not by
// wording. The occupation index (occtext.go) is another rankIndex.
//
// Two scores read it: score, classic BM25 over one document per concept
// whose term frequencies are the fields' weighted sum (W), and scoreF,
// BM25F, which normalises each field by its own length before weighting
// it, so that a skill's long description no longer drowns its label.
type rankIndex struct {
	Post map[uint64][]posting // root<<32 | term → documents holding it, in ascending order
	W    [2]float32           // field weights of score
	Len  [firstFree][][2]float32
	Avg  [firstFree][2]float32 // mean field lengths per root
	Docs [firstFree]int32      // documents per root

	acc map[uint64]map[int32][2]float32 // build-time: document → term → field frequencies
}

// posting is one document holding a term, with the term's frequency in
// each field (counts: a label or description repeats a word a few times
// at most).
type posting struct {
	Doc int32
	TF  [2]uint16
}

// count16 turns a build-time frequency into a posting's count.
func count16(f float32) uint16 { return uint16(min(f, math.MaxUint16)) }

// Fields of a rankIndex document.
const (
	fieldLabel = 0
	fieldDesc  = 1
)

// Field weights of the skill index for the classic score.
const (
	labelWeight = 2
	descWeight  = 1
)

// add adds text to field of document id in lang's part of the index.
func (r *rankIndex) add(b *builder, id int32, lang corpus.Lang, text string, field int) {
	root := rootOf(lang)
	if root == 0 || text == "" {
		return
	}
	if r.acc == nil {
		r.acc = make(map[uint64]map[int32][2]float32)
	}
	k := edgeKey(root, id)
	doc := r.acc[k]
	if doc == nil {
		doc = make(map[int32][2]float32)
		r.acc[k] = doc
	}
	for _, tk := range analyze(b.as.For(lang), text) {
		t := b.t.Vocab.id(tk.Term)
		tf := doc[t]
		tf[field]++
		doc[t] = tf
	}
}

func (r *rankIndex) addLabel(b *builder, id int32, lang corpus.Lang, label string) {
	r.add(b, id, lang, label, fieldLabel)
}

func (b *builder) addDescription(id int32, lang corpus.Lang, text string) {
	// Descriptions are long; the first sentences carry the meaning.
	b.rank.add(b, id, lang, cutRunes(text, 600), fieldDesc)
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

// finish turns the build-time documents into postings; w are the field
// weights of the classic score.
func (r *rankIndex) finish(nDocs int, w [2]float32) {
	r.W = w
	r.Post = make(map[uint64][]posting)
	for i := range r.Len {
		r.Len[i] = make([][2]float32, nDocs)
	}
	var total [firstFree][2]float64
	keys := make([]uint64, 0, len(r.acc))
	for k := range r.acc {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, k := range keys {
		root, doc := int32(k>>32), int32(uint32(k))
		var n [2]float32
		terms := r.acc[k]
		ts := make([]int32, 0, len(terms))
		for t := range terms {
			ts = append(ts, t)
		}
		sort.Slice(ts, func(i, j int) bool { return ts[i] < ts[j] })
		for _, t := range ts {
			tf := terms[t]
			n[0] += tf[0]
			n[1] += tf[1]
			pk := edgeKey(root, t)
			r.Post[pk] = append(r.Post[pk], posting{Doc: doc, TF: [2]uint16{count16(tf[0]), count16(tf[1])}})
		}
		r.Len[root][doc] = n
		total[root][0] += float64(n[0])
		total[root][1] += float64(n[1])
		r.Docs[root]++
	}
	for i := range r.Avg {
		if r.Docs[i] > 0 {
			r.Avg[i] = [2]float32{float32(total[i][0] / float64(r.Docs[i])), float32(total[i][1] / float64(r.Docs[i]))}
		}
	}
	r.acc = nil
}

func (r *rankIndex) idf(root int32, df int) float64 {
	n := float64(r.Docs[root])
	return math.Log(1 + (n-float64(df)+0.5)/(float64(df)+0.5))
}

// score returns BM25 scores of the documents that share a term with the
// query. A document is its fields' terms, weighted by W.
func (r *rankIndex) score(root int32, query map[int32]float64) map[int32]float64 {
	out := make(map[int32]float64)
	w0, w1 := float64(r.W[0]), float64(r.W[1])
	avg := w0*float64(r.Avg[root][0]) + w1*float64(r.Avg[root][1])
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
			out[p.Doc] += bm25Term(qw, idf, p, r.Len[root][p.Doc], w0, w1, avg)
		}
	}
	return out
}

// bm25Term is one query term's share of a document's score, for a
// posting of the term (query weight qw) and the document's field lengths
// ln. score and scoreSorted share it so that they agree to the bit.
func bm25Term(qw, idf float64, p posting, ln [2]float32, w0, w1, avg float64) float64 {
	const k1, b = 1.2, 0.75
	l := w0*float64(ln[0]) + w1*float64(ln[1])
	tf := w0*float64(p.TF[0]) + w1*float64(p.TF[1])
	return qw * idf * tf * (k1 + 1) / (tf + k1*(1-b+b*l/avg))
}

// scoreSorted adds to acc[i] the score that score gives docs[i], for
// docs sorted in ascending order: each posting list,
// itself sorted by document, is merged with docs, which costs no lookup
// per posting. A document's terms are added in query order.
func (r *rankIndex) scoreSorted(root int32, query []queryTerm, docs []int32, acc []float64) {
	w0, w1 := float64(r.W[0]), float64(r.W[1])
	avg := w0*float64(r.Avg[root][0]) + w1*float64(r.Avg[root][1])
	if avg == 0 || len(docs) == 0 {
		return
	}
	lens := r.Len[root]
	for _, q := range query {
		ps := r.Post[edgeKey(root, q.term)]
		if len(ps) == 0 {
			continue
		}
		idf := r.idf(root, len(ps))
		i := 0
		for _, p := range ps {
			for i < len(docs) && docs[i] < p.Doc {
				i++
			}
			if i == len(docs) {
				break
			}
			if docs[i] == p.Doc {
				acc[i] += bm25Term(q.w, idf, p, lens[p.Doc], w0, w1, avg)
			}
		}
	}
}

// bm25f are the parameters of scoreF: field weights and length
// normalisations, and the saturation k1.
type bm25f struct {
	w  [2]float64
	b  [2]float64
	k1 float64
}

// scoreF returns BM25F scores of the documents that share a term with
// the query (Robertson and Zaragoza's simple BM25F: each field's
// frequency normalised by its length, weighted, summed, then saturated
// once), into out, which it clears first.
func (r *rankIndex) scoreF(root int32, query map[int32]float64, p bm25f, out map[int32]float64) {
	clear(out)
	avg := r.Avg[root]
	lens := r.Len[root]
	for t, qw := range query {
		ps := r.Post[edgeKey(root, t)]
		if len(ps) == 0 {
			continue
		}
		idf := r.idf(root, len(ps))
		for _, ps := range ps {
			tf := 0.0
			for f := range 2 {
				if ps.TF[f] == 0 || avg[f] == 0 {
					continue
				}
				norm := 1 - p.b[f] + p.b[f]*float64(lens[ps.Doc][f])/float64(avg[f])
				tf += p.w[f] * float64(ps.TF[f]) / norm
			}
			out[ps.Doc] += qw * idf * tf / (p.k1 + tf)
		}
	}
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

// queryTerm is a query term and its weight.
type queryTerm struct {
	term int32
	w    float64
}

// appendQuery is queryTerms as a slice, appended to dst, by term id: the
// same weights, in an order that does not change from run to run.
func (d *Dictionary) appendQuery(dst []queryTerm, toks []corpus.Token) []queryTerm {
	start := len(dst)
	for _, tk := range toks {
		if id := d.t.Vocab.lookup(tk.Term); id >= 0 {
			dst = append(dst, queryTerm{term: id, w: 1})
		}
	}
	q := dst[start:]
	slices.SortFunc(q, func(a, b queryTerm) int { return cmp.Compare(a.term, b.term) })
	out := q[:0]
	for _, x := range q {
		if len(out) > 0 && out[len(out)-1].term == x.term {
			out[len(out)-1].w++
			continue
		}
		out = append(out, x)
	}
	for i := range out {
		out[i].w = 1 + math.Log(out[i].w)
	}
	return dst[:start+len(out)]
}
