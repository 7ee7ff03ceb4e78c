package classifier

import (
	"context"

	"marsad/corpus/posting"
)

// Evidence is what one concept's raw score is made of, before the
// calibration: for analysts asking why an answer won, and for tuning.
type Evidence struct {
	Scheme string  `json:"scheme"` // "rome" or "esco"
	Code   string  `json:"code"`
	Label  string  `json:"label"`
	Total  float32 `json:"total"`           // the raw score ranked on
	Title  float32 `json:"title"`           // best title–label similarity, weighted
	Desc   float32 `json:"desc"`            // TF-IDF cosine with the profile
	Prior  float32 `json:"prior"`           // how common the occupation is
	Match  string  `json:"match,omitempty"` // the label behind Title, or the one carried over the crosswalk
}

// ClassifyExplained is Classify with Result.Evidence filled for the top
// best ROME fiches and ESCO occupations.
func (c *Classifier) ClassifyExplained(ctx context.Context, p posting.Posting, top int) Result {
	if top <= 0 {
		top = DefaultTop
	}
	var ev []Evidence
	r, _ := c.classifyWith(ctx, p, top, func(s *scratch) { ev = c.evidence(s, top) })
	r.Evidence = ev
	return r
}

func (c *Classifier) evidence(s *scratch, n int) []Evidence {
	var out []Evidence
	rome, esco := c.topByScheme(s, n)
	for _, list := range [][]ranked{rome, esco} {
		for _, r := range list {
			ci := &c.t.Concepts[r.id]
			e := Evidence{Scheme: "esco", Code: ci.Code, Label: label(ci.Label, s.lang), Total: r.raw,
				Title: s.c[r.id].title, Desc: s.c[r.id].desc, Prior: ci.Prior}
			if ci.Scheme == ROME {
				e.Scheme = "rome"
			}
			if lb := s.c[r.id].label; lb >= 0 {
				e.Match = c.t.Labels[lb].Text
			}
			out = append(out, e)
		}
	}
	return out
}
