package classifier

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/whitespace"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"marsad/corpus"
)

// labelDocType is the Bleve document type of a label. Documents name it
// through BleveType: Bleve reads a struct's type by Go field name, and
// without it every document would silently get the default mapping.
const labelDocType = "label"

// labelDoc is a label as indexed: its analysed terms, space-separated, in
// the field of its language.
//
// The terms are the corpus analyser's output, stored in the tables too, so
// the index only splits them on spaces (analyser termsAnalyzer, defined in
// the index mapping itself). Labels and titles therefore meet in exactly
// the form the rest of the scorer uses, each title is analysed once per
// language instead of twice, and the index does not depend on Bleve's
// global analyser registry.
type labelDoc struct {
	FR string `json:"fr,omitempty"`
	AR string `json:"ar,omitempty"`
	EN string `json:"en,omitempty"`
}

func (labelDoc) BleveType() string { return labelDocType }

// termsAnalyzer splits pre-analysed text on white space.
const termsAnalyzer = "marsad_terms"

// labelMapping is lean: three analysed text fields, nothing stored, no
// term vectors, no _all field — the scorer keeps labels in its tables and
// only needs document ids and BM25 scores back.
func labelMapping() mapping.IndexMapping {
	im := bleve.NewIndexMapping()
	if err := im.AddCustomAnalyzer(termsAnalyzer, map[string]interface{}{
		"type": custom.Name, "tokenizer": whitespace.Name,
	}); err != nil {
		panic(err) // static configuration: cannot fail at run time
	}
	dm := bleve.NewDocumentStaticMapping()
	for _, l := range corpus.Langs {
		fm := bleve.NewTextFieldMapping()
		fm.Analyzer = termsAnalyzer
		fm.Store = false
		fm.IncludeTermVectors = false
		fm.IncludeInAll = false
		fm.DocValues = false
		dm.AddFieldMappingsAt(string(l), fm)
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
		text := strings.Join(withPrefixes(lb.Terms), " ")
		switch lb.Lang {
		case corpus.French:
			d.FR = text
		case corpus.Arabic:
			d.AR = text
		case corpus.English:
			d.EN = text
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

// LabelIndex answers "which labels look like this title?" with BM25.
type LabelIndex struct {
	idx bleve.Index
}

// OpenLabelIndex opens an index written by BuildLabelIndex.
func OpenLabelIndex(dir string) (*LabelIndex, error) {
	// Read-only: opening must not touch the checksummed files, and several
	// processes may then share one model.
	idx, err := bleve.OpenUsing(dir, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("classifier: open label index %s: %w", dir, err)
	}
	return &LabelIndex{idx: idx}, nil
}

// Close releases the index files.
func (li *LabelIndex) Close() error { return li.idx.Close() }

// labelHit is a label found for a query, with its BM25 score.
type labelHit struct {
	Label int32
	Score float64
}

// search returns up to n labels of language l holding any of terms.
func (li *LabelIndex) search(ctx context.Context, terms []string, l corpus.Lang, n int) ([]labelHit, error) {
	q := query.NewMatchQuery(strings.Join(withPrefixes(terms), " "))
	q.SetField(string(l))
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	res, err := li.idx.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	hits := make([]labelHit, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, err := strconv.Atoi(h.ID)
		if err != nil {
			continue
		}
		hits = append(hits, labelHit{Label: int32(id), Score: h.Score})
	}
	return hits, nil
}
