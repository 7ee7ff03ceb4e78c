package classifier

import (
	"strings"
	"testing"
	"unicode/utf8"

	"marsad/corpus"
)

// FuzzCleanTitle checks that cleanTitle never loses a whole title, and
// that the punctuation guards in front of its regular expressions only
// skip titles the expressions would not have changed.
func FuzzCleanTitle(f *testing.F) {
	for _, s := range []string{
		"Développeur Java (H/F) - Casablanca",
		"Accounts cum Admin Executive",
		"Chef de projet SI - MOE ( Plusieurs profils) | Casablanca (Maroc)",
		"Commercial B2B expérimenté- Equipements industriels",
		"Retail Assistant @ Queensbay Mall, Penang",
		"Vendeur(se) • Rabat",
		"Conseiller( ÈRE ) clientèle (e)",
		"Serveur ((x) (euse)",
		"TECHNICIEN IT CASABLANCA & RABAT",
		"ACCUMULATOR TECHNICIAN",
		"مهندس برمجيات",
		"Ingénieur d'état - مهندس دولة",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if !utf8.ValidString(title) {
			return
		}
		for _, lang := range []corpus.Lang{corpus.French, corpus.English} {
			full, head := cleanTitle(title, lang)
			if strings.TrimSpace(title) != "" && strings.TrimSpace(full) == "" {
				t.Errorf("cleanTitle(%q, %s) lost the whole title", title, lang)
			}
			if head != "" && !strings.Contains(full, head) && full != strings.TrimSpace(title) {
				t.Errorf("cleanTitle(%q, %s): head %q is not part of %q", title, lang, head, full)
			}
		}
		if !strings.ContainsAny(title, "/([") {
			if femInline.MatchString(title) || genderRe.MatchString(title) || parenRe.MatchString(title) {
				t.Errorf("%q: a gender or parenthesis pattern matches without its punctuation", title)
			}
		}
		// Each expression's own quick test is never stricter than it.
		if femInline.MatchString(title) && !hasInclusiveParen(title) {
			t.Errorf("%q: femInline matches but hasInclusiveParen says no", title)
		}
		if genderRe.MatchString(title) && !strings.Contains(title, "/") && !containsFold(title, "(e)") {
			t.Errorf("%q: genderRe matches without a slash or \"(e)\"", title)
		}
		if parenRe.MatchString(title) && !strings.ContainsAny(title, "([") {
			t.Errorf("%q: parenRe matches without an opening parenthesis", title)
		}
		if !strings.ContainsAny(title, "-–—|:•,") && !containsFold(title, "cum") && len(sepRe.Split(title, -1)) > 1 {
			t.Errorf("%q: sepRe splits without a separator", title)
		}
	})
}

func TestHasInclusiveParen(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Vendeur(se)", true},
		{"Conseiller ( ÈRE )", true},
		{"Serveur ((x) (euse)", true},
		{"Développeur (H/F)", false},
		{"Chef de projet (Casablanca)", false},
		{"Comptable (e", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := hasInclusiveParen(tt.s); got != tt.want {
			t.Errorf("hasInclusiveParen(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestContainsFold(t *testing.T) {
	tests := []struct {
		s, sub string
		want   bool
	}{
		{"Accounts CUM Admin", "cum", true},
		{"Accounts cum Admin", "cum", true},
		{"Cumulus", "cum", true},
		{"Driver", "cum", false},
		{"cu", "cum", false},
	}
	for _, tt := range tests {
		if got := containsFold(tt.s, tt.sub); got != tt.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", tt.s, tt.sub, got, tt.want)
		}
	}
}
