package corpus

import "strings"

// This file holds the stop-word stage. The lists are compact, written as
// in text, and folded once at start-up, so they compare with folded
// tokens ("été" is stored as "ete", "إلى" as "الي").
//
// Words that carry meaning in job ads are deliberately missing: English
// "it" (IT support), "us"; French "poste", "stage"; single letters that
// name languages ("c", "r") are not stop words either.
//
// The English list holds the French articles of English labels ("chef
// de partie", "chef de rang"): French titles are also queried in
// English, and their "de" met such labels alone ("Stage de 6 mois").

var stopFrench = foldSet(`
a à au aux avec ce ceci cela ces cet cette chez comme dans de des du donc dont elle elles en entre est et être etc
été eu il ils je la le les leur leurs lui ma mais me même mes moi mon ne ni nos notre nous on ont ou où par pas
pour qu que qui quoi sa sans se ses si son sont sur ta te tes toi ton tu un une vos votre vous y afin ainsi alors
aussi car ceux celle celles celui lors selon sous vers via très plus tout tous toute toutes avoir sera seront
serez soit sera ayant étant fait faire peut peuvent doit doivent d l qu j m n s t c
`)

var stopEnglish = foldSet(`
a an and are as at be but by for if in into is no not of on or such that the their then there these they this
to was will with we you our your i he she his her its from have has had been were which who whom what when
where how all any can do does also etc would should could may might must shall am being both each few more most
other some than too very so s t just about above after again against before below between during through under
until up down out off over own same only further here why once my me him them themselves ourselves yours
de du des la le les et
`)

var stopArabic = foldSet(`
في من على إلى الى عن مع أو او و ثم هذا هذه ذلك تلك هؤلاء التي الذي الذين اللذين اللتين اللواتي كل أن ان إن
كان كانت يكون تكون لا ما لم لن قد هو هي هم هن نحن أنت انت أنتم انا أنا بين حتى عند بعد قبل أي اي غير ب ل ك ف يا
إذا اذا لكن لقد وفي ومن وعلى وإلى وعن ومع كما أيضا ايضا حيث منذ خلال ضمن لدى لدي لدينا له لها لهم به بها بهم
فيه فيها منه منها عليه عليها إليه اليه ذات ذو ذوي
`)

// contentHere reports whether the stop word items[pos] of text is, here,
// the French content word it is also spelled as, and so stays a term: a
// label keeps the word that names it.
//
//   - "son" is "his" in "son équipe" but "sound" in "Ingénieur du son" and
//     "Technicien son et lumière"; "car" is "because", and "coach" in
//     "Conducteur de car"; "été" is "been", and "summer" in "saison
//     d'été". Each is the noun after an article or a preposition that
//     takes one. The possessive "son" always has its noun next, after a
//     space, so "son" and "car" are also nouns when no word follows, or
//     only after punctuation or boilerplate ("Technicien son-vidéo",
//     "Monteur son H/F"; an ellipsis is a teaser cut short: "assurer
//     son..."), and "son" before a function word ("le
//     matériel son du studio"; not "son SI", the acronym) or before "et"
//     or "ou" unless a possessive follows ("son et lumière", but "son ou
//     sa futur(e)", "son/sa").
//   - "sous" joined by a hyphen is a prefix, not the preposition:
//     "sous-chef", "sous-officier", "sous-traitance".
func contentHere(text string, items []item, pos int) bool {
	it := &items[pos]
	var before []string
	switch it.norm {
	case "son":
		next, spaced := nextWord(text, items, pos)
		switch {
		case next < 0:
			return !cutShort(text[it.end:])
		case items[next].norm == "sa" || items[next].norm == "ses": // "son/sa futur(e)"
			return false
		case !spaced: // "son-vidéo", "son / lumière"
			return !cutShort(text[it.end:items[next].start])
		case items[next].norm == "et" || items[next].norm == "ou":
			after, _ := nextWord(text, items, next)
			return after < 0 || items[after].norm != "sa" && items[after].norm != "ses" && items[after].norm != "son"
		case items[next].stop && items[next].norm != "si": // "son du studio"; "son SI" is the acronym
			return true
		}
		before = []string{"du", "le", "au", "un", "ce"}
	case "car":
		if next, spaced := nextWord(text, items, pos); next < 0 || !spaced {
			return true
		}
		before = []string{"de", "du", "le", "au", "un", "ce", "en"}
	case "ete":
		before = []string{"l", "d", "cet", "en"}
	case "sous":
		next, _ := nextWord(text, items, pos)
		return next >= 0 && text[it.end:items[next].start] == "-"
	default:
		return false
	}
	var prev string
	switch {
	case it.elided != 0: // "l'été": the tokenizer dropped the article
		prev = string(rune(it.elided))
	case pos > 0 && items[pos-1].kind == spanWord:
		prev = items[pos-1].norm
	}
	for _, b := range before {
		if prev == b {
			return true
		}
	}
	return false
}

// cutShort reports whether s, what follows a word, opens with an
// ellipsis: board teasers end mid-sentence ("et assurer son..."), and a
// possessive cut from its noun is still a possessive.
func cutShort(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasPrefix(s, "..") || strings.HasPrefix(s, "…")
}

// nextWord returns the index of the first word after items[pos] that
// boilerplate removal kept, or -1 when the text ends or something other
// than a word (a URL, an address) comes first; spaced reports whether
// only white space lies between the two.
func nextWord(text string, items []item, pos int) (next int, spaced bool) {
	for i := pos + 1; i < len(items); i++ {
		if items[i].removed {
			continue
		}
		if items[i].kind != spanWord {
			return -1, false
		}
		return i, strings.TrimSpace(text[items[pos].end:items[i].start]) == ""
	}
	return -1, false
}

// foldSet folds the space-separated words of list into a set.
func foldSet(list string) map[string]struct{} {
	words := strings.Fields(list)
	set := make(map[string]struct{}, len(words))
	for _, w := range words {
		set[Fold(w)] = struct{}{}
	}
	return set
}

// stopSet is a set of folded stop words.
type stopSet []map[string]struct{}

func (s stopSet) has(w string) bool {
	for _, m := range s {
		if _, ok := m[w]; ok {
			return true
		}
	}
	return false
}
