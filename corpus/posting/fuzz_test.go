package posting

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONL checks that every non-blank line of a JSON Lines input is
// accounted for: it becomes a record or a *RecordError, never a panic.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte("{\"title\":\"a\"}\n{\"title\":\n\n{\"id\":7,\"lieuTravail\":{\"libelle\":\"Rabat\"},\"description\":\"<p>x</p>\"}"))
	f.Add([]byte("\ufeff{\"intitule\":\"d\xe9v\"}\r\n  \n[1]\nnull\n{\"title\":[\"a\",{\"nom\":\"b\"}]}"))
	f.Add([]byte(`{"title":"x","title":"y","Title":"z","date":{"a":1}}`))
	f.Add([]byte("{\"title\":\"" + strings.Repeat("é", 80) + "\"}\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		if bytes.HasPrefix(in, []byte{0x1f, 0x8b}) {
			return // gzip: line counting below does not apply
		}
		r, err := NewReader(bytes.NewReader(in), "fuzz", JSONL)
		if err != nil {
			t.Fatal(err)
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
// of its counts.
func FuzzCSV(f *testing.F) {
	f.Add([]byte("title;ville\n\"a\nb\";Rabat\nc;d;e\n"))
	f.Add([]byte("id,title,description\n1,\"x\"\"y\",\"<b>z</b>\"\n2,a\"b,c\n3,\"unterminated\n"))
	f.Add([]byte("\ufeffIntitulé\tLieu\n\xe9t\xe9\tF\xe8s\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := NewReader(bytes.NewReader(in), "fuzz", CSV)
		if err != nil {
			return
		}
		r.SetMaxLine(200)
		recs, errs, _ := drain(t, r)
		if s := r.Stats(); s.Records != recs || s.Errors != errs {
			t.Fatalf("stats %+v, counted %d records %d errors", s, recs, errs)
		}
	})
}

// FuzzText checks that plain-text input gives clean one-line titles.
func FuzzText(f *testing.F) {
	f.Add([]byte("Développeur - Rabat\n\n<b>Comptable</b>\r\n\xff\xfe"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := NewReader(bytes.NewReader(in), "fuzz", Text)
		if err != nil {
			return
		}
		for i := 0; ; i++ {
			rec, err := r.Next()
			if err != nil {
				if err == io.EOF {
					break
				}
				if bytes.HasPrefix(in, []byte{0x1f, 0x8b}) {
					return
				}
				t.Fatalf("error on text input: %v", err)
			}
			p := rec.Posting
			if p.Title == "" || strings.ContainsAny(p.Title, "\n\r") || !utf8.ValidString(p.Title) || p.ID == "" {
				t.Fatalf("bad record %+v", p)
			}
		}
	})
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
