// Command marsad turns raw job postings into structured labour-market data.
//
// Usage:
//
//	marsad <command> [flags] [arguments]
//
// Run "marsad help" for the list of commands and "marsad <command> -h" for
// the flags of one.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"syscall"
)

// command is one subcommand. run gets the arguments after the command name.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets: its streams. Commands take everything
// else from flags and the environment variables documented in their help.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

func commands() []command {
	return []command{
		{"build", "build the model artefact from the taxonomy data", runBuild},
		{"classify", "classify postings (JSONL, CSV or text) to ROME, ISCO and ESCO", runClassify},
		{"eval", "measure accuracy on a gold file", runEval},
		{"search-skill", "find occupations that need given skills", runSearchSkill},
		{"tag", "batch-tag posting files into the store (resumable)", runTag},
		{"db", "inspect the store (db stats, db errors)", runDB},
		{"trends", "count postings per period by occupation, skill, region...", runTrends},
		{"serve", "run the HTTP API and the web dashboard", runServe},
		{"taxonomy", "inspect the taxonomy data (taxonomy stats, taxonomy show)", runTaxonomy},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(run(ctx, e, os.Args[1:]))
}

// run dispatches to a command and turns its error into an exit code:
// 0 success, 1 failure, 2 usage error.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 {
		// No command is a mistake, which a script must see: help asked
		// for goes to stdout with status 0, this to stderr with 2.
		usage(e.stderr)
		return 2
	}
	if args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			return run(ctx, e, []string{args[1], "-h"})
		}
		usage(e.stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.As(err, new(usageError)):
			fmt.Fprintf(e.stderr, "marsad %s: %v\n", c.name, err)
			return 2
		default:
			fmt.Fprintf(e.stderr, "marsad %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(e.stderr, "marsad: unknown command %q\n\n", args[0])
	usage(e.stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Marsad turns raw job postings (fr, ar, en) into ROME 4.0, ISCO-08 and ESCO")
	fmt.Fprintln(w, "occupations and skills, stores them and answers trend queries.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: marsad <command> [flags] [arguments]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-13s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, `Run "marsad <command> -h" for a command's flags.`)
	fmt.Fprintln(w, "Exit status: 0 success, 1 failure, 2 mistake in the command line.")
}

// startCPUProfile starts a CPU profile written to path; stop ends it and
// closes the file.
func startCPUProfile(path string) (stop func(), err error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, fmt.Errorf("cpuprofile: %w", err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
