package classifier

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/mapping"
	index "github.com/blevesearch/bleve_index_api"

	"marsad/corpus"
	"marsad/corpus/bleveanalysis"
)

// labelDocType is the Bleve document type of a label. Documents name it
// through BleveType: Bleve reads a struct's type by Go field name, and
// without it every document would silently get the default mapping.
const labelDocType = "label"

// labelDoc is a label as indexed: its text in the field of its language,
// analysed there by the corpus analyser of that language (the
// marsad_fr/_ar/_en analysers of corpus/bleveanalysis), so the index holds
// exactly the terms the tables and the title analysis have; and its
// prefix keys ("~dietet"), which no analyser produces, in a companion
// field split on white space.
type labelDoc struct {
	FR     string `json:"fr,omitempty"`
	AR     string `json:"ar,omitempty"`
	EN     string `json:"en,omitempty"`
	FRKeys string `json:"fr_keys,omitempty"`
	ARKeys string `json:"ar_keys,omitempty"`
	ENKeys string `json:"en_keys,omitempty"`
}

func (labelDoc) BleveType() string { return labelDocType }

// keysAnalyzer splits the prefix-key fields on white space; it is defined
// in the index mapping itself, not in Bleve's global registry.
const keysAnalyzer = "marsad_keys"

func keysField(l corpus.Lang) string { return string(l) + "_keys" }

// labelMapping is lean: analysed text fields, nothing stored, no term
// vectors, no _all field — the scorer keeps labels in its tables and only
// needs document ids and scores back.
func labelMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(keysAnalyzer, map[string]interface{}{
		"type": custom.Name, "tokenizer": whitespace.Name,
	}); err != nil {
		panic(err) // static configuration: cannot fail at run time
	}
	dm := bleve.NewDocumentStaticMapping()
	field := func(name, analyzer string) {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = analyzer
		fm.Store = false
		fm.IncludeTermVectors = false
		fm.IncludeInAll = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(name, fm)
	}
	for _, l := range corpus.Langs {
		field(string(l), bleveanalysis.AnalyzerName(l))
		field(keysField(l), keysAnalyzer)
	}
	im.AddDocumentMapping(labelDocType, dm)
	im.DefaultMapping = bleve.NewDocumentDisabledMapping()
	im.StoreDynamic = false
	im.IndexDynamic = false
	im.DocValuesDynamic = false
	return im
}

// BuildLabelIndex writes the Bleve index of t's labels at dir (which must
// not exist). Document ids are label numbers in t.Labels.
func BuildLabelIndex(ctx context.Context, t *Tables, dir string) error {
	idx, err := bleve.New(dir, labelMapping())
	if err != nil {
		return fmt.Errorf("classifier: create label index %s: %w", dir, err)
	}
	b := idx.NewBatch()
	for i, lb := range t.Labels {
		if i%1000 == 0 {
			if err := ctx.Err(); err != nil {
				idx.Close()
				return err
			}
		}
		var d labelDoc
		keys := strings.Join(withPrefixes(lb.Terms)[len(lb.Terms):], " ")
		switch lb.Lang {
		case corpus.French:
			d.FR, d.FRKeys = lb.Text, keys
		case corpus.Arabic:
			d.AR, d.ARKeys = lb.Text, keys
		case corpus.English:
			d.EN, d.ENKeys = lb.Text, keys
		default:
			continue
		}
		if err := b.Index(strconv.Itoa(i), d); err != nil {
			idx.Close()
			return fmt.Errorf("classifier: index label %d: %w", i, err)
		}
		if b.Size() >= 5000 {
			if err := idx.Batch(b); err != nil {
				idx.Close()
				return fmt.Errorf("classifier: label index batch: %w", err)
			}
			b = idx.NewBatch()
		}
	}
	if err := idx.Batch(b); err != nil {
		idx.Close()
		return fmt.Errorf("classifier: label index batch: %w", err)
	}
	return idx.Close()
}

// LabelIndex is the Bleve index of the labels. Candidate search runs in
// memory (termindex.go ranks labels as a match query on this index did,
// at a fraction of the cost); the index serves what term lists cannot:
// the label words near a misspelt title word (near).
type LabelIndex struct {
	idx bleve.Index
	r   index.IndexReader // one snapshot, read-only, for the index's life
	fz  index.IndexReaderFuzzy
}

// OpenLabelIndex opens an index written by BuildLabelIndex.
func OpenLabelIndex(dir string) (*LabelIndex, error) {
	// Read-only: opening must not touch the checksummed files, and several
	// processes may then share one model.
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("classifier: open label index %s: %w", dir, err)
	}
	adv, err := idx.Advanced()
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("classifier: open label index %s: %w", dir, err)
	}
	r, err := adv.Reader()
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("classifier: open label index %s: %w", dir, err)
	}
	fz, ok := r.(index.IndexReaderFuzzy)
	if !ok {
		r.Close()
		idx.Close()
		return nil, fmt.Errorf("classifier: open label index %s: reader %T has no fuzzy dictionary", dir, r)
	}
	return &LabelIndex{idx: idx, r: r, fz: fz}, nil
}

// Close releases the index files.
func (li *LabelIndex) Close() error {
	err := li.r.Close()
	if e := li.idx.Close(); err == nil {
		err = e
	}
	return err
}

// near returns the label terms of language l at edit distance 1 from
// term with the same first letter: "assit" (assitante) → "assist",
// "aeeronaut" → "aeronaut". Bleve walks its term dictionary as an
// automaton, so this costs microseconds; it is asked only for title words
// that no label holds.
func (li *LabelIndex) near(term string, l corpus.Lang) []string {
	_, size := utf8.DecodeRuneInString(term)
	fd, err := li.fz.FieldDictFuzzy(string(l), term, 1, term[:size])
	if err != nil {
		return nil
	}
	defer fd.Close()
	var out []string
	for {
		e, err := fd.Next()
		if err != nil || e == nil {
			return out
		}
		out = append(out, e.Term)
	}
}
