// Package classifier gives a posting its occupations in ROME 4.0, ISCO-08
// and ESCO, each with a calibrated score and a readable reason. Evidence
// comes from the title (TF-IDF candidate labels from in-memory term
// lists, re-scored by word overlap, exact label hits, spelling corrected
// through the Bleve label index), the description (TF-IDF against
// occupation profiles) and, for bare titles, the skills found (package
// skills); scores stay consistent across schemes through ESCO's ISCO
// links, the ESCO↔ROME crosswalk completed by name identity for ROME 4.0's
// new fiches, and, for fiches linked to nothing, their métier.
package classifier
