package skills

import (
	"strings"
	"testing"
	"unicode/utf8"

	"marsad/corpus"
)

func codes(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Code)
	}
	return out
}

func has(ms []Match, code string) bool {
	for _, m := range ms {
		if m.Code == code {
			return true
		}
	}
	return false
}

func TestExtract(t *testing.T) {
	d := tinyDict(t)
	tests := []struct {
		name    string
		text    string
		lang    corpus.Lang
		want    []string // codes that must be found
		notWant []string // codes that must not
		surface map[string]string
	}{
		{"python en", "Strong Python and SQL skills required.", corpus.English,
			[]string{uriPython, uriSQL}, nil, map[string]string{uriPython: "Python", uriSQL: "SQL"}},
		{"R needs context: none", "R. Dupont, directeur", corpus.French, nil, []string{uriR}, nil},
		{"R with cue", "Maîtrise du langage R et de Python", corpus.French, []string{uriR, uriPython}, nil, map[string]string{uriR: "R"}},
		{"r lower never", "r and d department", corpus.English, nil, []string{uriR}, nil},
		{"stop form alone", "communication", corpus.French, nil, []string{uriComm}, nil},
		{"proximity", "Maîtrise des outils bureautiques Word/Excel", corpus.French, []string{uriOffice}, nil, nil},
		{"proximity across a colon", "Outils bureautiques : bonne maîtrise", corpus.French, []string{uriOffice}, nil, nil},
		{"proximity not across a sentence", "Outils bureautiques fournis.\nMaîtrise de l'anglais", corpus.French, nil, []string{uriOffice}, nil},
		{"proximity not across a bullet", "Outils bureautiques • maîtrise de l'anglais", corpus.French, nil, []string{uriOffice}, nil},
		// The sentence before holds the anchor too: its failed window must
		// not stand for the next sentence's.
		{"proximity after a sentence with the anchor", "Maîtrise bureautique exigée. Outils bureautiques : bonne maîtrise", corpus.French, []string{uriOffice}, nil, nil},
		{"rome savoir", "Bonne connaissance des techniques de la soudure.", corpus.French, []string{"100286", uriWeld}, nil, nil},
		{"latin in arabic", "مطلوب محاسب يجيد Microsoft Excel و Python", corpus.Arabic, []string{uriPython, "403039", uriOffice}, nil, map[string]string{uriPython: "Python"}},
		{"vendor stripped", "نبحث عن مهندس يتقن Autocad", corpus.Arabic, []string{"116428"}, nil, nil},
		{"arabic label", "خبرة في تقنيات اللحام", corpus.Arabic, []string{uriWeld}, nil, nil},
		{"break on full stop", "Techniques. Soudure", corpus.French, nil, []string{"100286"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := d.Extract(tt.text, tt.lang, "description")
			for _, c := range tt.want {
				if !has(ms, c) {
					t.Errorf("Extract(%q) = %v, want %s", tt.text, codes(ms), c)
				}
			}
			for _, c := range tt.notWant {
				if has(ms, c) {
					t.Errorf("Extract(%q) found %s, want not", tt.text, c)
				}
			}
			for _, m := range ms {
				checkOffsets(t, tt.text, m)
				if s, ok := tt.surface[m.Code]; ok && tt.text[m.Start:m.End] != s {
					t.Errorf("%s at %q, want %q", m.Code, tt.text[m.Start:m.End], s)
				}
				if m.Score <= 0 || m.Score > 1 || m.Field != "description" {
					t.Errorf("bad match %+v", m)
				}
			}
		})
	}
}

func checkOffsets(t testing.TB, text string, m Match) {
	t.Helper()
	if m.Start < 0 || m.Start >= m.End || m.End > len(text) {
		t.Fatalf("match %s: bad offsets [%d,%d) in %d bytes", m.Code, m.Start, m.End, len(text))
	}
	if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
		t.Fatalf("match %s: offsets [%d,%d) split a rune", m.Code, m.Start, m.End)
	}
}

func TestExtractLabelLanguage(t *testing.T) {
	d := tinyDict(t)
	ms := d.Extract("Expérience en comptabilité générale", corpus.French, "title")
	if len(ms) == 0 || ms[0].Label != "comptabilité" || ms[0].Field != "title" {
		t.Fatalf("got %+v, want the French label of accounting", ms)
	}
}

func TestOptionsStopForms(t *testing.T) {
	tax := tinyTaxonomy()
	as := corpus.NewAnalyzers(corpus.Config{})
	d, err := BuildWith(t.Context(), tax, as, Options{StopForms: []string{"SQL"}})
	if err != nil {
		t.Fatal(err)
	}
	if ms := d.Extract("SQL", corpus.English, "title"); has(ms, uriSQL) {
		t.Errorf("SQL is a stop form but was extracted: %v", codes(ms))
	}
	if ms := d.Extract("Direction de la communication", corpus.French, "title"); has(ms, uriComm) {
		t.Errorf("communication needs context by default: %v", codes(ms))
	}
}

func FuzzExtract(f *testing.F) {
	d := tinyDict(f)
	for _, s := range []string{"Python, C++ et C#", "maîtrise des outils bureautiques", "مطلوب Python", "R\x80 é", "techniques de soudure.", "machine learning, soud"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, lang := range []corpus.Lang{corpus.French, corpus.Arabic, corpus.English, corpus.Undetermined} {
			for _, m := range d.Extract(text, lang, "description") {
				checkOffsets(t, text, m)
			}
		}
		res := d.Search(text, corpus.Undetermined, 3)
		if res.Skills == nil {
			t.Fatalf("Search(%q): skills null, want a list", text)
		}
		for _, m := range res.Skills {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End {
				t.Fatalf("Search(%q): skill %q at %d..%d", text, m.Label, m.Start, m.End)
			}
		}
		for _, list := range [][]Scored{res.ROME, res.ISCO, res.ESCO} {
			for _, x := range list {
				if x.Score < 0 || x.Score > 1 {
					t.Fatalf("Search(%q): %s scores %v", text, x.Code, x.Score)
				}
			}
		}
		_ = d.Complete(strings.TrimSpace(text), corpus.Undetermined, 3)
	})
}

// TestBreaks checks breaks against the strings.ContainsAny it spells out,
// on every string of up to three pieces, valid UTF-8 or not.
func TestBreaks(t *testing.T) {
	pieces := []string{" ", ",", "a", ".", ";", ":", "!", "?", "\n", "|", "(", ")", "[", "]",
		"•", "·", "\xe2", "\xe2\x80", "\xc2", "\xb7", "\xa2", "é", "،", "؛", "؟", "\xd8", "\x9b"}
	var all []string
	var grow func(s string, n int)
	grow = func(s string, n int) {
		all = append(all, s)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			grow(s+p, n-1)
		}
	}
	grow("", 3)
	for _, s := range all {
		if got, want := breaks(s), strings.ContainsAny(s, ".;:!?\n|•·()[]؛؟"); got != want {
			t.Errorf("breaks(%q) = %v, want %v", s, got, want)
		}
	}
}
