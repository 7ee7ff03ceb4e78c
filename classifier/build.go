package classifier

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/james-bowman/nlp"
	"github.com/james-bowman/sparse"

	"marsad/corpus"
	"marsad/taxonomy"
)

// Crosswalk weights. A crosswalk entry links a ROME appellation with an
// ESCO occupation by a SKOS relation; whether evidence for one side is
// evidence for the other depends on which side is narrower: a hit on a
// narrower concept implies the broader one, not the reverse.
func appellationToESCO(m taxonomy.Match) float32 {
	switch m {
	case taxonomy.Exact:
		return 1
	case taxonomy.Close, taxonomy.Narrow: // the appellation lies inside the occupation
		return 0.9
	}
	return 0.65
}

func escoToROME(m taxonomy.Match) float32 {
	switch m {
	case taxonomy.Exact:
		return 1
	case taxonomy.Close, taxonomy.Broad: // the occupation lies inside the appellation
		return 0.9
	}
	return 0.65
}

// suppressedLinks are crosswalk entries, appellation OGR code → ESCO
// occupation, that ROME 4.0 made wrong by moving the appellation into a
// fiche of another trade. The crosswalk was made for ROME v3: "Agent
// commercial et de contrôle de transport en commun routier" (10360), a
// ticket agent it maps to the bus driver, is now filed under D1415
// "Chargé de relation client", whose only link it is, so every
// customer-relations posting was a bus driver (ISCO 8331). Without the
// link the fiche takes its métier's groups (inheritISCO).
var suppressedLinks = map[string]string{
	"10360": escoOcc("00cee175-1376-43fb-9f02-ba3d7a910a58"), // bus driver
}

// crossLabelW discounts a label's evidence for a concept of the other
// scheme, reached through the crosswalk.
const crossLabelW = 0.85

// priorSpan is how far the occupation prior can lower a score.
const priorSpan = 0.2

// Profile repetitions: labels weigh more than descriptions in the TF-IDF
// profiles, the preferred label most.
const (
	repPref = 3
	repAlt  = 2
)

// BuildTables turns the taxonomy into the scorer's tables, analysing every
// label and profile with the analysers the classifier will use on postings.
func BuildTables(ctx context.Context, tax *taxonomy.Taxonomy, as *corpus.Analyzers) (*Tables, error) {
	if tax == nil || len(tax.Occupations)+len(tax.Fiches) == 0 {
		return nil, fmt.Errorf("classifier: taxonomy has no ESCO occupations and no ROME fiches")
	}
	t := &Tables{
		Format:   TablesFormat,
		Exact:    make(map[string][]int32),
		LabelIDF: make(map[corpus.Lang]map[string]float32),
		Vectors:  make(map[corpus.Lang]*Vectors),
	}

	// ISCO unit groups, numbered in code order.
	iscoID := make(map[string]int32)
	var iscoCodes []string
	for code, g := range tax.ISCO {
		if g.Level == 4 || len(code) == 4 {
			iscoCodes = append(iscoCodes, code)
		}
	}
	sort.Strings(iscoCodes)
	iscoCodes = dedupSorted(iscoCodes)
	for _, code := range iscoCodes {
		iscoID[code] = int32(len(t.ISCO))
		info := ISCOInfo{Code: code, Label: map[corpus.Lang]string{}}
		if g := tax.ISCO[code]; g != nil {
			for l, s := range g.Title {
				info.Label[l] = s
			}
		}
		t.ISCO = append(t.ISCO, info)
	}
	isco := func(code string) (int32, bool) {
		if len(code) != 4 {
			return 0, false
		}
		id, ok := iscoID[code]
		if !ok {
			id = int32(len(t.ISCO))
			iscoID[code] = id
			t.ISCO = append(t.ISCO, ISCOInfo{Code: code, Label: map[corpus.Lang]string{}})
		}
		return id, true
	}

	// Concepts: ROME fiches, then ESCO occupations, each in code order.
	id := make(map[string]int32)
	for _, code := range sortedKeys(tax.Fiches) {
		f := tax.Fiches[code]
		id[code] = int32(len(t.Concepts))
		t.Concepts = append(t.Concepts, ConceptInfo{
			Scheme: ROME, Code: code, Parent: orDefault(f.Parent, code),
			Label: map[corpus.Lang]string{corpus.French: f.Label}, Prior: 1,
		})
	}
	for _, uri := range sortedKeys(tax.Occupations) {
		o := tax.Occupations[uri]
		c := ConceptInfo{Scheme: ESCO, Code: uri, Label: map[corpus.Lang]string{}, Prior: 1}
		for l, s := range o.Pref {
			c.Label[l] = s
		}
		if g, ok := isco(o.ISCO); ok {
			c.ISCO = []Target{{g, 1}}
		}
		id[uri] = int32(len(t.Concepts))
		t.Concepts = append(t.Concepts, c)
	}

	lendArabicISCO(t, tax, as)

	// Crosswalk links, both ways, keeping the strongest relation.
	t.Links = make([][]Target, len(t.Concepts))
	byOGR := make(map[string][]taxonomy.Mapping)
	apps := make(map[[2]int32]int) // concept pair → crosswalk entries linking them
	for _, m := range tax.Crosswalk {
		fiche := m.Fiche
		if a := tax.Appellations[m.OGR]; fiche == "" && a != nil {
			fiche = a.Fiche
		}
		r, okR := id[fiche]
		e, okE := id[m.ESCO]
		if !okR || !okE || suppressedLinks[m.OGR] == m.ESCO {
			continue
		}
		byOGR[m.OGR] = append(byOGR[m.OGR], m)
		t.Links[r] = addTarget(t.Links[r], e, appellationToESCO(m.Match))
		t.Links[e] = addTarget(t.Links[e], r, escoToROME(m.Match))
		apps[[2]int32{r, e}]++
		apps[[2]int32{e, r}]++
	}
	// A one-word label that many occupations' names begin or end with
	// ("conseiller", "technician") names none of them in particular.
	generic := genericWords(tax, as)
	oneGenericWord := func(s string, l corpus.Lang) bool {
		terms := as.For(l).Terms(s)
		return len(terms) == 1 && generic[l][terms[0]]
	}
	t.Bridged = bridgeLabels(t, tax, id, oneGenericWord)
	t.LinkApps = make([][]uint16, len(t.Links))
	for i, ls := range t.Links {
		if len(ls) == 0 {
			continue
		}
		t.LinkApps[i] = make([]uint16, len(ls))
		for j, l := range ls {
			t.LinkApps[i][j] = uint16(min(apps[[2]int32{int32(i), l.ID}], math.MaxUint16))
		}
	}
	// A fiche's ISCO groups come through its ESCO links.
	for r := range t.Concepts {
		if t.Concepts[r].Scheme != ROME {
			continue
		}
		for _, l := range t.Links[r] {
			for _, g := range t.Concepts[l.ID].ISCO {
				t.Concepts[r].ISCO = addTarget(t.Concepts[r].ISCO, g.ID, l.W*g.W)
			}
		}
		// The taxonomy's own weights, for the groups the links reach: a
		// group only a suppressed link reached is not the fiche's.
		if f := tax.Fiches[t.Concepts[r].Code]; f != nil {
			for _, w := range f.ISCO {
				if g, ok := isco(w.Code); ok && slices.ContainsFunc(t.Concepts[r].ISCO, func(x Target) bool { return x.ID == g }) {
					t.Concepts[r].ISCO = addTarget(t.Concepts[r].ISCO, g, float32(w.Weight))
				}
			}
		}
	}
	inheritISCO(t)

	// Labels.
	// addForms adds the gender forms of a label. A derived label, a form
	// Marsad made of a name rather than the name itself, is left out when
	// it is one generic word: "Conseiller / Conseillère (IARD)" without
	// its parentheses is every "Conseiller", and made "Vendeur" an
	// insurance adviser through the sales assistant's "conseiller".
	addForms := func(text string, lang corpus.Lang, kind LabelKind, targets []Target, derived bool) {
		for _, v := range genderVariants(text) {
			terms := as.For(lang).Terms(v)
			if len(terms) == 0 || derived && len(terms) == 1 && generic[lang][terms[0]] {
				continue
			}
			key := exactKey(lang, terms)
			n := int32(len(t.Labels))
			dup := false
			for _, old := range t.Exact[key] { // same text, same concept: keep one
				if t.Labels[old].Targets[0].ID == targets[0].ID {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			t.Labels = append(t.Labels, Label{Text: v, Lang: lang, Kind: kind, Terms: terms, Targets: targets})
			t.Exact[key] = append(t.Exact[key], n)
		}
	}
	addLabel := func(text string, lang corpus.Lang, kind LabelKind, targets []Target) {
		addForms(text, lang, kind, targets, false)
	}
	addDerived := func(text string, lang corpus.Lang, kind LabelKind, targets []Target) {
		addForms(text, lang, kind, targets, true)
	}
	for _, code := range sortedKeys(tax.Fiches) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f := tax.Fiches[code]
		r := id[code]
		addLabel(f.Label, corpus.French, KindPref, []Target{{r, 1}})
		// "Chef / Cheffe de projet (Project Management Officer)" is
		// also just "Chef de projet": the parentheses gloss the name.
		if bare := withoutGloss(f.Label); bare != "" {
			addDerived(bare, corpus.French, KindPref, []Target{{r, 1}})
		}
		if short := withAcronym(f.Label); short != "" {
			addDerived(short, corpus.French, KindPref, []Target{{r, 1}})
		}
		for _, ogr := range f.Appellations {
			a := tax.Appellations[ogr]
			if a == nil {
				continue
			}
			targets := []Target{{r, 1}}
			for _, m := range byOGR[ogr] {
				if e, ok := id[m.ESCO]; ok {
					targets = addTarget(targets, e, appellationToESCO(m.Match)*crossLabelW)
				}
			}
			addLabel(a.Long, corpus.French, KindAppellation, targets)
			if bare := withoutGloss(a.Long); bare != "" {
				addDerived(bare, corpus.French, KindAppellation, targets)
			}
			if short := withAcronym(a.Long); short != "" {
				addDerived(short, corpus.French, KindAppellation, targets)
			}
			if a.Short != "" && a.Short != a.Long {
				addLabel(a.Short, corpus.French, KindAppellation, targets)
			}
		}
	}
	for _, uri := range sortedKeys(tax.Occupations) {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		o := tax.Occupations[uri]
		e := id[uri]
		// An ESCO label names a ROME fiche less surely than the fiche's own
		// appellations do: French postings are coded on those.
		targets := []Target{{e, 1}}
		for _, l := range t.Links[e] {
			targets = append(targets, Target{l.ID, l.W * crossLabelW})
		}
		for _, l := range corpus.Langs {
			if s := o.Pref[l]; s != "" && !suppressed(uri, s) {
				addLabel(s, l, KindPref, targets)
			}
			for _, s := range o.Alt[l] {
				if !suppressed(uri, s) && !oneGenericWord(s, l) {
					addLabel(s, l, KindAlt, targets)
				}
			}
			for _, s := range o.Hidden[l] {
				if !suppressed(uri, s) && !oneGenericWord(s, l) {
					addLabel(s, l, KindHidden, targets)
				}
			}
		}
	}
	for _, syn := range slices.Concat(synonymLabels, darijaLoanwords) {
		var targets []Target
		for _, code := range syn.concepts {
			if c, ok := id[code]; ok {
				targets = addTarget(targets, c, 1)
				// Concepts linked to a named one count as an official
				// label's do (crossLabelW): less than those the synonym
				// names ("controlling" names the financial controller, not
				// the business analyst its fiche is crosswalked to).
				for _, l := range t.Links[c] {
					targets = addTarget(targets, l.ID, l.W*crossLabelW)
				}
			}
		}
		if len(targets) > 0 {
			addLabel(syn.text, syn.lang, KindSynonym, targets)
		}
	}

	// Prior: an occupation with many labels and appellations is a common
	// one in job ads (the label lists grow where postings are many). It
	// only breaks near-ties: it scales scores within [1-priorSpan, 1].
	nLabels := officialLabels(t.Labels, len(t.Concepts))
	maxN := 1
	for _, n := range nLabels {
		maxN = max(maxN, n)
	}
	for i, n := range nLabels {
		t.Concepts[i].Prior = float32(1 - priorSpan + priorSpan*math.Log1p(float64(n))/math.Log1p(float64(maxN)))
	}

	// Label term IDF per language.
	df := make(map[corpus.Lang]map[string]int)
	n := make(map[corpus.Lang]int)
	for _, lb := range t.Labels {
		if df[lb.Lang] == nil {
			df[lb.Lang] = make(map[string]int)
		}
		n[lb.Lang]++
		for _, term := range uniq(lb.Terms) {
			df[lb.Lang][term]++
		}
	}
	for l, m := range df {
		idf := make(map[string]float32, len(m))
		for term, d := range m {
			idf[term] = float32(math.Log(1 + float64(n[l])/float64(d)))
		}
		t.LabelIDF[l] = idf
	}

	// TF-IDF profiles per language.
	docs := make(map[corpus.Lang]map[int32][]string)
	add := func(l corpus.Lang, c int32, text string, rep int) {
		if text == "" {
			return
		}
		if docs[l] == nil {
			docs[l] = make(map[int32][]string)
		}
		terms := as.For(l).Terms(text)
		for i := 0; i < rep; i++ {
			docs[l][c] = append(docs[l][c], terms...)
		}
	}
	for _, code := range sortedKeys(tax.Fiches) {
		f := tax.Fiches[code]
		r := id[code]
		add(corpus.French, r, f.Label, repPref)
		for _, ogr := range f.Appellations {
			if a := tax.Appellations[ogr]; a != nil {
				add(corpus.French, r, a.Long, repAlt)
			}
		}
		add(corpus.French, r, f.Definition, 1)
		add(corpus.French, r, f.Access, 1)
		for _, ogr := range append(append([]string(nil), f.Competences...), f.Savoirs...) {
			if c := tax.Competences[ogr]; c != nil {
				add(corpus.French, r, c.Label, 1)
			}
		}
	}
	for _, uri := range sortedKeys(tax.Occupations) {
		o := tax.Occupations[uri]
		e := id[uri]
		for _, l := range corpus.Langs {
			if !suppressed(uri, o.Pref[l]) {
				add(l, e, o.Pref[l], repPref)
			}
			for _, s := range o.Alt[l] {
				if !suppressed(uri, s) {
					add(l, e, s, repAlt)
				}
			}
			add(l, e, o.Description[l], 1)
		}
	}
	// An Arabic synonym is an alternative label the data lacks: it enters
	// the profiles of the concepts it names as one would ("طباخ محترف":
	// the cook's profile knew only the formal طاهي, and the athlete's
	// "محترف" won). Not English: ESCO's English descriptions use the
	// everyday words already, and repeating "developer", "cleaner" or
	// "sales associate" moved 218 jobbert titles between near-synonymous
	// occupations (ESCO top-1 −21).
	for _, syn := range synonymLabels {
		if syn.lang != corpus.Arabic {
			continue
		}
		for _, code := range syn.concepts {
			if c, ok := id[code]; ok {
				add(syn.lang, c, syn.text, repAlt)
			}
		}
	}
	for _, l := range corpus.Langs {
		if len(docs[l]) == 0 {
			continue
		}
		v, err := fitVectors(docs[l])
		if err != nil {
			return nil, fmt.Errorf("classifier: TF-IDF %s: %w", l, err)
		}
		t.Vectors[l] = v
	}
	return t, nil
}

// spaceTokeniser splits pre-analysed text: the corpus analysers did the
// real work, so james-bowman/nlp must not tokenise again.
type spaceTokeniser struct{}

func (spaceTokeniser) ForEachIn(text string, f func(string)) {
	for _, w := range strings.Fields(text) {
		f(w)
	}
}

func (spaceTokeniser) Tokenise(text string) []string { return strings.Fields(text) }

// fitVectors fits vocabulary and IDF with james-bowman/nlp, then turns the
// fitted matrix into an inverted index of L2-normalised weights, which is
// what the hot path reads (nlp's Transform costs O(vocabulary) per text).
func fitVectors(docs map[int32][]string) (*Vectors, error) {
	ids := make([]int32, 0, len(docs))
	for c := range docs {
		ids = append(ids, c)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	texts := make([]string, len(ids))
	for i, c := range ids {
		texts[i] = strings.Join(docs[c], " ")
	}
	cv := nlp.NewCountVectoriser()
	cv.Tokeniser = spaceTokeniser{}
	counts, err := cv.FitTransform(texts...)
	if err != nil {
		return nil, err
	}
	tf := nlp.NewTfidfTransformer()
	weighted, err := tf.FitTransform(counts)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tf.Save(&buf); err != nil {
		return nil, err
	}
	var dia sparse.DIA
	if _, err := dia.UnmarshalBinaryFrom(&buf); err != nil {
		return nil, err
	}
	v := &Vectors{Vocab: make(map[string]int32, len(cv.Vocabulary))}
	for term, i := range cv.Vocabulary {
		v.Vocab[term] = int32(i)
	}
	v.IDF = make([]float32, len(cv.Vocabulary))
	for i, w := range dia.Diagonal() {
		v.IDF[i] = float32(w)
	}
	norms := make([]float64, len(ids))
	csr, ok := weighted.(*sparse.CSR)
	if !ok {
		return nil, fmt.Errorf("unexpected matrix type %T", weighted)
	}
	csr.DoNonZero(func(i, j int, w float64) { norms[j] += w * w })
	v.Postings = make([][]Target, len(v.IDF))
	csr.DoNonZero(func(i, j int, w float64) {
		if w == 0 || norms[j] == 0 {
			return
		}
		v.Postings[i] = append(v.Postings[i], Target{ids[j], float32(w / math.Sqrt(norms[j]))})
	})
	// The matrix does not keep a row's columns in order (it is built from
	// a map), and topTerms binary-searches a list by concept: unsorted,
	// a reason's terms depended on the build and missed some.
	for _, ps := range v.Postings {
		slices.SortFunc(ps, func(a, b Target) int { return cmp.Compare(a.ID, b.ID) })
	}
	return v, nil
}

// Fiches outside the crosswalk (164 in ROME v460, among them the new IT
// fiches: M1827 DevOps, M1811 data engineer…) would have no ISCO group,
// so a posting coded to one would get an ISCO answer unrelated to its
// ROME answer. They borrow the groups of their métier (code_rome_parent)
// and, failing that, of their domaine professionnel (M18 → 25xx): the
// groups' weights are summed over the crosswalked fiches there, and the
// best inheritW of the strongest keep their share of it.
const (
	inheritW   = 0.8
	inheritTop = 3
)

func inheritISCO(t *Tables) {
	byMetier := make(map[string]map[int32]float32)
	byDomain := make(map[string]map[int32]float32)
	add := func(m map[string]map[int32]float32, key string, ts []Target) {
		if m[key] == nil {
			m[key] = make(map[int32]float32)
		}
		for _, g := range ts {
			m[key][g.ID] += g.W
		}
	}
	for _, c := range t.Concepts {
		if c.Scheme != ROME || len(c.ISCO) == 0 {
			continue
		}
		add(byMetier, c.Parent, c.ISCO)
		if len(c.Code) >= 3 {
			add(byDomain, c.Code[:3], c.ISCO)
		}
	}
	for i := range t.Concepts {
		c := &t.Concepts[i]
		if c.Scheme != ROME || len(c.ISCO) > 0 {
			continue
		}
		ws := byMetier[c.Parent]
		if len(ws) == 0 && len(c.Code) >= 3 {
			ws = byDomain[c.Code[:3]]
		}
		var r []ranked
		for g, w := range ws {
			r = append(r, ranked{id: g, raw: w})
		}
		r = topN(r, inheritTop)
		for _, x := range r {
			c.ISCO = append(c.ISCO, Target{x.id, inheritW * x.raw / r[0].raw})
		}
	}
}

// genderVariants splits "Menuisier / Menuisière d'atelier" into the
// masculine form completed with the shared tail ("Menuisier d'atelier")
// and the feminine form, so both meet a title written either way. A
// shorter right side takes the left's words before the word it replaces:
// the word it is a form of ("Médecin Anesthésiste Réanimateur /
// Réanimatrice (MAR)"), else the last ("cnc setter/operator" is also a
// "cnc operator"; alone, "operator" would be a label that every bare
// "Operator" title meets exactly).
func genderVariants(label string) []string {
	label = strings.TrimSpace(label)
	i := strings.Index(label, "/")
	if i < 0 {
		return []string{label}
	}
	left, right := strings.TrimSpace(label[:i]), strings.TrimSpace(label[i+1:])
	if left == "" || right == "" || strings.Contains(right, "/") {
		return []string{label}
	}
	lw, rw := strings.Fields(left), strings.Fields(right)
	switch {
	case len(rw) > len(lw):
		left = left + " " + strings.Join(rw[len(lw):], " ")
	case len(rw) < len(lw):
		// The right side replaces the left's word it is a form of
		// ("Réanimateur / Réanimatrice"), else the left's last word.
		k := len(lw) - 1
		for i, w := range lw {
			if sameOpening(w, rw[0]) {
				k = i
				break
			}
		}
		if k > 0 {
			right = strings.Join(lw[:k], " ") + " " + right
		}
	}
	return []string{left, right}
}

// sameOpening reports whether two words share their first four letters,
// as a masculine and a feminine form do ("conducteur", "conductrice").
func sameOpening(a, b string) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	if len(ra) < 4 || len(rb) < 4 {
		return false
	}
	return string(ra[:4]) == string(rb[:4])
}

func exactKey(l corpus.Lang, terms []string) string {
	return string(l) + "|" + strings.Join(terms, " ")
}

// withoutGloss returns s without its parenthesised parts, or "" when s
// has none or nothing else.
func withoutGloss(s string) string {
	bare := strings.Join(strings.Fields(parenRe.ReplaceAllString(s, " ")), " ")
	if bare == strings.Join(strings.Fields(s), " ") {
		return ""
	}
	return bare
}

func addTarget(ts []Target, id int32, w float32) []Target {
	for i := range ts {
		if ts[i].ID == id {
			if w > ts[i].W {
				ts[i].W = w
			}
			return ts
		}
	}
	return append(ts, Target{id, w})
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func dedupSorted(s []string) []string {
	out := s[:0]
	for i, v := range s {
		if i == 0 || v != s[i-1] {
			out = append(out, v)
		}
	}
	return out
}

func uniq(s []string) []string {
	seen := make(map[string]bool, len(s))
	out := s[:0:0]
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// lendArabicISCO gives each ISCO unit group without an Arabic title the
// Arabic label of one of its occupations, rather than invent one: the
// occupation whose English label shares the most words with the group's
// English title ("Shop sales assistants" → sales assistant, "Waiters" →
// waiter/waitress), then the fewest other words, then the first in
// ESCO's own order. The first in ESCO's order alone lent "car leasing
// agent" to 5223 and "aircraft fuel system operator" to 8332 (heavy
// truck drivers): ESCO numbers a group's occupations alphabetically.
func lendArabicISCO(t *Tables, tax *taxonomy.Taxonomy, as *corpus.Analyzers) {
	en := as.For(corpus.English)
	type lender struct {
		shared, extra int
		code          string
	}
	better := func(a, b lender) bool {
		if a.shared != b.shared {
			return a.shared > b.shared
		}
		if a.extra != b.extra {
			return a.extra < b.extra
		}
		return escoCodeLess(a.code, b.code)
	}
	title := make(map[int32]map[string]bool) // ISCO group → terms of its English title
	best := make(map[int32]lender)
	for _, c := range t.Concepts {
		if c.Scheme != ESCO || len(c.ISCO) == 0 || c.Label[corpus.Arabic] == "" {
			continue
		}
		gid := c.ISCO[0].ID
		if _, lent := best[gid]; !lent && t.ISCO[gid].Label[corpus.Arabic] != "" {
			continue // an official Arabic title: keep it
		}
		words, ok := title[gid]
		if !ok {
			words = make(map[string]bool)
			for _, w := range en.Terms(t.ISCO[gid].Label[corpus.English]) {
				words[w] = true
			}
			title[gid] = words
		}
		cand := lender{code: tax.Occupations[c.Code].Code}
		for _, w := range uniq(en.Terms(c.Label[corpus.English])) {
			if words[w] {
				cand.shared++
			} else {
				cand.extra++
			}
		}
		if prev, lent := best[gid]; lent && !better(cand, prev) {
			continue
		}
		best[gid] = cand
		t.ISCO[gid].Label[corpus.Arabic] = c.Label[corpus.Arabic]
	}
}

// escoCodeLess orders ESCO occupation codes as ESCO numbers them: by group,
// then by each dotted number ("2142.2" < "2142.10"); codes with fewer parts
// come first.
func escoCodeLess(a, b string) bool {
	pa, pb := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] == pb[i] {
			continue
		}
		na, ea := strconv.Atoi(pa[i])
		nb, eb := strconv.Atoi(pb[i])
		if ea == nil && eb == nil {
			return na < nb
		}
		return pa[i] < pb[i]
	}
	return len(pa) < len(pb)
}

// officialLabels counts the taxonomy's own labels of each of n concepts.
// Marsad's synonyms do not count: each fixes how a title is written and
// says nothing of how common the occupation is, and counting them made
// every synonym move the concept's other answers too.
func officialLabels(labels []Label, n int) []int {
	count := make([]int, n)
	for _, lb := range labels {
		if lb.Kind != KindSynonym {
			count[lb.Targets[0].ID]++
		}
	}
	return count
}
