package classifier

import (
	"context"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/search/query"

	"marsad/corpus"
	"marsad/corpus/posting"
)

// TestRankCandidatesAsBleve checks that the in-memory ranking scores
// labels as the Bleve match query it replaced (terms and prefix keys in
// one whitespace-split field, default TF-IDF scoring): every hit's score
// in proportion to Bleve's, the same labels found. English differs in
// the coordination factor only, which counts a title word once whether
// a label holds it, its key or both (rankCandidates): Bleve's score is
// brought to that count before the comparison.
func TestRankCandidatesAsBleve(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	tb := tiny.tables

	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer("ws", map[string]any{"type": custom.Name, "tokenizer": whitespace.Name}); err != nil {
		t.Fatal(err)
	}
	im.DefaultAnalyzer = "ws"
	idx, err := bleve.New(filepath.Join(t.TempDir(), "old.bleve"), im)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	for i, lb := range tb.Labels {
		if indexedLang(lb.Lang) {
			doc := map[string]string{string(lb.Lang): strings.Join(withPrefixes(lb.Terms), " ")}
			if err := idx.Index(strconv.Itoa(i), doc); err != nil {
				t.Fatal(err)
			}
		}
	}

	s := plain.pool.Get().(*scratch)
	defer plain.pool.Put(s)
	for _, tt := range []struct {
		title string
		lang  corpus.Lang
	}{
		{"Développeur web", corpus.French},
		{"Commis de cuisine développeur", corpus.French},
		{"Diététicienne comptable", corpus.French},
		{"web developer", corpus.English},
		{"ممرض", corpus.Arabic},
	} {
		terms := plain.as.For(tt.lang).Terms(tt.title)
		got := plain.rankCandidates(s, terms, tt.lang, 1000)
		scores := make(map[int32]float64)
		for _, r := range s.ranked {
			scores[r.id] = float64(r.raw)
		}

		q := query.NewMatchQuery(strings.Join(withPrefixes(terms), " "))
		q.SetField(string(tt.lang))
		res, err := idx.Search(bleve.NewSearchRequestOptions(q, 1000, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) != len(got) || len(got) == 0 {
			t.Errorf("%q: %d labels, Bleve finds %d", tt.title, len(got), len(res.Hits))
			continue
		}
		ratio := 0.0
		for _, h := range res.Hits {
			id, _ := strconv.Atoi(h.ID)
			mine, ok := scores[int32(id)]
			if !ok {
				t.Errorf("%q: Bleve finds label %q, rankCandidates does not", tt.title, tb.Labels[id].Text)
				continue
			}
			if tt.lang == corpus.English {
				h.Score *= perWordCoordination(terms, tb.Labels[id].Terms)
			}
			if ratio == 0 {
				ratio = h.Score / mine
			}
			if math.Abs(h.Score/mine-ratio) > 1e-4*ratio {
				t.Errorf("%q: label %q scores %.5f, Bleve %.5f: not in proportion (%.5f)", tt.title, tb.Labels[id].Text, mine, h.Score, ratio)
			}
		}
	}
}

// perWordCoordination is the factor that turns Bleve's coordination
// (query entries held over query entries, terms and keys alike) into the
// per-word one (words held, by themselves or by their key, over words).
func perWordCoordination(terms, labelTerms []string) float64 {
	held := make(map[string]bool)
	for _, t := range withPrefixes(labelTerms) {
		held[t] = true
	}
	q := withPrefixes(terms)
	qHeld, words := 0, 0
	for _, t := range q {
		if held[t] {
			qHeld++
		}
	}
	for _, t := range terms {
		if held[t] || held[prefixKey(t)] && prefixKey(t) != "" {
			words++
		}
	}
	return float64(words) / float64(len(terms)) * float64(len(q)) / float64(qHeld)
}

// TestUncrosswalkedFiche: a ROME fiche outside the crosswalk (the tiny
// taxonomy's M1827, like ROME 4.0's new IT fiches) is found by its label
// and answers the ISCO group of its métier, M1805's.
func TestUncrosswalkedFiche(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	r := plain.Classify(context.Background(), posting.Posting{Title: "Ingénieur DevOps (H/F)"}, 3)
	if len(r.ROME) == 0 || r.ROME[0].Code != "M1827" {
		t.Errorf("ROME = %+v, want M1827 first", r.ROME)
	}
	if len(r.ISCO) == 0 || r.ISCO[0].Code != "2512" {
		t.Errorf("ISCO = %+v, want 2512 (inherited from métier M1805) first", r.ISCO)
	}
}
