package taxonomy

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

// romeRequired are the ROME 4.0 open-data files without which the ROME
// side of the model is meaningless.
var romeRequired = []string{"referentiel_code_rome", "referentiel_appellation", "referentiel_competence", "referentiel_savoir", "liens_rome_referentiels"}

// loadROME reads the ROME 4.0 open-data CSV files (RefRome).
func (l *loader) loadROME(ctx context.Context) error {
	src := make(map[string]source)
	for _, stem := range romeRequired {
		s, ok := l.files.romeFile(stem)
		if !ok {
			return l.files.missingError("ROME 4.0 "+stem, "unix_"+stem+"_v<N>_utf8.csv")
		}
		src[stem] = s
		l.version("rome", s.version)
	}
	steps := []func(context.Context, source) error{
		l.loadFiches, l.loadAppellations, l.loadCompetences, l.loadSavoirs,
	}
	for i, stem := range romeRequired[:4] {
		if err := steps[i](ctx, src[stem]); err != nil {
			return err
		}
	}
	if err := l.loadDomains(ctx); err != nil {
		return err
	}
	if err := l.loadLinks(ctx, src["liens_rome_referentiels"]); err != nil {
		return err
	}
	if s, ok := l.files.romeFile("coherence_item"); ok {
		if err := l.loadCore(ctx, s); err != nil {
			return err
		}
	} else {
		l.missingOptional("ROME coeur de métier flags", "unix_coherence_item_v<N>_utf8.csv")
	}
	if s, ok := l.files.romeFile("texte"); ok {
		if err := l.loadTexts(ctx, s); err != nil {
			return err
		}
	} else {
		l.missingOptional("ROME definitions and access texts", "unix_texte_v<N>_utf8.csv")
	}
	for _, f := range l.t.Fiches {
		sort.Strings(f.Appellations)
	}
	return nil
}

// rows calls fn for each record of t, checking ctx as it goes.
func (l *loader) rows(ctx context.Context, t *table, fn func() error) error {
	for {
		if err := t.next(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		if err := l.tick(ctx); err != nil {
			return err
		}
		if err := fn(); err != nil {
			return err
		}
	}
}

func validROME(code string) bool {
	if len(code) != 5 || code[0] < 'A' || code[0] > 'Z' {
		return false
	}
	return isDigits(code[1:])
}

func (l *loader) loadFiches(ctx context.Context, s source) error {
	t, err := l.open(s, "code_rome", "libelle_rome")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		code := t.get("code_rome")
		if !validROME(code) {
			l.warn(t.warnf("code_rome %q is not a ROME code; row skipped", code))
			return nil
		}
		if l.t.Fiches[code] != nil {
			l.warn(t.warnf("duplicate fiche %s; row ignored", code))
			return nil
		}
		parent := t.get("code_rome_parent")
		if parent == "" {
			parent = code
		}
		l.t.Fiches[code] = &Fiche{
			Code:         code,
			Label:        t.get("libelle_rome"),
			Parent:       parent,
			GrandDomaine: code[:1],
			Domaine:      code[:3],
		}
		return nil
	})
}

func (l *loader) loadAppellations(ctx context.Context, s source) error {
	t, err := l.open(s, "code_ogr", "libelle_appellation_long", "code_rome")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		ogr, code := t.get("code_ogr"), t.get("code_rome")
		if !isDigits(ogr) {
			l.warn(t.warnf("code_ogr %q is not a number; row skipped", ogr))
			return nil
		}
		f := l.t.Fiches[code]
		if f == nil {
			l.warn(t.warnf("appellation %s names unknown fiche %q; row skipped", ogr, code))
			return nil
		}
		if l.t.Appellations[ogr] != nil {
			l.warn(t.warnf("duplicate appellation %s; row ignored", ogr))
			return nil
		}
		a := &Appellation{OGR: ogr, Long: t.get("libelle_appellation_long"), Short: t.get("libelle_appellation_court"), Fiche: code}
		if a.Short == "" {
			a.Short = a.Long
		}
		l.t.Appellations[ogr] = a
		f.Appellations = append(f.Appellations, ogr)
		return nil
	})
}

func (l *loader) loadCompetences(ctx context.Context, s source) error {
	t, err := l.open(s, "code_ogr", "libelle_competence")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		ogr := t.get("code_ogr")
		if !isDigits(ogr) {
			l.warn(t.warnf("code_ogr %q is not a number; row skipped", ogr))
			return nil
		}
		if l.t.Competences[ogr] != nil {
			l.warn(t.warnf("duplicate compétence %s; row ignored", ogr))
			return nil
		}
		c := &Competence{
			OGR:         ogr,
			Label:       t.get("libelle_competence"),
			Kind:        competenceKind(t.get("cat_comp")),
			Definition:  t.get("definition"),
			Macro:       t.get("code_ogr_macro_comp"),
			Category:    t.get("cat_comp"),
			Subcategory: t.get("sous_cat_comp"),
			Nature:      "competence",
		}
		if strings.HasPrefix(strings.ToLower(t.get("nature")), "macro") {
			c.Nature = "macro-competence"
			c.Macro = ""
		}
		l.t.Competences[ogr] = c
		return nil
	})
}

// competenceKind maps cat_comp ("Savoir-faire", "Savoir-être
// professionnel") to the Kind values.
func competenceKind(cat string) string {
	if strings.Contains(strings.ToLower(cat), "être") || strings.Contains(strings.ToLower(cat), "etre") {
		return "savoir-etre"
	}
	return "savoir-faire"
}

func (l *loader) loadSavoirs(ctx context.Context, s source) error {
	t, err := l.open(s, "code_ogr_savoir", "libelle_savoir")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		ogr := t.get("code_ogr_savoir")
		if !isDigits(ogr) {
			l.warn(t.warnf("code_ogr_savoir %q is not a number; row skipped", ogr))
			return nil
		}
		if l.t.Competences[ogr] != nil {
			l.warn(t.warnf("savoir %s has the code of another compétence or savoir; row ignored", ogr))
			return nil
		}
		l.t.Competences[ogr] = &Competence{
			OGR:         ogr,
			Label:       t.get("libelle_savoir"),
			Kind:        "savoir",
			Category:    t.get("categorie_savoir"),
			Subcategory: t.get("sous_categorie_savoir"),
		}
		return nil
	})
}

// loadDomains reads grands domaines and domaines professionnels from their
// own files, or from the arborescence unix_cr_gd_dp when they are missing.
func (l *loader) loadDomains(ctx context.Context) error {
	add := func(t *table, code, label string) {
		if code == "" {
			return
		}
		if d := l.t.Domains[code]; d != nil {
			if d.Label == "" {
				d.Label = label
			}
			return
		}
		l.t.Domains[code] = &Domain{Code: code, Label: label}
	}
	if s, ok := l.files.romeFile("grand_domaine"); ok {
		t, err := l.open(s, "code_grand_domaine", "libelle_grand_domaine")
		if err != nil {
			return err
		}
		if err := l.rows(ctx, t, func() error {
			add(t, t.get("code_grand_domaine"), t.get("libelle_grand_domaine"))
			return nil
		}); err != nil {
			return err
		}
	}
	if s, ok := l.files.romeFile("domaine_professionnel"); ok {
		t, err := l.open(s, "code_domaine_professionnel", "libelle_domaine_professionnel")
		if err != nil {
			return err
		}
		if err := l.rows(ctx, t, func() error {
			add(t, t.get("code_domaine_professionnel"), t.get("libelle_domaine_professionnel"))
			return nil
		}); err != nil {
			return err
		}
	}
	if s, ok := l.files.romeFile("cr_gd_dp"); ok {
		// The official header misspells "professionnel"; accept both.
		t, err := l.open(s, "code_rome", "code_grand_domaine")
		if err != nil {
			return err
		}
		dp, dpl := "code_domaine_professionel", "libelle_domaine_professionel"
		if t.has("code_domaine_professionnel") {
			dp, dpl = "code_domaine_professionnel", "libelle_domaine_professionnel"
		}
		if err := l.rows(ctx, t, func() error {
			gd, d := t.get("code_grand_domaine"), t.get(dp)
			add(t, gd, t.get("libelle_grand_domaine"))
			add(t, d, t.get(dpl))
			if f := l.t.Fiches[t.get("code_rome")]; f != nil {
				if gd != "" {
					f.GrandDomaine = gd
				}
				if d != "" {
					f.Domaine = d
				}
			}
			return nil
		}); err != nil {
			return err
		}
	}
	if len(l.t.Domains) == 0 {
		l.missingOptional("ROME grands domaines and domaines professionnels", "unix_grand_domaine_v<N>_utf8.csv", "unix_cr_gd_dp_v<N>_utf8.csv")
	}
	return nil
}

// loadLinks attaches compétences and savoirs to fiches. The links file
// also lists the fiche's own code, its appellations and its work contexts;
// only OGR codes of the compétence and savoir referentials are kept.
func (l *loader) loadLinks(ctx context.Context, s source) error {
	t, err := l.open(s, "code_rome", "code_ogr")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		code, ogr := t.get("code_rome"), t.get("code_ogr")
		f := l.t.Fiches[code]
		if f == nil {
			l.warn(t.warnf("link names unknown fiche %q; skipped", code))
			return nil
		}
		c := l.t.Competences[ogr]
		if c == nil {
			// Bloc 5 is the compétences bloc: an unknown OGR there is a
			// broken link, elsewhere it is another referential.
			if t.get("code_compo_bloc") == "5" {
				l.warn(t.warnf("fiche %s links unknown compétence %s; skipped", code, ogr))
			}
			return nil
		}
		if c.Kind == "savoir" {
			f.Savoirs = append(f.Savoirs, ogr)
		} else {
			f.Competences = append(f.Competences, ogr)
		}
		return nil
	})
}

// loadCore reads the coeur de métier flags of unix_coherence_item: one
// row per (fiche, item), the flag empty for items that are not core. The
// core items are the ones recruiters pick most often for an offer.
func (l *loader) loadCore(ctx context.Context, s source) error {
	t, err := l.open(s, "code_rome", "code_ogr", "coeur_metier")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		if t.get("coeur_metier") == "" {
			return nil
		}
		code, ogr := t.get("code_rome"), t.get("code_ogr")
		f := l.t.Fiches[code]
		if f == nil {
			l.warn(t.warnf("coeur de métier flag names unknown fiche %q; skipped", code))
			return nil
		}
		if !isDigits(ogr) {
			l.warn(t.warnf("code_ogr %q is not a number; row skipped", ogr))
			return nil
		}
		f.Core = append(f.Core, ogr)
		return nil
	})
}

// loadTexts joins the sentences of unix_texte into Fiche.Definition and
// Fiche.Access, in position order, one sentence per line.
func (l *loader) loadTexts(ctx context.Context, s source) error {
	t, err := l.open(s, "code_rome", "libelle_type_texte", "libelle_texte")
	if err != nil {
		return err
	}
	type sentence struct {
		pos  int
		text string
	}
	type key struct{ code, kind string }
	texts := make(map[key][]sentence)
	doubled := 0
	err = l.rows(ctx, t, func() error {
		code, kind := t.get("code_rome"), strings.ToLower(t.get("libelle_type_texte"))
		if l.t.Fiches[code] == nil {
			l.warn(t.warnf("text names unknown fiche %q; skipped", code))
			return nil
		}
		if kind != "definition" && kind != "acces_metier" {
			l.warn(t.warnf("unknown text type %q; skipped", kind))
			return nil
		}
		pos, err := strconv.Atoi(t.get("position_phrase"))
		if err != nil {
			l.warn(t.warnf("position_phrase %q is not a number; sentence put last", t.get("position_phrase")))
			pos = 1 << 30
		}
		// The v460 export escapes apostrophes SQL-style ("l''entretien").
		text := t.get("libelle_texte")
		if strings.Contains(text, "''") {
			text = strings.ReplaceAll(text, "''", "'")
			doubled++
		}
		k := key{code, kind}
		texts[k] = append(texts[k], sentence{pos, text})
		return nil
	})
	if err != nil {
		return err
	}
	if doubled > 0 {
		l.warn(Warning{File: s.name, Message: fmt.Sprintf("%d sentences had doubled apostrophes ('') made single", doubled)})
	}
	for k, ss := range texts {
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].pos < ss[j].pos })
		parts := make([]string, 0, len(ss))
		for _, s := range ss {
			if s.text != "" {
				parts = append(parts, s.text)
			}
		}
		f := l.t.Fiches[k.code]
		if k.kind == "definition" {
			f.Definition = strings.Join(parts, "\n")
		} else {
			f.Access = strings.Join(parts, "\n")
		}
	}
	return nil
}
