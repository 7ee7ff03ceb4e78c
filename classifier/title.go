package classifier

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"marsad/corpus"
	"marsad/corpus/place"
)

// Job-board titles carry noise that no occupation label has: gender
// markers, the city, the country, shift patterns, reference numbers.
// "X cum Y" (Indian and Malaysian English: "Accounts cum Admin
// Executive") joins two posts like a slash.
var (
	genderRe  = regexp.MustCompile(`(?i)[(\[]?\s*\b(?:h\s*/\s*f|f\s*/\s*h|m\s*/\s*f(?:\s*/\s*[dx])?|f\s*/\s*m|h\s*/\s*f\s*/\s*x|e\s*/\s*s|\(e\))\b\s*[)\]]?`)
	parenRe   = regexp.MustCompile(`[(\[]([^()\[\]]*)[)\]]`)
	sepRe     = regexp.MustCompile(`(?i)\s*[-–—]\s+|\s+[|:]\s+|\s*[|•]\s*|,\s+|\s+cum\s+`)
	femInline = regexp.MustCompile(`(?i)\b(\p{L}+)\s*\(\s*(?:e|ne|se|euse|rice|trice|ère)\s*\)`)
)

// places are the words that make a title segment noise when every word of
// the segment is one of them: Moroccan cities, countries, remote work.
var places = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`casablanca casa rabat fès fes fez marrakech marrakesh tanger tangier agadir
		meknès meknes oujda kénitra kenitra tétouan tetouan salé sale témara temara mohammedia jadida el eljadida
		safi nador beni mellal béni laâyoune laayoune settat berrechid khouribga dakhla essaouira taza ifrane
		larache khémisset khemisset guelmim errachidia ouarzazate bouskoura nouaceur sidi maarif ain sebaa
		maroc morocco marocco france paris lyon remote télétravail teletravail hybride hybrid full onsite
		région region grand de du la le et and or ou ville centre nord sud est ouest zone industrielle`) {
		m[w] = true
	}
	return m
}()

// qualifiers are title words that say how senior, how long or under which
// contract, never which occupation: "Senior Java Developer", "Comptable
// confirmé", "Stagiaire PFE en Développement", "Ingénieur CDI",
// "Enseignant contractuel"; the sex asked ("Operator (Male Only)" met
// the male servant); and the board's reference ("Ref: 88 Technicien"
// met "Juge des référés"). Left in, they match labels that happen to
// hold them ("Senior planner", "Junior planner", ESCO's French
// "contractuelle", the traffic warden) and dilute the words that do name
// the occupation.
var qualifiers = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`senior seniors sr junior juniors jr confirmé confirmée confirme confirmee
		expérimenté expérimentée experimente experimentee experienced débutant débutante debutant debutante
		stagiaire stagiaires stage stages intern interns internship trainee pfe alternance alternant alternante
		apprentice apprentices apprenticeship male female
		cdi cdd intérim interim freelance intermediate mid-level entry-level urgent pré-embauche preembauche
		contractuel contractuelle contractuels contractuelles
		n1 n2 n3 h/f f/h m/f vacancy vacancies wanted hiring urgently needed immediate immediately
		rémunéré rémunérée remunere remuneree paid unpaid mois months
		basé basée basés basées basee based
		ref réf reference référence`) {
		m[w] = true
	}
	return m
}()

// boardPhrases mirrors the "offre de stage / d'emploi" and "à pourvoir"
// entries of corpus.DefaultBoilerplate: cleanTitle drops "stage" as a
// qualifier before the analyser could drop the phrase whole. Keep the
// two in step.
var boardPhrases = regexp.MustCompile(`(?i)\boffres? (?:de |d'|d’)?(?:stages?|emplois?)\b|à pourvoir\b`)

// workingTime matches "part time", "full-time", "Part Timer": how long,
// never what. Left in, "Part Time Crew" met the musician ("part" of a
// score) and the motor vehicle parts adviser, "Full time teacher" the
// vocational teacher's "full-time" labels. (French "à mi-temps" and
// "temps plein" were tried too: the one dev posting that has one lost its
// ISCO group, which the leftover words had found by accident.)
var workingTime = regexp.MustCompile(`(?i)\b(?:part|full)[\s-]*time(?:rs?)?\b`)

// jobPhrases are English boards' "Job Vacancy", "Job Hiring": "job"
// left alone met the job coach ("Job Vacancy - Logistics Executive").
var jobPhrases = regexp.MustCompile(`(?i)\bjobs?\s+(?:vacanc(?:y|ies)|hiring|openings?)\b`)

// salesPlace is where English boards' salespeople sell, "Outdoor Sales
// Executive" (on the road) or "Indoor Sales" (at a desk): never what.
// Left in, "outdoor" met the outdoor animator and "indoor" the interior
// landscaper.
var salesPlace = regexp.MustCompile(`(?i)\b(?:(?:out|in)door\s*(?:[&/]|and)?\s*)+(sales)\b`)

// stateDegree is the Moroccan (and Algerian) engineering degree a title
// may name after the engineer: "Ingénieur d'État", Arabic "مهندس دولة".
// It says the level of the diploma, never the field. Left in, a bare
// "Ingénieur d'état" met ROME's "Ingénieur des travaux agricoles de
// l'État", and "مهندس دولة في الهندسة المدنية" the civil engineering
// worker.
var stateDegree = regexp.MustCompile(`(?i)\b(ing[ée]nieure?s?)\s+d['’]\s*[ée]tat\b|(مهندس(?:ة|ون|ين)?)\s+(?:ال)?دولة`)

// cityWords are the words of places that never name an occupation, so
// that they can go from inside a segment too ("TECHNICIEN IT CASABLANCA &
// RABAT"); the generic words of places (centre, nord, grand…) only go
// with a whole segment.
var cityWords = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`casablanca rabat fès fes fez marrakech marrakesh tanger tangier agadir
		meknès meknes oujda kénitra kenitra tétouan tetouan témara temara mohammedia eljadida
		berrechid khouribga dakhla essaouira ifrane larache khémisset khemisset guelmim errachidia
		ouarzazate bouskoura nouaceur laâyoune laayoune benguerir maroc morocco`) {
		m[w] = true
	}
	return m
}()

// cleanTitle removes gender markers, qualifiers, city and country
// segments from a job-board title in language lang. It returns the
// cleaned title and its head: the first segment before a separator,
// which is usually the occupation itself.
//
// In English a parenthesis is a segment of its own, so the words before
// it are the head: English boards put there the place, the contract, the
// language asked or the department ("Sales Executive (Perfumery and
// Fragrance)", "Operator (Gluing Section)", "Junior Technician
// (Central)"), and as part of the head they outweighed the occupation
// (jobbert ISCO-4 +54 titles). French titles put the field there
// ("Commercial IT (SIRH)", "Chargé d'affaires (Entreprises)"), which
// stays in the head: splitting them too lost more than it gained.
func cleanTitle(title string, lang corpus.Lang) (full, head string) {
	// "Retail Assistant @ Queensbay Mall, Penang": what follows "@" is
	// where, or for whom, never what.
	s := title
	if i := strings.Index(s, "@"); i > 0 {
		s = s[:i]
	}
	// The regular expressions run only where their punctuation is: most
	// titles have none, and the matchers were a thirtieth of classify.
	// Each has its own test too: "(H/F)", in most French titles, is
	// neither an inclusive ending nor, once gone, a parenthesis.
	if strings.ContainsAny(s, "/([") {
		if hasInclusiveParen(s) {
			s = femInline.ReplaceAllString(s, "$1")
		}
		if strings.Contains(s, "/") || containsFold(s, "(e)") {
			s = genderRe.ReplaceAllString(s, " ")
		}
		// Parenthesised places and one-letter marks go; other
		// parentheses keep their content (in English as a segment).
		if strings.ContainsAny(s, "([") {
			s = parenRe.ReplaceAllStringFunc(s, func(m string) string {
				inner := strings.Trim(m, "()[] ")
				// One letter is a gender mark ("Infographiste (F)").
				if utf8.RuneCountInString(inner) < 2 || isNoise(inner) || isPlace(inner) {
					return " "
				}
				if lang == corpus.English {
					return " | " + inner + " | "
				}
				return " " + inner + " "
			})
		}
	}
	// The board's "Offre de stage" and "à pourvoir" are boilerplate the
	// analyser drops (corpus.DefaultBoilerplate), but only whole: with
	// "stage" gone as a qualifier, "Offre de stage - Conseiller" became
	// "Offre de Conseiller" and met "conseiller offre de services". Like
	// the other expressions, it runs only where its words are.
	if containsFold(s, "offre") || containsFold(s, "pourvoir") {
		s = boardPhrases.ReplaceAllString(s, " - ")
	}
	if containsFold(s, "time") {
		s = workingTime.ReplaceAllString(s, " ")
	}
	if containsFold(s, "job") {
		s = jobPhrases.ReplaceAllString(s, " ")
	}
	if containsFold(s, "tat") || strings.Contains(s, "دولة") {
		s = stateDegree.ReplaceAllString(s, "$1$2")
	}
	if containsFold(s, "door") {
		s = salesPlace.ReplaceAllString(s, "$1")
	}
	segs := []string{s}
	if strings.ContainsAny(s, "-–—|:•,") || containsFold(s, "cum") {
		segs = sepRe.Split(s, -1)
	}
	// A segment of qualifiers only ("Stagiaire - Secteur de ventes")
	// goes like the others, unless it is all the title has.
	var kept, bare []string
	for i, seg := range segs {
		seg = strings.TrimFunc(seg, isSepRune)
		if seg == "" || isNoise(seg) || i > 0 && isPlace(seg) {
			continue
		}
		if w := dropWords(seg); w != "" {
			kept = append(kept, w)
		} else {
			bare = append(bare, seg)
		}
	}
	if len(kept) == 0 {
		kept = bare
	}
	if len(kept) == 0 {
		return strings.TrimSpace(title), strings.TrimSpace(title)
	}
	return strings.Join(kept, " "), kept[0]
}

// inclusiveEndings are the feminine endings femInline puts back on their
// word: "Vendeur(se)", "Comptable (e)".
var inclusiveEndings = [...]string{"e", "ne", "se", "euse", "rice", "trice", "ère"}

// hasInclusiveParen reports whether s may hold what femInline matches: a
// parenthesis holding only an inclusive ending. It is a quick test
// before the expression, never stricter than it.
func hasInclusiveParen(s string) bool {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return false
		}
		s = s[i+1:]
		j := strings.IndexByte(s, ')')
		if j < 0 {
			return false
		}
		inner := strings.TrimSpace(s[:j])
		for _, e := range inclusiveEndings {
			if strings.EqualFold(inner, e) {
				return true
			}
		}
	}
}

// isSepRune reports the runes a segment is trimmed of: spaces, and the
// separators left when a board phrase was cut out ("OFFRE D'EMPLOI :").
func isSepRune(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(":|•,-–—", r) }

// isPlace reports whether a short segment names a place ("Sala al
// Jadida", "Casablanca et périphérie", "Paris"); corpus/place knows far
// more places than the word list above. A long segment may mention a
// place and still name the job.
func isPlace(seg string) bool {
	if len(strings.Fields(seg)) > 4 {
		return false
	}
	return place.Resolve(seg).Kind != place.Unknown
}

// wordPunct is what a title word is trimmed of before it is looked up.
const wordPunct = ".,;:!?-–—&'\"()[]/"

// isQualifier reports whether a lower-cased title word says nothing of
// the occupation: a qualifier or a city.
func isQualifier(lw string) bool { return qualifiers[lw] || cityWords[lw] }

// titleWord is a title word as qualifiers are listed: lower case, without
// the punctuation around it or an inclusive-writing ending
// ("Confirmé(e)," → "confirmé"). The ending is cut before the last
// parenthesis or dot is trimmed, which would leave "confirmé(e".
func titleWord(w string) string {
	w = strings.TrimRight(w, ",;:!?\"'[]/")
	return strings.ToLower(strings.Trim(corpus.CutInclusive(w), wordPunct))
}

// dropWords removes qualifiers and city names from a segment; "" when
// nothing is left.
func dropWords(seg string) string {
	words := strings.Fields(seg)
	kept := words[:0:0]
	for _, w := range words {
		lw := titleWord(w)
		if lw == "" && strings.Trim(w, "&") == "" || isQualifier(lw) {
			continue
		}
		if strings.Contains(lw, "-") {
			if w = dropParts(w); w == "" {
				continue // "Stagiaire-Casablanca", "Senior-Junior"
			}
		}
		kept = append(kept, w)
	}
	return strings.Join(kept, " ")
}

// dropParts removes the qualifier and city parts of a hyphenated word
// ("engineer-Internship" → "engineer"); "" when nothing is left.
func dropParts(w string) string {
	parts := strings.Split(w, "-")
	kept := parts[:0:0]
	for _, p := range parts {
		if !isQualifier(titleWord(p)) {
			kept = append(kept, p)
		}
	}
	if len(kept) == len(parts) {
		return w
	}
	return strings.Join(kept, "-")
}

// isNoise reports whether every word of s is a place or a number.
func isNoise(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) == 0 {
		return true
	}
	for _, w := range words {
		if !places[w] && !isNumber(w) {
			return false
		}
	}
	return true
}

// containsFold reports whether sub, ASCII, is in s in any letter case.
func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
