package server

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"marsad/classifier"
	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/posting"
	"marsad/store"
	"marsad/taxonomy"
)

// The fakes stand in for the model and the store: the server's job is
// HTTP, so its tests check HTTP against predictable answers.

const (
	testToken   = "s3cret-token"
	escoDevURI  = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1"
	escoDevUUID = "f2b15a0e-e65a-438a-affb-29b9d50b77d1"
	skillJava   = "http://data.europa.eu/esco/skill/java"
)

// fakeClassifier finds a few skill words by plain search, so that the
// offsets it reports are real byte offsets into the text it was given.
type fakeClassifier struct {
	calls atomic.Int64
	block chan struct{} // when set, Classify waits on it
	delay time.Duration // when set, Classify takes this long

	inflight, maxInflight atomic.Int64 // Classify calls running, and most at once
}

var fakeSkillWords = map[string]string{"Java": skillJava, "SQL": "http://data.europa.eu/esco/skill/sql", "تطوير البرمجيات": "http://data.europa.eu/esco/skill/dev"}

func (f *fakeClassifier) Classify(ctx context.Context, p posting.Posting, top int) classifier.Result {
	f.calls.Add(1)
	n := f.inflight.Add(1)
	defer f.inflight.Add(-1)
	for m := f.maxInflight.Load(); n > m && !f.maxInflight.CompareAndSwap(m, n); m = f.maxInflight.Load() {
	}
	if f.block != nil {
		<-f.block
	}
	time.Sleep(f.delay)
	if p.Title == "panic" {
		panic("fake classifier asked to panic")
	}
	res := classifier.Result{ID: p.ID, Lang: corpus.French, LangScore: 0.97,
		ROME:   []classifier.Concept{{Code: "M1805", Label: "Études et développement informatique", Score: 0.91}},
		ISCO:   []classifier.Concept{{Code: "2512", Label: "Développeurs de logiciels", Score: 0.88}},
		ESCO:   []classifier.Concept{{Code: escoDevURI, Label: "développeur logiciel", Score: 0.86}},
		Reason: "titre: « développeur »",
	}
	if strings.ContainsRune(p.Title+p.Description, 'ت') {
		res.Lang = corpus.Arabic
	}
	for field, text := range map[string]string{"title": p.Title, "description": p.Description} {
		for word, code := range fakeSkillWords {
			if i := strings.Index(text, word); i >= 0 {
				res.Skills = append(res.Skills, skills.Match{Scheme: "esco", Code: code, Label: word, Score: 1, Field: field, Start: i, End: i + len(word)})
			}
		}
	}
	return res
}

type fakeSkills struct{}

func (fakeSkills) Search(q string, lang corpus.Lang, top int) skills.SearchResult {
	r := skills.SearchResult{Query: q}
	if strings.Contains(strings.ToLower(q), "java") {
		r.Skills = []skills.Match{{Scheme: "esco", Code: skillJava, Label: "Java", Score: 1, Field: "query", Start: 0, End: 4}}
		r.ROME = []skills.Scored{{Code: "M1805", Label: "Études et développement informatique", Score: 0.8, Skills: []string{skillJava}}}
		r.ISCO = []skills.Scored{{Code: "2512", Label: "Développeurs de logiciels", Score: 0.7}}
		r.ESCO = []skills.Scored{{Code: escoDevURI, Label: "développeur logiciel", Score: 0.75}}
	}
	return r
}

func (fakeSkills) Complete(prefix string, lang corpus.Lang, n int) []skills.Suggestion {
	var out []skills.Suggestion
	for _, s := range []skills.Suggestion{{Code: skillJava, Label: "Java", Lang: "en"}, {Code: "x", Label: "JavaScript", Lang: "en"}} {
		if strings.HasPrefix(strings.ToLower(s.Label), strings.ToLower(prefix)) && len(out) < n {
			out = append(out, s)
		}
	}
	return out
}

// testTaxonomy is a sliver of the real one: one fiche, its ISCO chain
// and one ESCO occupation, linked as the crosswalk links them.
// escoGoneURI is an occupation the test taxonomy's crosswalk names but
// does not hold.
const escoGoneURI = "http://data.europa.eu/esco/occupation/98562ce3-9632-4226-b129-c67eb9c54f0f"

func testTaxonomy() *taxonomy.Taxonomy {
	m := taxonomy.Mapping{ESCO: escoDevURI, OGR: "38971", Fiche: "M1805", Match: taxonomy.Exact}
	return &taxonomy.Taxonomy{
		Occupations: map[string]*taxonomy.Occupation{escoDevURI: {
			URI: escoDevURI, Code: "2512.4", ISCO: "2512",
			Pref:      taxonomy.Text{"fr": "développeur logiciel", "en": "software developer", "ar": "مطور برمجيات"},
			Essential: []string{skillJava}, ROME: []taxonomy.Mapping{m},
		}},
		Skills: map[string]*taxonomy.Skill{skillJava: {URI: skillJava, Type: "knowledge", Pref: taxonomy.Text{"fr": "Java", "en": "Java"}}},
		ISCO: map[string]*taxonomy.ISCOGroup{
			"2":    {Code: "2", Level: 1, Title: taxonomy.Text{"fr": "Professions intellectuelles et scientifiques", "en": "Professionals"}, Children: []string{"25"}},
			"25":   {Code: "25", Level: 2, Title: taxonomy.Text{"en": "ICT professionals"}, Parent: "2", Children: []string{"251"}},
			"251":  {Code: "251", Level: 3, Title: taxonomy.Text{"en": "Software and applications developers and analysts"}, Parent: "25", Children: []string{"2512"}},
			"2512": {Code: "2512", Level: 4, Title: taxonomy.Text{"fr": "Développeurs de logiciels", "en": "Software developers"}, Parent: "251", Occupations: []string{escoDevURI}},
		},
		Fiches: map[string]*taxonomy.Fiche{"M1805": {
			Code: "M1805", Label: "Études et développement informatique", GrandDomaine: "M", Domaine: "M18",
			Appellations: []string{"38971"}, Competences: []string{"100001"}, Savoirs: []string{"200001"},
			// The second link names an occupation ESCO no longer has, as
			// three rows of the real crosswalk do.
			ESCO: []taxonomy.Mapping{m, {ESCO: escoGoneURI, OGR: "38971", Fiche: "M1805", Match: taxonomy.Close}},
			ISCO: []taxonomy.Weighted{{Code: "2512", Weight: 1}},
		}},
		Appellations: map[string]*taxonomy.Appellation{"38971": {OGR: "38971", Long: "Développeur / Développeuse informatique", Fiche: "M1805"}},
		Competences: map[string]*taxonomy.Competence{
			"100001": {OGR: "100001", Label: "Concevoir une application web", Kind: "savoir-faire"},
			"200001": {OGR: "200001", Label: "Langage de programmation Java", Kind: "savoir"},
		},
		Domains: map[string]*taxonomy.Domain{
			"M":   {Code: "M", Label: "Support à l'entreprise"},
			"M18": {Code: "M18", Label: "Systèmes d'information et de télécommunication"},
		},
	}
}

// fakeIngester records what it was asked to store.
type fakeIngester struct {
	mu  sync.Mutex
	got []posting.Posting
}

func (f *fakeIngester) Ingest(ctx context.Context, m *Model, ps []posting.Posting) (*IngestReport, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.got = append(f.got, ps...)
	rep := &IngestReport{Received: len(ps), Stored: len(ps)}
	for i, p := range ps {
		rep.Results = append(rep.Results, m.Classifier.Classify(ctx, p, 3))
		if strings.HasPrefix(p.Date, "2099") { // as the store warns of a date far ahead
			rep.Warnings = append(rep.Warnings, IngestWarning{Posting: i, ID: p.ID, Field: "date", Value: p.Date, Message: "implausible date"})
		}
	}
	return rep, nil
}

// fakeTrends answers a fixed report, or err when set. keys, when set,
// replace the report's one series (M1805) with one series per key.
type fakeTrends struct {
	last store.TrendQuery
	err  error
	keys []string
}

func (f *fakeTrends) Trends(ctx context.Context, q store.TrendQuery) (*store.TrendReport, error) {
	f.last = q
	if f.err != nil {
		return nil, f.err
	}
	g := 0.5
	rep := &store.TrendReport{Query: q, From: "2025-01-01", To: "2025-03-31",
		Periods: []store.Period{{Label: "2025-01", Start: "2025-01-01", Total: 10}, {Label: "2025-02", Start: "2025-02-01", Total: 12}, {Label: "2025-03", Start: "2025-03-01", Total: 15}},
		Series: []store.Series{{Key: "M1805", Total: 12, Counts: []int64{2, 4, 6}, Shares: []float64{.2, .33, .4},
			Growth: []*float64{nil, &g, &g}, YoY: []*float64{nil, nil, nil}}},
		Rising: []store.Mover{{Key: "M1805", Count: 6, Previous: 4, Change: 2, Growth: &g}},
		Method: "counters",
	}
	if f.keys != nil {
		rep.Series = nil
		for _, k := range f.keys {
			rep.Series = append(rep.Series, store.Series{Key: k, Total: 1, Counts: []int64{0, 0, 1}, Shares: []float64{0, 0, .1},
				Growth: []*float64{nil, nil, nil}, YoY: []*float64{nil, nil, nil}})
		}
	}
	return rep, nil
}

// testModel is a model made of the fakes; closed counts its Close calls.
func testModel(version string, c *fakeClassifier, closed *atomic.Int64) *Model {
	tax := testTaxonomy()
	return &Model{Version: version, Classifier: c, Skills: fakeSkills{}, Concepts: NewConcepts(tax), Taxonomy: tax,
		Close: func() error {
			if closed != nil {
				closed.Add(1)
			}
			return nil
		}}
}

type testEnv struct {
	srv    *Server
	clf    *fakeClassifier
	store  *fakeIngester
	trends *fakeTrends
	logs   *strings.Builder
}

// newTestServer is a ready server on fakes with the test token.
func newTestServer(t testing.TB) *testEnv {
	t.Helper()
	te := &testEnv{clf: &fakeClassifier{}, store: &fakeIngester{}, trends: &fakeTrends{}, logs: &strings.Builder{}}
	var mu sync.Mutex
	log := slog.New(slog.NewTextHandler(lockedWriter{&mu, te.logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	te.srv = New(Options{Log: log, Token: testToken, Store: te.store, Trends: te.trends,
		Loader: func(ctx context.Context) (*Model, error) { return testModel("test-2", te.clf, nil), nil }})
	te.srv.SetModel(testModel("test-1", te.clf, nil))
	return te
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

// do sends one request through the server's handler.
func do(t testing.TB, h http.Handler, method, target, body string, hdr ...string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i+1] == "" {
			req.Header.Del(hdr[i])
			continue
		}
		req.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}
