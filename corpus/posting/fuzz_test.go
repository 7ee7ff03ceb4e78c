package posting

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// FuzzJSONL checks that every non-blank line of a JSON Lines input is
// accounted for: it becomes a record or a *RecordError, never a panic.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"title\":\"a\"}\n{\"title\":\n\n{\"id\":7,\"lieuTravail\":{\"libelle\":\"Rabat\"},\"description\":\"<p>x</p>\"}"))
	f.Add([]byte("\ufeff{\"intitule\":\"d\xe9v\"}\r\n  \n[1]\nnull\n{\"title\":[\"a\",{\"nom\":\"b\"}]}"))
	f.Add([]byte(`{"title":"x","title":"y","Title":"z","date":{"a":1}}`))
	f.Add([]byte("{\"title\":\"" + strings.Repeat("é", 80) + "\"}\n"))
	// Keys giving one field, values of no use, an unknown language.
	f.Add([]byte(`{"titre":"a","TITLE":"b","title":"c","id":{"a":1},"lang":"xx"}` + "\n" + `{"title":{"x":1},"description":true}`))
	f.Add(utf16LE("\ufeff{\"title\":\"Plombier\"}\n{\"title\":\"مهندس\"}\n"))
	f.Add(utf16LE(`{"title":"no byte order mark"}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		if bytes.HasPrefix(in, []byte{0x1f, 0x8b}) {
			return // gzip: line counting below does not apply
		}
		r, err := NewReader(bytes.NewReader(in), "fuzz", JSONL)
		if err != nil {
			if !strings.Contains(err.Error(), "UTF-16") && !strings.Contains(err.Error(), "UTF-32") {
				t.Fatal(err)
			}
			return
		}
		if bytes.HasPrefix(in, []byte{0xff, 0xfe}) || bytes.HasPrefix(in, []byte{0xfe, 0xff}) {
			drain(t, r) // decoded from UTF-16: the lines below are not its lines
			return
		}
		r.SetMaxLine(100)
		recs, errs, fatal := drain(t, r)
		if fatal != nil {
			if !errors.Is(fatal, errArray) {
				t.Fatalf("unexpected fatal error: %v", fatal)
			}
			return
		}
		body := bytes.TrimPrefix(in, []byte("\uFEFF"))
		nonBlank := 0
		for _, l := range bytes.Split(body, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				nonBlank++
			}
		}
		if recs+errs != nonBlank {
			t.Fatalf("%d records + %d errors != %d non-blank lines", recs, errs, nonBlank)
		}
	})
}

// FuzzCSV checks the CSV reader ends, never panics, and never loses track
// of its counts: records and bad records come in input order, on lines
// of the input, and csv.Reader has read nothing beyond the record it
// returned (else the lines counted for a record over budget are not its).
func FuzzCSV(f *testing.F) {
	f.Add([]byte("title;ville\n\"a\nb\";Rabat\nc;d;e\n"))
	f.Add([]byte("id,title,description\n1,\"x\"\"y\",\"<b>z</b>\"\n2,a\"b,c\n3,\"unterminated\n"))
	f.Add([]byte("\ufeffIntitulé\tLieu\n\xe9t\xe9\tF\xe8s\n"))
	f.Add([]byte("title,city\n\"Comptable,Rabat\nPlombier,Fès\nInfirmier,Agadir\n"))
	f.Add([]byte("titre;intitulé;Title;TITLE;title;lang\na;b;;c;d;xx\n;;;;e;FR\n"))
	f.Add(utf16LE("\ufefftitle;description\nInfirmier;soins\n"))
	// Quotes and lines that run over the budget of 200 bytes.
	f.Add([]byte("title,city\r\n\n\"Comptable,Rabat\n" + strings.Repeat("Plombier,Fès\r\n", 20) + "\"x\" y,z\n" + strings.Repeat("a,b\n", 60)))
	f.Add([]byte("title,\"city\n" + strings.Repeat("a,b\n", 60)))
	f.Add([]byte("title\n" + strings.Repeat(" ", 250) + "\n" + strings.Repeat("x", 250) + "\nok"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := NewReader(bytes.NewReader(in), "fuzz", CSV)
		if err != nil {
			return
		}
		r.SetMaxLine(200)
		// Decoded text has other lines than its bytes.
		plain := !bytes.HasPrefix(in, []byte{0x1f, 0x8b}) && !bytes.HasPrefix(in, []byte{0xff, 0xfe}) && !bytes.HasPrefix(in, []byte{0xfe, 0xff})
		lines := bytes.Count(in, []byte("\n")) + 1
		recs, errs, prev := 0, 0, 0
		for i := 0; ; i++ {
			if i == 1_000_000 {
				t.Fatal("reader does not end")
			}
			rec, err := r.Next()
			line := rec.Line
			var re *RecordError
			if errors.As(err, &re) {
				errs++
				line = re.Line
			} else if err != nil {
				break
			} else {
				recs++
			}
			if line <= prev || plain && line > lines {
				t.Fatalf("record or error on line %d after line %d, in %d lines: %v", line, prev, lines, err)
			}
			prev = line
			if read := r.offBase + r.csv.InputOffset(); read != r.src.n {
				t.Fatalf("line %d: csv parsed %d bytes, was given %d", line, read, r.src.n)
			}
		}
		if s := r.Stats(); s.Records != recs || s.Errors != errs {
			t.Fatalf("stats %+v, counted %d records %d errors", s, recs, errs)
		}
		if s := r.Stats(); s.Warnings < len(r.warned) {
			t.Fatalf("stats %+v, %d kinds of warning reported", s, len(r.warned))
		}
	})
}

// FuzzText checks that plain-text input gives clean one-line titles, and
// that every line holding something visible is a record or a reported
// error: none vanishes.
func FuzzText(f *testing.F) {
	f.Add([]byte("Développeur - Rabat\n\n<b>Comptable</b>\r\n\xff\xfe"))
	f.Add([]byte("-\n-\x14\n\x96\n\x96\x02\n\ufeff \u200b\n* \nComptable\n"))
	f.Add(utf16LE("\ufeffPlombier chauffagiste\n-\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := NewReader(bytes.NewReader(in), "fuzz", Text)
		if err != nil {
			return
		}
		recs, errs := 0, 0
		for i := 0; ; i++ {
			rec, err := r.Next()
			var re *RecordError
			if errors.As(err, &re) {
				if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLong) {
					t.Fatalf("record error on text input: %v", err)
				}
				errs++
				continue
			}
			if err != nil {
				if err == io.EOF {
					break
				}
				if bytes.HasPrefix(in, []byte{0x1f, 0x8b}) {
					return
				}
				t.Fatalf("error on text input: %v", err)
			}
			recs++
			p := rec.Posting
			if p.Title == "" || strings.ContainsAny(p.Title, "\n\r") || !utf8.ValidString(p.Title) || p.ID == "" {
				t.Fatalf("bad record %+v", p)
			}
		}
		if bytes.HasPrefix(in, []byte{0x1f, 0x8b}) || bytes.HasPrefix(in, []byte{0xff, 0xfe}) || bytes.HasPrefix(in, []byte{0xfe, 0xff}) {
			return // compressed or decoded: the lines below are not its lines
		}
		visible := 0
		for _, l := range bytes.Split(bytes.TrimPrefix(in, []byte("\uFEFF")), []byte("\n")) {
			if s, _ := repairUTF8(l); len(bytes.TrimSpace(l)) > 0 && !invisible(s) {
				visible++
			}
		}
		if recs+errs != visible {
			t.Fatalf("%d records + %d errors != %d visible lines", recs, errs, visible)
		}
	})
}

// utf16LE encodes s in UTF-16, little-endian.
func utf16LE(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// FuzzClean checks Clean's promises: valid UTF-8, trimmed lines, at most
// one blank line in a row.
func FuzzClean(f *testing.F) {
	for _, s := range []string{
		"<p>Vous <b>analysez</b> &amp; <a href='x'>lien</a></p><ul><li>a</li></ul>",
		"## Missions\n**gras** et __gras__\n* puce\n1. un\n[lien](http://x)",
		"salaire < 5000 & plus", "a\u200bb\u00a0\u00a0c\t\td", "<script>x</script>y", "\xff<",
		"Missions :\n-\u00a0Python\n-\u00a0SQL", "1.\u00a0un\n\t-\u00a0deux",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Clean(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8: %q", out)
		}
		if strings.Contains(out, "\n\n\n") {
			t.Fatalf("three line breaks: %q", out)
		}
		for _, l := range strings.Split(out, "\n") {
			if l != strings.TrimSpace(l) || strings.Contains(l, "  ") {
				t.Fatalf("untidy line %q in %q", l, out)
			}
		}
		// Idempotent: the server cleans a posting and the classifier
		// cleans it again; skill offsets point into the first.
		if again := Clean(out); again != out {
			t.Fatalf("Clean(Clean(%q)) = %q, want %q", s, again, out)
		}
	})
}

func drain(t *testing.T, r *Reader) (recs, errs int, fatal error) {
	t.Helper()
	for i := 0; i < 1_000_000; i++ {
		_, err := r.Next()
		var re *RecordError
		switch {
		case err == nil:
			recs++
		case err == io.EOF:
			return recs, errs, nil
		case errors.As(err, &re):
			if re.Line <= 0 {
				t.Fatalf("record error without a line: %v", err)
			}
			errs++
		default:
			return recs, errs, err
		}
	}
	t.Fatal("reader does not end")
	return
}
