package skills

import (
	"sort"
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
}

// candidate is a possible match before overlaps are resolved.
type candidate struct {
	form   int32
	score  float64
	ntok   int      // tokens covered: longer wins
	exact  bool     // contiguous label, not a proximity match
	spans  [][2]int // byte spans of the matched tokens
	tokens int      // the token stream it came from: 0 analysed, 1 words
}

func (c *candidate) start() int { return c.spans[0][0] }
func (c *candidate) end() int   { return c.spans[len(c.spans)-1][1] }

// Extract finds the skills in one field ("title" or "description") of a
// posting written in lang: each skill once, at its best mention, in text
// order. Offsets are bytes into text.
func (d *Dictionary) Extract(text string, lang corpus.Lang, field string) []Match {
	return d.extract(text, nil, lang, field, false)
}

// ExtractAnalyzed is Extract for a caller that has already analysed text
// with the analyser of lang (the classifier does), saving that pass.
func (d *Dictionary) ExtractAnalyzed(text string, toks []corpus.Token, lang corpus.Lang, field string) []Match {
	if toks == nil {
		toks = []corpus.Token{}
	}
	return d.extract(text, toks, lang, field, false)
}

// extract does the work; query mode (for Search) keeps stop and context
// forms, since a query names skills on purpose.
func (d *Dictionary) extract(text string, toks []corpus.Token, lang corpus.Lang, field string, query bool) []Match {
	if d == nil || d.t == nil || strings.TrimSpace(text) == "" {
		return nil
	}
	var cands []candidate
	langs := []corpus.Lang{lang}
	if rootOf(lang) == 0 {
		langs = []corpus.Lang{corpus.French, corpus.English, corpus.Arabic}
		toks = nil
	}
	for _, l := range langs {
		ts := toks
		if ts == nil {
			ts = analyze(d.as.For(l), text)
		} else {
			ts = glueTech(text, ts)
		}
		cands = d.exact(cands, text, ts, rootOf(l))
		cands = d.window(cands, ts, rootOf(l))
	}
	var ws []word
	if lang != corpus.English {
		ws = words(text)
		cands = d.tech(cands, text, ws)
	}
	return d.resolve(cands, text, ws, lang, field, query)
}

// glueTech applies analyze's "++"/"#" gluing to tokens from elsewhere.
func glueTech(text string, toks []corpus.Token) []corpus.Token {
	var out []corpus.Token
	for i, tk := range toks {
		if tk.End < len(text) && (text[tk.End] == '+' || text[tk.End] == '#') {
			if out == nil {
				out = append([]corpus.Token(nil), toks...)
			}
			if e, term := techSuffix(text, tk.End, []byte(tk.Term)); e != tk.End {
				out[i].End, out[i].Term = e, string(term)
			}
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// breaks reports whether the text between two tokens ends a phrase: a
// label never matches across a full stop, a colon, a bullet or a line.
func breaks(between string) bool {
	return strings.ContainsAny(between, ".;:!?\n|•·()[]")
}

// maxGap is how many positions may separate two tokens of a contiguous
// match: removed stop words count, "techniques de la soudure" still
// matches "techniques de soudure".
const maxGap = 3

// exact walks the trie from every token and keeps every form that ends
// on the way; overlaps are resolved later, longest first.
func (d *Dictionary) exact(cands []candidate, text string, toks []corpus.Token, root int32) []candidate {
	tr := &d.t.Trie
	for i := range toks {
		n := root
		for j := i; j < len(toks); j++ {
			if j > i && (toks[j].Position-toks[j-1].Position > maxGap || breaks(text[toks[j-1].End:toks[j].Start])) {
				break
			}
			id := d.t.Vocab.lookup(toks[j].Term)
			if id < 0 {
				break
			}
			var ok bool
			if n, ok = tr.child(n, id); !ok {
				break
			}
			for _, f := range tr.Ends[n] {
				cands = append(cands, candidate{
					form: f, score: d.formScore(f), ntok: j - i + 1, exact: true,
					spans: [][2]int{{toks[i].Start, toks[j].End}},
				})
			}
		}
	}
	return cands
}

// tech matches technical names (Python, AutoCAD, SAP, Microsoft Excel)
// written in Latin letters, whatever the language of the text around them.
func (d *Dictionary) tech(cands []candidate, text string, ws []word) []candidate {
	tr := &d.t.Trie
	for i := range ws {
		if !ws[i].Latin {
			continue
		}
		n := rootTech
		for j := i; j < len(ws) && ws[j].Latin; j++ {
			if j > i && breaks(text[ws[j-1].End:ws[j].Start]) {
				break
			}
			id := d.t.Vocab.lookup(ws[j].Term)
			if id < 0 {
				break
			}
			var ok bool
			if n, ok = tr.child(n, id); !ok {
				break
			}
			for _, f := range tr.Ends[n] {
				if d.t.Forms[f].Flags&flagCased != 0 && !ws[i].Cased {
					continue
				}
				cands = append(cands, candidate{
					form: f, score: d.formScore(f), ntok: j - i + 1, exact: true,
					spans: [][2]int{{ws[i].Start, ws[j].End}}, tokens: 1,
				})
			}
		}
	}
	return cands
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
// holding one of the text's rarer terms are looked at.
func (d *Dictionary) window(cands []candidate, toks []corpus.Token, root int32) []candidate {
	if len(toks) < 2 {
		return cands
	}
	byTerm := make(map[int32][]int, len(toks))
	ids := make([]int32, len(toks))
	for i, tk := range toks {
		ids[i] = d.t.Vocab.lookup(tk.Term)
		if ids[i] >= 0 {
			byTerm[ids[i]] = append(byTerm[ids[i]], i)
		}
	}
	seen := make(map[[2]int32]bool)
	for i, id := range ids {
		if id < 0 {
			continue
		}
		for _, f := range d.t.Anchors[edgeKey(root, id)] {
			fm := &d.t.Forms[f]
			w := d.t.Window
			if w <= 0 {
				w = 2*len(fm.Terms) + 2
			}
			pos := toks[i].Position
			// One evaluation per form per neighbourhood.
			key := [2]int32{f, int32(pos / (w + 1))}
			if seen[key] {
				continue
			}
			seen[key] = true
			var spans [][2]int
			missing := 0
			lo, hi := pos, pos
			for _, t := range fm.Terms {
				best := -1
				for _, j := range byTerm[t] {
					dp := toks[j].Position - pos
					if dp < -w || dp > w {
						continue
					}
					if best < 0 || abs(dp) < abs(toks[best].Position-pos) {
						best = j
					}
				}
				if best < 0 {
					missing++
					continue
				}
				lo, hi = min(lo, toks[best].Position), max(hi, toks[best].Position)
				spans = append(spans, [2]int{toks[best].Start, toks[best].End})
			}
			n := len(fm.Terms)
			if hi-lo > w || missing > 1 || (missing == 1 && distinct(fm.Terms) < 4) {
				continue
			}
			spans = mergeSpans(spans)
			if len(spans) == 1 && missing == 0 {
				continue // contiguous: the trie has it, or it is out of order
			}
			found := n - missing
			cands = append(cands, candidate{
				form: f, score: d.formScore(f) * (0.55 + 0.25*float64(found)/float64(n)),
				ntok: found, spans: spans,
			})
		}
	}
	return cands
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// mergeSpans sorts spans and merges those that touch.
func mergeSpans(sp [][2]int) [][2]int {
	sort.Slice(sp, func(i, j int) bool { return sp[i][0] < sp[j][0] })
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

// resolve keeps, per scheme, the longest non-overlapping candidates
// (exact before proximity, then by score), drops stop forms, keeps
// context forms only when supported, and returns each skill once.
func (d *Dictionary) resolve(cands []candidate, text string, ws []word, lang corpus.Lang, field string, query bool) []Match {
	if len(cands) == 0 {
		return nil
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := &cands[i], &cands[j]
		if a.ntok != b.ntok {
			return a.ntok > b.ntok
		}
		if a.exact != b.exact {
			return a.exact
		}
		if a.score != b.score {
			return a.score > b.score
		}
		return a.start() < b.start()
	})
	type kept struct {
		c     *candidate
		skill int32
		count int
	}
	var accepted []kept
	bySkill := make(map[int32]int)
	var pending []*candidate // context forms, judged once the rest is known
	taken := func(c *candidate) bool {
		scheme := d.t.Skills[d.t.Forms[c.form].Skill].Scheme
		for _, k := range accepted {
			if d.t.Skills[k.skill].Scheme != scheme {
				continue
			}
			if k.skill != d.t.Forms[c.form].Skill && overlaps(k.c.spans, c.spans) {
				return true
			}
		}
		return false
	}
	accept := func(c *candidate) {
		sid := d.t.Forms[c.form].Skill
		if i, ok := bySkill[sid]; ok {
			accepted[i].count++
			return
		}
		bySkill[sid] = len(accepted)
		accepted = append(accepted, kept{c: c, skill: sid, count: 1})
	}
	for i := range cands {
		c := &cands[i]
		fl := d.t.Forms[c.form].Flags
		if !query && fl&flagStop != 0 {
			continue
		}
		if !query && fl&flagContext != 0 {
			pending = append(pending, c)
			continue
		}
		if !taken(c) {
			accept(c)
		}
	}
	if len(pending) > 0 {
		if ws == nil {
			ws = words(text)
		}
		for _, c := range pending {
			var support [][2]int
			for _, k := range accepted {
				if d.technical(k.c.form) {
					support = append(support, [2]int{k.c.start(), k.c.end()})
				}
			}
			if !d.supported(c, support, ws) || taken(c) {
				continue
			}
			c.score *= 0.8
			accept(c)
		}
	}
	out := make([]Match, 0, len(accepted))
	for _, k := range accepted {
		s := &d.t.Skills[k.skill]
		score := k.c.score
		if k.count > 1 { // mentioned again: a little surer
			score = min(1, score+0.05*float64(k.count-1))
		}
		out = append(out, Match{
			Scheme: s.Scheme, Code: s.Code, Label: s.label(lang), Score: score,
			Field: field, Start: k.c.start(), End: k.c.end(),
		})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].Scheme < out[j].Scheme
	})
	return out
}

// technical reports whether a form names knowledge rather than a
// behaviour: a technical name, an ESCO knowledge concept or a ROME savoir.
// Only those support a nearby context form.
func (d *Dictionary) technical(f int32) bool {
	fm := &d.t.Forms[f]
	if fm.Flags&flagTech != 0 {
		return true
	}
	typ := d.t.Skills[fm.Skill].Type
	return strings.Contains(typ, "knowledge") || typ == "savoir"
}

// contextReach is how far, in bytes, support for a context form may be.
const contextReach = 120

// supported reports whether a context form ("R", "Go", "Word") has a cue
// word or another accepted skill mention nearby.
func (d *Dictionary) supported(c *candidate, others [][2]int, ws []word) bool {
	s, e := c.start(), c.end()
	for _, o := range others {
		if o[1] > s-contextReach && o[0] < e+contextReach && !(o[0] < e && s < o[1]) {
			return true
		}
	}
	for _, w := range ws {
		if w.End <= s-contextReach || w.Start >= e+contextReach || (w.Start < e && s < w.End) {
			continue
		}
		for _, cue := range d.t.Cues {
			if strings.HasPrefix(w.Term, cue) {
				return true
			}
		}
	}
	return false
}
