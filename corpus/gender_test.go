package corpus

import (
	"strings"
	"testing"
)

func TestCutInclusive(t *testing.T) {
	tests := []struct{ in, want string }{
		{"confirmé(e)", "confirmé"},
		{"Confirmé(E)", "Confirmé(E)"}, // the tokenizer's suffixes are lower case
		{"employé(e)s", "employé"},
		{"développeur(se)", "développeur"},
		{"employé·e·s", "employé"},
		{"motivé.e", "motivé"},
		{"technicien.ne", "technicien"},
		{"confirmé", "confirmé"},
		{"node.js", "node.js"},
		{"(e)", "(e)"},
		{"senior(e)z", "senior(e)z"}, // an ending in the middle is not one
		{"bac(+5)", "bac(+5)"},
		{"", ""},
		{"é.", "é."},
	}
	for _, tt := range tests {
		if got := CutInclusive(tt.in); got != tt.want {
			t.Errorf("CutInclusive(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzCutInclusive(f *testing.F) {
	for _, s := range []string{"confirmé(e)", "employé·e·s", "a.e", "x(", "·", "é\xc2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := CutInclusive(w)
		if !strings.HasPrefix(w, got) {
			t.Fatalf("CutInclusive(%q) = %q, not a prefix", w, got)
		}
		if got == "" && w != "" {
			t.Fatalf("CutInclusive(%q) is empty", w)
		}
	})
}
