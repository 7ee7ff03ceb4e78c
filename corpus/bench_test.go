package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"marsad/internal/testenv"
)

// sampleDescriptions is used with -short, when the development sets are
// not read: a few real-looking French, Arabic and English ad bodies.
var sampleDescriptions = []string{
	`Nous recherchons un(e) Développeur·euse Full Stack H/F en CDI pour renforcer notre équipe à Casablanca. Missions : concevoir et développer des applications web (Node.js, Vue.js, .NET, C#), participer à la mise en place de la chaîne CI/CD, rédiger la documentation technique. Profil : Bac+5 en informatique, 3 ans d'expérience minimum, maîtrise de SQL Server et Power BI. Contact : rh@exemple.ma ou +212 6 61 23 45 67.`,
	`تعلن الشركة عن حاجتها إلى محاسب للعمل في الرياض. المهام: إعداد القوائم المالية، متابعة الحسابات، استخدام برنامج SAP و Excel. المؤهلات: بكالوريوس محاسبة، خبرة لا تقل عن ٣ سنوات.`,
	`We are hiring a Senior Software Engineer to design and build scalable services in Go and Python. You will work with product managers, review code, and mentor developers. Requirements: 5+ years of experience, AWS, Kubernetes, CI/CD, TCP/IP networking.`,
}

// benchTexts returns ad descriptions: France Travail offers from the
// development set, or the built-in sample with -short.
func benchTexts(b *testing.B) []string {
	if testing.Short() {
		return sampleDescriptions
	}
	f, err := os.Open(testenv.EvalFile(b, "fr-ft-postings-unlabelled.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct{ Title, Description string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			b.Fatalf("fr-ft-postings-unlabelled.jsonl: %v", err)
		}
		texts = append(texts, rec.Title+"\n"+rec.Description)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return texts
}

func BenchmarkAnalyze(b *testing.B) {
	texts := benchTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	a := NewAnalyzer(French, Config{})
	for _, t := range texts { // warm the word cache, as in a long-running process
		a.Analyze(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	var toks []Token
	for b.Loop() {
		for _, t := range texts {
			toks = a.AnalyzeAppend(toks[:0], t)
		}
	}
}

// BenchmarkAnalyzeCold measures a fresh analyser (empty word cache) over
// the same texts once per iteration: the cost of the first pass.
func BenchmarkAnalyzeCold(b *testing.B) {
	texts := benchTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		a := NewAnalyzer(French, Config{})
		for _, t := range texts {
			a.Analyze(t)
		}
	}
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("Développeur Full Stack ", 10)
	b.SetBytes(int64(len(s)))
	var buf []byte
	for b.Loop() {
		buf = appendFold(buf[:0], s)
	}
}
