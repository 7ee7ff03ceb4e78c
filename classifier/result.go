package classifier

import (
	"marsad/classifier/skills"
	"marsad/corpus"
)

// Concept is one scored occupation in one scheme.
type Concept struct {
	Code  string  `json:"code"` // ROME fiche code, ISCO unit group or ESCO URI
	Label string  `json:"label"`
	Score float64 `json:"score"` // calibrated probability of being right, in [0, 1]
}

// Result is the classification of one posting. It is what `marsad
// classify` prints, POST /v1/classify answers and the store keeps.
type Result struct {
	ID        string         `json:"id"`
	Lang      corpus.Lang    `json:"lang"`
	LangScore float64        `json:"lang_confidence"`
	Darija    bool           `json:"darija,omitempty"`
	ROME      []Concept      `json:"rome"`
	ISCO      []Concept      `json:"isco"`
	ESCO      []Concept      `json:"esco"`
	Skills    []skills.Match `json:"skills"` // mentions in the text, with offsets
	// Implied are the compétences of the top ROME fiche most likely
	// asked for (RankForFiche), not mentions: Field is "implied", Start
	// and End are 0. Empty unless the posting is French and the fiche's
	// score is at least ImpliedMinScore.
	Implied []skills.Match `json:"implied"`
	// Reason says why the first answer a reader looks at came first —
	// the top ROME fiche of a French posting, the top ESCO occupation
	// of another: the label its title met and the terms that weighed
	// most.
	Reason string `json:"reason"`
	Model  string `json:"model,omitempty"` // model version that produced it
	// Evidence is what the best concepts' raw scores are made of; only
	// ClassifyExplained fills it (`marsad classify --explain`).
	Evidence []Evidence `json:"evidence,omitempty"`
}

// NonNil returns r with its empty lists as [] rather than nil, which
// encoding/json writes as null: both faces print lists, never null
// (docs/api.md), so that a client reads marsad classify and the API
// alike.
func (r Result) NonNil() Result {
	for _, l := range []*[]Concept{&r.ROME, &r.ISCO, &r.ESCO} {
		if *l == nil {
			*l = []Concept{}
		}
	}
	for _, l := range []*[]skills.Match{&r.Skills, &r.Implied} {
		if *l == nil {
			*l = []skills.Match{}
		}
	}
	return r
}
