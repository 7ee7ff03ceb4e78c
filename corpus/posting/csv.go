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
	r.src.begin(r.maxLine)
	hdr, err := r.csv.Read()
	if r.src.over {
		if err := r.restartCSV(); err != nil {
			return r.readErr(err)
		}
		return fmt.Errorf("posting: %s: header: %w", r.name, r.overErr(false))
	}
	if err == io.EOF {
		return io.EOF
	}
	if err != nil {
		return fmt.Errorf("posting: %s: header: %w", r.name, err)
	}
	line := r.fieldLine(0)
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
// fails, most often a stray quote that never closes, within the budget of
// a record (beyond it, see restartCSV): the lines it swallowed are
// skipped with its record, and the report must say so rather than let
// them vanish. (Going back to the line after the quote is not safe: were
// the quote real and its end lost, the rest of a multi-line description
// would be read as postings.)
func (r *Reader) quoteErr(pe *csv.ParseError) error {
	if pe.Line <= pe.StartLine {
		return pe.Err
	}
	end := fmt.Sprintf("line %d", pe.Line)
	if r.src.eof && r.offBase+r.csv.InputOffset() == r.src.n {
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
		r.src.begin(r.maxLine)
		before := r.csv.InputOffset()
		row, err := r.csv.Read()
		if r.src.over {
			if err := r.restartCSV(); err != nil {
				return Record{}, r.readErr(err)
			}
			if r.src.blank {
				continue // white space only: blank lines, however long
			}
			return Record{}, r.recordErr(r.src.first, r.overErr(true))
		}
		if err == io.EOF {
			return Record{}, io.EOF
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				pe.StartLine += r.lineBase
				pe.Line += r.lineBase
				if r.csv.InputOffset() == before {
					return Record{}, fmt.Errorf("posting: %s: %w", r.name, err) // no progress: give up
				}
				return Record{}, r.recordErr(pe.StartLine, r.quoteErr(pe))
			}
			return Record{}, r.readErr(err)
		}
		line := r.fieldLine(0)
		if len(row) == 1 && strings.TrimSpace(row[0]) == "" {
			continue // blank line
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

// fieldLine returns the line where field i of the last row starts.
func (r *Reader) fieldLine(i int) int {
	line, _ := r.csv.FieldPos(i)
	return r.lineBase + line
}

// startCSV starts a csv.Reader where r.src stands, at the start of a line.
func (r *Reader) startCSV(comma rune) {
	r.csv = csv.NewReader(r.src)
	r.csv.Comma = comma
	r.csv.FieldsPerRecord = -1 // checked against the header ourselves
	r.csv.ReuseRecord = true
	r.lineBase, r.offBase = r.src.lines, r.src.n
}

// restartCSV follows a record that ran over budget: it skips the rest of
// the line where the budget ran out and starts a new csv.Reader on the
// next line. The old one stopped in the middle of a record, and counted
// as a line the part of one it was given.
//
// Reading resumes there rather than on the line after the one where the
// record started: were a quote real and its end lost, the rest of its
// multi-line field would be read as postings (see quoteErr). A record
// within the budget is read to its end, however many lines it has; one
// beyond it costs at most the budget, and is reported with every line
// it took, so that a stray quote in a 2 GB file neither hides the rest
// of it nor makes the Reader hold it in memory.
func (r *Reader) restartCSV() error {
	if err := r.src.skipLine(); err != nil {
		return err
	}
	r.startCSV(r.csv.Comma)
	return nil
}

// overErr describes the record that ran over budget, once restartCSV
// has skipped it; resumed tells whether reading goes on after it.
func (r *Reader) overErr(resumed bool) error {
	c := r.src
	last := c.lastLine()
	first := c.first
	if first == 0 { // blank lines only
		first = last
	}
	if first == last && c.cut {
		return fmt.Errorf("%w (more than %d bytes)", ErrTooLong, c.budget)
	}
	lines := fmt.Sprintf("lines %d–%d", first, last)
	if first == last {
		lines = fmt.Sprintf("line %d", first)
	}
	err := fmt.Errorf("%w: the quoted field opened on line %d is not closed within %d bytes", csv.ErrQuote, first, c.budget)
	switch {
	case !resumed:
		return fmt.Errorf("%w (%s)", err, lines)
	case c.atEnd():
		return fmt.Errorf("%w: %s skipped with this record, to the end of the input", err, lines)
	}
	return fmt.Errorf("%w: %s skipped with this record, reading resumes on line %d", err, lines, last+1)
}

// errBudget is what a recordReader returns once a record has used up its
// budget. csv returns it, or a parse error of the part of a line it got;
// nextCSV looks at recordReader.over instead, and never returns either.
var errBudget = errors.New("posting: CSV record over budget")

// recordReader is what the csv.Reader reads. It hands over one line at a
// time, as csv asks for more only when it holds no line end: so csv holds
// nothing beyond the line it parses, and between records the lines and
// bytes counted here are csv's own. It hands over at most budget bytes of
// one record, then fails: else a quote that never closes makes csv read
// on, holding all it reads, to the next quote or the end of the input.
//
// The budget is maxLine: a longer record is refused anyway (ErrTooLong),
// so reading further would only find where it ends, while csv holds
// about three copies of what it reads (the line, the record's text, a
// string of it), and the postings lost to a stray quote would grow with
// the budget too.
type recordReader struct {
	br    *bufio.Reader
	n     int64 // bytes handed over or skipped
	lines int   // line ends handed over or skipped
	bol   bool  // n is at the beginning of a line
	eof   bool  // the input has ended

	// The current record.
	start  int64 // where it begins
	budget int64 // how far it may run from start
	first  int   // its first line that csv does not skip as empty, 0 before
	blank  bool  // all of it so far is white space
	over   bool  // it ran over budget
	cut    bool  // it did so in the middle of a line
}

// begin starts a record at the current offset.
func (c *recordReader) begin(budget int) {
	c.start, c.budget = c.n, int64(budget)
	c.first, c.blank, c.over, c.cut = 0, true, false, false
}

func (c *recordReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if c.br.Buffered() == 0 {
		if _, err := c.br.Peek(1); err != nil {
			c.eof = err == io.EOF
			return 0, err
		}
	}
	left := c.start + c.budget - c.n
	if left <= 0 {
		c.over, c.cut = true, !c.bol
		return 0, errBudget
	}
	if c.bol && c.first == 0 {
		empty, err := c.emptyLine()
		if err != nil {
			return 0, err
		}
		if !empty {
			c.first = c.lines + 1
		}
	}
	b, _ := c.br.Peek(c.br.Buffered())
	b = b[:min(int64(len(b)), int64(len(p)), left)]
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i+1]
	}
	n := copy(p, b)
	c.count(b)
	c.br.Discard(n)
	return n, nil
}

// count accounts for b, handed over or skipped: a piece of one line,
// ending with its '\n' if any.
func (c *recordReader) count(b []byte) {
	c.n += int64(len(b))
	c.blank = c.blank && isBlank(b)
	c.bol = b[len(b)-1] == '\n'
	if c.bol {
		c.lines++
	}
}

// emptyLine reports whether the line ahead, of which some is buffered,
// is one csv skips as empty: "\n", "\r\n", or "\r" at the end.
func (c *recordReader) emptyLine() (bool, error) {
	b, _ := c.br.Peek(1)
	switch b[0] {
	case '\n':
		return true, nil
	case '\r':
		b, err := c.br.Peek(2)
		switch {
		case len(b) == 2:
			return b[1] == '\n', nil
		case err == io.EOF:
			return true, nil
		}
		return false, err
	}
	return false, nil
}

// skipLine discards the rest of the line where a record ran over budget,
// a buffer at a time.
func (c *recordReader) skipLine() error {
	for !c.bol {
		b, err := c.br.ReadSlice('\n')
		if len(b) > 0 {
			c.count(b)
		}
		switch err {
		case nil, bufio.ErrBufferFull:
		case io.EOF:
			c.eof = true
			return nil
		default:
			return err
		}
	}
	return nil
}

// lastLine returns the number of the line that holds the last byte
// handed over or skipped.
func (c *recordReader) lastLine() int {
	if c.bol {
		return c.lines
	}
	return c.lines + 1
}

// atEnd reports whether the input has ended.
func (c *recordReader) atEnd() bool {
	if c.eof {
		return true
	}
	_, err := c.br.Peek(1)
	return err == io.EOF
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
