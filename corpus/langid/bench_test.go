package langid

import (
	"syscall"
	"testing"
	"time"

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
	cpu0 := cpuTime(b)
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
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "postings/s")
	// The machine is shared: postings per CPU-second of this process (GC
	// included) is the figure that compares with "per core".
	if cpu := cpuTime(b) - cpu0; cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "postings/cpu-s")
	}
}

// cpuTime is the user and system CPU time this process has used.
func cpuTime(b *testing.B) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Logf("getrusage: %v", err)
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
