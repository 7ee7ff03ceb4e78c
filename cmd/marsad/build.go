package main

import (
	"context"
	"fmt"
	"log/slog"

	"marsad/models"
)

func runBuild(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "build", "build [--data DIR] [--out PATH] [--if-stale]",
		"Build the model artefact (scorer tables, Bleve label index, skill dictionary,\n"+
			"taxonomy, manifest with checksums) from the taxonomy data.")
	data := fs.String("data", "", "taxonomy data directory (default $MARSAD_DATA, else ./data)")
	out := fs.String("out", envOr(e, "MARSAD_MODEL", defaultModel), "artefact `directory` to write, replaced if it holds a model (env MARSAD_MODEL)")
	quiet := fs.Bool("quiet", false, "log only warnings and errors")
	ifStale := fs.Bool("if-stale", false, "build only when the model at --out is missing, corrupt, of another format or\ntext analysis than this program's, built by another build of marsad, or older\nthan a data file")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	// models.Build refuses these only when it moves the finished model
	// into place; they are mistakes in the command line, not worth a build.
	if *out == "" {
		return usagef("--out: no model directory given (set --out or MARSAD_MODEL)")
	}
	if err := models.CheckOut(*out); err != nil {
		return usageError{err}
	}
	dir, err := dataDir(e, *data)
	if err != nil {
		return err
	}
	if *ifStale {
		why, err := models.Stale(*out, dir)
		if err != nil {
			return err
		}
		if why == "" {
			fmt.Fprintf(e.stdout, "model at %s is up to date\n", *out)
			return nil
		}
		fmt.Fprintf(e.stderr, "rebuilding the model: %s\n", why)
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: level}))
	m, err := models.Build(ctx, dir, *out, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "model %s written to %s (data %v)\n", m.Version, *out, m.Data)
	return nil
}
