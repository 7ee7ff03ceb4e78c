package classifier

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"marsad/corpus/posting"
)

// Gold is one line of a gold file (see ../shared/eval/README.md).
type Gold struct {
	ID          string   `json:"id"`
	Lang        string   `json:"lang"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	Text        string   `json:"text"`
	Sector      string   `json:"sector"`
	Function    string   `json:"function"`
	ROME        string   `json:"rome"`
	ROMEAlt     string   `json:"rome_alt"`
	ISCO        string   `json:"isco"`
	ISCOAlt     string   `json:"isco_alt"`
	ISCOAny     []string `json:"isco_any"`
	ESCO        string   `json:"esco"`
	ESCOAny     []string `json:"esco_any"`

	// Line is where the posting was read, from 1 (0 when not from a file):
	// issues found later, against the taxonomy, name it.
	Line int `json:"-"`
}

func (g *Gold) romes() []string { return nonEmpty(g.ROME, g.ROMEAlt) }
func (g *Gold) iscos() []string {
	return nonEmpty(append([]string{g.ISCO, g.ISCOAlt}, g.ISCOAny...)...)
}
func (g *Gold) escos() []string { return nonEmpty(append([]string{g.ESCO}, g.ESCOAny...)...) }

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// GoldIssue is a gold line, or one value of it, that cannot be scored.
// A skipped line counts in no metric. A value left out counts in none of
// the metrics of its scheme (or, for lang, in language identification);
// the line's other gold values still count.
type GoldIssue struct {
	Line    int             `json:"line"`
	ID      string          `json:"id,omitempty"`
	Field   string          `json:"field,omitempty"` // empty when the line as a whole is wrong
	Value   json.RawMessage `json:"value,omitempty"` // as found in the line
	Problem string          `json:"problem"`         // what is wrong, or what was expected
	Skipped bool            `json:"skipped"`         // the whole line was left out
}

// Effect says what the issue leaves out of the metrics.
func (e GoldIssue) Effect() string {
	switch {
	case e.Skipped:
		return "line skipped"
	case e.Field == "lang":
		return "left out of language identification; classified without a declared language"
	case strings.HasPrefix(e.Field, "rome"):
		return "left out of the ROME metrics"
	case strings.HasPrefix(e.Field, "isco"):
		return "left out of the ISCO metrics"
	case strings.HasPrefix(e.Field, "esco"):
		return "left out of the ESCO metrics"
	}
	return "left out"
}

func (e GoldIssue) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "line %d: ", e.Line)
	if e.Field != "" {
		b.WriteString(e.Field)
		if len(e.Value) > 0 {
			fmt.Fprintf(&b, " %s", e.Value)
		}
		b.WriteString(": ")
	}
	fmt.Fprintf(&b, "%s; %s", e.Problem, e.Effect())
	return b.String()
}

// ReadGold reads a gold JSON Lines file and fails on its first bad line
// (see ReadGoldLines). A file without any gold label (rome, isco or
// esco) is an error: it cannot measure anything.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	golds, issues, err := ReadGoldLines(r, name)
	if len(issues) > 0 {
		return nil, fmt.Errorf("%s %w", name, issues[0])
	}
	if err != nil {
		return nil, err
	}
	return golds, nil
}

// ErrNoGold is returned (wrapped) by ReadGoldLines for a file whose
// lines carry no gold label at all.
var ErrNoGold = errors.New("no gold labels")

// ReadGoldLines reads a gold JSON Lines file, skipping the lines it
// cannot use, each reported in issues: not a JSON object, a field of the
// wrong type, nothing to classify (no title, description or text), or an
// id that an earlier line has. Blank lines are ignored. The gold values
// themselves are checked by Evaluate, against the taxonomy.
//
// err is a read failure, or ErrNoGold when no line kept has a gold label;
// issues are valid with it, so that a caller can say why.
func ReadGoldLines(r io.Reader, name string) (golds []Gold, issues []GoldIssue, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	labelled := 0
	seen := make(map[string]int) // id → line
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var g Gold
		if err := json.Unmarshal(b, &g); err != nil {
			issues = append(issues, lineIssue(line, b, err))
			continue
		}
		g.Line = line
		if g.Title == "" && g.Description == "" {
			g.Title = g.Text
		}
		if strings.TrimSpace(g.Title) == "" && strings.TrimSpace(g.Description) == "" {
			issues = append(issues, GoldIssue{Line: line, ID: g.ID, Problem: "no title, description or text: nothing to classify", Skipped: true})
			continue
		}
		if g.ID != "" {
			if first, ok := seen[g.ID]; ok {
				issues = append(issues, GoldIssue{Line: line, ID: g.ID, Field: "id", Value: jsonText(g.ID),
					Problem: fmt.Sprintf("repeats the id of line %d (a posting must count once)", first), Skipped: true})
				continue
			}
			seen[g.ID] = line
		}
		if len(g.romes())+len(g.iscos())+len(g.escos()) > 0 {
			labelled++
		}
		golds = append(golds, g)
	}
	if err := sc.Err(); err != nil {
		return nil, issues, fmt.Errorf("%s: %w", name, err)
	}
	if labelled == 0 {
		return nil, issues, fmt.Errorf("%s: %w (rome, rome_alt, isco, isco_alt, isco_any, esco, esco_any) in %d usable lines: nothing to measure", name, ErrNoGold, len(golds))
	}
	return golds, issues, nil
}

// lineIssue turns a decoding error into a skipped line that names the
// field and what it should have been, not the Go type it did not fit.
func lineIssue(line int, b []byte, err error) GoldIssue {
	is := GoldIssue{Line: line, Skipped: true}
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		is.Problem = "bad JSON: " + strings.TrimPrefix(err.Error(), "json: ")
		return is
	}
	if te.Field == "" {
		is.Problem = fmt.Sprintf("the line is a JSON %s, not an object", te.Value)
		return is
	}
	is.Field = te.Field
	var obj map[string]json.RawMessage
	if json.Unmarshal(b, &obj) == nil {
		for k, v := range obj {
			if strings.EqualFold(k, te.Field) {
				is.Value = rawValue(v)
			}
		}
		var id string
		if json.Unmarshal(obj["id"], &id) == nil {
			is.ID = id
		}
	}
	want, got := "a string", "a JSON "+te.Value
	if te.Field == "isco_any" || te.Field == "esco_any" {
		want = "a list of strings"
		if te.Type.Kind() == reflect.String {
			got = "a list holding a JSON " + te.Value
		}
	}
	is.Problem = fmt.Sprintf("want %s, got %s", want, got)
	return is
}

func jsonText(s string) json.RawMessage {
	b, _ := json.Marshal(s) // a string always marshals
	return b
}

// rawValue is a value of a line for a report: itself when short, else the
// start of its text, as a string.
func rawValue(v json.RawMessage) json.RawMessage {
	const max = 60
	var b bytes.Buffer
	if json.Compact(&b, v) != nil {
		return jsonText(clip(string(v), max)) // not from a decoded line
	}
	if b.Len() <= max {
		return b.Bytes()
	}
	return jsonText(clip(b.String(), max))
}

// clip shortens s to at most n bytes, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// checkGold returns golds with the values the taxonomy cannot score left
// out, and one issue per value left out. Harmless differences are
// normalised without an issue: spaces around a value, the case of a ROME
// code (f1603 is F1603), of a language or of an ESCO URI.
func (c *Classifier) checkGold(golds []Gold) ([]Gold, []GoldIssue) {
	out := make([]Gold, len(golds))
	var issues []GoldIssue
	for i, g := range golds {
		report := func(field, value, problem string) {
			issues = append(issues, GoldIssue{Line: g.Line, ID: g.ID, Field: field, Value: jsonText(value), Problem: problem})
		}
		keep := func(field, value string, norm func(string) (string, string)) string {
			v := strings.TrimSpace(value)
			if v == "" {
				return ""
			}
			v, problem := norm(v)
			if problem != "" {
				report(field, value, problem)
				return ""
			}
			return v
		}
		keepAll := func(field string, values []string, norm func(string) (string, string)) []string {
			var kept []string
			for j, v := range values {
				if v = keep(fmt.Sprintf("%s[%d]", field, j), v, norm); v != "" {
					kept = append(kept, v)
				}
			}
			return kept
		}
		g.Lang = keep("lang", g.Lang, goldLang)
		g.ROME = keep("rome", g.ROME, c.goldROME)
		g.ROMEAlt = keep("rome_alt", g.ROMEAlt, c.goldROME)
		g.ISCO = keep("isco", g.ISCO, c.goldISCO)
		g.ISCOAlt = keep("isco_alt", g.ISCOAlt, c.goldISCO)
		g.ISCOAny = keepAll("isco_any", g.ISCOAny, c.goldISCO)
		g.ESCO = keep("esco", g.ESCO, c.goldESCO)
		g.ESCOAny = keepAll("esco_any", g.ESCOAny, c.goldESCO)
		out[i] = g
	}
	return out, issues
}

// The gold normalisers return the value as the classifier answers it, or
// what is wrong with it.

func goldLang(v string) (string, string) {
	switch l := strings.ToLower(v); l {
	case "fr", "ar", "en":
		return l, ""
	case "und":
		return "", "" // declared unknown: as if absent
	}
	return "", "not a gold language: want fr, ar or en"
}

func (c *Classifier) goldROME(v string) (string, string) {
	v = strings.ToUpper(v)
	if !isROMECode(v) {
		return "", "not a ROME 4.0 fiche code: want a letter and 4 digits (M1805)"
	}
	if id := c.conceptID(v); id < 0 || c.t.Concepts[id].Scheme != ROME {
		return "", "no such ROME 4.0 fiche in the model"
	}
	return v, ""
}

func (c *Classifier) goldISCO(v string) (string, string) {
	if len(v) != 4 || strings.Trim(v, "0123456789") != "" {
		return "", "not an ISCO-08 unit group: want 4 digits (2512)"
	}
	if _, ok := c.iscoByCode[v]; !ok {
		return "", "no such ISCO-08 unit group in the model"
	}
	return v, ""
}

func (c *Classifier) goldESCO(v string) (string, string) {
	for _, code := range []string{v, strings.ToLower(v)} {
		if id := c.conceptID(code); id >= 0 && c.t.Concepts[id].Scheme == ESCO {
			return code, ""
		}
	}
	return "", "no such ESCO occupation in the model: want its URI (http://data.europa.eu/esco/occupation/<UUID>)"
}

func isROMECode(s string) bool {
	if len(s) != 5 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	return strings.Trim(s[1:], "0123456789") == ""
}

// Metric is a share of postings answered right, over those with gold.
type Metric struct {
	Right int     `json:"right"`
	Total int     `json:"total"`
	Acc   float64 `json:"accuracy"`
}

// MarshalJSON writes the accuracy of a metric without postings as null:
// 0 would read as every answer wrong.
func (m Metric) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Right int      `json:"right"`
		Total int      `json:"total"`
		Acc   *float64 `json:"accuracy"`
	}{m.Right, m.Total, ratio(m.Acc, m.Total)})
}

// ratio is acc, or nil when it was measured on nothing.
func ratio(acc float64, n int) *float64 {
	if n == 0 {
		return nil
	}
	return &acc
}

func (m *Metric) add(ok bool) {
	m.Total++
	if ok {
		m.Right++
	}
	m.Acc = float64(m.Right) / float64(m.Total)
}

func (m Metric) String() string {
	if m.Total == 0 {
		return "—"
	}
	return fmt.Sprintf("%5.1f%% (%d/%d)", 100*m.Acc, m.Right, m.Total)
}

// Scores are the metrics of one group of postings.
type Scores struct {
	N             int    `json:"n"`
	LangID        Metric `json:"lang_id"`
	ROMEFiche1    Metric `json:"rome_fiche_top1"`
	ROMEFiche3    Metric `json:"rome_fiche_top3"`
	ROMEMetier1   Metric `json:"rome_metier_top1"`
	ROMEMetier3   Metric `json:"rome_metier_top3"`
	ISCO4         Metric `json:"isco4_top1"`
	ISCO3         Metric `json:"isco3_top1"`
	ISCO2         Metric `json:"isco2_top1"`
	ISCO1         Metric `json:"isco1_top1"`
	ESCO1         Metric `json:"esco_top1"`
	ESCO5         Metric `json:"esco_top5"`
	Primary       string `json:"primary"` // the metric thresholds and reliability use
	primaryMetric *Metric
}

// Threshold is accuracy and coverage of the primary metric among postings
// whose top answer scores at least Min.
type Threshold struct {
	Min      float64 `json:"min"`
	Coverage float64 `json:"coverage"`
	Acc      float64 `json:"accuracy"`
	N        int     `json:"n"`
}

// MarshalJSON writes the accuracy of a threshold no posting reaches as null.
func (t Threshold) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Min      float64  `json:"min"`
		Coverage float64  `json:"coverage"`
		Acc      *float64 `json:"accuracy"`
		N        int      `json:"n"`
	}{t.Min, t.Coverage, ratio(t.Acc, t.N), t.N})
}

// Bin is one row of a reliability table: postings whose top score falls
// in [Lo, Hi), their mean score and how many were right.
type Bin struct {
	Lo, Hi    float64
	N         int
	MeanScore float64
	Acc       float64
}

// Report is what Evaluate measures on a gold file.
type Report struct {
	All         Scores             `json:"all"`
	ByLang      map[string]*Scores `json:"by_lang"`
	Thresholds  []Threshold        `json:"thresholds"`
	Reliability []Bin              `json:"reliability"`
	Postings    int                `json:"postings"`
	// Scored counts the postings with a gold value to score; the others
	// count in language identification only.
	Scored    int     `json:"scored"`
	Seconds   float64 `json:"seconds"`
	PerSecond float64 `json:"postings_per_second"`
	// Calibration holds, per posting, the raw top score, its margin and
	// whether the primary answer was right: what the calibration is fitted on.
	Calibration []CalPoint `json:"-"`
	// Misses are the postings whose primary answer was wrong.
	Misses []Miss `json:"misses,omitempty"`
	// Issues are the gold values Evaluate left out, in line order, never
	// nil; marsad eval adds the lines ReadGoldLines skipped.
	Issues []GoldIssue `json:"issues"`
}

// Miss is one wrong primary answer, for reading errors.
type Miss struct {
	ID, Title, Gold, Got, Reason string
}

// CalPoint is one observation for fitting a scheme's calibration: the
// raw score and lead of its best answer, and whether that answer was right.
type CalPoint struct {
	Scheme      string // CalSchemes: "rome" (right: métier top-1), "isco" (ISCO-4 top-1)…
	Raw, Margin float64
	Right       bool
}

// Evaluate classifies every gold posting (on all CPUs) and measures. A
// gold value the model's taxonomy does not hold, or that is badly formed
// (an ISCO code of 2 digits, a language other than fr, ar, en), is left
// out and reported in the report's Issues: counted as a miss it would
// lower the figures for a mistake in the gold.
func Evaluate(ctx context.Context, c *Classifier, golds []Gold) (*Report, error) {
	golds, issues := c.checkGold(golds)
	type out struct {
		res Result
		raw rawTop
	}
	results := make([]out, len(golds))
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				g := &golds[i]
				p := posting.Posting{ID: g.ID, Title: g.Title, Description: g.Description, Lang: g.Lang, Sector: g.Sector, Function: g.Function}
				r, raw := c.classify(ctx, p, 10)
				results[i] = out{r, raw}
			}
		}()
	}
	for i := range golds {
		select {
		case next <- i:
		case <-ctx.Done():
		}
		if ctx.Err() != nil {
			break
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	elapsed := time.Since(start)

	if issues == nil {
		issues = []GoldIssue{}
	}
	rep := &Report{ByLang: make(map[string]*Scores), Postings: len(golds), Seconds: elapsed.Seconds(), Issues: issues}
	if elapsed > 0 {
		rep.PerSecond = float64(len(golds)) / elapsed.Seconds()
	}
	type scored struct {
		score float64
		right bool
	}
	var prim []scored
	for i := range golds {
		g, r := &golds[i], &results[i]
		lang := g.Lang
		if lang == "" {
			lang = "?"
		}
		bl := rep.ByLang[lang]
		if bl == nil {
			bl = &Scores{}
			rep.ByLang[lang] = bl
		}
		for _, s := range []*Scores{&rep.All, bl} {
			right, score, ok := c.measure(s, g, &r.res)
			if ok && s == &rep.All {
				rep.Scored++
				prim = append(prim, scored{score, right})
				if gold := g.romes(); len(gold) > 0 && r.raw.rome.ok {
					rep.Calibration = append(rep.Calibration, CalPoint{"rome", r.raw.rome.raw, r.raw.rome.lead, c.metierWithin(r.res.ROME, gold, 1)})
				}
				if gold := g.iscos(); len(gold) > 0 && r.raw.isco.ok {
					rep.Calibration = append(rep.Calibration, CalPoint{calScheme(0, r.raw.titleEN), r.raw.isco.raw, r.raw.isco.lead, iscoFirst(r.res.ISCO, gold, 4)})
				}
				// ESCO has constants of its own for English titles alone,
				// the one kind of posting with ESCO gold (jobbert).
				if gold := g.escos(); len(gold) > 0 && r.raw.esco.ok && r.raw.titleEN {
					rep.Calibration = append(rep.Calibration, CalPoint{CalESCOTitleEN, r.raw.esco.raw, r.raw.esco.lead, anyIn(conceptCodes(r.res.ESCO), 1, gold)})
				}
				if !right {
					rep.Misses = append(rep.Misses, Miss{g.ID, g.Title,
						strings.Join(append(append(g.romes(), g.iscos()...), g.escos()...), " "),
						summary(&r.res), r.res.Reason})
				}
			}
		}
	}
	rep.All.N = len(golds)
	primaries := make(map[string]bool)
	for _, s := range rep.ByLang {
		if s.Primary != "" {
			primaries[s.Primary] = true
		}
	}
	if len(primaries) > 1 {
		rep.All.Primary = "each posting's primary metric (ROME métier top-1, else ISCO-4 top-1, else ESCO top-1)"
	}
	for _, t := range []float64{0.3, 0.5, 0.7, 0.9} {
		th := Threshold{Min: t}
		right := 0
		for _, p := range prim {
			if p.score >= t {
				th.N++
				if p.right {
					right++
				}
			}
		}
		if len(prim) > 0 {
			th.Coverage = float64(th.N) / float64(len(prim))
		}
		if th.N > 0 {
			th.Acc = float64(right) / float64(th.N)
		}
		rep.Thresholds = append(rep.Thresholds, th)
	}
	for b := 0; b < 10; b++ {
		bin := Bin{Lo: float64(b) / 10, Hi: float64(b+1) / 10}
		var sum float64
		right := 0
		for _, p := range prim {
			if p.score >= bin.Lo && (p.score < bin.Hi || b == 9) {
				bin.N++
				sum += p.score
				if p.right {
					right++
				}
			}
		}
		if bin.N > 0 {
			bin.MeanScore, bin.Acc = sum/float64(bin.N), float64(right)/float64(bin.N)
		}
		rep.Reliability = append(rep.Reliability, bin)
	}
	return rep, nil
}

// measure adds one posting to s. It returns whether the primary answer was
// right and its score, ok false when the posting has no gold at all.
func (c *Classifier) measure(s *Scores, g *Gold, r *Result) (right bool, score float64, ok bool) {
	s.N++
	if l := strings.TrimSpace(g.Lang); l != "" {
		s.LangID.add(string(r.Lang) == l)
	}
	type prim struct {
		name string
		m    *Metric
		ok   bool
		sc   float64
	}
	var p *prim
	set := func(name string, m *Metric, ok bool, sc float64) {
		if p == nil {
			p = &prim{name, m, ok, sc}
		}
	}
	if gold := g.romes(); len(gold) > 0 {
		codes := conceptCodes(r.ROME)
		s.ROMEFiche1.add(anyIn(codes, 1, gold))
		s.ROMEFiche3.add(anyIn(codes, 3, gold))
		s.ROMEMetier1.add(c.metierWithin(r.ROME, gold, 1))
		s.ROMEMetier3.add(c.metierWithin(r.ROME, gold, 3))
		set("rome_metier_top1", &s.ROMEMetier1, c.metierWithin(r.ROME, gold, 1), topScore(r.ROME))
	}
	if gold := g.iscos(); len(gold) > 0 {
		for k, m := range map[int]*Metric{4: &s.ISCO4, 3: &s.ISCO3, 2: &s.ISCO2, 1: &s.ISCO1} {
			m.add(iscoFirst(r.ISCO, gold, k))
		}
		set("isco4_top1", &s.ISCO4, iscoFirst(r.ISCO, gold, 4), topScore(r.ISCO))
	}
	if gold := g.escos(); len(gold) > 0 {
		codes := conceptCodes(r.ESCO)
		s.ESCO1.add(anyIn(codes, 1, gold))
		s.ESCO5.add(anyIn(codes, 5, gold))
		set("esco_top1", &s.ESCO1, anyIn(codes, 1, gold), topScore(r.ESCO))
	}
	if p == nil {
		return false, 0, false
	}
	s.Primary = p.name
	return p.ok, p.sc, true
}

// metierWithin reports whether one of the first k distinct métiers of the
// ROME answers is a gold fiche's métier.
func (c *Classifier) metierWithin(rome []Concept, gold []string, k int) bool {
	return anyIn(dedup(c.parents(conceptCodes(rome))), k, c.parents(gold))
}

// iscoFirst reports whether the first ISCO answer matches a gold group on
// its first digits digits.
func iscoFirst(isco []Concept, gold []string, digits int) bool {
	return len(isco) > 0 && prefixIn(isco[0].Code, digits, gold)
}

func topScore(cs []Concept) float64 {
	if len(cs) == 0 {
		return 0
	}
	return cs[0].Score
}

func conceptCodes(cs []Concept) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Code
	}
	return out
}

// parents maps ROME fiche codes to their métier (code_rome_parent).
func (c *Classifier) parents(codes []string) []string {
	out := make([]string, len(codes))
	for i, code := range codes {
		out[i] = code
		if id := c.conceptID(code); id >= 0 && c.t.Concepts[id].Parent != "" {
			out[i] = c.t.Concepts[id].Parent
		}
	}
	return out
}

func dedup(s []string) []string {
	var out []string
	for i, v := range s {
		if !dupBefore(s, i) {
			out = append(out, v)
		}
	}
	return out
}

func anyIn(pred []string, k int, gold []string) bool {
	for i := 0; i < k && i < len(pred); i++ {
		for _, g := range gold {
			if pred[i] == g {
				return true
			}
		}
	}
	return false
}

func prefixIn(pred string, k int, gold []string) bool {
	if len(pred) < k {
		return false
	}
	for _, g := range gold {
		if len(g) >= k && g[:k] == pred[:k] {
			return true
		}
	}
	return false
}

// Sorted returns the report's languages in a fixed order.
func (r *Report) Sorted() []string {
	var ls []string
	for l := range r.ByLang {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	return ls
}

func summary(r *Result) string {
	var parts []string
	for _, list := range [][]Concept{r.ROME, r.ISCO, r.ESCO} {
		for i, c := range list {
			if i == 3 {
				break
			}
			code := c.Code
			if j := strings.LastIndexByte(code, '/'); j >= 0 {
				code = code[j+1:]
				if len(code) > 8 {
					code = code[:8]
				}
			}
			parts = append(parts, fmt.Sprintf("%s %q %.2f", code, c.Label, c.Score))
		}
		parts = append(parts, "|")
	}
	return strings.Join(parts, " ")
}
