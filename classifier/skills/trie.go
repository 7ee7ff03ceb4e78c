package skills

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
)

// trie holds every analysed surface form as a path of term ids. One map
// of edges serves several tries: each language has its own root, and the
// technical-term trie (folded, unstemmed words, for Latin-script terms in
// any text) has another. A map of edges keyed by (node, term) is compact,
// encodes with gob as it is, and needs no rebuilding on Load.
type trie struct {
	Edges map[uint64]int32  // node<<32 | term id → child node
	Ends  map[int32][]int32 // node → ids of the forms that end there
	Nodes int32             // number of nodes allocated, roots included
}

// Roots of the tries inside the shared edge map.
const (
	rootFR int32 = iota + 1
	rootAR
	rootEN
	rootTech
	firstFree
)

func newTrie() trie {
	return trie{Edges: make(map[uint64]int32), Ends: make(map[int32][]int32), Nodes: firstFree}
}

func edgeKey(node, term int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(term)) }

// insert adds the path terms under root and records form at its end.
func (t *trie) insert(root int32, terms []int32, form int32) {
	n := root
	for _, term := range terms {
		k := edgeKey(n, term)
		c, ok := t.Edges[k]
		if !ok {
			c = t.Nodes
			t.Nodes++
			t.Edges[k] = c
		}
		n = c
	}
	for _, f := range t.Ends[n] {
		if f == form {
			return
		}
	}
	t.Ends[n] = append(t.Ends[n], form)
}

// vocab interns terms: the tries and the ranking index store int32 ids.
type vocab struct {
	IDs map[string]int32
	N   int32
}

func newVocab() vocab { return vocab{IDs: make(map[string]int32)} }

// id returns the id of term, adding it.
func (v *vocab) id(term string) int32 {
	if id, ok := v.IDs[term]; ok {
		return id
	}
	id := v.N
	v.N++
	v.IDs[term] = id
	return id
}

// lookup returns the id of term, or -1 when no label has it.
func (v *vocab) lookup(term string) int32 {
	if id, ok := v.IDs[term]; ok {
		return id
	}
	return -1
}

// compiled is the trie and the anchor index in the form extraction reads
// them. Maps cost a probe or two of scattered memory per lookup, and
// extraction does a lookup per token; here a root's children are one
// array indexed by term, a node's children and ends are contiguous runs,
// and most lookups touch one or two cache lines. It is derived from the
// build-time maps (Build) or from the saved sorted edges (Load), never
// saved itself.
type compiled struct {
	rootKid [firstFree][]int32 // per root, by term id: child node, 0 for none
	// node[2n] and node[2n+2] bound node n's children in kidTerm/kidNode
	// (sorted by term); node[2n+1] and node[2n+3] bound its ends in ends.
	node    []int32
	kidTerm []int32
	kidNode []int32
	ends    []int32
	// anchorOff[root][t] and [t+1] bound, in anchored[root], the long
	// forms anchored on term t.
	anchorOff [firstFree][]int32
	anchored  [firstFree][]int32
	// techFirst maps a folded word to its child of rootTech: the first
	// step of the technical trie without a vocabulary lookup, from a map a
	// tenth the size.
	techFirst map[string]int32
	// techBits has a bit set for the hash of every techFirst key: most
	// words of a text are Latin and not one, and a bit costs less than a
	// probe of the map.
	techBits  []uint64
	techShift uint // 64 - log2 of techBits' size in bits
}

// techBitsPerKey sizes techBits: at 32 bits a key, a few per cent of
// the words that are not keys still probe the map.
const techBitsPerKey = 32

// techBit returns the word and bit of techBits for w. The hash is weak
// but cheaper than the map's: it reads a word's length and at most its
// first and last eight bytes, and a collision only costs a probe.
func (c *compiled) techBit(w []byte) (int, uint64) {
	x := uint64(len(w))
	if len(w) >= 8 {
		x ^= binary.LittleEndian.Uint64(w) ^ bits.RotateLeft64(binary.LittleEndian.Uint64(w[len(w)-8:]), 31)
	} else {
		for _, b := range w {
			x = x<<8 | uint64(b)
		}
	}
	x *= 0x9e3779b97f4a7c15 // Fibonacci hashing: the high bits mix every input bit
	h := x >> c.techShift
	return int(h >> 6), 1 << (h & 63)
}

// techStep returns the child of rootTech for the folded word w.
func (c *compiled) techStep(w []byte) (int32, bool) {
	if i, b := c.techBit(w); c.techBits[i]&b == 0 {
		return 0, false
	}
	n, ok := c.techFirst[string(w)]
	return n, ok
}

// compile builds the compiled trie from edges sorted by key (node, then
// term), the forms ending at each node, the anchors, and the vocabulary
// by id.
func compile(keys []uint64, vals []int32, nodes int32, ends flat[int32, int32], anchors map[uint64][]int32, terms []string) (*compiled, error) {
	if len(keys) != len(vals) {
		return nil, fmt.Errorf("corrupt trie: %d edges, %d children", len(keys), len(vals))
	}
	c := &compiled{
		node:      make([]int32, 2*(int(nodes)+1)),
		kidTerm:   make([]int32, len(keys)),
		kidNode:   make([]int32, len(keys)),
		techFirst: make(map[string]int32),
	}
	for r := range c.rootKid {
		c.rootKid[r] = make([]int32, len(terms))
	}
	// Children: keys are sorted by node, so each node's run is contiguous.
	k := 0
	for n := int32(0); n <= nodes; n++ {
		c.node[2*n] = int32(k)
		for ; k < len(keys) && int32(keys[k]>>32) == n; k++ {
			term, child := int32(uint32(keys[k])), vals[k]
			if term < 0 || int(term) >= len(terms) || child <= 0 || child >= nodes {
				return nil, fmt.Errorf("corrupt trie: edge %d→%d on term %d", n, child, term)
			}
			c.kidTerm[k], c.kidNode[k] = term, child
			if n < firstFree {
				c.rootKid[n][term] = child
				if n == rootTech {
					c.techFirst[terms[term]] = child
				}
			}
		}
	}
	if k != len(keys) {
		return nil, fmt.Errorf("corrupt trie: edges out of order or beyond node %d", nodes)
	}
	// Ends: ends.Keys are sorted nodes.
	e := 0
	for n := int32(0); n <= nodes; n++ {
		c.node[2*n+1] = int32(len(c.ends))
		if e < len(ends.Keys) && ends.Keys[e] == n {
			lo, hi := ends.Off[e], ends.Off[e+1]
			if lo < 0 || lo > hi || int(hi) > len(ends.Vals) {
				return nil, fmt.Errorf("corrupt trie: ends of node %d", n)
			}
			c.ends = append(c.ends, ends.Vals[lo:hi]...)
			e++
		}
	}
	if e != len(ends.Keys) {
		return nil, fmt.Errorf("corrupt trie: ends out of order")
	}
	c.node = append(c.node[:2*(nodes+1)], int32(len(keys)), int32(len(c.ends)))
	size := 1 // words of 64 bits, a power of two
	for size*64 < techBitsPerKey*len(c.techFirst) {
		size *= 2
	}
	c.techBits = make([]uint64, size)
	c.techShift = uint(64 - bits.TrailingZeros(uint(size*64)))
	for w := range c.techFirst {
		i, b := c.techBit([]byte(w))
		c.techBits[i] |= b
	}
	// Anchors, per root, in term order.
	akeys := make([]uint64, 0, len(anchors))
	for key := range anchors {
		akeys = append(akeys, key)
	}
	slices.Sort(akeys)
	for r := range c.anchorOff {
		c.anchorOff[r] = make([]int32, len(terms)+1)
	}
	for _, key := range akeys {
		r, t := int32(key>>32), int32(uint32(key))
		if r <= 0 || r >= firstFree || t < 0 || int(t) >= len(terms) {
			return nil, fmt.Errorf("corrupt anchor index: root %d term %d", r, t)
		}
		c.anchorOff[r][t+1] = int32(len(anchors[key]))
	}
	for r := range c.anchorOff {
		off := c.anchorOff[r]
		for t := 1; t < len(off); t++ {
			off[t] += off[t-1]
		}
		c.anchored[r] = make([]int32, off[len(off)-1])
	}
	for _, key := range akeys {
		r, t := int32(key>>32), int32(uint32(key))
		copy(c.anchored[r][c.anchorOff[r][t]:], anchors[key])
	}
	return c, nil
}

// child follows the edge labelled term from node n.
func (c *compiled) child(n, term int32) (int32, bool) {
	if n < firstFree {
		ch := c.rootKid[n][term]
		return ch, ch != 0
	}
	lo, hi := c.node[2*n], c.node[2*n+2]
	ts := c.kidTerm[lo:hi]
	if len(ts) <= 8 {
		for i, t := range ts {
			if t == term {
				return c.kidNode[int(lo)+i], true
			}
		}
		return 0, false
	}
	if i, ok := slices.BinarySearch(ts, term); ok {
		return c.kidNode[int(lo)+i], true
	}
	return 0, false
}

// leaf reports whether node n has no children.
func (c *compiled) leaf(n int32) bool { return c.node[2*n] == c.node[2*n+2] }

// endsAt returns the forms that end at node n.
func (c *compiled) endsAt(n int32) []int32 {
	return c.ends[c.node[2*n+1]:c.node[2*n+3]]
}

// anchoredOn returns the long forms of root anchored on term.
func (c *compiled) anchoredOn(root, term int32) []int32 {
	off := c.anchorOff[root]
	return c.anchored[root][off[term]:off[term+1]]
}

// edges lists the trie's edges sorted by key, and the ends per node, in
// the form Save writes and compile reads.
func (c *compiled) edges() (keys []uint64, vals []int32, ends flat[int32, int32]) {
	nodes := int32(len(c.node)/2 - 1)
	keys = make([]uint64, 0, len(c.kidTerm))
	vals = make([]int32, 0, len(c.kidNode))
	for n := int32(0); n < nodes; n++ {
		for k := c.node[2*n]; k < c.node[2*n+2]; k++ {
			keys = append(keys, edgeKey(n, c.kidTerm[k]))
			vals = append(vals, c.kidNode[k])
		}
		if lo, hi := c.node[2*n+1], c.node[2*n+3]; hi > lo {
			ends.Keys = append(ends.Keys, n)
			ends.Off = append(ends.Off, int32(len(ends.Vals)))
			ends.Vals = append(ends.Vals, c.ends[lo:hi]...)
		}
	}
	ends.Off = append(ends.Off, int32(len(ends.Vals)))
	return keys, vals, ends
}
