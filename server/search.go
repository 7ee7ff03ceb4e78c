package server

import (
	"fmt"
	"net/http"
	"strings"

	"marsad/classifier/skills"
	"marsad/corpus"
)

// handleOccupationSearch is GET /v1/occupations/search?skill=&lang=&scheme=&top=:
// which occupations need these skills.
func (s *Server) handleOccupationSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	skill, err := textParam(r, "skill")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	lang, err := langParam(q.Get("lang"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	scheme := strings.ToLower(q.Get("scheme"))
	switch scheme {
	case "", "rome", "isco", "esco":
	default:
		s.writeError(w, r, badRequest(codeInvalidParam, "scheme", "scheme must be rome, isco or esco"))
		return
	}
	top, err := intParam(r, "top", 10, 1, 100)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	var res skills.SearchResult
	err = s.withModel(r.Context(), func(m *Model) error {
		res = m.Skills.Search(skill, lang, top)
		return nil
	})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	// Keep only the asked scheme, and never answer null for a list.
	keep := func(name string, l []skills.Scored) []skills.Scored {
		if (scheme != "" && scheme != name) || l == nil {
			return []skills.Scored{}
		}
		return l
	}
	res.ROME, res.ISCO, res.ESCO = keep("rome", res.ROME), keep("isco", res.ISCO), keep("esco", res.ESCO)
	if res.Skills == nil {
		res.Skills = []skills.Match{}
	}
	if res.Query == "" {
		res.Query = skill
	}
	writeJSON(w, http.StatusOK, res)
}

// handleSkillComplete is GET /v1/skills/search?q=&lang=&n=: autocomplete
// on skill labels, for the dashboard's search box.
func (s *Server) handleSkillComplete(w http.ResponseWriter, r *http.Request) {
	prefix, err := textParam(r, "q")
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	lang, err := langParam(r.URL.Query().Get("lang"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	n, err := intParam(r, "n", 10, 1, 50)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	var sugg []skills.Suggestion
	err = s.withModel(r.Context(), func(m *Model) error {
		sugg = m.Skills.Complete(prefix, lang, n)
		return nil
	})
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if sugg == nil {
		sugg = []skills.Suggestion{}
	}
	writeJSON(w, http.StatusOK, struct {
		Query       string              `json:"query"`
		Suggestions []skills.Suggestion `json:"suggestions"`
	}{prefix, sugg})
}

// textParam reads a required free-text query parameter; allowParams has
// already refused one that is not valid UTF-8.
func textParam(r *http.Request, name string) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	switch {
	case v == "":
		return "", badRequest(codeMissingParam, name, "the query parameter "+name+" is required")
	case !skills.HasWord(v):
		// Commas and spaces name nothing: as missing as an empty value
		// (marsad search-skill answers the same).
		return "", badRequest(codeMissingParam, name, "the query parameter "+name+" has no word in it")
	case len(v) > maxQueryBytes:
		return "", badRequest(codeInvalidParam, name, fmt.Sprintf("%s is %d bytes long; at most %d", name, len(v), maxQueryBytes))
	}
	return v, nil
}

// langParam reads an optional language: fr, ar or en; empty means any.
func langParam(v string) (corpus.Lang, error) {
	if v == "" || v == "und" {
		return corpus.Undetermined, nil
	}
	l, err := corpus.ParseLang(v)
	if err != nil {
		return "", badRequest(codeInvalidParam, "lang", "lang must be fr, ar or en")
	}
	return l, nil
}
