package corpus

import (
	"sync"
	"sync/atomic"
)

// This file holds the per-analyser word cache. Folding, stop-word lookup
// and stemming depend only on the folded word, and job ads repeat a small
// vocabulary, so each distinct word is analysed once. Snowball alone runs
// at 1–2 M words/s; a cache hit costs one map lookup.
//
// Reads take no lock: they look words up in an immutable snapshot map.
// Misses go to a small mutex-guarded map of new words, which is merged
// into a fresh snapshot once it grows past a quarter of the snapshot, so
// copying stays amortised O(1) per word. The cache stops growing at
// cacheCap words; later new words are analysed on every occurrence.

const cacheCap = 1 << 18

// word is what the word stage knows about one folded word.
type word struct {
	norm  string // folded form
	term  string // final term (stemmed unless fixed)
	stop  bool
	fixed bool // technical or numeric: no stemming, no gender pairing
	sc    script
}

type wordCache struct {
	snap atomic.Pointer[map[string]*word]

	mu      sync.Mutex
	pending map[string]*word
}

func newWordCache() *wordCache {
	c := &wordCache{pending: make(map[string]*word)}
	m := make(map[string]*word)
	c.snap.Store(&m)
	return c
}

// get returns the cached word for the folded bytes b, computing and
// storing it with compute when absent.
func (c *wordCache) get(b []byte, compute func(string) *word) *word {
	snap := *c.snap.Load()
	if w, ok := snap[string(b)]; ok {
		return w
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if w, ok := c.pending[string(b)]; ok {
		return w
	}
	w := compute(string(b))
	snap = *c.snap.Load()
	if len(snap)+len(c.pending) >= cacheCap {
		return w
	}
	c.pending[w.norm] = w
	if len(c.pending) > 256+len(snap)/4 {
		next := make(map[string]*word, len(snap)+len(c.pending))
		for k, v := range snap {
			next[k] = v
		}
		for k, v := range c.pending {
			next[k] = v
		}
		c.snap.Store(&next)
		c.pending = make(map[string]*word)
	}
	return w
}
