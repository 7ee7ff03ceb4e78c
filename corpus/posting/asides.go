package posting

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A job ad says what the job is, and often also who the employer is, what
// it offers and how it recruits: "Qui sommes-nous ?", "Avantages :",
// "Processus de recrutement", "What we offer". Those asides name skills
// that the job does not ask for ("notre programme de développement
// personnel", "un restaurant d'entreprise"), so the skill extractor
// leaves them out.

// Span is a part of a text, by byte offsets: text[Start:End].
type Span struct{ Start, End int }

// Holds reports whether text[start:end] lies within the span.
func (s Span) Holds(start, end int) bool { return start >= s.Start && end <= s.End }

// asideHeading matches the heading of an aside, lower-cased, without
// French accents, its bullet, numbering or final punctuation. Headings
// that name the job ("À propos du poste", "Profil recherché") are not
// asides; neither is "À propos de <company>", which boards also use for
// the job's team.
var asideHeading = regexp.MustCompile(`^(?:` +
	// French
	`(?:(?:nos|les|vos|des|autres)\s+)?avantages(?:\s+sociaux)?(?:\s+a\s+nous\s+rejoindre)?` +
	`|nos\s+engagements,?\s+vos\s+avantages` +
	`|(?:remuneration|salaire)(?:\s*(?:et|&)\s*avantages)?` +
	`|(?:package|informations\s+complementaires)\s+(?:et|&)\s+avantages` +
	`|(?:description|presentation)\s+(?:de\s+)?(?:l['’]\s*|la\s+)?(?:entreprise|societe)` +
	`|(?:l['’]\s*|notre\s+|la\s+)?(?:entreprise|societe)` +
	`|qui\s+sommes[\s-]nous` +
	`|a\s+propos\s+de\s+(?:nous|l['’]\s*entreprise|la\s+societe)` +
	`|pourquoi\s+(?:nous|les)\s+rejoindre|nous\s+rejoindre,?\s+c['’]\s*est` +
	`|ce\s+que\s+(?:nous|l['’]\s*on|l['’]\s*entreprise)\s+(?:vous\s+|t['’]\s*)?(?:offrons|offre|proposons|propose)` +
	`|nous\s+(?:vous\s+)?(?:offrons|proposons)` +
	`|(?:(?:notre|le|les|a\s+propos\s+du)\s+)?(?:processus|process|parcours|etapes)\s+(?:du\s+|de\s+|d['’]\s*)recrutement(?:\s+pour\s+ce\s+poste)?` +
	// English
	`|about\s+(?:us|the\s+company|the\s+employer|our\s+company)|who\s+we\s+are|company\s+(?:description|overview|profile)` +
	`|what\s+we\s+(?:can\s+)?offer(?:\s+you)?|(?:our\s+)?(?:benefits|perks)(?:\s+(?:and|&)\s+(?:benefits|perks))?` +
	`|why\s+(?:join\s+us|work\s+with\s+us|you\s+should\s+join\s+us)|(?:our\s+)?(?:recruitment|hiring|interview)\s+process` +
	// Arabic
	`|المزايا|مزايا\s+العمل|ما\s+نقدمه|نقدم\s+لكم|عن\s+الشركة|نبذة\s+عن\s+الشركة|من\s+نحن` +
	`)$`)

// jobHeading matches a heading that starts a part about the job itself,
// which ends an aside (written like asideHeading).
var jobHeading = regexp.MustCompile(`^(?:` +
	`(?:(?:le|la|les|votre|vos|ton|tes|a\s+propos\s+du|description\s+du|descriptif\s+du)\s+)?` +
	`(?:poste|profil|missions?|responsabilites?|activites|taches|competences?|qualifications?|exigences|formation|experience` +
	`|savoir[\s-](?:faire|etre)|environnement(?:\s+technique)?|stack|connaissances|fonctions?|role|contexte|conditions)(?:\s+\S+){0,3}` +
	`|a\s+propos\s+de\s+vous|description|descriptif` +
	`|about\s+(?:the\s+)?(?:role|job|position|you)|(?:your\s+|the\s+|key\s+)?(?:role|profile|responsibilities|mission|missions|tasks|duties)` +
	`|(?:job\s+)?(?:description|requirements|qualifications)|what\s+you\s+will\s+do|skills(?:\s+and\s+experience)?` +
	`|المهام|المسؤوليات|المتطلبات|الشروط|المؤهلات|الوصف\s+الوظيفي` +
	`)$`)

// unaccent folds the French accents of a lower-cased heading.
var unaccent = strings.NewReplacer("é", "e", "è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a",
	"ç", "c", "î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u")

// maxHeading is the longest line read as a heading, in bytes.
const maxHeading = 80

// asideFirst holds the first words of asideHeading's headings (folded
// like them): a line that starts otherwise is read no further unless an
// aside is open, so that a description without asides costs a map
// look-up per line. TestAsideHeadings covers each form.
var asideFirst = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`avantages nos les vos des autres remuneration salaire package
		informations description presentation l'entreprise l’entreprise entreprise notre la societe qui a
		pourquoi nous ce le processus process parcours etapes about who company what our benefits perks why
		recruitment hiring interview المزايا مزايا ما نقدم عن نبذة من`) {
		m[w] = true
	}
	return m
}()

// Asides returns the parts of a cleaned job-ad text (see Clean) that are
// about the employer or its offer. A heading on a line of its own
// ("Avantages", "Qui sommes-nous ?") opens an aside, which runs to the
// next heading of any kind, to the first blank line after its first
// words, or to the end; a heading before a colon with text after it
// ("Avantages : mutuelle, primes") makes that line an aside. Spans are
// in order and do not overlap.
func Asides(text string) []Span {
	var out []Span
	open, filled := -1, false // start of the aside being read, or -1; whether it has text yet
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		blank := strings.TrimSpace(line) == ""
		aside, heading, inline := readHeading(line, open >= 0)
		if open >= 0 && (heading || blank && filled) {
			out = append(out, Span{open, start})
			open = -1
		}
		switch {
		case aside && inline:
			out = append(out, Span{start, end})
		case aside:
			open, filled = start, false
		case open >= 0 && !blank:
			filled = true
		}
		start = end + 1
	}
	if open >= 0 {
		out = append(out, Span{open, len(text)})
	}
	return out
}

// headingTrim is what a heading is trimmed of: bullets, numbering,
// Markdown marks and final punctuation.
const headingTrim = " \t*#•-–—.0123456789)?!:"

// readHeading reports whether line is a heading, whether it heads an
// aside, and whether text follows it on the line (inline); inAside says
// an aside is open, which only a heading ends. Any line that ends with a
// colon (it introduces what follows), or a short one that ends with a
// question mark or is written in capitals, ends an aside even when its
// words are unknown: an aside kept too short costs a few skill mentions,
// one run too long would cost the job's own ("… nos collaborateurs.Vous
// avez une expérience de minimum 5 ans, incluant :", two lines run
// together; "LES COMPETENCES REQUISES").
func readHeading(line string, inAside bool) (aside, heading, inline bool) {
	h := line
	if i := strings.IndexByte(h, ':'); i >= 0 && i < maxHeading {
		h, inline = h[:i], strings.TrimSpace(h[i+1:]) != ""
	} else if len(h) > maxHeading {
		return false, inAside && strings.HasSuffix(strings.TrimRight(line, " \t"), ":"), false
	}
	h = strings.Trim(h, headingTrim)
	if h == "" {
		return false, false, false
	}
	if !inAside && !startsAside(h) {
		return false, false, false
	}
	h = strings.Join(strings.Fields(unaccent.Replace(strings.ToLower(h))), " ")
	switch {
	case asideHeading.MatchString(h):
		return true, true, inline
	case !inAside:
		return false, false, false
	case jobHeading.MatchString(h):
		return false, true, inline
	}
	t := strings.TrimRight(line, " \t")
	other := strings.HasSuffix(t, ":") || len(t) <= maxHeading && (strings.HasSuffix(t, "?") || capitals(t))
	return false, other && !inline, false
}

// startsAside reports whether h's first word is one of asideFirst's; an
// ASCII word is lower-cased on the stack, which keeps the common case
// free of allocation.
func startsAside(h string) bool {
	first, _, _ := strings.Cut(h, " ")
	var buf [16]byte
	if len(first) > len(buf) {
		return false // no first word of a heading is this long
	}
	for i := 0; i < len(first); i++ {
		c := first[i]
		if c >= utf8.RuneSelf {
			return asideFirst[unaccent.Replace(strings.ToLower(first))]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return asideFirst[string(buf[:len(first)])]
}

// capitals reports whether s is two words or more and all its cased
// letters are upper case ("LES ACTIVITES PRINCIPALES"); one word in
// capitals is as often an acronym in a list ("CSE", "RTT").
func capitals(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			letters++
		}
	}
	return letters >= 3 && len(strings.Fields(s)) >= 2
}
