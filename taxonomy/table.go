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
type table struct {
	name   string // file name for messages, relative to the data directory
	r      *csv.Reader
	cols   map[string]int
	header []string
	rec    []string
	line   int // line of the current record
	n      int // records read after the header
	need   int // records must have more fields than this (last wanted column)
	note   string
	warn   func(Warning)
}

// bom is the UTF-8 byte order mark some exports start with.
var bom = []byte{0xEF, 0xBB, 0xBF}

// decode returns data as UTF-8 without a BOM. Files that are not valid
// UTF-8 are taken to be ISO-8859-15 (the only other encoding the official
// exports use, whatever their names say) and transcoded, so mojibake never
// reaches the model. transcoded reports whether that happened.
func decode(data []byte) (text []byte, transcoded bool, err error) {
	data = bytes.TrimPrefix(data, bom)
	if utf8.Valid(data) {
		return data, false, nil
	}
	out, err := charmap.ISO8859_15.NewDecoder().Bytes(data)
	if err != nil {
		return nil, false, fmt.Errorf("not UTF-8 and not ISO-8859-15: %w", err)
	}
	return out, true, nil
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

func newTable(data []byte, name string, want ...string) (*table, error) {
	text, transcoded, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("taxonomy: %s: %w", name, err)
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.LazyQuotes = true
	r.FieldsPerRecord = -1
	r.ReuseRecord = true
	t := &table{name: name, r: r}
	if transcoded {
		t.note = "not valid UTF-8: read as ISO-8859-15"
	}
	for i := 0; i < maxPreamble; i++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
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

// next advances to the next record. It returns io.EOF at the end and a
// *LineError for a record the CSV reader cannot parse. Records too short
// to hold the wanted columns (a broken quote or a cut line) are skipped
// and reported through t.warn.
func (t *table) next() error {
	for {
		rec, err := t.r.Read()
		if err == io.EOF {
			return io.EOF
		}
		if err != nil {
			return t.wrap(err)
		}
		t.rec = rec
		t.n++
		t.line, _ = t.r.FieldPos(0)
		if len(rec) > t.need {
			return nil
		}
		if t.warn != nil {
			t.warn(t.warnf("row has %d fields, the header %d; row skipped", len(rec), len(t.header)))
		}
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
