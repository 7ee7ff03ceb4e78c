// Package taxonomy loads the official occupation and skill classifications
// into one in-memory model: ESCO occupations and skills (fr, ar, en) with
// their relations, ISCO-08 groups, ROME 4.0 fiches, appellations,
// compétences and savoirs, and the ESCO↔ROME crosswalk that links them.
//
// Files are found by their official names anywhere under a data directory
// and read by column name, so other ESCO versions and partial exports load.
// When a file exists in several versions (esco-v1.2/en/occupations_en.csv
// and esco-v1.1.1/en/occupations_en.csv), the newest one decides which
// concepts exist and wins field by field; older ones only fill gaps.
//
// Every file is checked for UTF-8 and read as ISO-8859-15 when it clearly
// is not (one ROME file named utf8 is Latin-1); in a UTF-8 file, the bad
// bytes of a damaged line become U+FFFD. A byte order mark is dropped.
// A missing required file or a file without its header is an error naming
// it; rows that can be skipped safely (unknown references, duplicates)
// become Warnings with file and line, and so does damage to a file
// (invalid UTF-8, broken quotes, short rows, a truncated last row), marked
// Malformed and listed first.
//
// A loaded Taxonomy is read-only, holds no cycles and encodes with
// encoding/gob, so the models package can persist it.
package taxonomy
