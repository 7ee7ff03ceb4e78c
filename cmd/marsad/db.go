package main

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"text/tabwriter"

	"marsad/store"
)

func runDB(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "Usage: marsad db stats --db PATH [--json]\n       marsad db errors --db PATH [--limit N]\n\n"+
			"stats prints what the store holds; errors prints the bad records as JSON lines.")
		if len(args) == 0 {
			return usagef("missing subcommand (stats or errors)")
		}
		return nil
	}
	switch args[0] {
	case "stats":
		return runDBStats(ctx, e, args[1:])
	case "errors":
		return runDBErrors(ctx, e, args[1:])
	}
	return usagef("unknown subcommand %q (want stats or errors)", args[0])
}

func openRead(e *env, path string) (*store.DB, error) {
	return store.Open(path, store.Options{ReadOnly: true})
}

func runDBStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "db stats", "db stats --db PATH [--json]",
		"Prints the number of postings, duplicates and errors, the sources, the\n"+
			"date range and the model of the store.\n\nEnvironment: MARSAD_DB gives the default of --db.")
	dbPath := fs.String("db", envOr(e, "MARSAD_DB", defaultDB), "store `file`")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	db, err := openRead(e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	s, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(s)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	dates := "unknown"
	if s.FirstDate != "" {
		dates = s.FirstDate + " … " + s.LastDate
	}
	fmt.Fprintf(tw, "store\t%s (schema %d, %.1f MiB)\n", s.Path, s.Schema, float64(s.SizeBytes)/(1<<20))
	fmt.Fprintf(tw, "model\t%s\n", s.Model)
	fmt.Fprintf(tw, "postings\t%d\n", s.Postings)
	fmt.Fprintf(tw, "unique\t%d\n", s.Unique)
	fmt.Fprintf(tw, "duplicates\t%d\n", s.Duplicates)
	fmt.Fprintf(tw, "errors\t%d\n", s.Errors)
	fmt.Fprintf(tw, "dates\t%s (%d unknown)\n", dates, s.UnknownDates)
	fmt.Fprintf(tw, "files\t%d\n", s.Files)
	for _, m := range []struct {
		name string
		m    map[string]int64
	}{{"source", s.Sources}, {"language", s.Languages}, {"region", s.Regions}} {
		for _, k := range slices.Sorted(maps.Keys(m.m)) {
			fmt.Fprintf(tw, "%s\t%s\t%d\n", m.name, k, m.m[k])
		}
	}
	return tw.Flush()
}

func runDBErrors(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "db errors", "db errors --db PATH [--limit N]",
		"Prints the stored bad records (file, line, reason) as JSON lines.")
	dbPath := fs.String("db", envOr(e, "MARSAD_DB", defaultDB), "store `file`")
	limit := fs.Int("limit", 0, "print at most `n` records (0: all)")
	if err := parse(fs, args); err != nil {
		return err
	}
	db, err := openRead(e, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	enc := json.NewEncoder(e.stdout)
	n := 0
	var werr error
	err = db.Errors(ctx, func(er store.ErrorRecord) bool {
		if werr = enc.Encode(er); werr != nil {
			return false
		}
		n++
		return *limit <= 0 || n < *limit
	})
	if err != nil {
		return err
	}
	return werr
}
