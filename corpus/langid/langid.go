package langid

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/pemistahl/lingua-go"

	"marsad/corpus"
)

// Share is the part of a text written in one language.
type Share struct {
	Lang  corpus.Lang `json:"lang"`
	Share float64     `json:"share"`
}

// Result is the language decision for one posting.
type Result struct {
	Lang       corpus.Lang `json:"lang"`       // fr, ar, en or und
	Confidence float64     `json:"confidence"` // in [0, 1]; 0 for und
	// Shares are the languages present, largest first, as the fraction of
	// the letters examined (title and description prefix) written in each.
	Shares []Share `json:"shares,omitempty"`
	// Darija is set when the text is Moroccan Arabic, written in Latin
	// script ("khdma", "m3a", "bghit") or in Arabic script ("ديال",
	// "كنقلبو"); Lang is then Arabic.
	Darija bool `json:"darija,omitempty"`
}

// Options tune a Detector. The zero value is the default: lingua's
// high-accuracy models, which the title-accuracy targets need.
type Options struct {
	// HighAccuracy asks for lingua's larger models (all n-gram sizes). It
	// is already the default and wins over LowAccuracy; it is kept so that
	// callers can say so explicitly.
	HighAccuracy bool
	// LowAccuracy loads trigram models only: ~3 MB of heap instead of
	// ~38 MB and a ~0.1 s load instead of ~1–2 s, with the same answers on
	// descriptions (lingua uses trigrams alone from 120 characters on) but
	// titles ~2 points worse: on short text lingua's trigram-only mode
	// leans heavily towards French.
	LowAccuracy bool
}

// Detector decides languages. It is safe for concurrent use: after New it
// only reads its models.
type Detector struct {
	lingua lingua.LanguageDetector
	tune   tuning
}

// tuning holds the weights that combine lingua, the cue words and the
// prior; they were chosen on the development sets (see the accuracy test).
type tuning struct {
	// frenchPrior is the log-odds bias of Latin-script text towards
	// French: Marsad reads Moroccan postings, most of them in French, so
	// an unsure title is French rather than a coin flip.
	frenchPrior float64
	// titleLingua and proseLingua scale lingua's log-odds (English over
	// French) on titles (noun phrases, where n-grams are weak evidence) and
	// on descriptions; its answer is clipped to ±linguaClip so that its
	// overconfidence on three-word titles does not drown the cue words.
	titleLingua, proseLingua float64
	linguaClip               float64
	// longCues scales the cue words in fields long enough for lingua.
	longCues float64
	// decisiveCues is the cue score (after longCues) from which a
	// description is decided without lingua.
	decisiveCues float64
	// decisiveTitleCues is the same for a title. Cue words weigh 1–3, so
	// any title word a recruiter would go by decides: on two or three
	// words lingua's trigrams are the weaker evidence (jobbert titles
	// 96.78 → 96.92 % right, unlabelled FT titles 99.6 → 100 %), and
	// skipping it makes bare titles ~30 % cheaper.
	decisiveTitleCues float64
}

var defaultTuning = tuning{
	frenchPrior:  -0.25,
	titleLingua:  0.6,
	proseLingua:  1,
	linguaClip:   4,
	longCues:     0.5,
	decisiveCues: 8,

	decisiveTitleCues: 0.5,
}

// New builds a detector on lingua's French, Arabic and English models only
// (every lingua language would cost ~0.9 GiB and make French and English
// titles look like Catalan or Dutch). Arabic script never reaches lingua —
// it is recognised by its letters — so only the French and English models
// are loaded, here rather than on the first posting.
func New(opts Options) (*Detector, error) {
	b := lingua.NewLanguageDetectorBuilder().
		FromLanguages(lingua.French, lingua.Arabic, lingua.English)
	if opts.LowAccuracy && !opts.HighAccuracy {
		b = b.WithLowAccuracyMode()
	}
	d := &Detector{lingua: b.Build(), tune: defaultTuning}
	// A short Latin-script text makes lingua load every n-gram model it
	// will use for French and English.
	if cv := d.lingua.ComputeLanguageConfidenceValues("chargé de clientèle and sales manager"); len(cv) == 0 {
		return nil, fmt.Errorf("langid: lingua returned no confidence values while loading its models")
	}
	return d, nil
}

// Language indices into the evidence arrays, in corpus.Langs order.
const (
	fr = iota
	ar
	en
	nLangs
)

// dist is a probability (or letter count) per language.
type dist [nLangs]float64

// Tuning constants, chosen on the development sets (see the accuracy test).
const (
	// minWord is the fewest letters a token needs to count as a word; a
	// posting without one has nothing to decide on ("A3", "N°2", "24/7").
	minWord = 2
	// longField is the letter count from which lingua is reliable on its
	// own and cue words count for less.
	longField = 120
	// descWeight is how much more a description counts than a title when
	// both are present; it is reached from descFull letters on.
	descWeight = 3.0
	descFull   = 60
)

// Detect decides the language of a posting from its title and description.
// Either may be empty. Only a prefix of each is read.
func (d *Detector) Detect(title, description string) Result {
	t := scan(prefix(title))
	t.title = true
	b := scan(prefix(description))
	letters := t.arabic + t.latin + b.arabic + b.latin
	// No letter at all ("0" and a run of combining marks) is no language
	// either, and would weigh nothing below.
	if letters == 0 || max(t.longest, b.longest) < minWord || letters < t.other+b.other {
		return Result{Lang: corpus.Undetermined}
	}

	nWords := len(t.words) + len(b.words)
	cues := darijaCues(t.words, t.upper) + darijaCues(b.words, b.upper)
	darija := isDarija(cues, nWords)
	arabicDarija := isDarijaArabic(t.arabicCues+b.arabicCues, t.arabicWords+b.arabicWords)

	// The script check: when Arabic letters dominate the posting, lingua
	// is not consulted at all.
	arabic := t.arabic+b.arabic > t.latin+b.latin
	bp, bLatin := d.field(&b, darija, arabic)
	// A description long enough for lingua settles the posting; the title
	// is then read from its cue words alone, which halves the cost of a
	// posting (lingua on a short text runs all five n-gram models).
	tp, tLatin := d.field(&t, darija, arabic || b.latin >= longField)

	// Combine: a description is more evidence than a title.
	wt := 0.0
	if t.arabic+t.latin > 0 {
		wt = 1
	}
	wb := descWeight * math.Min(1, float64(b.arabic+b.latin)/descFull)
	var p dist
	for i := range p {
		p[i] = (wt*tp[i] + wb*bp[i]) / (wt + wb)
	}
	best := argmax(p)

	// Shares count letters: Arabic-script letters are Arabic, Latin-script
	// letters belong to their field's Latin-script language.
	var n dist
	n[ar] += float64(t.arabic + b.arabic)
	n[tLatin] += float64(t.latin)
	n[bLatin] += float64(b.latin)

	r := Result{
		Lang:       corpus.Langs[best],
		Confidence: clamp01(p[best]),
		Darija:     (darija || arabicDarija) && best == ar,
	}
	for i, c := range n {
		if c > 0 {
			r.Shares = append(r.Shares, Share{Lang: corpus.Langs[i], Share: c / float64(letters)})
		}
	}
	sort.SliceStable(r.Shares, func(i, j int) bool { return r.Shares[i].Share > r.Shares[j].Share })
	return r
}

// field returns the language distribution of one field and the language
// its Latin-script letters are written in.
// noLingua keeps lingua out (Arabic script dominates the posting, or the
// field is a title and the description has already been read).
func (d *Detector) field(f *field, darija, noLingua bool) (dist, int) {
	var p dist
	letters := f.arabic + f.latin
	if letters == 0 {
		return p, fr
	}
	arShare := float64(f.arabic) / float64(letters)
	p[ar] = arShare
	if f.latin == 0 {
		return p, fr
	}
	latinLang := ar
	if !darija {
		// Where Arabic script dominates, lingua is not consulted: the
		// Latin words (a product name, "Excel", a French title over an
		// Arabic body) are labelled by cue words and the prior alone.
		useLingua := !noLingua && f.latin > f.arabic
		pen := d.english(f, useLingua)
		p[en] = (1 - arShare) * pen
		p[fr] = (1 - arShare) * (1 - pen)
		latinLang = fr
		if pen > 0.5 {
			latinLang = en
		}
	} else {
		p[ar] = 1
	}
	return p, latinLang
}

// english returns the probability that a field's Latin-script words are
// English rather than French, from lingua (when asked), the cue words and
// the French prior.
func (d *Detector) english(f *field, useLingua bool) float64 {
	cs, _ := cueScore(f.words)
	if f.latin >= longField {
		cs *= d.tune.longCues
	}
	score := d.tune.frenchPrior + cs
	// Prose full of one language's function words ("nous", "vous", "de",
	// "pour" or "we", "the", "and", "will"), or a title with a cue word,
	// needs no n-gram model; skipping lingua there more than doubles
	// throughput.
	decisive := d.tune.decisiveCues
	if f.title {
		decisive = d.tune.decisiveTitleCues
	}
	if useLingua && math.Abs(cs) < decisive {
		score += d.linguaLogit(f)
	}
	return 1 / (1 + math.Exp(-score))
}

// linguaLogit is lingua's log-odds of English over French for a field's
// Latin-script words, weighted for titles or prose and clipped.
func (d *Detector) linguaLogit(f *field) float64 {
	var pfr, pen float64
	for _, cv := range d.lingua.ComputeLanguageConfidenceValues(strings.Join(f.words, " ")) {
		switch cv.Language() {
		case lingua.French:
			pfr = cv.Value()
		case lingua.English:
			pen = cv.Value()
		}
	}
	if pfr+pen == 0 {
		return 0 // lingua has no opinion
	}
	w := d.tune.proseLingua
	if f.title {
		w = d.tune.titleLingua
	}
	return w * logit(pen/(pfr+pen), d.tune.linguaClip)
}

// logit returns log(p/(1-p)) clipped to ±limit.
func logit(p, limit float64) float64 {
	switch {
	case p <= 0:
		return -limit
	case p >= 1:
		return limit
	}
	return math.Max(-limit, math.Min(limit, math.Log(p/(1-p))))
}

func argmax(p dist) int {
	best := 0
	for i := range p {
		if p[i] > p[best] {
			best = i
		}
	}
	return best
}

func clamp01(x float64) float64 {
	if math.IsNaN(x) || x < 0 {
		return 0
	}
	return math.Min(x, 1)
}
