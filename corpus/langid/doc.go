// Package langid decides the language of a posting: French, Arabic or
// English (Moroccan Darija, in Latin or Arabic script, is flagged), with a
// confidence and the share of each language present.
//
// Arabic script is routed by counting letters per script, before lingua-go
// is consulted. Latin-script text is French or English: job titles are
// read from cue words ("engineer", "chargé", "H/F") and a prior towards
// French, with lingua's high-accuracy models only when no cue word
// decides; descriptions are read on a 200-character prefix, from their
// function words when those are decisive and with lingua otherwise. A
// description outweighs its title.
package langid
