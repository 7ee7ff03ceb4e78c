package skills

import (
	"strings"
	"unicode/utf8"
)

// Trades are the commonest trade and office skills of Moroccan job ads,
// named the way job seekers and recruiters type them (French, Arabic,
// English), each with the ESCO occupations that practise it and, where
// one fits, the ESCO skill. ESCO's own labels miss most of these words:
// its French says "soudage" where ads say "soudure", plumbers' skills
// are "install plumbing systems", not "plomberie", and trades have no
// Arabic skill labels at all. So Search reads a query part that is one of
// these words as the trade itself. Hand-written; every URI is checked
// against the real data by TestRealTrades.
type trade struct {
	words  []string // whole query parts that name the trade
	occs   []string // ESCO occupation URIs
	skills []string // ESCO skill URIs
}

const (
	escoOcc   = "http://data.europa.eu/esco/occupation/"
	escoSkill = "http://data.europa.eu/esco/skill/"
)

var trades = []trade{
	{words: []string{"soudure", "soudage", "soudeur", "welding", "welder", "لحام", "تلحيم"},
		occs:   []string{escoOcc + "7aedaa07-3884-4c5b-88f9-80997b2aa54b"},    // welder
		skills: []string{escoSkill + "530cb489-d900-46ab-9350-4d50ccd49eea"}}, // welding techniques
	{words: []string{"plomberie", "plombier", "plumbing", "plumber", "سباكة", "سباك", "ترصيص", "رصاص"},
		occs: []string{
			escoOcc + "ed3cf43d-c2c1-4c46-82fc-1375e27e0290", // plumber
			escoOcc + "7259dc48-004a-4ceb-aa4e-5bbd548c2397", // heating technician
		},
		skills: []string{escoSkill + "8755734c-2919-41a3-9ca6-1e3d1f169213"}}, // install plumbing systems
	{words: []string{"électricité", "électricien", "électricité bâtiment", "electrician", "electrical installation", "كهرباء", "كهربائي"},
		occs:   []string{escoOcc + "4910419f-b4af-4f59-b544-9dbebc8a74f0"},    // electrician
		skills: []string{escoSkill + "c8ac1986-38fa-43b2-89dc-50a4beeb420e"}}, // electricity
	{words: []string{"maçonnerie", "maçon", "masonry", "bricklaying", "bricklayer", "mason", "بناء", "بناي", "بناية"},
		occs: []string{
			escoOcc + "05f321f8-055b-407d-bf19-e0ddabda56b7", // bricklayer
			escoOcc + "f3fc11ca-9a72-40da-bf0f-b2aab7e33079", // stonemason
			escoOcc + "fb7e2f4f-1545-42f1-972e-94082e49c6dc", // building construction worker
		},
		skills: []string{escoSkill + "13e1c0a2-b90d-46f4-be51-11730360b38d"}}, // lay bricks
	{words: []string{"menuiserie", "menuisier", "ébénisterie", "carpentry", "carpenter", "joinery", "joiner", "نجارة", "نجار"},
		occs:   []string{escoOcc + "2a22ff9e-de3b-408d-b312-5034896cc4f4"},    // carpenter
		skills: []string{escoSkill + "19858dd3-a5fe-4855-b644-6ecfefd1c384"}}, // carpentry
	{words: []string{"cuisine", "cuisinier", "cuisinière", "chef cuisinier", "cooking", "cook", "chef", "طبخ", "طباخ", "طباخة", "مطبخ"},
		occs: []string{
			escoOcc + "90f75f67-495d-49fa-ab57-2f320e251d7e", // cook
			escoOcc + "1009be17-7efd-45f1-a033-566bf179c588", // chef
		},
		skills: []string{escoSkill + "f3934441-4bff-4076-9945-e6c51a01c467"}}, // use cooking techniques
	{words: []string{"commis de cuisine", "aide cuisinier", "plonge", "plongeur", "kitchen assistant", "kitchen porter", "مساعد طباخ"},
		occs: []string{
			escoOcc + "e1cf6897-158d-4b48-a39e-2a3a8cac216c", // kitchen assistant
			escoOcc + "f756fdab-7726-4c48-bfcc-94ff8810fc08", // kitchen porter
		}},
	{words: []string{"pâtisserie", "pâtissier", "pâtissière", "pastry", "pastry chef", "حلويات", "حلواني"},
		occs: []string{
			escoOcc + "ff42d44c-34f8-46be-ad3a-2aad9a5e43f0", // pastry maker
			escoOcc + "8f10ea9b-bfdf-4a4c-9fa7-b6e02daa93e5", // pastry chef
		}},
	{words: []string{"boulangerie", "boulanger", "bakery", "baker", "مخبزة", "خباز"},
		occs: []string{escoOcc + "1aadb308-432a-4d01-b54b-b4f7f76dd419"}}, // baker
	{words: []string{"coiffure", "coiffeur", "coiffeuse", "hairdressing", "hairdresser", "barber", "حلاقة", "حلاق", "تصفيف الشعر", "حلاقة نسائية"},
		occs: []string{
			escoOcc + "099c6bb0-22d3-4c5d-8bf5-70910af381ef", // hairdresser
			escoOcc + "4e0c14d6-b170-40f1-bcdc-703c0b92109b", // barber
		},
		skills: []string{escoSkill + "d2c5d356-43d9-4118-827c-6801e32a452a"}}, // hairdressing
	{words: []string{"couture", "couturier", "couturière", "confection", "piqueuse", "sewing", "tailoring", "tailor", "dressmaker", "خياطة", "خياط"},
		occs: []string{
			escoOcc + "978ae3a2-0831-415a-8396-b84dde656fc5", // tailor
			escoOcc + "5589e8e0-48d9-4193-8c85-86ba9f17e0e9", // dressmaker
			escoOcc + "517c01aa-e875-4690-bf38-17307a57eafe", // sewing machinist
		}},
	{words: []string{"chauffeur", "chauffeur livreur", "chauffeur poids lourd", "permis", "permis de conduire", "permis b", "permis c", "conduite", "driving", "driver", "driving licence", "سياقة", "سائق", "رخصة السياقة", "رخصة القيادة"},
		occs: []string{
			escoOcc + "0c408028-c48f-4df8-ba5d-c3d3be15f5a2", // car and van delivery driver
			escoOcc + "45037d43-a8f5-4f46-b332-b2935bc305f4", // cargo vehicle driver
			escoOcc + "00cee175-1376-43fb-9f02-ba3d7a910a58", // bus driver
			escoOcc + "e75305db-9011-4ee0-ab62-8d41a98f807e", // private chauffeur
			escoOcc + "6f7c1e84-8162-4c20-a575-b57ff624eef5", // taxi driver
		}},
	{words: []string{"comptabilité", "comptable", "aide comptable", "accounting", "accountant", "bookkeeping", "محاسبة", "محاسب"},
		occs: []string{
			escoOcc + "eda0d957-3c3c-4139-b89a-a18bc9e18897", // accountant
			escoOcc + "bfe142b9-a049-4d41-89c4-fd2f34ac56b6", // accounting assistant
			escoOcc + "c3aae59e-1441-4b3e-bdd1-6da50dc7cf42", // bookkeeper
		},
		skills: []string{escoSkill + "ecc18804-a466-40d9-98b4-fba5cd67dd4b"}}, // accounting
	{words: []string{"vente", "vendeur", "vendeuse", "commercial", "commerciale", "sales", "salesperson", "مبيعات", "بيع", "بائع"},
		occs: []string{
			escoOcc + "9ba74e8a-c40c-4228-9998-eb3c7a5c11df", // sales assistant
			escoOcc + "0b15375e-dfdd-4047-9efb-096e0aaee7d2", // shop assistant
			escoOcc + "14031d4a-6e99-442f-b4fe-18262b6432b2", // commercial sales representative
		},
		skills: []string{escoSkill + "29a50780-f81b-429c-b410-7f23a492e19d"}}, // sell products
	{words: []string{"télévente", "téléconseiller", "téléconseillère", "téléopérateur", "téléopératrice", "centre d'appel", "centre d'appels", "call center", "call centre", "telesales", "مركز الاتصال", "مركز النداء"},
		occs: []string{escoOcc + "0ededdc2-050a-4ec3-8e70-6295105fcd19"}}, // call centre agent
	{words: []string{"secrétariat", "secrétaire", "assistante de direction", "assistant administratif", "assistante administrative", "secretarial", "secretary", "سكرتارية", "سكرتير", "سكرتيرة", "كاتبة"},
		occs: []string{
			escoOcc + "5ac377d2-e1d0-4911-a299-b4ef2782a0ba", // secretary
			escoOcc + "044d78cc-f62f-4532-83a5-8e04f2889652", // administrative assistant
		}},
	{words: []string{"informatique", "informaticien", "technicien informatique", "support informatique", "computing", "computer technician", "معلوميات", "إعلاميات", "الإعلاميات", "حاسوب"},
		occs: []string{
			escoOcc + "3e7bf729-4442-4b9f-ad5e-83111963795c", // ICT technician
			escoOcc + "aaeec9a7-dc57-4485-890c-86b3eef735f9", // ICT help desk agent
			escoOcc + "f2b15a0e-e65a-438a-affb-29b9d50b77d1", // software developer
		}},
	{words: []string{"développement web", "développeur web", "web development", "web developer", "تطوير المواقع"},
		occs: []string{escoOcc + "c40a2919-48a9-40ea-b506-1f34f693496d"}}, // web developer
	{words: []string{"peinture", "peintre", "peintre en bâtiment", "painting", "painter", "صباغة", "صباغ", "دهان"},
		occs: []string{escoOcc + "15620506-fb5d-49cd-87a2-1c9047fb406a"}}, // construction painter
	{words: []string{"carrelage", "carreleur", "tiling", "tiler", "زليج", "زلايجي", "تبليط"},
		occs: []string{escoOcc + "02447817-ea01-4d8b-b09c-8bc128e447e6"}}, // tile fitter
	{words: []string{"plâtrerie", "plâtrier", "plastering", "plasterer", "جبس", "جباس"},
		occs: []string{escoOcc + "f4a22809-c00c-4dd0-8b09-c7251f8dcd1c"}}, // plasterer
	{words: []string{"mécanique auto", "mécanicien", "mécanicien auto", "car mechanic", "mechanic", "ميكانيك", "ميكانيكي"},
		occs: []string{escoOcc + "4ad4024e-d1d3-4dea-b6d1-2c7948111dce"}}, // vehicle technician
	{words: []string{"climatisation", "frigoriste", "froid et climatisation", "air conditioning", "refrigeration", "تبريد", "تكييف", "تكييف الهواء"},
		occs: []string{escoOcc + "8234eee9-1647-460d-8d62-7fe02cb884b0"}}, // refrigeration, air condition and heat pump technician
	{words: []string{"chaudronnerie", "chaudronnier", "tôlerie", "tôlier", "sheet metal", "boilermaker", "تلحيم الصفائح"},
		occs: []string{
			escoOcc + "5ed024ab-3b6a-4e06-a7fe-8a29f8469a64", // boilermaker
			escoOcc + "572c9810-e1ee-4f7a-a71f-820f17c0c25b", // sheet metal worker
		}},
	{words: []string{"électronique", "électronicien", "electronics", "إلكترونيات", "الكترونيك"},
		occs: []string{escoOcc + "27811419-407f-4868-a388-2f7df7aafd91"}}, // electronics engineering technician
	{words: []string{"jardinage", "jardinier", "gardening", "gardener", "بستنة", "بستاني", "جنان"},
		occs: []string{escoOcc + "e7970c7a-7769-4002-87d3-0a8ea94fdd6f"}}, // landscape gardener
	{words: []string{"nettoyage", "ménage", "femme de ménage", "agent d'entretien", "agent de nettoyage", "cleaning", "cleaner", "housekeeping", "تنظيف", "نظافة", "منظفة"},
		occs: []string{
			escoOcc + "cbad55a4-c7cf-4ab6-9540-eac72b26729b", // domestic cleaner
			escoOcc + "303a1e34-cb16-4054-b323-81e5eec17397", // building cleaner
		}},
	{words: []string{"gardiennage", "gardien", "vigile", "agent de sécurité", "security guard", "حراسة", "حارس", "حارس أمن"},
		occs: []string{escoOcc + "31808988-fc0a-4bc3-9e47-27216d6759f5"}}, // security guard
	{words: []string{"caisse", "caissier", "caissière", "cashier", "أمين الصندوق", "كاشير"},
		occs: []string{escoOcc + "2b871272-bd61-4206-bd1a-0b96d7023098"}}, // cashier
	{words: []string{"cariste", "chariot élévateur", "conduite de chariot", "conduite de chariots", "conduite de chariot élévateur", "conducteur de chariot", "forklift", "forklift driver", "forklift operator", "رافعة شوكية", "سائق رافعة", "سائق رافعة شوكية"},
		occs:   []string{escoOcc + "eeac6251-1974-42f5-91ed-513c6c883755"},    // forklift operator
		skills: []string{escoSkill + "28cb374e-6261-4133-8371-f9a5470145da"}}, // operate forklift
	{words: []string{"magasinier", "manutentionnaire", "préparateur de commandes", "warehouse", "warehouse worker", "مخزن", "مستودع", "أمين المخزن"},
		occs: []string{
			escoOcc + "bea705fe-06ac-4147-b8e0-6e8ac1208d8f", // warehouse worker
			escoOcc + "eeac6251-1974-42f5-91ed-513c6c883755", // forklift operator
			escoOcc + "cd94def5-3442-4c2e-ae3d-0761a3008bcb", // warehouse order picker
		}},
	{words: []string{"serveur", "serveuse", "service en salle", "waiter", "waitress", "نادل", "نادلة"},
		occs: []string{escoOcc + "d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471"}}, // waiter/waitress
	{words: []string{"barman", "barmaid", "bartender", "ساقي"},
		occs: []string{escoOcc + "2f5e38a0-6578-4665-bdbd-e2ab505be140"}}, // bartender
	{words: []string{"réception", "réceptionniste", "accueil", "hôtesse d'accueil", "receptionist", "استقبال", "موظف استقبال"},
		occs: []string{escoOcc + "f7b04542-d8c7-42db-8475-e63b507cce82"}}, // receptionist
	{words: []string{"esthétique", "esthéticienne", "beauty", "beautician", "تجميل", "مجملة"},
		occs: []string{escoOcc + "d3fd0898-51f7-42a3-8f44-09408fc796f6"}}, // beauty salon attendant
	{words: []string{"boucherie", "boucher", "butcher", "butchery", "جزارة", "جزار"},
		occs: []string{escoOcc + "37c7880e-cfee-4c41-a41b-061682fefde3"}}, // butcher
	{words: []string{"soins infirmiers", "infirmier", "infirmière", "aide soignant", "aide soignante", "nursing", "nurse", "تمريض", "ممرض", "ممرضة"},
		occs: []string{
			escoOcc + "8d3e8aaa-791b-4c75-a465-f3f827028f50", // nurse responsible for general care
			escoOcc + "87d0795a-d41f-47ee-979f-0ab7d73836e7", // nurse assistant
		}},
	{words: []string{"enseignement", "enseignant", "enseignante", "professeur", "soutien scolaire", "teaching", "teacher", "tutor", "تعليم", "تدريس", "أستاذ", "أستاذة", "مدرس"},
		occs: []string{
			escoOcc + "03d79393-7b30-4159-945b-01963eddd302", // primary school teacher
			escoOcc + "59bce29f-5c8b-47cf-bfd4-6ec003f5323a", // tutor
		}},
	{words: []string{"livraison", "livreur", "coursier", "delivery", "delivery driver", "courier", "توصيل", "موصل"},
		occs: []string{
			escoOcc + "0c408028-c48f-4df8-ba5d-c3d3be15f5a2", // car and van delivery driver
			escoOcc + "3a959644-beed-4afc-8e57-d5068ae6a43e", // bicycle courier
		}},
	{words: []string{"agriculture", "ouvrier agricole", "agricole", "farming", "farm worker", "فلاحة", "زراعة", "فلاح", "عامل فلاحي"},
		occs: []string{
			escoOcc + "c9191f7f-28b5-4df8-991d-804c53009b83", // crop production worker
			escoOcc + "373db468-bd25-4b67-a6e0-4ac79d9a9e85", // fruit and vegetable picker
		}},
	{words: []string{"ressources humaines", "rh", "paie", "gestion de la paie", "human resources", "payroll", "موارد بشرية", "الموارد البشرية"},
		occs: []string{
			escoOcc + "d3e32e5e-7f24-48e3-b939-e4f800eb62fb", // human resources officer
			escoOcc + "ade351da-7bda-424e-8682-bbdcab2a25be", // payroll clerk
		}},
	{words: []string{"marketing", "marketing digital", "digital marketing", "تسويق", "تسويق رقمي"},
		occs: []string{
			escoOcc + "47e81c7f-2d04-4a60-a8ff-9913c36d8344", // marketing assistant
			escoOcc + "dc97adbe-f807-4ad8-8f3c-c24b3416cdef", // digital marketing manager
		}},
}

// tradeIndex maps a trade word's key (tradeKey) to its index in trades.
// Built once from the literal table above and never changed.
var tradeIndex = func() map[string]int {
	m := make(map[string]int)
	for i, t := range trades {
		for _, w := range t.words {
			m[tradeKey(w)] = i
		}
	}
	return m
}()

// tradeKey folds a query part or trade word (case, accents, Arabic
// hamza and harakat), unifies apostrophes and hyphens with spaces, and
// drops the Arabic article from each word ("السباكة" is "سباكة").
func tradeKey(s string) string {
	s = strings.NewReplacer("'", " ", "’", " ", "-", " ").Replace(s)
	ws := strings.Fields(fold(s))
	for i, w := range ws {
		for _, art := range []string{"وال", "بال", "ال"} {
			if rest, ok := strings.CutPrefix(w, art); ok && utf8.RuneCountInString(rest) >= 3 {
				ws[i] = rest
				break
			}
		}
	}
	return strings.Join(ws, " ")
}

// tradeOf returns the trade a whole query part names, or -1.
func tradeOf(part string) int {
	if i, ok := tradeIndex[tradeKey(part)]; ok {
		return i
	}
	return -1
}
