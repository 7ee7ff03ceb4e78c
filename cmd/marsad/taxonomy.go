package main

// PLACEHOLDER: the taxonomy helper replaces this file.

import (
	"context"
	"errors"
)

func runTaxonomy(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
