package main

// PLACEHOLDER: the classifier helper replaces this file.

import (
	"context"
	"errors"
)

func runBuild(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
