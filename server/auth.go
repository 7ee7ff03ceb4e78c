package server

import (
	"crypto/sha256"
	"crypto/subtle"
	"net/http"
	"strings"
)

// requireToken guards the write endpoints with the bearer token. With no
// token configured they are refused outright (403): an open write API on
// an observatory's database is never what an operator meant.
func (s *Server) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if len(s.token) == 0 {
			s.writeError(w, r, &apiError{Status: http.StatusForbidden, Code: codeWritesDisabled,
				Message: "writes are disabled: start the server with MARSAD_API_TOKEN or --token-file to enable them"})
			return
		}
		if !s.tokenOK(r.Header.Get("Authorization")) {
			s.writeError(w, r, &apiError{Status: http.StatusUnauthorized, Code: codeUnauthorized,
				Message: "this endpoint needs the header Authorization: Bearer <token>"})
			return
		}
		next(w, r)
	}
}

// tokenOK compares the presented token with the configured one in
// constant time. Both are hashed first so that neither the content nor
// the length of the token leaks through timing.
func (s *Server) tokenOK(header string) bool {
	scheme, tok, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return false
	}
	got := sha256.Sum256([]byte(strings.TrimSpace(tok)))
	want := sha256.Sum256(s.token)
	return subtle.ConstantTimeCompare(got[:], want[:]) == 1
}
