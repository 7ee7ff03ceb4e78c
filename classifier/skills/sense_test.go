package skills

import (
	"context"
	"testing"

	"marsad/corpus"
	"marsad/taxonomy"
)

// TestSenseChecks covers the systematic errors found by hand on real
// postings (sense.go): each case has the wrong reading, which must go,
// and the right one, which must stay.
func TestSenseChecks(t *testing.T) {
	fr := corpus.French
	tax := tinyTaxonomy()
	const (
		uriMDM    = "http://data.europa.eu/esco/skill/mdm"
		uriDecide = "http://data.europa.eu/esco/skill/decide"
	)
	tax.Skills[uriMDM] = &taxonomy.Skill{URI: uriMDM, Type: "knowledge",
		Pref: taxonomy.Text{fr: "gestion des appareils mobiles"}, Alt: taxonomy.Terms{fr: {"AVEC"}}}
	tax.Skills[uriDecide] = &taxonomy.Skill{URI: uriDecide, Type: "skill/competence",
		Pref: taxonomy.Text{fr: "prendre des décisions"}, Alt: taxonomy.Terms{fr: {"choix"}}}
	// "avec" must be a word of some label for the acronym to need capitals
	// (it is a stop word in French anyway).
	for ogr, label := range map[string]string{
		"106774": "Utiliser un té", "109114": "Opéras", "122285": "Pêche",
		"405506": "Informatique de gestion", "104548": "Informatique",
	} {
		tax.Competences[ogr] = &taxonomy.Competence{OGR: ogr, Label: label, Kind: "savoir"}
	}
	d, err := Build(context.Background(), tax, corpus.NewAnalyzers(corpus.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, code string
		want       bool
	}{
		{"Utiliser les outils bureautiques.", "106774", false},               // "té" lost to analysis
		{"Le développement des opérations de financement.", "109114", false}, // stem, not word
		{"Passionné d'opéras et de musique classique.", "109114", true},
		{"Collaborer avec les équipes techniques.", uriMDM, false}, // acronym folded to a word
		{"Mettre en place la politique AVEC de l'entreprise.", uriMDM, true},
		{"Participer au choix des outils.", uriDecide, false}, // one-word alternative label
		{"Capacité à prendre des décisions rapidement.", uriDecide, true},
		{"Sous la tutelle du Ministère de la Pêche Maritime, la société recrute.", "122285", false}, // a name
		{"Expérience en pêche côtière.", "122285", true},
		{"Diplôme en informatique, en gestion de projet ou équivalent.", "405506", false}, // across a comma
		{"Diplôme en informatique de gestion.", "405506", true},
	}
	for _, tt := range tests {
		got := has(d.Extract(tt.text, fr, "description"), tt.code)
		if got != tt.want {
			t.Errorf("Extract(%q) has %s = %v, want %v (%v)", tt.text, tt.code, got, tt.want, codes(d.Extract(tt.text, fr, "description")))
		}
	}
	// Search queries name skills on purpose: no sense check.
	if res := d.Search("choix", fr, 5); !has(res.Skills, uriDecide) {
		t.Errorf("Search(choix) skills = %v, want %s", codes(res.Skills), uriDecide)
	}
	// A label cut to one word by analysis ("Utiliser un té" → "utilis")
	// cannot be told from the word in a posting, but a query still finds it.
	if res := d.Search("utiliser un té", fr, 5); !has(res.Skills, "106774") {
		t.Errorf("Search(utiliser un té) skills = %v, want 106774", codes(res.Skills))
	}
	// Rank keeps a one-word alternative label as weak evidence.
	if !has(d.Rank("Participer au choix des outils.", fr, 10), uriDecide) {
		t.Errorf("Rank lost the weak mention of %s", uriDecide)
	}
}

// TestSenseCompoundsAndBareWords covers two more sense checks: a word of
// a hyphenated compound is not the compound ("products" is not
// "by-products"), and a name left by cutting a label's qualifier that is
// also an ordinary word ("Source") needs a capital and context.
func TestSenseCompoundsAndBareWords(t *testing.T) {
	en := corpus.English
	tax := tinyTaxonomy()
	const (
		uriByProd = "http://data.europa.eu/esco/skill/by-products"
		uriSource = "http://data.europa.eu/esco/skill/source"
		uriOpen   = "http://data.europa.eu/esco/skill/open-source"
	)
	tax.Skills[uriByProd] = &taxonomy.Skill{URI: uriByProd, Type: "knowledge", Pref: taxonomy.Text{en: "by-products"}}
	tax.Skills[uriSource] = &taxonomy.Skill{URI: uriSource, Type: "knowledge", Pref: taxonomy.Text{en: "Source (digital game creation systems)"}}
	tax.Skills[uriOpen] = &taxonomy.Skill{URI: uriOpen, Type: "skill/competence", Pref: taxonomy.Text{en: "operate open source software"}}
	d, err := Build(context.Background(), tax, corpus.NewAnalyzers(corpus.Config{}))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text, code string
		want       bool
	}{
		{"Develop new products with our designers.", uriByProd, false},
		{"Recycle the by-products of the process.", uriByProd, true},
		{"Contributions to open source projects.", uriSource, false},
		{"Experience with the Source game engine.", uriSource, true},
		{"Python (computer programming) developers", uriPython, true}, // no ordinary word: unchanged
		{"python developers", uriPython, true},
	}
	for _, tt := range tests {
		got := d.Extract(tt.text, en, "description")
		if has(got, tt.code) != tt.want {
			t.Errorf("Extract(%q) has %s = %v, want %v (%v)", tt.text, tt.code, !tt.want, tt.want, codes(got))
		}
	}
}

func TestCompound(t *testing.T) {
	tests := []struct {
		text       string
		start, end int
		want       string
	}{
		{"by-products", 3, 11, "by-products"},
		{"the by-products here", 7, 15, "by-products"},
		{"by-products", 0, 2, "by-products"},
		{"products", 0, 8, "products"},
		{"-products", 1, 9, "products"},
		{"products-", 0, 8, "products"},
		{"state-of-the-art", 6, 8, "state-of-the-art"},
		{"new - products", 6, 14, "products"},
		{"é-commerce", 3, 11, "é-commerce"},
	}
	for _, tt := range tests {
		if got := compound(tt.text, tt.start, tt.end); got != tt.want {
			t.Errorf("compound(%q, %d, %d) = %q, want %q", tt.text, tt.start, tt.end, got, tt.want)
		}
	}
}
