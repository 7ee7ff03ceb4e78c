package skills

// Relation says how an occupation needs a skill: "essential", "optional"
// or "" when it is not linked. occupation is an ESCO occupation URI or a
// ROME fiche code; skillCode an ESCO skill URI or a ROME OGR code. ESCO
// skills use ESCO's occupation–skill relations; ROME compétences are
// "essential" to the fiches that list them, and, for an ESCO occupation,
// to the fiches the crosswalk maps it to.
func (d *Dictionary) Relation(occupation, skillCode string) string {
	if d == nil || d.t == nil {
		return ""
	}
	t := d.t
	sid, ok := t.SkillIndex[skillCode]
	if !ok {
		return ""
	}
	if f, ok := t.FicheIndex[occupation]; ok {
		if t.Skills[sid].Scheme == SchemeROME && containsID(t.FicheSkills[f], sid) {
			return "essential"
		}
		return ""
	}
	o, ok := t.OccIndex[occupation]
	if !ok {
		return ""
	}
	switch t.Skills[sid].Scheme {
	case SchemeESCO:
		for _, l := range t.SkillOccs[sid] {
			if l.Occ == o {
				if l.Essential {
					return "essential"
				}
				return "optional"
			}
		}
	case SchemeROME:
		for _, f := range t.OccFiches[o] {
			if containsID(t.FicheSkills[f.To], sid) {
				return "essential"
			}
		}
	}
	return ""
}

// SetRelations fills Relation on each match for one occupation (ESCO URI
// or ROME fiche code), typically the classifier's top answer.
func (d *Dictionary) SetRelations(occupation string, ms []Match) {
	for i := range ms {
		ms[i].Relation = d.Relation(occupation, ms[i].Code)
	}
}

func containsID(ids []int32, id int32) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// OccupationEvidence turns skill matches into evidence for ESCO
// occupations (URI → score in [0, 1], the best at 1): each match adds its
// score times the link weight (essential 1, optional 0.5) times the
// skill's specificity; ROME matches reach ESCO occupations through the
// fiches that list them and the crosswalk. Classifiers can blend it with
// text evidence; it is empty when no match is linked.
func (d *Dictionary) OccupationEvidence(ms []Match) map[string]float64 {
	out := make(map[string]float64)
	if d == nil || d.t == nil {
		return out
	}
	t := d.t
	acc := make(map[int32]float64)
	for _, m := range ms {
		sid, ok := t.SkillIndex[m.Code]
		if !ok {
			continue
		}
		switch t.Skills[sid].Scheme {
		case SchemeESCO:
			spec := specificity(len(t.SkillOccs[sid]), len(t.Occs))
			for _, l := range t.SkillOccs[sid] {
				rel := optionalWeight
				if l.Essential {
					rel = essentialWeight
				}
				acc[l.Occ] += m.Score * rel * spec
			}
		case SchemeROME:
			spec := specificity(len(t.SkillFiches[sid]), len(t.Fiches))
			for _, f := range t.SkillFiches[sid] {
				for _, o := range t.FicheOccs[f] {
					acc[o.To] += 0.5 * m.Score * spec * float64(o.W)
				}
			}
		}
	}
	best := 0.0
	for _, v := range acc {
		best = max(best, v)
	}
	for o, v := range acc {
		out[t.Occs[o].URI] = v / best
	}
	return out
}

// Covers reports whether ms holds the skill code, or a ROME compétence
// under code when code is a macro-compétence: France Travail offers name
// compétences at either level, so a recall measure counts both.
func (d *Dictionary) Covers(ms []Match, code string) bool {
	for _, m := range ms {
		if m.Code == code {
			return true
		}
		if id, ok := d.t.SkillIndex[m.Code]; ok && d.t.Skills[id].Macro == code {
			return true
		}
	}
	return false
}
