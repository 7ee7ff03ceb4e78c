package skills

// Options tunes what the dictionary accepts as a skill mention. The zero
// value uses the defaults below.
type Options struct {
	// StopForms are surface forms that are never a skill on their own in a
	// posting (they still resolve a search query, where the user says it
	// is a skill). Compared folded: case and accents do not matter.
	// nil means DefaultStopForms; an empty non-nil slice disables the list.
	StopForms []string
	// ContextForms are short or common forms ("R", "Go", "Word") that count
	// only with supporting context: another technical skill nearby or a
	// cue word. One- and two-letter forms always need context.
	// nil means DefaultContextForms.
	ContextForms []string
	// Cues are folded word prefixes that support a context form when they
	// occur nearby ("langage", "maîtrise", "programming").
	// nil means DefaultCues.
	Cues []string
	// Window is how far apart, in token positions, the tokens of a long
	// label may be and still match (0: default 2×tokens+2).
	Window int
}

// DefaultStopForms are labels of ESCO or ROME concepts that, alone in a
// posting, name the job's setting rather than a skill.
var DefaultStopForms = []string{
	"work", "travail", "service", "services", "team", "equipe", "support",
	"management", "gestion", "production", "qualite", "quality", "client",
	"clients", "customer", "business", "projet", "project", "information",
	"entreprise", "company", "vente", "sales", "administration", "securite",
	"safety", "environnement", "environment", "formation", "training",
	"عمل", "خدمة", "ادارة",
	// Fields and sectors: "nouvelles technologies", "architecture data",
	// "Autres Industries", "acteur économique", "Paris" (the ESCO skill is
	// betting).
	"technologie", "technologies", "technology", "architecture",
	"industrie", "industry", "politique", "politics", "economie", "economy",
	"cycle", "energie", "energy", "machines", "ecosystemes", "ecosystems",
	"paris",
}

// DefaultContextForms are forms that are also ordinary words or letters.
var DefaultContextForms = []string{
	"r", "c", "d", "go", "word", "access", "communication", "office",
	"pascal", "ruby", "rust", "swift", "spring", "sage", "basic", "shell",
	"ada", "logo", "processing", "unity", "chef", "puppet", "salt", "sas",
	"outlook", "teams", "project", "visio", "scratch", "assembly", "dart", "julia", "elixir", "crystal", "delphi", "apex", "hive", "pig",
	"spark", "kafka", "flask", "express", "ember", "meteor", "ionic",
}

// DefaultCues are word prefixes (folded) that make a nearby context form
// a skill: "maîtrise de Word", "langage R", "programming in Go".
var DefaultCues = []string{
	"langag", "language", "program", "maitris", "connaiss", "competen",
	"skill", "experien", "knowledge", "logiciel", "software", "outil",
	"tool", "informati", "bureauti", "develop", "code", "coding",
	"framework", "librar", "technolog", "stack", "microsoft", "pack",
	"suite", "proficien", "familiar", "expert", "notions", "pratique",
	"لغة", "برمج", "اتقان", "معرفة", "خبرة", "مهارات", "اجادة",
}

func (o Options) withDefaults() Options {
	if o.StopForms == nil {
		o.StopForms = DefaultStopForms
	}
	if o.ContextForms == nil {
		o.ContextForms = DefaultContextForms
	}
	if o.Cues == nil {
		o.Cues = DefaultCues
	}
	return o
}
