// Package bleveanalysis registers Marsad's corpus analysers with Bleve, so
// that an index and its queries analyse text exactly as corpus does:
// a label indexed through "marsad_fr" and a posting analysed with
// corpus.NewAnalyzer(corpus.French, corpus.Config{}) yield the same terms.
//
// Import it for its side effect wherever an index is created or opened:
//
//	import _ "marsad/corpus/bleveanalysis"
//
// and map fields to the analyser names:
//
//	fm := bleve.NewTextFieldMapping()
//	fm.Analyzer = bleveanalysis.AnalyzerName(corpus.French)
//
// Each analyser is a Bleve tokenizer wrapping corpus.Analyzer.Analyze and
// an empty filter chain: all normalisation, stop words, boilerplate and
// stemming happen in corpus. Bleve positions are 1-based, so a token's
// Bleve position is its corpus Position + 1; gaps left by stop words are
// kept, which keeps phrase queries honest.
package bleveanalysis

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"

	"marsad/corpus"
)

// Names of the registered analysers (and of their tokenizers).
const (
	French       = "marsad_fr"
	Arabic       = "marsad_ar"
	English      = "marsad_en"
	Undetermined = "marsad_und"
)

// AnalyzerName returns the Bleve analyser name for lang; any language
// other than fr, ar and en gets the neutral analyser.
func AnalyzerName(lang corpus.Lang) string {
	switch lang {
	case corpus.French:
		return French
	case corpus.Arabic:
		return Arabic
	case corpus.English:
		return English
	}
	return Undetermined
}

// Tokenizer is a Bleve tokenizer (and analyser) producing the final terms
// of a corpus.Analyzer.
type Tokenizer struct {
	a *corpus.Analyzer
}

// New wraps a (built with any Config) as a Bleve tokenizer and analyser,
// for callers that need a non-default configuration under a name of their
// own.
func New(a *corpus.Analyzer) *Tokenizer { return &Tokenizer{a: a} }

// Tokenize implements analysis.Tokenizer.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := t.a.Analyze(string(input))
	stream := make(analysis.TokenStream, len(toks))
	backing := make([]analysis.Token, len(toks))
	for i, tk := range toks {
		backing[i] = analysis.Token{
			Start:    tk.Start,
			End:      tk.End,
			Term:     []byte(tk.Term),
			Position: tk.Position + 1,
			Type:     tokenType(tk.Term),
		}
		stream[i] = &backing[i]
	}
	return stream
}

// Analyze implements analysis.Analyzer.
func (t *Tokenizer) Analyze(input []byte) analysis.TokenStream { return t.Tokenize(input) }

func tokenType(term string) analysis.TokenType {
	for i := 0; i < len(term); i++ {
		if term[i] < '0' || term[i] > '9' {
			return analysis.AlphaNumeric
		}
	}
	return analysis.Numeric
}

func init() {
	for _, lang := range []corpus.Lang{corpus.French, corpus.Arabic, corpus.English, corpus.Undetermined} {
		name := AnalyzerName(lang)
		tok := New(corpus.NewAnalyzer(lang, corpus.Config{}))
		if err := registry.RegisterTokenizer(name, func(map[string]any, *registry.Cache) (analysis.Tokenizer, error) {
			return tok, nil
		}); err != nil {
			panic(fmt.Sprintf("bleveanalysis: register tokenizer %s: %v", name, err))
		}
		if err := registry.RegisterAnalyzer(name, func(map[string]any, *registry.Cache) (analysis.Analyzer, error) {
			return tok, nil
		}); err != nil {
			panic(fmt.Sprintf("bleveanalysis: register analyzer %s: %v", name, err))
		}
	}
}
