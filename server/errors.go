package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
)

// errNoLoader: the server was started without a way to reload its model.
var errNoLoader = errors.New("this server cannot reload its model")

// apiError is the one error shape every endpoint answers with:
// {"error": {"code": "...", "message": "...", "field": "..."}}. Code is
// stable and meant for programs; message is for people; field names the
// offending request field or parameter, when there is one.
type apiError struct {
	Status  int    `json:"-"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`

	header http.Header // sent with the answer (415: Accept-Encoding)
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

func badRequest(code, field, msg string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: code, Field: field, Message: msg}
}

// Error codes. docs/api.md lists them with their statuses.
const (
	codeInvalidJSON      = "invalid_json"
	codeInvalidUTF8      = "invalid_utf8"
	codeUnknownField     = "unknown_field"
	codeInvalidField     = "invalid_field"
	codeMissingField     = "missing_field"
	codeInvalidParam     = "invalid_parameter"
	codeUnknownParam     = "unknown_parameter"
	codeMissingParam     = "missing_parameter"
	codeBodyTooLarge     = "body_too_large"
	codeBatchTooLarge    = "batch_too_large"
	codeUnsupportedMedia = "unsupported_media_type"
	codeUnauthorized     = "unauthorized"
	codeWritesDisabled   = "writes_disabled"
	codeNotFound         = "not_found"
	codeUnknownScheme    = "unknown_scheme"
	codeNotReady         = "not_ready"
	codeTimeout          = "timeout"
	codeUnavailable      = "unavailable"
	codeInternal         = "internal"
	codeMethodNotAllowed = "method_not_allowed"
)

// writeJSON answers v with status. Encoding errors can only be a broken
// connection at this point; they are ignored.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v)
}

// writeError answers err in the common error shape. Anything that is not
// an *apiError is the server's fault: it is logged and answered as a 500
// without its details.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		switch {
		case errors.Is(err, errNoModel):
			ae = &apiError{Status: http.StatusServiceUnavailable, Code: codeNotReady, Message: "the model is still loading; retry shortly",
				header: http.Header{"Retry-After": {"5"}}}
		case errors.Is(err, context.DeadlineExceeded) && r.Context().Err() != nil:
			ae = &apiError{Status: http.StatusServiceUnavailable, Code: codeTimeout,
				Message: fmt.Sprintf("the request was stopped after %v: the server is busy or the batch large; retry later or send fewer postings", s.timeout),
				header:  http.Header{"Retry-After": {"5"}}}
		case errors.Is(err, r.Context().Err()) && r.Context().Err() != nil:
			// The client went away; nobody reads the answer.
			ae = &apiError{Status: 499, Code: "client_closed", Message: "request cancelled"}
		default:
			logger(r.Context()).Error("internal error", "err", err)
			ae = &apiError{Status: http.StatusInternalServerError, Code: codeInternal, Message: "internal error; see the server log for request " + requestID(r.Context())}
		}
	}
	if ae.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
	}
	for k, v := range ae.header {
		w.Header()[k] = v
	}
	writeJSON(w, ae.Status, struct {
		Error *apiError `json:"error"`
	}{ae})
}

// methods are those a route could take; Allow lists the ones that match.
var methods = []string{http.MethodGet, http.MethodHead, http.MethodPost, http.MethodPut, http.MethodPatch, http.MethodDelete}

// handleUnmatched answers what no route takes, in the common error shape:
// 405 with Allow when the path has routes for other methods, else 404.
// ServeMux would answer 405 itself, but this catch-all matches every
// method first, and its answers are plain text.
func (s *Server) handleUnmatched(mux *http.ServeMux) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if allow, pattern := allowedMethods(mux, r); len(allow) > 0 {
			// The metrics count a 405 under the route of the path
			// (middleware reads r.Pattern), not with unknown paths.
			r.Pattern = pattern
			w.Header().Set("Allow", strings.Join(allow, ", "))
			s.writeError(w, r, &apiError{Status: http.StatusMethodNotAllowed, Code: codeMethodNotAllowed,
				Message: r.Method + " " + r.URL.Path + " is not allowed; use " + strings.Join(allow, " or ")})
			return
		}
		s.writeError(w, r, &apiError{Status: http.StatusNotFound, Code: codeNotFound, Message: "no such endpoint: " + r.Method + " " + r.URL.Path})
	}
}

// allowedMethods asks mux which methods have a route for r's path, and
// returns the pattern of the first of them.
func allowedMethods(mux *http.ServeMux, r *http.Request) (allow []string, pattern string) {
	for _, m := range methods {
		if m == r.Method {
			continue
		}
		r2 := r.Clone(r.Context())
		r2.Method = m
		if _, p := mux.Handler(r2); p != "" && p != "/" {
			allow = append(allow, m)
			if pattern == "" {
				pattern = p
			}
		}
	}
	return allow, pattern
}
