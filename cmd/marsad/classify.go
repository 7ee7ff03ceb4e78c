package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync/atomic"

	"marsad/classifier"
	"marsad/corpus/posting"
	"marsad/models"
)

func runClassify(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "classify", "classify --model PATH [--top K] [--in FILE] [--out FILE] [--format jsonl|csv|text] [--explain] [--cpuprofile FILE]",
		"Classify postings to ROME, ISCO and ESCO. Writes one JSON object per posting, in\n"+
			"input order. Bad input lines are reported on stderr and skipped; so is a text\n"+
			"line left empty once cleaned (\"-\", control characters). Warnings on stderr\n"+
			"name what was read but not used: a CSV column or a JSON key when another gives\n"+
			"the same field, an id, title or description of the wrong type, a lang other than\n"+
			"fr, ar, en or und (the language is then detected); each kind once. With --explain\n"+
			"each object also has \"evidence\": the raw title, description and prior scores\n"+
			"behind the best ROME fiches and ESCO occupations.\n\n"+
			"Input fields (JSON keys or CSV headers, common board spellings too: titre,\n"+
			"intitulé, \"Intitulé du poste\", descriptif, \"Lieu de travail\", \"Date de\n"+
			"publication\", secteur, fonction…): id, title, description, company,\n"+
			"location, date, source, url, lang, scraped_at, sector, function. The title, the\n"+
			"description and the board's function are read to classify. When several\n"+
			"columns or keys give one field, the first non-empty one is read, in the order\n"+
			"of the list of spellings (title before titre, intitulé before titre), and of two\n"+
			"of one name (title, TITLE) the first.\n\n"+
			"Input encoding: UTF-8 (invalid bytes read as Windows-1252), or UTF-16 with a\n"+
			"byte order mark; UTF-16 without one is refused: convert it with iconv.\n\n"+
			"Exit status: 0 when the input was read (bad lines skipped; an empty input\n"+
			"is not a failure), 1 when no posting could be classified because every\n"+
			"record was bad, or on a model, read or write error, 2 for a mistake in the\n"+
			"command line, reported before the model loads (a bad flag, an --in file\n"+
			"that does not exist or whose format its name does not tell without\n"+
			"--format, --out naming the input file).")
	model := modelFlag(fs, e)
	top := fs.Int("top", classifier.DefaultTop, "answers per scheme")
	in := fs.String("in", "", "input file (default stdin)")
	out := fs.String("out", "", "output file (default stdout)")
	format := fs.String("format", "", "input format: jsonl, csv or text (default: from the --in file name, .jsonl, .csv\nor .txt, optionally .gz; jsonl for stdin)")
	explain := fs.Bool("explain", false, "add the evidence behind the best answers to each line")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the run, model loading included, to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	if *top < 1 || *top > 100 {
		return usagef("--top must be between 1 and 100")
	}
	f := posting.Format(*format)
	switch f {
	case "", posting.JSONL, posting.CSV, posting.Text:
	default:
		return usagef("--format %q: want jsonl, csv or text", *format)
	}
	if *in != "" && *in != "-" {
		if err := checkInput("--in", *in, f); err != nil {
			return err
		}
	}
	// os.Create truncates --out before the input is read: the same file
	// for both would lose the postings and still exit 0.
	if err := refuseClobber("--out", *out, *in); err != nil {
		return err
	}
	if err := refuseClobber("--cpuprofile", *cpuprofile, *in); err != nil {
		return err
	}
	if *out != "" && *out != "-" && *cpuprofile != "" &&
		samePath(*out, *cpuprofile) {
		return usagef("--cpuprofile %s is also --out", *cpuprofile)
	}
	if *in == "" || *in == "-" {
		for _, o := range []struct{ flag, path string }{{"--out", *out}, {"--cpuprofile", *cpuprofile}} {
			if stdinIs(e, o.path) {
				return usagef("%s %s is also the standard input: writing it would destroy it before it is read", o.flag, o.path)
			}
		}
	}

	var r *posting.Reader
	if *in == "" || *in == "-" {
		if f == "" {
			f = posting.JSONL
		}
		var err error
		if r, err = posting.NewReader(e.stdin, "stdin", f); err != nil {
			return err
		}
	} else {
		rd, closer, err := posting.Open(*in, f)
		if err != nil {
			return err
		}
		defer closer.Close()
		r = rd
	}
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	m, err := models.Open(ctx, *model)
	if err != nil {
		return err
	}
	defer m.Close()

	w := e.stdout
	if *out != "" && *out != "-" {
		file, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	classify := m.Classifier.Classify
	if *explain {
		classify = m.Classifier.ClassifyExplained
	}
	n, bad, warns, err := classifyStream(ctx, classify, r, bw, *top, runtime.NumCPU(), e.stderr)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if err != nil && n == 0 && bad == 0 {
		return err // no record was read: a summary of nothing would only hide the error
	}
	summary := fmt.Sprintf("classified %d postings, %d bad records skipped", n, bad)
	if warns > 0 {
		summary += fmt.Sprintf(", %d warnings", warns)
	}
	fmt.Fprintln(e.stderr, summary)
	if err == nil && n == 0 && bad > 0 {
		// Skipping bad lines keeps a long run going; an input with no
		// good line at all is a wrong file or format, which scripts must see.
		return fmt.Errorf("no posting could be classified: every record (%d) was bad (wrong file or --format?)", bad)
	}
	return err
}

// stdinIs reports whether the command's standard input is the existing
// file path (as in `marsad classify --out x.jsonl < x.jsonl`).
func stdinIs(e *env, path string) bool {
	f, ok := e.stdin.(*os.File)
	if !ok || path == "" || path == "-" {
		return false
	}
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	fo, err := os.Stat(path)
	return err == nil && os.SameFile(fi, fo)
}

// classifyStream classifies the records of r with classify on workers
// goroutines and writes the results to w in input order. At most window postings are in
// flight, so memory stays constant whatever the input size. Bad records
// and warnings go to errw; it returns the postings written, the bad
// records and the warnings counted (r.Stats: also those not repeated).
func classifyStream(ctx context.Context, classify func(context.Context, posting.Posting, int) classifier.Result, r *posting.Reader, w io.Writer, top, workers int, errw io.Writer) (n, bad, warns int, err error) {
	if workers < 1 {
		workers = 1
	}
	window := 64 * workers
	type job struct {
		seq int
		p   posting.Posting
	}
	type done struct {
		seq int
		res classifier.Result
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, window)
	results := make(chan done, window)
	tokens := make(chan struct{}, window) // one per posting read and not yet written

	for range workers {
		go func() {
			for j := range jobs {
				results <- done{j.seq, classify(ctx, j.p, top)}
			}
		}()
	}
	var nbad, nwarn atomic.Int64 // the reader may still run when we return
	defer func() { bad, warns = int(nbad.Load()), int(nwarn.Load()) }()
	readErr := make(chan error, 1)
	total := make(chan int, 1)
	go func() {
		defer close(jobs)
		seq := 0
		defer func() { total <- seq }()
		for {
			rec, err := r.Next()
			for _, w := range r.Warnings() {
				fmt.Fprintf(errw, "%s:%d: warning: %s\n", w.File, w.Line, w.Msg)
			}
			nwarn.Store(int64(r.Stats().Warnings))
			if err == io.EOF {
				readErr <- nil
				return
			}
			var re *posting.RecordError
			if errors.As(err, &re) {
				fmt.Fprintf(errw, "%s:%d: %v\n", re.File, re.Line, re.Err)
				nbad.Add(1)
				continue
			}
			if err != nil {
				readErr <- err
				return
			}
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				readErr <- ctx.Err()
				return
			}
			jobs <- job{seq, rec.Posting}
			seq++
		}
	}()

	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	pending := make(map[int]classifier.Result, window)
	want, expected := 0, -1
	for expected < 0 || want < expected {
		select {
		case d := <-results:
			pending[d.seq] = d.res
			for {
				res, ok := pending[want]
				if !ok {
					break
				}
				delete(pending, want)
				res = res.NonNil()
				if err := enc.Encode(&res); err != nil {
					return want, bad, warns, fmt.Errorf("write: %w", err)
				}
				<-tokens
				want++
			}
		case expected = <-total:
		case <-ctx.Done():
			return want, bad, warns, ctx.Err()
		}
	}
	return want, bad, warns, <-readErr
}
