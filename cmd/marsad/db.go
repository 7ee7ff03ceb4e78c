package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"text/tabwriter"

	"marsad/store"
)

func runDB(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(e.stderr, "Usage: marsad db stats --db PATH [--json]\n       marsad db errors --db PATH [--limit N]\n\n"+
			"stats prints what the store holds; errors prints the bad records and warnings as JSON lines.")
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

// openRead opens the store for the read-only commands (db, trends).
//
// Read-only does not mean "alongside a writer": bbolt takes a shared
// flock, which conflicts with the exclusive one `marsad tag` and `marsad
// serve` hold for as long as they run (checked on Linux, across
// processes). So these commands fail after the 1 s lock timeout while a
// writer runs, and say what to do instead of hanging.
func openRead(path string) (*store.DB, error) {
	if path == "" {
		return nil, usagef("--db: no store file given (set --db or MARSAD_DB)")
	}
	fi, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil, fmt.Errorf("--db %s: no such store (marsad tag creates it; set --db or MARSAD_DB)", path)
	case err != nil:
		return nil, fmt.Errorf("--db %s: %w", path, err)
	case fi.IsDir():
		return nil, fmt.Errorf("--db %s is a directory, not a Marsad store", path)
	case fi.Size() == 0:
		// bbolt would try to initialise the file through its read-only
		// descriptor and fail with "bad file descriptor".
		return nil, fmt.Errorf("--db %s is an empty file, not a Marsad store (marsad tag creates one)", path)
	}
	db, err := store.Open(path, store.Options{ReadOnly: true})
	if errors.Is(err, store.ErrLocked) {
		return nil, fmt.Errorf("%w; reading needs the writer to finish first (wait for marsad tag, or query a running marsad serve at GET /v1/trends)", err)
	}
	return db, err
}

func runDBStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "db stats", "db stats --db PATH [--json]",
		"Prints the number of postings, duplicates and errors, the sources, the\n"+
			"date range and the model of the store.\n\nEnvironment: MARSAD_DB gives the default of --db.")
	dbPath := dbFlag(fs, e, "")
	asJSON := fs.Bool("json", false, "print one JSON object")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	db, err := openRead(*dbPath)
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
	dates := "none"
	if s.FirstDate != "" {
		dates = s.FirstDate + " … " + s.LastDate
	}
	fmt.Fprintf(tw, "store\t%s (schema %d, %.1f MiB)\n", cell(s.Path), s.Schema, float64(s.SizeBytes)/(1<<20))
	fmt.Fprintf(tw, "model\t%s\n", cell(s.Model))
	fmt.Fprintf(tw, "postings\t%d\n", s.Postings)
	fmt.Fprintf(tw, "unique\t%d\n", s.Unique)
	fmt.Fprintf(tw, "duplicates\t%d\n", s.Duplicates)
	fmt.Fprintf(tw, "errors\t%d\n", s.Errors)
	fmt.Fprintf(tw, "warnings\t%d\n", s.Warnings)
	fmt.Fprintf(tw, "dates\t%s (%d unknown)\n", dates, s.UnknownDates)
	fmt.Fprintf(tw, "files\t%d\n", s.Files)
	for _, m := range []struct {
		name string
		m    map[string]int64
	}{{"source", s.Sources}, {"language", s.Languages}, {"region", s.Regions}} {
		for _, k := range slices.Sorted(maps.Keys(m.m)) {
			fmt.Fprintf(tw, "%s\t%s\t%d\n", m.name, cell(k), m.m[k]) // sources come from the files
		}
	}
	return tw.Flush()
}

func runDBErrors(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "db errors", "db errors --db PATH [--limit N]",
		"Prints the stored bad records (file, line, reason) as JSON lines. Line 0\n"+
			"is a whole file that could not be read, or not to its end. A record with\n"+
			"\"warning\": true is a posting stored all the same, without the value of\n"+
			"\"field\" (\"value\", as found): a date that cannot be read, or one more\n"+
			"than 31 days after tagging or before 1990, which would stretch every\n"+
			"trend's date range.")
	dbPath := dbFlag(fs, e, "")
	limit := fs.Int("limit", 0, "print at most `n` records (0: all)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	if *limit < 0 {
		return usagef("--limit %d: want 0 or more", *limit)
	}
	db, err := openRead(*dbPath)
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
