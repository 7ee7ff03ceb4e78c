package main

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"marsad/models"
	"marsad/taxonomy"
)

func runBuild(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "build", "build [--data DIR] [--out PATH] [--if-stale] [--warnings N]",
		"Build the model artefact (scorer tables, Bleve label index, skill dictionary,\n"+
			"taxonomy, manifest with checksums) from the taxonomy data.")
	data := fs.String("data", "", "taxonomy data directory (default $MARSAD_DATA, else ./data)")
	out := fs.String("out", envOr(e, "MARSAD_MODEL", defaultModel), "artefact `directory` to write, replaced if it holds a model (env MARSAD_MODEL)")
	quiet := fs.Bool("quiet", false, "log only warnings and errors")
	warnings := fs.Int("warnings", 10, "log at most `n` taxonomy load warnings, damage to a file first (-1: all)")
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
	dir, err := dataArg(e, *data)
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
	// Loaded here for its warnings: a damaged data file must not go
	// unseen behind a model built from half of it.
	start := time.Now()
	tx, err := taxonomy.Load(ctx, dir)
	if err != nil {
		return err
	}
	logWarnings(log, tx.Warnings, *warnings, dir)
	m, err := models.BuildFrom(ctx, tx, start, *out, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "model %s written to %s (data %v)\n", m.Version, *out, m.Data)
	return nil
}

// logWarnings logs the taxonomy's load warnings, at most n of them one
// by one (-1: all), damage to a file first. Damage (a truncated file, a
// broken quote, bad bytes) is logged at WARN: a model built from half a
// file must not go unseen. The other warnings are gaps of the official
// files themselves (an appellation whose fiche is missing), the same on
// every build: they are logged at INFO, so that a WARN line always means
// something to look at.
func logWarnings(log *slog.Logger, ws []taxonomy.Warning, n int, dir string) {
	if len(ws) == 0 {
		return
	}
	list := "marsad taxonomy stats --data " + dir + " --warnings -1"
	malformed := 0
	for _, w := range ws {
		if w.Malformed {
			malformed++
		}
	}
	if malformed > 0 {
		log.Warn("taxonomy data files are damaged", "malformed", malformed, "warnings", len(ws))
	} else {
		log.Info("taxonomy data has load warnings, none for damage", "warnings", len(ws), "list", list)
	}
	first, more := firstWarnings(ws, n) // damage first (taxonomy.Load sorts it so)
	for _, w := range first {
		level := slog.LevelInfo
		if w.Malformed {
			level = slog.LevelWarn
		}
		log.Log(context.Background(), level, "taxonomy load warning", "warning", formatWarning(w))
	}
	if more > 0 {
		level := slog.LevelInfo
		if ws[len(first)].Malformed { // damage among those left out
			level = slog.LevelWarn
		}
		log.Log(context.Background(), level, "more taxonomy load warnings", "count", more, "list", list)
	}
}
