package corpus

// This file holds the boilerplate stage: phrases that job boards add to
// almost every ad and that say nothing about the occupation. They are
// matched as sequences of folded, unstemmed words (stop words included),
// so "recrute" is boilerplate while "recrutement" ("chargé de
// recrutement" is an occupation) is not, although both stem alike.
//
// Not boilerplate, on purpose: "stage"/"stagiaire"/"internship" (an
// internship is a kind of job and a classifier feature; the board's
// "offre de stage", like "offre d'emploi", is boilerplate), contract words
// other than CDI/CDD ("intérim", "freelance"), and city names.

// DefaultBoilerplate is the boilerplate list used when Config.Boilerplate
// is nil. Entries are written as in text and analysed like it.
var DefaultBoilerplate = []string{
	"H/F", "F/H", "H/F/X", "F/H/X", "M/F", "M/W", "H/F/D",
	"CDI", "CDD",
	"urgent", "urgente", "très urgent",
	"recrute", "recrutons", "nous recrutons", "on recrute", "nous recherchons", "recherche urgente",
	"cherche", "cherchons", "nous cherchons", "on cherche",
	"offre d'emploi", "offres d'emploi", "offre d'emplois", "offre emploi", "offre de stage", "offres de stage", "offre stage",
	"poste à pourvoir", "postes à pourvoir", "à pourvoir",
	// What an ad is, not what the job is: "Candidature spontanée" was an
	// admissions officer, "Job étudiant" the student aid coordinator,
	// "Offre no 12" a public employment adviser ("conseiller offre de
	// services").
	"candidature spontanée", "candidatures spontanées", "spontaneous application", "open application",
	"job étudiant", "jobs étudiants", "job d'été", "jobs d'été", "student job", "student jobs",
	"offre n°", "offre no", "offre numéro", "annonce n°", "annonce no", "annonce numéro",
	"hiring", "we are hiring", "we're hiring", "now hiring", "urgently hiring",
	"نبحث عن", "مطلوب", "مطلوبة", "مطلوبين", "وظيفة شاغرة", "فرصة عمل",
}

// phraseSet matches phrases of folded words. first maps a phrase's first
// word to the phrases starting with it, longest first.
type phraseSet struct {
	first map[string][][]string
}

func (p *phraseSet) add(words []string) {
	if len(words) == 0 {
		return
	}
	if p.first == nil {
		p.first = make(map[string][][]string)
	}
	list := append(p.first[words[0]], words)
	for i := len(list) - 1; i > 0 && len(list[i]) > len(list[i-1]); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	p.first[words[0]] = list
}

// match returns the length, in items, of the longest phrase starting at
// items[i], or 0. Only word items take part in phrases.
func (p *phraseSet) match(items []item, i int) int {
	cands := p.first[items[i].norm]
outer:
	for _, words := range cands {
		if i+len(words) > len(items) {
			continue
		}
		for k, w := range words {
			if it := &items[i+k]; it.kind != spanWord || it.norm != w {
				continue outer
			}
		}
		return len(words)
	}
	return 0
}
