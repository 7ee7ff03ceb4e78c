package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// Examples are real titles and labels: ROME 4.0 appellations, ESCO
// occupation labels (fr/ar/en), titles from the development sets
// (France Travail, Rekrute, MarocAnnonces, Jadarat, JobBERT).
var analyzeTests = []struct {
	lang Lang
	text string
	want string // Normalize(text)
}{
	// French: inclusive and gendered forms meet on the masculine.
	{French, "Développeur / Développeuse web H/F", "developpeur web"},
	{French, "Conducteur / Conductrice d'engins", "conducteur engin"},
	{French, "Menuisier / Menuisière atelier et pose", "menuisier ateli pos"},
	// "son", "car", "été" and "sous" are stop words, except where they are
	// content words (contentHere).
	{French, "Conducteur / Conductrice de car", "conducteur car"},
	{French, "Il recrute car son équipe grandit", "equip grand"},
	{French, "Sous-chef de cuisine", "sous chef cuisin"},
	{French, "Travail sous pression", "travail pression"},
	{French, "Opérateur / Opératrice du son", "operateur son"},
	{French, "Il organise son travail", "organis travail"},
	{French, "Technicien son et lumière H/F", "technicien son lumi"},
	{French, "Ingénieur son", "ingenieur son"},
	{French, "Ingénieur son H/F", "ingenieur son"},
	{French, "Technicien son-vidéo", "technicien son video"},
	{French, "Régisseur son / lumière", "regisseur son lumi"},
	{French, "le matériel son du studio", "materiel son studio"},
	{French, "Dekra recherche son ou sa futur(e) ingénieur", "dekr recherch futur ingenieur"},
	{French, "Conducteur car H/F", "conducteur car"},
	{French, "Vous devrez assurer son...", "devr assur"},
	{French, "assurer son… Créé en 1986", "assur cre 1986"},
	{French, "La digitalisation de son SI", "digitalis"},
	{French, "Dekra recherche son/sa futur(e) Data Engineer", "dekr recherch futur dat engine"},
	{French, "Vendeur saison d'été", "vendeur saison ete"},
	{French, "Le poste a été créé", "post cre"},
	{French, "Animateur saison d’été", "animateur saison ete"}, // the article the tokenizer elided
	{English, "son of the founder", "son founder"},
	{French, "Infirmier / Infirmière scolaire", "infirmier scolair"},
	{French, "Chargé(e) des Ressources Humaines et de l’Administration du Personnel", "charg ressourc humain administr personnel"},
	{French, "Créateur(trice) Graphique et Multimédia", "createur graphiqu multimedi"},
	{French, "Accastilleur-monteur / Accastilleuse-monteuse électronique de marine", "accastilleur monteur electron marin"},
	{French, "Accastilleur(se)-monteur(se) électronique de marine", "accastilleur monteur electron marin"},
	{French, "Directeur commercial / Directrice commerciale", "directeur commercial"},
	{French, "développeur·euse, développeur.euse, développeuses, DEVELOPPEUR", "developpeur developpeur developpeur developpeur"},
	{French, "Les salarié·e·s et employé(e)s", "salar employ"},
	{French, "Ingénieur Travaux Méthodes H/F #GCLT", "ingenieur traval method gclt"},
	// French: agent nouns keep their own term, apart from the activity.
	{French, "Stagiaire en Développement Python pour Odoo", "stagiair developp python odoo"},
	{French, "Animateur, animatrice, animation", "animateur animateur anim"},
	{French, "Conseiller, conseillère, conseil", "conseiller conseiller conseil"},
	{French, "Formatrices et formation", "formateur format"},
	// Nouns in -iste keep "ist": "Enseigniste" (a sign-maker) was every
	// "Enseignant"; "spécialiste" and "généraliste" qualify more than
	// they name, and stay with "spécial" and "général".
	{French, "Enseignant, Enseigniste, journalistes, journal", "enseign enseignist journalist journal"},
	{French, "Spécialiste, généralistes, liste", "special general list"},
	// Nouns that snowball stems onto a job: governance is no housekeeper.
	{French, "Gouvernante, gouvernances, Gouvernance des données", "gouvern gouvernance gouvernance don"},
	// French: technical words stay whole; boilerplate goes.
	{French, "Développeur Full Stack .NET / C# (F/H) - CDI - URGENT", "developpeur full stack .net c#"},
	{French, "Nous recherchons un Bac+5 : Node.js, Vue.js, C++, SQL Server, Power BI, CI/CD, R&D, SAP S/4HANA", "bac+5 node.js vue.js c++ sql server power bi ci/cd r&d sap s/4hana"},
	{French, "Chargé de recrutement", "charg recrut"},
	{French, "Offre de stage en infographie Casablanca", "infograph casablanc"},
	{French, "TECHNICIEN IT CASABLANCA & RABAT", "technicien it casablanc rabat"},
	// French: contacts produce no term.
	{French, "Contact : rh@societe.ma, +212 6 61 23 45 67, https://www.rekrute.com/offre-123.html", "contact"},
	// English.
	{English, "Senior Software Developer - development team", "senior softwar developer develop team"},
	{English, "Project Manager (management consulting)", "project manager manag consult"},
	{English, "SALES & APPLICATION ENGINEER", "sale applic engineer"},
	{English, "Registered nurses and accountants", "regist nurs accountant"},
	{English, "Cleaner (housekeeping)", "cleaner housekeep"},
	{English, "We are hiring: Data Engineer (Power BI, TCP/IP, A/B testing)", "data engineer power bi tcp/ip a/b test"},
	{English, "Customer's orders delivered", "customer order deliv"},
	// Arabic: definite/indefinite, singular/plural meet.
	{Arabic, "مطور برمجيات", "مطور برمج"},
	{Arabic, "مطورو البرمجيات", "مطور برمج"},
	{Arabic, "المحاسب", "محاسب"},
	{Arabic, "محاسبون", "محاسب"},
	{Arabic, "المهندسين والمهندسات", "مهندس مهندس"},
	{Arabic, "فني أشعة", "فني اشع"},
	{Arabic, "فنيين", "فني"},
	{Arabic, "نجّار", "نجار"},
	{Arabic, "مـــدير مكتب", "مدير مكتب"},
	{Arabic, "المدير الفني / المديرة الفنية", "مدير فني"},
	{Arabic, "مطلوب محاسب يجيد Excel و SAP في الرياض ٢٠٢٤", "محاسب يجيد excel sap رياض 2024"},
	{Arabic, "نبحث عن مندوب مبيعات", "مندوب مبيع"},
	{Arabic, "وظيفة موظف صندوق محاسبة", "وظيف موظف صندوق محاسب"},
	// Mixed scripts route per word.
	{French, "Comptable محاسب", "comptabl محاسب"},
	{Undetermined, "Développeur / Développeuse H/F المحاسبون Python ﬁnance ＳＱＬ", "developpeur المحاسبون python finance sql"},
}

func TestAnalyze(t *testing.T) {
	as := NewAnalyzers(Config{})
	for _, tc := range analyzeTests {
		if got := as.For(tc.lang).Normalize(tc.text); got != tc.want {
			t.Errorf("%s Normalize(%q)\n got %q\nwant %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestMeet lists label/posting pairs that must meet, and pairs that must not.
func TestMeet(t *testing.T) {
	as := NewAnalyzers(Config{})
	for _, tc := range []struct {
		lang Lang
		a, b string
		meet bool
	}{
		{French, "developpeur", "Développeur", true},
		{French, "développeuse", "Développeur", true},
		{French, "développeurs", "développeur", true},
		{French, "Conducteur / Conductrice d'engins", "conductrice d’engins", true},
		{French, "Agent / Agente d'entretien", "agent entretien H/F", true},
		{French, "Technicien(ne) de maintenance", "Techniciennes de maintenance", true},
		{French, "infirmière", "infirmiere", true},
		{French, "Vendeuse", "vendeur", true},
		{French, "Chargée de clientèle", "chargé clientele", true},
		{French, "Cheffe de projet", "chef de projet", true},
		{French, "ingénieure", "Ingénieurs", true},
		{French, "développeur", "développement", false},
		{French, "formateur", "formation", false},
		{French, "sérieuse", "sérieux", true},
		{French, "monteur vidéos", "Monteur vidéo", true}, // snowball keeps -os, -us plurals
		{French, "créateur de contenus", "créateur de contenu", true},
		{French, "photos", "photo", true},
		{French, "incluse", "inclus", true},
		{French, "confuses", "confus", true},
		{English, "developers", "Developer", true},
		{English, "Store Keeper", "storekeeper", true}, // closed compounds (closed.go)
		{English, "house-keeping", "Housekeeping", true},
		{English, "sales person", "salesperson", true},
		{English, "help desk", "helpdesk", false}, // left open on purpose
		{English, "Data\nBase salary", "database salary", false},
		{English, "store", "storekeeper", false},
		{English, "Co-ordinator", "coordinator", true}, // hyphenated prefixes (closed.go)
		{English, "E-commerce executive", "ecommerce executive", true},
		{English, "E Commerce Managers", "e-commerce manager", true},
		{English, "E-Marketer", "e marketer", true}, // "e-" alone stays a word
		{English, "Pre School Teacher", "pre-school teacher", true},
		{English, "de-hairing", "hairing", false},
		{English, "pre-press", "prepress", true},
		{English, "co - ordinator", "coordinator", false}, // a spaced dash separates
		{French, "Responsable e-commerce", "responsable ecommerce", true},
		{French, "assurance", "assurer", false}, // frenchWhole: insurance is not "to ensure"
		{French, "transport assuré", "transport assurance", false},
		{French, "Conseiller en assurances", "conseiller assurance", true},
		{English, "developer", "development", false},
		{English, "manager", "management", false},
		{English, "engineer", "engineering", false},
		{English, "production manager", "product manager", false}, // englishWhole
		{English, "Productions", "production", true},
		{English, "security", "securities", false},
		{English, "internal audit", "international audit", false},
		{English, "Mechanics", "mechanic", true},
		{English, "mechanic", "mechanical", false},
		{English, "Training Manager", "train manager", false},
		{English, "Corporate", "corporal", false},
		{English, "Hospitality", "hospital", false},
		{English, "Engineering", "engine", false},
		{English, "engineering technician", "Engineering Technicians", true},
		{English, "Project Analyst", "projection analyst", false},
		{English, "Wellness Coach", "well coach", false},
		{English, "critical care", "critic care", false},
		{English, "3D Modeling", "3D modelling", true},
		{English, "Organization", "organ", false},
		{English, "accountants", "accountant", true},
		{Arabic, "مطورو البرمجيات", "مطور برمجيات", true},
		{Arabic, "المحاسب", "محاسبون", true},
		{Arabic, "مهندسة", "المهندس", true},
		{Arabic, "فني", "فن", false},
		{Arabic, "مدير مكتب", "مدير المكتبة", false}, // office, library (placeNouns)
		{Arabic, "المكتبة", "مكتبات", true},
		{Arabic, "أستاذ رياضيات", "أستاذ رياضي", false}, // mathematics, sports (placeNouns)
		{Arabic, "الرياضيات", "رياضيات", true},
		{Arabic, "تقني صيانة", "فني صيانة", true}, // Maghreb words (maghrebWords)
		{Arabic, "مكلف بالزبناء", "مسؤول العملاء", true},
		{Arabic, "مسير مطعم", "مدير المطعم", true},
		{Arabic, "مسيرة مهنية", "مدير مهني", false},
		{Arabic, "تقنيي صيانة", "فني صيانة", true},
		{Arabic, "مسيرون", "مدير", true},
		{Arabic, "الزبائن", "العملاء", true},
		{Arabic, "مسؤول اللوجستيك", "مسؤول لوجستي", true},
		{Arabic, "لوجيستيك", "اللوجستية", true},
		{Arabic, "مهندس في الإعلاميات", "مهندس في المعلومات", true}, // informatique, not the media
		{Arabic, "الإعلاميات", "الإعلام", false},
		{Arabic, "مهندس المعلوماتية", "مهندس المعلومات", true},
		{Arabic, "مدير تقنية المعلومات", "مدير تكنولوجيا المعلومات", true}, // the Gulf's IT, ESCO's words
		{Arabic, "التقنيات المعلومات", "تكنولوجيا المعلومات", true},
		{Arabic, "تقني المعلوميات", "فني المعلومات", true}, // the technician stays
		{Arabic, "أخصائي تقنية إشعاعية", "أخصائي فني إشعاعي", true},
		{Arabic, "مدرس", "مدرسة", true},                // a teacher and his female colleague, as ESCO writes them
		{Arabic, "معلم رياضيات", "مدرس رياضيات", true}, // a school subject makes معلم the teacher
		{Arabic, "معلمة اللغة العربية", "مدرسة اللغة العربية", true},
		{Arabic, "معلم الزليج", "مدرس الزليج", false}, // the master craftsman stays
		{Arabic, "أحمد", "احمد", true},
		{Arabic, "مُحَاسِب", "محاسب", true},
		{French, "Usineuse", "Usineur", true}, // the machinist, not the factory (adjectiveEuse)
		{French, "Directeur d'usine", "Directeur usineur", false},
		{Undetermined, "Développeur", "developpeur", true},
	} {
		a := as.For(tc.lang)
		ka, kb := a.Normalize(tc.a), a.Normalize(tc.b)
		if (ka == kb) != tc.meet {
			t.Errorf("%s %q → %q, %q → %q: meet=%v, want %v", tc.lang, tc.a, ka, tc.b, kb, ka == kb, tc.meet)
		}
	}
}

func TestOffsetsAndPositions(t *testing.T) {
	text := "Nous recherchons l’Ingénieur(e) C++ / .NET à Rabat, contact@x.ma"
	toks := NewAnalyzer(French, Config{}).Analyze(text)
	want := []struct {
		term, surface string
		pos           int
	}{
		{"ingenieur", "Ingénieur(e)", 2},
		{"c++", "C++", 3},
		{".net", ".NET", 4},
		{"rabat", "Rabat", 6},
	}
	if len(toks) != len(want) {
		t.Fatalf("got %d tokens %+v, want %d", len(toks), toks, len(want))
	}
	for i, w := range want {
		tk := toks[i]
		if tk.Term != w.term || text[tk.Start:tk.End] != w.surface || tk.Position != w.pos {
			t.Errorf("token %d = %q %q @%d, want %q %q @%d", i, tk.Term, text[tk.Start:tk.End], tk.Position, w.term, w.surface, w.pos)
		}
	}
}

func TestConfig(t *testing.T) {
	text := "Nous recrutons un Développeur H/F en CDI"
	for _, tc := range []struct {
		cfg  Config
		want string
	}{
		{Config{}, "developpeur"},
		{Config{KeepStopWords: true}, "un developpeur en"},
		{Config{KeepBoilerplate: true}, "recruton developpeur h f cdi"},
		{Config{Boilerplate: []string{"CDI"}}, "recruton developpeur h f"},
		{Config{NoStem: true, KeepBoilerplate: true}, "recrutons developpeur h f cdi"},
	} {
		if got := NewAnalyzer(French, tc.cfg).Normalize(text); got != tc.want {
			t.Errorf("%+v: got %q, want %q", tc.cfg, got, tc.want)
		}
	}
}

func TestDrops(t *testing.T) {
	a := NewAnalyzer(Undetermined, Config{})
	for _, text := range []string{
		"jean.dupont@example.com", "<rh@societe.ma>", "https://example.org/a?b=c", "www.anapec.org", "rekrute.com",
		"+212 6 61 23 45 67", "06 61 23 45 67", "05.22.33.44.55", "(+212) 522-123456", "0661234567",
	} {
		if toks := a.Analyze(text); len(toks) != 0 {
			t.Errorf("%q gave terms %+v", text, toks)
		}
	}
	// Not phones: amounts and dates keep their digits.
	for text, want := range map[string]string{
		"10 000 - 12 000 MAD": "10 000 12 000 mad",
		"3.5 ans":             "3.5 ans",
		"Bac +2":              "bac 2",
	} {
		if got := a.Normalize(text); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Développeur": "developpeur", "ŒUVRE": "oeuvre", "Straße": "strasse", "ﬁnance": "finance", "ＳＱＬ": "sql",
		"أَحْمَد": "احمد", "إدارة": "اداره", "آلة": "اله", "مستشفى": "مستشفي", "مـــدير": "مدير", "٢٠٢٤": "2024", "۱۲": "12",
		"aujourd'hui": "aujourdhui", "e\u0301te\u0301": "ete",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// checkTokens verifies the invariants every analyser keeps.
func checkTokens(t *testing.T, text string, toks []Token) {
	t.Helper()
	// Boundaries as the decoder walks them (an invalid byte is one rune).
	boundary := make(map[int]bool, len(text)+1)
	for i := range text {
		boundary[i] = true
	}
	boundary[len(text)] = true
	last := -1
	for _, tk := range toks {
		if tk.Start < 0 || tk.End > len(text) || tk.Start >= tk.End {
			t.Fatalf("%q: bad span %+v", text, tk)
		}
		if !boundary[tk.Start] || !boundary[tk.End] {
			t.Fatalf("%q: span %+v not on rune boundaries", text, tk)
		}
		if !utf8.ValidString(tk.Term) || tk.Term == "" || strings.ContainsAny(tk.Term, "\t\n") {
			t.Fatalf("%q: bad term %q", text, tk.Term)
		}
		if tk.Position <= last {
			t.Fatalf("%q: positions not increasing at %+v", text, tk)
		}
		last = tk.Position
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, tc := range analyzeTests {
		f.Add(tc.text)
	}
	for _, s := range []string{"", "'", "l'", "d’", "(e)", "x(", "a·", "·e", ".net", "..NET", "c++#", "+", "+212", "@", "a@b.",
		"http://", "e\u0301", "\u0640", "\xff\xfe", "a\u200db", "a\u00adb", "Bac+", "3.", ".5", "ا ل", "H / F / X", "0\xa90"} {
		f.Add(s)
	}
	as := NewAnalyzers(Config{})
	f.Fuzz(func(t *testing.T, text string) {
		for _, l := range []Lang{French, Arabic, English, Undetermined} {
			checkTokens(t, text, as.For(l).Analyze(text))
		}
	})
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Développeur", "ﬁ", "أَ", "\xff", "İstanbul", "ǅ", "ﷺ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, out)
		}
		if again := Fold(out); utf8.ValidString(s) && again != out {
			t.Fatalf("Fold not idempotent: %q → %q → %q", s, out, again)
		}
	})
}

// TestConcurrent shares one analyser (and its word cache) between
// goroutines; run with -race.
func TestConcurrent(t *testing.T) {
	a := NewAnalyzer(French, Config{})
	want := make([]string, len(analyzeTests))
	for i, tc := range analyzeTests {
		want[i] = NewAnalyzer(French, Config{}).Normalize(tc.text)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			ok := true
			for r := 0; r < 20; r++ {
				for i, tc := range analyzeTests {
					ok = ok && a.Normalize(tc.text) == want[i]
				}
			}
			done <- ok
		}()
	}
	for g := 0; g < 4; g++ {
		if !<-done {
			t.Error("concurrent Normalize differs from a fresh analyser")
		}
	}
}

// TestClosedCompoundsGate: closedCompound skips words other than "e"
// shorter than 3 or longer than 5 bytes without a lookup, so every first
// part must fit.
func TestClosedCompoundsGate(t *testing.T) {
	for parts := range closedCompounds {
		if n := len(parts[0]); (n < 3 || n > 5) && parts[0] != "e" {
			t.Errorf("first part %q has %d bytes; closedCompound looks at \"e\" and at 3 to 5", parts[0], n)
		}
	}
}

// TestKeptApart: the terms the Arabic analyser makes of placeNouns are
// the ones KeptApart names, so that prefix matchers leave them alone.
func TestKeptApart(t *testing.T) {
	a := NewAnalyzers(Config{}).For(Arabic)
	for _, text := range []string{"الرياضيات", "المكتبة", "مكتبات"} {
		terms := a.Terms(text)
		if len(terms) != 1 || !KeptApart(terms[0]) {
			t.Errorf("Terms(%q) = %q, want one term KeptApart reports", text, terms)
		}
	}
	for _, text := range []string{"رياضي", "مكتب", "رياض"} {
		for _, term := range a.Terms(text) {
			if KeptApart(term) {
				t.Errorf("KeptApart(%q) of %q = true, want false", term, text)
			}
		}
	}
}

// TestBoardPhrases: what an ad is ("Candidature spontanée", "Job
// étudiant", "Offre n° 12") leaves no term that could name a job.
func TestBoardPhrases(t *testing.T) {
	a := NewAnalyzers(Config{}).For(French)
	for _, in := range []string{"Candidature spontanée", "Job étudiant", "Offre n° 12", "Offre no 12", "Annonce numéro 7"} {
		for _, tok := range a.Analyze(in) {
			if tok.Term != "" && !isNumber(tok.Term) {
				t.Errorf("Analyze(%q) keeps %q", in, tok.Term)
			}
		}
	}
	// A job word after them stays.
	if got := a.Terms("Candidature spontanée : comptable"); len(got) != 1 {
		t.Errorf("Terms(\"Candidature spontanée : comptable\") = %q, want the accountant alone", got)
	}
}

func isNumber(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
