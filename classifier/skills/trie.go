package skills

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

// child follows the edge labelled term from node.
func (t *trie) child(node, term int32) (int32, bool) {
	c, ok := t.Edges[edgeKey(node, term)]
	return c, ok
}

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
