package server

import (
	"errors"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"
)

// handleOccupation is GET /v1/occupations/{scheme}/{code}: one ROME fiche,
// ISCO group or ESCO occupation (by URI, escaped or not, by its UUID or
// by its ESCO code).
func (s *Server) handleOccupation(w http.ResponseWriter, r *http.Request) {
	// The path is unescaped text like a query parameter, and refused
	// the same way: %FF is no code that could be missing. (ToLower
	// would hide it, turning it into U+FFFD.)
	for _, name := range []string{"scheme", "code"} {
		if !utf8.ValidString(r.PathValue(name)) {
			s.writeError(w, r, badRequest(codeInvalidUTF8, name, "the "+name+" in the path is not valid UTF-8"))
			return
		}
	}
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

// keepESCOURI escapes the slashes of an ESCO URI sent unescaped in the
// path (/v1/occupations/esco/http://data.europa.eu/esco/occupation/…),
// so that the URI reaches handleOccupation whole. ServeMux would
// otherwise answer the "//" with a redirect to a cleaned path, in HTML.
// r's URL is replaced, not changed: the caller's request shares it.
func keepESCOURI(r *http.Request) {
	const prefix = "/v1/occupations/"
	rest, ok := strings.CutPrefix(r.URL.EscapedPath(), prefix)
	if !ok {
		return
	}
	scheme, code, ok := strings.Cut(rest, "/")
	if !ok || !strings.EqualFold(scheme, "esco") || !strings.Contains(code, "/") {
		return
	}
	code, err := url.PathUnescape(code)
	if err != nil {
		return
	}
	u := *r.URL
	u.Path = prefix + scheme + "/" + code
	u.RawPath = prefix + scheme + "/" + url.PathEscape(code)
	r.URL = &u
}
