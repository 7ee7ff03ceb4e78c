package classifier

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWithAcronym(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Soudeur / Soudeuse Tungsten Inert Gas -TIG-", "Soudeur / Soudeuse TIG"},
		{"Responsable de Petite ou Moyenne Entreprise -PME-", "Responsable de PME"},
		{"Administrateur / Administratrice Systèmes d'Information Géographique -SIG-", "Administrateur / Administratrice SIG"},
		{"Administrateur / Administratrice Systèmes d'Info Géogr -SIG-", "Administrateur / Administratrice SIG"},
		{"Compagnon / Compagnonne Voiries et Réseaux Divers -VRD-", "Compagnon / Compagnonne VRD"},
		{"Claviste en Publication Assistée par Ordinateur -PAO-", "Claviste en PAO"},
		{"Auxiliaire de Vie Sociale -AVS-", "AVS"},
		{"Agent / Agente d'Escale Commerciale aéroportuaire -AEC-", ""}, // the words do not spell it
		{"Chef / Cheffe de cellule d'intervention -NBC-", ""},
		{"Combattant / Combattante toutes armes -TTA-", ""},
		{"Soudeur / Soudeuse MIG MAG", ""},
		{"Chef de projet (Project Management Officer)", ""},
		{"Opérateur -CN-", ""}, // two letters: too short to trust
	}
	for _, tt := range tests {
		if got := withAcronym(tt.in); got != tt.want {
			t.Errorf("withAcronym(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzWithAcronym(f *testing.F) {
	f.Add("Soudeur / Soudeuse Tungsten Inert Gas -TIG-")
	f.Add("Systèmes d'Information Géographique -SIG-")
	f.Add("l' -LAB-")
	f.Fuzz(func(t *testing.T, label string) {
		got := withAcronym(label)
		if got == "" {
			return
		}
		if !utf8.ValidString(got) && utf8.ValidString(label) {
			t.Errorf("withAcronym(%q) = %q: invalid UTF-8", label, got)
		}
		m := acronymRe.FindStringSubmatch(label)
		if m == nil || !strings.HasSuffix(got, m[1]) || len(got) >= len(label) {
			t.Errorf("withAcronym(%q) = %q: not the label shortened to its acronym", label, got)
		}
	})
}
