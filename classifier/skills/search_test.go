package skills

import (
	"bytes"
	"math"
	"reflect"
	"testing"

	"marsad/corpus"
)

func TestSearch(t *testing.T) {
	d := tinyDict(t)
	tests := []struct {
		query   string
		lang    corpus.Lang
		isco    string // expected first ISCO group
		skills  int    // at least this many query skills resolved
		fiche   string // expected among ROME answers ("" = none expected)
		covered int    // skills the first ESCO occupation covers
	}{
		{"Python", corpus.English, "2511", 1, "", 1},
		{"Python, SQL", corpus.Undetermined, "2512", 2, "", 2},
		{"techniques de soudure", corpus.French, "7212", 1, "H2913", 1},
		{"soud", corpus.French, "7212", 1, "H2913", 1}, // partial: label prefix
		{"comptabilité", corpus.Undetermined, "2411", 1, "M1203", 1},
		{"محاسبة", corpus.Arabic, "2411", 1, "M1203", 1},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := d.Search(tt.query, tt.lang, 5)
			if len(res.Skills) < tt.skills {
				t.Fatalf("skills %v, want ≥ %d", codes(res.Skills), tt.skills)
			}
			if len(res.ISCO) == 0 || res.ISCO[0].Code != tt.isco {
				t.Errorf("ISCO %+v, want %s first", res.ISCO, tt.isco)
			}
			if len(res.ESCO) > 0 && len(res.ESCO[0].Skills) < tt.covered {
				t.Errorf("first ESCO %+v covers %d skills, want %d", res.ESCO[0], len(res.ESCO[0].Skills), tt.covered)
			}
			found := tt.fiche == ""
			for _, f := range res.ROME {
				found = found || f.Code == tt.fiche
			}
			if !found {
				t.Errorf("ROME %+v, want %s", res.ROME, tt.fiche)
			}
			for _, list := range [][]Scored{res.ESCO, res.ISCO, res.ROME} {
				for _, s := range list {
					if s.Score < 0 || s.Score > 1 {
						t.Errorf("%s score %v out of [0,1]", s.Code, s.Score)
					}
				}
			}
		})
	}
	if res := d.Search("  ", corpus.French, 5); len(res.Skills) != 0 || res.ESCO == nil {
		t.Errorf("empty query: %+v", res)
	}
}

func TestComplete(t *testing.T) {
	d := tinyDict(t)
	tests := []struct {
		prefix string
		lang   corpus.Lang
		want   string // first label
	}{
		{"compta", corpus.French, "comptabilité"},
		{"COMPTA", corpus.French, "comptabilité"},
		{"soud", corpus.French, "techniques de soudage"}, // a word inside the label
		{"pyth", corpus.English, "Python (computer programming)"},
		{"محاس", corpus.Arabic, "محاسبة"},
	}
	for _, tt := range tests {
		got := d.Complete(tt.prefix, tt.lang, 3)
		if len(got) == 0 || got[0].Label != tt.want {
			t.Errorf("Complete(%q) = %+v, want %q first", tt.prefix, got, tt.want)
		}
	}
	if got := d.Complete("zzz", corpus.French, 3); len(got) != 0 {
		t.Errorf("Complete(zzz) = %v", got)
	}
}

func TestRelation(t *testing.T) {
	d := tinyDict(t)
	tests := []struct{ occ, skill, want string }{
		{occDev, uriPython, "essential"},
		{occDev, uriR, "optional"},
		{occWelder, uriPython, ""},
		{occWelder, "100286", "essential"}, // ROME savoir through the crosswalk
		{"H2913", "100286", "essential"},
		{"M1203", "100286", ""},
		{"unknown", uriPython, ""},
	}
	for _, tt := range tests {
		if got := d.Relation(tt.occ, tt.skill); got != tt.want {
			t.Errorf("Relation(%s, %s) = %q, want %q", tt.occ, tt.skill, got, tt.want)
		}
	}
	ev := d.OccupationEvidence(d.Extract("Python et R, langage R", corpus.French, "description"))
	if ev[occData] != 1 || ev[occWelder] != 0 {
		t.Errorf("evidence %v: want the data scientist first", ev)
	}
}

func TestSaveLoad(t *testing.T) {
	d := tinyDict(t)
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		t.Fatal(err)
	}
	d2, err := Load(bytes.NewReader(buf.Bytes()), corpus.NewAnalyzers(corpus.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	text := "Maîtrise des outils bureautiques, Python et techniques de soudure"
	a, b := d.Extract(text, corpus.French, "description"), d2.Extract(text, corpus.French, "description")
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("before %v, after %v", codes(a), codes(b))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("%+v != %+v", a[i], b[i])
		}
	}
	// Rank reads every form's terms (label coverage) and the per-skill
	// form lists Load rebuilds.
	en := "You enjoy working in teams and welding"
	if a, b := d.Rank(en, corpus.English, 3), d2.Rank(en, corpus.English, 3); !reflect.DeepEqual(a, b) {
		t.Errorf("Rank before %+v, after %+v", a, b)
	}
	if _, err := Load(bytes.NewReader(buf.Bytes()[:buf.Len()/2]), corpus.NewAnalyzers(corpus.Config{})); err == nil {
		t.Error("Load of a truncated dictionary succeeded")
	}
}

func TestTradeTable(t *testing.T) {
	seen := make(map[string]string)
	for _, tr := range trades {
		if len(tr.words) == 0 || len(tr.occs) == 0 {
			t.Errorf("trade %v has no words or no occupations", tr)
		}
		for _, w := range tr.words {
			k := tradeKey(w)
			if prev, dup := seen[k]; dup && prev != tr.words[0] {
				t.Errorf("%q names two trades: %q and %q", w, prev, tr.words[0])
			}
			seen[k] = tr.words[0]
		}
	}
	tests := []struct {
		part, trade string // trade: its first word; "" none
	}{
		{"Plomberie", "plomberie"},
		{" plombier ", "plomberie"},
		{"السباكة", "plomberie"},
		{"centre d’appel", "télévente"},
		{"Pâtisserie", "pâtisserie"},
		{"PATISSERIE", "pâtisserie"},
		{"conduite de projet", ""},
		{"plomberie sanitaire et chauffage", ""},
	}
	for _, tt := range tests {
		i := tradeOf(tt.part)
		got := ""
		if i >= 0 {
			got = trades[i].words[0]
		}
		if got != tt.trade {
			t.Errorf("tradeOf(%q) = %q, want %q", tt.part, got, tt.trade)
		}
	}
}

func TestQueryReadings(t *testing.T) {
	m := func(scheme string, start, end int, score float64) Match {
		return Match{Scheme: scheme, Code: scheme + string(rune('a'+start)) + string(rune('a'+end)), Start: start, End: end, Score: score}
	}
	machines, ml := m("esco", 0, 7, 0.8), m("rome", 0, 16, 0.85)
	mlEN := m("esco", 0, 16, 0.9)
	python := m("esco", 18, 24, 1)
	tests := []struct {
		name string
		got  []Match
		want []Match
	}{
		{"a word inside a longer name goes", longestOnly([]Match{machines, ml, python}), []Match{ml, python}},
		{"equal spans both stay", longestOnly([]Match{ml, mlEN}), []Match{ml, mlEN}},
		{"the other scheme on the same words joins", sameWords([]Match{mlEN}, []Match{ml, python}), []Match{ml}},
		{"the same scheme does not", sameWords([]Match{mlEN}, []Match{m("esco", 0, 16, 0.7)}), nil},
		{"other words do not", sameWords([]Match{mlEN}, []Match{machines}), nil},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s: got %+v, want %+v", tt.name, tt.got, tt.want)
		}
	}
	// Two readings of the same words count once, at the better score.
	if got, want := coverage([]Match{machines, ml}, 16), 16*0.85; math.Abs(got-want) > 1e-9 {
		t.Errorf("coverage = %v, want %v", got, want)
	}
	if got := coverage([]Match{m("esco", 2, 40, 1)}, 10); got != 8 {
		t.Errorf("coverage past the query's end = %v, want 8", got)
	}
}

func TestWordGoesOn(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{"", false},
		{" chimique", false},
		{".js", false}, // "react" + ".js": the prefix is a whole word
		{"-maçonne", false},
		{"ion chimique", true},
		{"2", true},
		{"ة", true},
		{"\u064e", true}, // a haraka goes on with the word
	}
	for _, tt := range tests {
		if got := wordGoesOn(tt.rest); got != tt.want {
			t.Errorf("wordGoesOn(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}
