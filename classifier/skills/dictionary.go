package skills

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"marsad/corpus"
	"marsad/taxonomy"
)

// Schemes of a Match.
const (
	SchemeESCO = "esco"
	SchemeROME = "rome"
)

// Dictionary holds every skill surface form, analysed, and the links from
// skills to occupations. It is safe for concurrent use once built: nothing
// in it changes after Build or Load.
type Dictionary struct {
	as     *corpus.Analyzers
	t      *tables
	pool   *sync.Pool // *scratch: extraction buffers
	fiches *sync.Pool // *ficheScratch: RankForFiche buffers
}

func newDictionary(as *corpus.Analyzers, t *tables) *Dictionary {
	return &Dictionary{as: as, t: t, pool: newScratchPool(),
		fiches: &sync.Pool{New: func() any { return new(ficheScratch) }}}
}

// tables is everything Save writes. Fields are exported for encoding/gob
// only; the type itself is not.
type tables struct {
	Skills  []skillInfo
	Forms   []form
	Vocab   vocab
	Trie    trie
	Anchors map[uint64][]int32 // root<<32 | term → long forms anchored on it
	Stop    map[string]bool    // folded stop forms
	Cues    []string
	Window  int

	SkillIndex map[string]int32 // skill code → index in Skills
	Occs       []occInfo
	OccIndex   map[string]int32
	Fiches     []ficheInfo
	FicheIndex map[string]int32
	ISCO       map[string]map[corpus.Lang]string // ISCO code → title

	SkillOccs   [][]link     // ESCO skill → occupations (essential/optional)
	SkillFiches [][]int32    // ROME skill → fiches listing it
	OccFiches   [][]weighted // occupation → fiches through the crosswalk
	FicheOccs   [][]weighted // fiche → occupations through the crosswalk
	FicheSkills [][]int32    // fiche → its compétences and savoirs
	FicheCore   [][]int32    // fiche → its coeur de métier items (taxonomy Fiche.Core)

	Complete map[corpus.Lang]*completeIndex
	Rank     rankIndex
	OccRank  rankIndex // occupations as documents: see occtext.go

	c *compiled // derived from Trie and Anchors; see compile
	// formsOf lists each skill's forms: Forms[formIDs[formOff[s]:formOff[s+1]]]
	// (derived from Forms; see indexForms).
	formOff, formIDs []int32
	// fitems are the fiches' items as RankForFiche reads them (derived
	// from FicheSkills and FicheCore; see indexFiches).
	fitems ficheItems
}

// indexForms derives formsOf's lists from Forms.
func (t *tables) indexForms() {
	off := make([]int32, len(t.Skills)+1)
	for _, f := range t.Forms {
		if int(f.Skill) < len(t.Skills) {
			off[f.Skill+1]++
		}
	}
	for i := 1; i < len(off); i++ {
		off[i] += off[i-1]
	}
	ids := make([]int32, off[len(off)-1])
	next := slices.Clone(off[:len(off)-1])
	for i, f := range t.Forms {
		if int(f.Skill) < len(t.Skills) {
			ids[next[f.Skill]] = int32(i)
			next[f.Skill]++
		}
	}
	t.formOff, t.formIDs = off, ids
}

// formsOf returns the ids of a skill's forms.
func (t *tables) formsOf(skill int32) []int32 {
	return t.formIDs[t.formOff[skill]:t.formOff[skill+1]]
}

// compileTrie derives the compiled trie from the build-time maps, which
// it then drops: Save writes the compiled form back as sorted edges.
func (t *tables) compileTrie() error {
	keys := make([]uint64, 0, len(t.Trie.Edges))
	for k := range t.Trie.Edges {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	vals := make([]int32, len(keys))
	for i, k := range keys {
		vals[i] = t.Trie.Edges[k]
	}
	terms := make([]string, t.Vocab.N)
	for s, id := range t.Vocab.IDs {
		terms[id] = s
	}
	c, err := compile(keys, vals, t.Trie.Nodes, flatten(t.Trie.Ends), t.Anchors, terms)
	if err != nil {
		return err
	}
	t.c, t.Trie.Edges, t.Trie.Ends = c, nil, nil
	return nil
}

type skillInfo struct {
	Scheme string
	Code   string
	Label  langText // preferred label per language
	Type   string   // ESCO skill type or ROME kind
	Macro  string   // ROME macro-compétence OGR code
	Links  int32    // occupations (ESCO) or fiches (ROME) linked
	// Essential counts the occupations for which an ESCO skill is
	// essential; Reuse is ESCO's reuse level ("transversal",
	// "cross-sector", "sector-specific", "occupation-specific").
	Essential int32
	Reuse     string
}

// label returns the preferred label in lang, else English, else French,
// else any.
func (s *skillInfo) label(lang corpus.Lang) string {
	if v := s.Label.in(lang); v != "" {
		return v
	}
	return s.Code
}

// langText is a string per analysed language (fr, ar, en), an array
// rather than a map because gob decodes thousands of small maps slowly.
type langText [3]string

func textOf(m map[corpus.Lang]string) langText {
	var t langText
	for i, l := range corpus.Langs {
		t[i] = m[l]
	}
	return t
}

// in returns the text in lang, else English, else French, else Arabic.
func (t langText) in(lang corpus.Lang) string {
	for _, l := range []corpus.Lang{lang, corpus.English, corpus.French, corpus.Arabic} {
		for i, x := range corpus.Langs {
			if x == l && t[i] != "" {
				return t[i]
			}
		}
	}
	return ""
}

// Form kinds, by how much a match on them is worth.
const (
	kindPref uint8 = iota
	kindAlt
	kindHidden
	kindROME
)

// Form flags.
const (
	flagContext uint8 = 1 << iota // counts only with supporting context
	flagStop                      // never a skill alone in a posting
	flagCased                     // the text must show an upper-case letter
	flagTech                      // technical or proper-noun form
	flagAcronym                   // written in capitals: the text must be too
	flagLoose                     // one-word alternative or hidden label: a hint, not a mention
	flagComma                     // the label has a comma: a match may cross one
	flagNamed                     // the label is a name ("Python", "SQL Server"): may sit among capitals
)

// form is one surface form of one skill in one language.
type form struct {
	Skill int32
	Kind  uint8
	Flags uint8
	N     uint8 // analysed tokens
	Root  uint8 // the trie it is in: its language, or the technical trie
	// Word is the surface key (wordKey) of a one-word form in Latin
	// letters: the text's word must have the same; 0 for no check.
	Word uint32
	// Terms are the analysed terms of a label (not of a technical form):
	// proximity matching reads those of long forms, Rank's label
	// coverage all of them.
	Terms []int32
}

type occInfo struct {
	URI     string
	ISCO    string
	Label   langText
	NSkills int32
}

type ficheInfo struct {
	Code  string
	Label string
	ISCO  []taxonomy.Weighted
}

type link struct {
	Occ       int32
	Essential bool
}

type weighted struct {
	To int32
	W  float32
}

// rootOf returns the trie root of an analysed language.
func rootOf(lang corpus.Lang) int32 {
	switch lang {
	case corpus.French:
		return rootFR
	case corpus.Arabic:
		return rootAR
	case corpus.English:
		return rootEN
	}
	return 0
}

// matchWeight turns a crosswalk relation into a weight: an exact match
// carries all of an occupation's evidence to the other side, a broad one
// little of it.
func matchWeight(m taxonomy.Match) float32 {
	switch m {
	case taxonomy.Exact:
		return 1
	case taxonomy.Close:
		return 0.9
	case taxonomy.Narrow:
		return 0.8
	}
	return 0.6
}

// Build makes the dictionary from the taxonomy with the given analysers
// and the default Options.
func Build(ctx context.Context, tax *taxonomy.Taxonomy, as *corpus.Analyzers) (*Dictionary, error) {
	return BuildWith(ctx, tax, as, Options{})
}

// BuildWith is Build with Options.
func BuildWith(ctx context.Context, tax *taxonomy.Taxonomy, as *corpus.Analyzers, opt Options) (*Dictionary, error) {
	if tax == nil || as == nil {
		return nil, fmt.Errorf("skills: build: nil taxonomy or analysers")
	}
	opt = opt.withDefaults()
	b := &builder{
		as:  as,
		opt: opt,
		t: &tables{
			Vocab:      newVocab(),
			Trie:       newTrie(),
			Anchors:    make(map[uint64][]int32),
			Stop:       make(map[string]bool),
			Cues:       foldAll(opt.Cues),
			Window:     opt.Window,
			SkillIndex: make(map[string]int32),
			OccIndex:   make(map[string]int32),
			FicheIndex: make(map[string]int32),
			ISCO:       make(map[string]map[corpus.Lang]string),
			Complete:   make(map[corpus.Lang]*completeIndex),
		},
		context: make(map[string]bool),
		plain:   make(map[string]bool),
		lower:   make(map[string]bool),
		labelOf: make(map[int32]string),
	}
	for _, s := range foldAll(opt.StopForms) {
		b.t.Stop[s] = true
	}
	for _, s := range foldAll(opt.ContextForms) {
		b.context[s] = true
	}
	steps := []func(context.Context, *taxonomy.Taxonomy) error{
		b.escoSkills, b.romeSkills, b.occupations, b.fiches, b.crosswalk,
	}
	for _, step := range steps {
		if err := step(ctx, tax); err != nil {
			return nil, err
		}
	}
	b.markBare()
	b.markAcronyms()
	b.anchors()
	if err := b.t.compileTrie(); err != nil {
		return nil, fmt.Errorf("skills: build: %w", err)
	}
	b.t.indexForms()
	b.t.indexFiches()
	b.t.Rank = b.rank
	b.t.Rank.finish(len(b.t.Skills), [2]float32{labelWeight, descWeight})
	b.t.OccRank = b.occRank
	b.t.OccRank.finish(len(b.t.Occs), [2]float32{occLabelWeight, occDescWeight})
	b.completions()
	return newDictionary(as, b.t), nil
}

type builder struct {
	as      *corpus.Analyzers
	opt     Options
	t       *tables
	context map[string]bool
	// plain holds the folded words of labels not written in capitals,
	// lower those of labels without any capital; acronyms the forms
	// that are written in capitals and bare the one-word labels left
	// when a qualifier is cut (labelOf: their label), judged by
	// markAcronyms and markBare once every label is in.
	plain    map[string]bool
	lower    map[string]bool
	acronyms []int32
	bare     []int32
	labelOf  map[int32]string
	rank     rankIndex
	occRank  rankIndex
	compl    map[corpus.Lang]*completeIndex
}

func foldAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if f := fold(s); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func (b *builder) addSkill(s skillInfo) int32 {
	id := int32(len(b.t.Skills))
	b.t.Skills = append(b.t.Skills, s)
	b.t.SkillIndex[s.Code] = id
	return id
}

func (b *builder) escoSkills(ctx context.Context, tax *taxonomy.Taxonomy) error {
	for i, uri := range slices.Sorted(maps.Keys(tax.Skills)) {
		if i%1024 == 0 && ctx.Err() != nil {
			return fmt.Errorf("skills: build: %w", ctx.Err())
		}
		s := tax.Skills[uri]
		pref := s.Pref
		if bad, ok := arabicMislabels[uri]; ok && pref[corpus.Arabic] == bad {
			pref = maps.Clone(pref)
			delete(pref, corpus.Arabic)
		}
		id := b.addSkill(skillInfo{Scheme: SchemeESCO, Code: uri, Label: textOf(pref), Type: s.Type, Reuse: s.Reuse})
		for _, lang := range corpus.Langs {
			if v := pref[lang]; v != "" {
				b.addLabel(id, lang, v, kindPref)
			}
			for _, v := range s.Alt[lang] {
				b.addLabel(id, lang, v, kindAlt)
			}
			for _, v := range s.Hidden[lang] {
				b.addLabel(id, lang, v, kindHidden)
			}
			b.addDescription(id, lang, s.Description[lang])
		}
		for _, v := range arabicLabels[uri] {
			b.addLabel(id, corpus.Arabic, v, kindAlt)
		}
	}
	return nil
}

func (b *builder) romeSkills(ctx context.Context, tax *taxonomy.Taxonomy) error {
	for i, ogr := range slices.Sorted(maps.Keys(tax.Competences)) {
		if i%1024 == 0 && ctx.Err() != nil {
			return fmt.Errorf("skills: build: %w", ctx.Err())
		}
		c := tax.Competences[ogr]
		if c.Label == "" {
			continue
		}
		id := b.addSkill(skillInfo{
			Scheme: SchemeROME, Code: c.OGR, Type: c.Kind, Macro: c.Macro,
			Label: textOf(map[corpus.Lang]string{corpus.French: c.Label}),
		})
		b.addLabel(id, corpus.French, c.Label, kindROME)
		b.addDescription(id, corpus.French, c.Definition)
		if strings.Contains(fold(c.Category), "logiciel") {
			b.addTech(id, c.Label, kindROME)
		}
	}
	return nil
}

// addLabel adds a label and its variants: without a trailing parenthetical
// qualifier ("Python (computer programming)" → "Python") and, for
// technical names, without the vendor ("Microsoft Excel" → "Excel").
func (b *builder) addLabel(id int32, lang corpus.Lang, label string, kind uint8) {
	label = strings.TrimSpace(label)
	if label == "" {
		return
	}
	variants := []string{label}
	if i := strings.Index(label, " ("); i > 0 && strings.HasSuffix(label, ")") {
		variants = append(variants, strings.TrimSpace(label[:i]))
	}
	for i, v := range variants {
		f := b.addForm(id, lang, v, kind)
		if i > 0 && f >= 0 && b.t.Forms[f].N == 1 && kind != kindROME && !isAcronym(v) {
			b.bare = append(b.bare, f)
			b.labelOf[f] = v
		}
		if lang != corpus.Arabic && isTechLabel(v, kind) {
			b.addTech(id, v, kind)
		}
	}
	b.rank.addLabel(b, id, lang, label)
	b.addCompletion(id, lang, label, kind)
}

// isTechLabel reports whether an ESCO label names a technology, a product
// or a language: ESCO writes labels in lower case except proper nouns and
// acronyms, so a capital letter is the sign. ROME labels are sentence-case
// and are judged by their category instead.
func isTechLabel(label string, kind uint8) bool {
	if kind == kindROME {
		return false
	}
	return hasUpper(label) && len(strings.Fields(label)) <= 4
}

var vendors = []string{"Microsoft Office ", "Microsoft ", "MS ", "Adobe ", "Apache ", "Autodesk ", "Google ", "IBM ", "Oracle ", "SAP "}

// addTech adds a technical label to the folded-word trie that runs on
// Latin-script words of any text, and the vendor-less variant.
func (b *builder) addTech(id int32, label string, kind uint8) {
	if i := strings.Index(label, " ("); i > 0 {
		label = strings.TrimSpace(label[:i])
	}
	variants := []string{label}
	for _, v := range vendors {
		if rest, ok := strings.CutPrefix(label, v); ok && len(strings.Fields(rest)) == 1 && hasUpper(rest) {
			variants = append(variants, rest)
		}
	}
	for vi, v := range variants {
		ws := words(v)
		if len(ws) == 0 || len(ws) > 5 {
			continue
		}
		terms := make([]int32, len(ws))
		for i, w := range ws {
			terms[i] = b.t.Vocab.id(w.Term)
		}
		f := b.newForm(id, kind, v, len(ws), rootTech)
		fm := &b.t.Forms[f]
		fm.Flags |= flagTech
		if isAcronym(v) {
			b.acronyms = append(b.acronyms, f)
			b.labelOf[f] = v
		}
		if vi > 0 && !isAcronym(v) {
			// A product name without its vendor is often a plain word
			// ("Google Search" → "Search", "Microsoft Teams" → "Teams"):
			// it needs a capital and a cue or another skill nearby.
			fm.Flags |= flagContext | flagCased
		}
		b.t.Trie.insert(rootTech, terms, f)
	}
}

// addForm analyses a label with its language's analyser and inserts it;
// it returns the new form, or -1 if the label analyses to nothing.
func (b *builder) addForm(id int32, lang corpus.Lang, label string, kind uint8) int32 {
	toks := analyze(b.as.For(lang), label)
	if len(toks) == 0 {
		return -1
	}
	terms := make([]int32, len(toks))
	for i, tk := range toks {
		terms[i] = b.t.Vocab.id(tk.Term)
	}
	f := b.newForm(id, kind, label, len(toks), rootOf(lang))
	fm := &b.t.Forms[f]
	fm.Terms = terms
	if strings.ContainsAny(label, ",،") {
		fm.Flags |= flagComma
	}
	if isTechLabel(label, kind) {
		fm.Flags |= flagNamed
	}
	if isAcronym(label) {
		b.acronyms = append(b.acronyms, f)
		b.labelOf[f] = label
	} else {
		lower := !hasUpper(label)
		for _, w := range words(label) {
			b.plain[w.Term] = true
			if lower {
				b.lower[w.Term] = true
			}
		}
	}
	if len(toks) == 1 {
		// Sense checks: see sense.go.
		tk := toks[0]
		switch rest := label[:tk.Start] + " " + label[tk.End:]; {
		case len(contentWords(rest)) > 0:
			fm.Flags |= flagStop // analysis dropped a content word
		case isLatin(label[tk.Start:tk.End]):
			fm.Word = wordKey(compound(label, tk.Start, tk.End))
		}
		if kind == kindAlt || kind == kindHidden {
			fm.Flags |= flagLoose
		}
	}
	b.t.Trie.insert(rootOf(lang), terms, f)
	return f
}

func (b *builder) newForm(id int32, kind uint8, label string, n int, root int32) int32 {
	fl := fold(label)
	var flags uint8
	if b.t.Stop[fl] {
		flags |= flagStop
	}
	if n == 1 && (b.context[fl] || utf8.RuneCountInString(fl) <= 2) {
		flags |= flagContext
		if hasUpper(label) {
			flags |= flagCased
		}
	}
	if n > 255 {
		n = 255
	}
	b.t.Forms = append(b.t.Forms, form{Skill: id, Kind: kind, Flags: flags, N: uint8(n), Root: uint8(root)})
	return int32(len(b.t.Forms) - 1)
}

// distinct counts the different terms of a label (labels are short).
func distinct(terms []int32) int {
	n := 0
	for i, t := range terms {
		if !slices.Contains(terms[:i], t) {
			n++
		}
	}
	return n
}

// anchors indexes every long form (three or more distinct terms) under
// its two rarest terms, so that proximity matching looks at a handful of
// candidate labels per token instead of all of them.
func (b *builder) anchors() {
	df := make(map[int32]int)
	for _, f := range b.t.Forms {
		if distinct(f.Terms) < 3 {
			continue
		}
		for _, t := range f.Terms {
			df[t]++
		}
	}
	for i, f := range b.t.Forms {
		if distinct(f.Terms) < 3 {
			continue
		}
		ts := append([]int32(nil), f.Terms...)
		sort.Slice(ts, func(a, c int) bool {
			if df[ts[a]] != df[ts[c]] {
				return df[ts[a]] < df[ts[c]]
			}
			return ts[a] < ts[c]
		})
		root := int32(f.Root)
		seen := int32(-1)
		n := 0
		for _, t := range ts {
			if t == seen || n == 2 {
				continue
			}
			seen = t
			n++
			k := edgeKey(root, t)
			b.t.Anchors[k] = append(b.t.Anchors[k], int32(i))
		}
	}
	// A term that anchors hundreds of labels is a common word: labels
	// made only of common words are noise when matched loosely, and
	// checking them all would cost most of the extraction budget.
	for k, fs := range b.t.Anchors {
		if len(fs) > maxAnchored {
			delete(b.t.Anchors, k)
		}
	}
}

// maxAnchored is the most long labels one term may anchor.
const maxAnchored = 12

func (b *builder) occupations(ctx context.Context, tax *taxonomy.Taxonomy) error {
	b.t.SkillOccs = make([][]link, len(b.t.Skills))
	for _, uri := range slices.Sorted(maps.Keys(tax.Occupations)) {
		o := tax.Occupations[uri]
		id := int32(len(b.t.Occs))
		b.t.Occs = append(b.t.Occs, occInfo{URI: uri, ISCO: o.ISCO, Label: textOf(o.Pref),
			NSkills: int32(len(o.Essential) + len(o.Optional))})
		b.t.OccIndex[uri] = id
		b.occupationTexts(id, o)
		for _, rel := range []struct {
			uris      []string
			essential bool
		}{{o.Essential, true}, {o.Optional, false}} {
			for _, s := range rel.uris {
				if sid, ok := b.t.SkillIndex[s]; ok {
					b.t.SkillOccs[sid] = append(b.t.SkillOccs[sid], link{Occ: id, Essential: rel.essential})
				}
			}
		}
	}
	for code, g := range tax.ISCO {
		title := make(map[corpus.Lang]string)
		for l, v := range g.Title {
			title[l] = v
		}
		b.t.ISCO[code] = title
	}
	for sid, ls := range b.t.SkillOccs {
		b.t.Skills[sid].Links = int32(len(ls))
		for _, l := range ls {
			if l.Essential {
				b.t.Skills[sid].Essential++
			}
		}
	}
	return ctx.Err()
}

func (b *builder) fiches(ctx context.Context, tax *taxonomy.Taxonomy) error {
	b.t.SkillFiches = make([][]int32, len(b.t.Skills))
	for _, code := range slices.Sorted(maps.Keys(tax.Fiches)) {
		f := tax.Fiches[code]
		id := int32(len(b.t.Fiches))
		b.t.Fiches = append(b.t.Fiches, ficheInfo{Code: code, Label: f.Label, ISCO: f.ISCO})
		b.t.FicheIndex[code] = id
		var own []int32
		for _, lists := range [][]string{f.Competences, f.Savoirs} {
			for _, ogr := range lists {
				if sid, ok := b.t.SkillIndex[ogr]; ok {
					own = append(own, sid)
					b.t.SkillFiches[sid] = append(b.t.SkillFiches[sid], id)
				}
			}
		}
		b.t.FicheSkills = append(b.t.FicheSkills, own)
		var core []int32
		for _, ogr := range f.Core {
			if sid, ok := b.t.SkillIndex[ogr]; ok {
				core = append(core, sid)
			}
		}
		b.t.FicheCore = append(b.t.FicheCore, core)
	}
	for sid, fs := range b.t.SkillFiches {
		if b.t.Skills[sid].Scheme == SchemeROME {
			b.t.Skills[sid].Links = int32(len(fs))
		}
	}
	return ctx.Err()
}

func (b *builder) crosswalk(ctx context.Context, tax *taxonomy.Taxonomy) error {
	b.t.OccFiches = make([][]weighted, len(b.t.Occs))
	b.t.FicheOccs = make([][]weighted, len(b.t.Fiches))
	links := tax.Crosswalk
	if len(links) == 0 { // loaders may hang the crosswalk on the fiches only
		for _, code := range slices.Sorted(maps.Keys(tax.Fiches)) {
			links = append(links, tax.Fiches[code].ESCO...)
		}
	}
	for _, m := range links {
		o, ok1 := b.t.OccIndex[m.ESCO]
		f, ok2 := b.t.FicheIndex[m.Fiche]
		if !ok1 || !ok2 {
			continue
		}
		w := matchWeight(m.Match)
		b.t.OccFiches[o] = upsert(b.t.OccFiches[o], f, w)
		b.t.FicheOccs[f] = upsert(b.t.FicheOccs[f], o, w)
	}
	return ctx.Err()
}

// upsert keeps the strongest weight per target.
func upsert(ws []weighted, to int32, w float32) []weighted {
	for i := range ws {
		if ws[i].To == to {
			ws[i].W = float32(math.Max(float64(ws[i].W), float64(w)))
			return ws
		}
	}
	return append(ws, weighted{To: to, W: w})
}

// analyze runs an analyser and glues "++" and "#" onto the token before
// them, as words does, so "C++", "C#" and "C" stay three skills.
func analyze(a *corpus.Analyzer, text string) []corpus.Token {
	toks := a.Analyze(text)
	for i := range toks {
		end := toks[i].End
		if end < len(text) && (text[end] == '+' || text[end] == '#') {
			if e, term := techSuffix(text, end, []byte(toks[i].Term)); e != end {
				toks[i].End, toks[i].Term = e, string(term)
			}
		}
	}
	return toks
}

// isLatin reports whether s is written in Latin letters or digits.
func isLatin(s string) bool {
	for _, r := range s {
		if r >= 0x80 && unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// markBare flags the one-word forms left by cutting an ESCO label's
// qualifier ("Source (digital game creation systems)" → "Source"; ROME's
// are glosses, "Marketing (mercatique)"; acronyms have markAcronyms)
// whose word is
// also an ordinary word, one of a label written in lower case ("operate
// open source software"): ESCO adds the qualifier because the word alone
// means something else, so, like a product name without its vendor, it
// needs a capital and a cue or another skill nearby. "Python" or "Java"
// stay as they are.
func (b *builder) markBare() {
	for _, f := range b.bare {
		ws := words(b.labelOf[f])
		if len(ws) == 1 && b.lower[ws[0].Term] {
			b.t.Forms[f].Flags |= flagContext | flagCased
		}
		delete(b.labelOf, f)
	}
	b.bare, b.lower = nil, nil
}

// markAcronyms flags the forms written in capitals whose words, in lower
// case, are ordinary words: a stop word of French or English ("AVEC" is
// "bring your own device" in French ESCO) or a word of some label not in
// capitals ("CALL", "SPARK", "ROBOT"). Those match only text in capitals;
// "GIT" or "JIRA" match "Git" and "Jira" too.
func (b *builder) markAcronyms() {
	for _, f := range b.acronyms {
		common := false
		for _, w := range words(b.labelOf[f]) {
			if b.plain[w.Term] {
				common = true
			}
			for _, lang := range []corpus.Lang{corpus.French, corpus.English} {
				if len(analyze(b.as.For(lang), w.Term)) == 0 && utf8.RuneCountInString(w.Term) > 1 {
					common = true // a stop word
				}
			}
		}
		if common {
			b.t.Forms[f].Flags |= flagAcronym
		}
	}
	b.acronyms, b.labelOf = nil, nil
}
