package classifier

import (
	"strings"
	"testing"
)

func TestTranslateTitle(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		known    bool
	}{
		// French order: the head first, tool names kept.
		{"Python Developer", "développeur Python", true},
		{"Data Engineer", "ingénieur données data", true},
		{"Head of Sales", "commercial vente responsable chef", true},
		{"Kubernetes", "Kubernetes", false},
		{"", "", false},
	} {
		got, known := translateTitle(tc.in)
		if got != tc.want || known != tc.known {
			t.Errorf("translateTitle(%q) = %q, %v; want %q, %v", tc.in, got, known, tc.want, tc.known)
		}
	}
}

// Every translation must be words the French analyser can read: no
// English left in by mistake as a key's own value, no empty entry but
// the function words.
func TestEnFrEntries(t *testing.T) {
	for en, fr := range enFr {
		if en != strings.ToLower(en) || strings.Contains(en, " ") {
			t.Errorf("key %q: keys are single lower-case words (titles are looked up word by word)", en)
		}
		if fr != strings.TrimSpace(fr) {
			t.Errorf("%q → %q: stray space", en, fr)
		}
	}
}
