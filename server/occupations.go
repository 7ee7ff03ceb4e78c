package server

import (
	"errors"
	"net/http"
	"strings"
)

// handleOccupation is GET /v1/occupations/{scheme}/{code}: one ROME fiche,
// ISCO group or ESCO occupation (by URI, URL-escaped, or by its UUID).
func (s *Server) handleOccupation(w http.ResponseWriter, r *http.Request) {
	scheme := strings.ToLower(r.PathValue("scheme"))
	code := strings.TrimSpace(r.PathValue("code"))
	switch scheme {
	case "rome", "isco", "esco":
	default:
		s.writeError(w, r, &apiError{Status: http.StatusBadRequest, Code: codeUnknownScheme, Field: "scheme",
			Message: "unknown scheme " + scheme + ": want rome, isco or esco"})
		return
	}
	if code == "" {
		s.writeError(w, r, badRequest(codeMissingParam, "code", "the concept code is missing"))
		return
	}
	var c *Concept
	err := s.withModel(r.Context(), func(m *Model) error {
		if m.Concepts == nil {
			return &apiError{Status: http.StatusServiceUnavailable, Code: codeUnavailable, Message: "this model has no taxonomy"}
		}
		var err error
		c, err = m.Concepts.Concept(scheme, code)
		return err
	})
	if errors.Is(err, errUnknownConcept) {
		s.writeError(w, r, &apiError{Status: http.StatusNotFound, Code: codeNotFound, Field: "code",
			Message: "no " + scheme + " concept " + code})
		return
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, c)
}
