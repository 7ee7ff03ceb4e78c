package corpus

import (
	"strings"
	"sync"
)

// AnalysisVersion identifies what the default analysers make of text.
// A model records the version it was built with, and a program refuses a
// model built with another: labels and postings must meet in the same
// form. Bump it with any change to tokenizing, folding, stop words,
// stemming, compounds or boilerplate; TestAnalysisVersion fails when the
// analysis of its probe texts changes and this number does not.
const AnalysisVersion = 23

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
//
// The pipeline, one file per stage:
//
//	tokenizer.go    spans on the original text (elision, inclusive writing, C++, URLs…)
//	normalize.go    fold each span: NFKC, case, accents, Arabic letters and digits
//	technical.go    join compounds: CI/CD, R&D, SQL Server, Power BI
//	closed.go       join open compounds: store keeper → storekeeper
//	gender.go       collapse "Conducteur / Conductrice", map feminine to masculine
//	stopwords.go    drop fr/en/ar stop words (positions kept)
//	boilerplate.go  drop job-ad boilerplate: H/F, CDI, recrute, مطلوب
//	stem_*.go       snowball fr/en with agent nouns kept whole; Arabic light stemmer
//
// Each token is routed by its script: Arabic-script words always take the
// Arabic path, Latin words the analyser's language (see NewAnalyzer).
type Analyzer struct {
	lang      Lang
	cfg       Config
	stop      stopSet
	boiler    phraseSet
	compounds compoundSet
	words     *wordCache
	scratch   sync.Pool // *scratch
}

// scratch holds per-call buffers, reused across calls.
type scratch struct {
	spans []span
	items []item
	buf   []byte
}

// item is a span after folding and word analysis.
type item struct {
	start, end int
	kind       spanKind
	norm       string
	term       string
	stop       bool
	fixed      bool
	removed    bool
	sc         script
	elided     byte // span.elided
}

// compounds is the technical-term table; it never changes after init.
var compounds = newCompoundSet(technicalTerms)

// NewAnalyzer returns the analyser for lang.
//
//   - French and English: stop words, snowball stemming with agent nouns
//     kept whole (developer ≠ development), feminine → masculine (fr).
//   - Arabic: Arabic stop words and light stemming; Latin-script words
//     (Python, Excel, SAP) are folded only, and French/English stop words
//     among them are dropped.
//   - Undetermined, or any other value: a language-neutral analyser —
//     tokenisation, folding, compounds and boilerplate, but no stop words
//     and no stemming, for any script.
//
// Arabic-script words get the Arabic treatment in the French and English
// analysers too.
func NewAnalyzer(lang Lang, cfg Config) *Analyzer {
	switch lang {
	case French, Arabic, English:
	default:
		lang = Undetermined
	}
	a := &Analyzer{lang: lang, cfg: cfg, compounds: compounds, words: newWordCache()}
	switch lang {
	case French:
		a.stop = stopSet{stopFrench}
	case English:
		a.stop = stopSet{stopEnglish}
	case Arabic:
		a.stop = stopSet{stopFrench, stopEnglish}
	}
	a.scratch.New = func() any { return new(scratch) }
	if !cfg.KeepBoilerplate {
		list := cfg.Boilerplate
		if list == nil {
			list = DefaultBoilerplate
		}
		for _, entry := range list {
			items := a.items(nil, nil, entry)
			words := make([]string, 0, len(items))
			for _, it := range items {
				if it.kind == spanWord {
					words = append(words, it.norm)
				}
			}
			a.boiler.add(words)
		}
	}
	return a
}

// Lang reports the analyser's language.
func (a *Analyzer) Lang() Lang { return a.lang }

// Analyze splits text into analysed tokens with byte offsets into text.
func (a *Analyzer) Analyze(text string) []Token {
	return a.AnalyzeAppend(nil, text)
}

// AnalyzeAppend is Analyze appending to dst, for callers that reuse a
// token slice across texts.
func (a *Analyzer) AnalyzeAppend(dst []Token, text string) []Token {
	s := a.scratch.Get().(*scratch)
	defer a.scratch.Put(s)
	s.spans = tokenize(s.spans[:0], text)
	s.items = a.items(s.items[:0], s, text)
	items := s.items
	if a.boiler.first != nil {
		for i := 0; i < len(items); i++ {
			if items[i].kind != spanWord {
				continue
			}
			if n := a.boiler.match(items, i); n > 0 {
				for k := i; k < i+n; k++ {
					items[k].removed = true
				}
				i += n - 1
			}
		}
	}
	if dst == nil {
		dst = make([]Token, 0, len(items)*2/3+1)
	}
	for pos := range items {
		it := &items[pos]
		if it.kind != spanWord || it.removed || (it.stop && !a.cfg.KeepStopWords && !contentHere(text, items, pos)) {
			continue
		}
		dst = append(dst, Token{Term: it.term, Start: it.start, End: it.end, Position: pos})
	}
	return dst
}

// items tokenizes and folds text, analyses each word, then joins
// technical compounds and collapses gender pairs. Each item is one
// position. s may be nil.
func (a *Analyzer) items(dst []item, s *scratch, text string) []item {
	var spans []span
	var buf []byte
	if s != nil {
		spans, buf = s.spans, s.buf
	} else {
		spans = tokenize(nil, text)
	}
	for _, sp := range spans {
		if sp.kind == spanDrop {
			dst = append(dst, item{start: sp.start, end: sp.end, kind: spanDrop})
			continue
		}
		buf = appendFold(buf[:0], text[sp.start:sp.word])
		if len(buf) == 0 {
			continue
		}
		w := a.words.get(buf, a.analyzeWord)
		dst = append(dst, item{start: sp.start, end: sp.end, norm: w.norm, term: w.term, stop: w.stop, fixed: w.fixed, sc: w.sc, elided: sp.elided})
	}
	if s != nil {
		s.buf = buf
	}
	out := dst[:0]
	for i := 0; i < len(dst); {
		it := dst[i]
		if it.kind == spanWord {
			if c, ok := a.compounds.match(text, dst, i); ok {
				it.end = dst[i+len(c.parts)-1].end
				it.norm, it.term, it.stop, it.fixed = c.term, c.term, false, true
				out = append(out, it)
				i += len(c.parts)
				continue
			}
			if i+1 < len(dst) && informationTechnology(it, dst[i+1]) {
				it.term = "تكنولوجيا"
			}
			if i+1 < len(dst) && subjectTeacher(it, dst[i+1]) {
				it.term = "مدرس"
			}
			if w := closedCompound(text, dst, i); w != "" {
				cw := a.words.get([]byte(w), a.analyzeWord)
				it.end = dst[i+1].end
				it.norm, it.term, it.stop, it.fixed = cw.norm, cw.term, false, cw.fixed
				out = append(out, it)
				i += 2
				continue
			}
			if i+1 < len(dst) && it.sc == scriptLatin && !it.fixed {
				next := dst[i+1]
				if next.kind == spanWord && next.sc == scriptLatin && !next.fixed && next.start-it.end <= 8 && separator(text, it.end, next.start) == "/" {
					if m, ok := genderPair(it.norm, next.norm); ok {
						if m == 1 {
							it.norm, it.term, it.stop = next.norm, next.term, next.stop
						}
						it.end = next.end
						out = append(out, it)
						i += 2
						continue
					}
				}
			}
		}
		out = append(out, it)
		i++
	}
	return collapseHalves(text, out)
}

// informationTechnology reports whether it and next are the Gulf's "تقنية
// المعلومات" (information technology), ESCO's "تكنولوجيا المعلومات":
// تقنية goes with تقني, the technician, in the stemmer (maghrebWords), so
// "مدير تقنية المعلومات" (IT manager) met the librarian. تقني itself
// ("تقني المعلوميات", an IT technician) stays the technician.
func informationTechnology(it, next item) bool {
	if it.sc != scriptArabic || next.term != "معلوم" || next.kind != spanWord {
		return false
	}
	n := strings.TrimPrefix(it.norm, "ال")
	return n == "تقنيه" || n == "تقنيات"
}

// subjectTeacher reports whether it and next are a teacher (معلم,
// معلمة) and the subject taught: ads call the school teacher "معلم
// رياضيات", ESCO's Arabic labels مدرس ("معلم رياضيات" met the
// mathematician, "معلمة لغة عربية" a cart driver). معلم alone stays: it
// is also the Moroccan master craftsman ("معلم الزليج").
func subjectTeacher(it, next item) bool {
	return it.sc == scriptArabic && it.term == "معلم" && next.kind == spanWord && schoolSubjects[next.term]
}

// schoolSubjects are the analysed terms of the subjects schools teach.
var schoolSubjects = map[string]bool{
	"رياضيات": true, "لغه": true, "لغات": true, "فيزياء": true, "كيمياء": true, "علوم": true,
	"تاريخ": true, "جغرافيا": true, "اجتماع": true, "فلسف": true, "عرب": true, "فرنس": true,
	"انجليز": true, "انكليز": true, "ترب": true, "حاسوب": true, "معلوم": true, "موسيق": true,
	"قران": true, "اسلام": true,
}

// collapseHalves removes the second half of labels written "A B / A' B'"
// whose halves analyse alike — "Directeur commercial / Directrice
// commerciale", "المدير الفني / المديرة الفنية" — so a label and the ad
// that writes only one half meet with the same positions.
func collapseHalves(text string, items []item) []item {
	for i := 1; i < len(items); i++ {
		if items[i].kind != spanWord || items[i-1].kind != spanWord || items[i].start-items[i-1].end > 8 ||
			separator(text, items[i-1].end, items[i].start) != "/" {
			continue
		}
	sizes:
		for m := min(3, i, len(items)-i); m >= 1; m-- {
			for k := 0; k < m; k++ {
				a, b := &items[i-m+k], &items[i+k]
				if b.kind != spanWord || a.term != b.term {
					continue sizes
				}
			}
			items = append(items[:i], items[i+m:]...)
			break
		}
	}
	return items
}

// analyzeWord decides the term of one folded word. Results are cached.
func (a *Analyzer) analyzeWord(norm string) *word {
	w := &word{norm: norm, term: norm, sc: scriptOf(norm)}
	w.fixed = strings.ContainsAny(norm, "0123456789+#./&")
	if w.fixed || a.lang == Undetermined {
		return w
	}
	switch w.sc {
	case scriptArabic:
		w.stop = hasKey(stopArabic, norm)
		if !a.cfg.NoStem {
			w.term = stemArabic(norm)
		}
	case scriptLatin:
		w.stop = a.stop.has(norm)
		if a.cfg.NoStem {
			break
		}
		switch a.lang {
		case French:
			w.term = stemFrench(norm)
		case English:
			w.term = stemEnglish(norm)
		}
	}
	return w
}

func hasKey(m map[string]struct{}, k string) bool {
	_, ok := m[k]
	return ok
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

// Normalize returns the analysed terms of text joined by single spaces:
// the key form for exact label lookups ("Développeur / Développeuse Web
// H/F" and "développeur web" give the same key).
func (a *Analyzer) Normalize(text string) string {
	toks := a.Analyze(text)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Term)
	}
	return b.String()
}

// IsStopWord reports whether word (as written in text) is a stop word for
// this analyser.
func (a *Analyzer) IsStopWord(word string) bool {
	return a.analyzeWord(Fold(word)).stop
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
