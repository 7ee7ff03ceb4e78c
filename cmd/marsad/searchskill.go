package main

// PLACEHOLDER: the skills helper replaces this file.

import (
	"context"
	"errors"
)

func runSearchSkill(ctx context.Context, e *env, args []string) error {
	return errors.New("not implemented yet")
}
