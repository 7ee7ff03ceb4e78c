package server

import (
	"net/http/httptest"
	"strings"
	"testing"
)

const benchPosting = `{"id":"bench-1","title":"Développeur Full Stack Java / Angular (H/F)","description":"<p>Nous recherchons un <b>développeur</b> Java confirmé pour rejoindre notre équipe à Casablanca.</p><ul><li>Java, Spring Boot, SQL</li><li>Angular, Git, CI/CD</li></ul><p>Bac+5 en informatique, 3 ans d'expérience.</p>"}`

// BenchmarkClassifyHandler measures the HTTP layer of POST /v1/classify
// (decoding, cleaning, middleware, metrics, encoding) around a fake
// classifier: what the server adds to the model's own time.
func BenchmarkClassifyHandler(b *testing.B) {
	te := newTestServer(b)
	h := te.srv.Handler()
	b.ReportAllocs()
	b.SetBytes(int64(len(benchPosting)))
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/classify", strings.NewReader(benchPosting))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != 200 {
			b.Fatalf("status %d: %s", w.Code, w.Body)
		}
	}
}

// BenchmarkClassifyHandlerParallel is the same under concurrent requests,
// where the model holder's reference count and the metrics are shared.
func BenchmarkClassifyHandlerParallel(b *testing.B) {
	te := newTestServer(b)
	h := te.srv.Handler()
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			req := httptest.NewRequest("POST", "/v1/classify", strings.NewReader(benchPosting))
			req.Header.Set("Content-Type", "application/json")
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code != 200 {
				b.Fatalf("status %d", w.Code)
			}
		}
	})
}
