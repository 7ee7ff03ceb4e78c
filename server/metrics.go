package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the server's Prometheus collectors, in a registry of its own
// (never the global default one: two servers in one test would collide).
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	classified prometheus.Counter
	model      *prometheus.GaugeVec
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "marsad_http_requests_total",
			Help: "HTTP requests by route pattern, method and status code.",
		}, []string{"route", "method", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "marsad_http_request_duration_seconds",
			Help: "Time to answer an HTTP request, by route pattern.",
			// Classification targets p99 ≤ 10 ms: resolve that range finely.
			Buckets: []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5},
		}, []string{"route"}),
		classified: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "marsad_postings_classified_total",
			Help: "Postings classified through POST /v1/classify or POST /v1/postings.",
		}),
		model: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "marsad_model_info",
			Help: "1 for the model version being served.",
		}, []string{"version"}),
	}
	m.reg.MustRegister(m.requests, m.latency, m.classified, m.model,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) observe(route, method string, status int, took time.Duration) {
	m.requests.WithLabelValues(route, methodLabel(method), strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(took.Seconds())
}

// methodLabel is method as the "method" label holds it: the methods of
// RFC 9110 and PATCH, else "other". A client chooses the method; each
// one invented ("XYZ123") must not add series to the registry for good.
func methodLabel(method string) string {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch,
		http.MethodDelete, http.MethodConnect, http.MethodOptions, http.MethodTrace:
		return method
	}
	return "other"
}

// setModel moves the info gauge from the previous version to the new one.
func (m *metrics) setModel(prev string, next *Model) {
	if prev != "" {
		m.model.DeleteLabelValues(prev)
	}
	if next != nil {
		m.model.WithLabelValues(next.Version).Set(1)
	}
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}
