package classifier

import (
	"slices"
	"testing"

	"marsad/corpus"
)

func TestTechTitle(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Ingénieur Java JEE", true},
		{"Ingénieur .NET", true},
		{"Expert Technique Java / Angular (F/H)", true},
		{"Consultant SAP SD", true},
		{"Architecte API", true},    // was the building architect's ISCO group
		{"Développeur .NET", false}, // a developer already
		{"Ingénieur informatique Python", false},
		{"Salaire net mensuel", false}, // "net" without its dot
		{"Ingénieur méthodes", false},
		{"", false},
	} {
		if got := techTitle(tt.title); got != tt.want {
			t.Errorf("techTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

func TestExactHead(t *testing.T) {
	a := corpus.NewAnalyzers(corpus.Config{}).For(corpus.French)
	for _, tt := range []struct {
		head string
		want []string
	}{
		// "SI" is a stop word: the head is read expanded.
		{"Chef de projet SI", a.Terms("Chef de projet SI systèmes d'information")},
		// "IT" stays a term: the head is left as it is.
		{"Chef de projet IT", a.Terms("Chef de projet IT")},
		{"Comptable", a.Terms("Comptable")},
	} {
		if got := exactHead(a, tt.head, a.Terms(tt.head)); !slices.Equal(got, tt.want) {
			t.Errorf("exactHead(%q) = %q, want %q", tt.head, got, tt.want)
		}
	}
}

// TestSynonymLabelsUnique: a synonym written twice for one language is a
// slip (the second copy adds nothing, or contradicts the first).
func TestSynonymLabelsUnique(t *testing.T) {
	seen := make(map[string]bool)
	for _, s := range slices.Concat(synonymLabels, darijaLoanwords) {
		key := string(s.lang) + "|" + s.text
		if seen[key] {
			t.Errorf("synonym %q (%s) is listed twice", s.text, s.lang)
		}
		seen[key] = true
	}
}

func TestExpandAbbreviations(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"F&B Supervisor", "F&B Supervisor food and beverage"},
		{"Sales & Marketing", "Sales & Marketing"},
		{"Chef de projet SI", "Chef de projet SI systèmes d'information"},
		{"Data Engineer", "Data Engineer"},
		{"Air Cond Technician", "Air Cond Technician conditioning"},
	} {
		if got := expandAbbreviations(tt.in); got != tt.want {
			t.Errorf("expandAbbreviations(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
