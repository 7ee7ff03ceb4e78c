package classifier

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

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
	// TF-IDF vector of a bare title only repeats the title evidence (with
	// the board's function, if any, one line more).
	titleOnlyW = 0.5
	otherLangW = 0.75
	// enFrW further lowers French labels for English titles: English
	// words meet French labels mostly by accident (cognates, prefixes).
	enFrW = 0.6
	linkW = 0.9
	// exactW is the similarity of a title that is a whole label: more
	// than any partial overlap, so that "مندوب مبيعات" (sales
	// representative, a synonym label) is not beaten by the longer
	// "مندوب مبيعات طبية" (medical sales representative) plus the
	// description words both share.
	exactW = 1.15
	// iscoVoters is how many of the best ESCO occupations and ROME fiches
	// vote for ISCO groups.
	iscoVoters = 10
	// bleveCandidates is how many labels of the posting's language the
	// TF-IDF ranking keeps; the scorer then compares each with the title.
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

// kindW is how much a label's kind can be trusted as the name of its
// concept. Marsad's own synonyms (synonyms.go) weigh more than a
// preferred label: each was added because an official label sent a common
// title elsewhere, so where both fit it equally the curated one should
// win (1 → 1.25: jobbert ISCO-4 +66 titles, ma ROME +1, Arabic +17
// postings, mostly "مدير إداري", which "مدير الإدارة العامة" beat).
var kindW = [...]float32{
	KindPref:        1,
	KindAppellation: 1,
	KindAlt:         0.95,
	KindHidden:      0.85,
	KindSynonym:     1.25,
}

// scratch is the per-call working memory: dense arrays over concepts and
// labels, cleared through the lists of touched entries so reuse costs
// O(touched).
type scratch struct {
	// c holds each concept's evidence, one entry per concept, together:
	// every stage reads several fields of the same concept, and a
	// description touches thousands of concepts.
	c       []cell
	touched []int32
	query   []termWeight // the description's TF-IDF vector (for reasons)
	titleQ  string       // the cleaned title that was matched
	hasDesc bool         // the posting has a description
	// titleMgr: the title names a managerial level (levels.titleManagerial)
	titleMgr bool
	lang     corpus.Lang // the language the posting was analysed in

	// The best concepts of each scheme, found once after combine and
	// re-sorted as later stages raise them (leaders, agreement.go).
	leadRome, leadEsco []ranked
	leadN              int // how many each list holds at most
	leadOK             bool

	ttoks, dtoks []corpus.Token // title and description, analysed once
	ftoks        []corpus.Token // the board's function (posting.Posting.Function)
	tokLang      corpus.Lang    // the analyser that produced them
	fullForm     wordForm       // the cleaned title, for overlap
	headForm     wordForm       // its first segment
	counts       map[int32]float32
	desc         []float32 // description sums by concept, cleared by reset
	own          []float32 // combine's own scores, in touched order

	// Candidate search over labels (termindex.go): dense per-label
	// accumulators, cleared through ltouched, and reused result slices.
	lscore   []float32
	lcount   []uint16
	lmark    []uint16 // 1 + the query term that last counted the label
	ltouched []int32
	candSeen []bool
	cands    []int32
	ranked   []ranked
}

// cell is one concept's evidence while a posting is scored.
type cell struct {
	title float32 // best title–label similarity, weighted
	named float32 // the same from the concept's own labels, and exact appellations (tie-break)
	desc  float32 // TF-IDF cosine with the profile
	total float32 // the combined score ranked on
	label int32   // label behind title, -1 if none
	apps  uint16  // crosswalk entries behind the link that carried total here (tie-break)
	seen  bool    // listed in touched
}

type termWeight struct {
	id   int32
	term string
	w    float32
}

func newScratch(n, labels int) *scratch {
	s := &scratch{c: make([]cell, n), desc: make([]float32, n), counts: make(map[int32]float32),
		lscore: make([]float32, labels), lcount: make([]uint16, labels), lmark: make([]uint16, labels), candSeen: make([]bool, labels)}
	for i := range s.c {
		s.c[i].label = -1
	}
	return s
}

func (s *scratch) touch(c int32) {
	if !s.c[c].seen {
		s.c[c].seen = true
		s.touched = append(s.touched, c)
	}
}

func (s *scratch) reset() {
	for _, c := range s.touched {
		s.c[c] = cell{label: -1}
	}
	s.touched = s.touched[:0]
	// Whole, not through touched: a posting that panicked midway (the
	// server recovers) must not leave sums for the next one.
	clear(s.desc)
	s.query = s.query[:0]
	s.ttoks, s.dtoks, s.ftoks = s.ttoks[:0], s.dtoks[:0], s.ftoks[:0]
	clear(s.counts)
	s.titleQ = ""
	s.hasDesc = false
	s.titleMgr = false
	s.lang, s.tokLang = "", ""
	s.leadOK, s.leadN = false, 0
}

// queryLangs lists the label languages a title is compared with, and the
// weight of each: its own first, then those its script allows.
func queryLangs(lang corpus.Lang, title string) []langWeight {
	ar := arabicShare(title)
	out := []langWeight{{l: lang, w: 1}}
	switch lang {
	case corpus.Arabic:
		if ar < 0.9 {
			out = append(out, langWeight{l: corpus.French, w: otherLangW}, langWeight{l: corpus.English, w: otherLangW})
		}
	case corpus.English:
		out = append(out, langWeight{l: corpus.French, w: otherLangW * enFrW})
	default:
		if lang != corpus.French {
			out = append(out, langWeight{l: corpus.French, w: otherLangW})
		}
		out = append(out, langWeight{l: corpus.English, w: otherLangW})
	}
	if lang != corpus.Arabic && ar > 0.1 {
		out = append(out, langWeight{l: corpus.Arabic, w: otherLangW})
	}
	return out
}

type langWeight struct {
	l          corpus.Lang
	w          float32
	full, head string // the title words compared: the title or its translation
	translated bool   // full is a translation, searched like the title's own language
}

// scoreTitle compares the cleaned title with the labels of each language
// it may be written in (lang, the title's own, first): exact hits through
// the normalised-label map, near hits through candidate search (title
// words spell-corrected against the Bleve index first) re-scored by
// weighted word overlap.
func (c *Classifier) scoreTitle(s *scratch, title string, lang corpus.Lang) {
	if strings.TrimSpace(title) == "" {
		return
	}
	full, head := cleanTitle(title, lang)
	if dropWords(full) == "" || len(s.ttoks) == 0 {
		// "Stagiaire", "Senior - Junior", "Offre de stage" (boilerplate
		// the analysis drops, which cleanTitle would have cut to "Offre
		// de"): nothing names a job.
		return
	}
	full = expandAbbreviations(full)
	if lang == corpus.French && techTitle(full) {
		full += " informatique" // "Ingénieur Java" (techWords)
	}
	s.titleQ = full
	passes := queryLangs(lang, title)
	for i := range passes {
		passes[i].full, passes[i].head = full, head
	}
	if lang == corpus.English {
		// An English title also queries French labels in French words:
		// the only way to ROME fiches without a crosswalk (translate.go).
		tf, ok := translateTitle(full)
		th, _ := translateTitle(head)
		if ok {
			passes = append(passes, langWeight{l: corpus.French, w: enFrTransW, full: tf, head: th, translated: true})
		}
	}
	for i, q := range passes {
		a := c.as.For(q.l)
		ft, ht := a.Terms(q.full), a.Terms(q.head)
		if len(ft) == 0 {
			continue
		}
		if !namesSomething(ht) {
			// The head was what qualifiers left of a segment: "de 6" of
			// "Stage rémunéré de 6 mois - Odoo".
			ht = ft
		}
		// Spelling is corrected in the title's language and in the
		// posting's: a declared English title that the detector read as
		// French ("Kichen") is corrected in its English pass. (In every
		// pass, foreign words became label words: "Pegawai Penilai" a
		// mediator.)
		if i == 0 || q.l == s.tokLang && !q.translated {
			c.correctTerms(ft, q.l)
			c.correctTerms(ht, q.l)
		}
		c.titleForm(&s.fullForm, ft, q.l)
		c.titleForm(&s.headForm, ht, q.l)
		managerial := c.levels.titleManagerial(ft, q.l)
		// names: an English title holds a word that makes a label
		// managerial. (French "Responsable audit" is often no manager,
		// and penalising French synonyms moved 4 unlabelled postings,
		// mostly for the worse.)
		names := q.l == corpus.English && hasTerm(ft, c.levels.label[q.l])
		if i == 0 {
			s.titleMgr = managerial
		}
		score := func(lb int32, sim, w float32) {
			v := sim * c.forms.at[lb].kindW * w
			if c.levels.mgr[lb] && !managerial {
				v *= levelW
			}
			// And the other way, for Marsad's one-word staff synonyms
			// only ("sales", "technician", "cleaner"): a title that names
			// a manager ("Head of Sales") is not the bare word it
			// contains. (For every label: jobbert −26, ma ROME −1, as
			// boards' "Assistant Manager" is often staff; for every
			// synonym, "Product Owner / Manager" lost its product owner.)
			if names && sim < exactW && c.forms.at[lb].nTerms == 1 && c.t.Labels[lb].Kind == KindSynonym && !c.levels.mgr[lb] {
				v *= levelW
			}
			// A title that is a whole ROME appellation also names the ESCO
			// occupations the crosswalk links that appellation to: among
			// the fiche's occupations, which its score reaches alike, they
			// win the tie ("Zoologiste de la recherche scientifique" is
			// K2402's biologist, not its chemist).
			exactAppellation := sim >= exactW && c.t.Labels[lb].Kind == KindAppellation
			for i, tg := range c.forms.targetsOf(lb) {
				x := v * tg.W
				if x > s.c[tg.ID].title {
					s.touch(tg.ID)
					s.c[tg.ID].title = x
					s.c[tg.ID].label = lb
				}
				if (i == 0 || exactAppellation) && x > s.c[tg.ID].named {
					s.touch(tg.ID)
					s.c[tg.ID].named = x
				}
			}
		}
		for _, terms := range [][]string{ft, exactHead(a, q.head, ht)} {
			// A title of several words that is a whole label names its
			// concept in whatever language the label is filed under:
			// ROME 4.0 names fiches "Scrum Master" and "Data engineer".
			w := q.w
			if len(terms) > 1 && !q.translated {
				w = 1
			}
			for _, lb := range c.t.Exact[exactKey(q.l, terms)] {
				score(lb, exactW, w)
			}
		}
		for _, lb := range c.candidates(s, ft, q.l, i == 0 || q.translated) {
			lt, lsum := c.forms.termsOf(lb), c.forms.at[lb].sum
			sim := overlap(&s.fullForm, lt, lsum)
			if len(ht) < len(ft) {
				if h := overlap(&s.headForm, lt, lsum); h > sim {
					sim = h
				}
			}
			if sim > 0 {
				score(lb, sim, q.w)
			}
		}
	}
}

// namesSomething reports whether some term is more than a number.
func namesSomething(terms []string) bool {
	for _, t := range terms {
		if !isNumber(t) {
			return true
		}
	}
	return false
}

// minCorrect is the shortest title word that spelling correction
// considers: shorter words have too many neighbours at distance 1.
const minCorrect = 5

// correctTerms replaces, in place, the title words that no label of
// language l holds by a label word at edit distance 1, through the Bleve
// index's term dictionary (misspelt titles: "Assitante projet",
// "Aeeronautique engineer").
func (c *Classifier) correctTerms(terms []string, l corpus.Lang) {
	if c.index == nil {
		return
	}
	for i, t := range terms {
		if _, known := c.vocab[t]; known || utf8.RuneCountInString(t) < minCorrect || isNumber(t) {
			continue
		}
		if u := c.corrected(t, l); u != "" {
			terms[i] = u
		}
	}
}

// maxCorrections bounds the memo of corrections: the same unknown words
// (brands, foreign places, misspellings) come back from posting to
// posting, and building a Levenshtein automaton each time was a tenth of
// the classifier's CPU.
const maxCorrections = 1 << 16

// corrected returns the label word that replaces t, or "" for none.
func (c *Classifier) corrected(t string, l corpus.Lang) string {
	key := string(l) + "|" + t
	if u, ok := c.corrections.Load(key); ok {
		return u.(string)
	}
	// The neighbour most labels hold: Bleve's fuzzy dictionary does not
	// count documents, the term lists do.
	best, n := "", 0
	for _, u := range c.index.near(t, l) {
		if d := len(c.terms.lists[l][u]); d > n || d == n && u < best {
			best, n = u, d
		}
	}
	if c.nCorrections.Load() < maxCorrections {
		if _, loaded := c.corrections.LoadOrStore(key, best); !loaded {
			c.nCorrections.Add(1)
		}
	}
	return best
}

// candidates returns labels of language l that share words with the
// title: for the posting's own language the bleveCandidates best by the
// label index's TF-IDF ranking (computed in memory, rankCandidates), for
// the lower-weighted other languages every label sharing a word.
func (c *Classifier) candidates(s *scratch, terms []string, l corpus.Lang, own bool) []int32 {
	if len(terms) > maxQueryTerms {
		terms = terms[:maxQueryTerms]
	}
	if own {
		return c.rankCandidates(s, terms, l, bleveCandidates)
	}
	return c.termCandidates(s, terms, l)
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
// (title, description and the board's function) and every occupation
// profile of its language, through the inverted index: cost is the
// posting lists of its own terms. The function ("Informatique -
// Développement") counts as one more line of the posting: it decides
// where the title is vague ("Offre de stage : Développement", "Manager
// Juridique") and the description short or absent, as on MarocAnnonces.
func (c *Classifier) scoreDescription(s *scratch, title, desc, function string, lang corpus.Lang) {
	v := c.t.Vectors[lang]
	if v == nil {
		v = c.t.Vectors[corpus.French]
		lang = corpus.French
	}
	if v == nil || strings.TrimSpace(title+desc) == "" {
		return
	}
	s.hasDesc = strings.TrimSpace(desc) != ""
	toks := [3][]corpus.Token{s.ttoks, s.dtoks, s.ftoks}
	if lang != s.tokLang { // no profiles in the posting's language
		a := c.as.For(lang)
		toks = [3][]corpus.Token{a.Analyze(title), a.Analyze(desc), a.Analyze(function)}
	}
	s.lang = lang
	counts := s.counts
	add := func(term string) {
		if id, ok := v.Vocab[term]; ok && v.IDF[id] >= minIDF {
			if counts[id] == 0 {
				s.query = append(s.query, termWeight{id, term, 0})
			}
			counts[id]++
		}
	}
	var abbr map[string][]string
	if lang == corpus.French {
		abbr = c.abbrTerms
	}
	for i, ts := range toks {
		for _, t := range ts {
			if i == 0 {
				w := titleWord(title[t.Start:t.End])
				if isQualifier(w) {
					continue
				}
				if exp, ok := abbr[w]; ok { // "IT" is "informatique"
					for _, term := range exp {
						add(term)
					}
					continue
				}
			}
			add(t.Term)
		}
	}
	var norm float64
	for i := range s.query {
		q := &s.query[i]
		q.w = (1 + float32(math.Log(float64(counts[q.id])))) * v.IDF[q.id]
		norm += float64(q.w * q.w)
	}
	if norm == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(norm))
	// A description reaches most concepts: the sums go to a dense array
	// that stays in the L1 cache, and the concepts are marked touched in
	// one pass after (touching them entry by entry was a third of this).
	acc := s.desc
	for i := range s.query {
		q := &s.query[i]
		q.w *= inv
		for _, p := range v.Postings[q.id] {
			acc[p.ID] += q.w * p.W
		}
	}
	for id, d := range acc {
		if d != 0 {
			s.touch(int32(id))
			s.c[id].desc = d
		}
	}
}

// combine adds the evidence and carries each concept's score over the
// crosswalk, so that ROME, ESCO and ISCO answers agree.
func (c *Classifier) combine(s *scratch) {
	own := s.own[:0]
	for _, id := range s.touched {
		v := c.own(s, id)
		s.c[id].total = v
		own = append(own, v)
	}
	s.own = own
	for i, id := range s.touched[:len(own)] {
		// The concept's own score, not its total: a score carried here
		// from the other scheme is not carried on (ROME → ESCO → sibling
		// fiches: "Electricien du bâtiment" filled its top 3 with fiches
		// that share an ESCO occupation with F1602).
		v := own[i]
		if v < minPropagate {
			continue
		}
		for j, l := range c.t.Links[id] {
			if x := v * l.W * linkW; x > s.c[l.ID].total {
				s.touch(l.ID)
				s.c[l.ID].total = x
				s.c[l.ID].apps = c.linkApps(id, j)
				if s.c[l.ID].label < 0 {
					s.c[l.ID].label = s.c[id].label
				}
			}
		}
	}
}

// linkApps is LinkApps[id][j], 0 for tables built without it.
func (c *Classifier) linkApps(id int32, j int) uint16 {
	if int(id) < len(c.t.LinkApps) && j < len(c.t.LinkApps[id]) {
		return c.t.LinkApps[id][j]
	}
	return 0
}

// own is a concept's score from its own labels and profile, before
// anything is carried over the crosswalk.
func (c *Classifier) own(s *scratch, id int32) float32 {
	return (s.c[id].title + c.descWeight(s, id)*s.c[id].desc) * c.prior[id]
}

// ownNamed is own with the title evidence of id's own labels only (and
// of a whole ROME appellation for the occupations its crosswalk entry
// links): the tie-breaker between concepts that a crosswalked label
// reaches alike.
func (c *Classifier) ownNamed(s *scratch, id int32) float32 {
	return (s.c[id].named + c.descWeight(s, id)*s.c[id].desc) * c.prior[id]
}

// descWeight is how much the description's cosine counts against the
// title's similarity for this posting and concept id.
func (c *Classifier) descWeight(s *scratch, id int32) float32 {
	switch {
	case !s.hasDesc:
		// A bare title's TF-IDF only repeats the title evidence, so a
		// manager's profile is discounted as its labels are (level.go):
		// "Digital Marketing" met the digital marketing manager, whose
		// profile says little else.
		if !s.titleMgr && c.levels.concept[id] {
			return titleOnlyW * levelW
		}
		return titleOnlyW
	case s.lang == corpus.Arabic:
		return descWArabic
	}
	return descW
}

type ranked struct {
	id  int32
	raw float32
	// tie orders equal raw scores: the evidence of a concept's own labels
	// and profile (ownNamed), where a score carried over the crosswalk,
	// or a crosswalked label, is the same for every concept the source
	// links to ("data analyst" reaches M1419 Data analyst, M1811 and
	// M1405 alike).
	tie float32
	// apps orders what tie leaves equal: of the fiches one occupation's
	// score reaches alike (an Arabic title meets no ROME label), the fiche
	// with more of its appellations crosswalked to that occupation comes
	// first. The security guard reaches K2503 through 14 appellations and
	// I1202, road operations, through one, a motorway CCTV operator.
	apps uint16
}

// rank fills the ROME, ESCO and ISCO lists of res with calibrated scores.
func (c *Classifier) rank(s *scratch, res *Result, top int, lang corpus.Lang) rawTop {
	n := max(top, iscoVoters)
	rome, esco := c.leaders(s, n)
	// ISCO: a unit group scores its best occupation among the best
	// iscoVoters (ESCO, or a ROME fiche through the crosswalk). Adding a
	// share of its other occupations was tried: Arabic lost 10 points.
	var isco []ranked // a few dozen groups at most: a list beats a map
	for _, list := range [][]ranked{esco, rome} {
		for _, r := range list {
			ci := &c.t.Concepts[r.id]
			for _, g := range ci.ISCO {
				x := ranked{id: g.ID, raw: r.raw * g.W, tie: r.tie}
				if ci.Scheme == ROME {
					x.raw *= linkW
				}
				isco = maxInto(isco, x)
			}
		}
	}
	// The best ROME fiche's lead decides between ISCO groups
	// (agreement.go); not on bare titles, whose ROME evidence is an
	// English title meeting French labels (jobbert −0.4 point).
	if s.hasDesc {
		isco = c.romeLead(isco, rome)
	}
	// Margins are read on the full lists (n ≥ iscoVoters entries), so
	// that a score does not depend on how many answers were asked for.
	iscoR := topN(isco, n)
	fromISCO := len(rome) == 0 && len(esco) > 0
	if fromISCO {
		rome = c.romeFromISCO(esco, n)
	}
	raw := rawTop{titleEN: !s.hasDesc && lang == corpus.English}
	res.ROME = c.concepts(rome, top, lang, ROME, raw.titleEN)
	res.ESCO = c.concepts(esco, top, lang, ESCO, raw.titleEN)
	res.ISCO = c.concepts(iscoR, top, lang, 0, raw.titleEN)
	if len(rome) > 0 && !fromISCO { // a guess through ISCO is no evidence to calibrate on
		raw.rome = rawLead{float64(rome[0].raw), float64(c.lead(rome, ROME)), true}
	}
	if len(iscoR) > 0 {
		raw.isco = rawLead{float64(iscoR[0].raw), float64(c.lead(iscoR, 0)), true}
	}
	if len(esco) > 0 {
		raw.esco = rawLead{float64(esco[0].raw), float64(c.lead(esco, ESCO)), true}
	}
	return raw
}

// orphanW discounts a fiche reached only through its ISCO group.
const orphanW = 0.3

// romeFromISCO answers ROME for a posting whose evidence reached no fiche:
// a third of ESCO's occupations have no crosswalk link (the sales
// assistant, 5223, among them: ROME has no generic "Vendeur"), so a bare
// "Salesgirl" had ESCO and ISCO answers and no ROME one. The fiches of
// the best occupations' ISCO groups stand in, at orphanW of the score
// the occupation would carry.
func (c *Classifier) romeFromISCO(esco []ranked, n int) []ranked {
	var rome []ranked
	for _, e := range esco {
		for _, g := range c.t.Concepts[e.id].ISCO {
			for _, f := range c.fichesByISCO[g.ID] {
				// The fiche most surely in the group first, then the
				// commonest.
				rome = maxInto(rome, ranked{id: f.ID, raw: e.raw * g.W * f.W * linkW * orphanW, tie: f.W * c.prior[f.ID]})
			}
		}
	}
	return topN(rome, n)
}

// lead is the best answer's margin over the first runner-up that is a
// different answer: for ROME, a fiche of another métier (ROME scores are
// calibrated at the métier level, code_rome_parent, the level France
// Travail codes offers at: "Développeur Java" between two fiches of one
// métier is not in doubt). With no such runner-up, the raw score itself.
func (c *Classifier) lead(r []ranked, scheme Scheme) float32 {
	for _, x := range r[1:] {
		if scheme != ROME || c.t.Concepts[x.id].Parent != c.t.Concepts[r[0].id].Parent {
			return r[0].raw - x.raw
		}
	}
	return r[0].raw
}

// maxInto raises x.id's entry of r to x, adding it if absent. Equal
// scores keep the better tie-breaker: a fiche's score carried alike to
// the data analyst (2511), the chief data officer (1330) and the data
// warehouse designer (2521) makes their groups tie, and the occupation
// the title names best should decide, not the order of the groups.
func maxInto(r []ranked, x ranked) []ranked {
	for i := range r {
		if r[i].id == x.id {
			if better(x, r[i]) {
				r[i].raw, r[i].tie = x.raw, x.tie
			}
			return r
		}
	}
	return append(r, x)
}

// topN keeps the n best of r, best first, by insertion into a short
// list: r has thousands of entries (every profile sharing a description
// word), n is at most a few dozen.
func topN(r []ranked, n int) []ranked {
	out := make([]ranked, 0, n+1)
	for _, x := range r {
		out = pushTop(out, x, n)
	}
	return out
}

// pushTop inserts x into out, a best-first list of at most n entries.
func pushTop(out []ranked, x ranked, n int) []ranked {
	if len(out) == n && !better(x, out[n-1]) {
		return out
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
	return out
}

func better(a, b ranked) bool {
	if a.raw != b.raw {
		return a.raw > b.raw
	}
	if a.tie != b.tie {
		return a.tie > b.tie
	}
	if a.apps != b.apps {
		return a.apps > b.apps
	}
	return a.id < b.id
}

// concepts turns the top best of r into answers with calibrated scores;
// scheme is ROME, ESCO, or 0 for ISCO groups, and titleEN says the
// posting is an English title alone (calScheme).
func (c *Classifier) concepts(r []ranked, top int, lang corpus.Lang, scheme Scheme, titleEN bool) []Concept {
	out := make([]Concept, min(top, len(r)))
	k := calibrationFor(scheme, titleEN)
	for i, x := range r[:len(out)] {
		margin := x.raw - r[0].raw
		if i == 0 {
			margin = c.lead(r, scheme)
		}
		out[i].Score = k.P(float64(x.raw), float64(margin))
		if scheme == 0 {
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
// weighed most for the concept explained picks: the first answer shown.
func (c *Classifier) reason(s *scratch, res *Result, lang corpus.Lang) string {
	best := c.explained(s, res, lang)
	if best < 0 {
		return "no evidence: the posting met no occupation label or profile"
	}
	var parts []string
	if lb := s.c[best].label; lb >= 0 && s.c[best].title > 0 || lb >= 0 && s.c[best].total > 0 && s.c[best].desc == 0 {
		L := &c.t.Labels[lb]
		parts = append(parts, fmt.Sprintf("title %q matched %q (%s, %s)", s.titleQ, L.Text, L.Kind, L.Lang))
	}
	if terms := c.topTerms(s, best, lang, 5); len(terms) > 0 {
		// Without a description the terms are the title's and the
		// board function's.
		what := "description terms: "
		if !s.hasDesc {
			what = "text terms: "
		}
		parts = append(parts, what+strings.Join(terms, ", "))
	}
	if len(parts) == 0 {
		return "carried over the ESCO–ROME crosswalk"
	}
	return strings.Join(parts, "; ")
}

// explained is the concept the reason speaks of: the answer a reader
// looks at first, the top ROME fiche of a French posting and the top
// ESCO occupation of another (its ISCO group comes from it); with no
// such answer, the concept with the best total. It was always the
// latter, which could be an ESCO occupation under another ROME answer:
// "Enseignant" answered the electricians' F1602 with the reason
// "matched enseignant spécialisé". -1 when nothing was touched.
func (c *Classifier) explained(s *scratch, res *Result, lang corpus.Lang) int32 {
	lists := [][]Concept{res.ESCO, res.ROME}
	if lang == corpus.French {
		lists[0], lists[1] = lists[1], lists[0]
	}
	for _, l := range lists {
		// A fiche given through its ISCO group (romeFromISCO) was never
		// scored: nothing of its own explains it.
		if len(l) > 0 {
			if id, ok := c.byCode[l[0].Code]; ok && s.c[id].seen {
				return id
			}
		}
	}
	var best int32 = -1
	for _, id := range s.touched {
		if best < 0 || s.c[id].total > s.c[best].total {
			best = id
		}
	}
	return best
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
