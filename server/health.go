package server

import (
	"context"
	"errors"
	"net/http"
)

// handleHealth is GET /healthz: the process is up and serving HTTP.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

// handleReady is GET /readyz: a model is loaded, so classification works.
// Load balancers send traffic only once this answers 200.
func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	v := s.model.version()
	if v == "" && s.model.cur.Load() == nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "loading"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ready", "model": v})
}

// handleReload is POST /v1/admin/reload: open the model again (from the
// same path, typically after `marsad build` replaced it) and swap it in
// without dropping a request.
func (s *Server) handleReload(w http.ResponseWriter, r *http.Request) {
	// The new model is wanted whether or not the client waits for it:
	// neither its leaving nor the request timeout stops a reload halfway.
	version, previous, err := s.Reload(context.WithoutCancel(r.Context()))
	if errors.Is(err, errNoLoader) {
		s.writeError(w, r, &apiError{Status: http.StatusNotImplemented, Code: codeUnavailable, Message: err.Error()})
		return
	}
	if err != nil {
		// The old model keeps serving; the operator must see why.
		logger(r.Context()).Error("model reload failed", "err", err)
		s.writeError(w, r, &apiError{Status: http.StatusInternalServerError, Code: "reload_failed",
			Message: "reload failed, still serving model " + previous + ": " + err.Error()})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"model": version, "previous": previous})
}
