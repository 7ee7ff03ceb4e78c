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
const formatVersion = 6

type header struct {
	Format int
}

// wire is tables as written: gob decodes a map entry by entry through
// reflection (about a second for this dictionary's million edges), but a
// slice of numbers in one go, so the big maps travel as sorted flat
// slices and Load only re-indexes them into maps (tens of milliseconds).
//
// Numbers are written so that gob's variable-length integers stay short:
// sorted keys as deltas (EdgeKeys: most edges differ from the previous
// one by a few term ids), postings as columns with the documents of each
// list as deltas (they are sorted) and counts as small integers, instead
// of one gob struct per posting (format 5: 51 MB → see docs/skills.md).
type wire struct {
	T        *tables
	Terms    []string
	EdgeKeys []uint64 // deltas
	EdgeVals []int32
	Ends     flat[int32, int32]
	Anchors  flat[uint64, int32]
	Post     postings
	OccPost  postings
}

// postings is a rankIndex's postings as columns: Keys[i]'s list is
// Doc[Off[i]:Off[i+1]] (each list's first document as is, then
// deltas) with counts TF0 and TF1.
type postings struct {
	Keys     []uint64 // deltas
	Off      []int32
	Doc      []int32
	TF0, TF1 []uint16
}

func packPostings(m map[uint64][]posting) postings {
	f := flatten(m)
	p := postings{Keys: deltas(f.Keys), Off: f.Off, Doc: make([]int32, len(f.Vals)),
		TF0: make([]uint16, len(f.Vals)), TF1: make([]uint16, len(f.Vals))}
	for i := range f.Keys {
		prev := int32(0)
		for j := f.Off[i]; j < f.Off[i+1]; j++ {
			v := f.Vals[j]
			p.Doc[j], prev = v.Doc-prev, v.Doc
			p.TF0[j], p.TF1[j] = v.TF[0], v.TF[1]
		}
	}
	return p
}

func (p postings) unpack() (map[uint64][]posting, error) {
	n := len(p.Doc)
	if len(p.TF0) != n || len(p.TF1) != n {
		return nil, fmt.Errorf("corrupt postings: %d documents, %d and %d counts", n, len(p.TF0), len(p.TF1))
	}
	vals := make([]posting, n)
	f := flat[uint64, posting]{Keys: undeltas(p.Keys), Off: p.Off, Vals: vals}
	if len(f.Off) != len(f.Keys)+1 && len(f.Keys) > 0 {
		return nil, fmt.Errorf("corrupt postings: %d keys, %d offsets", len(f.Keys), len(f.Off))
	}
	for i := range f.Keys {
		lo, hi := f.Off[i], f.Off[i+1]
		if lo < 0 || lo > hi || int(hi) > n {
			return nil, fmt.Errorf("corrupt postings: offsets %d..%d of %d", lo, hi, n)
		}
		doc := int32(0)
		for j := lo; j < hi; j++ {
			doc += p.Doc[j]
			vals[j] = posting{Doc: doc, TF: [2]uint16{p.TF0[j], p.TF1[j]}}
		}
	}
	return f.unflatten()
}

// deltas turns sorted keys into differences from the previous key.
func deltas(keys []uint64) []uint64 {
	out := make([]uint64, len(keys))
	prev := uint64(0)
	for i, k := range keys {
		out[i], prev = k-prev, k
	}
	return out
}

// undeltas is the inverse of deltas.
func undeltas(ds []uint64) []uint64 {
	out := make([]uint64, len(ds))
	k := uint64(0)
	for i, d := range ds {
		k += d
		out[i] = k
	}
	return out
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
	var keys []uint64
	keys, wr.EdgeVals, wr.Ends = t.c.edges()
	wr.EdgeKeys = deltas(keys)
	wr.Anchors = flatten(t.Anchors)
	wr.Post = packPostings(t.Rank.Post)
	wr.OccPost = packPostings(t.OccRank.Post)
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
	if t.c, err = compile(undeltas(wr.EdgeKeys), wr.EdgeVals, t.Trie.Nodes, wr.Ends, t.Anchors, wr.Terms); err != nil {
		return nil, fmt.Errorf("skills: load: %w", err)
	}
	if t.Rank.Post, err = wr.Post.unpack(); err != nil {
		return nil, fmt.Errorf("skills: load: ranking index: %w", err)
	}
	if t.OccRank.Post, err = wr.OccPost.unpack(); err != nil {
		return nil, fmt.Errorf("skills: load: occupation index: %w", err)
	}
	for lang, x := range t.Complete {
		if x == nil {
			delete(t.Complete, lang)
			continue
		}
		if err := x.refold(); err != nil {
			return nil, fmt.Errorf("skills: load: %s: %w", lang, err)
		}
	}
	t.intern()
	t.indexForms()
	t.indexFiches()
	return newDictionary(as, t), nil
}

// intern makes the skills' repeated strings (scheme, type, reuse level,
// macro-compétence) share one copy each: gob decodes every occurrence
// into its own string.
func (t *tables) intern() {
	seen := make(map[string]string)
	in := func(s string) string {
		if v, ok := seen[s]; ok {
			return v
		}
		seen[s] = s
		return s
	}
	for i := range t.Skills {
		s := &t.Skills[i]
		s.Scheme, s.Type, s.Reuse, s.Macro = in(s.Scheme), in(s.Type), in(s.Reuse), in(s.Macro)
	}
}
