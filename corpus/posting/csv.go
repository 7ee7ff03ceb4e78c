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

// readHeader reads the CSV header and decides which field each column feeds.
func (r *Reader) readHeader() error {
	hdr, err := r.csv.Read()
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		return fmt.Errorf("posting: %s: header: %w", r.name, err)
	}
	r.header = make([]string, len(hdr))
	r.cols = make([]field, len(hdr))
	r.ranks = make([]int, len(hdr))
	hasText := false
	for i, h := range hdr {
		h, _ = repairString(strings.TrimSpace(h))
		r.header[i] = h
		key := fieldKey(h)
		r.cols[i] = fieldByKey[key]
		r.ranks[i] = rank(r.cols[i], key)
		if r.cols[i] == fTitle || r.cols[i] == fDescription {
			hasText = true
		}
	}
	if !hasText {
		return fmt.Errorf("posting: %s: CSV header has no title or description column: %q", r.name, r.header)
	}
	return nil
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
				return Record{}, r.recordErr(pe.StartLine, pe.Err)
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
		rec, err := r.mapCSV(row)
		if err != nil {
			return Record{}, r.recordErr(line, err)
		}
		rec.Line = line
		return rec, nil
	}
}

// mapCSV maps one row onto a Posting; the mapping rules are those of JSON.
func (r *Reader) mapCSV(row []string) (Record, error) {
	var p Posting
	var best [nFields]int
	for i := range best {
		best[i] = -1
	}
	var extra map[string]json.RawMessage
	repairedAny := false
	for i, v := range row {
		v, repaired := repairString(v)
		repairedAny = repairedAny || repaired
		f := r.cols[i]
		if f == fNone {
			if v == "" || r.header[i] == "" {
				continue
			}
			if extra == nil {
				extra = make(map[string]json.RawMessage)
			}
			if _, dup := extra[r.header[i]]; !dup {
				b, _ := json.Marshal(v)
				extra[r.header[i]] = b
			}
			continue
		}
		if strings.TrimSpace(v) == "" {
			continue
		}
		if best[f] < 0 || r.ranks[i] < best[f] {
			best[f] = r.ranks[i]
			f.set(&p, v)
		}
	}
	if repairedAny {
		r.stats.RepairedUTF8++
	}
	finish(&p)
	if p.Title == "" && p.Description == "" {
		return Record{}, ErrEmpty
	}
	return Record{Posting: p, File: r.name, Extra: extra}, nil
}
