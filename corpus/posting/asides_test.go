package posting

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAsides: the parts about the employer and its offer, in the shapes
// the boards write them (Rekrute, France Travail, English and Arabic
// ads); each want is the list of asides' texts.
func TestAsides(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"none", "Vos missions :\nDévelopper en Python.\nProfil recherché :\nBac+5.", nil},
		{"employer first",
			"Qui sommes-nous ?\nUn leader de la Data et de l'IA.\n\nVos missions :\nDévelopper en Python.",
			[]string{"Qui sommes-nous ?\nUn leader de la Data et de l'IA.\n"}},
		{"offer last, to the end",
			"Profil :\nMaîtrise de SQL.\nCe que nous offrons\n- Mutuelle\n- Cours de yoga",
			[]string{"Ce que nous offrons\n- Mutuelle\n- Cours de yoga"}},
		{"inline heading: its line only",
			"Avantages : mutuelle, tickets restaurant.\nMaîtrise de SQL.",
			[]string{"Avantages : mutuelle, tickets restaurant."}},
		{"a blank line after its text ends it",
			"Avantages :\n\nMutuelle\nCrèche d'entreprise\n\nUne expérience de Kubernetes est un plus.",
			[]string{"Avantages :\n\nMutuelle\nCrèche d'entreprise\n"}},
		{"capitals, no accents",
			"L'ENTREPRISE\nLe Groupe distribue des fluides frigorigènes.\nLES COMPETENCES REQUISES\nETL Talend, SQL.",
			[]string{"L'ENTREPRISE\nLe Groupe distribue des fluides frigorigènes.\n"}},
		{"an acronym in capitals does not end it",
			"Avantages sociaux :\nCSE\nRestaurant d'entreprise",
			[]string{"Avantages sociaux :\nCSE\nRestaurant d'entreprise"}},
		{"a line ending with a colon ends it (two lines run together)",
			"Ce que nous proposons :\nRTT.\nUne entreprise à taille humaine.Vous avez une expérience de 5 ans, incluant :\nMachine Learning.",
			[]string{"Ce que nous proposons :\nRTT.\n"}},
		{"recruitment process",
			"Notre processus de recrutement pour ce poste :\nUn échange avec Emma, notre RH.",
			[]string{"Notre processus de recrutement pour ce poste :\nUn échange avec Emma, notre RH."}},
		{"job headings are no asides",
			"À propos du poste\nGérer la paie.\nÀ propos de vous\nRigueur.\nÀ propos de Viseo\nUne ESN.", nil},
		{"English",
			"About us\nWe build payment software.\nRequirements:\nSQL and Python.\nWhat we offer:\n- Gym membership",
			[]string{"About us\nWe build payment software.\n", "What we offer:\n- Gym membership"}},
		{"Arabic",
			"المهام:\nإعداد التقارير المالية\nالمزايا:\nتأمين صحي",
			[]string{"المزايا:\nتأمين صحي"}},
		{"numbered, bold and bulleted headings",
			"1. Entreprise\nUne banque.\n2. Poste\nConseiller.\n**Nos avantages**\n• Mutuelle",
			[]string{"1. Entreprise\nUne banque.\n", "**Nos avantages**\n• Mutuelle"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Asides(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
				t.Errorf("Asides:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestAsideHeadings: each form asideHeading knows opens an aside, through
// the asideFirst gate; job headings do not.
func TestAsideHeadings(t *testing.T) {
	for _, h := range []string{
		"Avantages", "Nos avantages :", "Les avantages à nous rejoindre", "Autres avantages", "Avantages sociaux",
		"Nos engagements, vos avantages", "Rémunération", "Salaire & avantages", "Package et avantages",
		"Informations complémentaires et avantages", "Description de l'entreprise", "Présentation de la société",
		"PRESENTATION ENTREPRISE :", "L'entreprise", "L’entreprise", "Notre société", "Entreprise", "Société",
		"Qui sommes-nous ?", "Qui sommes nous", "À propos de nous", "A propos de l'entreprise",
		"Pourquoi nous rejoindre ?", "POURQUOI LES REJOINDRE?", "Nous rejoindre, c'est :",
		"Ce que nous offrons", "Ce que nous vous proposons :", "Ce que l'on vous propose", "Ce que l'entreprise vous offre",
		"Ce que nous t'offrons :", "Nous offrons", "Nous vous proposons", "Processus de recrutement",
		"Notre processus de recrutement pour ce poste :", "Le process de recrutement", "Parcours de recrutement",
		"Les étapes du recrutement", "À propos du processus de recrutement",
		"About us", "About the company", "Who we are", "Company overview", "What we offer", "What we can offer you",
		"Benefits", "Our benefits", "Perks & benefits", "Why join us?", "Why work with us", "Recruitment process",
		"Hiring process", "المزايا", "مزايا العمل", "ما نقدمه", "نقدم لكم", "عن الشركة", "نبذة عن الشركة", "من نحن",
	} {
		if aside, heading, _ := readHeading(h, false); !aside || !heading {
			t.Errorf("readHeading(%q) = aside %v, heading %v; want an aside heading", h, aside, heading)
		}
	}
	for _, h := range []string{"Profil recherché :", "Vos missions", "À propos du poste", "À propos de vous", "Requirements", "المهام"} {
		if aside, heading, _ := readHeading(h, true); aside || !heading {
			t.Errorf("readHeading(%q) = aside %v, heading %v; want a job heading", h, aside, heading)
		}
	}
}

// FuzzAsides checks that spans are in bounds, in order, disjoint, and
// start at a line's start.
func FuzzAsides(f *testing.F) {
	for _, s := range []string{
		"Qui sommes-nous ?\nx\n\nMissions :\ny", "Avantages : a\nb", "AVANTAGES\n\nCSE\n", "", "\n\n:", "À propos de nous",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		prev := 0
		for _, a := range Asides(s) {
			if a.Start < prev || a.End < a.Start || a.End > len(s) {
				t.Fatalf("span %+v after %d in %d bytes", a, prev, len(s))
			}
			if a.Start > 0 && s[a.Start-1] != '\n' {
				t.Fatalf("span %+v does not start a line in %q", a, s)
			}
			prev = a.End
		}
	})
}

// BenchmarkAsides reads a job ad written like a Moroccan board's, with
// an employer part, benefits and a recruitment process ("asides"), and
// its job parts alone ("none", the common case).
func BenchmarkAsides(b *testing.B) {
	raw, err := os.ReadFile("testdata/asides.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := Clean(string(raw))
	var job strings.Builder
	at := 0
	for _, s := range Asides(text) {
		job.WriteString(text[at:s.Start])
		at = s.End
	}
	job.WriteString(text[at:])
	for _, bc := range []struct{ name, text string }{{"asides", text}, {"none", job.String()}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				Asides(bc.text)
			}
		})
	}
}
