package classifier

import "testing"

func TestNameKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ingénieur / Ingénieure DevOps", "ingenieur ingenieure devops"},
		{"Data engineer", "data engineer"},
		{"  Régisseur du son ", "regisseur du son"},
		{"Chef d'équipe", "chef dequipe"},
		{"مطور برامج", "مطور برامج"},
		{" / - ", ""},
	}
	for _, tt := range tests {
		if got := nameKey(tt.in); got != tt.want {
			t.Errorf("nameKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWithoutGloss(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Chef / Cheffe de projet (Project Management Officer)", "Chef / Cheffe de projet"},
		{"Ingénieur / Ingénieure en Intelligence Artificielle (IA)", "Ingénieur / Ingénieure en Intelligence Artificielle"},
		{"Soudeur / Soudeuse Tungsten Inert Gas -TIG-", ""},
		{"(IA)", ""},
		{"Comptable", ""},
	}
	for _, tt := range tests {
		if got := withoutGloss(tt.in); got != tt.want {
			t.Errorf("withoutGloss(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
