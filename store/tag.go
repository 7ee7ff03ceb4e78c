package store

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"marsad/classifier"
	"marsad/corpus/dates"
	"marsad/corpus/place"
	"marsad/corpus/posting"
	"marsad/taxonomy"
)

// Classifier is what tagging needs from a classifier; *classifier.Classifier
// satisfies it.
type Classifier interface {
	Classify(ctx context.Context, p posting.Posting, top int) classifier.Result
}

// RecordReader is what tagging needs from a posting reader;
// *posting.Reader satisfies it.
type RecordReader interface {
	Next() (posting.Record, error)
}

// TagOptions configures a Tagger.
type TagOptions struct {
	Classifier Classifier // required
	// Model is the model version recorded with the tags; empty means the
	// version each Result carries.
	Model string
	// Taxonomy, when set, gives each posting the métier (code_rome_parent)
	// and domaine of its top ROME fiche. Without it the métier is the
	// fiche and the domaine its first three characters.
	Taxonomy *taxonomy.Taxonomy
	// Source overrides the postings' source; when both are empty the
	// file name (without extensions) is the source. Such a posting is
	// keyed without it (see postingKey): the same posting in another
	// file is not stored again.
	Source string
	// RefDate is the run's reference for relative dates ("il y a 3
	// jours") and dates without a year ("29 May-17:34") of postings that
	// carry no scrape date of their own (posting.Posting.Scraped). When it
	// is zero, a file's modification time stands in for the scrape date,
	// and for TagPostings the time of the call.
	RefDate time.Time
	// Format forces the input format; empty guesses from the extension
	// (.jsonl/.ndjson/.json, .csv, .txt, each optionally .gz).
	Format posting.Format
	// Workers classifying in parallel; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of postings per write transaction (default
	// 2,000). A batch is also committed after FlushEvery (default 1 s).
	BatchSize  int
	FlushEvery time.Duration
	// Errors, when set, receives each bad record and each warning as a
	// JSON line after the transaction storing it committed.
	Errors io.Writer
	// Report, when set, is called from the writer goroutine with the same
	// records as Errors, after the commit; it must return quickly. For
	// TagPostings a record's Line is the posting's place in the batch,
	// from 1.
	Report func(ErrorRecord)
	// Progress, when set, is called after each commit from the writer
	// goroutine; it must return quickly.
	Progress func(Progress)
	// ParseDate and ResolvePlace default to dates.ParseAnyYear and
	// place.Resolve (tests substitute them). ParseDate reads dates of any
	// year, so that one the store does not use (before 1990, after the
	// time of tagging) is reported as such; see Tagger.day.
	ParseDate    func(text string, ref time.Time) (time.Time, bool)
	ResolvePlace func(text string) place.Place
	// OpenReader makes the reader of one input; nil uses posting.NewReader.
	OpenReader func(r io.Reader, name string, f posting.Format) (RecordReader, error)
	Logger     *slog.Logger
}

// Tagger classifies postings and stores them exactly once. A Tagger
// holds no state between calls: TagFiles, TagPostings and Retag may run
// concurrently (bbolt serialises their write transactions).
type Tagger struct {
	db  *DB
	opt TagOptions
	log *slog.Logger
	zw  sync.Pool // *flate.Writer: each holds ~1 MB of tables
}

// Summary is what one tagging call did.
type Summary struct {
	Read        int64   `json:"read"`       // records read (good and bad), resumed records excluded
	Tagged      int64   `json:"tagged"`     // postings newly stored
	Duplicates  int64   `json:"duplicates"` // of Tagged, those joining an existing cluster
	Skipped     int64   `json:"skipped"`    // postings already stored (same key: see postingKey): not stored again
	Resumed     int64   `json:"resumed"`    // records before a file's checkpoint, committed by an earlier run: not tagged again
	Retagged    int64   `json:"retagged,omitempty"`
	Errors      int64   `json:"errors"`                 // bad records and unreadable files reported
	Warnings    int64   `json:"warnings"`               // warnings reported: dates not used, values the reader did not use
	Files       int     `json:"files"`                  // files given; finished and failed ones count too
	FailedFiles int     `json:"failed_files,omitempty"` // files not read to their end: an error record each, line 0
	Seconds     float64 `json:"seconds"`                // wall time
	Rate        float64 `json:"rate"`                   // records processed per second
	Model       string  `json:"model,omitempty"`
}

// Progress is reported after each commit.
type Progress struct {
	Summary
	BytesRead, BytesTotal int64 // input consumed so far and total size (files only)
	// BytesSkipped is the part of BytesRead passed over, not tagged:
	// files finished before, records before a checkpoint. An estimate of
	// the time left must leave it out: it is read many times faster.
	BytesSkipped int64
	Elapsed      time.Duration
}

// ErrorRecord is one bad record, as stored and as written to --errors.
// Line 0 means the whole file: it could not be read, or not to its end.
// A warning is a posting that was stored, but without the value of Field
// (Value, as found), which Reason says is wrong.
type ErrorRecord struct {
	File    string    `json:"file"`
	Line    int       `json:"line"`
	ID      string    `json:"id,omitempty"`
	Warning bool      `json:"warning,omitempty"`
	Field   string    `json:"field,omitempty"`
	Value   string    `json:"value,omitempty"`
	Reason  string    `json:"reason"`
	Time    time.Time `json:"time"`
}

// NewTagger returns a Tagger writing into db.
func (db *DB) NewTagger(opt TagOptions) (*Tagger, error) {
	if db.ro {
		return nil, errors.New("store: cannot tag into a database opened read-only")
	}
	if opt.Classifier == nil {
		return nil, errors.New("store: tagger needs a classifier")
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 2000
	}
	if opt.FlushEvery <= 0 {
		opt.FlushEvery = time.Second
	}
	if opt.OpenReader == nil {
		opt.OpenReader = func(r io.Reader, name string, f posting.Format) (RecordReader, error) {
			return posting.NewReader(r, name, f)
		}
	}
	if opt.ParseDate == nil {
		opt.ParseDate = dates.ParseAnyYear
	}
	if opt.ResolvePlace == nil {
		opt.ResolvePlace = place.Resolve
	}
	log := opt.Logger
	if log == nil {
		log = db.log
	}
	return &Tagger{db: db, opt: opt, log: log}, nil
}

// ErrInputFailed is wrapped by the error TagFiles returns when some input
// files could not be read (the others are tagged all the same).
var ErrInputFailed = errors.New("input files could not be read")

// item is one record on its way through the pipeline. seq orders them.
type item struct {
	seq    uint64
	file   *inputFile // nil for TagPostings
	line   int        // -1: marker, the file was read to its end
	failed bool       // the file could not be read (further); err says why
	p      posting.Posting
	res    classifier.Result
	err    error              // bad record, classification failure, or failed file
	ref    time.Time          // reference date when the posting has no scrape date
	result *classifier.Result // where TagPostings wants the result

	// Prepared by the worker, so the writer only looks up and puts.
	key  []byte
	old  []byte // for a posting without a source, its key before keys left out the file name
	fp   fingerprints
	tags Tags
	text []byte
	warn string // why the posting's date was not used; "" when it was (or there was none)
	// notes are what the file's reader warned about while reading this
	// record (a column not read, an unknown lang): stored with it, so
	// that a resumed file does not report them twice.
	notes []posting.Warning
}

// warner is a RecordReader that also reports values it read but did not
// use, after each call to Next; *posting.Reader is one.
type warner interface {
	Warnings() []posting.Warning
}

type inputFile struct {
	path string
	size int64
	// keys are the file's path key and, once the producer has hashed the
	// file, its content key (see checkpoint.go); the writer puts the
	// checkpoint under each. None for in-memory batches and unreadable
	// files.
	keys    [][]byte
	failed  error        // set by the producer when the file could not be read
	from    uint64       // the checkpoint line it resumed after, kept when it is marked done
	read    atomic.Int64 // bytes consumed, for the ETA
	skipped atomic.Int64 // of read, bytes passed over (see Progress.BytesSkipped)
	resumed atomic.Int64 // records before the checkpoint, not sent again
}

// TagFiles tags the given files. It resumes after the last committed
// line of each file, and skips files already finished. A file is known by
// its path and by its content: a copy or a renamed file resumes or is
// skipped as the original, and a file given twice is read once.
//
// A file that cannot be read (missing, no permission, a broken gzip
// stream, a CSV header without a title column…) does not stop the run:
// it is reported as an error record with line 0, the other files are
// tagged, and TagFiles returns the Summary with an error wrapping
// ErrInputFailed. Such a file is not marked done: the next run tries it
// again (and reports it again while it is still broken). A file whose
// format cannot be told from its name stops the run before any work, as
// it is a mistake in the command line.
func (t *Tagger) TagFiles(ctx context.Context, files []string) (Summary, error) {
	if len(files) == 0 {
		return Summary{}, errors.New("store: no input files")
	}
	inputs := make([]*inputFile, len(files))
	var total int64
	for i, f := range files {
		if _, err := t.format(f); err != nil {
			return Summary{}, err
		}
		in := &inputFile{path: f}
		if key, size, err := pathKey(f); err != nil {
			in.failed = err
		} else {
			in.keys, in.size = [][]byte{key}, size
			total += size
		}
		inputs[i] = in
	}
	produce := func(ctx context.Context, out chan<- *item) error {
		s := &sender{ctx: ctx, out: out}
		seen := map[string]string{} // content key → the input that has it
		for _, in := range inputs {
			if in.failed != nil {
				if err := s.fail(in, in.failed); err != nil {
					return err
				}
				continue
			}
			cp, err := t.checkpoint(in.keys[0])
			if err != nil {
				return err
			}
			if cp.Done {
				t.log.Info("file already tagged", "file", in.path)
				in.passed()
				continue
			}
			// Not finished under this path: it may be a copy, or
			// renamed, or it may have grown since a run read it.
			before, err := t.earlierSize(in)
			if err != nil {
				return err
			}
			ck, pk, err := contentKeys(in.path, in.size, before)
			if err != nil {
				if err := s.fail(in, err); err != nil {
					return err
				}
				continue
			}
			if first, ok := seen[string(ck)]; ok {
				t.log.Info("file skipped: same content as another input", "file", in.path, "same_as", first)
				in.passed()
				continue
			}
			seen[string(ck)] = in.path
			in.keys = append(in.keys, ck)
			byContent, err := t.checkpoint(ck)
			if err != nil {
				return err
			}
			if cp = cp.later(byContent); cp.Done {
				// Finished as another file: mark it done under this
				// path too, so that the next run does not hash it.
				t.log.Info("file already tagged (same content as a file tagged before)", "file", in.path)
				in.passed()
				if err := s.send(&item{file: in, line: -1}); err != nil {
					return err
				}
				continue
			}
			if cp.Line == 0 && pk != nil {
				// Not seen under any name: it may have grown since.
				if cp, err = t.grownFrom(in, pk, before); err != nil {
					return err
				}
			}
			in.from = cp.Line
			if cp.Line > 0 {
				t.log.Info("resuming", "file", in.path, "after_line", cp.Line)
			}
			if err := t.readFile(in, cp, s); err != nil {
				return err
			}
		}
		return nil
	}
	sum, err := t.run(ctx, inputs, total, produce)
	if err == nil && sum.FailedFiles > 0 {
		var why []string
		for _, in := range inputs {
			if in.failed != nil {
				msg := in.failed.Error()
				if !strings.Contains(msg, in.path) {
					msg = in.path + ": " + msg
				}
				why = append(why, msg)
			}
		}
		err = fmt.Errorf("store: %d of %d %w (see the error report): %s", sum.FailedFiles, len(files), ErrInputFailed, strings.Join(why, "; "))
	}
	return sum, err
}

// sender numbers the items of TagFiles in input order and hands them to
// the workers.
type sender struct {
	ctx context.Context
	out chan<- *item
	seq uint64
}

func (s *sender) send(it *item) error {
	s.seq++
	it.seq = s.seq
	select {
	case s.out <- it:
		return nil
	case <-s.ctx.Done():
		return s.ctx.Err()
	}
}

// fail reports that in could not be read (further).
func (s *sender) fail(in *inputFile, err error) error {
	in.failed = err
	return s.send(&item{file: in, failed: true, err: err})
}

// readFile sends the records of one file after its checkpoint, then a
// marker item (no posting, no error) that lets the writer mark it done.
// When the file cannot be read to its end it sends a failed item instead
// of the marker; only a cancelled context is returned.
func (t *Tagger) readFile(in *inputFile, cp checkpoint, s *sender) error {
	f, err := os.Open(in.path)
	if err != nil {
		return s.fail(in, err)
	}
	defer f.Close()
	ref := t.opt.RefDate
	if ref.IsZero() {
		if fi, err := f.Stat(); err == nil {
			ref = fi.ModTime()
		}
	}
	format, _ := t.format(in.path)
	// Up to the size the file's keys were taken at: lines written since
	// are the next run's.
	rr, err := t.opt.OpenReader(&countingReader{r: io.LimitReader(f, in.size), n: &in.read}, in.path, format)
	if err != nil {
		return s.fail(in, err)
	}
	last := 0 // last line read, for the report of a file broken midway
	skipping := cp.Line > 0
	wr, _ := rr.(warner)
	for {
		rec, err := rr.Next()
		if err == io.EOF {
			break
		}
		// What Next warned about, copied (the reader reuses its slice);
		// dropped with a resumed record: the earlier run stored it.
		var notes []posting.Warning
		if wr != nil {
			notes = slices.Clone(wr.Warnings())
		}
		it := &item{file: in, line: rec.Line, p: rec.Posting, ref: ref, notes: notes}
		var re *posting.RecordError
		switch {
		case errors.As(err, &re):
			it.line, it.err, it.p = re.Line, re, posting.Posting{}
		case err != nil:
			if last > 0 {
				err = fmt.Errorf("reading stopped after line %d: %w", last, err)
			}
			return s.fail(in, err)
		}
		last = it.line
		if uint64(it.line) <= cp.Line {
			in.resumed.Add(1)
			continue
		}
		if skipping {
			in.skipped.Store(in.read.Load())
			skipping = false
		}
		if err := s.send(it); err != nil {
			return err
		}
	}
	if skipping {
		in.skipped.Store(in.read.Load())
	}
	return s.send(&item{file: in, line: -1})
}

// passed marks a file passed over whole: finished before, or the same
// content as another input.
func (in *inputFile) passed() {
	in.read.Store(in.size)
	in.skipped.Store(in.size)
}

// earlierSize returns the largest size below its present one that the
// file had when a run tagged it, 0 when there is none (earlierSize).
func (t *Tagger) earlierSize(in *inputFile) (int64, error) {
	abs, err := filepath.Abs(in.path)
	if err != nil {
		return 0, err
	}
	var before int64
	err = t.db.bolt.View(func(tx *bolt.Tx) error { before = earlierSize(tx, abs, in.size); return nil })
	return before, err
}

// grownFrom returns where a file that grew since a run tagged it resumes:
// after the lines of its earlier content (its first before bytes, whose
// content key is prefix: contentKeys), when a run read that content; a zero checkpoint
// otherwise. Not done, whatever the earlier content was: the lines after
// it are new.
func (t *Tagger) grownFrom(in *inputFile, prefix []byte, before int64) (checkpoint, error) {
	cp, err := t.checkpoint(prefix)
	if cp.Line > 0 {
		t.log.Info("file grew since it was tagged: reading the lines added", "file", in.path, "bytes_before", before)
	}
	return checkpoint{Line: cp.Line}, err
}

// checkpoint reads the checkpoint stored under key.
func (t *Tagger) checkpoint(key []byte) (checkpoint, error) {
	var cp checkpoint
	err := t.db.bolt.View(func(tx *bolt.Tx) error { cp = getCheckpoint(tx, key); return nil })
	if err != nil {
		return cp, fmt.Errorf("store: reading a checkpoint: %w", err)
	}
	return cp, nil
}

func (t *Tagger) format(path string) (posting.Format, error) {
	if t.opt.Format != "" {
		return t.opt.Format, nil
	}
	f, err := posting.FormatOf(path)
	if err != nil {
		return "", fmt.Errorf("store: %w", err)
	}
	return f, nil
}

// TagPostings classifies and stores an in-memory batch (the HTTP API's
// POST of postings). source overrides each posting's source when set.
// results[i] is the classification of ps[i] (also for postings already
// stored, which are not stored again); bad postings get an empty Result
// with Reason set to the error.
func (t *Tagger) TagPostings(ctx context.Context, ps []posting.Posting, source string) (Summary, []classifier.Result, error) {
	results := make([]classifier.Result, len(ps))
	in := &inputFile{path: "api"}
	if source != "" {
		in.path = "api:" + source
	}
	ref := t.opt.RefDate
	if ref.IsZero() {
		ref = time.Now()
	}
	produce := func(ctx context.Context, out chan<- *item) error {
		for i, p := range ps {
			if source != "" {
				p.Source = source
			}
			it := &item{seq: uint64(i + 1), file: in, line: i + 1, p: p, ref: ref, result: &results[i]}
			select {
			case out <- it:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	}
	sum, err := t.run(ctx, nil, 0, produce)
	return sum, results, err
}

// run is the pipeline: produce → workers (classify) → one writer.
func (t *Tagger) run(ctx context.Context, inputs []*inputFile, total int64, produce func(context.Context, chan<- *item) error) (Summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	jobs := make(chan *item, 4*t.opt.Workers)
	done := make(chan *item, t.opt.BatchSize) // workers go on while the writer commits
	var sum Summary
	sum.Files = len(inputs)

	var prodErr error
	go func() {
		defer close(jobs)
		prodErr = produce(ctx, jobs)
	}()
	var wg sync.WaitGroup
	for range t.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				t.classify(ctx, it)
				select {
				case done <- it:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	w := t.newWriter(&sum, inputs, total, start)
	err := w.loop(ctx, done)
	if err != nil {
		cancel()
		for range done { // let the workers finish
		}
	}
	if err == nil && prodErr != nil {
		err = prodErr
	}
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	for _, in := range inputs {
		sum.Resumed += in.resumed.Load()
	}
	sum.Seconds = time.Since(start).Seconds()
	if sum.Seconds > 0 {
		sum.Rate = float64(sum.Read) / sum.Seconds
	}
	return sum, err
}

// classify fills it.res, or it.err when the classifier fails (panics).
func (t *Tagger) classify(ctx context.Context, it *item) {
	if it.err != nil || it.line < 0 || it.failed {
		return
	}
	if strings.TrimSpace(it.p.Title) == "" && strings.TrimSpace(it.p.Description) == "" {
		it.err = errors.New("posting has neither title nor description")
		return
	}
	t.identify(it)
	// A posting seen before (a later scrape, a file read again) is not
	// stored again: classifying it would be most of the cost of a run.
	// TagPostings wants its result all the same.
	if it.result == nil && t.stored(it) {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			it.err = fmt.Errorf("classification failed: %v", r)
		}
	}()
	it.res = t.opt.Classifier.Classify(ctx, it.p, maxConcepts)
	t.prepare(it)
	if it.result != nil {
		*it.result = it.res
		if t.opt.Model != "" {
			it.result.Model = t.opt.Model
		}
	}
}

// writer commits items in sequence order, in batches.
type writer struct {
	t       *Tagger
	sum     *Summary
	inputs  []*inputFile
	total   int64
	start   time.Time
	pending map[uint64]*item
	next    uint64
	batch   []*item
	deltas  deltas
}

func (t *Tagger) newWriter(sum *Summary, inputs []*inputFile, total int64, start time.Time) *writer {
	return &writer{t: t, sum: sum, inputs: inputs, total: total, start: start,
		pending: map[uint64]*item{}, next: 1, deltas: deltas{}}
}

func (w *writer) loop(ctx context.Context, in <-chan *item) error {
	tick := time.NewTicker(w.t.opt.FlushEvery)
	defer tick.Stop()
	for {
		select {
		case it, ok := <-in:
			if !ok {
				if len(w.pending) > 0 {
					// The producer stopped early (cancelled): keep only
					// the in-order prefix, which flush already took.
					w.t.log.Warn("discarding out-of-order records after cancellation", "n", len(w.pending))
				}
				return w.flush()
			}
			w.pending[it.seq] = it
			for {
				nx, ok := w.pending[w.next]
				if !ok {
					break
				}
				delete(w.pending, w.next)
				w.next++
				w.batch = append(w.batch, nx)
				if len(w.batch) >= w.t.opt.BatchSize {
					if err := w.flush(); err != nil {
						return err
					}
				}
			}
		case <-tick.C:
			if err := w.flush(); err != nil {
				return err
			}
		case <-ctx.Done():
			// Commit what is in order: the checkpoint stays exact.
			if err := w.flush(); err != nil {
				return err
			}
			return ctx.Err()
		}
	}
}

// flush stores the batch in one transaction with the checkpoints of the
// lines it covers.
func (w *writer) flush() error {
	if len(w.batch) == 0 {
		return nil
	}
	var (
		stored, dups, skipped, errs, read, warns int64
		failed                                   int
		errRecs                                  []ErrorRecord
		model                                    string
	)
	err := w.t.db.bolt.Update(func(tx *bolt.Tx) error {
		stored, dups, skipped, errs, read, warns, failed = 0, 0, 0, 0, 0, 0, 0
		errRecs = errRecs[:0]
		clear(w.deltas)
		cps := map[*inputFile]checkpoint{}
		meta := tx.Bucket(bucketMeta)
		var nodate int64
		for _, it := range w.batch {
			if it.failed {
				// Not a record: no line read, no checkpoint moved.
				er := ErrorRecord{File: it.file.path, Line: 0, Reason: it.err.Error(), Time: time.Now().UTC()}
				if err := putError(tx, er); err != nil {
					return err
				}
				errRecs = append(errRecs, er)
				errs++
				failed++
				continue
			}
			if it.file != nil && len(it.file.keys) > 0 {
				cp := cps[it.file]
				if it.line < 0 {
					cp.Done = true
				} else if uint64(it.line) > cp.Line {
					cp.Line = uint64(it.line)
				}
				cps[it.file] = cp
			}
			if it.line < 0 {
				continue
			}
			read++
			for _, n := range it.notes {
				er := ErrorRecord{File: it.file.path, Line: n.Line, ID: it.p.ID, Warning: true, Field: n.Field, Value: n.Value,
					Reason: n.Msg, Time: time.Now().UTC()}
				if err := putError(tx, er); err != nil {
					return err
				}
				errRecs = append(errRecs, er)
				warns++
			}
			if it.err != nil {
				er := ErrorRecord{File: it.file.path, Line: it.line, ID: it.p.ID, Reason: it.err.Error(), Time: time.Now().UTC()}
				if err := putError(tx, er); err != nil {
					return err
				}
				errRecs = append(errRecs, er)
				errs++
				if it.result != nil {
					*it.result = classifier.Result{ID: it.p.ID, Reason: "error: " + it.err.Error()}
				}
				continue
			}
			r, isNew, err := w.store(tx, it)
			if err != nil {
				return err
			}
			if !isNew {
				skipped++
				continue
			}
			model = r.Tags.Model
			stored++
			if r.DuplicateOf != 0 {
				dups++
			}
			if r.Tags.Day == NoDay {
				nodate++
			}
			if it.warn != "" {
				er := ErrorRecord{File: it.file.path, Line: it.line, ID: it.p.ID, Warning: true, Field: "date", Value: it.p.Date,
					Reason: it.warn, Time: time.Now().UTC()}
				if err := putError(tx, er); err != nil {
					return err
				}
				errRecs = append(errRecs, er)
				warns++
			}
		}
		for f, cp := range cps {
			for _, k := range f.keys {
				c := cp
				c.Line = max(c.Line, f.from, getCheckpoint(tx, k).Line)
				if err := putCheckpoint(tx, k, c); err != nil {
					return err
				}
			}
		}
		if err := w.deltas.apply(tx); err != nil {
			return err
		}
		for _, c := range []struct {
			k []byte
			d int64
		}{{keyPostings, stored}, {keyDuplicates, dups}, {keyErrors, errs}, {keyWarnings, warns}, {keyUnknown, nodate}} {
			if err := addU64(meta, c.k, c.d); err != nil {
				return err
			}
		}
		if model != "" {
			return meta.Put(keyModel, []byte(model))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: commit of %d records: %w", len(w.batch), err)
	}
	w.batch = w.batch[:0]
	w.sum.Read += read
	w.sum.Tagged += stored
	w.sum.Duplicates += dups
	w.sum.Skipped += skipped
	w.sum.Errors += errs
	w.sum.Warnings += warns
	w.sum.FailedFiles += failed
	if model != "" {
		w.sum.Model = model
	}
	if w.t.opt.Errors != nil {
		enc := json.NewEncoder(w.t.opt.Errors)
		for _, er := range errRecs {
			if err := enc.Encode(er); err != nil {
				return fmt.Errorf("store: writing error report: %w", err)
			}
		}
	}
	if w.t.opt.Report != nil {
		for _, er := range errRecs {
			w.t.opt.Report(er)
		}
	}
	if w.t.opt.Progress != nil {
		p := Progress{Summary: *w.sum, BytesTotal: w.total, Elapsed: time.Since(w.start)}
		for _, in := range w.inputs {
			p.BytesRead += in.read.Load()
			p.BytesSkipped += in.skipped.Load()
		}
		w.t.opt.Progress(p)
	}
	return nil
}

// identify sets, in the worker, the posting's source and its keys.
func (t *Tagger) identify(it *item) {
	p := &it.p
	if t.opt.Source != "" {
		p.Source = t.opt.Source
	}
	it.key = postingKey(p)
	if p.Source == "" && it.file != nil {
		base := filepath.Base(it.file.path)
		for ext := filepath.Ext(base); ext != ""; ext = filepath.Ext(base) {
			base = strings.TrimSuffix(base, ext)
		}
		p.Source = base
		it.old = []byte(p.Source + "\x00" + postingID(p))
	}
}

// stored reports whether the posting's key is committed already. The
// writer looks again (store): a posting of a batch not yet committed is
// classified and then found.
func (t *Tagger) stored(it *item) bool {
	found := false
	t.db.bolt.View(func(tx *bolt.Tx) error {
		keys := tx.Bucket(bucketKeys)
		found = keys.Get(it.key) != nil || it.old != nil && keys.Get(it.old) != nil
		return nil
	})
	return found
}

// prepare computes, in the worker, everything else about a posting that
// does not depend on the store: fingerprints, tags, stored text.
func (t *Tagger) prepare(it *item) {
	p := &it.p
	it.fp = fingerprint(p)
	it.tags = t.tags(p, &it.res)
	it.tags.Day, it.warn = t.day(p, it.ref, time.Now())
	it.text = t.compress(p.Description)
}

// store writes one classified posting unless its key is already stored.
func (w *writer) store(tx *bolt.Tx, it *item) (*Record, bool, error) {
	p := &it.p
	keys := tx.Bucket(bucketKeys)
	if keys.Get(it.key) != nil || it.old != nil && keys.Get(it.old) != nil {
		return nil, false, nil
	}
	postings := tx.Bucket(bucketPostings)
	postings.FillPercent = appendFill
	id, err := postings.NextSequence()
	if err != nil {
		return nil, false, err
	}
	r := &Record{
		ID: id, Key: p.ID, Source: p.Source, Title: p.Title, Company: p.Company,
		Location: p.Location, DateText: p.Date, Sector: p.Sector, Function: p.Function, URL: p.URL, Line: it.line,
		Fingerprint: it.fp.exact, SimHash: it.fp.simhash, Tags: it.tags,
	}
	if it.file != nil {
		r.File = it.file.path
	}
	if head := findCluster(tx, it.fp); head != 0 {
		r.DuplicateOf = head
		if err := addRepeat(tx, head, it.fp); err != nil {
			return nil, false, err
		}
	} else if err := addHead(tx, id, it.fp); err != nil {
		return nil, false, err
	}
	// bbolt keeps values until commit: each Put gets its own slice.
	if err := postings.Put(u64(id), r.encode(make([]byte, 0, 256))); err != nil {
		return nil, false, err
	}
	text := tx.Bucket(bucketText)
	text.FillPercent = appendFill
	if err := text.Put(u64(id), it.text); err != nil {
		return nil, false, err
	}
	if err := keys.Put(it.key, u64(id)); err != nil {
		return nil, false, err
	}
	w.deltas.add(r, +1)
	return r, true, nil
}

// appendFill packs pages of buckets written in key order (ids): bbolt's
// default of one half suits random inserts and wastes half the file here.
const appendFill = 0.95

// maxText bounds the description kept for re-tagging. Longer texts are
// re-tagged on their first 4 KiB (documented in docs/store.md).
const maxText = 4 << 10

// compress deflates a description truncated to maxText.
func (t *Tagger) compress(desc string) []byte {
	if len(desc) > maxText {
		cut := maxText
		for cut > 0 && !utf8.RuneStart(desc[cut]) {
			cut--
		}
		desc = desc[:cut]
	}
	zw, _ := t.zw.Get().(*flate.Writer)
	if zw == nil {
		zw, _ = flate.NewWriter(nil, flate.BestSpeed)
	}
	var buf bytes.Buffer
	zw.Reset(&buf)
	io.WriteString(zw, desc)
	zw.Close()
	t.zw.Put(zw)
	return buf.Bytes()
}

func decompress(b []byte) (string, error) {
	out, err := io.ReadAll(flate.NewReader(bytes.NewReader(b)))
	return string(out), err
}

// postingKey is a posting's identity in the keys bucket, taken before the
// file name stands in for a missing source: source \x00 id, with
// posting.StableID (a hash of title, description and company) for a
// posting without an id, so that an id-less repeat is still stored once.
//
// A posting without a source is keyed \x00 id \x00 StableID. The file
// name it gets as its source is left out, so the same posting copied into
// another file, or scraped again into one named for the day, is not
// stored twice; the content is put in, because without a source an id
// does not tell a posting apart (two boards both number their ads from 1).
func postingKey(p *posting.Posting) []byte {
	if p.Source == "" {
		return []byte("\x00" + postingID(p) + "\x00" + posting.StableID(*p))
	}
	return []byte(p.Source + "\x00" + postingID(p))
}

// postingID is the posting's id, or posting.StableID when it has none.
func postingID(p *posting.Posting) string {
	if p.ID == "" {
		return posting.StableID(*p)
	}
	return p.ID
}

// tags turns a classification into stored tags, resolving the place; the
// day is left unknown (see day).
func (t *Tagger) tags(p *posting.Posting, res *classifier.Result) Tags {
	tg := Tags{Lang: string(res.Lang), Darija: res.Darija, Model: t.opt.Model, Day: NoDay}
	if tg.Model == "" {
		tg.Model = res.Model
	}
	conv := func(cs []classifier.Concept, n int) []Code {
		if len(cs) > n {
			cs = cs[:n]
		}
		out := make([]Code, 0, len(cs))
		for _, c := range cs {
			out = append(out, Code{Code: c.Code, Score: float32(c.Score)})
		}
		return out
	}
	tg.ROME = conv(res.ROME, maxConcepts)
	tg.ISCO = conv(res.ISCO, maxConcepts)
	tg.ESCO = conv(res.ESCO, maxConcepts)
	seen := map[string]bool{}
	for _, s := range res.Skills {
		if len(tg.Skills) == maxSkills {
			break
		}
		if s.Code == "" || seen[s.Code] {
			continue
		}
		seen[s.Code] = true
		tg.Skills = append(tg.Skills, Code{Code: s.Code, Score: float32(s.Score)})
	}
	if len(tg.ROME) > 0 {
		code := tg.ROME[0].Code
		tg.ROMEParent, tg.ROMEDomain = code, code
		if len(code) >= 3 {
			tg.ROMEDomain = code[:3]
		}
		if t.opt.Taxonomy != nil {
			if f := t.opt.Taxonomy.Fiches[code]; f != nil {
				if f.Parent != "" {
					tg.ROMEParent = f.Parent
				}
				if f.Domaine != "" {
					tg.ROMEDomain = f.Domaine
				}
			}
		}
	}
	loc := p.Location
	if strings.TrimSpace(loc) == "" {
		loc = p.Title
	}
	pl := t.opt.ResolvePlace(loc)
	switch {
	case pl.Kind == place.Morocco && pl.Region != "":
		tg.Region = pl.Region
	case pl.Kind == "":
		tg.Region = string(place.Unknown)
	default:
		tg.Region = string(pl.Kind)
	}
	tg.City = pl.City
	return tg
}

// Plausible posting dates. A date more than maxAhead after the time of
// tagging is a typo (2099 for 2025) or a closing date, and one before
// earliestYear predates the job boards: either would stretch the store's
// date range, and so every trend query without from and to, over decades.
const (
	maxAhead     = 31 * 24 * time.Hour
	earliestYear = 1990
)

// day is the posting's day, read against ref (see reference) and checked
// at now, the time of tagging. A date that cannot be read, or is
// implausible, gives NoDay and a warning saying why: the posting is stored
// undated rather than lost, and whoever fixes the input learns of it. No
// date at all is no warning.
func (t *Tagger) day(p *posting.Posting, ref, now time.Time) (int32, string) {
	if strings.TrimSpace(p.Date) == "" {
		return NoDay, ""
	}
	d, ok := parseDate(t.opt.ParseDate, p.Date, reference(p, ref))
	if !ok {
		return NoDay, fmt.Sprintf("unreadable date %q: not a date Marsad can read; stored as undated", p.Date)
	}
	var why string
	switch latest := now.Add(maxAhead); {
	case d.After(latest):
		why = fmt.Sprintf("more than %d days after it was tagged (%s)", maxAhead/(24*time.Hour), now.UTC().Format(time.DateOnly))
	case d.Year() < earliestYear:
		why = fmt.Sprintf("before %d", earliestYear)
	default:
		return dayOf(d), ""
	}
	read := ""
	if iso := d.Format(time.DateOnly); iso != strings.TrimSpace(p.Date) {
		read = " (read as " + iso + ")"
	}
	return NoDay, fmt.Sprintf("implausible date %q%s: %s; stored as undated", p.Date, read, why)
}

// reference is the date a posting's relative and year-less dates are read
// against: its own scrape date when it has a readable one, else fallback
// (TagOptions.RefDate, else the file's modification time or the time of
// the API call). The posting's own date comes first because one file often
// gathers several scrapes, and a file copied or touched later has a
// modification time that says nothing of when its postings were seen.
func reference(p *posting.Posting, fallback time.Time) time.Time {
	if p.Scraped != "" {
		if t, ok := dates.Reference(p.Scraped); ok {
			return t
		}
	}
	return fallback
}

// parseDate reads a posting date. Absolute dates parse without a
// reference; only when that fails is ref (see reference) used, for
// relative dates such as "il y a 3 jours" and dates without a year.
func parseDate(parse func(string, time.Time) (time.Time, bool), text string, ref time.Time) (time.Time, bool) {
	if strings.TrimSpace(text) == "" {
		return time.Time{}, false
	}
	d, ok := parse(text, time.Time{})
	if !ok && !ref.IsZero() {
		d, ok = parse(text, ref)
	}
	return d, ok
}

func putError(tx *bolt.Tx, er ErrorRecord) error {
	b := tx.Bucket(bucketErrors)
	seq, err := b.NextSequence()
	if err != nil {
		return err
	}
	v, err := json.Marshal(er)
	if err != nil {
		return err
	}
	return b.Put(u64(seq), v)
}

// countingReader counts bytes for the progress bar's ETA.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}
