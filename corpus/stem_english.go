package corpus

import (
	"strings"

	"github.com/kljensen/snowball/english"
)

// This file holds the English stemming stage: snowball (Porter2), guarded
// so that agent nouns keep their own term. Snowball stems "developer" and
// "development" both to "develop", "manager" and "management" to "manag";
// job titles must keep them apart.

// englishVerbsEr are common verbs in -er/-or that are not agent nouns;
// they are stemmed normally so "deliver" meets "delivered".
var englishVerbsEr = map[string]bool{
	"deliver": true, "consider": true, "register": true, "discover": true, "remember": true, "gather": true,
	"answer": true, "encounter": true, "render": true, "administer": true, "cater": true, "foster": true,
	"monitor": true, "offer": true, "order": true, "transfer": true, "prefer": true, "refer": true,
	"differ": true, "filter": true, "alter": true, "trigger": true, "tailor": true, "mentor": true,
	"power": true, "cover": true, "enter": true, "lower": true, "matter": true, "master": true,
}

// englishWhole maps words that snowball stems onto another job word to
// the term they keep. "Production" was "product", so a "Production
// Manager" was exactly the product manager (1223, not 1321); "securities"
// was "secur", so a security executive met the securities trader;
// "internal" and "international" were both "intern"; a "Mechanic" was
// "mechan", the mechanical engineering technician. Likewise "training"
// is no train, "animation" no animal, "hospitality" no hospital,
// "corporate" no corporal, "activism" no activities, "shipping" no ship,
// "milling" no mill, "fabrication" no fabric, "physical" no physics,
// "engineering" no engine (a bare "Engineering" was the engine designer),
// "projection" no project ("Project Analyst" was the video projection
// operator), "wellness" no well (a "Wellness Coach" was the
// well-digger), "organization" no organ (the organ builder), "critical"
// no critic, "modelling" no model, "fitness" no fit. ("programming" was
// tried too: titles gained 4, skills lost 0.007 of R-precision, as a
// posting's "programs" meets "computer programming".)
// ("Operative", which snowball joins to "operations", was tried: the
// warehouse operations assistant became a warehouse manager.)
var englishWhole = map[string]string{
	"production": "production", "productions": "production", "securities": "securities",
	"international": "international", "internal": "internal",
	"mechanic": "mechanic", "mechanics": "mechanic",
	"training": "training", "animation": "animation", "hospitality": "hospitality",
	"corporal": "corporal", "activism": "activism", "shipping": "shipping",
	"milling": "milling", "fabrication": "fabrication", "physical": "physical",
	"engineering": "engineering", "projection": "projection",
	"critical": "critical", "modelling": "modelling", "modeling": "modelling", "wellness": "wellness", "fitness": "fitness",
	"organization": "organization", "organizations": "organization", "organizational": "organizational",
}

// agentSuffixes mark English agent nouns (developer, operator, engineer,
// accountant, analyst, technician).
var agentSuffixes = [...]string{"er", "or", "ant", "ist", "ian"}

// stemEnglish returns the term of a folded English word.
func stemEnglish(w string) string {
	if t, ok := englishWhole[w]; ok {
		return t
	}
	p := w
	if len(p) > 4 && p[len(p)-1] == 's' && p[len(p)-2] != 's' {
		p = p[:len(p)-1]
	}
	if len(p) >= 5 && !englishVerbsEr[p] {
		for _, s := range agentSuffixes {
			if strings.HasSuffix(p, s) {
				return p
			}
		}
	}
	return english.Stem(w, false)
}
