package skills

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
// keep the saved dictionary small. Entries are two columns (label,
// offset), the skill and kind are per label, and the folded labels are
// not saved: Load folds the labels again (tens of milliseconds), which
// halves this index on disk.
type completeIndex struct {
	Labels     []string
	LabelSkill []int32 // Labels[i] is a label of skill LabelSkill[i]
	LabelPref  []bool  // a preferred label (ESCO) or the ROME label
	EntLabel   []int32 // entry i: index in Labels
	EntOff     []uint16
	// Top holds, for every prefix that more than crowded entries share,
	// the indexes of its best topKept entries (one per skill, in answer
	// order): a one-letter prefix would otherwise rank tens of
	// thousands of entries per keystroke.
	Top map[string][]int32

	folded  []string     // fold(Labels[i]); rebuilt by refold
	entries []completion // build time only
}

const (
	crowded = 512
	topKept = 64
)

// completion is one entry, as the builder makes it and as entry returns it.
type completion struct {
	Label int32 // index in Labels and folded
	Off   uint16
	Skill int32
	Pref  bool // a preferred label (ESCO) or the ROME label
	Inner bool // the key starts inside the label, at a word
}

// entry returns entry i.
func (x *completeIndex) entry(i int) completion {
	l, off := x.EntLabel[i], x.EntOff[i]
	return completion{Label: l, Off: off, Skill: x.LabelSkill[l], Pref: x.LabelPref[l], Inner: off > 0}
}

func (x *completeIndex) key(c *completion) string { return x.folded[c.Label][c.Off:] }

// keyAt is the key of entry i.
func (x *completeIndex) keyAt(i int) string { return x.folded[x.EntLabel[i]][x.EntOff[i]:] }

// refold rebuilds the folded labels; a label that folds to itself (most
// English ones) shares its memory.
func (x *completeIndex) refold() error {
	if len(x.LabelSkill) != len(x.Labels) || len(x.LabelPref) != len(x.Labels) || len(x.EntOff) != len(x.EntLabel) {
		return fmt.Errorf("corrupt autocomplete index")
	}
	x.folded = make([]string, len(x.Labels))
	for i, l := range x.Labels {
		if f := fold(l); f != l {
			x.folded[i] = f
		} else {
			x.folded[i] = l
		}
	}
	for i, l := range x.EntLabel {
		if l < 0 || int(l) >= len(x.Labels) || int(x.EntOff[i]) > len(x.folded[l]) {
			return fmt.Errorf("corrupt autocomplete entry %d", i)
		}
	}
	return nil
}

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
	x.folded = append(x.folded, key)
	pref := kind == kindPref || kind == kindROME
	x.LabelSkill = append(x.LabelSkill, id)
	x.LabelPref = append(x.LabelPref, pref)
	x.entries = append(x.entries, completion{Label: li, Skill: id, Pref: pref})
	for i := 1; i < len(key); i++ {
		if key[i-1] != ' ' && key[i-1] != '\'' {
			continue
		}
		x.entries = append(x.entries, completion{Label: li, Off: uint16(i), Skill: id, Pref: pref, Inner: true})
		if lang == corpus.Arabic {
			for _, article := range []string{"ال", "بال", "وال"} {
				if strings.HasPrefix(key[i:], article) && len(key) > i+len(article) {
					x.entries = append(x.entries, completion{Label: li, Off: uint16(i + len(article)), Skill: id, Pref: pref, Inner: true})
				}
			}
		}
	}
	if lang == corpus.Arabic && strings.HasPrefix(key, "ال") && len(key) > len("ال") {
		x.entries = append(x.entries, completion{Label: li, Off: uint16(len("ال")), Skill: id, Pref: pref, Inner: true})
	}
}

func (b *builder) completions() {
	for lang, x := range b.compl {
		sort.Slice(x.entries, func(i, j int) bool {
			ki, kj := x.key(&x.entries[i]), x.key(&x.entries[j])
			if ki != kj {
				return ki < kj
			}
			return x.entries[i].Skill < x.entries[j].Skill
		})
		x.EntLabel = make([]int32, len(x.entries))
		x.EntOff = make([]uint16, len(x.entries))
		for i, c := range x.entries {
			x.EntLabel[i], x.EntOff[i] = c.Label, c.Off
		}
		x.entries = nil
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
		for lo := 0; lo < len(x.EntLabel); {
			p, ok := runePrefix(x.keyAt(lo), runes)
			hi := lo + 1
			for hi < len(x.EntLabel) && strings.HasPrefix(x.keyAt(hi), p) {
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
		c := x.entry(i)
		if old, ok := bestOf[c.Skill]; ok {
			o := x.entry(int(old))
			if !less(x.rank(skills, &c), x.rank(skills, &o)) {
				continue
			}
		}
		bestOf[c.Skill] = int32(i)
	}
	out := make([]int32, 0, len(bestOf))
	for _, i := range bestOf {
		out = append(out, i)
	}
	sort.Slice(out, func(i, j int) bool {
		ci, cj := x.entry(int(out[i])), x.entry(int(out[j]))
		ri, rj := x.rank(skills, &ci), x.rank(skills, &cj)
		if ri != rj {
			return less(ri, rj)
		}
		return ci.Skill < cj.Skill
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
	return [4]int{b2i(c.Inner), b2i(!c.Pref), len(x.folded[c.Label]), -int(skills[c.Skill].Links)}
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
		ne := len(x.EntLabel)
		i := sort.Search(ne, func(i int) bool { return x.keyAt(i) >= key })
		if top, ok := x.Top[key]; ok && !inner && n <= len(top) {
			for _, e := range top[:n] {
				c := x.entry(int(e))
				r := x.rank(d.t.Skills, &c)
				if old, ok := best[c.Skill]; ok && !less(r, old.rank) {
					continue
				}
				best[c.Skill] = suggestion{id: c.Skill, label: x.Labels[c.Label], lang: l, rank: r}
			}
			continue
		}
		for scanned := 0; i < ne && scanned < maxScan; i, scanned = i+1, scanned+1 {
			c := x.entry(i)
			k := x.key(&c)
			if !strings.HasPrefix(k, key) {
				break
			}
			r := x.rank(d.t.Skills, &c)
			if inner {
				// For search, a whole word beats a longer word with the
				// prefix, wherever it stands in the label: "react" is
				// the "React.js" of ROME before "réaction chimique".
				r[0] = b2i(wordGoesOn(k[len(key):]))
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

// wordGoesOn reports whether rest, the part of a key after a prefix,
// starts with a letter or digit: the prefix then ends inside a word.
func wordGoesOn(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return rest != "" && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}
