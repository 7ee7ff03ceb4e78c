package classifier

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/corpus/posting"
	"marsad/taxonomy"
)

// impliedClassifier is the tiny classifier with a skill dictionary: the
// tiny taxonomy plus a few ROME compétences on the web developer's and
// the accountant's fiches.
func impliedClassifier(t *testing.T) *Classifier {
	t.Helper()
	ctx := context.Background()
	tax := tinyTaxonomy(t)
	if tax.Competences == nil {
		tax.Competences = map[string]*taxonomy.Competence{}
	}
	add := func(fiche string, comps ...[2]string) {
		f := tax.Fiches[fiche]
		if f == nil {
			t.Fatalf("tiny taxonomy has no fiche %s", fiche)
		}
		for _, c := range comps {
			tax.Competences[c[0]] = &taxonomy.Competence{OGR: c[0], Label: c[1], Kind: "savoir-faire"}
			f.Competences = append(f.Competences, c[0])
		}
	}
	add("M1805", [2]string{"900001", "Développer une application web"},
		[2]string{"900002", "Concevoir une base de données"},
		[2]string{"900003", "Rédiger une documentation technique"})
	add("M1203", [2]string{"900011", "Établir une déclaration fiscale"},
		[2]string{"900012", "Contrôler les comptes"})
	as := corpus.NewAnalyzers(corpus.Config{})
	tables, err := BuildTables(ctx, tax, as)
	if err != nil {
		t.Fatal(err)
	}
	dict, err := skills.Build(ctx, tax, as)
	if err != nil {
		t.Fatal(err)
	}
	det, err := langid.New(langid.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(tables, nil, det, as, dict, Config{Model: "tiny"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestImplied(t *testing.T) {
	c := impliedClassifier(t)
	ctx := context.Background()
	tests := []struct {
		name string
		p    posting.Posting
		want bool // Implied filled
	}{
		{"confident French", posting.Posting{Title: "Développeur Web (H/F) - Casablanca", Description: "Vous développerez des applications en javascript."}, true},
		{"English reaches ROME through the crosswalk", posting.Posting{Title: "Senior Web Developer | Rabat", Description: "We build web-accessible software in javascript and html."}, false},
		{"Arabic", posting.Posting{Title: "ممرضة", Description: "الرعاية للمرضى في المستشفيات"}, false},
		{"French without a fiche", posting.Posting{Title: "Poste à pourvoir", Description: "Rejoignez une équipe dynamique pour une mission variée."}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := c.Classify(ctx, tt.p, 3)
			top := Concept{}
			if len(r.ROME) > 0 {
				top = r.ROME[0]
			}
			if r.Implied == nil {
				t.Fatal("Implied is nil, want an empty list at least")
			}
			if got := len(r.Implied) > 0; got != tt.want {
				t.Fatalf("lang %s, top ROME %+v: implied %+v, want filled = %v", r.Lang, top, r.Implied, tt.want)
			}
			t.Logf("lang %s, top ROME %+v, %d implied", r.Lang, top, len(r.Implied))
			if !tt.want {
				return
			}
			if r.Lang != corpus.French || top.Code != "M1805" || top.Score < ImpliedMinScore {
				t.Errorf("lang %s, top ROME %+v: the case is not a confident French one", r.Lang, top)
			}
			for _, m := range r.Skills {
				if m.Field == "implied" || m.Implied {
					t.Errorf("skill %+v: an implied compétence among the mentions", m)
				}
			}
			for _, m := range r.Implied {
				if m.Scheme != "rome" || !strings.HasPrefix(m.Code, "9000") {
					t.Errorf("implied %+v: not one of M1805's compétences", m)
				}
				if m.Field != "implied" || m.Start != 0 || m.End != 0 || !m.Implied {
					t.Errorf("implied %+v: want field \"implied\", no offsets, Implied set", m)
				}
			}
			if len(r.Implied) != 3 {
				t.Errorf("implied %d compétences, want M1805's 3", len(r.Implied))
			}
		})
	}
}

// TestImpliedThreshold: the tiny model scores every French posting that
// has a fiche at 0.25 or more, so the threshold is tried on the result of
// a confident one with its score lowered.
func TestImpliedThreshold(t *testing.T) {
	c := impliedClassifier(t)
	title := "Développeur Web (H/F) - Casablanca"
	r := c.Classify(context.Background(), posting.Posting{Title: title, Description: "Vous développerez des applications en javascript."}, 3)
	if len(r.ROME) == 0 || r.Lang != corpus.French {
		t.Fatalf("lang %s, ROME %+v: want a French posting with a fiche", r.Lang, r.ROME)
	}
	for _, tt := range []struct {
		score float64
		want  bool
	}{{ImpliedMinScore - 0.001, false}, {ImpliedMinScore, true}, {0.05, false}} {
		r.ROME[0].Score = tt.score
		got := c.implied(&r, corpus.French, title)
		if got == nil || (len(got) > 0) != tt.want {
			t.Errorf("top ROME score %.3f: implied %+v, want filled = %v (and never nil)", tt.score, got, tt.want)
		}
	}
	if got := c.implied(&r, corpus.English, title); len(got) != 0 {
		t.Errorf("English: implied %+v, want none", got)
	}
}

// TestImpliedJSON checks that "implied" is always written, as [] when
// empty, also by a classifier without skills.
func TestImpliedJSON(t *testing.T) {
	plain, _ := tinyClassifiers(t)
	r := plain.Classify(context.Background(), posting.Posting{Title: "Comptable confirmée"}, 3)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"implied":[]`) {
		t.Errorf("JSON %s: want \"implied\":[]", b)
	}
}
