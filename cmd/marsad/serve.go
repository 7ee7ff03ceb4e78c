package main

// PLACEHOLDER: the server helper replaces this file.

import (
	"context"
	"errors"
)

func runServe(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
