package classifier

// Cross-scheme agreement. Each scheme is scored on its own labels, and
// the two lists can disagree: "Développeur Java" meets the French ROME
// label of M1805 (informatique) and, by accident, an ESCO alternative
// label of the e-learning systems developer, whose ISCO group (2359,
// teaching) then wins. combine carries a score over the crosswalk only
// when it is higher than the one already there, so an occupation that
// both schemes support gains nothing over one supported by one scheme.
// agree adds that support: among the agreeN best of each scheme, an
// ESCO occupation gains agreeW times the best own score of a ROME fiche
// crosswalked to it (times the link's weight). Own scores only: a score
// combine copied over the crosswalk is no second opinion, and a concept
// whose own score is less than agreeOwnMin of the copy it holds (a copy
// and a stray description word) gains nothing. The best fiche thus lifts the
// ESCO occupations that mean the same job. (With any own score at all,
// "Ingénieur DevOps" lifted the ICT project manager, which M1827 reaches
// through its old appellation "Responsable de projet informatique", over
// the cloud DevOps engineer its title names: ISCO 1330 for 2512.)
//
// The reverse (fiches lifted by ESCO occupations, romeAgreeW) cost
// ma-postings 6.5 points of ROME: the new fiches of ROME 4.0 (M1827
// DevOps…) have no crosswalk link, so every linked rival pulled ahead.
const (
	agreeN      = 10
	agreeW      = 0.3
	romeAgreeW  = 0
	agreeOwnMin = 0.25 // jobbert ISCO-4 +1, ESCO top-5 +100; 0.1 and 0.5 within a title or two (0.5: ma ISCO −1)
)

// agree raises, in s.total, the best concepts of each scheme that the
// best concepts of the other scheme support through the crosswalk. The
// bonuses are computed from the totals before any is added, so the
// order of the schemes does not matter.
func (c *Classifier) agree(s *scratch) {
	rome, esco := c.leaders(s, agreeN)
	if len(rome) == 0 || len(esco) == 0 {
		return
	}
	var bonus [2 * agreeN]float32
	support := func(to int, r ranked, from []ranked) {
		own := c.own(s, r.id)
		if own == 0 || own < agreeOwnMin*c.carried(s, r.id) {
			return // a copy carried over the crosswalk: nothing to agree with
		}
		for _, l := range c.t.Links[r.id] {
			for _, f := range from {
				if f.id == l.ID {
					bonus[to] = max(bonus[to], c.own(s, f.id)*l.W)
				}
			}
		}
	}
	for i, r := range rome {
		support(i, r, esco)
	}
	for i, r := range esco {
		support(agreeN+i, r, rome)
	}
	for i, r := range rome {
		s.c[r.id].total += romeAgreeW * bonus[i]
	}
	for i, r := range esco {
		s.c[r.id].total += agreeW * bonus[agreeN+i]
	}
}

// carried is the best score combine can have carried to id over the
// crosswalk: the linked concepts' own scores, times the links' weights.
func (c *Classifier) carried(s *scratch, id int32) float32 {
	var best float32
	for _, l := range c.t.Links[id] {
		best = max(best, c.own(s, l.ID)*l.W*linkW)
	}
	return best
}

// iscoLeadW: how much the best ROME fiche adds to its ISCO groups, times
// its score and its lead over the runner-up. ISCO groups otherwise come
// from the single best voter, often an ESCO occupation reached by an
// accidental label ("DevOps Engineer" → IT project manager, 1330) while
// the fiche (M1827, far ahead) says 2512 or 2522.
const iscoLeadW = 0.5

// romeLead adds to isco the groups of the best ROME fiche, in proportion
// to how far it leads the second: a fiche clearly ahead decides between
// ISCO groups its rivals tie on; a close call adds little.
func (c *Classifier) romeLead(isco, rome []ranked) []ranked {
	if len(rome) == 0 || rome[0].raw <= 0 {
		return isco
	}
	lead := rome[0].raw
	if len(rome) > 1 {
		lead -= rome[1].raw
	}
	for _, g := range c.t.Concepts[rome[0].id].ISCO {
		add := iscoLeadW * lead * g.W
		found := false
		for i := range isco {
			if isco[i].id == g.ID {
				isco[i].raw += add
				found = true
				break
			}
		}
		if !found {
			isco = append(isco, ranked{id: g.ID, raw: add})
		}
	}
	return isco
}

// leaders returns the n best concepts of ROME and of ESCO by their current
// total, best first, from the s.lead lists: one pass over the touched
// concepts per posting, then a re-sort of a few dozen entries. Valid
// because what runs between calls (rerankBySkills, agree) only raises
// concepts already among the n best, so no other concept can enter.
// The lists alias the scratch space: callers must not keep them.
func (c *Classifier) leaders(s *scratch, n int) (rome, esco []ranked) {
	if n > s.leadN {
		return c.topByScheme(s, n)
	}
	if !s.leadOK {
		s.leadRome, s.leadEsco = c.topByScheme(s, s.leadN)
		s.leadOK = true
	}
	for _, list := range [][]ranked{s.leadRome, s.leadEsco} {
		for i := range list {
			list[i].raw = s.c[list[i].id].total
		}
		// Insertion sort: a few dozen entries, nearly in order already.
		for i := 1; i < len(list); i++ {
			for j := i; j > 0 && better(list[j], list[j-1]); j-- {
				list[j], list[j-1] = list[j-1], list[j]
			}
		}
	}
	return s.leadRome[:min(n, len(s.leadRome))], s.leadEsco[:min(n, len(s.leadEsco))]
}

// topByScheme returns the n best concepts of ROME and of ESCO by their
// current total, best first.
func (c *Classifier) topByScheme(s *scratch, n int) (rome, esco []ranked) {
	// pushTop keeps at most n and may hold one more while inserting.
	rome, esco = make([]ranked, 0, n+1), make([]ranked, 0, n+1)
	for _, id := range s.touched {
		v := s.c[id].total
		if v <= 0 {
			continue
		}
		list := &esco
		if c.isROME[id] {
			list = &rome
		}
		if len(*list) == n && v < (*list)[n-1].raw {
			continue // most concepts: no need for their tie-breaker
		}
		*list = pushTop(*list, ranked{id: id, raw: v, tie: c.ownNamed(s, id), apps: s.c[id].apps}, n)
	}
	return rome, esco
}
