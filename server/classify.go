package server

import (
	"net/http"
	"strconv"

	"marsad/classifier"
	"marsad/corpus/posting"
)

// classified is a classifier.Result as the API answers it. Posting is the
// cleaned posting, only with ?include=posting: skill offsets point into
// the cleaned text, so a client that highlights them (the dashboard) needs
// it. Without it the object is exactly what `marsad classify` prints.
type classified struct {
	classifier.Result
	Posting *posting.Posting `json:"posting,omitempty"`
}

// handleClassify is POST /v1/classify: one posting or a batch.
func (s *Server) handleClassify(w http.ResponseWriter, r *http.Request) {
	top, err := intParam(r, "top", defaultTop, 1, maxTop)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	include := r.URL.Query().Get("include")
	if include != "" && include != "posting" {
		s.writeError(w, r, badRequest(codeInvalidParam, "include", `include must be "posting" or absent`))
		return
	}
	ps, batch, err := decodePostings(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	release, err := s.startWork(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	defer release()
	out := make([]classified, len(ps))
	err = s.withModel(r.Context(), func(m *Model) error {
		for i := range ps {
			if err := r.Context().Err(); err != nil {
				return err
			}
			res := m.Classifier.Classify(r.Context(), ps[i], top)
			if res.Model == "" {
				res.Model = m.Version
			}
			out[i].Result = res.NonNil()
			if include == "posting" {
				out[i].Posting = &ps[i]
			}
		}
		return nil
	})
	release()
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.metrics.classified.Add(float64(len(ps)))
	if !batch {
		writeJSON(w, http.StatusOK, out[0])
		return
	}
	writeJSON(w, http.StatusOK, struct {
		Results []classified `json:"results"`
	}{out})
}

// intParam reads an optional integer query parameter within [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest(codeInvalidParam, name, name+" must be a whole number from "+strconv.Itoa(lo)+" to "+strconv.Itoa(hi))
	}
	return n, nil
}
