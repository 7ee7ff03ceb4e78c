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
	tb := &Tables{}
	for _, l := range labels {
		tb.Labels = append(tb.Labels, Label{Text: l.text, Lang: l.lang, Terms: as.For(l.lang).Terms(l.text)})
	}
	lv := newLevels(tb, as)
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
