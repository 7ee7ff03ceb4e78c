// Package taxonomy loads the official occupation and skill classifications
// into one in-memory model: ESCO occupations and skills (fr, ar, en) with
// their relations, ISCO-08 groups, ROME 4.0 fiches, appellations,
// compétences and savoirs, and the ESCO↔ROME crosswalk that links them.
//
// Files are found by their official names anywhere under a data directory
// and read by column name, so other ESCO versions and partial exports load.
package taxonomy
