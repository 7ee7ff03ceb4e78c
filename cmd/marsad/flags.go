package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"marsad/corpus/posting"
)

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// newFlagSet returns a FlagSet that reports errors instead of exiting, and
// prints a usage line, the command's description and its flags on -h.
func newFlagSet(e *env, name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: marsad %s\n\n%s\n\nFlags:\n", synopsis, description)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses args, turning a flag mistake into a usage error.
func parse(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return err
		}
		return usageError{err}
	}
	return nil
}

// parseInterleaved parses flags that may come before or after the
// positional arguments ("show M1805 --data d", "tag a.jsonl --retag") and
// returns the positionals. After "--" every argument is positional (a
// file named "-x.jsonl").
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := parse(fs, args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			return append(pos, rest...), nil
		}
		if len(rest) == 0 {
			return pos, nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// defaultData is the data directory when neither --data nor MARSAD_DATA is set.
const defaultData = "./data"

// dataDir resolves the taxonomy data directory: the flag, else
// MARSAD_DATA, else ./data. It checks that the directory exists.
func dataDir(e *env, flagValue string) (string, error) {
	dir := flagValue
	if dir == "" {
		dir = e.getenv("MARSAD_DATA")
	}
	if dir == "" {
		dir = defaultData
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return "", fmt.Errorf("taxonomy data directory %s: %w (set --data or MARSAD_DATA; README.md says how to get the data)", dir, err)
	}
	if !fi.IsDir() {
		return "", fmt.Errorf("taxonomy data directory %s is not a directory", dir)
	}
	return filepath.Clean(dir), nil
}

// envOr returns the environment variable key, or def when it is unset.
func envOr(e *env, key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}

// Where `make` puts the model and the store; the defaults of --model and --db.
const (
	defaultModel = "var/model"
	defaultDB    = "var/marsad.db"
)

// modelFlag defines --model: MARSAD_MODEL, else var/model.
func modelFlag(fs *flag.FlagSet, e *env) *string {
	return fs.String("model", envOr(e, "MARSAD_MODEL", defaultModel), "model `directory` built by marsad build (env MARSAD_MODEL)")
}

// dbFlag defines --db: MARSAD_DB, else var/marsad.db.
func dbFlag(fs *flag.FlagSet, e *env, what string) *string {
	return fs.String("db", envOr(e, "MARSAD_DB", defaultDB), "store `file`"+what+" (env MARSAD_DB)")
}

// sameFile reports whether a and b name one existing file, whatever the
// paths (relative, absolute, through a link). A path that does not exist
// yet is the same as nothing: it is about to be created.
func sameFile(a, b string) bool {
	fa, err := os.Stat(a)
	if err != nil {
		return false
	}
	fb, err := os.Stat(b)
	if err != nil {
		return false
	}
	return os.SameFile(fa, fb)
}

// samePath reports whether a and b are one file: the same path, existing
// or not, or two paths to one existing file.
func samePath(a, b string) bool {
	return filepath.Clean(a) == filepath.Clean(b) || sameFile(a, b)
}

// checkInput returns a usage error, before any work, for an input file
// named on the command line that does not exist, or whose format its
// name does not tell when format is "" (no --format): the first is a
// typo, and the second would stop the run only after the model load.
// what names the file in the message ("input file", "--in").
func checkInput(what, file string, format posting.Format) error {
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return usagef("%s %s does not exist", what, file)
	}
	if format == "" {
		if _, err := posting.FormatOf(file); err != nil {
			return usagef("%s %s: cannot tell the format from the name (want .jsonl, .csv or .txt, optionally .gz, or give --format)", what, file)
		}
	}
	return nil
}

// refuseClobber returns a usage error when the output given by flag (a
// file the command creates, truncates or appends to) is one of inputs:
// the command would destroy what it is about to read. It must run before
// any output is opened.
func refuseClobber(flag, out string, inputs ...string) error {
	if out == "" || out == "-" {
		return nil
	}
	for _, in := range inputs {
		if in != "" && in != "-" && sameFile(out, in) {
			if filepath.Clean(out) == filepath.Clean(in) {
				return usagef("%s %s is also an input: writing to it would destroy what is being read", flag, out)
			}
			return usagef("%s %s is the same file as the input %s: writing to it would destroy what is being read", flag, out, in)
		}
	}
	return nil
}
