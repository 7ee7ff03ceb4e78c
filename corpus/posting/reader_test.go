package posting

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marsad/internal/testenv"
)

// readAll drains r, returning the records and the record errors.
func readAll(t testing.TB, r *Reader) ([]Record, []*RecordError) {
	t.Helper()
	var recs []Record
	var errs []*RecordError
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, errs
		}
		var re *RecordError
		if errors.As(err, &re) {
			errs = append(errs, re)
			continue
		}
		if err != nil {
			t.Fatalf("fatal error: %v", err)
		}
		recs = append(recs, rec)
	}
}

func openFixture(t *testing.T, name string) *Reader {
	t.Helper()
	r, c, err := Open(filepath.Join("..", "..", "testdata", "posting", name), "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return r
}

func TestJSONLFixture(t *testing.T) {
	r := openFixture(t, "postings.jsonl")
	recs, errs := readAll(t, r)
	if len(recs) != 3 {
		t.Fatalf("got %d records, want 3: %+v", len(recs), recs)
	}
	wantErrLines := []int{3, 4, 5}
	if len(errs) != len(wantErrLines) {
		t.Fatalf("got errors %v, want on lines %v", errs, wantErrLines)
	}
	for i, e := range errs {
		if e.Line != wantErrLines[i] || !strings.HasSuffix(e.File, "postings.jsonl") {
			t.Errorf("error %d at %s:%d, want line %d", i, e.File, e.Line, wantErrLines[i])
		}
	}
	if !errors.Is(errs[1], ErrEmpty) {
		t.Errorf("line 4: %v, want ErrEmpty", errs[1])
	}
	ft := recs[0].Posting
	want := Posting{ID: "ft-1", Title: "Data Scientist (H/F)",
		Description: "Vous analysez les données & le lien\n\nPython\nSQL",
		Company:     "Lidl", Location: "75 - Paris", Date: "2024-05-03T10:00:00.000Z"}
	if ft != want {
		t.Errorf("France Travail record:\n got %+v\nwant %+v", ft, want)
	}
	if string(recs[0].Extra["rome"]) != `"M1405"` || recs[0].Line != 1 {
		t.Errorf("extra/line: %s %d", recs[0].Extra["rome"], recs[0].Line)
	}
	md := recs[1].Posting
	if md.ID != "12345" || md.Title != "Comptable" || md.Company != "Atlas" || md.Location != "Rabat" || md.Date != "hier" {
		t.Errorf("numeric id / aliases: %+v", md)
	}
	if md.Description != "Missions\nTenue de la comptabilité\nbilans\nPostuler" {
		t.Errorf("markdown: %q", md.Description)
	}
	if p := recs[2].Posting; p.Date != "12 mai" || p.Location != "Agadir" || p.URL != "https://m.ma/1" || !strings.HasPrefix(p.ID, "h-") || recs[2].Line != 6 {
		t.Errorf("case-insensitive names: %+v line %d", p, recs[2].Line)
	}
	if s := r.Stats(); s.Records != 3 || s.Errors != 3 {
		t.Errorf("stats %+v", s)
	}
}

func TestCSVFixture(t *testing.T) {
	r := openFixture(t, "postings.csv")
	recs, errs := readAll(t, r)
	if len(recs) != 3 || len(errs) != 2 {
		t.Fatalf("got %d records, %d errors (%v); want 3, 2", len(recs), len(errs), errs)
	}
	if errs[0].Line != 6 || errs[1].Line != 7 || !errors.Is(errs[1], ErrEmpty) {
		t.Errorf("errors: %v", errs)
	}
	p := recs[0].Posting
	if p.ID != "1" || p.Title != "Développeur Java" || p.Description != "Nous cherchons un développeur\nJava\nSpring" ||
		p.Location != "Casablanca" || p.Company != "ACME" || p.Date != "03/05/2024" || recs[0].Line != 2 {
		t.Errorf("first record (BOM, ';', multi-line field): %+v line %d", p, recs[0].Line)
	}
	if string(recs[0].Extra["rome"]) != `"M1805"` {
		t.Errorf("extra: %v", recs[0].Extra)
	}
	p = recs[1].Posting
	if p.Company != `Société "Atlas"` || p.Description != "Tenue de la comptabilité ; bilans" || !strings.HasPrefix(p.ID, "h-") || recs[1].Line != 5 {
		t.Errorf("second record: %+v line %d", p, recs[1].Line)
	}
	if recs[2].Posting.Title != "Technicien & réseau" || recs[2].Line != 8 {
		t.Errorf("third record: %+v", recs[2])
	}
}

func TestTextFixture(t *testing.T) {
	r := openFixture(t, "titles.txt")
	recs, errs := readAll(t, r)
	if len(errs) != 0 {
		t.Fatal(errs)
	}
	var titles []string
	var lines []int
	for _, rec := range recs {
		titles = append(titles, rec.Posting.Title)
		lines = append(lines, rec.Line)
	}
	want := []string{"Développeur Full Stack - Casablanca", "Comptable confirmé", "Ouvrier déménagement"}
	if strings.Join(titles, "|") != strings.Join(want, "|") {
		t.Errorf("titles %q, want %q", titles, want)
	}
	if lines[2] != 5 {
		t.Errorf("lines %v", lines)
	}
	if s := r.Stats(); s.RepairedUTF8 != 1 {
		t.Errorf("stats %+v: want 1 repaired (Latin-1 line)", s)
	}
}

// TestGzip compresses the fixtures in memory: gzip is found by its magic
// bytes whatever the name, and by name in Open.
func TestGzip(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    Format
		n    int
	}{{"postings.jsonl", JSONL, 3}, {"postings.csv", CSV, 3}, {"titles.txt", Text, 3}} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "posting", tc.name))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		zw := gzip.NewWriter(&buf)
		zw.Write(raw)
		zw.Close()
		path := filepath.Join(t.TempDir(), tc.name+".gz")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		r, c, err := Open(path, "")
		if err != nil {
			t.Fatal(err)
		}
		recs, _ := readAll(t, r)
		c.Close()
		if len(recs) != tc.n {
			t.Errorf("%s.gz: %d records, want %d", tc.name, len(recs), tc.n)
		}
	}
}

func TestBadInput(t *testing.T) {
	long := `{"title": "` + strings.Repeat("x", 300) + `"}`
	tests := []struct {
		name    string
		f       Format
		in      string
		records int
		errs    []int // lines of record errors
		fatal   bool
	}{
		{"over-long line then good", JSONL, long + "\n{\"title\":\"ok\"}\n", 1, []int{1}, false},
		{"over-long last line", JSONL, "{\"title\":\"ok\"}\n" + long, 1, []int{2}, false},
		{"crlf and blank lines", JSONL, "{\"title\":\"a\"}\r\n\r\n{\"title\":\"b\"}\r\n", 2, nil, false},
		{"invalid utf-8 repaired", JSONL, "{\"title\":\"d\xe9veloppeur\"}\n", 1, nil, false},
		{"json array", JSONL, `[{"title":"a"}]`, 0, nil, true},
		{"csv without text column", CSV, "id,city\n1,Rabat\n", 0, nil, true},
		{"csv bare quote", CSV, "title,city\na\"b,Rabat\nok,Fès\n", 1, []int{2}, false},
		{"csv unterminated quote", CSV, "title,city\n\"abc,Rabat\nok,Fès\n", 0, []int{2}, false},
		{"csv over-long field", CSV, "title,city\n" + strings.Repeat("y", 300) + ",Rabat\nok,Fès\n", 1, []int{2}, false},
		// White space only is a blank line however long (found by FuzzJSONL).
		{"long blank line", JSONL, strings.Repeat(" ", 300) + "\n{\"title\":\"b\"}\n" + strings.Repeat(" \t", 101), 1, nil, false},
		{"long blank text line", Text, strings.Repeat(" ", 5000) + "\nComptable\n", 1, nil, false},
		{"empty input", JSONL, "", 0, nil, false},
		{"empty csv", CSV, "", 0, nil, false},
		{"broken gzip", JSONL, "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xffgarbage", 0, nil, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(tc.in), "in", tc.f)
			if err != nil {
				if tc.fatal {
					return
				}
				t.Fatal(err)
			}
			r.SetMaxLine(200)
			var n int
			var lines []int
			var fatal error
			for i := 0; i < 100; i++ {
				_, err := r.Next()
				if err == io.EOF {
					break
				}
				var re *RecordError
				if errors.As(err, &re) {
					lines = append(lines, re.Line)
					continue
				}
				if err != nil {
					fatal = err
					break
				}
				n++
			}
			if n != tc.records || (fatal != nil) != tc.fatal || len(lines) != len(tc.errs) {
				t.Fatalf("records %d (want %d), record errors at %v (want %v), fatal %v", n, tc.records, lines, tc.errs, fatal)
			}
			for i := range lines {
				if lines[i] != tc.errs[i] {
					t.Errorf("error lines %v, want %v", lines, tc.errs)
				}
			}
			if fatal != nil {
				if _, err := r.Next(); err != fatal {
					t.Errorf("fatal error not sticky: %v", err)
				}
			}
		})
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{
		"a.jsonl": JSONL, "A.JSONL.GZ": JSONL, "x/b.ndjson": JSONL, "c.json": JSONL,
		"d.csv": CSV, "d.csv.gz": CSV, "e.tsv": CSV, "f.txt": Text, "f.txt.gz": Text,
	} {
		if got, err := FormatOf(name); got != want || err != nil {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	if _, err := FormatOf("postings.xml"); err == nil {
		t.Error("FormatOf(.xml): no error")
	}
}

func TestStableID(t *testing.T) {
	a := StableID(Posting{Title: "Comptable  Confirmé", Description: "Tenue\nde la compta", Company: "ACME"})
	b := StableID(Posting{Title: "comptable confirmé", Description: "Tenue de la compta ", Company: "acme"})
	c := StableID(Posting{Title: "comptable confirmé", Description: "Tenue de la compta", Company: "Atlas"})
	d := StableID(Posting{Title: "comptable", Description: "confirmé tenue de la compta", Company: "acme"})
	if a != b || a == c || a == d || len(a) != 18 || !strings.HasPrefix(a, "h-") {
		t.Errorf("a=%s b=%s c=%s d=%s", a, b, c, d)
	}
}

// devSets lists the real development files and fields each must yield.
var devSets = []struct {
	file  string
	lines int
	check func(p Posting) bool // holds for every record
}{
	{"ar-jadarat-dev.jsonl", 477, func(p Posting) bool { return p.Location != "" && p.Date != "" && p.Lang == "ar" }},
	{"en-jobbert-titles-dev.jsonl", 15463, func(p Posting) bool { return p.Title != "" }},
	{"en-skills-dev.jsonl", 136, func(p Posting) bool { return p.Description != "" && p.Title == "" }},
	{"fr-ft-offers-dev.jsonl", 54, func(p Posting) bool { return p.Location != "" && p.Date != "" && p.Source != "" }},
	{"fr-ft-postings-unlabelled.jsonl", 749, func(p Posting) bool {
		return p.Location != "" && p.Description != "" && !strings.Contains(p.Description, "&#39;")
	}},
	{"ma-marocannonces-postings.jsonl", 659, func(p Posting) bool { return p.Date != "" && p.Location != "" }},
	{"ma-postings-dev.jsonl", 91, func(p Posting) bool { return p.Title != "" && !strings.Contains(p.Location, "  ") }},
	{"ma-rekrute-postings.jsonl", 1671, func(p Posting) bool { return p.Date != "" && p.URL != "" && p.Description != "" }},
}

// TestDevSets reads every line of every development set without error.
func TestDevSets(t *testing.T) {
	for _, ds := range devSets {
		t.Run(ds.file, func(t *testing.T) {
			r, c, err := Open(testenv.EvalFile(t, ds.file), "")
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			recs, errs := readAll(t, r)
			if len(errs) > 0 {
				t.Fatalf("%d record errors, first: %v", len(errs), errs[0])
			}
			if len(recs) != ds.lines {
				t.Fatalf("%d records, want %d", len(recs), ds.lines)
			}
			seen := make(map[string]bool, len(recs))
			for _, rec := range recs {
				if !ds.check(rec.Posting) {
					t.Fatalf("line %d: fields not mapped: %+v", rec.Line, rec.Posting)
				}
				if seen[rec.Posting.ID] {
					t.Fatalf("line %d: duplicate id %s", rec.Line, rec.Posting.ID)
				}
				seen[rec.Posting.ID] = true
			}
			t.Logf("%d records, %d repaired UTF-8", len(recs), r.Stats().RepairedUTF8)
		})
	}
}

func BenchmarkReadFranceTravail(b *testing.B) {
	raw, err := os.ReadFile(testenv.EvalFile(b, "fr-ft-postings-unlabelled.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(raw)))
	for b.Loop() {
		r, _ := NewReader(bytes.NewReader(raw), "bench", JSONL)
		readAll(b, r)
	}
}

// TestBoardCategories maps the board's sector and function, as Rekrute
// and MarocAnnonces name them, from JSON and from CSV headers.
func TestBoardCategories(t *testing.T) {
	in := `{"title": "Chef d'agence", "sector": " Banque / Finance ", "function": "Commercial /\n Vente"}`
	r, err := NewReader(strings.NewReader(in), "in", JSONL)
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := readAll(t, r)
	if len(recs) != 1 || len(errs) != 0 {
		t.Fatalf("%d records, errors %v", len(recs), errs)
	}
	if p := recs[0].Posting; p.Sector != "Banque / Finance" || p.Function != "Commercial / Vente" || len(recs[0].Extra) != 0 {
		t.Errorf("JSON: sector %q, function %q, extra %v", p.Sector, p.Function, recs[0].Extra)
	}
	r, err = NewReader(strings.NewReader("Intitulé;Secteur d'activité;Fonction\nComptable;Audit;Comptabilité\n"), "in.csv", CSV)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ = readAll(t, r)
	if len(recs) != 1 || recs[0].Posting.Sector != "Audit" || recs[0].Posting.Function != "Comptabilité" {
		t.Errorf("CSV: %+v", recs)
	}
	// France Travail's sector code is not its sector.
	r, err = NewReader(strings.NewReader(`{"intitule": "Développeur", "secteurActivite": "62", "secteurActiviteLibelle": "Programmation informatique"}`), "ft", JSONL)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ = readAll(t, r)
	if len(recs) != 1 || recs[0].Posting.Sector != "Programmation informatique" {
		t.Errorf("France Travail: %+v", recs)
	}
	// The board's categories are not content: re-filing keeps the id.
	if StableID(Posting{Title: "Comptable"}) != StableID(Posting{Title: "Comptable", Function: "Finance"}) {
		t.Error("StableID depends on the function")
	}
}

// TestScraped maps the names sources give the collection date onto
// Posting.Scraped, never onto Date, from JSON and from CSV headers.
func TestScraped(t *testing.T) {
	for _, name := range []string{"scraped_at", "scrape_date", "crawled_at", "crawl_date", "date_scraped", "fetched_at", "collected_at", "Scraped At", "crawlDate"} {
		in := `{"title": "Développeur Full Stack", "date_text": "29 May-17:34", "` + name + `": " 2024-06-01T08:00:00Z "}`
		r, err := NewReader(strings.NewReader(in), "in", JSONL)
		if err != nil {
			t.Fatal(err)
		}
		recs, errs := readAll(t, r)
		if len(recs) != 1 || len(errs) != 0 {
			t.Fatalf("%s: %d records, errors %v", name, len(recs), errs)
		}
		p := recs[0].Posting
		if p.Scraped != "2024-06-01T08:00:00Z" || p.Date != "29 May-17:34" || recs[0].Extra[name] != nil {
			t.Errorf("%s: scraped %q, date %q, extra %v", name, p.Scraped, p.Date, recs[0].Extra)
		}
	}
	// A numeric timestamp keeps its source form; CSV headers map the same way.
	r, err := NewReader(strings.NewReader("titre;ville;date;crawled_at\nComptable;Rabat;12 mai;1717236153\n"), "in.csv", CSV)
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := readAll(t, r)
	if len(recs) != 1 || recs[0].Posting.Scraped != "1717236153" || recs[0].Posting.Date != "12 mai" {
		t.Errorf("CSV: %+v", recs)
	}
	// The scrape date is not content: a re-scrape keeps the stable id.
	a := Posting{Title: "Comptable", Scraped: "2024-06-01"}
	b := Posting{Title: "Comptable", Scraped: "2024-07-01"}
	if StableID(a) != StableID(b) {
		t.Error("StableID depends on the scrape date")
	}
}

// TestGzipBroken: a corrupt gzip header or a stream cut short is a fatal
// error that says "gzip", after the records read before the cut.
func TestGzipBroken(t *testing.T) {
	for _, tc := range []struct {
		name, content string
		bad           bool
	}{
		{"h.jsonl.gz", "\x1f\x8bgarbage", true},
		{"plain.jsonl.gz", `{"title":"Comptable"}` + "\n", true}, // named .gz, not gzip: not read as text
		{"PLAIN.CSV.GZ", "title\nComptable\n", true},
		{"empty.jsonl.gz", "", false}, // nothing to read
		{"plain.jsonl", `{"title":"Comptable"}` + "\n", false},
	} {
		_, err := NewReader(strings.NewReader(tc.content), tc.name, JSONL)
		if bad := err != nil && strings.Contains(err.Error(), "broken gzip header"); bad != tc.bad || (err != nil && !bad) {
			t.Errorf("%s: %v; want a broken gzip header: %v", tc.name, err, tc.bad)
		}
	}
	var plain bytes.Buffer
	for range 2000 {
		plain.WriteString(`{"title": "Comptable confirmé", "description": "Tenue de la comptabilité"}` + "\n")
	}
	var gz bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.NoCompression)
	zw.Write(plain.Bytes())
	zw.Close()
	r, err := NewReader(bytes.NewReader(gz.Bytes()[:gz.Len()/2]), "cut.jsonl.gz", JSONL)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for {
		_, err = r.Next()
		if err != nil {
			break
		}
		n++
	}
	if n == 0 || n >= 2000 || err == io.EOF || !strings.Contains(err.Error(), "broken gzip stream") {
		t.Errorf("%d records, then %v", n, err)
	}
}

// TestJSONLNotAnObject: a line of valid JSON that is no object is
// reported by what it is, not by the Go type it could not fill.
func TestJSONLNotAnObject(t *testing.T) {
	in := "{\"title\":\"a\"}\n[1, 2]\n\"Comptable\"\n42\ntrue\nnull\n"
	r, err := NewReader(strings.NewReader(in), "t.jsonl", JSONL)
	if err != nil {
		t.Fatal(err)
	}
	recs, errs := readAll(t, r)
	want := []string{"a JSON array,", "a JSON string,", "a JSON number,", "a JSON bool,", "JSON null,"}
	if len(recs) != 1 || len(errs) != len(want) {
		t.Fatalf("%d records, errors %v; want 1 and %d", len(recs), errs, len(want))
	}
	for i, e := range errs {
		if msg := e.Error(); !strings.Contains(msg, want[i]) || strings.Contains(msg, "Go value") || e.Line != i+2 {
			t.Errorf("line %d: %q; want %q", e.Line, msg, want[i])
		}
	}
}

// TestHeaderSpellings: the column names boards and spreadsheets write
// meet their field, little words and accents aside.
func TestHeaderSpellings(t *testing.T) {
	tests := []struct {
		header string
		want   field
	}{
		{"Intitulé du poste", fTitle},
		{"Titre de l'offre", fTitle},
		{"intitule_poste", fTitle},
		{"Description du poste", fDescription},
		{"Descriptif de l’offre", fDescription},
		{"Lieu de travail", fLocation},
		{"lieuTravail", fLocation},
		{"Date de publication", fDate},
		{"Date of publication", fDate},
		{"Date de mise en ligne", fDate},
		{"Nom de l'entreprise", fCompany},
		{"Raison sociale", fCompany},
		{"Secteur d'activité", fSector},
		// France Travail's NAF code, not a sector label.
		{"secteurActivite", fNone},
		{"Salaire", fNone},
	}
	for _, tt := range tests {
		if got := lookupField(tt.header); got != tt.want {
			t.Errorf("lookupField(%q) = %v (key %q), want %v", tt.header, got, fieldKey(tt.header), tt.want)
		}
	}
}

// TestAliasesNormalised: every alias is in the form fieldKey gives, and
// names one field only.
func TestAliasesNormalised(t *testing.T) {
	seen := map[string]field{}
	for f, names := range aliases {
		for _, n := range names {
			if k := fieldKey(n); k != n {
				t.Errorf("alias %q of %v normalises to %q: it can never match", n, field(f), k)
			}
			if g, dup := seen[n]; dup {
				t.Errorf("alias %q names both %v and %v", n, g, field(f))
			}
			seen[n] = field(f)
		}
	}
}

// TestFrenchCSVHeader: a spreadsheet export with French headers is read
// whole: title, description, place and date.
func TestFrenchCSVHeader(t *testing.T) {
	in := "Intitulé du poste;Description du poste;Lieu de travail;Date de publication;Nom de l'entreprise\n" +
		"Développeur Java;Java Spring;Casablanca;12/03/2024;Acme\n"
	r, err := NewReader(strings.NewReader(in), "x.csv", CSV)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	p := rec.Posting
	if p.Title != "Développeur Java" || p.Description != "Java Spring" || p.Location != "Casablanca" || p.Date != "12/03/2024" || p.Company != "Acme" {
		t.Errorf("posting = %+v", p)
	}
}
