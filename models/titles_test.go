package models

import (
	"bufio"
	"context"
	"os"
	"strings"
	"testing"

	"marsad/corpus/posting"
)

// TestRealTitles pins answers on everyday titles that the scorer once got
// wrong for a reason worth keeping fixed: a managerial label for a title
// that names no level (level.go), ESCO alternative labels that point
// bare job-board titles at odd occupations (synonyms.go, generic.go), and English
// titles that ROME 4.0 fiches carry as their own names but the crosswalk
// does not link (bridge.go), ties among crosswalk siblings, and acronyms
// of ROME names.
func TestRealTitles(t *testing.T) {
	m := openedModel(t)
	tests := []struct {
		title, isco string // want this ISCO group first ("" for any)
		notISCO     string // and never this one
		rome        string // want this ROME fiche first ("" for any)
	}{
		{"Marketing trainee", "2431", "1221", ""},
		{"Junior Marketing", "2431", "1221", ""},
		{"Marketing Manager", "1221", "", ""},
		{"Digital Marketing", "2431", "1221", ""}, // a bare title's profile match is levelled too
		{"Frontend Developer", "2512", "1323", ""},
		{"DEVELOPER", "2512", "1323", ""},
		{"General Worker (Male)", "9329", "0110", ""},
		{"Driver", "8332", "", ""},
		{"Retail Assistant @ Queensbay Mall, Penang", "5223", "3432", ""},
		{"Accounting Executive", "3313", "1420", ""},
		{"HR Executive", "2423", "4416", ""},
		{"General Manager", "1120", "1342", ""},
		{"OUTLET CREW", "9411", "8350", ""},       // no decksman
		{"Cabin Crew Member", "5111", "9411", ""}, // but a flight attendant
		{"Logistics Executive", "3343", "2149", ""},
		{"RETAIL EXECUTIVE", "5223", "5221", ""}, // not the retail entrepreneur
		{"Admin Manager", "3341", "", ""},
		{"Credit Controller", "4214", "", ""},
		{"Sales Executive", "5223", "3322", ""},
		{"Rider AEON Big Ipoh", "8321", "3421", ""},
		{"Admin Assistant", "3343", "3314", ""},
		{"Pre-school Teacher", "2342", "2330", ""},
		{"Contrôleur interne | Casablanca (Maroc)", "2411", "5112", "M1202"},
		{"AI Engineer", "2511", "3240", ""},
		{"General assistant", "", "0110", ""},
		{"مدير إداري", "1219", "1112", ""},
		{"مدير مكتب", "3341", "2622", ""}, // office manager, not the librarian (corpus placeNouns)
		// Everyday Arabic and Darija trade words (synonyms.go), in labels
		// and in profiles: "محترف" no longer makes the cook an athlete.
		{"مطلوب طباخ محترف لمطعم في مراكش", "5120", "3421", ""},
		{"بغينا سيكريتيرة تخدم فالمكتب", "4120", "", "M1607"},
		{"كنقلبو على كوافورة", "5141", "", "D1202"},
		{"حارس ليلي", "5414", "4224", ""},
		{"عاملة منزلية", "9111", "", ""},
		{"مسير مطعم", "1412", "5131", ""}, // Moroccan words for ESCO's (corpus maghrebWords)
		{"مكلف بالزبناء", "4225", "2221", ""},
		// Moroccan trade words (synonyms.go).
		{"عساس", "5414", "", ""},
		{"زلايجي", "7122", "", ""},
		{"صباغ", "7131", "", ""},
		{"معلم بناء", "7112", "2142", ""},
		{"ميكانيكي", "7231", "2144", ""},
		{"مسؤول مخزن", "4321", "", ""},
		{"أستاذ رياضيات", "", "3422", ""}, // mathematics, not sports (corpus placeNouns)
		{"Technician", "", "8172", ""},    // not the planer thicknesser operator (generic.go)
		{"Teacher", "", "2310", ""},       // not the politics lecturer
		{"Supervisor", "", "3134", ""},    // not the oil refinery control room operator

		// Fifteenth round: words kept apart stay apart, Moroccan informatique.
		{"معلم رياضيات", "", "2342", ""},             // not kindergartens (رياض) by a prefix (corpus.KeptApart)
		{"مهندس في الإعلاميات", "2511", "2632", ""},  // Moroccan informatique, not the media (corpus maghrebWords)
		{"مهندس المعلوماتية", "2511", "2131", ""},    // not bioinformatics
		{"مدير تقنية المعلومات", "1330", "2622", ""}, // the Gulf's IT, not the librarian (corpus informationTechnology)
		{"Zelligeur", "7122", "", "F1608"},           // Moroccan crafts (synonyms.go): no answer before
		{"Artisan tadelakt", "7123", "", "F1601"},    // was a leather goods maker
		{"Babouchier", "7536", "", "D1206"},
		{"Agent de gardiennage", "5414", "9112", "K2503"}, // Moroccan guarding, not the toilet attendant
		{"Gardien de villa", "5153", "9112", ""},
		{"Maître-chien", "5414", "5164", "K2510"}, // guards with a dog
		{"Livreur à moto", "8321", "8322", "N4104"},
		{"Plant Manager", "1321", "3135", "H2510"}, // not the metal furnace operator
		{"Technical Support Advisor", "3512", "3112", ""},
		{"Enseignant contractuel", "", "5419", ""},     // a contract, not the traffic warden ("contractuelle")
		{"Hammamiste", "5142", "", "D1203"},            // no answer before
		{"Directeur d'hôtel", "1411", "5152", "G1411"}, // not the bed and breakfast operator
		{"Facilities Supervisor", "1219", "3121", ""},  // not the mine supervisor (rankCandidates counts a word once)
		{"Salon Supervisor", "1431", "3121", ""},
		{"Senior HRBP", "2423", "", "M1503"}, // HR business partner, spelt out (abbreviations); no answer before
		{"Designer d'intérieur", "3432", "2163", "F1102"},
		{"Enseignant", "2330", "2352", "K2107"}, // a school's teacher, not the university (K2108) or special needs
		{"Enseignante primaire", "2341", "", "K2106"},
		{"Enseignant-chercheur", "2310", "", "K2108"},
		{"Animateur", "3423", "2656", "G1203"}, // leads activities; ESCO's French "animateur" is the presenter
		{"Animateur radio", "2656", "", "L1103"},
		{"Surveillant général", "5312", "3114", "K2104"}, // a school's, not aircraft maintenance (I1602)
		{"Éducatrice préscolaire", "2342", "2635", ""},
		{"Superviseur de plateau", "3341", "3435", ""},            // a call-centre floor, not a TV studio
		{"Opérateur câblage automobile", "8212", "2163", "H2602"}, // wire harnesses, not the car designer

		{"Programmer", "2512", "", ""},
		{"Controlling Specialist", "2411", "", "M1204"},
		{"Data Engineer", "2511", "", "M1811"},
		{"DevOps Engineer", "2512", "", "M1827"},
		// Moroccan boards' "Tech Lead" and "Team Leader" (synonyms.go).
		{"Tech lead PHP (H/F) | Casablanca (Maroc)", "2512", "2166", ""},
		{"Tech Lead NODE JS", "2512", "3112", ""},
		{"Team leader - english/french speaker | Rabat (Maroc)", "3341", "6111", ""},
		{"English Speaking Team Manager | Rabat (Maroc)", "3341", "", "D1435"},
		{"Technical Senior Architect (H/F)", "2511", "2161", "M1839"}, // not F1101, buildings
		{"Architecte Solutions | Technopolis (Maroc)", "", "2161", "M1839"},
		{"Agent Mailer(H/F)", "5244", "4221", ""},
		{"Agent Mailer", "5244", "", "D1408"},  // not C1102, which the call centre agent links too
		{"GIS Executive", "2165", "", ""},      // geographic information systems (abbreviations)
		{"F&B Supervisor", "1412", "3122", ""}, // food and beverage
		// Snowball stems "production" as "product" and "securities" as
		// "security" (corpus.englishWhole).
		{"Production Manager", "1321", "1223", ""},
		{"Security Personnel", "5414", "3311", ""},
		{"Production worker", "9329", "8219", ""},
		{"Product Manager", "", "1321", ""},
		{"Junior Mechanic", "7231", "7233", ""},                     // "mechanic" is no "mechanical", nor the marine mechanic
		{"Sushi King Palm Mall Part Time Crew", "9411", "5161", ""}, // working time is no occupation (cleanTitle)
		// "Admin" is a rank word: the other field of the title decides.
		{"Account & Admin Assistant", "3313", "3343", ""},
		{"Sales & Admin Assistant", "5223", "3343", ""},
		{"Admin Officer", "3343", "5412", ""},
		// ESCO lends these to one odd occupation (suppressedLabels);
		// an apprentice is a qualifier.
		{"Maintenance Technician", "", "7212", ""},
		{"Field Engineer", "", "0310", ""},
		{"Spa Apprentice", "5142", "1431", ""},
		{"Early Childhood Educator", "2342", "5311", ""},
		{"Company Secretary", "4120", "4226", ""},
		{"Recruiter", "2423", "4227", ""},
		{"Junior Information Technology Officer", "", "3314", ""},
		{"DELIVERY DRIVER", "8322", "8332", ""},
		{"AIRCOND TECHNICIAN", "3115", "", ""},
		{"Dental Surgery Assistant", "3251", "3256", ""},
		{"Development Ops Engineer", "", "2146", ""}, // not the mine development engineer
		{"Assistant Technician", "3112", "7215", ""},
		{"Security Manager", "1219", "5414", ""},
		{"SAP Senior Consultant - SD/MM/PP", "2511", "3411", ""},
		{"Talent Acquisition Specialist | Rabat (Maroc)", "2423", "1212", "M1502"},
		{"Male Operator", "9329", "5162", ""},
		{"Counter Sales", "5223", "4221", ""},
		{"Director Personal Assistant", "3343", "3435", ""},
		{"Trainers", "2424", "2356", ""},
		{"General Operators", "9329", "2211", ""},
		{"RETAIL STAFF", "5223", "5221", ""},
		{"Assistant Engineer", "3112", "3151", ""},
		{"مراجع داخلي", "2411", "3432", ""},          // an internal auditor, not an interior designer
		{"بائع قطع غيار مركبات", "5223", "8211", ""}, // a parts seller
		{"فني مساحة", "3112", "2165", ""},            // a surveying technician
		{"فني إنشاءات", "3112", "1323", ""},          // a construction technician
		{"Datascientist Senior - Clermont-Ferrand (H/F)", "2511", "", "M1405"},
		{"Stagiaire Système de management QSE", "", "3343", ""}, // QSE: qualité sécurité environnement
		// Call centres' customer advisers; a bank's chargé de clientèle
		// stays a bank's.
		{"Conseiller Client (F/H) - Service client - Marrakech - Français", "", "3321", "D1408"},
		{"Conseiller(ère) clientèle en réception d’appel", "5244", "", "D1408"},
		{"Chargé de clientèle", "", "5244", "C1206"},
		// D1415's only crosswalk link was a moved appellation's bus
		// driver (suppressedLinks).
		{"Conseiller Relation Client", "", "8331", "D1415"},
		{"Senior Product Owner/Retail Ordering Experince", "", "", "M1864"},
		// An English parenthesis says where or which department, not
		// what (cleanTitle): the words before it are the head.
		{"Sales Executive (Perfumery and Fragrance)", "5223", "2113", ""},
		{"Junior Technician (Central)", "", "1112", ""},
		{"Operator (Gluing Section)", "9329", "", ""},
		// A technician who names no field (synonyms.go).
		{"JUNIOR TECHNICIAN", "3112", "3141", ""},
		// One letter in parentheses is a gender mark.
		{"Coordinateur(trice) Commerciale | Bouskoura (Maroc)", "", "1345", ""},
		{"Concepteur Développeur Java (H/F) | Casablanca (Maroc)", "", "3114", "M1805"},
		// A bare French "Développeur" is the software developer; a
		// named speciality still wins.
		{"Développeur Java", "2512", "", ""},
		{"Développeur / Développeuse informatique (H/F)", "2512", "", "M1805"},
		{"Développeur web", "2513", "", "M1855"},
		{"Ingénieur génie informatique", "", "2152", "M1841"}, // software, not hardware
		// A technology in a French title makes it IT (techWords); a
		// developer stays the developer its head says.
		{"Ingénieur Java JEE", "", "2141", ""},
		{"Architecte Java", "", "2161", ""},
		// A service desk is the IT help desk, not ESCO's call centre analyst.
		{"Service Desk Analyst - Spanish speaker | Sale el jadida (Maroc)", "3512", "3341", "I1404"},
		{"Expert Technique Java / Angular (F/H)", "", "1349", ""},
		{"Développeur .NET (H/F)", "2512", "", ""},
		{"Télévendeur (H/F) | Casablanca (Maroc)", "5244", "3341", ""}, // not ESCO's mislabelled call centre analyst
		// "IT" queries the profiles as "informatique", not as the Green
		// IT manager's own word.
		{"Chef de Projet IT", "1330", "", "M1853"},
		{"Responsable IT", "", "", "M1867"},
		{"Responsable RH | Agadir (Maroc)", "", "4416", "M1503"}, // not the HR assistant
		// "SI" is a stop word: the title is no bare "Chef de projet".
		{"Chef de Projet SI | -rabat (Maroc)", "1330", "", "M1803"},
		// Crosswalk siblings that tie: the fiche whose own label the
		// title names comes first (ranked.tie, ownNamed).
		{"Data Analyst-Power Apps", "", "", "M1419"},
		{"Pentester", "", "", "M1866"},
		{"Graphic designer", "", "", "E1205"},
		{"Marketing digital", "", "", "M1718"},
		// ROME names glossed with their acronym (acronym.go).
		{"Soudeur TIG H/F", "7212", "", "H2916"},
		{"Responsable PME", "", "", "M1302"},
		// B2B: selling to businesses (synonyms.go).
		{"Commercial B2B", "3322", "", "D1416"},
		{"Commercial de terrain B2B", "3322", "", "D1416"},
		// "B2B" says who the clients are, not that the job is sales.
		{"Developpeur .NET B2B (H/F)", "2512", "3322", ""},
		// "son" is the noun after an article or at the end (corpus.contentHere):
		// "Monteur son" is no longer any "monteur".
		{"Monteur son", "", "7215", "L1507"},
		{"Technicien du son", "3435", "", "L1508"},
		{"monteur  vidéos", "", "7215", "L1507"},  // a plural snowball kept (corpus.singularOS)
		{"Chauffeur de car", "8331", "", "N4109"}, // "car" is the coach here (corpus.contentHere)
		// Open compounds meet closed labels (corpus closed.go); a bare
		// salesman is a sales assistant (synonyms.go).
		{"House Keeping", "9112", "", ""},
		{"Sales Person", "5223", "", ""},
		{"Salesman", "5223", "", ""},
		{"Salesgirl", "5223", "", ""},
		{"Cleaner", "9112", "9122", ""},          // not the vehicle cleaner
		{"Sales Associates", "5223", "4311", ""}, // not the sales support assistant
		// "cnc setter/operator" is no longer a label "operator"
		// (genderVariants); a bare "Operator" is a production operator.
		{"Operator", "9329", "3521", ""},
		// General services are no army (the army general's French
		// "général" is suppressed; "moyens généraux" is a synonym).
		{"Technicien moyens généraux | Laâyoune (Maroc)", "", "0110", "M1223"},
		{"Assistante Moyens Généraux", "", "0110", "M1223"},
		{"Responsable des services généraux", "1219", "", ""},
		// ROME's bare "Commercial" is the attaché commercial.
		{"Commercial Terrain (H/F) | NOUACER-SAPINO (Maroc)", "3322", "", "D1410"},
		// An "ouvrier" of public works is ROME's manœuvre, no farm hand.
		{"Ouvrier Travaux Publics Polyvalent (H/F)", "9313", "", "F1704"},
		{"OUVRIERE CABLAGE", "8212", "", ""},
		// The chef de rayon of retail chains, not the shelf filler.
		{"Manager de Rayon Epicerie | Casablanca (Maroc)", "1420", "9334", "D1502"},
		// "spécialiste" and "specialist" are rank words: not the medical
		// specialist.
		{"Spécialiste Monitoring | Tanger (Maroc)", "", "2212", ""},
		{"Spécialiste Pharma (Déviations & CAPA)", "", "2212", ""},
		// Governance is no hotel housekeeper (corpus frenchWhole).
		{"Consultant Data Gouvernance - Industrie", "", "5152", ""},
		// "adjoint" is a rank word: a deputy is of the job he deputises.
		{"Adjoint Responsable Outillage | El Jadida (Maroc)", "", "", "H1402"},
		{"Directeur adjoint – Golf les Dunes", "", "1120", ""},
		// A field named alone, or with words no label holds, is the
		// field's staff, not its engineer; a head of sales stays a manager.
		{"Sales Admin", "5223", "2433", ""},
		{"SENIOR SALE", "5223", "2433", ""},
		{"Head of Sales", "1221", "5223", ""},
		{"Retail Team", "5223", "5221", ""},
		{"Production Officer", "9329", "1223", ""},
		{"INTERN - PRODUCTION", "9329", "2654", ""},
		{"Logistic", "3343", "2149", ""},
		// A field officer is no brigadier; a store associate no store detective.
		{"Field Officer", "", "0110", ""},
		{"STORE ASSOCIATE", "5223", "3411", ""},
		// Boards' short forms, and ESCO labels lent to a manager.
		{"HR Assistant", "4416", "2423", ""},
		{"HR Generalist | Fès (Maroc)", "2423", "4416", ""},
		{"Key Account Executive", "1420", "3313", ""},
		{"Sales Coordinator", "", "1221", ""},
		{"Production Assistant", "9329", "3343", ""},
		{"Boutique Assistant", "5223", "5222", ""},
		{"Air Cond Technician", "3115", "2133", ""},          // not the air pollution analyst
		{"Hotel Steward", "9412", "5111", ""},                // not the flight steward
		{"General Clerk", "4110", "3343", ""},                // ISCO's general office clerk
		{"STORE KEEPER", "9333", "1420", ""},                 // not the ammunition shop manager
		{"Content Creator", "2431", "7317", ""},              // not the artisan papermaker
		{"Retail Sales Agent", "5223", "5221", ""},           // not the retail entrepreneur
		{"Production Technician", "3119", "3113", ""},        // not the battery manufacturing technician
		{"Marketing & Business Development", "", "2320", ""}, // no vocational teacher
		{"Account Administrator", "3313", "4110", ""},        // not the membership administrator
		// A production worker of no product: not the poultry sexer.
		{"Ouvrier de production", "", "6122", "H2909"},
		{"Agent de production", "", "", "H2909"},
		{"Employé de magasin", "", "5414", "D1507"},
		{"Gestionnaire de stock", "4321", "2411", "N1303"},
		{"Gardien", "5153", "9112", "K2501"},
		{"Gardien de sécurité", "5414", "9112", ""},
		{"Ingénieur d'état", "", "2143", ""}, // the degree, not ROME's "Ingénieur des travaux agricoles de l'État" (stateDegree)
		{"INGENIEUR D'ETAT EN INFORMTIQUE", "2511", "2152", "M1841"},
		{"Directeur d'usine", "1321", "", "H2510"}, // a factory, not the machinist (corpus adjectiveEuse; synonyms.go)
		// Everyday French titles whose ESCO occupation came from a longer label.
		{"Technicien qualité", "3119", "2133", "H1528"},
		{"Mécanicien auto", "7231", "7233", ""},
		{"Chef d'équipe production", "3122", "6111", ""},
		{"Community Manager à Marrakech", "2432", "1222", "E1101"},
		// Bare English titles that met an odd holder of their words
		// (synonyms.go): the road maintenance technician, the after-sales
		// service technician's "help-desk technician".
		{"Maintenance Technician (Food Production)", "2141", "3112", ""},
		{"Help Desk Technician", "3512", "2433", "I1404"},
		// A skill that is the whole title names the job, not a skill it
		// asks for: the savoir "Assistant de direction" of M1605 and D1438
		// re-ranked the bare title to the secretary (classifier.go).
		{"Assistante de direction", "3343", "", "M1604"},
		// A nurse who names no speciality is the general-care nurse, J1506,
		// not a specialist's fiche (synonyms.go).
		{"Nurse | Tanger (Maroc)", "2221", "", "J1506"},
		{"ممرضة", "2221", "", "J1506"},
		{"Registered Nurse", "2221", "", "J1506"},
		// An Arabic title meets no ROME label: of the fiches its occupation
		// reaches alike, the one holding more of its crosswalk entries
		// (score.go better): the security guard is K2503, not I1202's
		// motorway CCTV operator; the waiter G1803, not G1503.
		{"حارس أمن", "5414", "", "K2503"},
		{"نادل", "5131", "", "G1803"},
		// طيار is the aircraft pilot, "أخصائي نفسي" the psychologist (synonyms.go).
		{"طيار", "3153", "", "N2102"},
		{"أخصائي نفسي", "2634", "", "K1104"},
		// Board words that met an odd holder (synonyms.go).
		{"COMMIS I/II/III- URGENT HIRING", "9412", "3434", ""},
		{"Beauty Consultant", "5142", "2320", ""},
		{"Stock Controller", "4321", "3154", ""},
		{"Cost Controller", "2411", "4321", ""},
		{"Pre-Hire Internship Brand Ambassador - CloudLink", "2431", "1112", ""},
		{"community management et designer", "2432", "2153", ""},
		{"TECHNICAL ACCOUNT MANAGER", "2434", "1211", ""},
		{"Manufacturing Operator", "9329", "2141", ""},
		{"TEACHER’S ASSISTANT", "5312", "2310", ""},
		{"LOGISTICS CLERK", "3343", "2149", ""},
		{"Dental clinic assistant", "3251", "", ""},
		{"IT Delivery Manager", "1330", "8322", ""},
		{"Loan Advisor", "3312", "2359", ""},
		{"PRIME MOVER DRIVER", "8332", "9333", ""},
		{"CAR WASHER", "9122", "8122", ""},
		{"NDT TECHNICIAN", "7543", "3112", ""},
		{"Service Advisor (Automotive - Continental Cars)", "7231", "3359", ""},
		{"Full Stack Developer", "2512", "", ""},
		{"TAKAFUL SALES ADVISOR", "3321", "5223", ""},
		// "operations manager" is the operations manager's preferred
		// label, not the business manager's (suppressedLabels); Android and
		// iOS developers build mobile applications (synonyms.go).
		{"Operations Manager", "1321", "1213", ""},
		{"Senior Android Developer", "2514", "2512", ""},
		{"Développeur Android", "2514", "", "M1861"},
		// A "Transitaire" forwards freight; no energy transition (synonyms.go).
		{"Transitaire (H/F)", "3331", "3324", "N1202"},
		// A French "hôtesse d'accueil" is the receptionist ROME's crosswalk
		// names, not ESCO's airport host (synonyms.go).
		{"Hôtesse d'accueil", "4226", "4221", "M1601"},
		// A "Responsable commercial" is a sales manager, whatever ESCO's
		// French name for the business manager says (synonyms.go).
		{"Responsable Commercial", "1221", "1213", "M1707"},
		// A French "chargé RH" is the HR officer, not the HR assistant
		// (ESCO's French labels name neither "chargé"; synonyms.go).
		{"Chargé RH", "2423", "4416", ""},
		// No label holds "réseaux sociaux" but a ROME appellation (synonyms.go).
		{"Chargée des réseaux sociaux", "2432", "3412", "E1124"},
		{"Gestionnaire des réseaux sociaux", "2432", "3315", "E1124"},
		// No label says "femme de ménage" (synonyms.go).
		{"Femme de ménage", "9111", "9622", "K1304"},
		// "Engineering" is no engine (corpus englishWhole).
		{"ADMIN ENGINEERING", "3112", "2144", ""},
		// Nor is a project a projection, wellness a well (englishWhole).
		{"Project Analyst", "", "3521", ""},
		{"Wellness Coach", "", "8113", ""},
		// Where a salesperson sells is no occupation: not the outdoor
		// animator, the interior landscaper, nor the escort.
		{"Outdoor Sales Executive", "5223", "3423", ""},
		{"INDOOR & OUTDOOR SALES", "5223", "6113", ""},
		{"Sales Girl", "5223", "5169", ""},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			r := m.Classifier.Classify(context.Background(), posting.Posting{Title: tt.title}, 3)
			if len(r.ISCO) == 0 || len(r.ROME) == 0 {
				t.Fatalf("no ISCO or ROME answer; reason %q", r.Reason)
			}
			if got := r.ISCO[0].Code; tt.isco != "" && got != tt.isco || got == tt.notISCO {
				t.Errorf("ISCO = %s %q, want %s; reason %q", got, r.ISCO[0].Label, tt.isco, r.Reason)
			}
			if got := r.ROME[0].Code; tt.rome != "" && got != tt.rome {
				t.Errorf("ROME = %s %q, want %s; reason %q", got, r.ROME[0].Label, tt.rome, r.Reason)
			}
		})
	}
}

// TestRealDeclaredEnglish: a title declared English whose words the
// detector reads as French is matched and spelling-corrected as English
// too: "Kichen" met nothing (classifier decideLang, scoreTitle).
func TestRealDeclaredEnglish(t *testing.T) {
	m := openedModel(t)
	r := m.Classifier.Classify(context.Background(), posting.Posting{Title: "Kichen", Lang: "en"}, 3)
	if r.Lang != "en" {
		t.Errorf("Kichen: lang %s, want the declared en", r.Lang)
	}
	if len(r.ISCO) == 0 || r.ISCO[0].Code != "9412" {
		t.Errorf("Kichen: ISCO %+v, want 9412 (kitchen helpers) first; reason %q", r.ISCO, r.Reason)
	}
}

// TestTitlesWithoutOccupation: titles of qualifiers, places and board
// words name no occupation, and get no answer rather than a guess from
// profiles that happen to hold the word ("Stagiaire" was a consultant at
// 0.48, "Stagiaire - Secteur de ventes" a security guard).
func TestTitlesWithoutOccupation(t *testing.T) {
	m := openedModel(t)
	for _, title := range []string{"Stagiaire", "Stagiaire H/F - Casablanca", "Senior", "Urgent", "Offre de stage", "Poste à pourvoir",
		"Stagiaire-Casablanca", "Senior-Junior", "Stagiaire confirmé(e)", "Junior·e"} {
		r := m.Classifier.Classify(context.Background(), posting.Posting{Title: title}, 3)
		if len(r.ROME)+len(r.ISCO)+len(r.ESCO) != 0 {
			t.Errorf("%q: answers %+v, want none; reason %q", title, r.ROME, r.Reason)
		}
	}
	r := m.Classifier.Classify(context.Background(), posting.Posting{Title: "Stagiaire - Secteur de ventes"}, 3)
	if len(r.ISCO) == 0 || r.ISCO[0].Code == "5414" {
		t.Errorf("Stagiaire - Secteur de ventes: ISCO %+v, want a sales group, not the security guard", r.ISCO)
	}
	// A one-letter word meets nothing alone: Darija "f" (in) was the "F" of
	// "F & B manager".
	r = m.Classifier.Classify(context.Background(), posting.Posting{Title: "bghit nkhdem f lbati"}, 3)
	if len(r.ISCO) > 0 && r.ISCO[0].Code == "1412" {
		t.Errorf("bghit nkhdem f lbati: ISCO %+v, want anything but the restaurant manager", r.ISCO)
	}
	// The board phrase goes whole, not as "Offre de" (conseiller offre de services).
	r = m.Classifier.Classify(context.Background(), posting.Posting{Title: "Offre de stage - Conseiller"}, 3)
	if len(r.ROME) == 0 || r.ROME[0].Code == "C1109" {
		t.Errorf("Offre de stage - Conseiller: ROME %+v, want anything but C1109", r.ROME)
	}
}

// TestRealISCOTies: when a fiche's score reaches several occupations
// alike, the ISCO group of the one the title names best comes first, not
// the group listed first (Data Engineer was 1330, ICT service managers,
// through the chief data officer).
func TestRealISCOTies(t *testing.T) {
	m := openedModel(t)
	p := posting.Posting{Title: "Data Engineer F/H", Description: "Vous concevez des pipelines de données sur GCP et BigQuery."}
	r := m.Classifier.Classify(context.Background(), p, 3)
	if len(r.ISCO) == 0 || r.ISCO[0].Code != "2511" {
		t.Errorf("ISCO %+v, want 2511 first", r.ISCO)
	}
	// A whole appellation names the occupation its crosswalk entry
	// links: K2402 reaches the biologist, the chemist and the research
	// engineer alike, the zoologist's appellation only the biologist.
	r = m.Classifier.Classify(context.Background(), posting.Posting{Title: "Zoologiste de la recherche scientifique"}, 3)
	if len(r.ISCO) == 0 || r.ISCO[0].Code != "2131" {
		t.Errorf("zoologist: ISCO %+v, want 2131 first", r.ISCO)
	}
}

// A name's generic head left bare by dropping its gloss names no fiche:
// "Conseiller / Conseillère (IARD)" without "(IARD)" made every "Vendeur"
// an insurance adviser, through the sales assistant's alternative label
// "conseiller" (classifier/build.go addDerived, bridge.go), and
// "Directeur / Directrice … (DSI)" every "Directeur X" an IT director.
func TestRealTitlesGenericHeads(t *testing.T) {
	m := openedModel(t)
	for _, tt := range []struct{ title, isco, notROME string }{
		{"Vendeur (H/F)", "5223", "C1102"},
		{"vendeuse", "5223", "C1102"},
		{"Directeur Maintenance", "", "M1803"},
		// Not the sign-maker electrician: "Enseigniste" stemmed like
		// "Enseignant" (corpus agentIste).
		{"Enseignant", "", "F1602"},
	} {
		r := m.Classifier.Classify(context.Background(), posting.Posting{Title: tt.title}, 3)
		if len(r.ISCO) == 0 || len(r.ROME) == 0 {
			t.Fatalf("%s: no ISCO or ROME answer; reason %q", tt.title, r.Reason)
		}
		if got := r.ISCO[0].Code; tt.isco != "" && got != tt.isco {
			t.Errorf("%s: ISCO = %s %q, want %s", tt.title, got, r.ISCO[0].Label, tt.isco)
		}
		if got := r.ROME[0].Code; got == tt.notROME {
			t.Errorf("%s: ROME = %s %q; reason %q", tt.title, got, r.ROME[0].Label, r.Reason)
		}
	}
}

// Numbers, single letters, two lower-case letters and board references
// name no occupation: they met whatever profiles held the number ("5"
// was a vehicle driver at 0.46; "Réf 12" the judge of "Juge des
// référés" at 0.93; "no 5" ROME's "Product builder no code" at 0.96).
// Two-letter acronyms do name one.
func TestRealJunkTitles(t *testing.T) {
	m := openedModel(t)
	for _, title := range []string{"5", "x", "12", "Réf 12", "Stagiaire", "no 5", "ae", "xq zz e"} {
		r := m.Classifier.Classify(context.Background(), posting.Posting{Title: title}, 3)
		if len(r.ROME)+len(r.ESCO)+len(r.ISCO) > 0 {
			t.Errorf("%q: ROME %v, ESCO %v, ISCO %v; want no answer (reason %q)", title, r.ROME, r.ESCO, r.ISCO, r.Reason)
		}
	}
	for _, title := range []string{"QC", "IT", "rh", "UX"} {
		if r := m.Classifier.Classify(context.Background(), posting.Posting{Title: title}, 3); len(r.ROME) == 0 {
			t.Errorf("%q: no ROME answer, want one (reason %q)", title, r.Reason)
		}
	}
	// A board's reference goes; the occupation stays.
	r := m.Classifier.Classify(context.Background(), posting.Posting{Title: "Ref: 88 Comptable"}, 3)
	if len(r.ROME) == 0 || r.ROME[0].Code != "M1203" {
		t.Errorf("Ref: 88 Comptable: ROME %v, want M1203 first", r.ROME)
	}
}

// The reason speaks of the first answer shown, the top ROME fiche of a
// French posting, not of whichever concept had the best total: "Analyste
// data" answered M1419 with the reason "matched analyste data", an ESCO
// label (classifier.explained).
func TestRealReasonExplainsTopROME(t *testing.T) {
	m := openedModel(t)
	for _, tt := range []struct{ title, rome, matched string }{
		{"Analyste data", "M1419", `matched "Data analyst"`},
		{"Assistant commercial", "D1401", `matched "Assistant commercial"`},
	} {
		r := m.Classifier.Classify(context.Background(), posting.Posting{Title: tt.title}, 3)
		if len(r.ROME) == 0 || r.ROME[0].Code != tt.rome {
			t.Fatalf("%s: ROME %v, want %s first", tt.title, r.ROME, tt.rome)
		}
		if !strings.Contains(r.Reason, tt.matched) {
			t.Errorf("%s: reason %q, want it to say %s", tt.title, r.Reason, tt.matched)
		}
	}
}

// TestRealTitlesWithDescriptions: titles whose description, written here
// after real Moroccan postings, once drew them elsewhere.
func TestRealTitlesWithDescriptions(t *testing.T) {
	m := openedModel(t)
	for _, tt := range []struct{ title, desc, isco, rome string }{
		// "filiale" met "Directeur de filiale" (M1303, 1120).
		{"Télécommercial", "Nous recherchons pour notre filiale de paiement un télécommercial qui qualifie et convertit les leads à distance. " +
			"Le groupe bancaire opère à travers des filiales en Afrique.", "5244", "D1408"},
		// A responsable RH who recruits is no HR assistant (M1501).
		{"Responsable Ressources Humaines (H/F)", "Gérer les processus de recrutement (rédaction des annonces, sélection des candidatures, entretiens). " +
			"Assurer la gestion administrative du personnel (dossiers des salariés, gestion des contrats, suivi des absences).", "1212", "M1503"},
		// A French "Testeur" tests software (M1815), not tastes (M1421).
		{"TESTEUR AGILE H/F (H/F)", "Conception des campagnes de tests, rédaction des cas de tests et des scénarios. " +
			"Exécuter manuellement les tests fonctionnels, lancer les tests automatiques, vérifier les comportements attendus " +
			"et recetter les produits. Analyser et signaler les incidents, documenter les non-conformités.", "2519", "M1815"},
	} {
		r := m.Classifier.Classify(context.Background(), posting.Posting{Title: tt.title, Description: tt.desc}, 3)
		if len(r.ISCO) == 0 || len(r.ROME) == 0 {
			t.Fatalf("%s: no ISCO or ROME answer; reason %q", tt.title, r.Reason)
		}
		if got := r.ISCO[0].Code; got != tt.isco {
			t.Errorf("%s: ISCO = %s %q, want %s; reason %q", tt.title, got, r.ISCO[0].Label, tt.isco, r.Reason)
		}
		if got := r.ROME[0].Code; got != tt.rome {
			t.Errorf("%s: ROME = %s %q, want %s; reason %q", tt.title, got, r.ROME[0].Label, tt.rome, r.Reason)
		}
	}
}

// TestMoroccanArabicTitles: everyday Moroccan Arabic and Darija titles
// (testdata/classifier/moroccan-arabic-titles.tsv, written by hand) meet
// the expected ISCO group. The dev sets hold Saudi Arabic only; 30 of the
// 53 were right before the tenth round's Moroccan trade words, 44 after;
// the fourteenth round added 127 common Gulf and Moroccan ad titles: of
// the 180, 147 were right before its Arabic ad words and 170 after; the
// fifteenth added 6 crafts, hammam and informatique titles, wrong before its
// words and right after: 179 of 188 (with its hotel receptionist and IT
// manager, wrong before too).
func TestMoroccanArabicTitles(t *testing.T) {
	m := openedModel(t)
	f, err := os.Open("../testdata/classifier/moroccan-arabic-titles.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	right, n := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		title, isco, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("line %q: want title<TAB>isco", line)
		}
		n++
		r := m.Classifier.Classify(context.Background(), posting.Posting{Title: title}, 1)
		if len(r.ISCO) > 0 && r.ISCO[0].Code == isco {
			right++
		} else if len(r.ISCO) > 0 {
			t.Logf("%s: ISCO %s %q, want %s", title, r.ISCO[0].Code, r.ISCO[0].Label, isco)
		} else {
			t.Logf("%s: no ISCO answer, want %s", title, isco)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d titles right", right, n)
	if n < 200 || right < 180 { // 196 of 205 measured (seventeenth round)
		t.Errorf("%d of %d Moroccan Arabic titles right, floor 180", right, n)
	}
}
