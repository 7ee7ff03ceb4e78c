package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"runtime/debug"
	"strconv"
	"time"
)

type ctxKey int

const (
	keyRequestID ctxKey = iota
	keyLogger
)

// requestID is the id of the request ctx belongs to, "" outside one.
func requestID(ctx context.Context) string {
	id, _ := ctx.Value(keyRequestID).(string)
	return id
}

// logger is the request's logger (it carries the request id).
func logger(ctx context.Context) *slog.Logger {
	if l, ok := ctx.Value(keyLogger).(*slog.Logger); ok {
		return l
	}
	return slog.New(slog.DiscardHandler)
}

// middleware wraps the routes, outermost first: request id, then
// metrics and the access log, then panic recovery. Recovery sits inside
// so that a panic is counted and logged as the 500 it becomes.
func (s *Server) middleware(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		id := r.Header.Get("X-Request-Id")
		if !validRequestID(id) {
			id = newRequestID()
		}
		w.Header().Set("X-Request-Id", id)
		log := s.log.With("request_id", id)
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
		defer cancel()
		ctx = context.WithValue(ctx, keyRequestID, id)
		ctx = context.WithValue(ctx, keyLogger, log)
		r = r.WithContext(ctx)
		keepESCOURI(r)

		rec := &statusRecorder{ResponseWriter: w}
		s.recoverPanics(mux).ServeHTTP(rec, r)

		route := r.Pattern // set by the ServeMux on this same request
		if route == "" || route == "/" {
			route = "unmatched"
		}
		status := rec.status
		if status == 0 {
			status = http.StatusOK
		}
		took := time.Since(start)
		s.metrics.observe(route, r.Method, status, took)
		level := slog.LevelDebug
		switch {
		case status == http.StatusServiceUnavailable:
			level = slog.LevelWarn // not ready yet, or no store: expected at start-up
		case status >= 500:
			level = slog.LevelError
		case status >= 400:
			level = slog.LevelInfo
		}
		attrs := []any{"method", r.Method, "path", r.URL.Path, "route", route, "status", status, "bytes", rec.bytes, "took", took}
		if rec.err != nil {
			// The status was sent, the answer not all: a client that
			// left, or one too slow for the write timeout.
			attrs = append(attrs, "write_error", rec.err)
		}
		log.Log(ctx, level, "request", attrs...)
	})
}

// recoverPanics turns a handler panic into a logged 500 with the request
// id, instead of a dropped connection and a stack trace on stderr.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			logger(r.Context()).Error("panic", "panic", v, "stack", string(debug.Stack()))
			if rec, ok := w.(*statusRecorder); ok && rec.status != 0 {
				return // headers already sent: nothing sensible left to say
			}
			s.writeError(w, r, errors.New("panic"))
		}()
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status and size of an answer for the log
// and the metrics.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
	err    error // the first write that failed
}

func (w *statusRecorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusRecorder) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	if err != nil && w.err == nil {
		w.err = err
	}
	return n, err
}

// Unwrap lets http.ResponseController reach the real writer.
func (w *statusRecorder) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// validRequestID accepts a client's id if it is short and plain, so that
// it can go into logs and headers unescaped.
func validRequestID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

func newRequestID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return strconv.FormatInt(time.Now().UnixNano(), 36)
	}
	return hex.EncodeToString(b[:])
}
