package taxonomy

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// table reads one CSV file by column name. The whole file is decoded up
// front so that an encoding problem is found before any row is used.
//
// Quotes are parsed strictly: a stray quote is reported and its row
// skipped, and reading resumes at the next line, where lazy parsing would
// glue the following rows into one field without a word.
type table struct {
	name   string // file name for messages, relative to the data directory
	text   []byte // the decoded file
	r      *csv.Reader
	off    int   // byte offset in text where r starts
	base   int   // lines of text before r's first line
	starts []int // byte offsets of the lines, computed at the first restart
	cols   map[string]int
	header []string
	rec    []string
	line   int       // line of the current record
	n      int       // records read after the header
	need   int       // records must have more fields than this (last wanted column)
	cut    bool      // the file does not end with a line break
	notes  []Warning // what decoding transcoded or repaired, for the loader to report
	warn   func(Warning)
}

// bom is the UTF-8 byte order mark some exports start with.
var bom = []byte{0xEF, 0xBB, 0xBF}

// decoded is a file's text as UTF-8 and what decoding it took.
type decoded struct {
	text     []byte
	repaired []int  // lines whose invalid bytes became U+FFFD
	note     string // why the file was transcoded; "" when it was UTF-8
}

// decode returns data as UTF-8 without a BOM. A file is transcoded from
// ISO-8859-15 (the only other encoding the official exports use, whatever
// their names say) only when it is clearly not UTF-8: more of its lines
// with non-ASCII bytes are invalid UTF-8 than valid. Otherwise the invalid
// bytes of the few bad lines are replaced by U+FFFD and the lines listed,
// so that one damaged line neither garbles the accents of a whole file
// nor goes unreported.
func decode(data []byte) decoded {
	data = bytes.TrimPrefix(data, bom)
	if utf8.Valid(data) {
		return decoded{text: data}
	}
	var bad []int
	valid := 0
	for n, rest := 1, data; len(rest) > 0; n++ {
		line := rest
		if i := bytes.IndexByte(rest, '\n'); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = nil
		}
		switch {
		case !utf8.Valid(line):
			bad = append(bad, n)
		case !isASCII(line):
			valid++
		}
	}
	if len(bad) > valid {
		// Every byte is a character in ISO-8859-15: this cannot fail.
		out, _ := charmap.ISO8859_15.NewDecoder().Bytes(data)
		return decoded{text: out, note: fmt.Sprintf("not UTF-8 (%d of %d lines with accented or other non-ASCII characters are invalid UTF-8): read as ISO-8859-15", len(bad), len(bad)+valid)}
	}
	return decoded{text: bytes.ToValidUTF8(data, []byte("\uFFFD")), repaired: bad}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// openTable reads the file at path (named name in messages) and positions
// it after its header: the first record that holds every column in want.
// Records before it are a preamble (the crosswalk exports have metadata
// lines there) and are skipped. Column names match case-insensitively.
func openTable(path, name string, want ...string) (*table, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("taxonomy: %w", err)
	}
	return newTable(data, name, want...)
}

// maxPreamble bounds the search for a header line.
const maxPreamble = 64

// newTable decodes data and finds its header. What decoding repaired or
// transcoded is in t.notes, for the caller to report.
func newTable(data []byte, name string, want ...string) (*table, error) {
	d := decode(data)
	t := &table{name: name, text: d.text}
	t.cut = len(d.text) > 0 && d.text[len(d.text)-1] != '\n'
	t.restart(0)
	if d.note != "" {
		t.notes = append(t.notes, Warning{File: name, Message: d.note})
	}
	for _, n := range d.repaired {
		t.notes = append(t.notes, Warning{File: name, Line: n, Malformed: true,
			Message: "invalid UTF-8 (the rest of the file is UTF-8): bad bytes replaced by U+FFFD"})
	}
	for i := 0; i < maxPreamble; i++ {
		rec, err := t.r.Read()
		if err == io.EOF {
			break
		}
		if pe := quoteError(err); pe != nil {
			// A preamble line, or a header too broken to be one.
			t.restart(t.base + pe.StartLine)
			continue
		}
		if err != nil {
			return nil, t.wrap(err)
		}
		cols := make(map[string]int, len(rec))
		for j, c := range rec {
			c = strings.ToLower(strings.TrimSpace(c))
			if _, dup := cols[c]; !dup {
				cols[c] = j
			}
		}
		if hasAll(cols, want) {
			for _, w := range want {
				t.need = max(t.need, cols[strings.ToLower(w)])
			}
			t.cols = cols
			t.header = append([]string(nil), rec...)
			return t, nil
		}
	}
	return nil, fmt.Errorf("taxonomy: %s: no header line with columns %s in the first %d lines", name, strings.Join(want, ", "), maxPreamble)
}

// restart makes the reader resume at the line after line (0: the start).
func (t *table) restart(line int) {
	t.off, t.base = 0, line
	if line > 0 {
		if t.starts == nil {
			// starts[i] is where line i+1 begins.
			t.starts = []int{0}
			for i, c := range t.text {
				if c == '\n' {
					t.starts = append(t.starts, i+1)
				}
			}
		}
		t.off = len(t.text)
		if line < len(t.starts) {
			t.off = t.starts[line]
		}
	}
	t.r = csv.NewReader(bytes.NewReader(t.text[t.off:]))
	t.r.FieldsPerRecord = -1
	t.r.ReuseRecord = true
}

// quoteError returns err as a *csv.ParseError when it is about quotes.
func quoteError(err error) *csv.ParseError {
	var pe *csv.ParseError
	if errors.As(err, &pe) && (errors.Is(pe.Err, csv.ErrQuote) || errors.Is(pe.Err, csv.ErrBareQuote)) {
		return pe
	}
	return nil
}

func hasAll(cols map[string]int, want []string) bool {
	for _, w := range want {
		if _, ok := cols[strings.ToLower(w)]; !ok {
			return false
		}
	}
	return true
}

// has reports whether the header has column c.
func (t *table) has(c string) bool {
	_, ok := t.cols[strings.ToLower(c)]
	return ok
}

// atEnd reports whether the reader has consumed the whole text.
func (t *table) atEnd() bool {
	return t.off+int(t.r.InputOffset()) >= len(t.text)
}

// truncated is the message for the last row of a file cut short: the
// official exports end every row, the last one included, with a line
// break, so a file that ends inside a row lost its tail.
const truncated = "the file ends inside this row, without a line break: it looks truncated; row skipped"

// next advances to the next record. It returns io.EOF at the end and a
// *LineError for a record the CSV reader cannot parse. Rows that are
// malformed — a stray or unclosed quote, too few fields to hold the wanted
// columns, the cut last row of a truncated file — are skipped and
// reported through t.warn.
func (t *table) next() error {
	for {
		rec, err := t.r.Read()
		if err == io.EOF {
			return io.EOF
		}
		if pe := quoteError(err); pe != nil {
			t.line = t.base + pe.StartLine
			if t.atEnd() && t.cut {
				t.report(truncated)
				return io.EOF
			}
			if end := t.base + pe.Line; end != t.line {
				t.report(fmt.Sprintf("broken quote (%v, found at line %d column %d); row skipped", pe.Err, end, pe.Column))
			} else {
				t.report(fmt.Sprintf("broken quote (%v, column %d); row skipped", pe.Err, pe.Column))
			}
			// Resume right after the row's first line: the quote error
			// may have swallowed the lines after it.
			t.restart(t.line)
			continue
		}
		if err != nil {
			return t.wrap(err)
		}
		t.rec = rec
		t.n++
		line, _ := t.r.FieldPos(0)
		t.line = t.base + line
		switch {
		case t.cut && t.atEnd() && len(rec) < len(t.header):
			t.report(truncated)
		case len(rec) > t.need:
			return nil
		default:
			t.report(fmt.Sprintf("row has %d fields, the header %d; row skipped", len(rec), len(t.header)))
		}
	}
}

// report passes a problem with the file at the current record to t.warn.
func (t *table) report(msg string) {
	if t.warn != nil {
		w := t.warnf("%s", msg)
		w.Malformed = true
		t.warn(w)
	}
}

// get returns column c of the current record, trimmed; "" when the
// column or the field is missing.
func (t *table) get(c string) string {
	i, ok := t.cols[strings.ToLower(c)]
	if !ok || i >= len(t.rec) {
		return ""
	}
	return strings.TrimSpace(t.rec[i])
}

// warn records a warning about the current record.
func (t *table) warnf(format string, args ...any) Warning {
	return Warning{File: t.name, Line: t.line, Message: fmt.Sprintf(format, args...)}
}

func (t *table) wrap(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &LineError{File: t.name, Line: pe.Line, Err: pe.Err}
	}
	return fmt.Errorf("taxonomy: %s: %w", t.name, err)
}

// LineError is a problem at one line of one data file.
type LineError struct {
	File string
	Line int
	Err  error
}

func (e *LineError) Error() string {
	return fmt.Sprintf("taxonomy: %s line %d: %v", e.File, e.Line, e.Err)
}

func (e *LineError) Unwrap() error { return e.Err }

// splitList splits a multi-valued ESCO field. The official exports put one
// value per line; trimmed exports (esco-fr-labels-api) use "|".
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	sep := "\n"
	if !strings.Contains(s, "\n") && strings.Contains(s, "|") {
		sep = "|"
	}
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// relName is path relative to dir, with slashes, for messages.
func relName(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil {
		return filepath.ToSlash(r)
	}
	return path
}
