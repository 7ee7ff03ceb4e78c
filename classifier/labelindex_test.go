package classifier

import (
	"context"
	"slices"
	"testing"

	"marsad/corpus"
	"marsad/corpus/posting"
)

// TestLabelIndexAnalysesAsCorpus: the index analyses label text with the
// corpus analysers (corpus/bleveanalysis), so every analysed term of
// every label is in its language's field, exactly as the tables hold it
// (accents folded, stemmed): near, at distance 0, finds it.
func TestLabelIndexAnalysesAsCorpus(t *testing.T) {
	_, withIndex := tinyClassifiers(t)
	for _, lb := range tiny.tables.Labels {
		for _, term := range lb.Terms {
			if got := withIndex.index.near(term, lb.Lang); !slices.Contains(got, term) {
				t.Errorf("label %q (%s): term %q not in the index (near: %q)", lb.Text, lb.Lang, term, got)
			}
		}
	}
}

// TestSpellingCorrection: a misspelt title word meets the label word one
// edit away, through the Bleve index (the classifier without it cannot).
func TestSpellingCorrection(t *testing.T) {
	plain, withIndex := tinyClassifiers(t)
	p := posting.Posting{Title: "Developpeu web"} // "developpeu" → "developpeur"
	if r := withIndex.Classify(context.Background(), p, 3); len(r.ROME) == 0 || r.ROME[0].Code != "M1805" {
		t.Errorf("with index: ROME = %+v, want M1805", r.ROME)
	}
	terms := plain.as.For(corpus.French).Terms("Infirmiere Comptabel")
	withIndex.correctTerms(terms, corpus.French)
	want := plain.as.For(corpus.French).Terms("Infirmière Comptable")
	if !slices.Equal(terms, want) {
		t.Errorf("corrected %q, want %q", terms, want)
	}
}
