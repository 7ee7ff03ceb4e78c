package skills

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"marsad/corpus"
	"marsad/corpus/langid"
	cposting "marsad/corpus/posting"
)

// handSample is the sample of real postings whose extracted skills were
// judged by hand (docs/evaluation.md, "Skills: hand-checked sample"):
// from each file, n postings, every k-th line with k = lines/n (lines
// k, 2k, …, nk, counted from 1).
var handSample = []struct {
	file string
	n    int
}{
	{"ma-rekrute-postings.jsonl", 20},
	{"ma-marocannonces-postings.jsonl", 10},
	{"fr-ft-postings-unlabelled.jsonl", 15},
	{"ar-jadarat-dev.jsonl", 5},
}

type sampleRow struct {
	ID          string `json:"id"`
	Lang        string `json:"lang"`
	Title       string `json:"title"`
	Description string `json:"description"`
}

// TestRealHandSample writes, for the hand-checked sample, every skill
// Extract finds with the text it covers and some context, to the file
// named by SKILLS_SAMPLE, as the classifier would see the posting (text
// cleaned by cposting.Clean, language by langid):
// SKILLS_SAMPLE=/tmp/sample.txt go test -run RealHandSample ./classifier/skills/
func TestRealHandSample(t *testing.T) {
	out := os.Getenv("SKILLS_SAMPLE")
	if out == "" {
		t.Skip("set SKILLS_SAMPLE")
	}
	d := realDict(t)
	det, err := langid.New(langid.Options{LowAccuracy: true})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	n := 0
	for _, s := range handSample {
		rows := readJSONL[sampleRow](t, s.file)
		k := len(rows) / s.n
		for i := 1; i <= s.n; i++ {
			r := rows[i*k-1]
			title := strings.Join(strings.Fields(cposting.Clean(cposting.Clean(r.Title))), " ")
			desc := cposting.Clean(cposting.Clean(r.Description))
			lang := det.Detect(title, desc).Lang
			if l, err := corpus.ParseLang(r.Lang); err == nil && r.Lang != "" {
				lang = l
			}
			if lang == corpus.Undetermined {
				lang = corpus.French
			}
			fmt.Fprintf(&b, "===== %s %s | %s\n", r.ID, lang, title)
			for _, f := range []struct{ name, text string }{{"title", title}, {"description", desc}} {
				for _, m := range d.Extract(f.text, lang, f.name) {
					n++
					lo, hi := max(0, m.Start-50), min(len(f.text), m.End+50)
					for lo > 0 && !isRuneStart(f.text, lo) {
						lo--
					}
					for hi < len(f.text) && !isRuneStart(f.text, hi) {
						hi++
					}
					code := m.Code[strings.LastIndexByte(m.Code, '/')+1:]
					if len(code) > 8 {
						code = code[:8]
					}
					ctx := strings.ReplaceAll(f.text[lo:hi], "\n", " ")
					js, _ := json.Marshal(f.text[m.Start:m.End])
					fmt.Fprintf(&b, "  [%d] %s %s %.2f %.4s %s -> %q || …%s…\n", n, m.Scheme, code, m.Score, f.name, js, m.Label, ctx)
				}
			}
		}
	}
	fmt.Fprintf(&b, "total %d\n", n)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d skills written to %s", n, out)
}

func isRuneStart(s string, i int) bool { return s[i]&0xC0 != 0x80 }
