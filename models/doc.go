// Package models builds, writes and opens Marsad's model artefact: one
// versioned directory holding everything scoring needs (the taxonomy
// tables, TF-IDF weights, the Bleve label index and the skill dictionary),
// with the data versions it was built from and a checksum of every file.
package models
