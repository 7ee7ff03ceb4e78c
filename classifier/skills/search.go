package skills

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"marsad/corpus"
)

// Scored is a ranked concept in a skill search answer.
type Scored struct {
	Code   string   `json:"code"`
	Label  string   `json:"label"`
	Score  float64  `json:"score"`
	Skills []string `json:"skills,omitempty"` // codes of the query skills it needs
}

// SearchResult answers "which occupations need these skills?".
type SearchResult struct {
	Query  string   `json:"query"`
	Lang   string   `json:"lang,omitempty"` // the language the query was read in
	Skills []Match  `json:"skills"`
	ROME   []Scored `json:"rome"`
	ISCO   []Scored `json:"isco"`
	ESCO   []Scored `json:"esco"`
}

// Relation weights of an occupation's link to a skill.
const (
	essentialWeight = 1.0
	optionalWeight  = 0.5
	// partialWeight scales skills found by label prefix instead of by a
	// full label: "soudure" → "techniques de soudure", "inspecter des
	// soudures", … each says less than an exact hit.
	partialWeight = 0.8
	partialSkills = 20
	// tradeWeight is what a trade's own occupations get from the query
	// part naming the trade: as much as an essential, specific skill.
	tradeWeight = 1.0
	// otherFicheW scales, for a query part that names a trade, the ROME
	// fiches not crosswalked to the trade's own occupations (and, when
	// every part names a trade, their share of the occupations' texts):
	// the crosswalk files the welder under the Soudeur fiches by
	// broadMatch (0.6), while the welding coordinator, whose essential
	// skill is welding and whose text says "soudage", is an exactMatch of
	// the methods technician, who came first.
	otherFicheW = 0.8
	// romeISCOW scales what a ROME fiche's score says of the ISCO groups
	// its crosswalk reaches (the classifier's linkW).
	romeISCOW = 0.9
)

// group is one skill named by the query, with the skills that may stand
// for it (a full-label hit in both schemes, or several partial hits).
type group struct {
	members []member
	partial bool    // found by label prefix, not by a full label
	occs    []int32 // occupations of a trade the query part names (trades.go)
}

type member struct {
	skill int32
	w     float64
}

// HasWord reports whether query holds a letter or a digit: commas and
// spaces alone name no skill, and the faces refuse such a query as they
// refuse an empty one.
func HasWord(query string) bool {
	return strings.ContainsFunc(query, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) })
}

// Search resolves a free-text query (one or several skills, any language;
// lang may be Undetermined) to skills and ranks occupations by them:
// essential links count more than optional ones, specific skills more
// than skills every occupation lists, and occupations covering more of
// the query's skills rank higher. Scores are in [0, 1].
func (d *Dictionary) Search(query string, lang corpus.Lang, top int) SearchResult {
	res := SearchResult{Query: query, Skills: []Match{}, ROME: []Scored{}, ISCO: []Scored{}, ESCO: []Scored{}}
	if d == nil || d.t == nil || strings.TrimSpace(query) == "" || top <= 0 {
		return res
	}
	groups, ms, qlang := d.resolveQuery(query, lang)
	if ms != nil { // an empty list, not null, in JSON
		res.Skills = ms
	}
	res.Lang = string(qlang)
	text := d.partMatches(query, qlang)
	if len(groups) == 0 && len(text) == 0 {
		return res
	}
	d.rankOccupations(&res, groups, text, d.textWeight(groups), qlang, top)
	return res
}

// partMatches scores occupations by their own texts for each
// comma-separated part of the query and averages the parts: a part names
// one skill, and an occupation whose text holds every part is the answer.
// Read as one text, "machine learning, python" put the CNC machine
// operator first, whose text says "machine" more than any other.
func (d *Dictionary) partMatches(query string, lang corpus.Lang) map[int32]float64 {
	var parts []string
	queryParts(query, func(part string, _ int) {
		if HasWord(part) {
			parts = append(parts, part)
		}
	})
	if len(parts) <= 1 {
		return d.occupationMatches(query, lang)
	}
	sum := make(map[int32]float64)
	for _, p := range parts {
		for o, v := range d.occupationMatches(p, lang) {
			sum[o] += v / float64(len(parts))
		}
	}
	return sum
}

// textWeight is the share of the occupations' own texts in a search
// answer: small when the query names specific skills by their full
// labels, larger when the skills are generic ("accounting" is optional
// for hundreds of occupations, so its links hardly rank them) or only
// label prefixes matched, everything when no skill label matches at all
// (most Arabic trade words).
func (d *Dictionary) textWeight(groups []group) float64 {
	if len(groups) == 0 {
		return 1
	}
	w := 0.0
	for _, g := range groups {
		if len(g.occs) > 0 { // a trade names its occupations outright
			w += 0.25
			continue
		}
		if g.partial {
			w += 0.5
			continue
		}
		spec := 0.0
		for _, m := range g.members {
			spec = max(spec, d.skillSpecificity(m.skill))
		}
		w += 0.25 + 0.5*(1-spec)/0.7
	}
	return w / float64(len(groups))
}

// skillSpecificity is specificity for a skill of either scheme.
func (d *Dictionary) skillSpecificity(id int32) float64 {
	if d.t.Skills[id].Scheme == SchemeROME {
		return specificity(len(d.t.SkillFiches[id]), len(d.t.Fiches))
	}
	return specificity(len(d.t.SkillOccs[id]), len(d.t.Occs))
}

// queryLangs are the languages to read a query in.
func queryLangs(query string, lang corpus.Lang) []corpus.Lang {
	if rootOf(lang) != 0 {
		return []corpus.Lang{lang}
	}
	for _, r := range query {
		if unicode.Is(unicode.Arabic, r) {
			return []corpus.Lang{corpus.Arabic}
		}
	}
	return []corpus.Lang{corpus.French, corpus.English}
}

// resolveQuery reads the query in each candidate language and keeps the
// reading that explains most of it; the parts no label covers fall back
// to label prefixes. Full labels of the other readings that name the
// same words join the kept one: ROME writes "Machine Learning" as its
// French label, and an English reading meets ESCO's "machine learning",
// which one occupation lists, but not the ROME skill five fiches do.
func (d *Dictionary) resolveQuery(query string, lang corpus.Lang) ([]group, []Match, corpus.Lang) {
	type reading struct {
		lang   corpus.Lang
		labels []Match // full-label matches
	}
	var readings []reading
	best := -1
	var bestGs []group
	var bestMs []Match
	bestScore := -1.0
	for _, l := range queryLangs(query, lang) {
		ms := longestOnly(d.extract(query, nil, l, "query", modeQuery))
		gs, pms := d.readQuery(query, l, ms)
		// Coverage first, by every match of the reading, label
		// prefixes and trades too ("lecture de plans" begins ROME's
		// "Lecture de plans et de schémas", where English has only
		// "perform lectures" and "plan"); then how many query parts the
		// reading makes skills of (a label prefix or trade is one,
		// however many suggestions it brings: "react" has 20 English
		// "react to …" and one ROME "React.js").
		score := coverage(pms, len(query)) + 0.1*float64(len(gs))
		readings = append(readings, reading{l, ms})
		if score > bestScore {
			best, bestGs, bestMs, bestScore = len(readings)-1, gs, pms, score
		}
	}
	if best < 0 {
		return nil, nil, lang
	}
	kept := readings[best]
	ms := kept.labels
	for i, r := range readings {
		if i != best {
			ms = append(ms, sameWords(kept.labels, r.labels)...)
		}
	}
	if len(ms) > len(kept.labels) {
		bestGs, bestMs = d.readQuery(query, kept.lang, ms)
	}
	return bestGs, bestMs, kept.lang
}

// readQuery turns the full-label matches of one reading into groups,
// adding the trades and label prefixes of the parts they leave; it
// returns the groups and every match, the labels first.
func (d *Dictionary) readQuery(query string, l corpus.Lang, ms []Match) ([]group, []Match) {
	gs, covered := d.groupMatches(ms)
	gs, covered, tms := d.tradeGroups(gs, covered, query, l)
	gs, pms := d.partialGroups(gs, query, l, covered)
	out := append(slices.Clip(ms), tms...)
	return gs, append(out, pms...)
}

// longestOnly drops matches whose words lie inside a longer match: a
// query names its skills on purpose, and the "machine" of "machine
// learning" (a ROME label) is not the ESCO skill "machines". Within one
// scheme the extractor keeps the longest already; this applies it
// across the two.
func longestOnly(ms []Match) []Match {
	out := ms[:0:0]
	for _, m := range ms {
		inside := false
		for _, n := range ms {
			if n.Start <= m.Start && m.End <= n.End && n.End-n.Start > m.End-m.Start {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}

// coverage is how much of the query the matches explain: each byte once,
// at the best score among the matches covering it. Summing the matches
// instead would let two readings of the same words (an ESCO and a ROME
// label) outweigh one better reading.
func coverage(ms []Match, n int) float64 {
	best := make([]float64, n)
	for _, m := range ms {
		for b := max(0, m.Start); b < min(n, m.End); b++ {
			best[b] = max(best[b], m.Score)
		}
	}
	total := 0.0
	for _, v := range best {
		total += v
	}
	return total
}

// sameWords returns the matches of other that cover exactly the words of
// a match of kept, in a scheme kept has no match for on those words.
func sameWords(kept, other []Match) []Match {
	var out []Match
	for _, m := range other {
		same, scheme := false, false
		for _, k := range kept {
			if k.Start == m.Start && k.End == m.End {
				same = true
				scheme = scheme || k.Scheme == m.Scheme
			}
		}
		if same && !scheme {
			out = append(out, m)
		}
	}
	return out
}

// groupMatches makes one group per query span: matches that overlap
// (the ESCO and the ROME reading of "comptabilité générale") stand for
// the same skill.
func (d *Dictionary) groupMatches(ms []Match) ([]group, [][2]int) {
	var gs []group
	var spans [][2]int
	for _, m := range ms {
		id, ok := d.t.SkillIndex[m.Code]
		if !ok {
			continue
		}
		g := -1
		for i, sp := range spans {
			if m.Start < sp[1] && sp[0] < m.End {
				g = i
				break
			}
		}
		if g < 0 {
			gs = append(gs, group{})
			spans = append(spans, [2]int{m.Start, m.End})
			g = len(gs) - 1
		}
		// A skill no occupation lists still covers its words, so that no
		// label prefix stands for them, but it cannot rank anything: the
		// group is left to the occupations' texts (textWeight).
		if d.linked(id) {
			gs[g].members = append(gs[g].members, member{skill: id, w: m.Score})
		}
	}
	return gs, spans
}

// linked reports whether some occupation or fiche lists skill id.
func (d *Dictionary) linked(id int32) bool {
	return len(d.t.SkillOccs[id]) > 0 || len(d.t.SkillFiches[id]) > 0
}

// partialGroups turns each comma-separated part of the query that no
// label covered into a group of the skills whose labels start with it,
// or have a word that does.
func (d *Dictionary) partialGroups(gs []group, query string, lang corpus.Lang, covered [][2]int) ([]group, []Match) {
	var ms []Match
	queryParts(query, func(part string, i int) {
		p := strings.TrimSpace(part)
		if p == "" || overlaps([][2]int{{i, i + len(part)}}, covered) {
			return
		}
		direct := d.complete(p, lang, partialSkills, true)
		// A label holding the part as a whole word ("react" in
		// "React.js") says more than the start of a longer word
		// ("Réaction chimique"): when there is one, the others go.
		if slices.ContainsFunc(direct, wholeWord) {
			direct = slices.DeleteFunc(direct, func(s suggestion) bool { return !wholeWord(s) })
		}
		sugg := uniqueSuggestions(interleave(direct, d.complete(stemPrefix(p), lang, partialSkills, true)), partialSkills)
		if len(sugg) == 0 {
			return
		}
		g := group{partial: true}
		for k, s := range sugg {
			w := partialWeight * (1 - 0.03*float64(k))
			g.members = append(g.members, member{skill: s.id, w: w})
			sk := &d.t.Skills[s.id]
			off := strings.Index(query[i:], p) + i
			ms = append(ms, Match{Scheme: sk.Scheme, Code: sk.Code, Label: sk.label(lang),
				Score: w, Field: "query", Start: off, End: off + len(p)})
		}
		gs = append(gs, g)
	})
	return gs, ms
}

// wholeWord reports whether a search suggestion holds the prefix as a
// whole word (complete, inner: rank[0] is 0).
func wholeWord(s suggestion) bool { return s.rank[0] == 0 }

// queryParts calls fn with each comma-separated part of the query and
// its byte offset.
func queryParts(query string, fn func(part string, at int)) {
	start := 0
	for _, part := range strings.FieldsFunc(query, func(r rune) bool { return strings.ContainsRune(",;/+|\n،", r) }) {
		i := strings.Index(query[start:], part) + start
		start = i + len(part)
		fn(part, i)
	}
}

// tradeGroups gives every query part that names a trade (trades.go) its
// occupations: on the group of the skill label that covers the part if
// there is one, else on a group of its own with the trade's skills.
// Parts it takes are added to covered, so no label prefix stands for
// them.
func (d *Dictionary) tradeGroups(gs []group, covered [][2]int, query string, lang corpus.Lang) ([]group, [][2]int, []Match) {
	var ms []Match
	queryParts(query, func(part string, at int) {
		tr := tradeOf(part)
		if tr < 0 {
			return
		}
		var occs []int32
		for _, uri := range trades[tr].occs {
			if o, ok := d.t.OccIndex[uri]; ok {
				occs = append(occs, o)
			}
		}
		if len(occs) == 0 {
			return
		}
		span := [2]int{at, at + len(part)}
		for i, c := range covered {
			if i < len(gs) && overlaps([][2]int{span}, [][2]int{c}) {
				gs[i].occs = append(gs[i].occs, occs...)
				return
			}
		}
		g := group{occs: occs}
		p := strings.TrimSpace(part)
		off := strings.Index(query[at:], p) + at
		for _, uri := range trades[tr].skills {
			if id, ok := d.t.SkillIndex[uri]; ok {
				g.members = append(g.members, member{skill: id, w: 1})
				sk := &d.t.Skills[id]
				ms = append(ms, Match{Scheme: sk.Scheme, Code: sk.Code, Label: sk.label(lang),
					Score: 1, Field: "query", Start: off, End: off + len(p)})
			}
		}
		gs = append(gs, g)
		covered = append(covered, span)
	})
	return gs, covered, ms
}

// stemPrefix shortens a single long word to its first runes, a crude
// stem that lets "soudure" reach "soudage" and "souder" (ESCO's French
// says "soudage" where ROME and postings say "soudure").
func stemPrefix(p string) string {
	r := []rune(strings.TrimSpace(p))
	if len(r) < 6 || strings.ContainsRune(string(r), ' ') {
		return ""
	}
	n := max(4, len(r)-3)
	return string(r[:n])
}

func interleave(a, b []suggestion) []suggestion {
	out := make([]suggestion, 0, len(a)+len(b))
	for i := 0; i < len(a) || i < len(b); i++ {
		if i < len(a) {
			out = append(out, a[i])
		}
		if i < len(b) {
			out = append(out, b[i])
		}
	}
	return out
}

func uniqueSuggestions(ss []suggestion, n int) []suggestion {
	seen := make(map[int32]bool, len(ss))
	out := ss[:0]
	for _, s := range ss {
		if !seen[s.id] && len(out) < n {
			seen[s.id] = true
			out = append(out, s)
		}
	}
	return out
}

// specificity is an IDF in [0.3, 1]: a skill linked to three occupations
// says more than one linked to three hundred.
func specificity(links, total int) float64 {
	if total <= 1 || links <= 0 {
		return 1
	}
	idf := math.Log(1+float64(total)/float64(links)) / math.Log(1+float64(total))
	return 0.3 + 0.7*idf
}

// contrib is what one query group gives an occupation: its strongest
// skill, plus a little for the others (an occupation needing several of
// the skills that "soudure" stands for is surer than one needing one).
type contrib struct {
	score float64
	best  float64 // the strongest skill's share
	rest  float64 // noisy-or of the others
	skill int32
}

// rankOccupations scores ESCO occupations, ROME fiches and ISCO groups.
// Occupations' own texts (text, weight tw) are blended in: see textWeight.
func (d *Dictionary) rankOccupations(res *SearchResult, groups []group, text map[int32]float64, tw float64, lang corpus.Lang, top int) {
	t := d.t
	occTotal := make(map[int32]float64)
	occSkills := make(map[int32][]int32)
	ficheTotal := make(map[int32]float64)
	ficheSkills := make(map[int32][]int32)
	ficheText := make(map[int32]float64)
	for o, v := range text {
		for _, f := range t.OccFiches[o] {
			ficheText[f.To] = max(ficheText[f.To], v*float64(f.W))
		}
	}
	// allTrades: every query part names a trade, so the occupations' texts
	// are read for those trades too (otherFicheW).
	allTrades := len(groups) > 0
	namesTrade := slices.ContainsFunc(groups, func(g group) bool { return len(g.occs) > 0 })
	tradeFiches := make(map[int32]bool)
	for _, g := range groups {
		occ := make(map[int32]contrib)
		fic := make(map[int32]contrib)
		up := func(m map[int32]contrib, k int32, v float64, s int32) {
			c := m[k]
			if v > c.best {
				prev := c.skill
				v, c.best, c.skill = c.best, v, s
				if s < 0 && v > 0 { // a trade's occupation keeps the skill it had
					c.skill = prev
				}
			}
			c.rest = 1 - (1-c.rest)*(1-v)
			c.score = min(1, c.best+0.15*c.rest)
			m[k] = c
		}
		for _, mb := range g.members {
			s := &t.Skills[mb.skill]
			switch s.Scheme {
			case SchemeESCO:
				spec := specificity(len(t.SkillOccs[mb.skill]), len(t.Occs))
				for _, l := range t.SkillOccs[mb.skill] {
					rel := optionalWeight
					if l.Essential {
						rel = essentialWeight
					}
					// Occupations that list fewer skills are more about each.
					focus := 1 - 0.15*math.Log10(1+float64(t.Occs[l.Occ].NSkills))/2.5
					up(occ, l.Occ, mb.w*rel*spec*focus, mb.skill)
				}
			case SchemeROME:
				spec := specificity(len(t.SkillFiches[mb.skill]), len(t.Fiches))
				for _, f := range t.SkillFiches[mb.skill] {
					v := mb.w * spec
					up(fic, f, v, mb.skill)
					for _, o := range t.FicheOccs[f] {
						up(occ, o.To, 0.8*v*float64(o.W), mb.skill)
					}
				}
			}
		}
		for _, o := range g.occs {
			up(occ, o, tradeWeight, -1)
		}
		// In occupation order: up keeps the skill of the first of equal
		// contributions, and map order would change it from run to run.
		for _, o := range slices.Sorted(maps.Keys(occ)) {
			c := occ[o]
			for _, f := range t.OccFiches[o] {
				up(fic, f.To, c.score*float64(f.W), c.skill)
			}
		}
		var mine []int32 // fiches crosswalked to this trade's occupations
		for _, o := range g.occs {
			for _, f := range t.OccFiches[o] {
				mine = append(mine, f.To)
				tradeFiches[f.To] = true
			}
		}
		allTrades = allTrades && len(g.occs) > 0
		for o, c := range occ {
			occTotal[o] += c.score
			if c.skill >= 0 {
				occSkills[o] = append(occSkills[o], c.skill)
			}
		}
		for f, c := range fic {
			if len(g.occs) > 0 && !slices.Contains(mine, f) {
				c.score *= otherFicheW
			}
			ficheTotal[f] += c.score
			if c.skill >= 0 {
				ficheSkills[f] = append(ficheSkills[f], c.skill)
			}
		}
	}
	n := float64(max(1, len(groups)))
	for o, v := range occTotal {
		occTotal[o] = (1 - tw) * v / n
	}
	for o, v := range text {
		occTotal[o] += tw * v
	}
	for f, v := range ficheTotal {
		ficheTotal[f] = (1 - tw) * v / n
	}
	for f, v := range ficheText {
		if allTrades && !tradeFiches[f] {
			v *= otherFicheW
		}
		ficheTotal[f] += tw * v
	}
	codes := func(ids []int32) []string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			out = append(out, t.Skills[id].Code)
		}
		return out
	}
	// ESCO occupations.
	var esco []Scored
	isco := make(map[string][]float64)
	iscoSkills := make(map[string]map[string]bool)
	for o, v := range occTotal {
		oc := &t.Occs[o]
		sc := Scored{Code: oc.URI, Label: oc.Label.in(lang), Score: v, Skills: codes(occSkills[o])}
		esco = append(esco, sc)
		if oc.ISCO != "" {
			isco[oc.ISCO] = append(isco[oc.ISCO], sc.Score)
			if iscoSkills[oc.ISCO] == nil {
				iscoSkills[oc.ISCO] = make(map[string]bool)
			}
			for _, c := range sc.Skills {
				iscoSkills[oc.ISCO][c] = true
			}
		}
	}
	res.ESCO = topScored(esco, top)
	// ISCO groups: the best occupation, plus a little for the next ones
	// (a group where several occupations need the skill is a safer bet);
	// or, if higher, romeISCOW of the best ROME fiche whose crosswalk
	// reaches the group. ESCO links Python as essential to the computer
	// vision engineer and the CAD operator (3118) but as optional to the
	// software developer, while ROME lists it for M1805 first. Not for a
	// query naming a trade, whose own occupations it names outright
	// ("plomberie" is the plumber's, 7126, not the plumbing supervisor's
	// that a site-management fiche reaches).
	fromROME := make(map[string]float64)
	if !namesTrade {
		for f, v := range ficheTotal {
			for _, o := range t.FicheOccs[f] {
				if g := t.Occs[o.To].ISCO; g != "" {
					fromROME[g] = max(fromROME[g], romeISCOW*min(1, v)*float64(o.W))
				}
			}
		}
	}
	var groupsOut []Scored
	for code, vs := range isco {
		sort.Sort(sort.Reverse(sort.Float64Slice(vs)))
		rest := 0.0
		for i := 1; i < len(vs) && i < 4; i++ {
			rest += vs[i] / 3
		}
		groupsOut = append(groupsOut, Scored{Code: code, Label: labelIn(t.ISCO[code], lang),
			Score: max(0.85*vs[0]+0.15*rest, fromROME[code]), Skills: slices.Sorted(maps.Keys(iscoSkills[code]))})
	}
	res.ISCO = topScored(groupsOut, top)
	// ROME fiches.
	var rome []Scored
	for f, v := range ficheTotal {
		fi := &t.Fiches[f]
		rome = append(rome, Scored{Code: fi.Code, Label: fi.Label, Score: min(1, v), Skills: dedupe(codes(ficheSkills[f]))})
	}
	res.ROME = topScored(rome, top)
}

func labelIn(m map[corpus.Lang]string, lang corpus.Lang) string {
	for _, l := range []corpus.Lang{lang, corpus.English, corpus.French, corpus.Arabic} {
		if v := m[l]; v != "" {
			return v
		}
	}
	return ""
}

func dedupe(ss []string) []string {
	sort.Strings(ss)
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// topScored sorts by score, then code, and keeps the first n.
func topScored(xs []Scored, n int) []Scored {
	sort.Slice(xs, func(i, j int) bool {
		if xs[i].Score != xs[j].Score {
			return xs[i].Score > xs[j].Score
		}
		return xs[i].Code < xs[j].Code
	})
	if len(xs) > n {
		xs = xs[:n]
	}
	if xs == nil {
		xs = []Scored{}
	}
	return xs
}
