package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"marsad/corpus/posting"
	"marsad/models"
	"marsad/store"
)

func runTag(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "tag", "tag --db PATH --model PATH [--source NAME] [--ref-date YYYY-MM-DD] [--retag] [--errors FILE] FILE...",
		"Classifies posting files (JSONL, CSV or text, optionally gzipped) and stores\n"+
			"them with their tags, duplicate clusters and trend counters. A run that\n"+
			"is stopped (even by kill -9) resumes where it stopped when started again\n"+
			"with the same command, or on a renamed copy of the files; files already\n"+
			"tagged, under any name, add nothing. A file that grew since it was tagged\n"+
			"(lines appended) is read from where the last run stopped, unless it is\n"+
			"gzipped: that one is read again. Postings already stored, found again in\n"+
			"any file, are not classified again. Files only: standard input and pipes\n"+
			"cannot be resumed, and are not read. With --retag, re-classifies the\n"+
			"stored postings with the given model instead.\n\n"+
			"Relative dates (\"il y a 3 jours\") and dates without a year (\"29 May-17:34\")\n"+
			"are read against, in this order: the posting's own scrape date (scraped_at,\n"+
			"crawl_date, fetched_at… fields), else --ref-date, else the file's\n"+
			"modification time. A date more than 31 days after the time of tagging (a\n"+
			"typo such as 2099) or before 1990, or that cannot be read, is not used: the\n"+
			"posting is stored undated and reported as a warning naming the file, line\n"+
			"and value (--errors, marsad db errors).\n\n"+
			"A file that cannot be read (no permission, broken gzip, CSV without a title\n"+
			"or description column) is reported with line 0 (--errors, marsad db errors)\n"+
			"and the run goes on with the next file; it then ends with exit status 1.\n"+
			"A file named on the command line that does not exist or whose format its\n"+
			"name does not tell (without --format), a bad flag, or --errors or --db\n"+
			"naming an input, stops the run with exit status 2 before the model or the\n"+
			"store is opened.\n\n"+
			"Environment: MARSAD_DB, MARSAD_MODEL give the defaults of --db, --model.")
	dbPath := dbFlag(fs, e, " (created if missing)")
	modelPath := modelFlag(fs, e)
	source := fs.String("source", "", "source `name` for every posting (default: the posting's, else the file name)")
	retag := fs.Bool("retag", false, "re-classify stored postings whose tags come from another model")
	errPath := fs.String("errors", "", "also write bad records and warnings as JSON lines to `file` (appended to; - for standard output)")
	refDate := fs.String("ref-date", "", "`date` (YYYY-MM-DD) when the files were scraped, for relative and year-less\ndates of postings without a scrape date of their own (default: each file's\nmodification time)")
	format := fs.String("format", "", "input format: jsonl, csv or text (default: from the extension)")
	workers := fs.Int("workers", 0, "classifier goroutines (default: all cores)")
	batch := fs.Int("batch", 2000, "postings per write transaction")
	files, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if *retag && len(files) > 0 {
		return usagef("--retag re-classifies stored postings: give no files")
	}
	if !*retag && len(files) == 0 {
		return usagef("no input files (marsad tag -h)")
	}
	if *batch < 1 || *batch > 100_000 {
		return usagef("--batch %d: want 1 to 100000", *batch)
	}
	if *dbPath == "" {
		return usagef("--db: no store file given (set --db or MARSAD_DB)")
	}
	var ref time.Time
	if *refDate != "" {
		if *retag {
			return usagef("--ref-date is for tagging files: --retag keeps the stored dates")
		}
		var err error
		if ref, err = time.Parse(time.DateOnly, *refDate); err != nil {
			return usagef("--ref-date %q: want YYYY-MM-DD", *refDate)
		}
	}
	f := posting.Format(*format)
	switch f {
	case "", posting.JSONL, posting.CSV, posting.Text:
	default:
		return usagef("--format %q: want jsonl, csv or text", *format)
	}
	if *workers < 0 || *workers > 1024 {
		return usagef("--workers %d: want 0 (all cores) to 1024", *workers)
	}
	// Mistakes in the command line are reported before the model loads
	// (seconds) and before the store is written to: a name that does not
	// exist is a typo, and one whose format the name does not tell would
	// otherwise stop the run after the model load.
	for _, file := range files {
		if file == "-" {
			return usagef("tag reads files, which it can resume, not standard input: save the input to a file and give its name")
		}
		if err := checkInput("input file", file, f); err != nil {
			return err
		}
	}
	// --errors is appended to and --db written: either one naming an
	// input, or each other, would corrupt a file the run reads or writes.
	if err := refuseClobber("--errors", *errPath, files...); err != nil {
		return err
	}
	if err := refuseClobber("--db", *dbPath, files...); err != nil {
		return err
	}
	if *errPath != "" && samePath(*errPath, *dbPath) {
		return usagef("--errors %s is the store --db %s: the error lines would corrupt it", *errPath, *dbPath)
	}
	if _, err := os.Stat(*modelPath); err != nil {
		return fmt.Errorf("model %s: %w (marsad build writes it; set --model or MARSAD_MODEL)", *modelPath, err)
	}
	log := slog.New(slog.NewTextHandler(e.stderr, nil))

	opt := store.TagOptions{
		Source: *source, Format: f, Workers: *workers, BatchSize: *batch, Logger: log,
		RefDate: ref,
	}
	// Outputs are opened before the model loads, so that a bad --errors
	// path or a store locked by another process is reported at once; the
	// ones this run created go again if it stops before tagging.
	keep := false
	if *errPath == "-" {
		opt.Errors = e.stdout
	} else if *errPath != "" {
		_, statErr := os.Stat(*errPath)
		created := errors.Is(statErr, os.ErrNotExist)
		file, err := os.OpenFile(*errPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("--errors: %w", err)
		}
		defer func() {
			file.Close()
			if created && !keep {
				os.Remove(*errPath)
			}
		}()
		opt.Errors = file
	}
	_, statErr := os.Stat(*dbPath)
	created := errors.Is(statErr, os.ErrNotExist)
	db, err := store.Open(*dbPath, store.Options{Logger: log})
	if err != nil {
		return err
	}
	defer func() {
		db.Close()
		// A store created only to find the model unusable is not left
		// behind as an empty database.
		if created && !keep {
			os.Remove(*dbPath)
		}
	}()

	m, err := models.Open(ctx, *modelPath)
	if err != nil {
		return fmt.Errorf("model %s: %w", *modelPath, err)
	}
	defer m.Close()
	tax, err := m.Taxonomy()
	if err != nil {
		return err
	}
	keep = true
	opt.Classifier, opt.Model, opt.Taxonomy = m.Classifier, m.Manifest.Version, tax
	prog := newProgress(e.stderr, log)
	opt.Progress = prog.update
	t, err := db.NewTagger(opt)
	if err != nil {
		return err
	}
	var sum store.Summary
	if *retag {
		sum, err = t.Retag(ctx)
	} else {
		sum, err = t.TagFiles(ctx, files)
	}
	prog.finish()
	printSummary(e.stdout, sum, *retag)
	if errors.Is(err, context.Canceled) {
		return fmt.Errorf("interrupted: committed work is kept; run the same command again to resume")
	}
	return err
}

func printSummary(w io.Writer, s store.Summary, retag bool) {
	if retag {
		fmt.Fprintf(w, "retagged %d postings with model %s, %d errors, in %.1fs (%.0f/s)\n",
			s.Retagged, s.Model, s.Errors, s.Seconds, s.Rate)
		return
	}
	warnings := ""
	if s.Warnings > 0 {
		// Dates not used, and values the reader did not use: the
		// postings are stored all the same.
		warnings = fmt.Sprintf(", %d warnings (postings stored without a value: see the error report)", s.Warnings)
	}
	// Tagged, already stored and bad records add up to the records read;
	// a file that could not be read is counted on the line below.
	fmt.Fprintf(w, "read %d records from %d files: tagged %d (%d duplicates), %d already stored (seen before), %d bad records%s, in %.1fs (%.0f records/s)\n",
		s.Read, s.Files, s.Tagged, s.Duplicates, s.Skipped, s.Errors-int64(s.FailedFiles), warnings, s.Seconds, s.Rate)
	if s.Resumed > 0 {
		// Records an interrupted run committed: not tagged again, so not
		// in the counts above. Records, not lines: blank lines and the
		// lines inside a quoted CSV field are not counted (the log gives
		// each file's last committed line).
		fmt.Fprintf(w, "resumed: %d records committed by an earlier run, not tagged again\n", s.Resumed)
	}
	if s.FailedFiles > 0 {
		fmt.Fprintf(w, "%d of %d files could not be read, or not to their end: see the errors with line 0 (marsad db errors); fix them and run the same command again\n",
			s.FailedFiles, s.Files)
	}
}

// progress shows a bar with rate and ETA when stderr is a terminal, and
// a log line every few seconds otherwise (CI logs, nohup).
type progress struct {
	bar  *progressbar.ProgressBar
	w    io.Writer
	log  *slog.Logger
	last time.Time
}

func newProgress(w io.Writer, log *slog.Logger) *progress {
	p := &progress{w: w, log: log, last: time.Now()}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionThrottle(200*time.Millisecond),
			progressbar.OptionShowElapsedTimeOnFinish(),
			progressbar.OptionSetDescription("tagging"),
		)
	}
	return p
}

func (p *progress) update(s store.Progress) {
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Read) / sec
	}
	if p.bar != nil {
		// The bar is this run's work: what it passes over (finished
		// files, records before a checkpoint) would make its rate, and
		// so its time left, too good.
		if work := s.BytesTotal - s.BytesSkipped; s.BytesTotal > 0 && p.bar.GetMax64() != work {
			p.bar.ChangeMax64(work)
		}
		p.bar.Describe(fmt.Sprintf("%d tagged, %d dups, %d errors, %.0f/s", s.Tagged+s.Retagged, s.Duplicates, s.Errors, rate))
		if s.BytesTotal > 0 {
			p.bar.Set64(s.BytesRead - s.BytesSkipped)
		} else {
			p.bar.Set64(s.Read)
		}
		return
	}
	if time.Since(p.last) < 5*time.Second {
		return
	}
	p.last = time.Now()
	args := []any{"read", s.Read, "tagged", s.Tagged + s.Retagged, "duplicates", s.Duplicates, "errors", s.Errors, "rate", fmt.Sprintf("%.0f/s", rate)}
	if s.BytesTotal > 0 && s.BytesRead > 0 {
		done := float64(s.BytesRead) / float64(s.BytesTotal)
		args = append(args, "done", fmt.Sprintf("%.1f%%", 100*done))
		if tagged := s.BytesRead - s.BytesSkipped; tagged > 0 {
			// At the pace of the bytes tagged: those passed over went
			// many times faster.
			eta := time.Duration(float64(s.Elapsed) * float64(s.BytesTotal-s.BytesRead) / float64(tagged))
			args = append(args, "eta", eta.Round(time.Second))
		}
	}
	p.log.Info("tagging", args...)
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
		fmt.Fprintln(p.w)
	}
}
