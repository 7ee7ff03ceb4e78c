package skills

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"maps"
	"os"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"marsad/corpus"
	"marsad/internal/testenv"
	"marsad/taxonomy"
)

// The real dictionary is built once per test binary, on first use, so
// that unit tests and -short runs do not pay for it.
var (
	realOnce  sync.Once
	realD     *Dictionary
	realTax   *taxonomy.Taxonomy
	realErr   error
	realBuild time.Duration
)

func realDict(tb testing.TB) *Dictionary {
	tb.Helper()
	dir := testenv.DataDir(tb)
	realOnce.Do(func() {
		realTax, realErr = taxonomy.Load(context.Background(), dir)
		if realErr != nil {
			return
		}
		start := time.Now()
		realD, realErr = Build(context.Background(), realTax, corpus.NewAnalyzers(corpus.Config{}))
		realBuild = time.Since(start)
	})
	if realErr != nil {
		tb.Fatalf("real dictionary: %v", realErr)
	}
	return realD
}

// readJSONL decodes every line of a development set into T.
func readJSONL[T any](tb testing.TB, name string) []T {
	tb.Helper()
	f, err := os.Open(testenv.EvalFile(tb, name))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		out = append(out, v)
	}
	return out
}

func TestRealSearchTargets(t *testing.T) {
	d := realDict(t)
	tests := []struct {
		query string
		lang  corpus.Lang
		isco  []string // any of these ISCO prefixes
		top   int      // within the first top ISCO groups
		gap   string   // a known gap: reported, not failed (docs/skills.md)
	}{
		{"soudure", corpus.French, []string{"7212"}, 5, ""},
		{"soudure", corpus.Undetermined, []string{"7212"}, 5, ""},
		{"Python", corpus.English, []string{"251"}, 1, ""},
		{"Python", corpus.Undetermined, []string{"251"}, 1, ""},
		{"محاسبة", corpus.Arabic, []string{"2411", "3313"}, 5, ""},
		{"لحام", corpus.Arabic, []string{"7212"}, 5, ""},
		{"لحام", corpus.Undetermined, []string{"7212"}, 5, ""},
		{"accounting", corpus.English, []string{"2411", "3313"}, 5, ""},
		{"comptabilité", corpus.French, []string{"2411", "3313"}, 5, ""},
		{"welding", corpus.English, []string{"7212"}, 5, ""},
		{"comptabilité générale", corpus.French, []string{"2411", "3313"}, 5, ""},
		{"Python, SQL", corpus.Undetermined, []string{"251"}, 1, ""},
		// ESCO links Python as optional to the software developer; ROME's
		// M1805 carries it to 2512 (romeISCOW).
		{"Python", corpus.Undetermined, []string{"2512"}, 3, ""},
		// Trades whose occupations' texts use another word (trades.go).
		{"plomberie", corpus.Undetermined, []string{"7126"}, 5, ""},
		{"plumbing", corpus.English, []string{"7126"}, 5, ""},
		{"سباكة", corpus.Undetermined, []string{"7126"}, 5, ""},
		{"cuisine", corpus.French, []string{"5120"}, 5, ""},
		{"cooking", corpus.Undetermined, []string{"5120"}, 5, ""},
		{"طبخ", corpus.Arabic, []string{"5120"}, 5, ""},
		{"conduite de chariot", corpus.Undetermined, []string{"8344"}, 1, ""},
		{"رافعة شوكية", corpus.Undetermined, []string{"8344"}, 1, ""},
		// An English reading ("machine learning", listed by one ESCO
		// occupation) joined by ROME's label of the same words.
		{"machine learning", corpus.Undetermined, []string{"251"}, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query+"/"+string(tt.lang), func(t *testing.T) {
			res := d.Search(tt.query, tt.lang, 10)
			var got []string
			for _, s := range res.ISCO {
				got = append(got, s.Code)
			}
			for i, s := range res.ISCO {
				if s.Score < 0 || s.Score > 1 {
					t.Errorf("score %v out of [0,1]", s.Score)
				}
				if i >= tt.top {
					break
				}
				for _, p := range tt.isco {
					if strings.HasPrefix(s.Code, p) {
						return
					}
				}
			}
			if tt.gap != "" {
				t.Skipf("KNOWN GAP (%s): Search(%q) ISCO = %v, want %v in the top %d", tt.gap, tt.query, got, tt.isco, tt.top)
			}
			t.Errorf("Search(%q) ISCO = %v (skills %v), want %v in the top %d", tt.query, got, codes(res.Skills), tt.isco, tt.top)
		})
	}
}

// TestRealSearchWholeNames: a query's words are read as the longest
// names they make, in every language that has them.
func TestRealSearchWholeNames(t *testing.T) {
	d := realDict(t)
	res := d.Search("machine learning", corpus.Undetermined, 5)
	var schemes []string
	for _, m := range res.Skills {
		if m.Label == "machines" {
			t.Errorf("skills %v: \"machines\" read inside \"machine learning\"", codes(res.Skills))
		}
		schemes = append(schemes, m.Scheme)
	}
	if !slices.Contains(schemes, "esco") || !slices.Contains(schemes, "rome") {
		t.Errorf("skills %+v: want the ESCO and the ROME skill", res.Skills)
	}
	if len(res.ROME) == 0 || len(res.ROME[0].Skills) == 0 {
		t.Errorf("ROME %+v: want first a fiche that lists the skill", res.ROME)
	}
	// A label holding the query as a whole word beats the longer words
	// that start with it, and a skill no fiche lists is shown but ranks
	// nothing: "react" is ROME's React.js, not "Réaction chimique" and
	// the chemical plant operators.
	res = d.Search("react", corpus.Undetermined, 5)
	if len(res.Skills) != 1 || res.Skills[0].Code != "403870" {
		t.Errorf("Search(react) skills %+v, want React.js alone", res.Skills)
	}
	for _, list := range [][]Scored{res.ROME, res.ISCO, res.ESCO} {
		for _, x := range list {
			if len(x.Skills) > 0 {
				t.Errorf("Search(react): %s %q ranked by skills %v, which no occupation lists", x.Code, x.Label, x.Skills)
			}
		}
	}
}

// TestRealTrades checks the hand-written trade table against the data:
// every URI exists, and every word of a trade, searched alone, puts one
// of the trade's ISCO groups in the first five.
func TestRealTrades(t *testing.T) {
	d := realDict(t)
	for _, tr := range trades {
		want := make(map[string]bool)
		for _, uri := range tr.occs {
			o, ok := d.t.OccIndex[uri]
			if !ok {
				t.Errorf("trade %q: occupation %s not in ESCO", tr.words[0], uri)
				continue
			}
			want[d.t.Occs[o].ISCO] = true
		}
		for _, uri := range tr.skills {
			if _, ok := d.t.SkillIndex[uri]; !ok {
				t.Errorf("trade %q: skill %s not in ESCO", tr.words[0], uri)
			}
		}
		for _, w := range tr.words {
			res := d.Search(w, corpus.Undetermined, 5)
			found := false
			var got []string
			for _, g := range res.ISCO {
				found = found || want[g.Code]
				got = append(got, g.Code)
			}
			if !found {
				t.Errorf("Search(%q) ISCO = %v, want one of %v", w, got, slices.Sorted(maps.Keys(want)))
			}
		}
	}
}

type enSkillRow struct {
	Text   string   `json:"text"`
	Skills []string `json:"skills_esco"`
}

// rPrecision measures Rank on the English job-ad sentences.
func rPrecision(d *Dictionary, rows []enSkillRow) float64 {
	return rPrecisionWith(d, rows, defaultRankWeights)
}

// rPrecisionWith is rPrecision with Rank's weights given.
func rPrecisionWith(d *Dictionary, rows []enSkillRow, w rankWeights) float64 {
	total := 0.0
	for _, r := range rows {
		gold := make(map[string]bool, len(r.Skills))
		for _, s := range r.Skills {
			gold[s] = true
		}
		ranked := d.rank(r.Text, corpus.English, len(gold), w)
		hit := 0
		for _, m := range ranked {
			if gold[m.Code] {
				hit++
			}
		}
		total += float64(hit) / float64(len(gold))
	}
	return total / float64(len(rows))
}

func TestRealEnglishRPrecision(t *testing.T) {
	d := realDict(t)
	rows := readJSONL[enSkillRow](t, "en-skills-dev.jsonl")
	rp := rPrecision(d, rows)
	t.Logf("R-precision on %d sentences: %.3f", len(rows), rp)
	// Measured 0.468 (0.459 before the classifier's eleventh round kept
	// "training", "production" and a few other English words whole;
	// 0.343 before label coverage, hints kept out of
	// the mentions and the compound and bare-word checks; 0.302 before
	// BM25F); the target is 0.45 (see docs/skills.md).
	if rp < 0.44 {
		t.Errorf("R-precision %.3f, want ≥ 0.44", rp)
	}
}

type ftOffer struct {
	Title       string   `json:"title"`
	Description string   `json:"description"`
	ROME        string   `json:"rome"`
	Gold        []string `json:"skills_gold_codes"`
}

// ftRecall is the share of the recruiters' compétences found: by text
// alone (Extract on title and description) and guided by the gold fiche
// (RankForFiche, top n; n ≤ 0: as many as the offer has gold codes, which
// makes the measure an R-precision). A gold macro-compétence counts when
// one of its compétences or itself is returned.
func ftRecall(d *Dictionary, offers []ftOffer, n int) (text, fiche float64) {
	return ftRecallWith(d, offers, n, defaultFicheWeights)
}

// ftRecallWith is ftRecall with RankForFiche's weights given.
func ftRecallWith(d *Dictionary, offers []ftOffer, n int, w ficheWeights) (text, fiche float64) {
	var hitT, hitF, total int
	for _, o := range offers {
		var found []Match
		found = append(found, d.Extract(o.Title, corpus.French, "title")...)
		found = append(found, d.Extract(o.Description, corpus.French, "description")...)
		k := n
		if k <= 0 {
			k = len(o.Gold)
		}
		ranked := d.rankForFiche(o.ROME, o.Title+"\n"+o.Description, k, w)
		for _, g := range o.Gold {
			total++
			if d.Covers(found, g) {
				hitT++
			}
			if d.Covers(ranked, g) {
				hitF++
			}
		}
	}
	return float64(hitT) / float64(total), float64(hitF) / float64(total)
}

func TestRealFranceTravailRecall(t *testing.T) {
	d := realDict(t)
	offers := readJSONL[ftOffer](t, "fr-ft-offers-dev.jsonl")
	text, fiche := ftRecall(d, offers, 10)
	_, fiche5 := ftRecall(d, offers, 5)
	_, ficheR := ftRecall(d, offers, 0)
	t.Logf("France Travail offers: recall text-only %.3f, fiche-guided@10 %.3f, @5 %.3f, @R %.3f", text, fiche, fiche5, ficheR)
	// Measured 0.070, 0.584, 0.449 and 0.510 (docs/skills.md); target 0.50 at 10.
	if text < 0.06 || fiche < 0.55 || ficheR < 0.47 {
		t.Errorf("recall text-only %.3f (want ≥ 0.06), fiche-guided@10 %.3f (want ≥ 0.55), @R %.3f (want ≥ 0.47)", text, fiche, ficheR)
	}
}

// TestRealSaveLoad checks that the real dictionary survives Save and
// Load; how long Load takes is BenchmarkLoad's to measure.
func TestRealSaveLoad(t *testing.T) {
	if raceEnabled {
		t.Skip("the 32 MB round trip takes much of the -race budget; TestSaveLoad covers it")
	}
	d := realDict(t)
	t.Logf("build: %v", realBuild)
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		t.Fatal(err)
	}
	as := corpus.NewAnalyzers(corpus.Config{})
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	start := time.Now()
	d2, err := Load(bytes.NewReader(buf.Bytes()), as)
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	t.Logf("saved %d bytes, loaded in %v; heap after Load +%.1f MB, allocated during Load %.0f MB",
		buf.Len(), took, float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc))/1e6, float64(m1.TotalAlloc-m0.TotalAlloc)/1e6)
	// Format 5 writes about 32 MB (format 4: 51 MB); a much larger file
	// means a table went back to one gob struct per element.
	if buf.Len() > 40<<20 {
		t.Errorf("saved %d bytes, want < 40 MB", buf.Len())
	}
	text := "Maîtrise de Python, SQL et des techniques de soudure ; anglais courant."
	a, b := d.Extract(text, corpus.French, "description"), d2.Extract(text, corpus.French, "description")
	if len(a) == 0 || len(a) != len(b) {
		t.Fatalf("after Load: %v, before: %v", codes(b), codes(a))
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("match %d: %+v after Load, %+v before", i, b[i], a[i])
		}
	}
}

// TestRealDebug prints what the dictionary does with a text:
// SKILLS_DEBUG="text" go test -run RealDebug -v
func TestRealDebug(t *testing.T) {
	q := os.Getenv("SKILLS_DEBUG")
	if q == "" {
		t.Skip("set SKILLS_DEBUG")
	}
	d := realDict(t)
	lang := corpus.Lang(os.Getenv("SKILLS_LANG"))
	for _, m := range d.Extract(q, lang, "text") {
		t.Logf("extract %s %.2f %q %q", m.Scheme, m.Score, q[m.Start:m.End], m.Label)
	}
	for _, m := range d.Rank(q, lang, 8) {
		t.Logf("rank %v %.2f %q", m.Implied, m.Score, m.Label)
	}
	res := d.Search(q, lang, 5)
	for _, m := range res.Skills {
		t.Logf("search skill %.2f %q", m.Score, m.Label)
	}
	for _, list := range [][]Scored{res.ISCO, res.ESCO, res.ROME} {
		for _, s := range list {
			t.Logf("  %s %q %.3f %d", s.Code, s.Label, s.Score, len(s.Skills))
		}
	}
	for _, s := range d.Complete(q, lang, 5) {
		t.Logf("complete %q", s.Label)
	}
}

// postings2KB returns real French descriptions of about 2 KB.
func postings2KB(tb testing.TB) []string {
	type row struct {
		Description string `json:"description"`
	}
	var out []string
	for _, r := range readJSONL[row](tb, "fr-ft-postings-unlabelled.jsonl") {
		if len(r.Description) >= 1500 && len(r.Description) <= 2600 {
			out = append(out, r.Description)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		tb.Skip("no 2 KB postings")
	}
	return out
}

// BenchmarkLoad measures loading the real dictionary (skills.bin):
// go test -run '^$' -bench Load -benchtime 3x ./classifier/skills
func BenchmarkLoad(b *testing.B) {
	d := realDict(b)
	var buf bytes.Buffer
	if err := d.Save(&buf); err != nil {
		b.Fatal(err)
	}
	as := corpus.NewAnalyzers(corpus.Config{})
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(buf.Bytes()), as); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	d := realDict(b)
	texts := postings2KB(b)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.Extract(texts[i%len(texts)], corpus.French, "description")
	}
}

func BenchmarkExtractAnalyzed(b *testing.B) {
	d := realDict(b)
	texts := postings2KB(b)
	a := corpus.NewAnalyzers(corpus.Config{}).For(corpus.French)
	toks := make([][]corpus.Token, len(texts))
	for i, s := range texts {
		toks[i] = a.Analyze(s)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.ExtractAnalyzed(texts[i%len(texts)], toks[i%len(texts)], corpus.French, "description")
	}
}

func BenchmarkSearch(b *testing.B) {
	d := realDict(b)
	qs := []string{"Python", "soudure", "comptabilité générale", "لحام", "Python, SQL"}
	for i := 0; b.Loop(); i++ {
		d.Search(qs[i%len(qs)], corpus.Undetermined, 10)
	}
}

func BenchmarkComplete(b *testing.B) {
	d := realDict(b)
	qs := []string{"compta", "sou", "pyth", "محا", "inf", "a", "s", "م"}
	for i := 0; b.Loop(); i++ {
		d.Complete(qs[i%len(qs)], corpus.Undetermined, 10)
	}
}

func BenchmarkRank(b *testing.B) {
	d := realDict(b)
	var sentences []string
	for _, r := range readJSONL[enSkillRow](b, "en-skills-dev.jsonl") {
		sentences = append(sentences, r.Text)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		d.Rank(sentences[i%len(sentences)], corpus.English, 5)
	}
}

// BenchmarkRankForFiche ranks a France Travail offer's fiche by its title,
// as the classifier does for every confident French posting.
func BenchmarkRankForFiche(b *testing.B) {
	d := realDict(b)
	offers := readJSONL[ftOffer](b, "fr-ft-offers-dev.jsonl")
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		o := &offers[i%len(offers)]
		d.RankForFiche(o.ROME, o.Title, corpus.French, 10)
	}
}
