package taxonomy_test

import (
	"bytes"
	"context"
	"encoding/gob"
	"reflect"
	"sync"
	"testing"

	"marsad/corpus"
	"marsad/internal/testenv"
	"marsad/taxonomy"
)

// The full data loads in about a second; load it once for all tests.
var (
	realOnce sync.Once
	realTax  *taxonomy.Taxonomy
	realErr  error
)

func loadReal(t testing.TB) *taxonomy.Taxonomy {
	t.Helper()
	dir := testenv.DataDir(t)
	realOnce.Do(func() { realTax, realErr = taxonomy.Load(context.Background(), dir) })
	if realErr != nil {
		t.Fatalf("Load(%s): %v", dir, realErr)
	}
	return realTax
}

func TestRealCounts(t *testing.T) {
	tx := loadReal(t)
	s := tx.Summary()
	tests := []struct {
		name string
		got  int
		want int
	}{
		{"ROME fiches", s.Fiches, 1584},
		{"ROME appellations", s.Appellations, 13120},
		{"ROME métiers (code_rome_parent)", s.Metiers, 532},
		{"ROME grands domaines", s.GrandDomaines, 14},
		{"ROME domaines professionnels", s.Domaines, 110},
		{"ROME compétences", s.Competences, 18317},
		{"ROME macro-compétences", s.MacroCompetences, 507},
		{"ROME savoirs", s.Savoirs, 15354},
		{"ESCO occupations (v1.2 distinct URIs)", s.Occupations, 3039},
		{"ESCO skill groups", s.SkillGroups, 640},
		{"ISCO major groups", s.ISCO[1], 10},
		{"ISCO sub-major groups", s.ISCO[2], 43},
		{"ISCO minor groups", s.ISCO[3], 130},
		{"ISCO unit groups", s.ISCO[4], 436},
		{"crosswalk entries", s.Crosswalk, 11118},
		{"crosswalk exactMatch", s.CrosswalkMatches[taxonomy.Exact], 1144},
		{"crosswalk closeMatch", s.CrosswalkMatches[taxonomy.Close], 4597},
		{"crosswalk broadMatch", s.CrosswalkMatches[taxonomy.Broad], 5086},
		{"crosswalk narrowMatch", s.CrosswalkMatches[taxonomy.Narrow], 291},
		{"ISCO groups with an Arabic title (none official)", s.Labels["isco_groups"][corpus.Arabic], 0},
		{"ISCO groups with a French title", s.Labels["isco_groups"][corpus.French], 619},
		{"ESCO occupations with an Arabic label", s.Labels["esco_occupations"][corpus.Arabic], 3039},
		{"relation rows read", s.Files["esco-v1.1.1/relations/occupationSkillRelations.csv"], 123855},
		{"relations linked + reported", s.Essential + s.Optional + s.WarningsByFile["esco-v1.1.1/relations/occupationSkillRelations.csv"], 123855},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %d, want %d", tt.name, tt.got, tt.want)
		}
	}
	// 13,896 skills in v1.1.1, plus the skills v1.2's collections add.
	if s.Skills < 13896 || s.Skills > 14100 {
		t.Errorf("skills = %d, want about 13896", s.Skills)
	}
	if s.FichesWithISCO <= 1400 {
		t.Errorf("fiches reaching ISCO = %d, want > 1400", s.FichesWithISCO)
	}
	if s.Essential+s.Optional < 123000 {
		t.Errorf("linked relations = %d, want nearly all of 123855", s.Essential+s.Optional)
	}
	if s.Labels["esco_skills"][corpus.Arabic] < 2300 {
		t.Errorf("skills with an Arabic label = %d, want ≥ 2300 (the v1.2 collections)", s.Labels["esco_skills"][corpus.Arabic])
	}
	if s.Labels["esco_skills"][corpus.French] < 13000 {
		t.Errorf("skills with a French label = %d, want ≥ 13000", s.Labels["esco_skills"][corpus.French])
	}
	if got := tx.Versions; got["rome"] != "v460" || got["crosswalk"] != "FR_20230607" || got["esco"] != "v1.2" || got["esco_skills"] != "v1.1.1" || got["esco_relations"] != "v1.1.1" {
		t.Errorf("Versions = %v", got)
	}
}

func TestRealFacts(t *testing.T) {
	tx := loadReal(t)
	f := tx.Fiches["M1805"]
	if f == nil {
		t.Fatal("fiche M1805 missing")
	}
	if f.GrandDomaine != "M" || f.Domaine != "M18" || f.Definition == "" || len(f.Appellations) == 0 || len(f.Competences) == 0 || len(f.Savoirs) == 0 {
		t.Errorf("M1805 = %+v", f)
	}
	if len(f.ISCO) == 0 || f.ISCO[0].Code[:2] != "25" {
		t.Errorf("M1805 ISCO = %v, want software/ICT professionals (25xx) first", f.ISCO)
	}
	var sum float64
	for _, w := range f.ISCO {
		sum += w.Weight
	}
	if sum < 0.999 || sum > 1.001 {
		t.Errorf("M1805 ISCO weights sum to %v, want 1", sum)
	}
	// unix_coherence_item flags 18,900 items "Principale" and 1,731
	// "Émergente"; every fiche has some, all among its linked items.
	withCore, core := 0, 0
	for _, f := range tx.Fiches {
		if len(f.Core) > 0 {
			withCore++
		}
		core += len(f.Core)
	}
	if withCore != 1584 || core != 20631 {
		t.Errorf("fiches with Core = %d, Core items = %d; want 1584 and 20631", withCore, core)
	}
	linked := make(map[string]bool)
	for _, l := range [][]string{f.Competences, f.Savoirs} {
		for _, c := range l {
			linked[c] = true
		}
	}
	for _, c := range f.Core {
		if !linked[c] {
			t.Errorf("M1805 Core item %s is not one of its compétences or savoirs", c)
		}
	}
	if got := tx.Metier("A1102"); got != "A1101" {
		t.Errorf("Metier(A1102) = %q, want A1101", got)
	}
	if a := tx.Appellations["10200"]; a == nil || a.Fiche != "F1402" || a.Long != "Abatteur / Abatteuse de carrière" {
		t.Errorf("appellation 10200 = %+v", a)
	}
	g := tx.ISCO["2512"]
	if g == nil || g.Parent != "251" || len(g.Occupations) == 0 || g.Title[corpus.French] == "" || g.Title[corpus.English] != "Software developers" {
		t.Errorf("ISCO 2512 = %+v", g)
	}
	if p := tx.ISCO["25"]; p == nil || !reflect.DeepEqual(p.Children, []string{"251", "252"}) {
		t.Errorf("ISCO 25 children = %v", p)
	}
	for _, o := range tx.SortedOccupations() {
		if o.Pref[corpus.Arabic] == "" || o.Pref[corpus.French] == "" || o.Pref[corpus.English] == "" {
			t.Errorf("occupation %s lacks a label: %v", o.URI, o.Pref)
			break
		}
		if tx.ISCO[o.ISCO] == nil {
			t.Errorf("occupation %s has unknown ISCO %q", o.URI, o.ISCO)
			break
		}
	}
	// Alt labels are one per line in the official CSV: none may keep a newline.
	for _, s := range tx.SortedSkills() {
		for lang, alts := range s.Alt {
			for _, a := range alts {
				if a == "" || bytes.ContainsAny([]byte(a), "\n|") {
					t.Fatalf("skill %s alt label %s %q not split", s.URI, lang, a)
				}
			}
		}
	}
	// The Latin-1 file of the ROME archive must not be read as mojibake.
	for _, w := range tx.Warnings {
		if bytes.Contains([]byte(w.Message), []byte("Ã")) {
			t.Errorf("mojibake in a warning: %v", w)
		}
	}
}

func TestRealGobRoundTrip(t *testing.T) {
	tx := loadReal(t)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(tx); err != nil {
		t.Fatal(err)
	}
	size := buf.Len()
	var back taxonomy.Taxonomy
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tx.Summary(), back.Summary()) {
		t.Error("summary differs after a gob round trip")
	}
	for _, key := range []string{"M1805", "2512"} {
		a, _ := tx.Lookup(key)
		b, _ := back.Lookup(key)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Lookup(%s) differs after a gob round trip", key)
		}
	}
	t.Logf("gob size %d bytes", size)
}

func BenchmarkLoad(b *testing.B) {
	dir := testenv.DataDir(b)
	for b.Loop() {
		if _, err := taxonomy.Load(context.Background(), dir); err != nil {
			b.Fatal(err)
		}
	}
}
