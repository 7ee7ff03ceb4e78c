package skills

import (
	"bufio"
	"cmp"
	"encoding/gob"
	"fmt"
	"io"
	"slices"

	"marsad/corpus"
)

// formatVersion changes whenever tables changes shape, so that Load
// refuses a dictionary written by another version instead of misreading it.
const formatVersion = 4

type header struct {
	Format int
}

// wire is tables as written: gob decodes a map entry by entry through
// reflection (about a second for this dictionary's million edges), but a
// slice of numbers in one go, so the big maps travel as sorted flat
// slices and Load only re-indexes them into maps (tens of milliseconds).
type wire struct {
	T        *tables
	Terms    []string
	EdgeKeys []uint64
	EdgeVals []int32
	Ends     flat[int32, int32]
	Anchors  flat[uint64, int32]
	Post     flat[uint64, posting]
	OccPost  flat[uint64, posting]
}

// flat is a map of slices as three slices.
type flat[K cmp.Ordered, V any] struct {
	Keys []K
	Off  []int32 // Vals[Off[i]:Off[i+1]] belong to Keys[i]
	Vals []V
}

func flatten[K cmp.Ordered, V any](m map[K][]V) flat[K, V] {
	f := flat[K, V]{Keys: make([]K, 0, len(m)), Off: make([]int32, 0, len(m)+1)}
	for k := range m {
		f.Keys = append(f.Keys, k)
	}
	slices.Sort(f.Keys)
	for _, k := range f.Keys {
		f.Off = append(f.Off, int32(len(f.Vals)))
		f.Vals = append(f.Vals, m[k]...)
	}
	f.Off = append(f.Off, int32(len(f.Vals)))
	return f
}

// unflatten indexes the slices; the map's values share Vals' memory.
func (f flat[K, V]) unflatten() (map[K][]V, error) {
	if len(f.Off) != len(f.Keys)+1 && len(f.Keys) > 0 {
		return nil, fmt.Errorf("corrupt index: %d keys, %d offsets", len(f.Keys), len(f.Off))
	}
	m := make(map[K][]V, len(f.Keys))
	for i, k := range f.Keys {
		lo, hi := f.Off[i], f.Off[i+1]
		if lo < 0 || lo > hi || int(hi) > len(f.Vals) {
			return nil, fmt.Errorf("corrupt index: offsets %d..%d of %d", lo, hi, len(f.Vals))
		}
		m[k] = f.Vals[lo:hi:hi]
	}
	return m, nil
}

// Save writes the dictionary in a form Load reads back: the tables as
// they are (gob), so that Load rebuilds nothing but map indexes.
func (d *Dictionary) Save(w io.Writer) error {
	if d == nil || d.t == nil {
		return fmt.Errorf("skills: save: empty dictionary")
	}
	t := *d.t
	wr := wire{T: &t, Terms: make([]string, t.Vocab.N)}
	for s, id := range t.Vocab.IDs {
		wr.Terms[id] = s
	}
	wr.EdgeKeys, wr.EdgeVals, wr.Ends = t.c.edges()
	wr.Anchors = flatten(t.Anchors)
	wr.Post = flatten(t.Rank.Post)
	wr.OccPost = flatten(t.OccRank.Post)
	t.Vocab.IDs, t.Trie.Edges, t.Trie.Ends, t.Anchors, t.Rank.Post, t.OccRank.Post = nil, nil, nil, nil, nil, nil
	t.SkillIndex = nil // rebuilt from Skills

	bw := bufio.NewWriterSize(w, 1<<16)
	enc := gob.NewEncoder(bw)
	if err := enc.Encode(header{Format: formatVersion}); err != nil {
		return fmt.Errorf("skills: save: %w", err)
	}
	if err := enc.Encode(&wr); err != nil {
		return fmt.Errorf("skills: save: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("skills: save: %w", err)
	}
	return nil
}

// Load reads a dictionary written by Save; as must be the analysers it was built with.
func Load(r io.Reader, as *corpus.Analyzers) (*Dictionary, error) {
	if as == nil {
		return nil, fmt.Errorf("skills: load: nil analysers")
	}
	dec := gob.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	var h header
	if err := dec.Decode(&h); err != nil {
		return nil, fmt.Errorf("skills: load: header: %w", err)
	}
	if h.Format != formatVersion {
		return nil, fmt.Errorf("skills: load: format %d, want %d (rebuild the model)", h.Format, formatVersion)
	}
	var wr wire
	if err := dec.Decode(&wr); err != nil {
		return nil, fmt.Errorf("skills: load: %w", err)
	}
	t := wr.T
	if t == nil || len(wr.EdgeKeys) != len(wr.EdgeVals) {
		return nil, fmt.Errorf("skills: load: corrupt dictionary")
	}
	t.Vocab.IDs = make(map[string]int32, len(wr.Terms))
	for id, s := range wr.Terms {
		t.Vocab.IDs[s] = int32(id)
	}
	t.Vocab.N = int32(len(wr.Terms))
	t.SkillIndex = make(map[string]int32, len(t.Skills))
	for i := range t.Skills {
		t.SkillIndex[t.Skills[i].Code] = int32(i)
	}
	var err error
	if t.Anchors, err = wr.Anchors.unflatten(); err != nil {
		return nil, fmt.Errorf("skills: load: anchors: %w", err)
	}
	if t.c, err = compile(wr.EdgeKeys, wr.EdgeVals, t.Trie.Nodes, wr.Ends, t.Anchors, wr.Terms); err != nil {
		return nil, fmt.Errorf("skills: load: %w", err)
	}
	if t.Rank.Post, err = wr.Post.unflatten(); err != nil {
		return nil, fmt.Errorf("skills: load: ranking index: %w", err)
	}
	if t.OccRank.Post, err = wr.OccPost.unflatten(); err != nil {
		return nil, fmt.Errorf("skills: load: occupation index: %w", err)
	}
	return newDictionary(as, t), nil
}
