package langid

import (
	"testing"

	"marsad/corpus"
)

// BenchmarkDetect measures whole postings (title and description) from the
// French, Arabic and Moroccan development sets, in file order.
func BenchmarkDetect(b *testing.B) {
	var postings []devPosting
	for _, set := range []struct {
		file string
		lang corpus.Lang
	}{
		{"fr-ft-postings-unlabelled.jsonl", corpus.French},
		{"ar-jadarat-dev.jsonl", corpus.Arabic},
		{"ma-rekrute-postings.jsonl", ""},
		{"ma-postings-dev.jsonl", ""},
	} {
		postings = append(postings, readDev(b, set.file, set.lang)...)
	}
	benchmarkPostings(b, postings, false)
}

// BenchmarkDetectTitle measures titles alone (English job-board titles).
func BenchmarkDetectTitle(b *testing.B) {
	benchmarkPostings(b, readDev(b, "en-jobbert-titles-dev.jsonl", corpus.English), true)
}

func benchmarkPostings(b *testing.B, postings []devPosting, titleOnly bool) {
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		p := postings[i%len(postings)]
		if titleOnly {
			detector.Detect(p.Title, "")
		} else {
			detector.Detect(p.Title, p.Description)
		}
		i++
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "postings/s")
}
