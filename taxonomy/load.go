package taxonomy

// PLACEHOLDER implementation: the taxonomy helper replaces this file.

import (
	"context"
	"fmt"
)

// Load reads the taxonomy files found under dir.
func Load(ctx context.Context, dir string) (*Taxonomy, error) {
	return nil, fmt.Errorf("taxonomy: not implemented")
}
