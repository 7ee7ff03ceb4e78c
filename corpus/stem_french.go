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

// stemFrench returns the term of a folded French word.
func stemFrench(w string) string {
	p, changed := mascFrench(w)
	if strings.HasSuffix(p, "eur") || frenchAgents[p] {
		return p // développeur(s), animateur, conseiller
	}
	if changed {
		w = p
	}
	return singularOS(french.Stem(w, false))
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
