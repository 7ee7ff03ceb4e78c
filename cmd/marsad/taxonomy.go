package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"text/tabwriter"

	"marsad/corpus"
	"marsad/taxonomy"
)

const taxonomyHelp = `Inspect the taxonomy data.

  marsad taxonomy stats [--data DIR] [--json] [--warnings N]
      counts per scheme and level, label coverage per language, crosswalk
      coverage and load warnings (the first N, damage to a file first).
  marsad taxonomy show [--data DIR] KEY
      one concept: a ROME code (M1805), a ROME OGR code (appellation,
      compétence, savoir), an ISCO-08 code (2512, 25, ...), a ROME domain
      (M, M18) or an ESCO URI (occupation, skill, skill group).

The data directory is --data, else MARSAD_DATA, else ./data.`

func runTaxonomy(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprintf(e.stdout, "Usage: marsad taxonomy stats|show [flags]\n\n%s\n", taxonomyHelp)
		if len(args) == 0 {
			return usagef("missing subcommand: stats or show")
		}
		return flag.ErrHelp
	}
	switch args[0] {
	case "stats":
		return runTaxonomyStats(ctx, e, args[1:])
	case "show":
		return runTaxonomyShow(ctx, e, args[1:])
	}
	return usagef("unknown taxonomy subcommand %q (want stats or show)", args[0])
}

func loadTaxonomy(ctx context.Context, e *env, dataFlag string) (*taxonomy.Taxonomy, error) {
	dir, err := dataArg(e, dataFlag)
	if err != nil {
		return nil, err
	}
	return taxonomy.Load(ctx, dir)
}

// dataArg resolves the data directory like dataDir, and makes one that
// does not exist or is not a directory a mistake in the command line
// (exit status 2), as README.md says of a missing input. A directory that
// exists but cannot be read is a failure.
func dataArg(e *env, dataFlag string) (string, error) {
	dir, err := dataDir(e, dataFlag)
	if err != nil && !errors.Is(err, os.ErrPermission) {
		return "", usageError{err}
	}
	return dir, err
}

// firstWarnings returns the first n warnings (all when n < 0) and how many
// it leaves out. Load lists damage to a file first.
func firstWarnings(ws []taxonomy.Warning, n int) (first []taxonomy.Warning, more int) {
	if n < 0 || n > len(ws) {
		n = len(ws)
	}
	return ws[:n], len(ws) - n
}

func runTaxonomyStats(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "taxonomy stats", "taxonomy stats [--data DIR] [--json] [--warnings N]",
		"Load the taxonomy and print counts per scheme and level, label coverage\nper language, crosswalk coverage and load warnings.")
	data := fs.String("data", "", "taxonomy data `directory` (default $MARSAD_DATA, else ./data)")
	asJSON := fs.Bool("json", false, "print the statistics as JSON")
	warnings := fs.Int("warnings", 10, "print at most `n` load warnings, damage to a file first (-1: all); with --json, in warning_list")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("taxonomy stats takes no arguments, got %q", pos)
	}
	tx, err := loadTaxonomy(ctx, e, *data)
	if err != nil {
		return err
	}
	s := tx.Summary()
	first, more := firstWarnings(tx.Warnings, *warnings)
	if *asJSON {
		out := struct {
			taxonomy.Stats
			List []taxonomy.Warning `json:"warning_list"`
			More int                `json:"warnings_not_listed"`
		}{s, first, more}
		if out.List == nil {
			out.List = []taxonomy.Warning{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	writeStats(e.stdout, s)
	if len(first) > 0 {
		fmt.Fprintf(e.stdout, "\nfirst %d warnings:\n", len(first))
		for _, w := range first {
			fmt.Fprintf(e.stdout, "  %s\n", formatWarning(w))
		}
	}
	if more > 0 && len(first) > 0 {
		fmt.Fprintf(e.stdout, "  ... %d more (--warnings -1 lists them all)\n", more)
	}
	return nil
}

func formatWarning(w taxonomy.Warning) string {
	switch {
	case w.File == "":
		return w.Message
	case w.Line == 0:
		return w.File + ": " + w.Message
	}
	return fmt.Sprintf("%s line %d: %s", w.File, w.Line, w.Message)
}

var showLangs = []corpus.Lang{corpus.French, corpus.Arabic, corpus.English}

func writeStats(w io.Writer, s taxonomy.Stats) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	row := func(name string, v ...any) {
		fmt.Fprint(tw, name)
		for _, x := range v {
			fmt.Fprintf(tw, "\t%v", x)
		}
		fmt.Fprintln(tw)
	}
	var vs []string
	for _, k := range sortedKeysOf(s.Versions) {
		vs = append(vs, k+" "+s.Versions[k])
	}
	row("versions", strings.Join(vs, ", "))
	row("")
	row("ESCO occupations", s.Occupations)
	row("ESCO skills", s.Skills)
	for _, k := range sortedKeysOf(s.SkillTypes) {
		row("  type "+k, s.SkillTypes[k])
	}
	row("ESCO skill groups", s.SkillGroups)
	row("ESCO essential relations", s.Essential)
	row("ESCO optional relations", s.Optional)
	for lvl := 1; lvl <= 4; lvl++ {
		row(fmt.Sprintf("ISCO-08 level %d groups", lvl), s.ISCO[lvl])
	}
	row("ROME grands domaines", s.GrandDomaines)
	row("ROME domaines professionnels", s.Domaines)
	row("ROME métiers (code_rome_parent)", s.Metiers)
	row("ROME fiches", s.Fiches)
	row("ROME appellations", s.Appellations)
	row("ROME compétences", s.Competences)
	row("  of which macro-compétences", s.MacroCompetences)
	row("ROME savoirs", s.Savoirs)
	row("ROME fiche→compétence links", s.FicheCompetences)
	row("ROME fiche→savoir links", s.FicheSavoirs)
	row("")
	row("preferred labels", "fr", "ar", "en")
	for _, k := range sortedKeysOf(s.Labels) {
		row("  "+k, s.Labels[k][corpus.French], s.Labels[k][corpus.Arabic], s.Labels[k][corpus.English])
	}
	row("alternative labels", "fr", "ar", "en")
	for _, k := range sortedKeysOf(s.AltLabels) {
		if k == "isco_groups" {
			continue
		}
		row("  "+k, s.AltLabels[k][corpus.French], s.AltLabels[k][corpus.Arabic], s.AltLabels[k][corpus.English])
	}
	row("")
	row("crosswalk entries", s.Crosswalk)
	for _, m := range []taxonomy.Match{taxonomy.Exact, taxonomy.Close, taxonomy.Narrow, taxonomy.Broad} {
		row("  "+string(m)+" match", s.CrosswalkMatches[m])
	}
	row("  entries not linked", s.CrosswalkUnlinked)
	row("ESCO occupations reaching ROME", s.CrosswalkOccs, "of", s.Occupations)
	row("ROME fiches reaching ESCO", s.CrosswalkFiches, "of", s.Fiches)
	row("ROME fiches reaching ISCO", s.FichesWithISCO, "of", s.Fiches)
	row("ROME métiers reaching ISCO", s.MetiersWithISCO, "of", s.Metiers)
	row("")
	row("load warnings", s.Warnings)
	row("  of which about malformed files", s.Malformed)
	for _, f := range sortedKeysOf(s.WarningsByFile) {
		row("  "+f, s.WarningsByFile[f])
	}
	tw.Flush()
}

func sortedKeysOf[K ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return keys
}

func runTaxonomyShow(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "taxonomy show", "taxonomy show [--data DIR] KEY",
		"Show one concept of the taxonomy with its labels in fr, ar and en, its\nparent and children and its linked skills, appellations and crosswalk\nentries. KEY is a ROME code (M1805), a ROME OGR code, an ISCO-08 code\n(2512, 25), a ROME domain (M, M18) or an ESCO URI.")
	data := fs.String("data", "", "taxonomy data `directory` (default $MARSAD_DATA, else ./data)")
	limit := fs.Int("limit", 0, "list at most `n` items per section (0: all)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("taxonomy show wants exactly one KEY, got %d arguments", len(pos))
	}
	if *limit < 0 {
		return usagef("--limit must be ≥ 0, got %d", *limit)
	}
	tx, err := loadTaxonomy(ctx, e, *data)
	if err != nil {
		return err
	}
	c, err := tx.Lookup(pos[0])
	if err != nil {
		if errors.Is(err, taxonomy.ErrNotFound) {
			return fmt.Errorf("unknown key %q: not a ROME code, OGR code, ISCO code, ROME domain or ESCO URI in the loaded data", pos[0])
		}
		return usagef("%v", err)
	}
	sh := &shower{w: e.stdout, t: tx, limit: *limit}
	switch {
	case c.Fiche != nil:
		sh.fiche(c.Fiche)
	case c.Appellation != nil:
		sh.appellation(c.Appellation)
	case c.Competence != nil:
		sh.competence(c.Competence)
	case c.Domain != nil:
		sh.domain(c.Domain)
	case c.ISCO != nil:
		sh.isco(c.ISCO)
	case c.Occupation != nil:
		sh.occupation(c.Occupation)
	case c.Skill != nil:
		sh.skill(c.Skill)
	case c.SkillGroup != nil:
		sh.skillGroup(c.SkillGroup)
	}
	return nil
}

// shower prints concepts for "taxonomy show".
type shower struct {
	w     io.Writer
	t     *taxonomy.Taxonomy
	limit int
}

func (s *shower) f(format string, args ...any) { fmt.Fprintf(s.w, format+"\n", args...) }

// list prints a titled section of n items, honouring the limit.
func (s *shower) list(title string, n int, item func(i int)) {
	if n == 0 {
		return
	}
	s.f("%s (%d):", title, n)
	m := n
	if s.limit > 0 && m > s.limit {
		m = s.limit
	}
	for i := 0; i < m; i++ {
		item(i)
	}
	if m < n {
		s.f("  ... %d more (--limit)", n-m)
	}
}

func (s *shower) texts(name string, t taxonomy.Text, missing string) {
	for _, l := range showLangs {
		v := t[l]
		if v == "" {
			v = missing
		}
		s.f("%s %s: %s", name, l, v)
	}
}

func (s *shower) terms(name string, t taxonomy.Terms) {
	for _, l := range showLangs {
		if len(t[l]) > 0 {
			s.f("%s %s: %s", name, l, strings.Join(t[l], " | "))
		}
	}
}

func (s *shower) iscoTitle(code string) string {
	if g := s.t.ISCO[code]; g != nil {
		return g.Title.Get(corpus.French)
	}
	return "(unknown group)"
}

func (s *shower) occLabels(uri string) string {
	o := s.t.Occupations[uri]
	if o == nil {
		return "(not in ESCO)"
	}
	return fmt.Sprintf("fr %q, ar %q, en %q", o.Pref[corpus.French], o.Pref[corpus.Arabic], o.Pref[corpus.English])
}

func (s *shower) skillLabel(uri string) string {
	if k := s.t.Skills[uri]; k != nil {
		return fmt.Sprintf("%s / %s", k.Pref.Get(corpus.French), k.Pref.Get(corpus.English))
	}
	if g := s.t.SkillGroups[uri]; g != nil {
		return fmt.Sprintf("%s / %s (group)", g.Pref.Get(corpus.French), g.Pref.Get(corpus.English))
	}
	return "(unknown)"
}

func (s *shower) ficheLabel(code string) string {
	if f := s.t.Fiches[code]; f != nil {
		return f.Label
	}
	return "(unknown fiche)"
}

func (s *shower) domainLabel(code string) string {
	if d := s.t.Domains[code]; d != nil {
		return d.Label
	}
	return ""
}

func (s *shower) mappings(title string, ms []taxonomy.Mapping, escoSide bool) {
	s.list(title, len(ms), func(i int) {
		m := ms[i]
		if escoSide {
			s.f("  %-6s %s  via appellation %s %s\n         %s", m.Match, m.ESCO, m.OGR, s.appLabel(m.OGR), s.occLabels(m.ESCO))
		} else {
			s.f("  %-6s appellation %s %s → fiche %s %s", m.Match, m.OGR, s.appLabel(m.OGR), m.Fiche, s.ficheLabel(m.Fiche))
		}
	})
}

func (s *shower) appLabel(ogr string) string {
	if a := s.t.Appellations[ogr]; a != nil {
		return a.Long
	}
	return "(not in ROME)"
}

func (s *shower) fiche(f *taxonomy.Fiche) {
	s.f("ROME fiche %s: %s", f.Code, f.Label)
	s.f("métier (code_rome_parent): %s %s", f.Parent, s.ficheLabel(f.Parent))
	s.f("grand domaine: %s %s", f.GrandDomaine, s.domainLabel(f.GrandDomaine))
	s.f("domaine professionnel: %s %s", f.Domaine, s.domainLabel(f.Domaine))
	s.f("labels: fr %q; ar and en: none (ROME is French only)", f.Label)
	var members []string
	for _, g := range s.t.SortedFiches() {
		if g.Parent == f.Code && g.Code != f.Code {
			members = append(members, g.Code)
		}
	}
	s.list("other fiches of this métier", len(members), func(i int) { s.f("  %s %s", members[i], s.ficheLabel(members[i])) })
	if f.Definition != "" {
		s.f("definition:\n  %s", strings.ReplaceAll(f.Definition, "\n", "\n  "))
	}
	if f.Access != "" {
		s.f("access:\n  %s", strings.ReplaceAll(f.Access, "\n", "\n  "))
	}
	s.list("appellations", len(f.Appellations), func(i int) { s.f("  %s %s", f.Appellations[i], s.appLabel(f.Appellations[i])) })
	s.competences("compétences", f.Competences)
	s.competences("savoirs", f.Savoirs)
	s.list("ISCO-08 groups through the crosswalk", len(f.ISCO), func(i int) {
		s.f("  %s %.3f %s", f.ISCO[i].Code, f.ISCO[i].Weight, s.iscoTitle(f.ISCO[i].Code))
	})
	s.mappings("crosswalk entries (ESCO occupations)", f.ESCO, true)
}

func (s *shower) competences(title string, ogrs []string) {
	s.list(title, len(ogrs), func(i int) {
		if c := s.t.Competences[ogrs[i]]; c != nil {
			s.f("  %s %-12s %s", c.OGR, c.Kind, c.Label)
		}
	})
}

func (s *shower) appellation(a *taxonomy.Appellation) {
	s.f("ROME appellation %s: %s", a.OGR, a.Long)
	s.f("short label: %s", a.Short)
	s.f("fiche: %s %s", a.Fiche, s.ficheLabel(a.Fiche))
	s.f("métier: %s", s.t.Metier(a.Fiche))
	var ms []taxonomy.Mapping
	for _, m := range s.t.Crosswalk {
		if m.OGR == a.OGR {
			ms = append(ms, m)
		}
	}
	s.mappings("crosswalk entries (ESCO occupations)", ms, true)
}

func (s *shower) competence(c *taxonomy.Competence) {
	s.f("ROME %s %s: %s", c.Kind, c.OGR, c.Label)
	if c.Nature != "" {
		s.f("nature: %s", c.Nature)
	}
	s.f("category: %s / %s", c.Category, c.Subcategory)
	if c.Definition != "" {
		s.f("definition: %s", c.Definition)
	}
	if c.Macro != "" {
		label := ""
		if m := s.t.Competences[c.Macro]; m != nil {
			label = m.Label
		}
		s.f("macro-compétence: %s %s", c.Macro, label)
	}
	var fiches []string
	for _, f := range s.t.SortedFiches() {
		for _, o := range append(f.Competences[:len(f.Competences):len(f.Competences)], f.Savoirs...) {
			if o == c.OGR {
				fiches = append(fiches, f.Code)
				break
			}
		}
	}
	s.list("fiches", len(fiches), func(i int) { s.f("  %s %s", fiches[i], s.ficheLabel(fiches[i])) })
}

func (s *shower) domain(d *taxonomy.Domain) {
	kind := "domaine professionnel"
	if len(d.Code) == 1 {
		kind = "grand domaine"
	}
	s.f("ROME %s %s: %s", kind, d.Code, d.Label)
	var under []string
	for _, f := range s.t.SortedFiches() {
		if f.GrandDomaine == d.Code || f.Domaine == d.Code {
			under = append(under, f.Code)
		}
	}
	s.list("fiches", len(under), func(i int) { s.f("  %s %s", under[i], s.ficheLabel(under[i])) })
}

func (s *shower) isco(g *taxonomy.ISCOGroup) {
	s.f("ISCO-08 group %s (level %d)", g.Code, g.Level)
	s.texts("title", g.Title, "(no official title)")
	if g.Parent != "" {
		s.f("parent: %s %s", g.Parent, s.iscoTitle(g.Parent))
	}
	s.list("children", len(g.Children), func(i int) { s.f("  %s %s", g.Children[i], s.iscoTitle(g.Children[i])) })
	var occs []string
	for _, sub := range s.t.SortedISCO(4) {
		if strings.HasPrefix(sub.Code, g.Code) {
			occs = append(occs, sub.Occupations...)
		}
	}
	s.list("ESCO occupations", len(occs), func(i int) {
		o := s.t.Occupations[occs[i]]
		s.f("  %s %s\n    fr: %s\n    ar: %s\n    en: %s", o.Code, o.URI, o.Pref[corpus.French], o.Pref[corpus.Arabic], o.Pref[corpus.English])
	})
	type fw struct {
		code string
		w    float64
	}
	var fiches []fw
	for _, f := range s.t.SortedFiches() {
		for _, w := range f.ISCO {
			if strings.HasPrefix(w.Code, g.Code) {
				fiches = append(fiches, fw{f.Code, w.Weight})
			}
		}
	}
	s.list("ROME fiches through the crosswalk", len(fiches), func(i int) {
		s.f("  %s %.3f %s", fiches[i].code, fiches[i].w, s.ficheLabel(fiches[i].code))
	})
}

func (s *shower) occupation(o *taxonomy.Occupation) {
	s.f("ESCO occupation %s", o.URI)
	s.f("ESCO code: %s", o.Code)
	s.f("ISCO-08 unit group: %s %s", o.ISCO, s.iscoTitle(o.ISCO))
	s.texts("label", o.Pref, "(none)")
	s.terms("alt", o.Alt)
	s.texts("description", o.Description, "(none)")
	s.list("essential skills", len(o.Essential), func(i int) { s.f("  %s %s", o.Essential[i], s.skillLabel(o.Essential[i])) })
	s.list("optional skills", len(o.Optional), func(i int) { s.f("  %s %s", o.Optional[i], s.skillLabel(o.Optional[i])) })
	s.mappings("crosswalk entries (ROME appellations)", o.ROME, false)
}

func (s *shower) skill(k *taxonomy.Skill) {
	s.f("ESCO skill %s", k.URI)
	s.f("type: %s, reuse: %s", k.Type, k.Reuse)
	s.texts("label", k.Pref, "(none)")
	s.terms("alt", k.Alt)
	s.texts("description", k.Description, "(none)")
	s.list("broader", len(k.Broader), func(i int) { s.f("  %s %s", k.Broader[i], s.skillLabel(k.Broader[i])) })
	var ess, opt []string
	for _, o := range s.t.SortedOccupations() {
		for _, u := range o.Essential {
			if u == k.URI {
				ess = append(ess, o.URI)
			}
		}
		for _, u := range o.Optional {
			if u == k.URI {
				opt = append(opt, o.URI)
			}
		}
	}
	s.list("occupations where it is essential", len(ess), func(i int) { s.f("  %s %s", ess[i], s.occLabels(ess[i])) })
	s.list("occupations where it is optional", len(opt), func(i int) { s.f("  %s %s", opt[i], s.occLabels(opt[i])) })
}

func (s *shower) skillGroup(g *taxonomy.SkillGroup) {
	s.f("ESCO skill group %s (code %s)", g.URI, g.Code)
	s.texts("label", g.Pref, "(none)")
	s.list("broader", len(g.Broader), func(i int) { s.f("  %s %s", g.Broader[i], s.skillLabel(g.Broader[i])) })
	var narrower []string
	for _, x := range s.t.SortedSkillGroups() {
		for _, b := range x.Broader {
			if b == g.URI {
				narrower = append(narrower, x.URI)
			}
		}
	}
	for _, x := range s.t.SortedSkills() {
		for _, b := range x.Broader {
			if b == g.URI {
				narrower = append(narrower, x.URI)
			}
		}
	}
	s.list("narrower", len(narrower), func(i int) { s.f("  %s %s", narrower[i], s.skillLabel(narrower[i])) })
}
