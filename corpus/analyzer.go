package corpus

// PLACEHOLDER implementation: the corpus helper replaces the bodies below
// (keeping these exported signatures) with the real pipeline.

import (
	"strings"
	"unicode"
)

// Token is one analysed token of a text.
type Token struct {
	// Term is the analysed form (normalised, folded, stemmed): what the
	// label index, TF-IDF and the skill dictionary store and compare.
	Term string
	// Start and End are byte offsets of the token's surface form in the
	// text given to Analyze: text[Start:End] is what the reader saw.
	Start, End int
	// Position is the token's ordinal in the raw token stream, counting
	// removed stop words, so that proximity can be measured.
	Position int
}

// Config tunes an Analyzer. The zero value is Marsad's default.
type Config struct {
	// KeepStopWords keeps language stop words (default: removed).
	KeepStopWords bool
	// KeepBoilerplate keeps job-ad boilerplate such as "H/F", "CDI",
	// "urgent", "recrute", "نبحث عن", "hiring" (default: removed).
	KeepBoilerplate bool
	// Boilerplate replaces the default boilerplate list when non-nil;
	// entries are written as in text and analysed like it.
	Boilerplate []string
	// NoStem skips stemming (terms are normalised and folded only).
	NoStem bool
}

// Analyzer analyses text of one language. It is safe for concurrent use.
type Analyzer struct {
	lang Lang
	cfg  Config
}

// NewAnalyzer returns the analyser for lang. For Undetermined it returns
// a language-neutral analyser (normalisation and folding, no stemming).
func NewAnalyzer(lang Lang, cfg Config) *Analyzer {
	return &Analyzer{lang: lang, cfg: cfg}
}

// Lang reports the analyser's language.
func (a *Analyzer) Lang() Lang { return a.lang }

// Analyze splits text into analysed tokens with byte offsets into text.
func (a *Analyzer) Analyze(text string) []Token {
	var toks []Token
	start := -1
	pos := 0
	for i, r := range text + " " {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word && start < 0 {
			start = i
		}
		if !word && start >= 0 {
			toks = append(toks, Token{Term: strings.ToLower(text[start:i]), Start: start, End: i, Position: pos})
			pos++
			start = -1
		}
	}
	return toks
}

// Terms returns only the analysed terms of text.
func (a *Analyzer) Terms(text string) []string {
	toks := a.Analyze(text)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Term
	}
	return out
}

// Analyzers holds one Analyzer per language, built with one Config.
type Analyzers struct {
	byLang map[Lang]*Analyzer
}

// NewAnalyzers builds the fr, ar, en and neutral analysers.
func NewAnalyzers(cfg Config) *Analyzers {
	as := &Analyzers{byLang: make(map[Lang]*Analyzer, 4)}
	for _, l := range []Lang{French, Arabic, English, Undetermined} {
		as.byLang[l] = NewAnalyzer(l, cfg)
	}
	return as
}

// For returns the analyser of lang, or the neutral one for any other value.
func (as *Analyzers) For(lang Lang) *Analyzer {
	if a, ok := as.byLang[lang]; ok {
		return a
	}
	return as.byLang[Undetermined]
}
