package corpus

import (
	"strings"

	"github.com/kljensen/snowball/french"
)

// This file holds the French stemming stage: snowball, preceded by the
// masculine mapping of gender.go and guarded so that agent nouns keep
// their own term. Snowball conflates "animateur" with "animation" and
// "conseiller" with "conseil"; a job title depends on the difference.

// frenchAgents are agent nouns that snowball strips as if they were verbs
// (-er) or activities; they are kept whole.
var frenchAgents = map[string]bool{
	"conseiller": true, "boulanger": true, "boucher": true, "berger": true, "horloger": true, "usager": true,
	"manager": true, "designer": true, "developer": true, "planner": true, "trader": true, "leader": true,
	"officier": true, "huissier": true, "pompier": true, "ouvrier": true, "caissier": true, "banquier": true,
	"infirmier": true, "cuisinier": true, "magasinier": true, "plombier": true, "menuisier": true, "jardinier": true,
}

// frenchWhole are nouns that snowball stems onto a job's term; they are
// kept whole. "Gouvernance" (of data, of IT) was "gouvernante", the
// hotel housekeeper: "Consultant Data Gouvernance" was one (G1503, 5152).
// "Assurance" (insurance) was "assur", the term of "assurer", "assuré":
// every ad saying "vous assurez le suivi", "transport assuré" met the
// insurance advisers, and tipped call-centre ads to C1102.
var frenchWhole = map[string]bool{"gouvernance": true, "assurance": true}

// stemFrench returns the term of a folded French word.
func stemFrench(w string) string {
	if s := strings.TrimSuffix(w, "s"); frenchWhole[s] {
		return s
	}
	p, changed := mascFrench(w)
	if strings.HasSuffix(p, "eur") || frenchAgents[p] {
		return p // développeur(s), animateur, conseiller
	}
	if a, ok := agentIste(p); ok {
		return a
	}
	if changed {
		w = p
	}
	return singularOS(french.Stem(w, false))
}

// agentIste keeps the agent nouns in -iste apart from their base:
// snowball strips the suffix, so "enseigniste" (a sign-maker) met
// "enseignant", "journaliste" "journal", "machiniste" "machine" and
// "standardiste" "standard". It returns the word without its final "e"
// or "es" ("journalist" for both numbers); short words ("liste",
// "piste") are left to snowball, which makes the same of them.
//
// "spécialiste" and "généraliste" keep snowball's "special" and
// "general": they qualify a title more than they name a trade ("HR
// Generalist", "Spécialiste Pharma"), and as rare words of their own they
// sent such titles to the general practitioner and the medical
// specialist.
func agentIste(w string) (string, bool) {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 7 || !strings.HasSuffix(w, "iste") || w == "specialiste" || w == "generaliste" {
		return "", false
	}
	return w[:len(w)-1], true
}

// singularOS drops a final "s" after "o" or "u" from a stem: snowball
// keeps the plural s there, so "vidéos", "photos", "contenus" stayed
// apart from "vidéo", "photo", "contenu". It runs on the stem, not the
// word, so that "inclus" and "incluse" (snowball: "inclus") still meet;
// words that end so in the singular ("processus", "campus") lose the s
// on both sides alike.
func singularOS(w string) string {
	if n := len(w); n > 4 && w[n-1] == 's' && (w[n-2] == 'o' || w[n-2] == 'u') {
		return w[:n-1]
	}
	return w
}
