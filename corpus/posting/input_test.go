package posting

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// utf16BE encodes s in UTF-16, big-endian.
func utf16BE(s string) []byte {
	le := utf16LE(s)
	for i := 0; i+1 < len(le); i += 2 {
		le[i], le[i+1] = le[i+1], le[i]
	}
	return le
}

func gzipped(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

// TestUTF16: text with a UTF-16 byte order mark is decoded, in every
// format and inside gzip; UTF-16 without one, and UTF-32, are refused
// with the encoding named. Before, the BOM stuck to the first title, the
// CSV header lost its title column and JSON did not parse.
func TestUTF16(t *testing.T) {
	const csvText = "\ufefftitle;description\nPlombier chauffagiste;réparation\nInfirmier;soins\n"
	tests := []struct {
		name   string
		f      Format
		in     []byte
		titles []string
		fatal  string // in NewReader's error
	}{
		{"csv LE", CSV, utf16LE(csvText), []string{"Plombier chauffagiste", "Infirmier"}, ""},
		{"csv BE", CSV, utf16BE(csvText), []string{"Plombier chauffagiste", "Infirmier"}, ""},
		{"csv LE gzip", CSV, gzipped(utf16LE(csvText)), []string{"Plombier chauffagiste", "Infirmier"}, ""},
		{"text LE", Text, utf16LE("\ufeffPlombier chauffagiste\r\nمهندس مدني\r\n"), []string{"Plombier chauffagiste", "مهندس مدني"}, ""},
		{"jsonl LE", JSONL, utf16LE("\ufeff{\"title\":\"Plombier chauffagiste\"}\n"), []string{"Plombier chauffagiste"}, ""},
		{"jsonl BE gzip", JSONL, gzipped(utf16BE("\ufeff{\"title\":\"Plombier chauffagiste\"}\n")), []string{"Plombier chauffagiste"}, ""},
		{"odd last byte", Text, append(utf16LE("\ufeffComptable\n"), 'x'), []string{"Comptable", "\uFFFD"}, ""},
		{"LE without BOM", JSONL, utf16LE(`{"title":"Plombier chauffagiste"}`), nil, "looks like UTF-16LE text without a byte order mark"},
		{"BE without BOM", CSV, utf16BE("title\nComptable\n"), nil, "looks like UTF-16BE text"},
		{"Arabic LE without BOM", Text, utf16LE("مهندس مدني\nمحاسب\n"), nil, "UTF-16LE"},
		{"gzip LE without BOM", Text, gzipped(utf16LE("Comptable\nPlombier\n")), nil, "UTF-16LE"},
		{"UTF-32", Text, []byte("\xff\xfe\x00\x00C\x00\x00\x00"), nil, "UTF-32"},
		{"a few NULs are not UTF-16", Text, []byte("Comptable\x00 confirmé\nPlombier\n"), []string{"Comptable confirmé", "Plombier"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(bytes.NewReader(tt.in), "in", tt.f)
			if tt.fatal != "" {
				if err == nil || !strings.Contains(err.Error(), tt.fatal) {
					t.Fatalf("NewReader: %v; want an error with %q", err, tt.fatal)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			recs, errs := readAll(t, r)
			var titles []string
			for _, rec := range recs {
				titles = append(titles, rec.Posting.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") || len(errs) != 0 {
				t.Errorf("titles %q, errors %v; want %q", titles, errs, tt.titles)
			}
		})
	}
}

// TestTextEmptyLines: a text line with something in it that cleaning
// leaves empty is a bad record, not silently dropped; a line of white
// space and invisible characters is blank.
func TestTextEmptyLines(t *testing.T) {
	in := "-\nComptable\n-\x14\n\x96\n\x96\x02\n  \n\ufeff\u200b \n* \nPlombier\n"
	r, err := NewReader(strings.NewReader(in), "t.txt", Text)
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := readAll(t, r)
	var lines []int
	for _, e := range errs {
		lines = append(lines, e.Line)
		if !errors.Is(e, ErrEmpty) || !strings.Contains(e.Error(), "only markup or invisible characters") {
			t.Errorf("line %d: %v; want ErrEmpty saying why", e.Line, e)
		}
	}
	if len(recs) != 2 || recs[0].Line != 2 || recs[1].Line != 9 || !slices.Equal(lines, []int{1, 3, 4, 5, 8}) {
		t.Errorf("%d records, errors on lines %v; want 2 (lines 2, 9) and errors on 1, 3, 4, 5, 8", len(recs), lines)
	}
	if s := r.Stats(); s.Records != 2 || s.Errors != 5 {
		t.Errorf("stats %+v", s)
	}
}

// TestCSVQuoteSwallows: a quote that opens a field and never closes
// properly takes the following lines into its record; the error says
// which lines went with it, so that none vanishes unreported.
func TestCSVQuoteSwallows(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		records int
		want    []string // in the error, on line 2
	}{
		{"to the end", "title,city\n\"Comptable,Rabat\nPlombier,Fès\nInfirmier,Agadir\n", 0,
			[]string{"opened on line 2", "the end of the input (line 4)", "2 more lines (3–4) skipped"}},
		{"to the end, no final newline", "title,city\n\"Comptable,Rabat\nPlombier,Fès", 0,
			[]string{"opened on line 2", "the end of the input (line 3)", "1 more line (3–3) skipped"}},
		{"to a later quote", "title,city\n\"Comptable,Rabat\nPlombier,Fès\n\"Infirmier\" x,Agadir\nChauffeur,Oujda\n", 1,
			[]string{"opened on line 2 runs to line 4:", "2 more lines (3–4) skipped"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.in), "q.csv", CSV)
			if err != nil {
				t.Fatal(err)
			}
			recs, errs := readAll(t, r)
			if len(recs) != tt.records || len(errs) != 1 || errs[0].Line != 2 {
				t.Fatalf("%d records, errors %v; want %d and one on line 2", len(recs), errs, tt.records)
			}
			for _, w := range tt.want {
				if !strings.Contains(errs[0].Error(), w) {
					t.Errorf("error %q does not say %q", errs[0], w)
				}
			}
		})
	}
	// A quote closed badly on its own line swallows nothing: no such talk.
	r, _ := NewReader(strings.NewReader("title,city\n\"Comptable\" x,Rabat\nok,Fès\n"), "q.csv", CSV)
	if recs, errs := readAll(t, r); len(recs) != 1 || len(errs) != 1 || strings.Contains(errs[0].Error(), "skipped") {
		t.Errorf("%d records, errors %v", len(recs), errs)
	}
}

// TestCSVQuoteBudget: a record may not run beyond maxLine bytes. One
// that does, a quote that never closes, is reported on its first line
// with every line it took, and reading resumes on the line after the one
// where the budget ran out: the postings after it are read, on their own
// lines. Before, the quote took the rest of the input.
func TestCSVQuoteBudget(t *testing.T) {
	const budget = 64
	poste := func(from, to int) string { // lines from–to, each 16 bytes, saying their number
		var b strings.Builder
		for n := from; n <= to; n++ {
			fmt.Fprintf(&b, "Poste %02d,Agadir\n", n)
		}
		return b.String()
	}
	tests := []struct {
		name  string
		in    string
		lines []int  // of the records, whose titles say them
		errs  []int  // lines of the record errors
		want  string // in the first error
		fatal string // in the fatal error
	}{
		// The budget runs out in line 5, at byte 64 of the record.
		{"cut in a line", "title,city\n\"Comptable,Rabat\n" + poste(3, 9), []int{6, 7, 8, 9}, []int{2},
			`extraneous or missing " in quoted-field: the quoted field opened on line 2 is not closed within 64 bytes: lines 2–5 skipped with this record, reading resumes on line 6`, ""},
		{"at a line end", "title,city\n\"Comptable,Safi\n" + poste(3, 8), []int{6, 7, 8}, []int{2},
			"not closed within 64 bytes: lines 2–5 skipped with this record, reading resumes on line 6", ""},
		{"crlf", "title,city\r\n\"Comptable,Rabat\r\n" + strings.ReplaceAll(poste(3, 9), "\n", "\r\n"), []int{6, 7, 8, 9}, []int{2},
			"lines 2–5 skipped with this record, reading resumes on line 6", ""},
		{"to the end", "title,city\n\"Comptable,Rabat\n" + poste(3, 5), nil, []int{2},
			"lines 2–5 skipped with this record, to the end of the input", ""},
		// Blank lines before a record count in its budget, as they do in
		// csv.Reader.InputOffset.
		{"blank lines first", "title,city\n\n\r\n\"Comptable,Rabat\n" + poste(5, 9), []int{8, 9}, []int{4},
			"opened on line 4 is not closed within 64 bytes: lines 4–7 skipped", ""},
		{"twice", "title,city\n\"Comptable,Rabat\n" + poste(3, 7) + "\"Plombier,Fès\n" + poste(9, 14), []int{6, 7, 13, 14}, []int{2, 8},
			"lines 2–5 skipped", ""},
		{"one line", "title,city\n\"Comptable" + strings.Repeat(" x", 40) + ",Rabat\n" + poste(3, 4), []int{3, 4}, []int{2},
			"line too long (more than 64 bytes)", ""},
		{"long blank line", "title,city\n" + strings.Repeat(" ", 200) + "\n" + poste(3, 4), []int{3, 4}, nil, "", ""},
		// Within the budget, as before (see TestCSVQuoteSwallows).
		{"closes within the budget", "title,city\n\"Comptable,Rabat\nPlombier,Fès\n\"Infirmier\" x,Agadir\n" + poste(5, 6), []int{5, 6}, []int{2},
			"the quoted field opened on line 2 runs to line 4: 2 more lines (3–4) skipped with this record", ""},
		{"exactly the budget, at the end", "title,city\nPoste 02," + strings.Repeat("x", 55), []int{2}, nil, "", ""},
		{"exactly the budget, line end", "title,city\nPoste 02," + strings.Repeat("x", 54) + "\n" + poste(3, 3), []int{2, 3}, nil, "", ""},
		{"header", "title,\"city\n" + poste(2, 9), nil, nil, "",
			`posting: q.csv: header: extraneous or missing " in quoted-field: the quoted field opened on line 1 is not closed within 64 bytes (lines 1–5)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.in), "q.csv", CSV)
			if err != nil {
				t.Fatal(err)
			}
			r.SetMaxLine(budget)
			var lines, errLines []int
			var first, fatal error
			for {
				rec, err := r.Next()
				var re *RecordError
				if errors.As(err, &re) {
					errLines = append(errLines, re.Line)
					if first == nil {
						first = re
					}
					continue
				}
				if err == io.EOF {
					break
				}
				if err != nil {
					fatal = err
					break
				}
				lines = append(lines, rec.Line)
				if n, ok := strings.CutPrefix(rec.Posting.Title, "Poste "); ok && n != fmt.Sprintf("%02d", rec.Line) {
					t.Errorf("line %d holds %q", rec.Line, rec.Posting.Title)
				}
			}
			if !slices.Equal(lines, tt.lines) || !slices.Equal(errLines, tt.errs) {
				t.Errorf("records on lines %v, errors on %v; want %v and %v", lines, errLines, tt.lines, tt.errs)
			}
			if tt.want != "" && (first == nil || !strings.Contains(first.Error(), tt.want)) {
				t.Errorf("first error %v; want %q", first, tt.want)
			}
			if (fatal != nil || tt.fatal != "") && (fatal == nil || !strings.Contains(fatal.Error(), tt.fatal)) {
				t.Errorf("fatal error %v; want one with %q", fatal, tt.fatal)
			}
		})
	}
}

// lineGen streams lines line(from), line(from+1)… line(to), each with its
// "\n", without holding them.
type lineGen struct {
	from, to int
	line     func(n int) string
	buf      []byte
}

func (g *lineGen) Read(p []byte) (int, error) {
	for len(g.buf) == 0 {
		if g.from > g.to {
			return 0, io.EOF
		}
		g.buf = append(append(g.buf[:0], g.line(g.from)...), '\n')
		g.from++
	}
	n := copy(p, g.buf)
	g.buf = g.buf[n:]
	return n, nil
}

// counter counts the bytes read through it.
type counter struct {
	r io.Reader
	n int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// TestLongInputBounded reads large generated inputs, a stray CSV quote
// that never closes and single lines of 64 MB, and checks that what one
// line or record costs is bounded by maxLine, not by the input: the
// postings after it are read on their lines, and reading it allocates a
// few times maxLine. Before, the CSV reader held the rest of the input
// (or the whole line) and lost every later posting.
func TestLongInputBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 64 MB inputs")
	}
	const (
		budget = 1 << 20
		size   = 64 << 20
	)
	filler := strings.Repeat("Entretien des installations; ", 8)
	csvLine := func(n int) string {
		switch n {
		case 1:
			return "id,title,description"
		case 2:
			return "2,Comptable,Tenue"
		case 3:
			return `3,"Technicien,desc` // the stray quote
		}
		return fmt.Sprintf("%d,Poste %d,%s", n, n, filler)
	}
	// The last line, and the one where the budget of the record on line 3
	// runs out: the line holding its byte budget-1.
	var last, budgetEnds int
	var start3 int64
	for off := int64(0); off < size; {
		last++
		if last == 3 {
			start3 = off
		}
		off += int64(len(csvLine(last))) + 1
		if last >= 3 && budgetEnds == 0 && off >= start3+budget {
			budgetEnds = last
		}
	}
	long := func(head, tail string) io.Reader {
		return io.MultiReader(strings.NewReader(head), io.LimitReader(repeat('x'), size), strings.NewReader(tail))
	}
	tests := []struct {
		name    string
		f       Format
		in      io.Reader
		lines   []int // of the first records
		records int   // in all
		errLine int
		want    string
		ahead   int64 // most read from the input when the error comes, 0: no limit
		// The records' ids are their lines.
		numbered bool
	}{
		{"csv stray quote", CSV, &lineGen{from: 1, to: last, line: csvLine}, []int{2, budgetEnds + 1, budgetEnds + 2}, last - budgetEnds + 1, 3,
			fmt.Sprintf("lines 3–%d skipped with this record, reading resumes on line %d", budgetEnds, budgetEnds+1), 2 * budget, true},
		{"csv long line", CSV, long("title\nComptable\n", "\nPlombier\n"), []int{2, 4}, 2, 3, "line too long", 0, false},
		{"jsonl long line", JSONL, long(`{"title":"Comptable"}`+"\n", "\n"+`{"title":"Plombier"}`), []int{1, 3}, 2, 2, "line too long", 0, false},
		{"text long line", Text, long("Comptable\n", "\nPlombier\n"), []int{1, 3}, 2, 2, "line too long", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := &counter{r: tt.in}
			r, err := NewReader(src, "big", tt.f)
			if err != nil {
				t.Fatal(err)
			}
			r.SetMaxLine(budget)
			var lines []int
			var ms runtime.MemStats
			for bad := false; ; {
				if !bad {
					runtime.ReadMemStats(&ms)
				}
				before := ms.TotalAlloc
				rec, err := r.Next()
				if err == io.EOF {
					break
				}
				var re *RecordError
				if errors.As(err, &re) {
					bad = true
					runtime.ReadMemStats(&ms)
					alloc := ms.TotalAlloc - before
					t.Logf("the bad record: %.1f MB allocated, %.1f MB of input read", float64(alloc)/(1<<20), float64(src.n)/(1<<20))
					if alloc > 16*budget {
						t.Errorf("reading the bad record allocated %d MB", alloc>>20)
					}
					if tt.ahead > 0 && src.n > tt.ahead {
						t.Errorf("%d MB read when the bad record was reported", src.n>>20)
					}
					if re.Line != tt.errLine || !strings.Contains(re.Error(), tt.want) {
						t.Fatalf("error %v; want one on line %d with %q", re, tt.errLine, tt.want)
					}
					continue
				}
				if err != nil {
					t.Fatal(err)
				}
				if id := rec.Posting.ID; tt.numbered && id != strconv.Itoa(rec.Line) {
					t.Fatalf("record %s found on line %d", id, rec.Line)
				}
				lines = append(lines, rec.Line)
			}
			if len(lines) != tt.records || !slices.Equal(lines[:min(len(lines), len(tt.lines))], tt.lines) {
				t.Errorf("%d records, the first on lines %v; want %d, on %v", len(lines), lines[:min(len(lines), 5)], tt.records, tt.lines)
			}
			if s := r.Stats(); s.Errors != 1 {
				t.Errorf("stats %+v, want 1 error", s)
			}
		})
	}
}

// repeat is an endless stream of b.
type repeat byte

func (c repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(c)
	}
	return len(p), nil
}

// readWarned reads in and returns the titles, the warnings and the stats.
func readWarned(t *testing.T, in string, f Format) ([]Posting, []Warning, Stats) {
	t.Helper()
	r, err := NewReader(strings.NewReader(in), "in", f)
	if err != nil {
		t.Fatal(err)
	}
	var ps []Posting
	var ws []Warning
	for {
		rec, err := r.Next()
		ws = append(ws, r.Warnings()...)
		if err != nil {
			var re *RecordError
			if errors.As(err, &re) {
				continue
			}
			break
		}
		ps = append(ps, rec.Posting)
	}
	return ps, ws, r.Stats()
}

// TestSeveralSources: when several columns or keys give one field, the
// most preferred spelling is read, then the first of one name, each only
// where those before are empty; a warning says which, once per input.
// Before, nothing was said, and "title" and "TITLE" in one JSON object
// gave either value at random.
func TestSeveralSources(t *testing.T) {
	tests := []struct {
		name   string
		f      Format
		in     string
		titles []string
		warn   string // in the only warning
		count  int    // Stats.Warnings
	}{
		{"csv same name", CSV, "title,title\nA,B\n,C\n", []string{"A", "C"},
			`columns "title" (column 1) and "title" (column 2) both give the title: "title" (column 1) is read, "title" (column 2) only where it is empty`, 1},
		{"csv synonyms", CSV, "Title;Titre\nA;B\n", []string{"A"}, `columns "Title" and "Titre" both give the title: "Title" is read`, 1},
		{"csv preferred second", CSV, "titre;intitulé\nA;B\n", []string{"B"}, `columns "titre" and "intitulé" both give the title: "intitulé" is read, "titre" only where it is empty`, 1},
		{"csv extra twice", CSV, "title;rome;rome\nA;M1;M2\n", []string{"A"}, `column 3 is "rome" again: only column 2 is kept`, 1},
		{"json same name", JSONL, `{"TITLE":"A","title":"B"}` + "\n" + `{"title":"C","TITLE":"D"}`, []string{"A", "C"},
			`keys "TITLE" and "title" both give the title: "TITLE" is read, "title" only where it is empty (reported for the first record only)`, 2},
		{"json literal twice", JSONL, `{"title":"A","title":"B"}`, []string{"A"}, `"title" (key 1) is read, "title" (key 2) only where it is empty`, 1},
		{"json three", JSONL, `{"titre":"A","TITLE":"B","title":"C"}`, []string{"B"}, `keys "titre", "TITLE" and "title" all give the title: "TITLE" is read, then "title", "titre" in that order`, 1},
		{"json extra twice", JSONL, `{"title":"A","rome":"M1","rome":"M2"}`, []string{"A"}, `key "rome" appears again: only its first value is kept`, 1},
		{"json empty one", JSONL, `{"title":"","titre":"A"}`, []string{"A"}, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, ws, st := readWarned(t, tt.in, tt.f)
			var titles []string
			for _, p := range ps {
				titles = append(titles, p.Title)
			}
			if strings.Join(titles, "|") != strings.Join(tt.titles, "|") {
				t.Errorf("titles %q, want %q", titles, tt.titles)
			}
			if tt.warn == "" {
				if len(ws) != 0 {
					t.Errorf("warnings %v, want none", ws)
				}
				return
			}
			if len(ws) != 1 || !strings.Contains(ws[0].Msg, tt.warn) || ws[0].Line != 1 || st.Warnings != tt.count {
				t.Errorf("warnings %v (stats %d); want one on line 1 with %q (stats %d)", ws, st.Warnings, tt.warn, tt.count)
			}
		})
	}
}

// TestValuesNotUsed: an id, title or description of no use, and an
// unknown language, are named rather than silently replaced or dropped.
func TestValuesNotUsed(t *testing.T) {
	tests := []struct {
		name    string
		f       Format
		in      string
		want    Posting // ID "h-" means a stable id
		warn    string  // in the only warning
		field   string  // the warning's Field
		errWant string  // in the record's error instead
	}{
		{"id object", JSONL, `{"id":{"a":1},"title":"Comptable"}`, Posting{ID: "h-", Title: "Comptable"},
			`field "id" is a JSON object without a text member (libelle, nom, name, label, value, title, text), not text: not used, the posting gets an id from its content`, "id", ""},
		{"id bool, another id", JSONL, `{"id":true,"ref":"r1","title":"Comptable"}`, Posting{ID: "r1", Title: "Comptable"},
			`field "id" is a JSON boolean, not text: not used (`, "id", ""},
		{"title object, description", JSONL, `{"title":{"x":1},"description":"Tenue"}`, Posting{ID: "h-", Description: "Tenue"},
			`field "title" is a JSON object`, "title", ""},
		{"title object alone", JSONL, `{"title":{"x":1}}`, Posting{},
			"", "", `record has neither title nor description: field "title" is a JSON object without a text member`},
		{"description bool alone", JSONL, `{"description":false}`, Posting{},
			"", "", `field "description" is a JSON boolean, not text`},
		{"company object without text", JSONL, `{"title":"Comptable","entreprise":{"entrepriseAdaptee":false}}`, Posting{ID: "h-", Title: "Comptable"}, "", "", ""},
		{"nested name", JSONL, `{"title":{"libelle":"Comptable"}}`, Posting{ID: "h-", Title: "Comptable"}, "", "", ""},
		{"lang unknown", JSONL, `{"title":"Comptable","langue":"xx"}`, Posting{ID: "h-", Title: "Comptable"},
			`unknown language "xx" in "langue", not fr, ar, en or und: not used`, "lang", ""},
		{"lang known", JSONL, `{"title":"Comptable","lang":" FR "}`, Posting{ID: "h-", Title: "Comptable", Lang: "fr"}, "", "", ""},
		{"lang und", JSONL, `{"title":"Comptable","lang":"und"}`, Posting{ID: "h-", Title: "Comptable", Lang: "und"}, "", "", ""},
		{"csv lang unknown", CSV, "title;language\nComptable;French\n", Posting{ID: "h-", Title: "Comptable"},
			`unknown language "french" in column "language"`, "lang", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tt.in), "in", tt.f)
			if err != nil {
				t.Fatal(err)
			}
			rec, err := r.Next()
			ws := r.Warnings()
			if tt.errWant != "" {
				if err == nil || !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), tt.errWant) {
					t.Errorf("error %v; want ErrEmpty with %q", err, tt.errWant)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := rec.Posting
			if tt.want.ID == "h-" && strings.HasPrefix(got.ID, "h-") {
				got.ID = "h-"
			}
			if got != tt.want {
				t.Errorf("posting %+v, want %+v", got, tt.want)
			}
			if tt.warn == "" {
				if len(ws) != 0 {
					t.Errorf("warnings %v, want none", ws)
				}
				return
			}
			if len(ws) != 1 || !strings.Contains(ws[0].Msg, tt.warn) || ws[0].Field != tt.field || ws[0].Line != rec.Line {
				t.Errorf("warnings %+v; want one on line %d, field %s, with %q", ws, rec.Line, tt.field, tt.warn)
			}
		})
	}
}

// TestWarnedOnce: a kind of warning is returned for its first record
// only, and Stats counts every one.
func TestWarnedOnce(t *testing.T) {
	in := `{"title":"A","lang":"xx"}` + "\n" + `{"title":"B","lang":"de"}` + "\n" + `{"id":{},"title":"C"}` + "\n"
	_, ws, st := readWarned(t, in, JSONL)
	if len(ws) != 2 || ws[0].Line != 1 || ws[0].Value != "xx" || ws[1].Line != 3 || ws[1].Field != "id" || st.Warnings != 3 {
		t.Errorf("warnings %+v, stats %d; want lang on line 1, id on line 3, 3 counted", ws, st.Warnings)
	}
}
