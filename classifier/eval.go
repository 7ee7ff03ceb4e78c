package classifier

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

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

// ReadGold reads a gold JSON Lines file. A file without any gold label
// (rome, isco or esco) is an error: it cannot measure anything.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	var out []Gold
	labelled := 0
	for line := 1; sc.Scan(); line++ {
		b := strings.TrimSpace(sc.Text())
		if b == "" {
			continue
		}
		var g Gold
		if err := json.Unmarshal([]byte(b), &g); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", name, line, err)
		}
		if g.Title == "" && g.Description == "" {
			g.Title = g.Text
		}
		if len(g.romes())+len(g.iscos())+len(g.escos()) > 0 {
			labelled++
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if labelled == 0 {
		return nil, fmt.Errorf("%s: no gold labels (rome, rome_alt, isco, isco_alt, isco_any, esco, esco_any) in %d lines: nothing to measure", name, len(out))
	}
	return out, nil
}

// Metric is a share of postings answered right, over those with gold.
type Metric struct {
	Right int     `json:"right"`
	Total int     `json:"total"`
	Acc   float64 `json:"accuracy"`
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
	Seconds     float64            `json:"seconds"`
	PerSecond   float64            `json:"postings_per_second"`
	// Calibration holds, per posting, the raw top score, its margin and
	// whether the primary answer was right: what the calibration is fitted on.
	Calibration []CalPoint `json:"-"`
	// Misses are the postings whose primary answer was wrong.
	Misses []Miss `json:"misses,omitempty"`
}

// Miss is one wrong primary answer, for reading errors.
type Miss struct {
	ID, Title, Gold, Got, Reason string
}

// CalPoint is one observation for fitting a scheme's calibration: the
// raw score and lead of its best answer, and whether that answer was right.
type CalPoint struct {
	Scheme      string // "rome" (right: métier top-1) or "isco" (ISCO-4 top-1)
	Raw, Margin float64
	Right       bool
}

// Evaluate classifies every gold posting (on all CPUs) and measures.
func Evaluate(ctx context.Context, c *Classifier, golds []Gold) (*Report, error) {
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

	rep := &Report{ByLang: make(map[string]*Scores), Postings: len(golds), Seconds: elapsed.Seconds()}
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
				prim = append(prim, scored{score, right})
				if gold := g.romes(); len(gold) > 0 && r.raw.rome.ok {
					rep.Calibration = append(rep.Calibration, CalPoint{"rome", r.raw.rome.raw, r.raw.rome.lead, c.metierWithin(r.res.ROME, gold, 1)})
				}
				if gold := g.iscos(); len(gold) > 0 && r.raw.isco.ok {
					rep.Calibration = append(rep.Calibration, CalPoint{"isco", r.raw.isco.raw, r.raw.isco.lead, iscoFirst(r.res.ISCO, gold, 4)})
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
