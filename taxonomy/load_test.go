package taxonomy_test

import (
	"bytes"
	"context"
	"encoding/gob"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"marsad/corpus"
	"marsad/taxonomy"
)

const (
	esco = "http://data.europa.eu/esco/"
	dev  = esco + "occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
	bak  = esco + "occupation/1aadb308-432a-4d01-b54b-b4f7f76dd419"
	old  = esco + "occupation/46d0568d-7415-4643-94aa-89d2470fbe3c"
	prg  = esco + "skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97"
	hsk  = esco + "skill/000f1d3d-220f-4789-9c0a-cc742521fb02"
	brd  = esco + "skill/0e6a4cfb-6a1e-4bc5-8e5e-3b0e1a6e1a11"
	grp  = esco + "skill/S5.1.1"
)

// fixture is the hand-written data set in testdata/taxonomy/small.
var fixture = filepath.Join("..", "testdata", "taxonomy", "small")

func loadFixture(t *testing.T) *taxonomy.Taxonomy {
	t.Helper()
	tx, err := taxonomy.Load(context.Background(), fixture)
	if err != nil {
		t.Fatalf("Load(%s): %v", fixture, err)
	}
	return tx
}

func TestLoadFixtureESCO(t *testing.T) {
	tx := loadFixture(t)
	if len(tx.Occupations) != 2 {
		t.Fatalf("occupations = %d, want 2 (the withdrawn v1.1.1 one is not loaded)", len(tx.Occupations))
	}
	d := tx.Occupations[dev]
	tests := []struct {
		name      string
		got, want any
	}{
		{"dev en label (v1.2 wins over v1.1.1)", d.Pref[corpus.English], "software developer"},
		{"dev description (v1.2 wins)", d.Description[corpus.English], "Software developers implement or program all kinds of software systems."},
		{"dev ar label", d.Pref[corpus.Arabic], "مطور برمجيات / مطورة برمجيات"},
		{"dev multi-line alt labels", d.Alt[corpus.English], []string{"application developer", "programmer"}},
		{"dev fr alt labels", d.Alt[corpus.French], []string{"concepteur de logiciels", "développeur applications"}},
		{"dev hidden", d.Hidden[corpus.English], []string{"soft developer"}},
		{"dev ISCO", d.ISCO, "2512"},
		{"dev code", d.Code, "2512.4"},
		{"dev essential", d.Essential, []string{prg}},
		{"dev optional", d.Optional, []string{hsk}},
		{"baker: duplicate row, later modifiedDate wins", tx.Occupations[bak].Pref[corpus.English], "baker"},
		{"baker description filled from v1.1.1", tx.Occupations[bak].Description[corpus.English], "Bakers make a wide range of breads, pastries, and other baked goods."},
		{"skill fr label from the API export", tx.Skills[prg].Pref[corpus.French], "programmation informatique"},
		{"skill fr alt labels split on |", tx.Skills[prg].Alt[corpus.French], []string{"programmation", "programmation de logiciels"}},
		{"skill ar label from the collection", tx.Skills[hsk].Pref[corpus.Arabic], "لغة برمجة هاسكل"},
		{"skill en label", tx.Skills[brd].Pref[corpus.English], "bake goods"},
		{"skill type", tx.Skills[brd].Type, "skill/competence"},
		{"skill reuse", tx.Skills[prg].Reuse, "cross-sector"},
		{"skill broader from the pillar", tx.Skills[hsk].Broader, []string{prg}},
		{"skill to group", tx.Skills[prg].Broader, []string{grp}},
		{"skill group label", tx.SkillGroups[grp].Pref[corpus.English], "using digital tools for collaboration"},
		{"skill group code", tx.SkillGroups[grp].Code, "S5.1.1"},
		{"esco version", tx.Versions["esco"], "v1.2"},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s = %#v, want %#v", tt.name, tt.got, tt.want)
		}
	}
	if len(tx.Skills) != 3 {
		t.Errorf("skills = %d, want 3", len(tx.Skills))
	}
}

func TestLoadFixtureISCO(t *testing.T) {
	tx := loadFixture(t)
	g := tx.ISCO["2512"]
	if g == nil {
		t.Fatal("ISCO 2512 missing")
	}
	want := &taxonomy.ISCOGroup{
		Code: "2512", Level: 4,
		Title:       taxonomy.Text{corpus.English: "Software developers", corpus.French: "Concepteurs de logiciels"},
		Description: taxonomy.Text{corpus.English: "Software developers do things.\nSecond line."},
		Parent:      "251",
		Occupations: []string{dev},
	}
	if !reflect.DeepEqual(g, want) {
		t.Errorf("ISCO 2512 = %+v\nwant %+v", g, want)
	}
	if got := tx.ISCO["2"].Children; !reflect.DeepEqual(got, []string{"25"}) {
		t.Errorf("ISCO 2 children = %v", got)
	}
	if _, ok := tx.ISCO["25"].Title[corpus.Arabic]; ok {
		t.Error("ISCO has an Arabic title although none exists")
	}
}

func TestLoadFixtureROME(t *testing.T) {
	tx := loadFixture(t)
	m := tx.Fiches["M1805"]
	if m == nil {
		t.Fatal("fiche M1805 missing")
	}
	tests := []struct {
		name      string
		got, want any
	}{
		{"label", m.Label, "Développeur / Développeuse informatique"},
		{"parent", tx.Metier("M1806"), "M1805"},
		{"domaine from the Latin-1 arborescence", tx.Domains["M"].Label, "Support à l'entreprise"},
		{"domaine pro", tx.Domains["D11"].Label, "Commerce alimentaire et métiers de bouche"},
		{"fiche domaine", m.Domaine, "M18"},
		{"definition in position order, apostrophes undoubled", m.Definition, "Conçoit et développe des applications informatiques.\nParticipe à l'analyse des besoins des clients."},
		{"access", m.Access, "Cet emploi est accessible avec un niveau Bac+2 à Bac+5."},
		{"appellations", m.Appellations, []string{"10944", "14153"}},
		{"competences", m.Competences, []string{"109846", "300002"}},
		{"savoirs", m.Savoirs, []string{"102732"}},
		{"core (Principale and Émergente, file order)", m.Core, []string{"109846", "102732"}},
		{"core of another fiche", tx.Fiches["D1102"].Core, []string{"100500"}},
		{"no core flags", tx.Fiches["M1806"].Core, []string(nil)},
		{"savoir-etre kind", tx.Competences["300002"].Kind, "savoir-etre"},
		{"macro", tx.Competences["109846"].Macro, "300001"},
		{"macro nature", tx.Competences["300001"].Nature, "macro-competence"},
		{"multi-line definition", tx.Competences["100500"].Definition, "Mélanger farine, eau, sel et levure\njusqu'à obtenir une pâte homogène."},
		{"savoir", tx.Competences["100900"].Kind, "savoir"},
		{"unknown fiche's appellation not loaded", tx.Appellations["12345"], (*taxonomy.Appellation)(nil)},
		{"rome version", tx.Versions["rome"], "v460"},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s = %#v, want %#v", tt.name, tt.got, tt.want)
		}
	}
}

func TestLoadFixtureCrosswalk(t *testing.T) {
	tx := loadFixture(t)
	if len(tx.Crosswalk) != 5 {
		t.Fatalf("crosswalk = %d entries, want 5 (header found after the preamble; bad relation skipped)", len(tx.Crosswalk))
	}
	if got := tx.Versions["crosswalk"]; got != "FR_20230607" {
		t.Errorf("crosswalk version = %q", got)
	}
	m := tx.Fiches["M1805"]
	if len(m.ESCO) != 3 {
		t.Errorf("M1805 ESCO entries = %v, want 3", m.ESCO)
	}
	if want := []taxonomy.Weighted{{Code: "2512", Weight: 1}}; !reflect.DeepEqual(m.ISCO, want) {
		t.Errorf("M1805 ISCO = %v, want %v (the withdrawn occupation adds nothing)", m.ISCO, want)
	}
	d := tx.Fiches["D1102"]
	if len(d.ISCO) != 1 || d.ISCO[0].Code != "7512" {
		t.Errorf("D1102 ISCO = %v", d.ISCO)
	}
	b := tx.Occupations[bak]
	want := []taxonomy.Mapping{
		{ESCO: bak, OGR: "11573", Fiche: "D1102", Match: taxonomy.Exact},
		{ESCO: bak, OGR: "38444", Fiche: "D1102", Match: taxonomy.Broad},
	}
	if !reflect.DeepEqual(b.ROME, want) {
		t.Errorf("baker ROME = %v, want %v", b.ROME, want)
	}
}

func TestLoadFixtureWarnings(t *testing.T) {
	tx := loadFixture(t)
	want := []struct{ file, contains string }{
		{"esco-v1.2/en/occupations_en.csv", "duplicate concept " + bak},
		{"esco-v1.1.1/en/occupations_en.csv", "occupation " + old + " is only in this older edition"},
		{"esco-v1.1.1/relations/occupationSkillRelations.csv", "unknown occupation " + old},
		{"rome-4.0-v460/unix_cr_gd_dp_v460_utf8.csv", "ISO-8859-15"},
		{"rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv", "unknown fiche \"Z9999\""},
		{"rome-4.0-v460/unix_liens_rome_referentiels_v460_utf8.csv", "unknown compétence 888888"},
		{"rome-4.0-v460/unix_texte_v460_utf8.csv", "doubled apostrophes"},
		{"rome-4.0-v460/unix_coherence_item_v460_utf8.csv", "unknown fiche \"Z9999\""},
		{"crosswalks-esco/FR_20230607_mapping_esco_rome.csv", `mapping relation "skos:sameAs" unknown`},
		{"crosswalks-esco/FR_20230607_mapping_esco_rome.csv", "occupation " + old + " is not in ESCO"},
	}
	for _, w := range want {
		found := false
		for _, got := range tx.Warnings {
			if got.File == w.file && strings.Contains(got.Message, w.contains) {
				found = true
				if got.Line == 0 && !strings.Contains(w.contains, "ISO") && !strings.Contains(w.contains, "apostrophes") {
					t.Errorf("warning %v has no line number", got)
				}
			}
		}
		if !found {
			t.Errorf("no warning on %s containing %q; got %v", w.file, w.contains, tx.Warnings)
		}
	}
	// Bloc 6 (work contexts) OGR codes are not compétences: no warning.
	for _, w := range tx.Warnings {
		if strings.Contains(w.Message, " 999;") {
			t.Errorf("unexpected warning %v", w)
		}
	}
	if s := tx.Summary(); s.Warnings != len(tx.Warnings) {
		t.Errorf("Summary().Warnings = %d, want %d", s.Warnings, len(tx.Warnings))
	}
}

// copyFixture copies the fixture to a temporary directory that a test may
// change.
func copyFixture(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(fixture, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(fixture, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func TestLoadMissingFile(t *testing.T) {
	tests := []struct {
		remove string
		want   string
	}{
		{"esco-v1.1.1/relations/occupationSkillRelations.csv", "occupationSkillRelations.csv"},
		{"rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv", "unix_referentiel_appellation_v<N>_utf8.csv"},
		{"crosswalks-esco/FR_20230607_mapping_esco_rome.csv", "_mapping_esco_rome.csv"},
		{"esco-v1.1.1/en/skills_en.csv", "skills_en.csv"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.remove), func(t *testing.T) {
			dir := copyFixture(t)
			if err := os.Remove(filepath.Join(dir, tt.remove)); err != nil {
				t.Fatal(err)
			}
			_, err := taxonomy.Load(context.Background(), dir)
			if err == nil {
				t.Fatal("Load succeeded without a required file")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), dir) {
				t.Errorf("error %q does not name %s and where it looked", err, tt.want)
			}
		})
	}
	if _, err := taxonomy.Load(context.Background(), filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("Load of a missing directory succeeded")
	}
	if _, err := taxonomy.Load(context.Background(), ""); err == nil {
		t.Error("Load of an empty directory name succeeded")
	}
}

func TestLoadMalformed(t *testing.T) {
	dir := copyFixture(t)
	// A row cut short (a lost quote merges lines): reported with its line.
	rel := filepath.Join(dir, "esco-v1.1.1", "relations", "occupationSkillRelations.csv")
	f, err := os.OpenFile(rel, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(dev + ",essential\n")
	f.Close()
	// A file without the expected header is an error naming the file.
	if err := os.WriteFile(filepath.Join(dir, "rome-4.0-v460", "unix_texte_v460_utf8.csv"), []byte("a,b\n1,2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = taxonomy.Load(context.Background(), dir)
	if err == nil || !strings.Contains(err.Error(), "unix_texte_v460_utf8.csv") || !strings.Contains(err.Error(), "no header line") {
		t.Fatalf("Load with a headerless file: err = %v", err)
	}
	os.Remove(filepath.Join(dir, "rome-4.0-v460", "unix_texte_v460_utf8.csv"))
	tx, err := taxonomy.Load(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, w := range tx.Warnings {
		if strings.HasSuffix(w.File, "occupationSkillRelations.csv") && w.Line == 6 && strings.Contains(w.Message, "row has 2 fields") {
			found = true
		}
	}
	if !found {
		t.Errorf("no warning for the short row at line 6: %v", tx.Warnings)
	}
	if tx.Fiches["M1805"].Definition != "" {
		t.Error("definition loaded without the texte file")
	}
}

// damagedFixture is the fixture with the damaged files of
// testdata/taxonomy/damaged laid over it (its README says what is wrong).
func damagedFixture(t *testing.T) string {
	t.Helper()
	dst := copyFixture(t)
	src := filepath.Join("..", "testdata", "taxonomy", "damaged")
	for _, rel := range []string{
		"rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv",
		"esco-v1.2/fr/occupations_fr.csv",
	} {
		b, err := os.ReadFile(filepath.Join(src, rel))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, rel), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// A damaged file loads with each damaged line reported by file and line;
// sound rows around them load, accents intact.
func TestLoadDamaged(t *testing.T) {
	tx, err := taxonomy.Load(context.Background(), damagedFixture(t))
	if err != nil {
		t.Fatal(err)
	}
	label := func(ogr string) string {
		if a := tx.Appellations[ogr]; a != nil {
			return a.Long + " | " + a.Short
		}
		return "(not loaded)"
	}
	tests := []struct {
		ogr, want string
	}{
		{"11573", "Boulanger / Boulangère | Boulanger / Boulang\uFFFDre"},
		{"38444", "(not loaded)"},
		{"14153", "Développeur / Développeuse informatique | Développeur / Développeuse informatique"},
		{"10944", "(not loaded)"},
		{"16789", "Intégrateur / Intégratrice d'applications | Intégrateur / Intégratrice d'applications"},
		{"16790", "(not loaded)"},
		{"16791", "Consultant fonctionnel / Consultante fonctionnelle | Consultant(e) fonctionnel(le)"},
	}
	for _, tt := range tests {
		if got := label(tt.ogr); got != tt.want {
			t.Errorf("appellation %s = %q, want %q", tt.ogr, got, tt.want)
		}
	}
	if got := tx.Occupations[bak].Pref[corpus.French]; got != "" {
		t.Errorf("baker's French label = %q from the cut row", got)
	}
	const app = "rome-4.0-v460/unix_referentiel_appellation_v460_utf8.csv"
	want := []taxonomy.Warning{
		{File: "esco-v1.2/fr/occupations_fr.csv", Line: 5, Message: "truncated"},
		{File: app, Line: 2, Message: "invalid UTF-8"},
		{File: app, Line: 3, Message: "invalid UTF-8"},
		{File: app, Line: 3, Message: "broken quote"},
		{File: app, Line: 5, Message: "broken quote"},
		{File: app, Line: 7, Message: "found at line 8"},
	}
	// Damage to files comes first, in the order it was found.
	if len(tx.Warnings) < len(want) {
		t.Fatalf("warnings = %v", tx.Warnings)
	}
	for i, w := range want {
		got := tx.Warnings[i]
		if got.File != w.File || got.Line != w.Line || !strings.Contains(got.Message, w.Message) || !got.Malformed {
			t.Errorf("warning %d = %+v, want a malformed one at %s line %d containing %q", i, got, w.File, w.Line, w.Message)
		}
	}
	if got := tx.Warnings[len(want)]; got.Malformed {
		t.Errorf("unexpected malformed warning %+v", got)
	}
	if s := tx.Summary(); s.Malformed != len(want) {
		t.Errorf("Summary().Malformed = %d, want %d", s.Malformed, len(want))
	}
	for _, w := range tx.Warnings {
		if strings.Contains(w.Message, "ISO-8859-15") && w.File == app {
			t.Errorf("the mostly UTF-8 file was transcoded: %v", w)
		}
	}
}

// Two loads of the same data encode to the same bytes: gob writes maps in
// random order, and a model's checksums must not change from one build to
// the next.
func TestGobDeterministic(t *testing.T) {
	var first []byte
	for i := range 4 {
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(loadFixture(t)); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = buf.Bytes()
		} else if !bytes.Equal(buf.Bytes(), first) {
			t.Fatalf("encoding %d differs from the first", i)
		}
	}
}

// The coeur de métier flags are optional: without them fiches have no
// Core and the loader says what it missed.
func TestLoadWithoutCore(t *testing.T) {
	dir := copyFixture(t)
	if err := os.Remove(filepath.Join(dir, "rome-4.0-v460", "unix_coherence_item_v460_utf8.csv")); err != nil {
		t.Fatal(err)
	}
	tx, err := taxonomy.Load(context.Background(), dir)
	if err != nil {
		t.Fatalf("Load without unix_coherence_item: %v", err)
	}
	if core := tx.Fiches["M1805"].Core; core != nil {
		t.Errorf("M1805 Core = %v without the file", core)
	}
	found := false
	for _, w := range tx.Warnings {
		found = found || strings.Contains(w.Message, "unix_coherence_item_v<N>_utf8.csv")
	}
	if !found {
		t.Errorf("no warning about the missing coeur de métier file: %v", tx.Warnings)
	}
}

func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := taxonomy.Load(ctx, fixture)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a cancelled context: err = %v, want context.Canceled", err)
	}
}

func TestLookup(t *testing.T) {
	tx := loadFixture(t)
	tests := []struct {
		key  string
		want func(taxonomy.Concept) bool
	}{
		{"M1805", func(c taxonomy.Concept) bool { return c.Fiche != nil && c.Fiche.Code == "M1805" }},
		{" m1805 ", func(c taxonomy.Concept) bool { return c.Fiche != nil }},
		{"14153", func(c taxonomy.Concept) bool { return c.Appellation != nil && c.Appellation.Fiche == "M1805" }},
		{"109846", func(c taxonomy.Concept) bool { return c.Competence != nil }},
		{"2512", func(c taxonomy.Concept) bool { return c.ISCO != nil && c.ISCO.Level == 4 }},
		{"25", func(c taxonomy.Concept) bool { return c.ISCO != nil && c.ISCO.Level == 2 }},
		{"M18", func(c taxonomy.Concept) bool { return c.Domain != nil }},
		{dev, func(c taxonomy.Concept) bool { return c.Occupation != nil }},
		{prg, func(c taxonomy.Concept) bool { return c.Skill != nil }},
		{grp, func(c taxonomy.Concept) bool { return c.SkillGroup != nil }},
		{esco + "isco/C2512", func(c taxonomy.Concept) bool { return c.ISCO != nil && c.ISCO.Code == "2512" }},
	}
	for _, tt := range tests {
		c, err := tx.Lookup(tt.key)
		if err != nil || !tt.want(c) {
			t.Errorf("Lookup(%q) = %+v, %v", tt.key, c, err)
		}
	}
	for _, bad := range []string{"", "Z9999", "99999999", esco + "occupation/none", "hello"} {
		if _, err := tx.Lookup(bad); err == nil {
			t.Errorf("Lookup(%q) succeeded", bad)
		}
	}
}

func TestSummaryFixture(t *testing.T) {
	s := loadFixture(t).Summary()
	if s.Fiches != 3 || s.Metiers != 2 || s.FichesWithISCO != 2 || s.CrosswalkUnlinked != 1 ||
		s.Labels["esco_occupations"][corpus.Arabic] != 2 || s.Labels["esco_skills"][corpus.Arabic] != 2 ||
		s.ISCO[4] != 2 || s.Essential != 2 || s.Optional != 1 {
		t.Errorf("Summary = %+v", s)
	}
}

func TestGobRoundTripFixture(t *testing.T) {
	tx := loadFixture(t)
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(tx); err != nil {
		t.Fatal(err)
	}
	var back taxonomy.Taxonomy
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(tx, &back) {
		t.Error("taxonomy differs after a gob round trip")
	}
}

func BenchmarkLookup(b *testing.B) {
	tx, err := taxonomy.Load(context.Background(), fixture)
	if err != nil {
		b.Fatal(err)
	}
	keys := []string{"M1805", "14153", "2512", dev, "nope"}
	for b.Loop() {
		for _, k := range keys {
			tx.Lookup(k)
		}
	}
}
