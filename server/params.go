package server

import (
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// allowParams wraps an endpoint so that it only ever sees the query
// parameters it takes: single ones at most once, repeatable ones any
// number of times, every name and value valid UTF-8. A misspelt or
// unsupported parameter, or a second value the handler would drop, is a
// 400 naming it, not an answer to another question than the one asked.
func (s *Server) allowParams(h http.HandlerFunc, single []string, repeatable ...string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := checkParams(r.URL.RawQuery, single, repeatable); err != nil {
			s.writeError(w, r, err)
			return
		}
		h(w, r)
	}
}

// checkParams checks a raw query against the parameters an endpoint takes.
// Invalid UTF-8 is refused here, for every endpoint at once: the
// handlers' parsers would see U+FFFD, or nothing they know, and answer
// invalid_parameter about a value the client never sent.
func checkParams(raw string, single, repeatable []string) error {
	q, err := url.ParseQuery(raw)
	if err != nil {
		return badRequest(codeInvalidParam, "", "malformed query string: "+err.Error())
	}
	for _, name := range slices.Sorted(maps.Keys(q)) {
		known := slices.Contains(single, name) || slices.Contains(repeatable, name)
		switch {
		case !utf8.ValidString(name):
			return badRequest(codeInvalidUTF8, "", "a query parameter name is not valid UTF-8")
		case !known:
			return badRequest(codeUnknownParam, name, "unknown query parameter "+strconv.Quote(name)+"; this endpoint takes "+takes(single, repeatable))
		case slices.ContainsFunc(q[name], func(v string) bool { return !utf8.ValidString(v) }):
			return badRequest(codeInvalidUTF8, name, name+" is not valid UTF-8")
		case len(q[name]) > 1 && !slices.Contains(repeatable, name):
			return badRequest(codeInvalidParam, name, name+" is given "+strconv.Itoa(len(q[name]))+" times; it takes one value")
		}
	}
	return nil
}

// takes lists an endpoint's parameters for an error message.
func takes(single, repeatable []string) string {
	all := append(slices.Clone(single), repeatable...)
	if len(all) == 0 {
		return "none"
	}
	return strings.Join(all, ", ")
}
