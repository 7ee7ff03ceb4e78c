package posting

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxLine is the longest line (or CSV record) a Reader accepts.
// Longer ones are reported as a *RecordError and skipped, so one runaway
// record cannot exhaust memory or stop a run: a Reader holds a few times
// this much at most, whatever the input, and a CSV quote that never
// closes costs at most this much of it (see recordReader).
const DefaultMaxLine = 16 << 20

// ErrTooLong is wrapped by the *RecordError of a line longer than the limit.
var ErrTooLong = errors.New("line too long")

// ErrEmpty is wrapped by the *RecordError of a record with neither title nor
// description.
var ErrEmpty = errors.New("record has neither title nor description")

// Reader reads postings from one input. It is not safe for concurrent use.
//
// Errors from Next are of two kinds: a *RecordError concerns one record,
// which is skipped (call Next again); any other error (a broken gzip
// stream, a CSV header without a title or description column, a read
// failure) ends the input and is returned again by later calls.
type Reader struct {
	name    string
	format  Format
	br      *bufio.Reader
	maxLine int
	stats   Stats
	err     error           // sticky fatal error
	gzip    bool            // the input is gzipped: read errors are most likely its stream's
	warns   []Warning       // those of the last call to Next
	warned  map[string]bool // kinds of warning already reported (see warn)

	// JSONL and Text.
	line    int    // number of the last line read
	lineBuf []byte // holds lines longer than br's buffer

	// CSV.
	csv      *csv.Reader
	src      *recordReader  // what csv reads: a line at a time, a record within maxLine
	lineBase int            // lines before the first one csv counts (see restartCSV)
	offBase  int64          // bytes before the first one csv counts
	header   []string       // column names as found
	cols     []field        // field fed by each column (fNone: goes to Extra)
	order    [nFields][]int // the columns feeding each field, most preferred first
}

// NewReader reads postings in format f from r; name is used in errors.
// Gzip input is recognised by its magic bytes whatever the format, and a
// UTF-8 byte order mark is skipped. A name ending in .gz must hold gzip
// (or nothing): anything else is a broken gzip header, not text. Text
// starting with a UTF-16 byte order mark (little- or big-endian, inside
// gzip too) is decoded; UTF-16 without one, and UTF-32, are refused.
func NewReader(r io.Reader, name string, f Format) (*Reader, error) {
	switch f {
	case JSONL, CSV, Text:
	default:
		return nil, fmt.Errorf("posting: %s: unknown format %q", name, f)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	gz := false
	magic, _ := br.Peek(2)
	isGzip := len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b
	if !isGzip && len(magic) > 0 && strings.HasSuffix(strings.ToLower(name), ".gz") {
		// Read as text, a corrupt archive would yield lines of binary
		// noise reported one by one, or worse, stored.
		return nil, fmt.Errorf("posting: %s: broken gzip header: the name ends in .gz but the content is not gzip", name)
	}
	if isGzip {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("posting: %s: broken gzip header: %w", name, err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
		gz = true
	}
	br, err := decodeUTF16(br, name)
	if err != nil {
		return nil, err
	}
	if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\uFEFF")) {
		br.Discard(3)
	}
	rd := &Reader{name: name, format: f, br: br, maxLine: DefaultMaxLine, gzip: gz}
	if f == CSV {
		rd.src = &recordReader{br: br, bol: true}
		rd.startCSV(sniffDelimiter(br))
	}
	return rd, nil
}

// SetMaxLine changes the longest line or record accepted (DefaultMaxLine
// unless set), which also bounds what a CSV quote that never closes
// costs. It must be called before the first Next.
func (r *Reader) SetMaxLine(n int) {
	if n > 0 {
		r.maxLine = n
	}
}

// Next returns the next record. At the end it returns io.EOF. A bad
// record yields a *RecordError; the caller reports it and calls Next again.
// Warnings then tells what Next read but did not use.
func (r *Reader) Next() (Record, error) {
	r.warns = r.warns[:0]
	if r.err != nil {
		return Record{}, r.err
	}
	var rec Record
	var err error
	switch r.format {
	case CSV:
		rec, err = r.nextCSV()
	case Text:
		rec, err = r.nextText()
	default:
		rec, err = r.nextJSON()
	}
	var re *RecordError
	switch {
	case err == nil:
		r.stats.Records++
	case errors.As(err, &re):
		r.stats.Errors++
	default:
		r.err = err
	}
	return rec, err
}

// Stats reports what has been read so far.
func (r *Reader) Stats() Stats { return r.stats }

// Warnings returns what the last call to Next found wrong without
// skipping a record, whatever it returned: the columns a CSV header
// leaves unread come with the first call, a value not used with its
// record. A kind of warning is returned once per input (the first time);
// Stats counts them all. The slice is valid until the next call to Next.
func (r *Reader) Warnings() []Warning { return r.warns }

// warn records a warning at line. Warnings of one kind (say, an unknown
// language) are returned only the first time, so that a source making
// the same slip on every line does not bury the report; Stats counts
// each one.
func (r *Reader) warn(kind string, line int, f field, value, msg string) {
	r.stats.Warnings++
	if r.warned[kind] {
		return
	}
	if r.warned == nil {
		r.warned = make(map[string]bool)
	}
	r.warned[kind] = true
	r.warns = append(r.warns, Warning{File: r.name, Line: line, Field: f.String(), Value: value, Msg: msg})
}

// onceNote ends the message of a warning about one record, which warn
// returns for the first such record only.
const onceNote = " (reported for the first record only)"

// checkLang drops a declared language the classifier does not know, with
// a warning: kept, it would be ignored without a word (the API refuses
// it). where names the column or key it came from.
func (r *Reader) checkLang(p *Posting, line int, where string) {
	if knownLang(p.Lang) {
		return
	}
	r.warn("lang", line, fLang, p.Lang, fmt.Sprintf("unknown language %s in %s, not fr, ar, en or und: not used, the language is detected from the text%s",
		quoteShort(p.Lang), where, onceNote))
	p.Lang = ""
}

// readErr builds the fatal error of a failed read. A gzip stream cut short
// or corrupt says only "unexpected EOF" or "flate: corrupt input": name
// the stream so that the error report tells what to fix.
func (r *Reader) readErr(err error) error {
	if r.gzip {
		return fmt.Errorf("posting: %s: broken gzip stream: %w", r.name, err)
	}
	return fmt.Errorf("posting: %s: %w", r.name, err)
}

// recordErr builds the error of a bad record at line.
func (r *Reader) recordErr(line int, err error) error {
	return &RecordError{File: r.name, Line: line, Err: err}
}

// readLine returns the next line without its end-of-line bytes. Lines
// longer than maxLine are read to their end, discarded and reported with
// ErrTooLong, unless they hold only white space: such a line is blank,
// however long, and comes back empty.
func (r *Reader) readLine() (line []byte, err error) {
	r.lineBuf = r.lineBuf[:0]
	tooLong, blank := false, false
	for {
		chunk, err := r.br.ReadSlice('\n')
		if tooLong {
			blank = blank && isBlank(chunk)
		} else {
			if len(r.lineBuf)+len(chunk) > r.maxLine+2 { // +2: "\r\n" is not content
				tooLong = true
				blank = isBlank(r.lineBuf) && isBlank(chunk)
				r.lineBuf = r.lineBuf[:0]
			} else if err == nil && len(r.lineBuf) == 0 {
				line = chunk // the whole line fitted in the buffer: no copy
			} else {
				r.lineBuf = append(r.lineBuf, chunk...)
				line = r.lineBuf
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF:
			if !tooLong && len(line) == 0 {
				return nil, io.EOF
			}
		case err != nil:
			return nil, r.readErr(err)
		}
		r.line++
		if tooLong {
			if blank {
				return nil, nil // white space only: a blank line, however long
			}
			return nil, r.recordErr(r.line, fmt.Errorf("%w (more than %d bytes)", ErrTooLong, r.maxLine))
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > r.maxLine {
			if isBlank(line) {
				return nil, nil
			}
			return nil, r.recordErr(r.line, fmt.Errorf("%w (more than %d bytes)", ErrTooLong, r.maxLine))
		}
		if cap(r.lineBuf) > 1<<20 && len(line) < 1<<16 {
			r.lineBuf = nil // do not pin a huge buffer after one big line
		}
		return line, nil
	}
}

func isBlank(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

// invisible reports whether s holds only white space and format
// characters (byte order marks, zero-width spaces and joiners).
func invisible(s string) bool {
	for _, c := range s {
		if !unicode.IsSpace(c) && !unicode.Is(unicode.Cf, c) {
			return false
		}
	}
	return true
}

// nextText reads one posting per non-blank line; the line is the title.
func (r *Reader) nextText() (Record, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return Record{}, err
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		s, repaired := repairUTF8(line)
		if invisible(s) {
			continue // a stray BOM, zero-width spaces: blank to a reader
		}
		if repaired {
			r.stats.RepairedUTF8++
		}
		p := Posting{Title: s}
		finish(&p)
		if p.Title == "" {
			// A bullet, a dash, control characters: reported, so that
			// every non-blank line is either a posting or an error.
			return Record{}, r.recordErr(r.line, fmt.Errorf("%w: the line holds only markup or invisible characters: %s", ErrEmpty, quoteShort(s)))
		}
		return Record{Posting: p, File: r.name, Line: r.line}, nil
	}
}

// FormatOf picks the format from a file name: .jsonl, .ndjson and .json are
// JSON Lines, .csv and .tsv CSV, .txt plain text, each with an optional .gz.
func FormatOf(name string) (Format, error) {
	base := strings.ToLower(filepath.Base(name))
	base = strings.TrimSuffix(base, ".gz")
	switch filepath.Ext(base) {
	case ".jsonl", ".ndjson", ".json":
		return JSONL, nil
	case ".csv", ".tsv":
		return CSV, nil
	case ".txt", ".text":
		return Text, nil
	}
	return "", fmt.Errorf("posting: %s: cannot tell the format from the name (want .jsonl, .csv or .txt, optionally .gz)", name)
}

// Open opens a file of postings. When f is "" the format comes from the
// file name (see FormatOf). The caller closes the returned Closer.
func Open(path string, f Format) (*Reader, io.Closer, error) {
	if f == "" {
		var err error
		if f, err = FormatOf(path); err != nil {
			return nil, nil, err
		}
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("posting: %w", err)
	}
	r, err := NewReader(file, path, f)
	if err != nil {
		file.Close()
		return nil, nil, err
	}
	return r, file, nil
}

// quoteShort quotes s for a message, cut to its first 40 bytes.
func quoteShort(s string) string {
	if len(s) <= 40 {
		return strconv.Quote(s)
	}
	i := 40
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return strconv.Quote(s[:i]) + "…"
}
