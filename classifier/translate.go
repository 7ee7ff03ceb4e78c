package classifier

import (
	"slices"
	"strings"
)

// ROME has French labels only, and its new fiches (M1827 DevOps, M1811
// data engineer, M1889 AI engineer…) have no crosswalk link to ESCO's
// English labels: an English title ("Python Developer", "Data Engineer")
// reaches them only through French words. enFr turns the common words
// of English job titles into the French words ROME labels use, so that
// an English title also queries the French labels, as extra evidence at
// a lower weight (enFrTransW). Words it does not know are kept: tool and
// technology names (Python, DevOps, Java, SAP) are the same in both
// languages. Several French words for one English word are all queried;
// the label overlap keeps the labels that share most.
var enFr = map[string]string{
	// Heads: who does the job.
	"developer":      "développeur",
	"programmer":     "développeur programmeur",
	"engineer":       "ingénieur",
	"engineering":    "ingénierie",
	"manager":        "responsable manager",
	"management":     "gestion management",
	"head":           "responsable chef",
	"director":       "directeur",
	"chief":          "directeur chef",
	"lead":           "lead chef responsable",
	"leader":         "chef responsable",
	"supervisor":     "superviseur chef",
	"coordinator":    "coordinateur",
	"officer":        "chargé",
	"executive":      "chargé",
	"specialist":     "spécialiste chargé",
	"expert":         "expert",
	"consultant":     "consultant",
	"advisor":        "conseiller",
	"adviser":        "conseiller",
	"analyst":        "analyste",
	"architect":      "architecte",
	"administrator":  "administrateur",
	"admin":          "administrateur",
	"technician":     "technicien",
	"assistant":      "assistant",
	"associate":      "chargé",
	"agent":          "agent",
	"representative": "conseiller représentant",
	"clerk":          "employé agent",
	"accountant":     "comptable",
	"accounting":     "comptabilité",
	"auditor":        "auditeur",
	"controller":     "contrôleur",
	"buyer":          "acheteur",
	"purchasing":     "achats",
	"procurement":    "achats approvisionnement",
	"planner":        "planificateur",
	"designer":       "designer concepteur",
	"scientist":      "scientifique",
	"researcher":     "chercheur",
	"teacher":        "enseignant professeur",
	"trainer":        "formateur",
	"tutor":          "formateur",
	"recruiter":      "recruteur chargé recrutement",
	"operator":       "opérateur",
	"worker":         "ouvrier agent",
	"mechanic":       "mécanicien",
	"electrician":    "électricien",
	"plumber":        "plombier",
	"welder":         "soudeur",
	"carpenter":      "menuisier",
	"painter":        "peintre",
	"driver":         "chauffeur conducteur",
	"cook":           "cuisinier",
	"chef":           "chef cuisinier",
	"waiter":         "serveur",
	"waitress":       "serveur",
	"cashier":        "caissier",
	"receptionist":   "réceptionniste",
	"nurse":          "infirmier",
	"doctor":         "médecin",
	"physician":      "médecin",
	"pharmacist":     "pharmacien",
	"lawyer":         "avocat juriste",
	"legal":          "juridique juriste",
	"secretary":      "secrétaire",
	"translator":     "traducteur",
	"writer":         "rédacteur",
	"editor":         "rédacteur",
	"guard":          "agent",
	"cleaner":        "agent nettoyage",
	"storekeeper":    "magasinier",
	"warehouse":      "entrepôt magasinier",
	"intern":         "stagiaire",
	"tester":         "testeur",
	"owner":          "owner",
	"steward":        "steward",
	"housekeeper":    "gouvernante",
	// Fields: what the job is about.
	"software":       "logiciel",
	"web":            "web",
	"mobile":         "mobile",
	"data":           "données data",
	"database":       "base données",
	"network":        "réseau",
	"networks":       "réseaux",
	"system":         "système",
	"systems":        "systèmes",
	"security":       "sécurité",
	"cybersecurity":  "cybersécurité",
	"cloud":          "cloud",
	"infrastructure": "infrastructure",
	"support":        "support assistance",
	"helpdesk":       "support assistance",
	"desk":           "",
	"test":           "test",
	"testing":        "test",
	"quality":        "qualité",
	"project":        "projet",
	"product":        "produit",
	"business":       "affaires",
	"sales":          "commercial vente",
	"sale":           "vente",
	"marketing":      "marketing",
	"digital":        "digital numérique",
	"communication":  "communication",
	"customer":       "client",
	"client":         "client",
	"service":        "service",
	"services":       "services",
	"care":           "relation",
	"call":           "appels",
	"center":         "centre",
	"centre":         "centre",
	"finance":        "finance",
	"financial":      "financier",
	"account":        "clientèle compte",
	"credit":         "crédit",
	"risk":           "risques",
	"audit":          "audit",
	"tax":            "fiscal",
	"payroll":        "paie",
	"human":          "humaines",
	"resources":      "ressources",
	"talent":         "talents",
	"recruitment":    "recrutement",
	"training":       "formation",
	"supply":         "approvisionnement",
	"chain":          "logistique",
	"logistics":      "logistique",
	"transport":      "transport",
	"maintenance":    "maintenance",
	"production":     "production",
	"manufacturing":  "production fabrication",
	"process":        "procédés",
	"industrial":     "industriel",
	"mechanical":     "mécanique",
	"electrical":     "électricité électrique",
	"civil":          "génie civil",
	"construction":   "construction bâtiment",
	"site":           "chantier",
	"health":         "santé",
	"safety":         "sécurité",
	"environment":    "environnement",
	"energy":         "énergie",
	"research":       "recherche",
	"development":    "développement",
	"operations":     "exploitation opérations",
	"operational":    "exploitation",
	"office":         "bureau",
	"administrative": "administratif",
	"store":          "magasin",
	"shop":           "magasin boutique",
	"retail":         "vente distribution",
	"event":          "événementiel",
	"events":         "événementiel",
	"hotel":          "hôtel",
	"kitchen":        "cuisine",
	"restaurant":     "restaurant",
	"teaching":       "enseignement",
	"artificial":     "artificielle",
	"intelligence":   "intelligence",
	"machine":        "machine",
	"learning":       "learning apprentissage",
	"scrum":          "scrum",
	"master":         "master",
	"full":           "full",
	"stack":          "stack",
	"front":          "front",
	"end":            "end",
	"back":           "back",
	"import":         "import",
	"export":         "export",
	"insurance":      "assurance",
	"bank":           "banque",
	"banking":        "bancaire",
	"real":           "immobilier",
	"estate":         "immobilier",
	"graphic":        "graphiste",
	"video":          "vidéo",
	"content":        "contenu",
	"social":         "social",
	"media":          "médias",
	// Function words of English titles carry nothing in French.
	"and": "", "of": "", "the": "", "for": "", "in": "", "with": "", "to": "", "a": "", "an": "",
	"junior": "", "senior": "",
}

// enFrTransW weighs the French labels an English title meets through enFr
// against those it meets directly; with otherLangW·enFrW it is less than
// the English labels' own weight and more than French labels met by
// accident (cognates, prefixes).
const enFrTransW = 0.7

// translateTitle returns the French words for an English title, in
// French order (English compounds put the head last, French first:
// "Data Engineer" → "ingénieur données data"), and whether any word was
// translated.
func translateTitle(title string) (string, bool) {
	words := wordRe.FindAllString(title, -1)
	out := make([]string, 0, len(words)+4)
	known := false
	for _, w := range slices.Backward(words) {
		fr, ok := enFr[strings.ToLower(w)]
		switch {
		case !ok:
			out = append(out, w)
		case fr != "":
			known = true
			out = append(out, fr)
		}
	}
	return strings.Join(out, " "), known
}
