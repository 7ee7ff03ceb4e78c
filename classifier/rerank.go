package classifier

import "marsad/classifier/skills"

// Skill evidence re-ranks the best candidates: the skills a posting
// names (Python, soins infirmiers, comptabilité fournisseurs) are those
// its occupation needs, so among the rerankN best ESCO occupations and
// ROME fiches, each gains skillW times how well the skills found fit it
// (skills.OccupationEvidence: essential and optional links, weighted by
// how specific each skill is; ROME fiches read it through the crosswalk).
// It reorders candidates the title proposed; it never brings in a new
// one, since a few generic skills fit hundreds of occupations. It is used
// on bare titles only: with a description, the TF-IDF cosine already
// reads the same words, and adding the skills as well made fr-ft-offers
// and ma-postings worse (skillW 0.15–0.6), while bare jobbert titles
// gained (+0.4 point ISCO-4 at 0.3).
const (
	rerankN = 10
	skillW  = 0.3
)

func (c *Classifier) rerankBySkills(s *scratch, ms []skills.Match) {
	if len(ms) == 0 || s.hasDesc {
		return
	}
	ev := c.skills.OccupationEvidence(ms)
	if len(ev) == 0 {
		return
	}
	rome, esco := c.leaders(s, rerankN)
	for _, r := range esco {
		s.c[r.id].total += skillW * float32(ev[c.t.Concepts[r.id].Code])
	}
	for _, r := range rome {
		var best float32
		for _, l := range c.t.Links[r.id] {
			if v := float32(ev[c.t.Concepts[l.ID].Code]) * l.W; v > best {
				best = v
			}
		}
		s.c[r.id].total += skillW * best
	}
}
