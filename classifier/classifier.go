package classifier

// PLACEHOLDER implementation: the classifier helper replaces the bodies
// below (keeping these exported signatures).

import (
	"context"

	"marsad/corpus/posting"
)

// Classifier scores postings against the occupation tables. It is safe for
// concurrent use.
type Classifier struct{}

// Classify detects the posting's language, analyses it, scores occupations
// and extracts skills. top bounds each list (0 means the default, 5).
func (c *Classifier) Classify(ctx context.Context, p posting.Posting, top int) Result {
	return Result{ID: p.ID, Lang: "und"}
}
