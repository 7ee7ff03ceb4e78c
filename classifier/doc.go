// Package classifier gives a posting its occupations in ROME 4.0, ISCO-08
// and ESCO, each with a calibrated score and a readable reason. Evidence
// comes from the title (label index through Bleve/BM25 and exact label
// hits), the description (TF-IDF against occupation profiles) and the
// skills found (package skills); scores stay consistent across schemes
// through ESCO's ISCO links and the ESCO↔ROME crosswalk.
package classifier
