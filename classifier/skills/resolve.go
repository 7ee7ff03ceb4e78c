package skills

import (
	"slices"
	"strings"

	"marsad/corpus"
)

// kept is an accepted candidate: the skill's best mention and how many
// times the skill was mentioned.
type kept struct {
	c     candidate
	skill int32
	count int
}

// resolve keeps, per scheme, the longest non-overlapping candidates
// (exact before proximity, then by score), keeps context forms only when
// supported, and returns each skill once.
func (d *Dictionary) resolve(s *scratch, text string, lang corpus.Lang, field string, m mode) []Match {
	query := m == modeQuery
	cands := s.cands
	if len(cands) == 0 {
		return nil
	}
	slices.SortStableFunc(cands, func(a, b candidate) int {
		switch {
		case a.ntok != b.ntok:
			return b.ntok - a.ntok
		case a.exact != b.exact:
			if a.exact {
				return -1
			}
			return 1
		case a.score != b.score:
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return a.start - b.start
	})
	// Who owns each byte, per scheme: a candidate is taken when one of
	// its spans touches a byte that another skill of its scheme owns.
	s.ownerFor(len(text))
	taken := func(c *candidate) bool {
		sid := d.t.Forms[c.form].Skill
		own := s.owner[d.schemeIndex(sid)]
		for _, sp := range s.spans[c.lo:c.hi] {
			for _, o := range own[sp[0]:sp[1]] {
				if o != 0 && o != sid+1 {
					return true
				}
			}
		}
		return false
	}
	accept := func(c *candidate) {
		sid := d.t.Forms[c.form].Skill
		again := false
		for i := range s.kept {
			if s.kept[i].skill == sid {
				s.kept[i].count++
				again = true
				break
			}
		}
		if !again {
			s.kept = append(s.kept, kept{c: *c, skill: sid, count: 1})
		}
		// A mention again still owns its bytes: another skill of the
		// scheme with the same words (an alternative label shared by two
		// concepts) must not take them.
		own := s.owner[d.schemeIndex(sid)]
		for _, sp := range s.spans[c.lo:c.hi] {
			for b := sp[0]; b < sp[1]; b++ {
				own[b] = sid + 1
			}
		}
	}
	pending := 0 // context forms, judged once the rest is known, move to the front
	for i := range cands {
		c := &cands[i]
		fl := d.t.Forms[c.form].Flags
		if !query && fl&flagStop != 0 || m == modePosting && fl&flagLoose != 0 {
			continue
		}
		if !query && fl&flagContext != 0 {
			cands[pending], cands[i] = cands[i], cands[pending]
			pending++
			continue
		}
		if !taken(c) {
			accept(c)
		}
	}
	if pending > 0 {
		if len(s.ws) == 0 {
			s.ws, s.wbuf = scanWords(s.ws[:0], s.wbuf[:0], text)
		}
		for i := range cands[:pending] {
			c := &cands[i]
			s.sup = s.sup[:0]
			for _, k := range s.kept {
				if d.technical(k.c.form) {
					s.sup = append(s.sup, [2]int{k.c.start, k.c.end})
				}
			}
			if fl := d.t.Forms[c.form].Flags; fl&flagCased != 0 && !hasUpper(text[c.start:c.end]) || glued(text, c.start, c.end) {
				continue
			}
			if !d.supported(c, s.sup, s.ws, s.wbuf) || taken(c) {
				continue
			}
			c.score *= 0.8
			accept(c)
		}
	}
	out := make([]Match, 0, len(s.kept))
	for _, k := range s.kept {
		sk := &d.t.Skills[k.skill]
		score := k.c.score
		if k.count > 1 { // mentioned again: a little surer
			score = min(1, score+0.05*float64(k.count-1))
		}
		out = append(out, Match{
			Scheme: sk.Scheme, Code: sk.Code, Label: sk.label(lang), Score: score,
			Field: field, Start: k.c.start, End: k.c.end,
			hint: d.t.Forms[k.c.form].Flags&flagLoose != 0,
		})
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return strings.Compare(a.Scheme, b.Scheme)
	})
	return out
}

// schemeIndex is 0 for ESCO skills, 1 for ROME ones.
func (d *Dictionary) schemeIndex(skill int32) int {
	if d.t.Skills[skill].Scheme == SchemeROME {
		return 1
	}
	return 0
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
func (d *Dictionary) supported(c *candidate, others [][2]int, ws []word, buf []byte) bool {
	s, e := c.start, c.end
	for _, o := range others {
		if o[1] > s-contextReach && o[0] < e+contextReach && !(o[0] < e && s < o[1]) {
			return true
		}
	}
	for _, w := range ws {
		if w.End <= s-contextReach || w.Start >= e+contextReach || (w.Start < e && s < w.End) {
			continue
		}
		term := buf[w.fs:w.fe]
		for _, cue := range d.t.Cues {
			if len(term) >= len(cue) && string(term[:len(cue)]) == cue {
				return true
			}
		}
	}
	return false
}
