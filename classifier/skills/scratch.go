package skills

import (
	"sync"

	"marsad/corpus"
)

// scratch holds the buffers of one extraction. Extraction runs on every
// posting of a batch, so its working memory is reused through a pool
// kept in the Dictionary: a posting then costs no allocation beyond the
// matches it returns (and the analysis, when the caller did not do it).
type scratch struct {
	toks  []corpus.Token
	ids   []int32 // vocabulary id per token, -1 when no label has it
	cands []candidate
	spans [][2]int // arena of candidate spans: cands[i] owns spans[lo:hi]
	seen  []evalKey
	ws    []word
	wbuf  []byte // folded words, ws[i] owns wbuf[fs:fe]
	kept  []kept
	owner [2][]int32 // per scheme, per text byte: skill+1 that owns it
	sup   [][2]int
	title bool // the field is a title: title case is no sign of a name
	// present has a bit per vocabulary term in the text being read, so
	// that a long label missing two of its terms costs one test per term.
	present []uint64
}

// markPresent sets the bits of s.ids in s.present, sized for n terms.
func (s *scratch) markPresent(n int) {
	if words := (n + 63) / 64; len(s.present) < words {
		s.present = make([]uint64, words)
	}
	for _, id := range s.ids {
		if id >= 0 {
			s.present[id>>6] |= 1 << (id & 63)
		}
	}
}

// clearPresent undoes markPresent: cheaper than clearing the whole set.
func (s *scratch) clearPresent() {
	for _, id := range s.ids {
		if id >= 0 {
			s.present[id>>6] = 0
		}
	}
}

// mayMatch reports whether a long label has all its terms in the text,
// or all but one when it has four distinct terms or more (the rule of
// window), before any position is looked at.
func (s *scratch) mayMatch(terms []int32) bool {
	missing := 0
	for _, t := range terms {
		if s.present[t>>6]&(1<<(t&63)) == 0 {
			missing++
		}
	}
	return missing == 0 || missing == 1 && distinct(terms) >= 4
}

// evalKey is one proximity evaluation: a form in a neighbourhood.
type evalKey struct {
	form, slot int32
	from       int32 // the window's first token when a sentence start cut it, else -1
}

func newScratchPool() *sync.Pool {
	return &sync.Pool{New: func() any { return new(scratch) }}
}

func (d *Dictionary) getScratch() *scratch {
	s := d.pool.Get().(*scratch)
	s.cands, s.spans, s.seen, s.ws, s.wbuf, s.kept, s.sup = s.cands[:0], s.spans[:0], s.seen[:0], s.ws[:0], s.wbuf[:0], s.kept[:0], s.sup[:0]
	return s
}

// putScratch returns s to the pool unless one huge text made it huge:
// the pool should hold buffers sized for ordinary postings.
func (d *Dictionary) putScratch(s *scratch) {
	if cap(s.owner[0]) > 1<<20 || cap(s.toks) > 1<<16 {
		return
	}
	d.pool.Put(s)
}

// ownerFor returns the per-byte owner arrays for a text of n bytes, zeroed.
func (s *scratch) ownerFor(n int) {
	for i := range s.owner {
		if cap(s.owner[i]) < n {
			s.owner[i] = make([]int32, n)
			continue
		}
		s.owner[i] = s.owner[i][:n]
		clear(s.owner[i])
	}
}
