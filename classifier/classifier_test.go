package classifier

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/corpus/posting"
	"marsad/taxonomy"
)

// tiny is a hand-made taxonomy of four occupations in both schemes; it is
// built once per test binary, with and without the Bleve label index.
var tiny struct {
	once          sync.Once
	tables        *Tables
	plain, bleveC *Classifier
	err           error
}

func tinyTaxonomy(tb testing.TB) *taxonomy.Taxonomy {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "classifier", "tiny-taxonomy.json"))
	if err != nil {
		tb.Fatal(err)
	}
	var tax taxonomy.Taxonomy
	if err := json.Unmarshal(b, &tax); err != nil {
		tb.Fatal(err)
	}
	return &tax
}

func tinyClassifiers(tb testing.TB) (plain, withIndex *Classifier) {
	tb.Helper()
	tiny.once.Do(func() {
		ctx := context.Background()
		as := corpus.NewAnalyzers(corpus.Config{})
		t, err := BuildTables(ctx, tinyTaxonomy(tb), as)
		if err != nil {
			tiny.err = err
			return
		}
		det, err := langid.New(langid.Options{})
		if err != nil {
			tiny.err = err
			return
		}
		tiny.tables = t
		if tiny.plain, err = New(t, nil, det, as, nil, Config{Model: "tiny"}); err != nil {
			tiny.err = err
			return
		}
		dir, err := os.MkdirTemp("", "marsad-labels-")
		if err != nil {
			tiny.err = err
			return
		}
		idxDir := filepath.Join(dir, "labels.bleve")
		if err = BuildLabelIndex(ctx, t, idxDir); err != nil {
			tiny.err = err
			return
		}
		idx, err := OpenLabelIndex(idxDir)
		if err != nil {
			tiny.err = err
			return
		}
		tiny.bleveC, tiny.err = New(t, idx, det, as, nil, Config{Model: "tiny"})
	})
	if tiny.err != nil {
		tb.Fatal(tiny.err)
	}
	return tiny.plain, tiny.bleveC
}

func TestClassifyTiny(t *testing.T) {
	plain, withIndex := tinyClassifiers(t)
	tests := []struct {
		name        string
		p           posting.Posting
		rome, isco  string
		esco        string
		lang        corpus.Lang
		wantReasons string
	}{
		{"fr appellation with city and gender", posting.Posting{Title: "Développeur Web (H/F) - Casablanca", Description: "Vous développerez des applications en javascript."},
			"M1805", "2512", "esco:webdev", corpus.French, "Développeur web"},
		{"fr feminine form", posting.Posting{Title: "Comptable confirmée", Description: "Tenue de la comptabilité, déclarations fiscales."},
			"M1203", "2411", "esco:accountant", corpus.French, "Comptable"},
		{"en title reaches ROME through the crosswalk", posting.Posting{Title: "Senior Web Developer | Rabat", Description: "We build web-accessible software in javascript and html."},
			"M1805", "2512", "esco:webdev", corpus.English, "web developer"},
		{"ar title", posting.Posting{Title: "ممرضة", Description: "الرعاية للمرضى في المستشفيات"},
			"J1506", "2221", "esco:nurse", corpus.Arabic, "ممرض"},
		{"description only", posting.Posting{Title: "Poste à pourvoir", Description: "Plonge, nettoyage de la cuisine et préparation des légumes pour le chef."},
			"G1602", "9412", "esco:kitchenporter", corpus.French, "description terms"},
	}
	for _, c := range []struct {
		name string
		c    *Classifier
	}{{"terms", plain}, {"bleve", withIndex}} {
		for _, tt := range tests {
			t.Run(c.name+"/"+tt.name, func(t *testing.T) {
				r := c.c.Classify(context.Background(), tt.p, 3)
				if r.Lang != tt.lang {
					t.Errorf("lang = %s, want %s", r.Lang, tt.lang)
				}
				if len(r.ROME) == 0 || r.ROME[0].Code != tt.rome {
					t.Errorf("ROME = %+v, want %s first", r.ROME, tt.rome)
				}
				if len(r.ISCO) == 0 || r.ISCO[0].Code != tt.isco {
					t.Errorf("ISCO = %+v, want %s first", r.ISCO, tt.isco)
				}
				if len(r.ESCO) == 0 || r.ESCO[0].Code != tt.esco {
					t.Errorf("ESCO = %+v, want %s first", r.ESCO, tt.esco)
				}
				if !strings.Contains(strings.ToLower(r.Reason), strings.ToLower(tt.wantReasons)) {
					t.Errorf("reason %q does not mention %q", r.Reason, tt.wantReasons)
				}
				if r.ID == "" || r.Model != "tiny" {
					t.Errorf("ID %q, Model %q: want a stable id and the model version", r.ID, r.Model)
				}
				for _, list := range [][]Concept{r.ROME, r.ISCO, r.ESCO} {
					for i, x := range list {
						if x.Score < 0 || x.Score > 1 {
							t.Errorf("score %v outside [0, 1]", x.Score)
						}
						if i > 0 && x.Score > list[i-1].Score {
							t.Errorf("scores not decreasing: %+v", list)
						}
					}
				}
			})
		}
	}
}

// TestClassifyFunction: the board's function is evidence where the title
// says nothing of the occupation.
func TestClassifyFunction(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	p := posting.Posting{Title: "Stagiaire", Lang: "fr"}
	if r := plain.Classify(context.Background(), p, 3); len(r.ROME) != 0 {
		t.Fatalf("a bare title got answers: %+v", r.ROME)
	}
	p.Function = "Comptabilité / Finance"
	r := plain.Classify(context.Background(), p, 3)
	if len(r.ROME) == 0 || r.ROME[0].Code != "M1203" {
		t.Errorf("with function %q: ROME %+v, want M1203 first", p.Function, r.ROME)
	}
}

// TestDescriptionQueryOtherLang: a language without profiles of its own
// is read with French profiles, the title analysed again; its
// qualifiers stay out of the query there too.
func TestDescriptionQueryOtherLang(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	s := plain.pool.Get().(*scratch)
	defer func() { s.reset(); plain.pool.Put(s) }()
	title, desc := "Comptable stagiaire", "Tenue de la comptabilité"
	s.tokLang = corpus.Undetermined
	plain.scoreDescription(s, title, desc, "", corpus.Undetermined)
	if s.lang != corpus.French {
		t.Fatalf("read with %q profiles, want fr", s.lang)
	}
	var terms []string
	for _, q := range s.query {
		terms = append(terms, q.term)
	}
	if len(terms) == 0 {
		t.Fatal("empty query")
	}
	for _, q := range terms {
		if strings.HasPrefix(q, "stagiair") {
			t.Errorf("query %q holds the qualifier", terms)
		}
	}
}

func TestNamesSomething(t *testing.T) {
	tests := []struct {
		terms []string
		want  bool
	}{
		{nil, false},
		{[]string{"6"}, false},
		{[]string{"6", "2024"}, false},
		{[]string{"6", "odoo"}, true},
		{[]string{"comptabl"}, true},
	}
	for _, tt := range tests {
		if got := namesSomething(tt.terms); got != tt.want {
			t.Errorf("namesSomething(%q) = %v, want %v", tt.terms, got, tt.want)
		}
	}
}

func TestNamedSkills(t *testing.T) {
	m := func(field string, start, end int) skills.Match {
		return skills.Match{Code: fmt.Sprint(field, start, end), Field: field, Start: start, End: end}
	}
	tests := []struct {
		title string
		in    []skills.Match
		keep  int // how many stay
	}{
		{"Assistante de direction", []skills.Match{m("title", 0, 23)}, 0},
		{" Comptable ", []skills.Match{m("title", 1, 10)}, 0},                            // spaces around the title
		{"Développeur Python", []skills.Match{m("title", 13, 19)}, 1},                    // a skill the title names
		{"Python", []skills.Match{m("description", 0, 6), m("title", 0, 6)}, 1},          // the description's stays
		{"Chef de projet", []skills.Match{m("title", 0, 4), m("description", 0, 14)}, 2}, // part of the title
		{"", nil, 0},
	}
	for _, tt := range tests {
		got := namedSkills(tt.in, tt.title)
		if len(got) != tt.keep {
			t.Errorf("namedSkills(%q) kept %d of %d, want %d", tt.title, len(got), len(tt.in), tt.keep)
		}
		for _, g := range got {
			if g.Field == "title" && g.Start == 0 && g.End == len(tt.title) {
				t.Errorf("namedSkills(%q) kept the whole-title match %v", tt.title, g)
			}
		}
	}
}

func TestOutsideAsides(t *testing.T) {
	m := func(start, end int) skills.Match {
		return skills.Match{Code: fmt.Sprint(start, end), Field: "description", Start: start, End: end}
	}
	asides := []posting.Span{{Start: 10, End: 20}, {Start: 30, End: 40}}
	in := []skills.Match{m(0, 5), m(10, 15), m(18, 22), m(30, 40), m(41, 45)}
	var kept []string
	for _, g := range outsideAsides(in, asides) {
		kept = append(kept, g.Code)
	}
	// Inside an aside goes; across its edge or outside stays.
	if want := []string{"0 5", "18 22", "41 45"}; !slices.Equal(kept, want) {
		t.Errorf("outsideAsides kept %q, want %q", kept, want)
	}
	if got := outsideAsides(in[:2], nil); len(got) != 2 {
		t.Errorf("outsideAsides without asides kept %d of 2", len(got))
	}
}

// TestLinkApps: LinkApps runs parallel to Links, and a crosswalk link
// counts the entries behind it.
func TestLinkApps(t *testing.T) {
	tinyClassifiers(t)
	tb := tiny.tables
	if len(tb.LinkApps) != len(tb.Links) {
		t.Fatalf("%d LinkApps for %d Links", len(tb.LinkApps), len(tb.Links))
	}
	counted := 0
	for i, ls := range tb.Links {
		if len(tb.LinkApps[i]) != len(ls) {
			t.Fatalf("concept %d: %d counts for %d links", i, len(tb.LinkApps[i]), len(ls))
		}
		for _, n := range tb.LinkApps[i] {
			if n > 0 {
				counted++
			}
		}
	}
	if counted == 0 {
		t.Error("no link counts a crosswalk entry")
	}
}

// TestBetter: raw score first, then the concept's own evidence, then the
// crosswalk entries behind a carried score, then the table order.
func TestBetter(t *testing.T) {
	tests := []struct {
		a, b ranked
		want bool
	}{
		{ranked{id: 2, raw: 0.9}, ranked{id: 1, raw: 0.8}, true},
		{ranked{id: 2, raw: 0.8, tie: 0.5}, ranked{id: 1, raw: 0.8, tie: 0.4}, true},
		{ranked{id: 2, raw: 0.8, tie: 0.4, apps: 14}, ranked{id: 1, raw: 0.8, tie: 0.4, apps: 1}, true}, // K2503 over I1202
		{ranked{id: 2, raw: 0.8, tie: 0.4, apps: 3}, ranked{id: 1, raw: 0.8, tie: 0.5, apps: 9}, false},
		{ranked{id: 1, raw: 0.8}, ranked{id: 2, raw: 0.8}, true},
	}
	for _, tt := range tests {
		if got := better(tt.a, tt.b); got != tt.want {
			t.Errorf("better(%+v, %+v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestClassifyNoEvidence(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	r := plain.Classify(context.Background(), posting.Posting{ID: "x", Title: "zzz qqq"}, 0)
	if len(r.ROME)+len(r.ESCO)+len(r.ISCO) != 0 {
		t.Errorf("unrelated title got answers: %+v", r)
	}
	if r.Reason == "" {
		t.Error("empty reason")
	}
}

func TestTablesRoundTrip(t *testing.T) {
	tinyClassifiers(t)
	var buf bytes.Buffer
	if err := WriteTables(&buf, tiny.tables); err != nil {
		t.Fatal(err)
	}
	got, err := ReadTables(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Concepts) != len(tiny.tables.Concepts) || len(got.Labels) != len(tiny.tables.Labels) {
		t.Errorf("round trip lost data: %d/%d concepts, %d/%d labels", len(got.Concepts), len(tiny.tables.Concepts), len(got.Labels), len(tiny.tables.Labels))
	}
	if !slices.EqualFunc(got.LinkApps, tiny.tables.LinkApps, func(a, b []uint16) bool { return slices.Equal(a, b) }) {
		t.Errorf("round trip changed LinkApps: %v, want %v", got.LinkApps, tiny.tables.LinkApps)
	}
	old := *tiny.tables
	old.Format = TablesFormat + 1
	buf.Reset()
	if err := WriteTables(&buf, &old); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadTables(&buf); err == nil || !strings.Contains(err.Error(), "rebuild") {
		t.Errorf("other format: err = %v, want a rebuild message", err)
	}
	if _, err := ReadTables(strings.NewReader("not gob")); err == nil {
		t.Error("garbage accepted")
	}
}

func TestCleanTitle(t *testing.T) {
	// Titles as scraped from Moroccan job boards (ma-postings-dev, ma-rekrute-postings).
	tests := []struct{ in, full, head string }{
		{"DevOps Automation Engineer Intermediate - Rabat", "DevOps Automation Engineer", "DevOps Automation Engineer"},
		{"Technicien Support Technique N1 (H/F) – M365 | 24/7 - Fès", "Technicien Support Technique M365", "Technicien Support Technique"},
		// Seniority, internship and contract words go; so do places that
		// only corpus/place knows, and cities inside a segment.
		{"Senior DevOps Specialist | Sala al Jadida (Maroc)", "DevOps Specialist", "DevOps Specialist"},
		{"Stagiaire PFE en Développement | Rabat (Maroc)", "en Développement", "en Développement"},
		{"Développeur PHP symfony / React senior", "Développeur PHP symfony / React", "Développeur PHP symfony / React"},
		{"TECHNICIEN IT CASABLANCA & RABAT", "TECHNICIEN IT", "TECHNICIEN IT"},
		{"Chef D'Agence - Guelmim | Guelmim (Maroc)", "Chef D'Agence", "Chef D'Agence"},
		{"Comptable confirmé (CDI)", "Comptable", "Comptable"},
		// Inclusive endings do not hide a qualifier.
		{"Comptable confirmé(e) - Casablanca", "Comptable", "Comptable"},
		{"Technicien·ne confirmé·e, Junior(e)", "Technicien·ne", "Technicien·ne"},
		{"Stagiaire", "Stagiaire", "Stagiaire"},
		{"Stagiaire - Secteur de ventes", "Secteur de ventes", "Secteur de ventes"},
		{"Stage pré-embauche rémunéré de 6 mois - Odoo", "de 6 Odoo", "de 6"},
		{"Senior - Junior", "Senior Junior", "Senior"},
		// A long segment naming a place still names the job.
		{"Directeur adjoint – Golf les Dunes", "Directeur adjoint Golf les Dunes", "Directeur adjoint"},
		{"Chargé Administration des ventes | Casablanca (Maroc)", "Chargé Administration des ventes", "Chargé Administration des ventes"},
		{"Comptable H/F", "Comptable", "Comptable"},
		{"Technicien(ne) de maintenance", "Technicien de maintenance", "Technicien de maintenance"},
		{"Menuisier / Menuisière atelier et pose", "Menuisier / Menuisière atelier et pose", "Menuisier / Menuisière atelier et pose"},
		{"Casablanca", "Casablanca", "Casablanca"},
		{"Retail Assistant @ Queensbay Mall, Penang", "Retail Assistant", "Retail Assistant"},
		{"Accounts cum Admin Executive", "Accounts Admin Executive", "Accounts"},
		{"General Worker Vacancy", "General Worker", "General Worker"},
		// A dash that ends a word still separates ("expérimenté- Equipements").
		{"Commercial B2B expérimenté- Equipements industriels", "Commercial B2B Equipements industriels", "Commercial B2B"},
		{"Aide-soignant", "Aide-soignant", "Aide-soignant"},
		{"Aeeronautique engineer-Internship Program", "Aeeronautique engineer Program", "Aeeronautique engineer Program"},
		{"Stagiaire-Casablanca", "Stagiaire-Casablanca", "Stagiaire-Casablanca"}, // nothing else: kept whole, scoreTitle ignores it
		{"Offre de stage - Conseiller", "Conseiller", "Conseiller"},
		{"OFFRE D'EMPLOI : Technicien maintenance", "Technicien maintenance", "Technicien maintenance"},
		{"Développeur Web Full-Stack à Pourvoir à Temara", "Développeur Web Full-Stack", "Développeur Web Full-Stack"},
		// The Moroccan state engineering degree names no field.
		{"Ingénieur d'état", "Ingénieur", "Ingénieur"},
		{"INGENIEUR D'ETAT EN INFORMTIQUE", "INGENIEUR EN INFORMTIQUE", "INGENIEUR EN INFORMTIQUE"},
		{"Ingénieure d’État - Génie civil", "Ingénieure Génie civil", "Ingénieure"},
		{"Chef de service de l'état civil", "Chef de service de l'état civil", "Chef de service de l'état civil"},
		{"Enseignant contractuel", "Enseignant", "Enseignant"}, // a contract, not ESCO's traffic warden
		{"Contractuelle", "Contractuelle", "Contractuelle"},
	}
	for _, tt := range tests {
		checkCleanTitle(t, tt.in, corpus.French, tt.full, tt.head)
	}
}

// TestCleanTitleByLanguage: an English parenthesis is a segment of its
// own, a French one stays in its segment; one letter and an inclusive
// ending go in both; English working time, job-board phrases and where
// the selling is done go.
func TestCleanTitleByLanguage(t *testing.T) {
	tests := []struct {
		lang           corpus.Lang
		in, full, head string
	}{
		{corpus.English, "Sales Executive (Perfumery and Fragrance)", "Sales Executive Perfumery and Fragrance", "Sales Executive"},
		{corpus.English, "Junior Technician (Central)", "Technician Central", "Technician"},
		{corpus.English, "Operator (6 months Contract)", "Operator 6 Contract", "Operator"},
		{corpus.English, "Sales Executive (JB)", "Sales Executive JB", "Sales Executive"},
		{corpus.French, "Commercial IT (SIRH)", "Commercial IT SIRH", "Commercial IT SIRH"},
		{corpus.French, "Chargé d'Affaires ( Entreprises / Corporate) | Casablanca (Maroc)", "Chargé d'Affaires Entreprises / Corporate", "Chargé d'Affaires Entreprises / Corporate"},
		{corpus.French, "Une Infographiste (F)", "Une Infographiste", "Une Infographiste"},
		{corpus.English, "Designer (M)", "Designer", "Designer"},
		{corpus.French, "Coordinateur(trice) Commerciale | Bouskoura (Maroc)", "Coordinateur Commerciale", "Coordinateur Commerciale"},
		{corpus.French, "Créateur(trice) Graphique et Multimédia", "Créateur Graphique et Multimédia", "Créateur Graphique et Multimédia"},
		// Working time says how long, not what.
		{corpus.English, "Sushi King Palm Mall Part Time Crew", "Sushi King Palm Mall Crew", "Sushi King Palm Mall Crew"},
		{corpus.English, "Full-time teacher", "teacher", "teacher"},
		{corpus.English, "Part Timer - Technician", "Technician", "Technician"},
		{corpus.English, "Job Vacancy - Logistics Executive", "Logistics Executive", "Logistics Executive"},
		{corpus.English, "Immediate Vacancy for Accounts Clerk", "for Accounts Clerk", "for Accounts Clerk"},
		{corpus.English, "Job Coach", "Job Coach", "Job Coach"},
		// Where a salesperson sells, likewise; "Outdoor Instructor" stays.
		{corpus.English, "Outdoor Sales Executive", "Sales Executive", "Sales Executive"},
		{corpus.English, "INDOOR & OUTDOOR SALES", "SALES", "SALES"},
		{corpus.English, "Indoor/Outdoor Sales Executive", "Sales Executive", "Sales Executive"},
		{corpus.English, "Outdoor Instructor", "Outdoor Instructor", "Outdoor Instructor"},
		// The Moroccan state engineering degree, in Arabic.
		{corpus.Arabic, "مهندس دولة في الهندسة المدنية", "مهندس في الهندسة المدنية", "مهندس في الهندسة المدنية"},
		{corpus.Arabic, "مهندسة الدولة", "مهندسة", "مهندسة"},
		{corpus.Arabic, "موظف في الدولة", "موظف في الدولة", "موظف في الدولة"},
	}
	for _, tt := range tests {
		checkCleanTitle(t, tt.in, tt.lang, tt.full, tt.head)
	}
}

func checkCleanTitle(t *testing.T, in string, lang corpus.Lang, wantFull, wantHead string) {
	t.Helper()
	full, head := cleanTitle(in, lang)
	full = strings.Join(strings.Fields(full), " ")
	head = strings.Join(strings.Fields(head), " ")
	if full != wantFull || head != wantHead {
		t.Errorf("cleanTitle(%q, %s) = %q, %q; want %q, %q", in, lang, full, head, wantFull, wantHead)
	}
}

func TestGenderVariants(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Développeur / Développeuse web", []string{"Développeur web", "Développeuse web"}},
		{"Conducteur routier / Conductrice routière de marchandises", []string{"Conducteur routier de marchandises", "Conductrice routière de marchandises"}},
		{"مطور ويب / مطورة ويب", []string{"مطور ويب", "مطورة ويب"}},
		{"Comptable", []string{"Comptable"}},
		{"cnc setter/operator", []string{"cnc setter", "cnc operator"}},
		{"press brake setter/operator", []string{"press brake setter", "press brake operator"}},
		{"psychologue clinicien de la santé/clinicienne de la santé", []string{"psychologue clinicien de la santé", "psychologue clinicienne de la santé"}},
		{"conducteur de ligne de sciage bois/conductrice de sciage bois", []string{"conducteur de ligne de sciage bois", "conductrice de sciage bois"}},
		{"Chargé / Chargée d'affaires / de clientèle", []string{"Chargé / Chargée d'affaires / de clientèle"}},
		{"Responsable d'atelier en production/transformation de verre", []string{"Responsable d'atelier en production", "Responsable d'atelier en transformation de verre"}},
		{"Médecin Anesthésiste Réanimateur / Réanimatrice (MAR)", []string{"Médecin Anesthésiste Réanimateur", "Médecin Anesthésiste Réanimatrice (MAR)"}},
	}
	for _, tt := range tests {
		got := genderVariants(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("genderVariants(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCalibrateMonotone(t *testing.T) {
	for _, scheme := range []Scheme{ROME, ESCO, 0} {
		for _, titleEN := range []bool{false, true} {
			prev := -1.0
			for raw := 0.0; raw <= 3; raw += 0.1 {
				p := calibrationFor(scheme, titleEN).P(raw, raw/2)
				if p < prev || p < 0 || p > 1 {
					t.Fatalf("scheme %d, English title %v: p(%v) = %v after %v: not a monotone probability", scheme, titleEN, raw, p, prev)
				}
				prev = p
			}
		}
	}
}

func TestFitCalibration(t *testing.T) {
	// Points drawn from a known calibration: the fit must find it back
	// for its scheme and ignore the other schemes' points; a scheme with
	// a ceiling finds the ceiling too.
	tests := []struct {
		scheme string
		want   Calibration
	}{
		{CalROME, Calibration{-2, 1.5, 3, 1}},
		{CalISCOTitleEN, Calibration{-2, 1.5, 3, 0.7}},
	}
	for _, tt := range tests {
		var pts []CalPoint
		for i := range 400 {
			// Raw scores up to 4 reach the ceiling, which the fit
			// could not tell from a gentler slope otherwise.
			raw, lead := float64(i%40)/10, float64(i%7)/10
			p := tt.want.Ceil / (1 + math.Exp(-(tt.want.A + tt.want.B*raw + tt.want.C*lead)))
			for j := range 20 {
				pts = append(pts, CalPoint{tt.scheme, raw, lead, float64(j) < p*20})
			}
			pts = append(pts, CalPoint{CalISCO, raw, lead, false})
		}
		k, n := FitCalibration(pts, tt.scheme)
		if n != 8000 || math.Abs(k.A-tt.want.A) > 0.6 || math.Abs(k.B-tt.want.B) > 0.6 || math.Abs(k.C-tt.want.C) > 1 || math.Abs(k.Ceil-tt.want.Ceil) > 0.05 {
			t.Errorf("%s: fit on %d points = %+v; want about %+v on 8000", tt.scheme, n, k, tt.want)
		}
	}
	if _, n := FitCalibration(nil, CalESCOTitleEN); n != 0 {
		t.Errorf("fit of a scheme without points used %d", n)
	}
}

func TestCrossValidateCalibration(t *testing.T) {
	// Points from a calibration far from the one in use (answers right
	// far less often than their scores say): held out, the refit must
	// beat the constants in use, and be calibrated itself.
	want := Calibration{-3, 1, 2, 1}
	rng := rand.New(rand.NewPCG(1, 2))
	var pts []CalPoint
	for range 3000 {
		raw, lead := 2*rng.Float64(), rng.Float64()
		pts = append(pts, CalPoint{"isco", raw, lead, rng.Float64() < want.P(raw, lead)})
	}
	cv, ok := CrossValidateCalibration(pts, "isco", 5)
	if !ok || cv.N != 3000 {
		t.Fatalf("check = %+v, %v; want 3000 points", cv, ok)
	}
	if cv.Refit.LogLoss >= cv.InUse.LogLoss || cv.Refit.ECE > 0.05 || cv.InUse.ECE < 0.1 {
		t.Errorf("held out: in use %+v, refit %+v; want the refit better and within 0.05", cv.InUse, cv.Refit)
	}
	if _, ok := CrossValidateCalibration(pts[:3], "isco", 5); ok {
		t.Error("a 5-fold check on 3 points should refuse")
	}
	if _, ok := CrossValidateCalibration(pts, "rome", 5); ok {
		t.Error("a scheme without points should refuse")
	}
}

func TestReadGold(t *testing.T) {
	gs, err := ReadGold(strings.NewReader(`{"id":"1","title":"Comptable","rome":"M1203"}`+"\n\n"+`{"id":"2","text":"web developer","isco_any":["2512"]}`), "g")
	if err != nil || len(gs) != 2 || gs[1].Title != "web developer" {
		t.Fatalf("ReadGold = %+v, %v", gs, err)
	}
	if _, err := ReadGold(strings.NewReader(`{"id":"1","title":"Comptable"}`), "nolabels.jsonl"); err == nil || !strings.Contains(err.Error(), "no gold labels") {
		t.Errorf("no labels: err = %v", err)
	}
	if _, err := ReadGold(strings.NewReader(`{"id":`), "bad.jsonl"); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("bad JSON: err = %v", err)
	}
}

func TestEvaluateTiny(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	golds := []Gold{
		{ID: "1", Lang: "fr", Title: "Développeur web", ROME: "M1805", ISCO: "2512"},
		{ID: "2", Lang: "en", Title: "accountant", ISCO: "2411", ESCO: "esco:accountant"},
		{ID: "3", Lang: "en", Title: "kitchen porter", ISCO: "2411"}, // wrong on purpose
	}
	rep, err := Evaluate(context.Background(), plain, golds)
	if err != nil {
		t.Fatal(err)
	}
	if rep.All.ROMEMetier1.Acc != 1 || rep.All.ISCO4.Right != 2 || rep.All.ISCO4.Total != 3 || rep.All.ESCO1.Acc != 1 {
		t.Errorf("metrics = %+v", rep.All)
	}
	if len(rep.Misses) != 1 || rep.Misses[0].ID != "3" {
		t.Errorf("misses = %+v", rep.Misses)
	}
}

func BenchmarkClassifyTiny(b *testing.B) {
	plain, _ := tinyClassifiers(b)
	p := posting.Posting{Title: "Développeur Web (H/F) - Casablanca", Description: strings.Repeat("Vous développerez des applications web en javascript. ", 20)}
	b.ReportAllocs()
	for b.Loop() {
		plain.Classify(context.Background(), p, 5)
	}
}

func TestESCOCodeLess(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"2142.1", "2142.2", true},
		{"2142.2", "2142.10", true},
		{"2142.10", "2142.2", false},
		{"2142.1", "2142.1.3", true},
		{"2142.1.3", "2142.1", false},
		{"2142.1", "2142.1", false},
		{"2141.9", "2142.1", true},
	} {
		if got := escoCodeLess(c.a, c.b); got != c.want {
			t.Errorf("escoCodeLess(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestOfficialLabels: Marsad's synonyms do not make an occupation look
// common (its prior).
func TestOfficialLabels(t *testing.T) {
	lb := func(kind LabelKind, id int32) Label { return Label{Kind: kind, Targets: []Target{{ID: id, W: 1}}} }
	got := officialLabels([]Label{
		lb(KindPref, 0), lb(KindAlt, 0), lb(KindSynonym, 0),
		lb(KindSynonym, 1), lb(KindPref, 2),
	}, 3)
	if want := []int{2, 0, 1}; !slices.Equal(got, want) {
		t.Errorf("officialLabels = %v, want %v", got, want)
	}
}

// TestExpansionTerms: an abbreviation's expansion is read with each
// language's analyser and keeps only the terms its profiles know.
func TestExpansionTerms(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	fr := plain.abbrTerms
	if len(fr) == 0 {
		t.Fatal("no French expansion")
	}
	v := plain.t.Vectors[corpus.French]
	for abbr, terms := range fr {
		if _, ok := abbreviations[abbr]; !ok {
			t.Errorf("%q is not an abbreviation", abbr)
		}
		for _, term := range terms {
			if _, ok := v.Vocab[term]; !ok {
				t.Errorf("%q → %q: not a profile term", abbr, term)
			}
		}
	}
	if got := fr["it"]; len(got) == 0 {
		t.Errorf(`"it" expands to nothing the French profiles know`)
	}
}

func TestMaxInto(t *testing.T) {
	var r []ranked
	r = maxInto(r, ranked{id: 1, raw: 0.5, tie: 0.1})
	r = maxInto(r, ranked{id: 2, raw: 0.5, tie: 0.2})
	r = maxInto(r, ranked{id: 1, raw: 0.5, tie: 0.3}) // same score, better named
	r = maxInto(r, ranked{id: 2, raw: 0.4, tie: 0.9}) // lower score: ignored
	want := []ranked{{id: 1, raw: 0.5, tie: 0.3}, {id: 2, raw: 0.5, tie: 0.2}}
	if !slices.Equal(r, want) {
		t.Errorf("maxInto = %+v, want %+v", r, want)
	}
	if top := topN(r, 1); top[0].id != 1 {
		t.Errorf("topN = %+v, want group 1 first by its tie-breaker", top)
	}
}

// Each term's profile postings are in concept order: topTerms
// binary-searches them for a reason's terms, and the TF-IDF matrix keeps
// no order of its own (a reason's terms changed from build to build).
func TestPostingsSorted(t *testing.T) {
	for i := 0; i < 5; i++ { // the matrix's order is a map's: build a few times
		tb, err := BuildTables(context.Background(), tinyTaxonomy(t), corpus.NewAnalyzers(corpus.Config{}))
		if err != nil {
			t.Fatal(err)
		}
		for l, v := range tb.Vectors {
			for term, ps := range v.Postings {
				if !slices.IsSortedFunc(ps, func(a, b Target) int { return cmp.Compare(a.ID, b.ID) }) {
					t.Fatalf("%s term %d: postings %v not in concept order", l, term, ps)
				}
			}
		}
	}
}

func TestThin(t *testing.T) {
	for _, tc := range []struct {
		term, text string
		want       bool
	}{
		{"x", "x", true},
		{"no", "no", true},    // "no 5"
		{"qc", "QC", false},   // an acronym
		{"it", "it", false},   // a known abbreviation
		{"no", "", true},      // a description's word: case unknown
		{"فن", "فن", false},   // Arabic stems are short
		{"dev", "dev", false}, // three letters
		{"3d", "3D", false},   // upper case
	} {
		if got := thin(tc.term, tc.text); got != tc.want {
			t.Errorf("thin(%q, %q) = %v, want %v", tc.term, tc.text, got, tc.want)
		}
	}
}
