package store

import (
	"context"
	"math/bits"
	"path/filepath"
	"strings"
	"testing"

	"marsad/corpus/posting"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Chargé(e) de Clientèle", "charge e de clientele"},
		{"  CHARGE(E)   DE CLIENTELE ", "charge e de clientele"},
		{"Développeur – Full-Stack!!", "developpeur full stack"},
		{"مُهَنْدِس برمجيات", "مهندس برمجيات"},
		{"", ""},
		{"***", ""},
	} {
		if got := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSimHash(t *testing.T) {
	base := "Nous recherchons un développeur Java confirmé pour rejoindre notre équipe à Casablanca. Vous maîtrisez Spring Boot, les microservices et les bases de données relationnelles. Vous travaillerez en méthode agile avec les équipes produit."
	near := strings.Replace(base, "confirmé", "expérimenté", 1) + " Poste en CDI."
	other := "Cabinet comptable recrute un comptable confirmé pour la tenue de la comptabilité, les déclarations fiscales et sociales, et la préparation des bilans annuels de nos clients PME à Rabat."
	h := func(s string) uint64 { return simHash(strings.Fields(normalize(s))) }
	if d := bits.OnesCount64(h(base) ^ h(base)); d != 0 {
		t.Errorf("same text: distance %d", d)
	}
	dn, do := bits.OnesCount64(h(base)^h(near)), bits.OnesCount64(h(base)^h(other))
	if dn >= do {
		t.Errorf("near text at %d bits, unrelated text at %d: SimHash does not separate them", dn, do)
	}
	if do <= nearDistance {
		t.Errorf("unrelated texts within %d bits (%d)", nearDistance, do)
	}
}

func TestFindCluster(t *testing.T) {
	db := openTest(t, filepath.Join(t.TempDir(), "d.db"))
	desc := "Nous recherchons un développeur Java confirmé pour rejoindre notre équipe. Vous maîtrisez Spring Boot, les microservices et les bases de données relationnelles, et vous travaillez en méthode agile avec les équipes produit et les architectes. " +
		"Missions : concevoir et développer les nouvelles fonctionnalités de la plateforme, écrire les tests unitaires et d'intégration, participer aux revues de code, améliorer la performance des services existants, documenter les choix techniques. " +
		"Profil : diplômé d'une école d'ingénieurs ou équivalent, au moins cinq ans d'expérience en développement Java, bonne connaissance de Docker et Kubernetes, anglais technique. Rémunération attractive selon profil et avantages sociaux."
	ps := []posting.Posting{
		{ID: "1", Title: "Développeur Java", Description: desc, Location: "Casablanca"},
		{ID: "2", Title: "DEVELOPPEUR JAVA", Description: strings.ToUpper(desc), Location: "casablanca"}, // exact after normalising
		{ID: "3", Title: "Développeur Java", Description: desc + " CDI.", Location: "Casablanca"},        // near
		{ID: "4", Title: "Développeur Java", Description: "Stage de fin d'études en développement web au sein d'une agence digitale.", Location: "Casablanca"},
		{ID: "5", Title: "Développeur PHP", Description: desc, Location: "Casablanca"}, // other title: never near
		{ID: "6", Title: "Développeur Java", Description: desc, Location: "Rabat"},     // other city: another vacancy
	}
	_, _, err := testTagger(t, db, TagOptions{}).TagPostings(context.Background(), ps, "s")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]uint64{"1": 0, "2": 1, "3": 1, "4": 0, "5": 0, "6": 0}
	db.Postings(context.Background(), func(r Record) bool {
		if w, ok := want[r.Key]; ok && r.DuplicateOf != w {
			t.Errorf("posting %s: duplicate of %d, want %d", r.Key, r.DuplicateOf, w)
		}
		return true
	})
}

// testDedupDevFiles reports the duplicates found in the real dev files
// and prints a sample of near-duplicate pairs for checking by eye (run
// with -v). It requires every duplicate to share its head's title.
func testDedupDevFiles(t *testing.T, db *DB) {
	ctx := context.Background()
	byID := map[uint64]Record{}
	db.Postings(ctx, func(r Record) bool { byID[r.ID] = r; return true })
	var exact, near int
	var sample []string
	for _, r := range byID {
		if r.DuplicateOf == 0 {
			continue
		}
		h := byID[r.DuplicateOf]
		if normalize(h.Title) != normalize(r.Title) {
			t.Errorf("posting %s joined %s with another title: %q / %q", r.Key, h.Key, r.Title, h.Title)
		}
		if r.Fingerprint == h.Fingerprint {
			exact++
			continue
		}
		near++
		if len(sample) < 25 {
			sample = append(sample, r.Key+" ~ "+h.Key+": "+r.Title+" | "+r.Location+" | "+r.DateText+" ~ "+h.Location+" | "+h.DateText)
		}
	}
	t.Logf("%d postings: %d duplicates (%d exact, %d near)", len(byID), exact+near, exact, near)
	for _, s := range sample {
		t.Log(s)
	}
	if exact == 0 {
		t.Error("no exact duplicates found; the dev files have some")
	}
}
