package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/zeebo/xxh3"
	bolt "go.etcd.io/bbolt"

	"marsad/classifier"
	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/place"
	"marsad/corpus/posting"
	"marsad/internal/testenv"
)

// fakeClassifier is a fast, deterministic stand-in: the ROME and ISCO
// codes are a hash of the normalised title (salted, so two "models"
// disagree), skills are the title's long words. A title containing
// PANIC makes it panic, to test classification failures.
type fakeClassifier struct {
	salt  string
	delay time.Duration
}

func (f fakeClassifier) Classify(ctx context.Context, p posting.Posting, top int) classifier.Result {
	if strings.Contains(p.Title, "PANIC") {
		panic("fake classifier asked to fail")
	}
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	title := normalize(p.Title)
	h := xxh3.HashString(f.salt + title)
	rome := fmt.Sprintf("%c%d%d%02d", 'A'+byte(h%14), 1, 1+(h>>8)%8, 1+(h>>16)%6)
	isco := fmt.Sprintf("%d%03d", 1+(h>>24)%9, (h>>32)%50) // 450 codes, as ISCO has 436
	lang := corpus.French
	for _, r := range p.Title {
		if unicode.Is(unicode.Arabic, r) {
			lang = corpus.Arabic
			break
		}
	}
	res := classifier.Result{
		ID: p.ID, Lang: lang, LangScore: 0.9, Model: "fake" + f.salt,
		ROME: []classifier.Concept{{Code: rome, Label: "x", Score: 0.8}, {Code: "Z9999", Score: 0.1}},
		ISCO: []classifier.Concept{{Code: isco, Score: 0.7}},
		ESCO: []classifier.Concept{{Code: escoPrefix + "occupation/" + fmt.Sprintf("%016x", h%3000), Score: 0.5}},
	}
	for _, w := range fakeSkillWords(title) {
		res.Skills = append(res.Skills, skills.Match{Scheme: "rome", Code: "S-" + w, Score: 0.5, Field: "title"})
	}
	return res
}

// fakeSkillWords are the distinct words of 6 letters or more, at most 4.
func fakeSkillWords(title string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.Fields(title) {
		if len([]rune(w)) >= 6 && !seen[w] && len(out) < 4 {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// testPlace uses place.Resolve, falling back to a few cities.
func testPlace(text string) place.Place {
	if p := place.Resolve(text); p.Kind != place.Unknown && p.Kind != "" {
		return p
	}
	l := strings.ToLower(text)
	for city, region := range map[string]string{"casablanca": "casablanca-settat", "rabat": "rabat-sale-kenitra", "tanger": "tanger-tetouan-al-hoceima", "marrakech": "marrakech-safi", "agadir": "souss-massa", "fes": "fes-meknes"} {
		if strings.Contains(l, city) {
			return place.Place{Kind: place.Morocco, Region: region, City: city}
		}
	}
	return place.Place{Kind: place.Unknown}
}

func openTest(t testing.TB, path string) *DB {
	t.Helper()
	db, err := Open(path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func testTagger(t testing.TB, db *DB, opt TagOptions) *Tagger {
	t.Helper()
	if opt.Classifier == nil {
		opt.Classifier = fakeClassifier{}
	}
	if opt.Model == "" {
		opt.Model = "fake-1"
	}
	opt.ResolvePlace = testPlace
	tg, err := db.NewTagger(opt)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// devFiles are the unlabelled dev sets with real repeats.
var devFiles = []string{"ma-rekrute-postings.jsonl", "ma-marocannonces-postings.jsonl", "fr-ft-postings-unlabelled.jsonl"}

func devPaths(t testing.TB) []string {
	var out []string
	for _, f := range devFiles {
		out = append(out, testenv.EvalFile(t, f))
	}
	return out
}

// readAll reads every posting of a file with the real reader.
func readAll(t testing.TB, path string) (recs []posting.Record, bad int) {
	t.Helper()
	r, c, err := posting.Open(path, "")
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return recs, bad
		}
		if _, ok := err.(*posting.RecordError); ok {
			bad++
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		recs = append(recs, rec)
	}
}

// writeSynthetic writes n JSONL postings made from real titles, with
// every 7th an exact repeat of an earlier one (new id) and `bad` broken
// lines spread through the file. It returns the number of good lines.
func writeSynthetic(t testing.TB, dir string, n, bad int) (string, int) {
	t.Helper()
	titles := []string{"Développeur Full Stack", "Commercial terrain", "Comptable confirmé", "Chargé de clientèle", "Ingénieur qualité"}
	dir0 := os.Getenv("MARSAD_EVAL")
	if dir0 == "" {
		dir0 = filepath.Join(testenv.RepoRoot(t), "..", "shared", "eval")
	}
	{
		if path := filepath.Join(dir0, "ma-rekrute-postings.jsonl"); fileExists(path) {
			titles = titles[:0]
			f, _ := os.Open(path)
			sc := bufio.NewScanner(f)
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				var m map[string]any
				if json.Unmarshal(sc.Bytes(), &m) == nil {
					if s, _ := m["title"].(string); s != "" {
						titles = append(titles, s)
					}
				}
			}
			f.Close()
		}
	}
	path := filepath.Join(dir, "synthetic.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	cities := []string{"Casablanca", "Rabat", "Tanger", "Marrakech", "Agadir", "Fès", ""}
	enc := json.NewEncoder(w)
	good := 0
	every := n
	if bad > 0 {
		every = n / bad
	}
	for i := range n {
		if bad > 0 && i%every == every/2 {
			fmt.Fprintln(w, `{"id": "broken", "title": `)
			continue
		}
		src := i
		if i%7 == 6 {
			src = i - 3 // exact repeat of an earlier posting's content
		}
		day := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, (src*37)%540)
		enc.Encode(map[string]string{
			"id":          fmt.Sprintf("syn-%d", i),
			"source":      []string{"rekrute", "marocannonces", "anapec"}[src%3],
			"title":       titles[(src*13)%len(titles)],
			"description": fmt.Sprintf("Poste numéro %d. Nous recherchons un profil motivé pour rejoindre notre équipe, référence %d.", src, src*31),
			"location":    cities[src%len(cities)],
			"date":        day.Format("02/01/2006"),
		})
		good++
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path, good
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// checkCountersMatchScan recomputes every counter from the stored
// postings and compares with the counters bucket, key by key.
func checkCountersMatchScan(t testing.TB, db *DB) {
	t.Helper()
	want := deltas{}
	var n, dups, nodate int64
	db.Postings(context.Background(), func(r Record) bool {
		want.add(&r, +1)
		n++
		if r.DuplicateOf != 0 {
			dups++
		}
		if r.Tags.Day == NoDay {
			nodate++
		}
		return true
	})
	got := map[string][2]int64{}
	db.bolt.View(func(tx *bolt.Tx) error {
		tx.Bucket(bucketCounters).ForEach(func(k, v []byte) error {
			u, a := decodeCount(v)
			got[string(k)] = [2]int64{u, a}
			return nil
		})
		meta := tx.Bucket(bucketMeta)
		if g := int64(getU64(meta, keyPostings)); g != n {
			t.Errorf("meta postings %d, scan %d", g, n)
		}
		if g := int64(getU64(meta, keyDuplicates)); g != dups {
			t.Errorf("meta duplicates %d, scan %d", g, dups)
		}
		if g := int64(getU64(meta, keyUnknown)); g != nodate {
			t.Errorf("meta unknown dates %d, scan %d", g, nodate)
		}
		return nil
	})
	bad := 0
	for k, w := range want {
		if got[k] != w && bad < 5 {
			t.Errorf("counter %q = %v, scan gives %v", k, got[k], w)
			bad++
		}
	}
	for k, g := range got {
		if _, ok := want[k]; !ok && bad < 5 {
			t.Errorf("counter %q = %v has no posting", k, g)
			bad++
		}
	}
}
