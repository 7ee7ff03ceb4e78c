package classifier

import "testing"

func TestPrefixKey(t *testing.T) {
	tests := []struct{ term, want string }{
		{"dietet", "~dietet"},      // exactly n runes: its own key
		{"dieteticien", "~dietet"}, // meets it
		{"chef", ""},               // too short to say anything
		{"صيدلاني", "~صيدل"},       // Arabic keys are shorter
		{"رياض", "~رياض"},          // kindergartens
		{"رياضيات", ""},            // mathematics is kept apart from them (corpus.KeptApart)
		{"مكتبه", ""},              // and the library from the office
		{"مكتب", "~مكتب"},
	}
	for _, tt := range tests {
		if got := prefixKey(tt.term); got != tt.want {
			t.Errorf("prefixKey(%q) = %q, want %q", tt.term, got, tt.want)
		}
	}
}
