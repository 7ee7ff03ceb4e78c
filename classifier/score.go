package classifier

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"

	"marsad/corpus"
)

// Evidence weights. A title hit scores its label similarity in [0, 1]; the
// description adds its TF-IDF cosine with the profile, scaled by descW.
// Labels of another language than the posting's count at otherLangW
// (English titles in French ads, French titles in Arabic ones). A score
// carried over the crosswalk to the other scheme keeps linkW of itself.
const (
	descW = 2.0
	// descWArabic: Arabic ESCO labels are few (72 occupations have
	// alternative labels) but every occupation has an Arabic description,
	// so the description weighs more.
	descWArabic = 5.0
	// titleOnlyW replaces descW when a posting has no description: the
	// TF-IDF vector of a bare title only repeats the title evidence.
	titleOnlyW = 0.5
	otherLangW = 0.75
	// enFrW further lowers French labels for English titles: English
	// words meet French labels mostly by accident (cognates, prefixes).
	enFrW = 0.6
	linkW = 0.9
	// iscoShare is how much the other occupations of a unit group add.
	iscoShare = 0
	// iscoVoters is how many of the best ESCO occupations and ROME fiches
	// vote for ISCO groups.
	iscoVoters = 10
	// bleveCandidates is how many labels per language Bleve returns; the
	// scorer then compares each with the title itself.
	bleveCandidates = 30
	// maxQueryTerms bounds the title words sent to candidate search:
	// the occupation is in the first words of a title, and every extra
	// word costs a posting-list scan.
	maxQueryTerms = 6
	// minPropagate: scores below it are not carried over the crosswalk
	// (the description touches thousands of profiles with tiny scores).
	minPropagate = 0.05
	// minIDF drops description terms found in most profiles: they cost
	// long posting lists and weigh nothing.
	minIDF = 0.4
)

// kindW is how much a label's kind can be trusted as the name of its concept.
var kindW = [...]float32{
	KindPref:        1,
	KindAppellation: 1,
	KindAlt:         0.95,
	KindHidden:      0.85,
	KindSynonym:     0.95,
}

// scratch is the per-call working memory: dense arrays over concepts,
// cleared through the list of touched entries so reuse costs O(touched).
type scratch struct {
	title   []float32
	label   []int32 // label behind title[c], -1 if none
	desc    []float32
	total   []float32
	seen    []bool
	touched []int32
	query   []termWeight // the description's TF-IDF vector (for reasons)
	titleQ  string       // the cleaned title that was matched
	hasDesc bool         // the posting has a description
	lang    corpus.Lang  // the language the posting was analysed in
}

type termWeight struct {
	id   int32
	term string
	w    float32
}

func newScratch(n int) *scratch {
	s := &scratch{title: make([]float32, n), label: make([]int32, n), desc: make([]float32, n),
		total: make([]float32, n), seen: make([]bool, n)}
	for i := range s.label {
		s.label[i] = -1
	}
	return s
}

func (s *scratch) touch(c int32) {
	if !s.seen[c] {
		s.seen[c] = true
		s.touched = append(s.touched, c)
	}
}

func (s *scratch) reset() {
	for _, c := range s.touched {
		s.title[c], s.desc[c], s.total[c], s.seen[c], s.label[c] = 0, 0, 0, false, -1
	}
	s.touched = s.touched[:0]
	s.query = s.query[:0]
	s.titleQ = ""
	s.hasDesc = false
}

// queryLangs lists the label languages a title is compared with, and the
// weight of each: its own first, then those its script allows.
func queryLangs(lang corpus.Lang, title string) []langWeight {
	ar := arabicShare(title)
	out := []langWeight{{lang, 1}}
	switch lang {
	case corpus.Arabic:
		if ar < 0.9 {
			out = append(out, langWeight{corpus.French, otherLangW}, langWeight{corpus.English, otherLangW})
		}
	case corpus.English:
		out = append(out, langWeight{corpus.French, otherLangW * enFrW})
	default:
		if lang != corpus.French {
			out = append(out, langWeight{corpus.French, otherLangW})
		}
		out = append(out, langWeight{corpus.English, otherLangW})
	}
	if lang != corpus.Arabic && ar > 0.1 {
		out = append(out, langWeight{corpus.Arabic, otherLangW})
	}
	return out
}

type langWeight struct {
	l corpus.Lang
	w float32
}

// scoreTitle compares the cleaned title with the labels: exact hits
// through the normalised-label map, near hits through Bleve's BM25
// candidates re-scored by weighted word overlap.
func (c *Classifier) scoreTitle(ctx context.Context, s *scratch, title string, lang corpus.Lang) {
	if strings.TrimSpace(title) == "" {
		return
	}
	full, head := cleanTitle(title)
	full = expandAbbreviations(full)
	s.titleQ = full
	for i, q := range queryLangs(lang, title) {
		a := c.as.For(q.l)
		ft, ht := a.Terms(full), a.Terms(head)
		if len(ft) == 0 {
			continue
		}
		fk, hk := prefixKeys(ft), prefixKeys(ht)
		idf := c.t.LabelIDF[q.l]
		score := func(lb int32, sim float32) {
			L := &c.t.Labels[lb]
			v := sim * kindW[L.Kind] * q.w
			for _, tg := range L.Targets {
				if x := v * tg.W; x > s.title[tg.ID] {
					s.touch(tg.ID)
					s.title[tg.ID] = x
					s.label[tg.ID] = lb
				}
			}
		}
		for _, terms := range [][]string{ft, ht} {
			for _, lb := range c.t.Exact[exactKey(q.l, terms)] {
				score(lb, 1)
			}
		}
		for _, lb := range c.candidates(ctx, ft, q.l, i == 0) {
			L := &c.t.Labels[lb]
			lk := c.labelKeys[lb]
			sim := overlap(ft, fk, L.Terms, lk, idf)
			if len(ht) < len(ft) {
				if h := overlap(ht, hk, L.Terms, lk, idf); h > sim {
					sim = h
				}
			}
			if sim > 0 {
				score(lb, sim)
			}
		}
	}
}

// candidates returns labels of language l that share words with the
// title: from Bleve's BM25 ranking for the posting's own language (when
// the model has its index), else from the in-memory term index, which is
// cheaper and good enough for the lower-weighted other languages.
func (c *Classifier) candidates(ctx context.Context, terms []string, l corpus.Lang, useIndex bool) []int32 {
	if len(terms) > maxQueryTerms {
		terms = terms[:maxQueryTerms]
	}
	if c.index != nil && useIndex {
		hits, err := c.index.search(ctx, terms, l, bleveCandidates)
		if err == nil {
			out := make([]int32, len(hits))
			for i, h := range hits {
				out[i] = h.Label
			}
			return out
		}
	}
	return c.termCandidates(terms, l)
}

// overlap is the F1 measure between a title's and a label's terms, words
// weighted by IDF: the share of the title the label explains and the
// share of the label found in the title. (β = 2 and β = 0.5 were tried
// on the dev sets: neither is better overall.) Words that only share a
// prefix key count partialCredit. titleKeys and labelKeys are the
// prefixKey of each term, computed once.
func overlap(title, titleKeys, label, labelKeys []string, idf map[string]float32) float32 {
	var sumT, sumL, m float32
	w := func(t string) float32 {
		if v, ok := idf[t]; ok {
			return v
		}
		return 4 // unseen in labels: rare
	}
	for i, t := range title {
		if dupBefore(title, i) {
			continue
		}
		x := w(t)
		sumT += x
		credit := float32(0)
		for j, u := range label {
			if u == t {
				credit = 1
				break
			}
			if k := titleKeys[i]; k != "" && labelKeys[j] == k {
				credit = partialCredit
			}
		}
		m += credit * x
	}
	for i, u := range label {
		if !dupBefore(label, i) {
			sumL += w(u)
		}
	}
	if m == 0 || sumT == 0 || sumL == 0 {
		return 0
	}
	p, r := m/sumT, m/sumL
	if r > 1 {
		r = 1
	}
	return 2 * p * r / (p + r)
}

func dupBefore(s []string, i int) bool {
	for j := 0; j < i; j++ {
		if s[j] == s[i] {
			return true
		}
	}
	return false
}

// scoreDescription adds the cosine between the posting's TF-IDF vector
// (title and description) and every occupation profile of its language,
// through the inverted index: cost is the posting lists of its own terms.
func (c *Classifier) scoreDescription(s *scratch, title, desc string, lang corpus.Lang) {
	v := c.t.Vectors[lang]
	if v == nil {
		v = c.t.Vectors[corpus.French]
		lang = corpus.French
	}
	if v == nil || strings.TrimSpace(title+desc) == "" {
		return
	}
	s.hasDesc = strings.TrimSpace(desc) != ""
	s.lang = lang
	terms := c.as.For(lang).Terms(title + "\n" + desc)
	counts := make(map[int32]float32, len(terms))
	names := make(map[int32]string, len(terms))
	for _, t := range terms {
		if id, ok := v.Vocab[t]; ok && v.IDF[id] >= minIDF {
			counts[id]++
			names[id] = t
		}
	}
	var norm float64
	for id, n := range counts {
		w := (1 + float32(math.Log(float64(n)))) * v.IDF[id]
		s.query = append(s.query, termWeight{id, names[id], w})
		norm += float64(w * w)
	}
	if norm == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(norm))
	for i := range s.query {
		q := &s.query[i]
		q.w *= inv
		for _, p := range v.Postings[q.id] {
			s.touch(p.ID)
			s.desc[p.ID] += q.w * p.W
		}
	}
}

// combine adds the evidence and carries each concept's score over the
// crosswalk, so that ROME, ESCO and ISCO answers agree.
func (c *Classifier) combine(s *scratch) {
	w := float32(descW)
	if s.lang == corpus.Arabic {
		w = descWArabic
	}
	if !s.hasDesc {
		w = titleOnlyW
	}
	for _, id := range s.touched {
		s.total[id] = (s.title[id] + w*s.desc[id]) * c.t.Concepts[id].Prior
	}
	n := len(s.touched)
	for _, id := range s.touched[:n] {
		v := s.total[id]
		if v < minPropagate {
			continue
		}
		for _, l := range c.t.Links[id] {
			if x := v * l.W * linkW; x > s.total[l.ID] {
				s.touch(l.ID)
				s.total[l.ID] = x
				if s.label[l.ID] < 0 {
					s.label[l.ID] = s.label[id]
				}
			}
		}
	}
}

type ranked struct {
	id  int32
	raw float32
}

// rank fills the ROME, ESCO and ISCO lists of res with calibrated scores.
func (c *Classifier) rank(s *scratch, res *Result, top int, lang corpus.Lang) rawTop {
	var rome, esco []ranked
	for _, id := range s.touched {
		if v := s.total[id]; v > 0 {
			if c.t.Concepts[id].Scheme == ROME {
				rome = append(rome, ranked{id, v})
			} else {
				esco = append(esco, ranked{id, v})
			}
		}
	}
	rome, esco = topN(rome, max(top, iscoVoters)), topN(esco, max(top, iscoVoters))
	// ISCO: a unit group scores its best occupation (ESCO, or a ROME
	// fiche through the crosswalk), plus a share of its other ESCO
	// occupations among the best iscoVoters: several fitting occupations
	// make a group likelier.
	isco := make(map[int32]float32)
	iscoSum := make(map[int32]float32)
	for _, list := range [][]ranked{esco, rome} {
		for _, r := range list {
			ci := &c.t.Concepts[r.id]
			for _, g := range ci.ISCO {
				x := r.raw * g.W
				if ci.Scheme == ROME {
					x *= linkW
				} else {
					iscoSum[g.ID] += x
				}
				if x > isco[g.ID] {
					isco[g.ID] = x
				}
			}
		}
	}
	var iscoR []ranked
	for g, v := range isco {
		if extra := iscoSum[g] - v; extra > 0 {
			v += iscoShare * extra
		}
		iscoR = append(iscoR, ranked{g, v})
	}
	rome, esco, iscoR = topN(rome, top), topN(esco, top), topN(iscoR, top)
	res.ROME = c.concepts(rome, lang, false)
	res.ESCO = c.concepts(esco, lang, false)
	res.ISCO = c.concepts(iscoR, lang, true)
	var best []ranked // the scheme the posting's language is best coded in
	switch lang {
	case corpus.French:
		best = rome
	default:
		best = iscoR
	}
	var raw rawTop
	if len(best) > 0 {
		raw.raw, raw.margin = float64(best[0].raw), float64(best[0].raw)
		if len(best) > 1 {
			raw.margin = float64(best[0].raw - best[1].raw)
		}
	}
	return raw
}

// topN keeps the n best of r, best first, by insertion into a short
// list: r has thousands of entries (every profile sharing a description
// word), n is at most a few dozen.
func topN(r []ranked, n int) []ranked {
	better := func(a, b ranked) bool { return a.raw > b.raw || a.raw == b.raw && a.id < b.id }
	out := make([]ranked, 0, n+1)
	for _, x := range r {
		if len(out) == n && !better(x, out[n-1]) {
			continue
		}
		i := len(out)
		out = append(out, x)
		for ; i > 0 && better(x, out[i-1]); i-- {
			out[i] = out[i-1]
		}
		out[i] = x
		if len(out) > n {
			out = out[:n]
		}
	}
	return out
}

func (c *Classifier) concepts(r []ranked, lang corpus.Lang, isISCO bool) []Concept {
	out := make([]Concept, len(r))
	for i, x := range r {
		var margin float32
		switch {
		case i == 0 && len(r) > 1:
			margin = x.raw - r[1].raw
		case i == 0:
			margin = x.raw
		default:
			margin = x.raw - r[0].raw
		}
		out[i].Score = calibrate(float64(x.raw), float64(margin))
		if isISCO {
			g := c.t.ISCO[x.id]
			out[i].Code, out[i].Label = g.Code, label(g.Label, lang)
		} else {
			ci := &c.t.Concepts[x.id]
			out[i].Code, out[i].Label = ci.Code, label(ci.Label, lang)
		}
	}
	return out
}

// reason says which label the title met and which description terms
// weighed most for the best concept.
func (c *Classifier) reason(s *scratch, res *Result, lang corpus.Lang) string {
	var best int32 = -1
	for _, id := range s.touched {
		if best < 0 || s.total[id] > s.total[best] {
			best = id
		}
	}
	if best < 0 {
		return "no evidence: the title and description met no occupation label or profile"
	}
	var parts []string
	if lb := s.label[best]; lb >= 0 && s.title[best] > 0 || lb >= 0 && s.total[best] > 0 && s.desc[best] == 0 {
		L := &c.t.Labels[lb]
		parts = append(parts, fmt.Sprintf("title %q matched %q (%s, %s)", s.titleQ, L.Text, L.Kind, L.Lang))
	}
	if terms := c.topTerms(s, best, lang, 5); len(terms) > 0 {
		parts = append(parts, "description terms: "+strings.Join(terms, ", "))
	}
	if len(parts) == 0 {
		return "carried over the ESCO–ROME crosswalk"
	}
	return strings.Join(parts, "; ")
}

// topTerms returns the query terms that add most to the cosine with id.
func (c *Classifier) topTerms(s *scratch, id int32, lang corpus.Lang, n int) []string {
	v := c.t.Vectors[lang]
	if v == nil {
		v = c.t.Vectors[corpus.French]
	}
	if v == nil {
		return nil
	}
	type tc struct {
		term string
		w    float32
	}
	var contrib []tc
	for _, q := range s.query {
		ps := v.Postings[q.id]
		i := sort.Search(len(ps), func(i int) bool { return ps[i].ID >= id })
		if i < len(ps) && ps[i].ID == id {
			contrib = append(contrib, tc{q.term, q.w * ps[i].W})
		}
	}
	sort.Slice(contrib, func(i, j int) bool { return contrib[i].w > contrib[j].w })
	var out []string
	for i := 0; i < len(contrib) && i < n; i++ {
		out = append(out, contrib[i].term)
	}
	return out
}
