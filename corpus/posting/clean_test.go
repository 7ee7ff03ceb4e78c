package posting

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Développeur Java", "Développeur Java"},
		{"  Comptable   confirmé  ", "Comptable confirmé"},
		{"Technicien &amp; réseau d&#39;entreprise", "Technicien & réseau d'entreprise"},
		{"salaire < 5000 DH", "salaire < 5000 DH"},
		{"<p>Missions :</p><ul><li>Python</li><li>SQL</li></ul>", "Missions :\n\nPython\nSQL"},
		{"Nous cherchons un <b>développeur</b>\n- Java\n- Spring", "Nous cherchons un développeur\nJava\nSpring"},
		{"Voir <a href=\"https://x.ma\">notre site</a>.", "Voir notre site."},
		{"<style>p{}</style>Texte", "Texte"},
		{"# Profil\n\n\n\n**Bac+5** en __informatique__", "Profil\n\nBac+5 en informatique"},
		{"* Python\n+ SQL\n• Excel\n1. Word\n2) Git", "Python\nSQL\nExcel\nWord\nGit"},
		{"__ 0000__", "0000"}, // bold around spaces (found by FuzzClean)
		{"** Bac+3 ** requis", "Bac+3 requis"},
		{"-5% de remise\n2.5 ans", "-5% de remise\n2.5 ans"},
		{"[Postuler ici](https://x.ma/apply) maintenant", "Postuler ici maintenant"},
		{"snake_case_name et 3*4*5", "snake_case_name et 3*4*5"},
		{"مطلوب\u200f  محاسب\r\n\u200bخبرة", "مطلوب محاسب\nخبرة"},
		{"a\u00a0b\tc", "a b c"},
		// A bullet's no-break space ("-&nbsp;Python") goes with its
		// marker in one pass, or a second Clean moved skill offsets.
		{"Missions :\n-\u00a0Python\n\t-\u00a0SQL\n1.\u00a0Git", "Missions :\nPython\nSQL\nGit"},
		{"__ # Profil__", "Profil"},                         // a heading under bold
		{"&amp;lt;b&amp;gt;Java&amp;lt;/b&amp;gt;", "Java"}, // escaped twice
		{"Comp\x00table\x01 H/F", "Comptable H/F"},          // control characters are debris
	}
	for _, tc := range tests {
		if got := Clean(tc.in); got != tc.want {
			t.Errorf("Clean(%q)\n got %q\nwant %q", tc.in, got, tc.want)
		}
		if got := Clean(tc.want); got != tc.want {
			t.Errorf("Clean(%q) = %q: not idempotent", tc.want, got)
		}
	}
}

func BenchmarkClean(b *testing.B) {
	plain := "Vous êtes passionné(e) par la relation client ?\n- Assurer un accompagnement client\n- Gérer les demandes d’information\n**Profil** : Bac+2"
	html := "<p>Vous êtes <b>passionné(e)</b> par la relation client&nbsp;?</p><ul><li>Assurer un accompagnement</li><li>Gérer les demandes</li></ul>"
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(int64(len(plain)))
		for b.Loop() {
			Clean(plain)
		}
	})
	b.Run("html", func(b *testing.B) {
		b.SetBytes(int64(len(html)))
		for b.Loop() {
			Clean(html)
		}
	})
}
