// Package place resolves free location text to Morocco's 12 regions (and
// province or city where possible) from a hand-written gazetteer in French,
// Arabic and common spellings. Abroad, remote and unknown places are kept as
// such, never guessed.
package place
