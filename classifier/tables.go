package classifier

import (
	"bufio"
	"encoding/gob"
	"fmt"
	"io"

	"marsad/corpus"
)

// TablesFormat is the layout version of Tables. It changes whenever a
// field changes meaning, so that an old artefact is refused, not misread.
const TablesFormat = 2

// Scheme tells which classification a concept belongs to.
type Scheme uint8

// The two schemes the scorer ranks directly; ISCO is derived from both.
const (
	ROME Scheme = 1 // a ROME 4.0 fiche
	ESCO Scheme = 2 // an ESCO occupation
)

// ConceptInfo is one scored concept: a ROME fiche or an ESCO occupation.
// Concepts are numbered by their position in Tables.Concepts; every other
// table refers to them by that number.
type ConceptInfo struct {
	Scheme Scheme
	Code   string                 // ROME code or ESCO URI
	Label  map[corpus.Lang]string // display label per language
	ISCO   []Target               // ISCO unit groups (as index into Tables.ISCO) with a weight
	Parent string                 // ROME métier (code_rome_parent); empty for ESCO
	Prior  float32                // how common the occupation is in job ads, in (0, 1]
	// An occupation's skills are not here: the skill dictionary holds the
	// occupation–skill relations (skills.Dictionary.Relation).
}

// Target is a concept (or ISCO group) that a piece of evidence counts for,
// with the weight it counts with.
type Target struct {
	ID int32
	W  float32
}

// LabelKind tells where a label comes from; it sets how much a hit weighs.
type LabelKind uint8

// Label kinds, from the most to the least trusted.
const (
	KindPref        LabelKind = iota // ESCO preferred label, ROME fiche label
	KindAppellation                  // ROME appellation
	KindAlt                          // ESCO alternative label
	KindHidden                       // ESCO hidden label (common misspellings, jargon)
	KindSynonym                      // Marsad's abbreviation and synonym table
)

func (k LabelKind) String() string {
	switch k {
	case KindPref:
		return "preferred label"
	case KindAppellation:
		return "ROME appellation"
	case KindAlt:
		return "alternative label"
	case KindHidden:
		return "hidden label"
	case KindSynonym:
		return "synonym"
	}
	return "label"
}

// Label is one title-like string of one concept in one language, analysed.
// Its position in Tables.Labels is its Bleve document id.
type Label struct {
	Text    string
	Lang    corpus.Lang
	Kind    LabelKind
	Terms   []string // analysed with the analyser of Lang
	Targets []Target // the concept it names (weight 1) and crosswalked ones
}

// Vectors is a fitted TF-IDF model of one language turned inside out: for
// each vocabulary term, the profiles that contain it with their
// L2-normalised weight. Scoring a text touches only its own terms.
type Vectors struct {
	Vocab    map[string]int32
	IDF      []float32  // by term id
	Postings [][]Target // by term id: concept and normalised weight
}

// ISCOInfo is an ISCO-08 group as the scorer reports it.
type ISCOInfo struct {
	Code  string
	Label map[corpus.Lang]string
}

// Tables is everything the scorer reads apart from the Bleve index: built
// once by BuildTables, written with WriteTables and read with ReadTables.
type Tables struct {
	Format   int
	Concepts []ConceptInfo
	Labels   []Label
	// Exact maps a language and the analysed form of a label, joined by
	// spaces, to the labels that have it: "fr|developpeur web" → [12, 873].
	Exact map[string][]int32
	// LabelIDF weighs label terms per language when comparing a title with
	// a label (rare words matter more).
	LabelIDF map[corpus.Lang]map[string]float32
	Vectors  map[corpus.Lang]*Vectors
	// Links carry a concept's score across schemes: ROME fiche ↔ ESCO
	// occupation through the crosswalk, with a weight by SKOS relation,
	// and by label identity where the crosswalk falls short (bridge.go).
	Links [][]Target
	// LinkApps, parallel to Links, is how many crosswalk entries (ROME
	// appellations) stand behind each link; 0 for a bridged one. It
	// breaks ties between the fiches one occupation's score reaches.
	LinkApps [][]uint16
	// Bridged is how many fiches label identity gave a new link.
	Bridged int
	ISCO    []ISCOInfo
}

// WriteTables writes t as gob. It is not compressed: inflating the
// tables cost a third of their decoding time at every Open, for 14 MB of
// disk saved.
func WriteTables(w io.Writer, t *Tables) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := gob.NewEncoder(bw).Encode(t); err != nil {
		return fmt.Errorf("classifier: encode tables: %w", err)
	}
	return bw.Flush()
}

// ReadTables reads tables written by WriteTables and checks their format.
func ReadTables(r io.Reader) (*Tables, error) {
	t := new(Tables)
	if err := gob.NewDecoder(bufio.NewReaderSize(r, 1<<16)).Decode(t); err != nil {
		return nil, fmt.Errorf("classifier: decode tables: %w", err)
	}
	if t.Format != TablesFormat {
		return nil, fmt.Errorf("classifier: tables have format %d, this program reads format %d (rebuild the model)", t.Format, TablesFormat)
	}
	return t, nil
}
