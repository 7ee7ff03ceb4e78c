package place

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"marsad/internal/testenv"
)

func TestIndexHasNoConflicts(t *testing.T) {
	if len(indexConflicts) > 0 {
		t.Errorf("aliases claimed by two places: %q", indexConflicts)
	}
	codes := make(map[string]bool)
	for _, r := range Regions() {
		codes[r.Code] = true
		if r.FR == "" || r.AR == "" || r.EN == "" {
			t.Errorf("region %s lacks a name: %+v", r.Code, r)
		}
	}
	if len(codes) != 12 {
		t.Fatalf("%d regions, want 12", len(codes))
	}
	cities := make(map[string]bool)
	for _, p := range places {
		if !codes[p.region] {
			t.Errorf("%s: unknown region %q", p.city, p.region)
		}
		if p.city != "" {
			cities[p.city] = true
		}
	}
	if len(cities) < 60 {
		t.Errorf("%d cities, want at least 60", len(cities))
	}
}

func mor(region, province, city string) Place {
	return Place{Kind: Morocco, Region: region, Province: province, City: city}
}

var (
	casa      = mor("casablanca-settat", "Casablanca", "Casablanca")
	rabat     = mor("rabat-sale-kenitra", "Rabat", "Rabat")
	sale      = mor("rabat-sale-kenitra", "Salé", "Salé")
	tanger    = mor("tanger-tetouan-al-hoceima", "Tanger-Assilah", "Tanger")
	agadir    = mor("souss-massa", "Agadir-Ida-Ou-Tanane", "Agadir")
	fes       = mor("fes-meknes", "Fès", "Fès")
	marrakech = mor("marrakech-safi", "Marrakech", "Marrakech")
	unknown   = Place{Kind: Unknown}
	remote    = Place{Kind: Remote}
)

func abroadIn(c string) Place { return Place{Kind: Abroad, Country: c} }

func TestResolve(t *testing.T) {
	tests := []struct {
		in   string
		want Place
	}{
		// French and scraped spellings.
		{"Casablanca", casa},
		{"Casa", casa},
		{"CASABLANCA (Maroc)", casa},
		{"Casablanca, Maroc", casa},
		{"casablanca et périphérie", casa},
		{"Dar el Beida", casa},
		{"Rabat - Agdal", rabat},
		{"Rabat-Salé", rabat},
		{"Ville : Agadir", agadir},
		{"Fes", fes},
		{"Fez, Morocco", fes},
		{"Marrakesh", marrakech},
		{"Tanger", tanger},
		{"Tangier, Tanger-Tetouan-Al Hoceima, Morocco", tanger},
		{"Tangiers (Maroc)", tanger},
		{"Salé", sale},
		{"Rabat, Sale, Temara", rabat},
		{"Commercial - Sale", sale},
		{"Technopolis, Sala Al Jadida", sale},
		{"Sala Al Jadida (Maroc)", mor("rabat-sale-kenitra", "Salé", "Sala Al Jadida")},
		{"M'diq", mor("tanger-tetouan-al-hoceima", "M'diq-Fnideq", "M'diq")},
		{"Tan-Tan", mor("guelmim-oued-noun", "Tan-Tan", "Tan-Tan")},
		{"Laâyoune", mor("laayoune-sakia-el-hamra", "Laâyoune", "Laâyoune")},
		{"LAAYOUNE", mor("laayoune-sakia-el-hamra", "Laâyoune", "Laâyoune")},
		{"El Kelâa des Sraghna", mor("marrakech-safi", "El Kelaâ des Sraghna", "El Kelaâ des Sraghna")},
		{"Benguerir", mor("marrakech-safi", "Rehamna", "Ben Guerir")},
		{"Jorf Lasfar - Province El Jadida", mor("casablanca-settat", "El Jadida", "Jorf Lasfar")},
		{"1-poste(s) sur    Fès et région    - Maroc", fes},
		{"Casablanca, 6, MA", casa},
		{"Casablanca (Royaume-Uni)", casa},
		// Regions alone.
		{"Béni Mellal-Khénifra, Maroc", mor("beni-mellal-khenifra", "", "")},
		{"Région de l'Oriental", mor("oriental", "", "")},
		{"Souss-Massa", mor("souss-massa", "", "")},
		{"Grand Casablanca", mor("casablanca-settat", "", "")},
		{"arrondissement d'Aïn Sebaâ, Casablanca-Settat, Maroc", casa},
		// Titles that carry the city.
		{"DevOps Engineer - Rabat", rabat},
		{"Chargé(e) de Clientèle - Mohammedia | Mohammédia (Maroc)", mor("casablanca-settat", "Mohammedia", "Mohammedia")},
		{"Point of Sale Manager", unknown},
		{"Technicien eau potable", unknown},
		{"Comptable chez Tata Consultancy", unknown},
		{"Ingénieur ROME M1805", unknown},
		// Several cities: the first named.
		{"Rabat - Casablanca", rabat},
		{"CASA / Rabat / TANGER", casa},
		// Arabic.
		{"الدار البيضاء", casa},
		{"طنجة", tanger},
		{"مطلوب محاسب بالرباط", rabat},
		{"وظيفة في مدينة فاس", fes},
		{"أكادير", agadir},
		{"اكادير", agadir},
		{"مراكش آسفي", mor("marrakech-safi", "", "")},
		{"الشركة الجديدة", unknown},
		{"الجديدة", mor("casablanca-settat", "El Jadida", "El Jadida")},
		{"العمل عن بعد", remote},
		// English.
		{"Based in Casablanca, with occasional travel to Jorf Lasfar", casa},
		{"Tetouan", mor("tanger-tetouan-al-hoceima", "Tétouan", "Tétouan")},
		// Remote.
		{"Télétravail", remote},
		{"100% télétravail", remote},
		{"Full remote", remote},
		{"à distance", remote},
		{"Remote (États-Unis)", Place{Kind: Remote, Country: "United States"}},
		{"Casablanca (hybride)", casa},
		// Abroad.
		{"Paris", abroadIn("France")},
		{"75 - Paris 1er Arrondissement", abroadIn("France")},
		{"69 - VILLEURBANNE", abroadIn("France")},
		{"31 - Colomiers", abroadIn("France")},
		{"Allemagne (Frontalier)", abroadIn("Germany")},
		{"Luxembourg", abroadIn("Luxembourg")},
		{"Dubai (Émirats Arabes Unis)", abroadIn("United Arab Emirates")},
		{"Hamburg (Allemagne)", abroadIn("Germany")},
		{"Abidjan (Côte d'Ivoire)", abroadIn("Côte d'Ivoire")},
		{"AR RIYADH..., الرياض", abroadIn("Saudi Arabia")},
		{"JEDDAH..., مكة المكرمة", abroadIn("Saudi Arabia")},
		{"AD DAMMAM..., المنطقة الشرقية", abroadIn("Saudi Arabia")},
		{"Qatar", abroadIn("Qatar")},
		{"Arabie saoudite", abroadIn("Saudi Arabia")},
		{"Canada", abroadIn("Canada")},
		{"Belgique", abroadIn("Belgium")},
		{"Espagne", abroadIn("Spain")},
		{"Europe", abroadIn("")},
		{"GCC countries (Maroc)", abroadIn("")},
		// Morocco without a region; unknown.
		{"Tout le Maroc", Place{Kind: Morocco}},
		{"MAROC (Maroc)", Place{Kind: Morocco}},
		{"المغرب", Place{Kind: Morocco}},
		{"Autre ville", unknown},
		{". (Maroc)", Place{Kind: Morocco}},
		{"", unknown},
		{"Sidi Rahal", unknown}, // two towns of that name in two regions
		{"N/A", unknown},
	}
	for _, tc := range tests {
		if got := Resolve(tc.in); got != tc.want {
			t.Errorf("Resolve(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
	}
}

func TestResolveAll(t *testing.T) {
	got := ResolveAll("Rabat, Casa, Fès, Tétouan et Marrakech (Maroc)")
	var cities []string
	for _, p := range got {
		cities = append(cities, p.City)
	}
	if want := "Rabat Casablanca Fès Tétouan Marrakech"; strings.Join(cities, " ") != want {
		t.Errorf("ResolveAll cities %q, want %q (%+v)", cities, want, got)
	}
	if got := ResolveAll("Casablanca, Casablanca-Settat, Morocco"); len(got) != 1 || got[0] != casa {
		t.Errorf("ResolveAll(city, its region, country) = %+v", got)
	}
	if got := ResolveAll("Nothing here"); got != nil {
		t.Errorf("ResolveAll(nothing) = %+v", got)
	}
}

// resolveShare reads a development set and resolves a location per line.
func resolveShare(t *testing.T, file string, loc func(map[string]any) string) (resolved, total int, misses map[string]int) {
	t.Helper()
	raw, err := os.ReadFile(testenv.EvalFile(t, file))
	if err != nil {
		t.Fatal(err)
	}
	misses = make(map[string]int)
	for line := range strings.Lines(string(raw)) {
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatal(err)
		}
		s := loc(m)
		total++
		if p := Resolve(s); p.Kind != Unknown {
			resolved++
		} else {
			misses[s]++
		}
	}
	return resolved, total, misses
}

func TestDevLocations(t *testing.T) {
	tests := []struct {
		file     string
		loc      func(map[string]any) string
		minShare float64
	}{
		{"ma-marocannonces-postings.jsonl", func(m map[string]any) string { s, _ := m["location"].(string); return s }, 0.98},
		// Rekrute has no location field: the city follows the "|" of the title.
		{"ma-rekrute-postings.jsonl", func(m map[string]any) string {
			s, _ := m["title"].(string)
			if i := strings.LastIndex(s, "|"); i >= 0 {
				return s[i+1:]
			}
			return s
		}, 0.98},
		// Whole Rekrute titles: the city is found in the title itself.
		{"ma-rekrute-postings.jsonl", func(m map[string]any) string { s, _ := m["title"].(string); return s }, 0.98},
		{"ar-jadarat-dev.jsonl", func(m map[string]any) string { s, _ := m["location"].(string); return s }, 0.99},
		{"fr-ft-postings-unlabelled.jsonl", func(m map[string]any) string { s, _ := m["location"].(string); return s }, 0.99},
	}
	for _, tc := range tests {
		resolved, total, misses := resolveShare(t, tc.file, tc.loc)
		share := float64(resolved) / float64(total)
		t.Logf("%s: %d/%d resolved (%.1f%%); unresolved: %v", tc.file, resolved, total, 100*share, misses)
		if share < tc.minShare {
			t.Errorf("%s: %.3f resolved, want ≥ %.2f", tc.file, share, tc.minShare)
		}
	}
}

func FuzzResolve(f *testing.F) {
	for _, s := range []string{"Casablanca, Maroc", "Rabat - Agdal", "مطلوب محاسب بالرباط", "75 - Paris", "Tan-Tan", "M'diq", "للرباط", "Sale", "\xff\xfe", "٣ - x"} {
		f.Add(s)
	}
	valid := make(map[string]bool)
	for _, r := range Regions() {
		valid[r.Code] = true
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := Resolve(s)
		switch p.Kind {
		case Morocco:
			if p.Region != "" && !valid[p.Region] || p.Country != "" {
				t.Fatalf("Resolve(%q) = %+v", s, p)
			}
			if p.City != "" && p.Region == "" {
				t.Fatalf("city without region: %+v", p)
			}
		case Abroad, Remote:
			if p.Region != "" || p.City != "" {
				t.Fatalf("Resolve(%q) = %+v", s, p)
			}
		case Unknown:
			if p != (Place{Kind: Unknown}) {
				t.Fatalf("Resolve(%q) = %+v", s, p)
			}
		default:
			t.Fatalf("Resolve(%q): kind %q", s, p.Kind)
		}
		if utf8.ValidString(s) && len(ResolveAll(s)) == 0 && p.Kind != Unknown {
			t.Fatalf("Resolve(%q) = %+v but ResolveAll finds nothing", s, p)
		}
	})
}

func BenchmarkResolve(b *testing.B) {
	inputs := []string{"Casablanca, Maroc", "Chargé(e) de Clientèle - Mohammedia | Mohammédia (Maroc)", "AR RIYADH..., الرياض", "75 - Paris 1er Arrondissement", "Autre ville"}
	for b.Loop() {
		for _, s := range inputs {
			Resolve(s)
		}
	}
}
