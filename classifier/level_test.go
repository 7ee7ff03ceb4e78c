package classifier

import (
	"testing"

	"marsad/corpus"
)

func TestLevels(t *testing.T) {
	as := corpus.NewAnalyzers(corpus.Config{})
	labels := []struct {
		text string
		lang corpus.Lang
		mgr  bool
	}{
		{"marketing manager", corpus.English, true},
		{"marketing assistant", corpus.English, false},
		{"chief executive officer", corpus.English, true},
		{"Directrice commerciale", corpus.French, true},
		{"Responsable marketing", corpus.French, true},
		{"Chargé de marketing", corpus.French, false},
		{"مدير مبيعات", corpus.Arabic, true},
		{"مندوب مبيعات", corpus.Arabic, false},
	}
	tb := &Tables{Concepts: []ConceptInfo{
		{Scheme: ESCO, Label: map[corpus.Lang]string{corpus.English: "marketing manager"}},
		{Scheme: ESCO, Label: map[corpus.Lang]string{corpus.English: "marketing assistant"}},
	}}
	for _, l := range labels {
		tb.Labels = append(tb.Labels, Label{Text: l.text, Lang: l.lang, Terms: as.For(l.lang).Terms(l.text)})
	}
	// An alternative label of a managerial occupation is managerial too.
	add := func(text string, concept int32) {
		tb.Labels = append(tb.Labels, Label{Text: text, Lang: corpus.English, Terms: as.For(corpus.English).Terms(text), Targets: []Target{{concept, 1}}})
	}
	add("marketing executive", 0)
	add("marketing executive", 1)
	lv := newLevels(tb, as)
	if n := len(labels); !lv.mgr[n] || lv.mgr[n+1] {
		t.Errorf("alternative labels of a manager and an assistant: managerial = %v, %v; want true, false", lv.mgr[n], lv.mgr[n+1])
	}
	for i, l := range labels {
		if lv.mgr[i] != l.mgr {
			t.Errorf("%q managerial = %v, want %v", l.text, lv.mgr[i], l.mgr)
		}
	}
	titles := []struct {
		text string
		lang corpus.Lang
		want bool
	}{
		{"Marketing Executive", corpus.English, false},
		{"Sales Team Lead", corpus.English, true},
		{"Head of Marketing", corpus.English, true},
		{"Assistant commercial", corpus.French, false},
		{"Chef de projet", corpus.French, true},
		{"مشرف مبيعات", corpus.Arabic, true},
	}
	for _, tt := range titles {
		if got := lv.titleManagerial(as.For(tt.lang).Terms(tt.text), tt.lang); got != tt.want {
			t.Errorf("title %q managerial = %v, want %v", tt.text, got, tt.want)
		}
	}
}
