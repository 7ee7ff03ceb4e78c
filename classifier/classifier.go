package classifier

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/corpus/posting"
)

// DefaultTop is the length of each list when Classify is given top <= 0.
const DefaultTop = 5

// Config names the model a Classifier serves; the zero value is valid.
type Config struct {
	Model string // model version copied into every Result
}

// Classifier scores postings against the occupation tables. It is safe for
// concurrent use: everything it holds is read-only after New, and the
// per-call scratch space comes from a pool.
type Classifier struct {
	t      *Tables
	index  *LabelIndex
	det    *langid.Detector
	as     *corpus.Analyzers
	skills *skills.Dictionary
	cfg    Config

	essential map[int32]map[string]bool // ESCO concept → essential skill URIs
	optional  map[int32]map[string]bool
	byCode    map[string]int32
	terms     termIndex  // candidate labels without Bleve
	labelKeys [][]string // prefixKey of every label term, by label
	pool      sync.Pool
}

// New assembles a classifier. index and dict may be nil (no Bleve label
// search, no skills); t, det and as are required.
func New(t *Tables, index *LabelIndex, det *langid.Detector, as *corpus.Analyzers, dict *skills.Dictionary, cfg Config) (*Classifier, error) {
	if t == nil || det == nil || as == nil {
		return nil, fmt.Errorf("classifier: New needs tables, a language detector and analysers")
	}
	if t.Format != TablesFormat {
		return nil, fmt.Errorf("classifier: tables have format %d, want %d", t.Format, TablesFormat)
	}
	c := &Classifier{t: t, index: index, det: det, as: as, skills: dict, cfg: cfg,
		essential: make(map[int32]map[string]bool), optional: make(map[int32]map[string]bool),
		byCode: make(map[string]int32, len(t.Concepts))}
	for i, ci := range t.Concepts {
		c.byCode[ci.Code] = int32(i)
		if len(ci.Essential) > 0 {
			c.essential[int32(i)] = toSet(ci.Essential)
		}
		if len(ci.Optional) > 0 {
			c.optional[int32(i)] = toSet(ci.Optional)
		}
	}
	c.terms = newTermIndex(t)
	c.labelKeys = make([][]string, len(t.Labels))
	for i := range t.Labels {
		c.labelKeys[i] = prefixKeys(t.Labels[i].Terms)
	}
	n := len(t.Concepts)
	c.pool.New = func() any { return newScratch(n) }
	return c, nil
}

// Tables returns the tables the classifier scores with (read-only).
func (c *Classifier) Tables() *Tables { return c.t }

// Classify detects the posting's language, analyses it, scores occupations
// and extracts skills. top bounds each list (0 means the default, 5).
func (c *Classifier) Classify(ctx context.Context, p posting.Posting, top int) Result {
	r, _ := c.classify(ctx, p, top)
	return r
}

// rawTop is the uncalibrated evidence behind the best answer: what the
// calibration is fitted on.
type rawTop struct {
	raw, margin float64
}

func (c *Classifier) classify(ctx context.Context, p posting.Posting, top int) (Result, rawTop) {
	if top <= 0 {
		top = DefaultTop
	}
	title := posting.Clean(p.Title)
	desc := posting.Clean(p.Description)
	res := Result{ID: p.ID, Model: c.cfg.Model}
	if res.ID == "" {
		res.ID = posting.StableID(p)
	}
	lr := c.det.Detect(title, desc)
	lang := c.decideLang(lr, p, title, desc)
	res.Lang, res.LangScore, res.Darija = lang, lr.Confidence, lr.Darija

	s := c.pool.Get().(*scratch)
	defer func() { s.reset(); c.pool.Put(s) }()

	c.scoreTitle(ctx, s, title, lang)
	c.scoreDescription(s, title, desc, lang)
	c.combine(s)
	raw := c.rank(s, &res, top, lang)
	res.Reason = c.reason(s, &res, lang)
	if c.skills != nil {
		c.addSkills(&res, title, desc, lang)
	}
	return res, raw
}

// decideLang trusts the detector when it is confident, else the language
// the source declared, else the script of the title.
func (c *Classifier) decideLang(lr langid.Result, p posting.Posting, title, desc string) corpus.Lang {
	if lr.Lang != corpus.Undetermined && lr.Lang != "" && lr.Confidence >= 0.6 {
		return lr.Lang
	}
	if l, err := corpus.ParseLang(p.Lang); err == nil {
		return l
	}
	if arabicShare(title+" "+desc) > 0.5 {
		return corpus.Arabic
	}
	if lr.Lang == corpus.French || lr.Lang == corpus.English || lr.Lang == corpus.Arabic {
		return lr.Lang
	}
	return corpus.French
}

func arabicShare(s string) float64 {
	var ar, letters int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				ar++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(ar) / float64(letters)
}

func toSet(s []string) map[string]bool {
	m := make(map[string]bool, len(s))
	for _, v := range s {
		m[v] = true
	}
	return m
}

// addSkills extracts skills from title and description and marks those the
// top ESCO occupation lists as essential or optional.
func (c *Classifier) addSkills(res *Result, title, desc string, lang corpus.Lang) {
	ms := c.skills.Extract(title, lang, "title")
	ms = append(ms, c.skills.Extract(desc, lang, "description")...)
	var top int32 = -1
	if len(res.ESCO) > 0 {
		top = c.conceptID(res.ESCO[0].Code)
	}
	for i := range ms {
		if ms[i].Scheme != "esco" || top < 0 {
			continue
		}
		switch {
		case c.essential[top][ms[i].Code]:
			ms[i].Relation = "essential"
		case c.optional[top][ms[i].Code]:
			ms[i].Relation = "optional"
		}
	}
	res.Skills = ms
}

func (c *Classifier) conceptID(code string) int32 {
	if id, ok := c.byCode[code]; ok {
		return id
	}
	return -1
}

// label returns a display label in lang, falling back to French, English.
func label(m map[corpus.Lang]string, lang corpus.Lang) string {
	for _, l := range []corpus.Lang{lang, corpus.French, corpus.English, corpus.Arabic} {
		if s := m[l]; s != "" {
			return s
		}
	}
	return ""
}

func joinTop(terms []string, n int) string {
	if len(terms) > n {
		terms = terms[:n]
	}
	return strings.Join(terms, ", ")
}
