package server

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"runtime"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Limits on what a client may send. They keep one request from holding a
// core or a lot of memory; docs/api.md states them.
const (
	MaxBodyBytes  = 1 << 20 // a request body larger than this is refused with 413
	MaxBatch      = 100     // postings in one classify or ingest request
	defaultTop    = 5       // occupations per scheme in a classify answer
	maxTop        = 50      // largest ?top= accepted
	maxQueryBytes = 500     // longest skill query or autocomplete prefix

	// requestTimeout ends a request's work 5 s before the write timeout
	// of HTTPServer, so that its client still gets an answer (503
	// timeout) instead of a closed connection once the work is done.
	requestTimeout = 25 * time.Second
	writeTimeout   = requestTimeout + 5*time.Second

	workSlots = 4 // requests classifying at once, per core (GOMAXPROCS)
)

// Options is what a Server is built from. Only Log is needed to start: a
// server without a model answers /healthz but not /readyz, and the
// endpoints that need a model answer 503 until SetModel or Reload.
type Options struct {
	Log *slog.Logger
	// Token is the bearer token that write endpoints (ingest, reload)
	// require. Empty means writes are refused with 403.
	Token string
	// Loader opens a model; Reload calls it. Nil disables reloading.
	Loader Loader
	// Store receives ingested postings. Nil refuses ingestion with 503.
	Store Ingester
	// Trends answers trend queries (*store.DB). Nil answers 503.
	Trends Trends
	// CloseGrace is how long a replaced model stays open after its last
	// request; zero closes it as soon as no request holds it.
	CloseGrace time.Duration
}

// Server is Marsad's HTTP API and dashboard. It is safe for concurrent use;
// its model can be replaced while it serves.
type Server struct {
	log     *slog.Logger
	token   []byte
	loader  Loader
	store   Ingester
	trends  Trends
	model   modelHolder
	metrics *metrics
	handler http.Handler
	timeout time.Duration // requestTimeout; tests shorten it
	// work holds a slot per request classifying (classify, ingest),
	// taken in turn. Without a bound, a burst of batches shared the
	// cores so thinly that all of them finished late, past the write
	// timeout; with workSlots per core, most finish in time, and a short
	// request seldom waits behind batches.
	work chan struct{}

	reloadMu sync.Mutex // one reload at a time
}

// New builds a Server. Its Prometheus registry is its own, so several
// servers (as in tests) never collide.
func New(opts Options) *Server {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Server{
		log:     log,
		loader:  opts.Loader,
		store:   opts.Store,
		trends:  opts.Trends,
		metrics: newMetrics(),
		timeout: requestTimeout,
		work:    make(chan struct{}, workSlots*runtime.GOMAXPROCS(0)),
	}
	if opts.Token != "" {
		s.token = []byte(opts.Token)
	}
	s.model.grace = opts.CloseGrace
	s.model.log = log
	s.handler = s.middleware(s.routes())
	return s
}

// routes maps each endpoint to its handler. The patterns are also the
// "route" label of the metrics. The /v1/ endpoints name the query
// parameters they take: any other is refused (allowParams).
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/classify", s.allowParams(s.handleClassify, []string{"top", "include"}))
	mux.HandleFunc("POST /v1/postings", s.requireToken(s.allowParams(s.handleIngest, nil)))
	mux.HandleFunc("GET /v1/occupations/search", s.allowParams(s.handleOccupationSearch, []string{"skill", "lang", "scheme", "top"}))
	mux.HandleFunc("GET /v1/occupations/{scheme}/{code...}", s.allowParams(s.handleOccupation, nil))
	// Without it, the pattern above answers "/v1/occupations/isco" (or a
	// mistyped "/v1/occupations/by-skill") with a redirect to a trailing
	// slash; the handler names the missing code or the unknown scheme.
	mux.HandleFunc("GET /v1/occupations/{scheme}", s.allowParams(s.handleOccupation, nil))
	mux.HandleFunc("GET /v1/skills/search", s.allowParams(s.handleSkillComplete, []string{"q", "lang", "n"}))
	mux.HandleFunc("GET /v1/trends", s.allowParams(s.handleTrends, []string{"by", "interval", "from", "to", "top", "include_duplicates"}, "filter"))
	mux.HandleFunc("POST /v1/admin/reload", s.requireToken(s.allowParams(s.handleReload, nil)))
	mux.HandleFunc("GET /healthz", s.handleHealth)
	mux.HandleFunc("GET /readyz", s.handleReady)
	mux.Handle("GET /metrics", s.metrics.handler())
	mux.HandleFunc("GET /openapi.json", handleOpenAPI)
	mux.Handle("GET /static/", s.staticHandler())
	mux.Handle("GET /favicon.ico", s.faviconHandler())
	mux.HandleFunc("GET /{$}", handleIndex)
	mux.HandleFunc("/", s.handleUnmatched(mux))
	return mux
}

// Handler is the whole API and dashboard with request ids, logging,
// metrics and panic recovery.
func (s *Server) Handler() http.Handler { return s.handler }

// Registry is the server's own Prometheus registry, for tests and for
// callers that add collectors.
func (s *Server) Registry() *prometheus.Registry { return s.metrics.reg }

// HTTPServer returns an http.Server for addr with the timeouts Marsad
// needs: slow or stalled clients must not pin connections forever.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// Close releases the current model once no request holds it. Call it
// after http.Server.Shutdown has drained the requests.
func (s *Server) Close() error {
	return s.model.swap(nil)
}

// startWork waits for a slot to classify in, as long as ctx allows.
// release frees it and may be called again: the caller defers it (a
// panic must not keep the slot) and calls it as soon as the
// classification is done, before writing the answer, which a slow
// reader could make last.
func (s *Server) startWork(ctx context.Context) (release func(), err error) {
	// A select with both cases ready picks one at random: a request
	// already out of time must not start work half the time.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	select {
	case s.work <- struct{}{}:
		return sync.OnceFunc(func() { <-s.work }), nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// errNoModel is returned by the handlers' model lookup while none is loaded.
var errNoModel = errors.New("no model loaded yet")

// withModel runs f with the current model held: a reload that happens
// meanwhile closes the old model only after f returns.
func (s *Server) withModel(ctx context.Context, f func(*Model) error) error {
	m := s.model.acquire()
	if m == nil {
		return errNoModel
	}
	defer s.model.release(m)
	return f(m.Model)
}
