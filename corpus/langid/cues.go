package langid

import "strings"

// Job titles are too short for n-gram models: "Accountant", "Chef de
// projet", "SENIOR SITE SUPERVISOR" give lingua a handful of trigrams, and
// it guesses. The words below are what a recruiter reading the title would
// go by. Each carries a weight in log-odds, positive for English, negative
// for French; words spelt the same in both languages ("marketing",
// "consultant", "assistant") are absent on purpose. Words are matched
// lower-cased and with French accents folded, so "ingénieur" and
// "INGENIEUR" both count.
var titleCues = map[string]float64{
	// English job-title words.
	"engineer": 2.5, "engineers": 2.5, "engineering": 2, "developer": 2.5, "developers": 2.5,
	"manager": 1, "managers": 1, "management": 1, "senior": 0.7, "sales": 2.5, "salesman": 2.5,
	"officer": 2.5, "specialist": 2.5, "executive": 2, "representative": 2.5, "associate": 1.5,
	"worker": 2.5, "workers": 2.5, "teacher": 2.5, "nurse": 2.5, "driver": 2.5, "clerk": 2.5,
	"cleaner": 2.5, "cleaning": 2, "supervisor": 2.5, "lecturer": 2.5, "accountant": 2.5, "accounting": 2.5,
	"accounts": 2, "account": 1, "staff": 1.5, "intern": 1.5, "internship": 2.5, "customer": 2.5,
	"head": 1.5, "lead": 1, "team": 1.5, "software": 1, "analyst": 2.5, "administrator": 2.5,
	"coordinator": 2.5, "director": 2.5, "technician": 2.5, "operator": 2.5, "writer": 2.5,
	"trainer": 1, "helper": 2.5, "handyman": 2.5, "storekeeper": 2.5, "cashier": 2.5, "waiter": 2.5,
	"waitress": 2.5, "cook": 2.5, "receptionist": 2.5, "secretary": 2.5, "housekeeping": 2.5,
	"housekeeper": 2.5, "guard": 2.5, "technical": 2.5, "development": 1.5, "graduate": 2.5,
	"trainee": 2.5, "apprentice": 1.5, "programmer": 2.5, "planner": 2.5, "buyer": 2.5,
	"purchasing": 2.5, "procurement": 2.5, "quality": 2.5, "safety": 2.5, "health": 2.5,
	"warehouse": 2.5, "mechanic": 2.5, "mechanical": 2.5, "electrical": 2.5, "electrician": 2.5,
	"project": 2, "product": 1.5, "general": 0.5, "hiring": 2.5, "required": 2, "needed": 2,
	"job": 1, "store": 1, "assistance": 0, "advisor": 2.5, "adviser": 2.5, "inspector": 2.5,
	"surveyor": 2.5, "estimator": 2.5, "builder": 2.5, "painter": 2.5, "welder": 2.5, "plumber": 2.5,
	"carpenter": 2.5, "labourer": 2.5, "laborer": 2.5, "security": 1.5, "marketer": 2.5, "leader": 0.5,
	"business": 0.7, "human": 1.5, "resources": 1, "services": 0.5, "care": 1.5, "childcare": 2.5,
	"finance": 0.5, "financial": 2.5, "admin": 0.7, "chief": 2, "deputy": 2.5,
	"designer": 0.7, "scientist": 2.5, "researcher": 2.5, "research": 2, "manufacturing": 2.5,
	"maintainance": 1.5, "property": 2.5, "real": 1, "estate": 2, "legal": 2, "counsel": 2.5,
	"tutor": 2.5, "nanny": 2.5, "kitchen": 2.5, "helpdesk": 1, "desk": 2, "front": 1.5, "back": 1.5,
	"end": 1, "full": 1, "stack": 1, "time": 1, "part": 1, "fresh": 2, "experienced": 2,
	"office": 1.5, "operations": 1.5, "officers": 2.5, "executives": 2, "assistants": 1, "recruiter": 2.5,
	"sourcing": 1, "payroll": 2.5, "auditor": 2.5, "audit": 0, "tax": 2.5, "credit": 0, "banking": 2,
	"insurance": 1, "agency": 2, "manpower": 2.5, "site": 0, "driving": 2.5, "delivery": 2, "rider": 2.5,
	// English function words: rare in French titles.
	"and": 2.5, "of": 2, "for": 2.5, "with": 2.5, "the": 2.5, "in": 1.5, "to": 2, "at": 1.5, "cum": 1,

	// French job-title words.
	"responsable": -3, "technicien": -3, "technicienne": -3, "techniciens": -3, "ingenieur": -3,
	"ingenieurs": -3, "directeur": -3, "directrice": -3, "commerciale": -2.5, "representant": -3, "representante": -3, "commerciaux": -3,
	"chef": -1, "assistante": -2.5, "stagiaire": -3, "stage": -1.5, "alternance": -3, "alternant": -3,
	"alternante": -3, "conseiller": -3, "conseillere": -3, "comptable": -3, "developpeur": -3,
	"developpeuse": -3, "gestionnaire": -3, "operateur": -3, "operatrice": -3, "ouvrier": -3,
	"ouvriere": -3, "ouvriers": -3, "vendeur": -3, "vendeuse": -3, "caissier": -3, "caissiere": -3,
	"serveur": -3, "serveuse": -3, "cuisinier": -3, "cuisiniere": -3, "livreur": -3, "magasinier": -3,
	"electricien": -3, "mecanicien": -3, "infirmier": -3, "infirmiere": -3, "aide": -1.5,
	"animateur": -3, "animatrice": -3, "formateur": -3, "formatrice": -3, "coordinateur": -3,
	"coordonnateur": -3, "coordinatrice": -3, "juriste": -3, "avocat": -3, "consultante": -2.5,
	"analyste": -3, "architecte": -3, "auditeur": -3, "controleur": -3, "acheteur": -3,
	"acheteuse": -3, "charge": -1.5, "chargee": -3, "adjoint": -2.5, "adjointe": -2.5,
	"securite": -3, "qualite": -3, "ventes": -2.5, "vente": -2.5, "gestion": -3, "clientele": -3,
	"projet": -3, "projets": -3, "reseau": -3, "reseaux": -3, "systeme": -3, "systemes": -3,
	"informatique": -3, "donnees": -3, "metier": -3, "metiers": -3, "poste": -1.5, "recrutement": -2,
	"cherche": -3, "cherchons": -3, "recherche": -3, "recrute": -3, "offre": -2, "emploi": -3,
	"temps": -2, "plein": -3, "partiel": -3, "confirme": -3, "confirmee": -3, "experimente": -3,
	"experimentee": -3, "debutant": -3, "logistique": -3, "achats": -3, "comptabilite": -3,
	"humaines": -3, "ressources": -1, "cdi": -3, "cdd": -3, "interim": -1, "equipe": -3,
	"agent": -0.5, "employe": -3, "employee": 0, "ingenierie": -3, "etudes": -3, "travaux": -3,
	"chantier": -3, "conducteur": -3, "dessinateur": -3, "infographiste": -3, "secretaire": -3,
	"standardiste": -3, "hotesse": -3, "menuisier": -3, "plombier": -3, "soudeur": -3, "macon": -3,
	"peintre": -3, "jardinier": -3, "agence": -3, "administratif": -3,
	// Trades lingua reads as English surnames when they stand alone.
	"boulanger": -3, "boulangere": -3, "boucher": -3, "bouchere": -3, "patissier": -3, "patissiere": -3,
	"administration": 0, "medecin": -3, "pharmacien": -3, "professeur": -3, "enseignant": -3, "educateur": -3,
	"nettoyage": -3, "entretien": -3, "cablage": -3, "surveillance": -0.5, "camera": 0, "cameras": 0,
	"graphique": -3, "pfe": -3, "btp": -3, "sav": -3,
	// French function words: rare in English titles.
	"de": -2.5, "du": -2.5, "des": -2.5, "la": -1.5, "le": -2, "les": -2.5, "et": -2.5, "en": -2,
	"au": -2, "à": -3, "aux": -2.5, "pour": -3, "d": -1.5, "l": -1.5, "a": 0, "avec": -3, "une": -3, "un": -3,
	"sur": -2.5, "dans": -3, "chez": -3, "ou": -1,
	// Pronouns and verbs of job-ad prose.
	"nous": -3, "vous": -3, "votre": -3, "vos": -3, "notre": -3, "nos": -3, "est": -2.5, "sont": -3,
	"qui": -3, "que": -2.5, "il": -1.5, "elle": -2, "ce": -2, "cette": -3, "par": -2, "ses": -2.5,
	"we": 3, "you": 3, "your": 3, "our": 3, "will": 2.5, "is": 2.5, "are": 3, "be": 2.5, "this": 2.5,
	"looking": 2.5, "who": 2.5, "an": 1.5, "as": 1, "on": 1, "from": 2.5, "have": 2.5, "role": 1.5,
}

// accentCue is the weight of a Latin word with a French diacritic: English
// titles almost never have one.
const accentCue = -2

// genderMarkCue is the weight of "H/F" or "F/H" in a title.
// It is decisive on purpose: French postings for data and IT jobs are
// commonly titled in English ("Data Engineer (H/F)"), and the mark tells
// the audience is French-speaking.
const genderMarkCue = -6

// cueScore sums the cue weights of a field's words, each distinct word
// counted once, and reports how many words were cues at all.
func cueScore(words []string) (score float64, hits int) {
	for i, w := range words {
		dup := false
		for _, p := range words[:i] {
			if p == w {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		folded, accented := foldFrench(w)
		if c, ok := titleCues[w]; ok { // "à" is not "a"
			score += c
			hits++
		} else if c, ok := titleCues[folded]; ok {
			score += c
			hits++
		} else if accented {
			score += accentCue
			hits++
		} else if c := suffixCue(folded); c != 0 {
			score += c
			hits++
		}
	}
	// "H/F", "F/H": the gender mark that French law requires in job ads.
	for i := 1; i < len(words); i++ {
		if a, b := words[i-1], words[i]; a == "h" && b == "f" || a == "f" && b == "h" {
			score += genderMarkCue
			hits++
			break
		}
	}
	return score, hits
}

// foldFrench removes French diacritics from a lower-case word, reporting
// whether there were any. It allocates only when there were.
func foldFrench(w string) (string, bool) {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return w, false
	}
	b := make([]rune, 0, len(w))
	accented := false
	for _, r := range w {
		switch r {
		case 'à', 'â', 'ä':
			r, accented = 'a', true
		case 'é', 'è', 'ê', 'ë':
			r, accented = 'e', true
		case 'î', 'ï':
			r, accented = 'i', true
		case 'ô', 'ö':
			r, accented = 'o', true
		case 'ù', 'û', 'ü':
			r, accented = 'u', true
		case 'ç':
			r, accented = 'c', true
		case 'œ':
			b = append(b, 'o')
			r, accented = 'e', true
		}
		b = append(b, r)
	}
	return string(b), accented
}

// suffixCues are word endings that differ between English and French
// forms of the same job word: "technician"/"technicien",
// "florist"/"fleuriste", "operator"/"opérateur", "cameraman".
var suffixCues = [...]struct {
	suffix string
	weight float64
}{
	{"ist", 1.5}, {"ian", 1.5}, {"man", 1.5}, {"men", 1.5}, {"or", 1}, {"ing", 1}, {"er", 0.5}, {"ry", 0.7}, {"ty", 0.7},
	{"iste", -1.5}, {"ien", -1.5}, {"ienne", -2}, {"eur", -1.5}, {"euse", -2}, {"rice", -2}, {"ique", -1.5}, {"aire", -1.5},
	{"ier", -1}, {"iere", -2}, {"ie", -0.5},
}

// suffixCue returns the weight of the first matching ending of a word of
// five letters or more (shorter words are too often abbreviations).
func suffixCue(w string) float64 {
	if len(w) < 5 {
		return 0
	}
	best, bestLen := 0.0, 0
	for _, s := range suffixCues {
		if len(s.suffix) > bestLen && strings.HasSuffix(w, s.suffix) {
			best, bestLen = s.weight, len(s.suffix)
		}
	}
	return best
}
