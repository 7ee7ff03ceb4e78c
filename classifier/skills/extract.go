package skills

import (
	"slices"
	"strings"

	"marsad/corpus"
)

// Match is one skill found in a posting.
type Match struct {
	Scheme   string  `json:"scheme"` // "esco" or "rome"
	Code     string  `json:"code"`   // ESCO skill URI or ROME OGR code
	Label    string  `json:"label"`
	Score    float64 `json:"score"`
	Field    string  `json:"field"` // "title" or "description"
	Start    int     `json:"start"` // byte offsets into that field
	End      int     `json:"end"`
	Relation string  `json:"relation,omitempty"` // "essential"/"optional" for the top occupation
	// Implied is set on skills that Rank adds without a mention in the
	// text (Start and End are then 0).
	Implied bool `json:"implied,omitempty"`
	// hint marks a one-word alternative or hidden label found for Rank
	// (modeRank): weak evidence, not a mention, however often repeated.
	hint bool
}

// candidate is a possible match before overlaps are resolved.
type candidate struct {
	form       int32
	score      float64
	ntok       int   // tokens covered: longer wins
	exact      bool  // contiguous label, not a proximity match
	lo, hi     int32 // its byte spans: the scratch arena's spans[lo:hi]
	start, end int   // first and last byte covered
}

// Extract finds the skills in one field ("title" or "description") of a
// posting written in lang: each skill once, at its best mention, in text
// order. Offsets are bytes into text.
func (d *Dictionary) Extract(text string, lang corpus.Lang, field string) []Match {
	return d.extract(text, nil, lang, field, modePosting)
}

// ExtractAnalyzed is Extract for a caller that has already analysed text
// with the analyser of lang (the classifier does), saving that pass.
func (d *Dictionary) ExtractAnalyzed(text string, toks []corpus.Token, lang corpus.Lang, field string) []Match {
	if toks == nil {
		toks = []corpus.Token{}
	}
	return d.extract(text, toks, lang, field, modePosting)
}

// mode is what extract reads text for.
type mode uint8

const (
	// modePosting: a posting; every sense check applies.
	modePosting mode = iota
	// modeRank: a posting read by Rank or RankForFiche, which also want
	// one-word alternative and hidden labels ("experience" → "think
	// creatively") as weak evidence next to their own index.
	modeRank
	// modeQuery: a Search query, which names skills on purpose: stop and
	// context forms count and no sense check applies.
	modeQuery
)

// extract does the work for every mode.
func (d *Dictionary) extract(text string, toks []corpus.Token, lang corpus.Lang, field string, m mode) []Match {
	query := m == modeQuery
	if d == nil || d.t == nil || strings.TrimSpace(text) == "" {
		return nil
	}
	s := d.getScratch()
	defer d.putScratch(s)
	s.title = field == "title"
	langs := []corpus.Lang{lang}
	if rootOf(lang) == 0 {
		langs = []corpus.Lang{corpus.French, corpus.English, corpus.Arabic}
		toks = nil
	}
	for _, l := range langs {
		ts := toks
		if ts == nil {
			s.toks = d.as.For(l).AnalyzeAppend(s.toks[:0], text)
			ts = s.toks
		} else if needsGlue(text, ts) {
			s.toks = append(s.toks[:0], ts...)
			ts = s.toks
		}
		glueTech(text, ts)
		s.ids = s.ids[:0]
		for _, tk := range ts {
			s.ids = append(s.ids, d.t.Vocab.lookup(tk.Term))
		}
		d.exact(s, text, ts, rootOf(l), query)
		s.markPresent(int(d.t.Vocab.N))
		d.window(s, text, ts, rootOf(l), query)
		s.clearPresent()
	}
	if lang != corpus.English {
		s.ws, s.wbuf = scanWords(s.ws[:0], s.wbuf[:0], text)
		d.tech(s, text, query)
	}
	return d.resolve(s, text, lang, field, m)
}

// needsGlue reports whether some token is followed by "++" or "#", which
// glueTech would write into the tokens (a copy, for the caller's tokens).
func needsGlue(text string, toks []corpus.Token) bool {
	for _, tk := range toks {
		if tk.End < len(text) && (text[tk.End] == '+' || text[tk.End] == '#') {
			return true
		}
	}
	return false
}

// glueTech applies analyze's "++"/"#" gluing to tokens in place.
func glueTech(text string, toks []corpus.Token) {
	for i, tk := range toks {
		if tk.End < len(text) && (text[tk.End] == '+' || text[tk.End] == '#') {
			if e, term := techSuffix(text, tk.End, []byte(tk.Term)); e != tk.End {
				toks[i].End, toks[i].Term = e, string(term)
			}
		}
	}
}

// breaks reports whether the text between two tokens ends a phrase: a
// label never matches across a full stop, a colon, a bullet or a line,
// in Latin or Arabic punctuation.
func breaks(between string) bool { return punctBreak(between, false) }

// punctBreak reports whether between holds a phrase break, or with
// sentence only what ends a sentence, line or list item (not a colon or
// a bracket).
func punctBreak(between string, sentence bool) bool {
	// strings.ContainsAny(between, ".;:!?\n|•·()[]؛؟") byte by byte: it is
	// asked at every step of a match, mostly about a space or two.
	for i := 0; i < len(between); i++ {
		switch between[i] {
		case '.', ';', '!', '?', '\n', '|':
			return true
		case ':', '(', ')', '[', ']':
			if !sentence {
				return true
			}
		case 0xE2, 0xC2: // first bytes of "•" and "·"
			if rest := between[i:]; strings.HasPrefix(rest, "•") || strings.HasPrefix(rest, "·") {
				return true
			}
		case 0xD8: // first byte of the Arabic "؛" and "؟"
			if rest := between[i:]; strings.HasPrefix(rest, "؛") || strings.HasPrefix(rest, "؟") {
				return true
			}
		}
	}
	return false
}

// endsSentence reports whether a sentence, line or list item ends
// between two tokens of text. A proximity match stops there; unlike a
// contiguous one it may cross a colon or a parenthesis ("protection des
// données (RGPD)", "Bases de données : SQL, NoSQL").
func endsSentence(text string, a, b corpus.Token) bool {
	return a.End < b.Start && punctBreak(text[a.End:b.Start], true)
}

// maxGap is how many positions may separate two tokens of a contiguous
// match: removed stop words count, "techniques de la soudure" still
// matches "techniques de soudure".
const maxGap = 3

// add appends a candidate covering one span.
func (s *scratch) add(c candidate, start, end int) {
	c.lo = int32(len(s.spans))
	s.spans = append(s.spans, [2]int{start, end})
	c.hi = c.lo + 1
	c.start, c.end = start, end
	s.cands = append(s.cands, c)
}

// exact walks the trie from every token and keeps every form that ends
// on the way; overlaps are resolved later, longest first. Stop forms are
// dropped here already outside queries: they never block another match.
func (d *Dictionary) exact(s *scratch, text string, toks []corpus.Token, root int32, query bool) {
	tr := d.t.c
	for i := range toks {
		if s.ids[i] < 0 {
			continue
		}
		n := root
		comma := false // the match so far crosses a comma
		for j := i; j < len(toks); j++ {
			if j > i {
				between := text[toks[j-1].End:toks[j].Start]
				if toks[j].Position-toks[j-1].Position > maxGap || breaks(between) {
					break
				}
				comma = comma || strings.Contains(between, ",") || strings.Contains(between, "،")
			}
			id := s.ids[j]
			if id < 0 {
				break
			}
			var ok bool
			if n, ok = tr.child(n, id); !ok {
				break
			}
			for _, f := range tr.endsAt(n) {
				fm := &d.t.Forms[f]
				if !query && (fm.Flags&flagStop != 0 ||
					comma && fm.Flags&flagComma == 0 ||
					j == i && fm.Word != 0 && fm.Word != wordKey(compound(text, toks[i].Start, toks[i].End)) ||
					fm.Flags&flagAcronym != 0 && hasLowerASCII(text[toks[i].Start:toks[j].End]) ||
					!s.title && fm.Flags&(flagTech|flagNamed) == 0 && properName(text, toks[i].Start, toks[j].End)) {
					continue
				}
				s.add(candidate{form: f, score: d.formScore(f), ntok: j - i + 1, exact: true},
					toks[i].Start, toks[j].End)
			}
		}
	}
}

// tech matches technical names (Python, AutoCAD, SAP, Microsoft Excel)
// written in Latin letters, whatever the language of the text around them.
func (d *Dictionary) tech(s *scratch, text string, query bool) {
	tr := d.t.c
	ws := s.ws
	for i := range ws {
		if !ws[i].Latin {
			continue
		}
		n, ok := tr.techStep(s.wbuf[ws[i].fs:ws[i].fe])
		for j := i; ok; {
			for _, f := range tr.endsAt(n) {
				fl := d.t.Forms[f].Flags
				if fl&flagCased != 0 && !ws[i].Cased || !query && fl&flagStop != 0 ||
					!query && fl&flagAcronym != 0 && hasLowerASCII(text[ws[i].Start:ws[j].End]) {
					continue
				}
				s.add(candidate{form: f, score: d.formScore(f), ntok: j - i + 1, exact: true},
					ws[i].Start, ws[j].End)
			}
			// Most technical names are one word: a leaf spares the next
			// word's vocabulary lookup.
			if j++; tr.leaf(n) || j >= len(ws) || !ws[j].Latin || breaks(text[ws[j-1].End:ws[j].Start]) {
				break
			}
			id := d.t.Vocab.lookup(string(s.wbuf[ws[j].fs:ws[j].fe]))
			if id < 0 {
				break
			}
			n, ok = tr.child(n, id)
		}
	}
}

// formScore is the confidence of a contiguous match on a form: preferred
// labels over alternative over hidden ones, longer labels over one word.
func (d *Dictionary) formScore(f int32) float64 {
	fm := &d.t.Forms[f]
	s := 1.0
	switch fm.Kind {
	case kindAlt:
		s = 0.9
	case kindHidden:
		s = 0.7
	case kindROME:
		s = 0.95
	}
	switch {
	case fm.N == 1 && fm.Flags&flagTech == 0:
		s *= 0.8
	case fm.N == 2:
		s *= 0.9
	}
	return s
}

// window finds long labels whose terms all appear (all but one for four
// terms or more) within a few positions of each other, in any order:
// "maîtrise des outils bureautiques Word/Excel" ↔ "maîtriser les outils
// bureautiques". Candidates come from the anchor index, so only labels
// holding one of the text's rarer terms are looked at; their other terms
// are sought among the few tokens of the window, which is cheaper than
// any index of the text.
func (d *Dictionary) window(s *scratch, text string, toks []corpus.Token, root int32, query bool) {
	if len(toks) < 2 {
		return
	}
	ids := s.ids
	for i, id := range ids {
		if id < 0 {
			continue
		}
		for _, f := range d.t.c.anchoredOn(root, id) {
			fm := &d.t.Forms[f]
			if !query && fm.Flags&flagStop != 0 || !s.mayMatch(fm.Terms) {
				continue
			}
			w := d.t.Window
			if w <= 0 {
				w = 2*len(fm.Terms) + 2
			}
			pos := toks[i].Position
			// Positions grow by at least one per token: the window's
			// tokens are within w indexes of i, in the anchor's
			// sentence: "… المعنية. تطوير وإدارة إجراءات وبرامج" is not
			// "developing reporting programmes".
			from, to := i, i+1
			for lo := max(0, i-w); from > lo && !endsSentence(text, toks[from-1], toks[from]); {
				from--
			}
			for hi := min(len(toks), i+w+1); to < hi && !endsSentence(text, toks[to-1], toks[to]); {
				to++
			}
			// One evaluation per form per neighbourhood and sentence: an
			// anchor in the sentence before must not stand for this one.
			key := evalKey{form: f, slot: int32(pos / (w + 1)), from: int32(from)}
			if from == max(0, i-w) {
				key.from = -1 // not cut by a sentence: the slot alone
			}
			if slices.Contains(s.seen, key) {
				continue
			}
			s.seen = append(s.seen, key)
			lo := len(s.spans)
			missing := 0
			first, last := pos, pos
			for _, t := range fm.Terms {
				best, bestD := -1, 0
				for j := from; j < to; j++ {
					if ids[j] != t {
						continue
					}
					dp := abs(toks[j].Position - pos)
					if dp <= w && (best < 0 || dp < bestD) {
						best, bestD = j, dp
					}
				}
				if best < 0 {
					missing++
					continue
				}
				first, last = min(first, toks[best].Position), max(last, toks[best].Position)
				s.spans = append(s.spans, [2]int{toks[best].Start, toks[best].End})
			}
			n := len(fm.Terms)
			if last-first > w || missing > 1 || (missing == 1 && distinct(fm.Terms) < 4) {
				s.spans = s.spans[:lo]
				continue
			}
			sp := mergeSpans(s.spans[lo:])
			s.spans = s.spans[:lo+len(sp)]
			if len(sp) == 1 && (missing == 0 || !query) {
				// Contiguous: the trie has it, or it is out of order; or it
				// is a shorter phrase that happens to be most of a longer
				// label ("analyse de données" of "analyse de données non
				// structurées"), which a posting does not mean.
				s.spans = s.spans[:lo]
				continue
			}
			found := n - missing
			s.cands = append(s.cands, candidate{
				form: f, score: d.formScore(f) * (0.55 + 0.25*float64(found)/float64(n)),
				// A missing term counts against the match: a loose reading
				// of a longer label must not beat an exact shorter one.
				ntok: found - missing, lo: int32(lo), hi: int32(len(s.spans)),
				start: sp[0][0], end: sp[len(sp)-1][1],
			})
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// mergeSpans sorts spans and merges those that touch, in place.
func mergeSpans(sp [][2]int) [][2]int {
	slices.SortFunc(sp, func(a, b [2]int) int { return a[0] - b[0] })
	out := sp[:0]
	for _, s := range sp {
		if len(out) > 0 && s[0] <= out[len(out)-1][1] {
			out[len(out)-1][1] = max(out[len(out)-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

func overlaps(a, b [][2]int) bool {
	for _, x := range a {
		for _, y := range b {
			if x[0] < y[1] && y[0] < x[1] {
				return true
			}
		}
	}
	return false
}
