package taxonomy

import "marsad/corpus"

// Stats summarises a loaded taxonomy: counts per scheme and level, label
// coverage per language, crosswalk coverage and load warnings.
type Stats struct {
	Versions map[string]string `json:"versions"`

	Occupations int            `json:"esco_occupations"`
	Skills      int            `json:"esco_skills"`
	SkillTypes  map[string]int `json:"esco_skill_types"`
	SkillGroups int            `json:"esco_skill_groups"`
	Essential   int            `json:"esco_essential_relations"`
	Optional    int            `json:"esco_optional_relations"`

	ISCO map[int]int `json:"isco_groups_by_level"` // level (1–4) → groups

	Fiches           int `json:"rome_fiches"`
	Metiers          int `json:"rome_metiers"`
	GrandDomaines    int `json:"rome_grands_domaines"`
	Domaines         int `json:"rome_domaines"`
	Appellations     int `json:"rome_appellations"`
	Competences      int `json:"rome_competences"` // savoir-faire and savoir-être, macro ones included
	MacroCompetences int `json:"rome_macro_competences"`
	Savoirs          int `json:"rome_savoirs"`
	FicheCompetences int `json:"rome_fiche_competence_links"`
	FicheSavoirs     int `json:"rome_fiche_savoir_links"`

	// Labels counts concepts with a preferred label, per kind and language;
	// AltLabels counts alternative labels per kind and language.
	Labels    map[string]map[corpus.Lang]int `json:"labels"`
	AltLabels map[string]map[corpus.Lang]int `json:"alt_labels"`

	Crosswalk         int            `json:"crosswalk_entries"`
	CrosswalkMatches  map[Match]int  `json:"crosswalk_by_match"`
	CrosswalkOccs     int            `json:"crosswalk_esco_occupations"` // ESCO occupations with a ROME entry
	CrosswalkFiches   int            `json:"crosswalk_rome_fiches"`      // fiches with an ESCO entry
	FichesWithISCO    int            `json:"rome_fiches_with_isco"`
	MetiersWithISCO   int            `json:"rome_metiers_with_isco"`
	CrosswalkUnlinked int            `json:"crosswalk_unlinked_entries"` // entries whose occupation or appellation is unknown
	Warnings          int            `json:"warnings"`
	Malformed         int            `json:"malformed_warnings"` // warnings about damage to a file: see Warning.Malformed
	WarningsByFile    map[string]int `json:"warnings_by_file"`
	Files             map[string]int `json:"rows_by_file"`
}

// Summary computes the Stats of t.
func (t *Taxonomy) Summary() Stats {
	s := Stats{
		Versions:         t.Versions,
		Occupations:      len(t.Occupations),
		Skills:           len(t.Skills),
		SkillTypes:       make(map[string]int),
		SkillGroups:      len(t.SkillGroups),
		ISCO:             make(map[int]int),
		Fiches:           len(t.Fiches),
		Appellations:     len(t.Appellations),
		Labels:           make(map[string]map[corpus.Lang]int),
		AltLabels:        make(map[string]map[corpus.Lang]int),
		Crosswalk:        len(t.Crosswalk),
		CrosswalkMatches: make(map[Match]int),
		Warnings:         len(t.Warnings),
		WarningsByFile:   make(map[string]int),
		Files:            t.Files,
	}
	count := func(kind string, pref Text, alt Terms) {
		if s.Labels[kind] == nil {
			s.Labels[kind] = make(map[corpus.Lang]int)
			s.AltLabels[kind] = make(map[corpus.Lang]int)
		}
		for _, l := range langs {
			if pref[l] != "" {
				s.Labels[kind][l]++
			}
			s.AltLabels[kind][l] += len(alt[l])
		}
	}
	for _, o := range t.Occupations {
		count("esco_occupations", o.Pref, o.Alt)
		s.Essential += len(o.Essential)
		s.Optional += len(o.Optional)
		if len(o.ROME) > 0 {
			s.CrosswalkOccs++
		}
	}
	for _, k := range t.Skills {
		count("esco_skills", k.Pref, k.Alt)
		typ := k.Type
		if typ == "" {
			typ = "unknown"
		}
		s.SkillTypes[typ]++
	}
	for _, g := range t.SkillGroups {
		count("esco_skill_groups", g.Pref, g.Alt)
	}
	for _, g := range t.ISCO {
		s.ISCO[g.Level]++
		count("isco_groups", g.Title, nil)
	}
	metiers := make(map[string]bool)
	metiersISCO := make(map[string]bool)
	for _, f := range t.Fiches {
		metiers[f.Parent] = true
		s.FicheCompetences += len(f.Competences)
		s.FicheSavoirs += len(f.Savoirs)
		if len(f.ESCO) > 0 {
			s.CrosswalkFiches++
		}
		if len(f.ISCO) > 0 {
			s.FichesWithISCO++
			metiersISCO[f.Parent] = true
		}
	}
	s.Metiers, s.MetiersWithISCO = len(metiers), len(metiersISCO)
	for _, d := range t.Domains {
		if len(d.Code) == 1 {
			s.GrandDomaines++
		} else {
			s.Domaines++
		}
	}
	for _, c := range t.Competences {
		switch {
		case c.Kind == "savoir":
			s.Savoirs++
		case c.Nature == "macro-competence":
			s.MacroCompetences++
			s.Competences++
		default:
			s.Competences++
		}
	}
	for _, m := range t.Crosswalk {
		s.CrosswalkMatches[m.Match]++
		if m.Fiche == "" || t.Occupations[m.ESCO] == nil {
			s.CrosswalkUnlinked++
		}
	}
	for _, w := range t.Warnings {
		f := w.File
		if f == "" {
			f = "(loader)"
		}
		s.WarningsByFile[f]++
		if w.Malformed {
			s.Malformed++
		}
	}
	return s
}
