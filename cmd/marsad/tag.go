package main

// PLACEHOLDER: the store helper replaces this file.

import (
	"context"
	"errors"
)

func runTag(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
