package corpus

import "strings"

// This file holds the technical-term stage: compounds whose parts the
// tokenizer splits ("CI/CD", "R&D", "SQL Server") are joined back into one
// term, so they are neither stemmed nor removed as stop words and a skill
// label meets a posting whatever the spacing around the separator.
//
// The joined term writes the parts' folded forms with their separator;
// white space becomes a single space: "ci/cd", "r&d", "sql server",
// "sap s/4hana", "power bi". (Punctuated single words — "c++", "c#",
// ".net", "node.js" — are kept whole by the tokenizer already.)

// technicalTerms lists the compounds, written as in text.
var technicalTerms = []string{
	"CI/CD", "TCP/IP", "A/B", "UI/UX", "UX/UI", "PL/SQL", "I/O", "S/4HANA", "SAP S/4HANA", "R/3", "SAP R/3",
	"R&D", "AT&T", "Q&A", "M&A", "P&L", "B&B",
	"SQL Server", "MS SQL", "Power BI", "Power Apps", "Power Automate", "Power Query", "Objective-C",
	"Visual Basic", "Visual Studio", "Google Cloud", "Data Factory", "Big Data", "Business Intelligence",
}

// compound is one technical term: its parts' folded forms, the separators
// between them ("" stands for white space), and the joined term.
type compound struct {
	parts []string
	seps  []string
	term  string
}

// compoundSet finds compounds by their first part.
type compoundSet map[string][]compound

// newCompoundSet analyses the technical terms with the tokenizer and the
// normaliser, so entries and text are split the same way.
func newCompoundSet(terms []string) compoundSet {
	set := make(compoundSet)
	for _, t := range terms {
		spans := tokenize(nil, t)
		if len(spans) < 2 {
			continue
		}
		var c compound
		var b strings.Builder
		for i, sp := range spans {
			part := Fold(t[sp.start:sp.word])
			c.parts = append(c.parts, part)
			if i > 0 {
				sep := separator(t, spans[i-1].end, sp.start)
				c.seps = append(c.seps, sep)
				if sep == "" {
					sep = " "
				}
				b.WriteString(sep)
			}
			b.WriteString(part)
		}
		c.term = b.String()
		list := append(set[c.parts[0]], c)
		for i := len(list) - 1; i > 0 && len(list[i].parts) > len(list[i-1].parts); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		set[c.parts[0]] = list
	}
	return set
}

// separator returns the punctuation between two spans with white space
// trimmed ("" when there is only white space).
func separator(text string, from, to int) string {
	return strings.TrimSpace(text[from:to])
}

// match returns the compound starting at items[i], if any.
func (cs compoundSet) match(text string, items []item, i int) (compound, bool) {
	cands, ok := cs[items[i].norm]
	if !ok {
		return compound{}, false
	}
outer:
	for _, c := range cands {
		if i+len(c.parts) > len(items) {
			continue
		}
		for k := 1; k < len(c.parts); k++ {
			prev, it := &items[i+k-1], &items[i+k]
			if it.kind != spanWord || it.norm != c.parts[k] {
				continue outer
			}
			if gap := text[prev.end:it.start]; len(gap) > 8 || separator(text, prev.end, it.start) != c.seps[k-1] {
				continue outer
			}
		}
		return c, true
	}
	return compound{}, false
}
