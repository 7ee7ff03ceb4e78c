package posting

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// sniffDelimiter picks the CSV delimiter from the header line: ';' (what
// French spreadsheets export) or a tab when the header has more of them
// than commas, else ','.
func sniffDelimiter(br *bufio.Reader) rune {
	head, _ := br.Peek(br.Size())
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i]
	}
	comma := bytes.Count(head, []byte(","))
	semi := bytes.Count(head, []byte(";"))
	tab := bytes.Count(head, []byte("\t"))
	switch {
	case semi > comma && semi >= tab:
		return ';'
	case tab > comma && tab > semi:
		return '\t'
	}
	return ','
}

// readHeader reads the CSV header and decides which field each column
// feeds. Several columns may feed one field ("titre" and "intitulé"):
// they are tried in order of preference (see aliases), and a warning
// says which is read.
func (r *Reader) readHeader() error {
	hdr, err := r.csv.Read()
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		return fmt.Errorf("posting: %s: header: %w", r.name, err)
	}
	line, _ := r.csv.FieldPos(0)
	r.header = make([]string, len(hdr))
	r.cols = make([]field, len(hdr))
	var srcs [nFields][]source
	seen := make(map[string]int) // extra column name → its first column
	for i, h := range hdr {
		h, _ = repairString(strings.TrimSpace(h))
		r.header[i] = h
		key := fieldKey(h)
		f := fieldByKey[key]
		r.cols[i] = f
		if f != fNone {
			srcs[f] = append(srcs[f], source{name: h, pos: i, rank: rank(f, key)})
			continue
		}
		if h == "" {
			continue
		}
		if first, dup := seen[h]; dup {
			r.warn("column "+h, line, fNone, "", fmt.Sprintf("column %d is %q again: only column %d is kept in the extra fields", i+1, h, first+1))
			continue
		}
		seen[h] = i
	}
	if len(srcs[fTitle]) == 0 && len(srcs[fDescription]) == 0 {
		return fmt.Errorf("posting: %s: CSV header has no title or description column: %q", r.name, r.header)
	}
	for f := range srcs {
		sortSources(srcs[f])
		for _, s := range srcs[f] {
			r.order[f] = append(r.order[f], s.pos)
		}
		if len(srcs[f]) > 1 {
			r.warn("field "+field(f).String(), line, field(f), "", severalSources("columns", field(f), srcs[f]))
		}
	}
	return nil
}

// quoteErr explains a quoted field that runs over several lines and then
// fails, most often a stray quote that never closes: the lines it
// swallowed are skipped with its record, and the report must say so
// rather than let them vanish. (Going back to the line after the quote
// is not safe: were the quote real and its end lost, the rest of a
// multi-line description would be read as postings.)
func (r *Reader) quoteErr(pe *csv.ParseError) error {
	if pe.Line <= pe.StartLine {
		return pe.Err
	}
	end := fmt.Sprintf("line %d", pe.Line)
	if r.src.eof && r.csv.InputOffset() == r.src.n {
		end = fmt.Sprintf("the end of the input (line %d)", pe.Line)
	}
	n := pe.Line - pe.StartLine
	lines := "line"
	if n > 1 {
		lines = "lines"
	}
	return fmt.Errorf("%w: the quoted field opened on line %d runs to %s: %d more %s (%d–%d) skipped with this record",
		pe.Err, pe.StartLine, end, n, lines, pe.StartLine+1, pe.Line)
}

// nextCSV reads one CSV record (quoted fields may span lines).
func (r *Reader) nextCSV() (Record, error) {
	if r.header == nil {
		if err := r.readHeader(); err != nil {
			return Record{}, err
		}
	}
	for {
		before := r.csv.InputOffset()
		row, err := r.csv.Read()
		if err == io.EOF {
			return Record{}, io.EOF
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				if r.csv.InputOffset() == before {
					return Record{}, fmt.Errorf("posting: %s: %w", r.name, err) // no progress: give up
				}
				return Record{}, r.recordErr(pe.StartLine, r.quoteErr(pe))
			}
			return Record{}, r.readErr(err)
		}
		line, _ := r.csv.FieldPos(0)
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue // blank line
		}
		if int(r.csv.InputOffset()-before) > r.maxLine {
			return Record{}, r.recordErr(line, fmt.Errorf("%w (more than %d bytes)", ErrTooLong, r.maxLine))
		}
		if len(row) != len(r.cols) {
			return Record{}, r.recordErr(line, fmt.Errorf("%d fields, header has %d", len(row), len(r.cols)))
		}
		rec, err := r.mapCSV(row, line)
		if err != nil {
			return Record{}, r.recordErr(line, err)
		}
		rec.Line = line
		return rec, nil
	}
}

// mapCSV maps one row, found at line, onto a Posting; the mapping rules
// are those of JSON: of the columns feeding a field, the first non-empty
// one in the order of readHeader wins.
func (r *Reader) mapCSV(row []string, line int) (Record, error) {
	var p Posting
	var extra map[string]json.RawMessage
	repairedAny := false
	for i, v := range row {
		if r.cols[i] != fNone || r.header[i] == "" || v == "" {
			continue
		}
		v, repaired := repairString(v)
		repairedAny = repairedAny || repaired
		if extra == nil {
			extra = make(map[string]json.RawMessage)
		}
		if _, dup := extra[r.header[i]]; !dup {
			b, _ := json.Marshal(v)
			extra[r.header[i]] = b
		}
	}
	langCol := -1
	for f := range r.order {
		for _, i := range r.order[f] {
			v, repaired := repairString(row[i])
			repairedAny = repairedAny || repaired
			if strings.TrimSpace(v) != "" {
				field(f).set(&p, v)
				if field(f) == fLang {
					langCol = i
				}
				break
			}
		}
	}
	if repairedAny {
		r.stats.RepairedUTF8++
	}
	finish(&p)
	if p.Title == "" && p.Description == "" {
		return Record{}, ErrEmpty
	}
	if langCol >= 0 {
		r.checkLang(&p, line, fmt.Sprintf("column %q", r.header[langCol]))
	}
	return Record{Posting: p, File: r.name, Extra: extra}, nil
}
