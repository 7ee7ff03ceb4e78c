package skills

import (
	"sort"
	"strings"

	"marsad/corpus"
)

// Suggestion is one autocomplete answer.
type Suggestion struct {
	Scheme string `json:"scheme"`
	Code   string `json:"code"`
	Label  string `json:"label"`
	Lang   string `json:"lang"`
}

// completeIndex is one language's autocomplete keys: each label once,
// original and folded, and entries that point into the folded label at
// its start or at one of its words ("soudure" finds "techniques de
// soudure"; Arabic words also without their article, "محاسبة" finds
// "المحاسبة"). Entries are sorted by key; offsets instead of substrings
// keep the saved dictionary small.
type completeIndex struct {
	Labels  []string
	Folded  []string
	Entries []completion
	// Top holds, for every prefix that more than crowded entries share,
	// the indexes of its best topKept entries (one per skill, in answer
	// order): a one-letter prefix would otherwise rank tens of
	// thousands of entries per keystroke.
	Top map[string][]int32
}

const (
	crowded = 512
	topKept = 64
)

type completion struct {
	Label int32 // index in Labels and Folded
	Off   uint16
	Skill int32
	Pref  bool // a preferred label (ESCO) or the ROME label
	Inner bool // the key starts inside the label, at a word
}

func (x *completeIndex) key(c *completion) string { return x.Folded[c.Label][c.Off:] }

// maxScan bounds the work of a very short prefix ("a").
const maxScan = 20000

func (b *builder) addCompletion(id int32, lang corpus.Lang, label string, kind uint8) {
	if kind == kindHidden {
		return
	}
	if b.compl == nil {
		b.compl = make(map[corpus.Lang]*completeIndex)
	}
	x := b.compl[lang]
	if x == nil {
		x = &completeIndex{}
		b.compl[lang] = x
	}
	key := fold(label)
	if key == "" || len(key) > 0xFFFF {
		return
	}
	li := int32(len(x.Labels))
	x.Labels = append(x.Labels, label)
	x.Folded = append(x.Folded, key)
	pref := kind == kindPref || kind == kindROME
	x.Entries = append(x.Entries, completion{Label: li, Skill: id, Pref: pref})
	for i := 1; i < len(key); i++ {
		if key[i-1] != ' ' && key[i-1] != '\'' {
			continue
		}
		x.Entries = append(x.Entries, completion{Label: li, Off: uint16(i), Skill: id, Pref: pref, Inner: true})
		if lang == corpus.Arabic {
			for _, article := range []string{"ال", "بال", "وال"} {
				if strings.HasPrefix(key[i:], article) && len(key) > i+len(article) {
					x.Entries = append(x.Entries, completion{Label: li, Off: uint16(i + len(article)), Skill: id, Pref: pref, Inner: true})
				}
			}
		}
	}
	if lang == corpus.Arabic && strings.HasPrefix(key, "ال") && len(key) > len("ال") {
		x.Entries = append(x.Entries, completion{Label: li, Off: uint16(len("ال")), Skill: id, Pref: pref, Inner: true})
	}
}

func (b *builder) completions() {
	for lang, x := range b.compl {
		sort.Slice(x.Entries, func(i, j int) bool {
			ki, kj := x.key(&x.Entries[i]), x.key(&x.Entries[j])
			if ki != kj {
				return ki < kj
			}
			return x.Entries[i].Skill < x.Entries[j].Skill
		})
		x.crowdedPrefixes(b.t.Skills)
		b.t.Complete[lang] = x
	}
	b.compl = nil
}

// crowdedPrefixes fills Top: for prefixes of one rune, two runes, and so
// on, each run of entries sharing a prefix longer than crowded gets its
// best entries ranked once, here, instead of at every keystroke.
func (x *completeIndex) crowdedPrefixes(skills []skillInfo) {
	x.Top = make(map[string][]int32)
	for runes := 1; ; runes++ {
		found := false
		for lo := 0; lo < len(x.Entries); {
			p, ok := runePrefix(x.key(&x.Entries[lo]), runes)
			hi := lo + 1
			for hi < len(x.Entries) && strings.HasPrefix(x.key(&x.Entries[hi]), p) {
				hi++
			}
			if ok && hi-lo > crowded {
				found = true
				x.Top[p] = x.best(skills, lo, hi)
			}
			lo = hi
		}
		if !found {
			return
		}
	}
}

// runePrefix returns the first n runes of s, and whether s has that many.
func runePrefix(s string, n int) (string, bool) {
	for i := range s {
		if n == 0 {
			return s[:i], true
		}
		n--
	}
	return s, n == 0
}

// best ranks entries lo..hi as complete does and keeps the first topKept
// skills.
func (x *completeIndex) best(skills []skillInfo, lo, hi int) []int32 {
	bestOf := make(map[int32]int32)
	for i := lo; i < hi; i++ {
		c := &x.Entries[i]
		if old, ok := bestOf[c.Skill]; ok && !less(x.rank(skills, c), x.rank(skills, &x.Entries[old])) {
			continue
		}
		bestOf[c.Skill] = int32(i)
	}
	out := make([]int32, 0, len(bestOf))
	for _, i := range bestOf {
		out = append(out, i)
	}
	sort.Slice(out, func(i, j int) bool {
		ri, rj := x.rank(skills, &x.Entries[out[i]]), x.rank(skills, &x.Entries[out[j]])
		if ri != rj {
			return less(ri, rj)
		}
		return x.Entries[out[i]].Skill < x.Entries[out[j]].Skill
	})
	if len(out) > topKept {
		out = out[:topKept]
	}
	return out
}

// rank orders autocomplete answers: labels that start with the prefix
// before labels with a word that does, preferred before alternative
// labels, then shorter labels and more linked skills.
func (x *completeIndex) rank(skills []skillInfo, c *completion) [4]int {
	return [4]int{b2i(c.Inner), b2i(!c.Pref), len(x.Folded[c.Label]), -int(skills[c.Skill].Links)}
}

type suggestion struct {
	id    int32
	label string
	lang  corpus.Lang
	rank  [4]int
}

// Complete returns up to n skills whose label starts with prefix, folded
// (case and accents do not matter): preferred labels before alternative
// ones, labels that start with the prefix before labels with a word that
// does, then shorter and more linked skills first. Undetermined lang
// searches the three languages.
func (d *Dictionary) Complete(prefix string, lang corpus.Lang, n int) []Suggestion {
	ss := d.complete(prefix, lang, n, false)
	out := make([]Suggestion, 0, len(ss))
	for _, s := range ss {
		sk := &d.t.Skills[s.id]
		out = append(out, Suggestion{Scheme: sk.Scheme, Code: sk.Code, Label: s.label, Lang: string(s.lang)})
	}
	return out
}

func (d *Dictionary) complete(prefix string, lang corpus.Lang, n int, inner bool) []suggestion {
	key := fold(prefix)
	if d == nil || d.t == nil || key == "" || n <= 0 {
		return nil
	}
	langs := []corpus.Lang{lang}
	if rootOf(lang) == 0 {
		langs = corpus.Langs[:]
	}
	best := make(map[int32]suggestion)
	for _, l := range langs {
		x := d.t.Complete[l]
		if x == nil {
			continue
		}
		cs := x.Entries
		i := sort.Search(len(cs), func(i int) bool { return x.key(&cs[i]) >= key })
		if top, ok := x.Top[key]; ok && !inner && n <= len(top) {
			for _, e := range top[:n] {
				c := &cs[e]
				r := x.rank(d.t.Skills, c)
				if old, ok := best[c.Skill]; ok && !less(r, old.rank) {
					continue
				}
				best[c.Skill] = suggestion{id: c.Skill, label: x.Labels[c.Label], lang: l, rank: r}
			}
			continue
		}
		for scanned := 0; i < len(cs) && scanned < maxScan; i, scanned = i+1, scanned+1 {
			c := &cs[i]
			k := x.key(c)
			if !strings.HasPrefix(k, key) {
				break
			}
			r := x.rank(d.t.Skills, c)
			if inner {
				// For search, a whole word beats a longer word with the
				// prefix, wherever it stands in the label.
				r[0] = b2i(len(k) > len(key) && k[len(key)] != ' ')
			}
			if old, ok := best[c.Skill]; ok && !less(r, old.rank) {
				continue
			}
			best[c.Skill] = suggestion{id: c.Skill, label: x.Labels[c.Label], lang: l, rank: r}
		}
	}
	out := make([]suggestion, 0, len(best))
	for _, s := range best {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].rank != out[j].rank {
			return less(out[i].rank, out[j].rank)
		}
		return out[i].id < out[j].id
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func less(a, b [4]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
