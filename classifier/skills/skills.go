package skills

// PLACEHOLDER implementation: the skills helper replaces the bodies below
// (keeping these exported signatures).

import (
	"context"
	"fmt"
	"io"

	"marsad/corpus"
	"marsad/taxonomy"
)

// Match is one skill found in a posting.
type Match struct {
	Scheme   string  `json:"scheme"` // "esco" or "rome"
	Code     string  `json:"code"`   // ESCO skill URI or ROME OGR code
	Label    string  `json:"label"`
	Score    float64 `json:"score"`
	Field    string  `json:"field"` // "title" or "description"
	Start    int     `json:"start"` // byte offsets into that field
	End      int     `json:"end"`
	Relation string  `json:"relation,omitempty"` // "essential"/"optional" for the top occupation
}

// Dictionary holds every skill surface form, analysed, and the links from
// skills to occupations. It is safe for concurrent use once built.
type Dictionary struct{}

// Build makes the dictionary from the taxonomy with the given analysers.
func Build(ctx context.Context, tax *taxonomy.Taxonomy, as *corpus.Analyzers) (*Dictionary, error) {
	return &Dictionary{}, nil
}

// Save writes the dictionary in a form Load reads back.
func (d *Dictionary) Save(w io.Writer) error { return nil }

// Load reads a dictionary written by Save; as must be the analysers it was built with.
func Load(r io.Reader, as *corpus.Analyzers) (*Dictionary, error) {
	return nil, fmt.Errorf("skills: not implemented")
}

// Extract finds the skills in one field ("title" or "description") of a
// posting written in lang.
func (d *Dictionary) Extract(text string, lang corpus.Lang, field string) []Match { return nil }

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
	Skills []Match  `json:"skills"`
	ROME   []Scored `json:"rome"`
	ISCO   []Scored `json:"isco"`
	ESCO   []Scored `json:"esco"`
}

// Search resolves a free-text query (one or several skills, any language;
// lang may be Undetermined) to skills and ranks occupations by them.
func (d *Dictionary) Search(query string, lang corpus.Lang, top int) SearchResult {
	return SearchResult{Query: query}
}

// Suggestion is one autocomplete answer.
type Suggestion struct {
	Code  string `json:"code"`
	Label string `json:"label"`
	Lang  string `json:"lang"`
}

// Complete returns up to n skills whose label starts with prefix.
func (d *Dictionary) Complete(prefix string, lang corpus.Lang, n int) []Suggestion { return nil }
