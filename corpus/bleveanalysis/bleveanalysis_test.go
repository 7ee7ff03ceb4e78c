package bleveanalysis_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"

	"marsad/corpus"
	"marsad/corpus/bleveanalysis"
)

var samples = []struct {
	lang corpus.Lang
	text string
}{
	{corpus.French, "Développeur / Développeuse web H/F"},
	{corpus.French, "Conducteur / Conductrice d'engins de chantier"},
	{corpus.French, "Ingénieur(e) DevOps CI/CD, C++, .NET, Node.js — CDI à Casablanca"},
	{corpus.French, "Chargé(e) de recrutement, contact: rh@example.ma"},
	{corpus.Arabic, "مطلوب مطور برمجيات Python في الرياض"},
	{corpus.Arabic, "محاسبون ومحاسبات لشركة المقاولات"},
	{corpus.English, "We are hiring a Senior Software Developer (Power BI, SQL Server)"},
	{corpus.English, "Registered nurses and nursing assistants"},
	{corpus.Undetermined, "Développeur المحاسب Python ＳＱＬ"},
}

// TestSameTermsAsCorpus checks that the registered analysers and corpus
// produce the same tokens, offsets and (1-based) positions.
func TestSameTermsAsCorpus(t *testing.T) {
	cache := bleve.NewIndexMapping()
	for _, s := range samples {
		ana := cache.AnalyzerNamed(bleveanalysis.AnalyzerName(s.lang))
		if ana == nil {
			t.Fatalf("analyser %s not registered", bleveanalysis.AnalyzerName(s.lang))
		}
		got := ana.Analyze([]byte(s.text))
		want := corpus.NewAnalyzer(s.lang, corpus.Config{}).Analyze(s.text)
		if len(got) != len(want) {
			t.Errorf("%s %q: bleve %d tokens, corpus %d", s.lang, s.text, len(got), len(want))
			continue
		}
		for i := range want {
			g, w := got[i], want[i]
			if string(g.Term) != w.Term || g.Start != w.Start || g.End != w.End || g.Position != w.Position+1 {
				t.Errorf("%s %q token %d: bleve %s, corpus %+v", s.lang, s.text, i, g, w)
			}
		}
	}
}

func TestAnalyzerName(t *testing.T) {
	for lang, want := range map[corpus.Lang]string{
		corpus.French: "marsad_fr", corpus.Arabic: "marsad_ar", corpus.English: "marsad_en",
		corpus.Undetermined: "marsad_und", "de": "marsad_und",
	} {
		if got := bleveanalysis.AnalyzerName(lang); got != want {
			t.Errorf("AnalyzerName(%q) = %q, want %q", lang, got, want)
		}
	}
}

type label struct {
	Title string `json:"title"`
}

func (label) BleveType() string { return "label" }

// TestIndexSearch indexes French titles in a scorch index on disk and
// searches them with unaccented, feminine and inclusive forms.
func TestIndexSearch(t *testing.T) {
	im := bleve.NewIndexMapping()
	dm := bleve.NewDocumentMapping()
	fm := mapping.NewTextFieldMapping()
	fm.Analyzer = bleveanalysis.AnalyzerName(corpus.French)
	dm.AddFieldMappingsAt("title", fm)
	im.AddDocumentMapping("label", dm)
	im.DefaultAnalyzer = bleveanalysis.French

	idx, err := bleve.New(filepath.Join(t.TempDir(), "labels.bleve"), im)
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	docs := map[string]string{
		"dev":   "Développeur / Développeuse web",
		"devt":  "Responsable du développement commercial",
		"cond":  "Conducteur / Conductrice d'engins",
		"infir": "Infirmier / Infirmière en soins généraux",
	}
	for id, title := range docs {
		if err := idx.Index(id, label{Title: title}); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"developpeuse", []string{"dev"}},
		{"Développeur(se) H/F", []string{"dev"}},
		{"développement", []string{"devt"}},
		{"conductrices", []string{"cond"}},
		{"infirmiere", []string{"infir"}},
	} {
		q := bleve.NewMatchQuery(tc.query)
		q.SetField("title")
		res, err := idx.Search(bleve.NewSearchRequest(q))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.ID)
		}
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("search %q: got %v, want %v", tc.query, got, tc.want)
		}
	}
}
