package classifier

import "marsad/corpus"

// A label that names a managerial level ("marketing manager", "directeur
// commercial", "مدير مبيعات") is a poor answer to a title that names no
// level ("Marketing", "Marketing trainee", "Sales Executive"): among the
// 12,793 English dev titles without a managerial word, 3.6 % are coded
// as managers, but the title matcher answered a manager for 13 % of them
// (mostly wrongly), because a short managerial label shares the title's
// only content word with fewer extra words than its staff-level
// neighbours. Such labels keep levelW of their similarity (0.5 and 0.3
// change nothing more). Dev effect, jobbert ESCO top-1: label words 26.7
// → 27.4 %, labels of managerial occupations too → +0.5 point; Moroccan
// postings ROME top-1 +3 points; French and Arabic sets unchanged.
const levelW = 0.7

// managerialWords name a managerial level, per label language, before
// analysis: New analyses them with the same analysers as labels and
// titles, so that they meet in the same stemmed form.
var managerialWords = map[corpus.Lang]string{
	corpus.English: `manager managers director directors head chief ceo cfo cto coo cio president
		vice-president vp gm mgr superintendent supervisor supervisors`,
	corpus.French: `manager directeur directrice responsable chef cheffe gérant gérante dirigeant
		dirigeante président présidente`,
	corpus.Arabic: `مدير مديرة رئيس رئيسة`,
}

// titleLevelWords also make a title managerial, though no label is
// penalised for holding them: "Team Lead", "Credit Controller".
var titleLevelWords = map[corpus.Lang]string{
	corpus.English: `lead leader controller officer foreman forewoman`,
	corpus.French:  `superviseur superviseuse encadrant encadrante`,
	corpus.Arabic:  `مشرف مشرفة`,
}

// levels holds the analysed managerial terms of each language and, for
// every label, whether it names a managerial level.
type levels struct {
	label map[corpus.Lang]map[string]bool // terms that make a label managerial
	title map[corpus.Lang]map[string]bool // terms that make a title managerial
	rank  map[corpus.Lang]map[string]bool // rank words, weighed rankW in titles
	mgr   []bool                          // per label
	// concept: per concept, whether its own name is managerial
	concept []bool
}

func newLevels(t *Tables, as *corpus.Analyzers) levels {
	lv := levels{label: analysedSets(as, managerialWords), rank: analysedSets(as, rankWordList),
		title: analysedSets(as, managerialWords, titleLevelWords)}
	// An occupation whose own name is managerial makes all its labels so:
	// ESCO files "marketing executive" and "sales executive" under the
	// marketing and sales managers.
	concept := make([]bool, len(t.Concepts))
	for i := range t.Concepts {
		ci := &t.Concepts[i]
		l := corpus.English
		if ci.Scheme == ROME {
			l = corpus.French
		}
		concept[i] = hasTerm(as.For(l).Terms(ci.Label[l]), lv.label[l])
	}
	lv.concept = concept
	lv.mgr = make([]bool, len(t.Labels))
	for i := range t.Labels {
		L := &t.Labels[i]
		lv.mgr[i] = hasTerm(L.Terms, lv.label[L.Lang]) || len(L.Targets) > 0 && concept[L.Targets[0].ID]
	}
	return lv
}

// titleManagerial reports whether title terms of language l name a level.
func (lv *levels) titleManagerial(terms []string, l corpus.Lang) bool {
	return hasTerm(terms, lv.title[l])
}

func hasTerm(terms []string, set map[string]bool) bool {
	for _, t := range terms {
		if set[t] {
			return true
		}
	}
	return false
}

// Rank words: job-board titles use them for almost any post ("Marketing
// Executive", "Retail Associate", "Admin Staff"), labels seldom, so a
// label's IDF makes them look telling when they say little ("Costing
// Executive" met "executive assistant"). In a title they weigh rankW of
// their label IDF. Dev effect: jobbert ISCO-4 38.2 → 38.6 %, Moroccan
// postings ROME top-1 +1 posting. "crew", "team" and "member" were tried
// too and lost: "service crew" does name an occupation. "admin" joined
// in the eleventh round: in "Account & Admin Assistant" or "Sales and
// Admin Assistant" the other field is what boards code (jobbert +57).
const rankW = 0.3

var rankWordList = map[corpus.Lang]string{
	corpus.English: `executive executives exec associate associates staff personnel specialist specialists admin`,
	corpus.French:  `spécialiste spécialistes adjoint adjointe adjoints`,
}

// analysedSets analyses word lists per language, as labels and titles
// are, into one set of terms per language.
func analysedSets(as *corpus.Analyzers, lists ...map[corpus.Lang]string) map[corpus.Lang]map[string]bool {
	m := make(map[corpus.Lang]map[string]bool)
	for _, list := range lists {
		for l, words := range list {
			if m[l] == nil {
				m[l] = make(map[string]bool)
			}
			for _, t := range as.For(l).Terms(words) {
				m[l][t] = true
			}
		}
	}
	return m
}
