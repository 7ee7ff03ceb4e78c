package classifier

import (
	"testing"

	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/corpus/posting"
)

func TestTitleLang(t *testing.T) {
	fr, en := corpus.French, corpus.English
	share := func(ss ...langid.Share) langid.Result { return langid.Result{Shares: ss} }
	tests := []struct {
		name string
		lr   langid.Result
		lang corpus.Lang
		want corpus.Lang
	}{
		{"all French", share(langid.Share{Lang: fr, Share: 1}), fr, fr},
		{"English title, French description", share(langid.Share{Lang: fr, Share: 0.9}, langid.Share{Lang: en, Share: 0.1}), fr, en},
		{"French title, English description", share(langid.Share{Lang: en, Share: 0.8}, langid.Share{Lang: fr, Share: 0.2}), en, fr},
		{"Arabic keeps its labels", share(langid.Share{Lang: corpus.Arabic, Share: 0.7}, langid.Share{Lang: en, Share: 0.3}), corpus.Arabic, corpus.Arabic},
	}
	for _, tt := range tests {
		if got := titleLang(tt.lr, tt.lang); got != tt.want {
			t.Errorf("%s: titleLang = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestLangConfidence(t *testing.T) {
	fr, en, ar := corpus.French, corpus.English, corpus.Arabic
	detected := langid.Result{Lang: en, Confidence: 0.5, Shares: []langid.Share{{Lang: en, Share: 0.8}, {Lang: fr, Share: 0.2}}}
	tests := []struct {
		lang corpus.Lang
		want float64
	}{
		{en, 0.5}, // the detector's own answer
		{fr, 0.2}, // the given language: its share of the letters
		{ar, 0},   // given, and no Arabic letter at all
	}
	for _, tt := range tests {
		if got := langConfidence(detected, tt.lang); got != tt.want {
			t.Errorf("langConfidence(%s) = %v, want %v", tt.lang, got, tt.want)
		}
	}
}

func TestDecideLang(t *testing.T) {
	fr, en, ar := corpus.French, corpus.English, corpus.Arabic
	detected := func(l corpus.Lang, conf float64) langid.Result { return langid.Result{Lang: l, Confidence: conf} }
	tests := []struct {
		name     string
		lr       langid.Result
		declared string
		title    string
		want     corpus.Lang
	}{
		// Words both languages share: the detector's 0.62 for French
		// does not overrule the source.
		{"declared English, unsure French", detected(fr, 0.62), "en", "Production Assistant", en},
		{"declared English, sure French", detected(fr, 0.97), "en", "Responsable des ventes export", fr},
		{"nothing declared", detected(fr, 0.62), "", "Production Assistant", fr},
		{"undetermined declared", detected(en, 0.7), "und", "Data", en},
		{"Arabic script, nothing detected", detected(corpus.Undetermined, 0), "", "مهندس مدني", ar},
		{"nothing known: French", detected(corpus.Undetermined, 0), "", "XYZ-42", fr},
	}
	for _, tt := range tests {
		p := posting.Posting{Title: tt.title, Lang: tt.declared}
		if got := decideLang(tt.lr, p, tt.title, ""); got != tt.want {
			t.Errorf("%s: decideLang = %s, want %s", tt.name, got, tt.want)
		}
	}
}
