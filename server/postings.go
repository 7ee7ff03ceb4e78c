package server

import (
	"context"
	"net/http"

	"marsad/classifier"
	"marsad/corpus/posting"
)

// Ingester tags postings with model m and stores them; cmd/marsad adapts
// the store's tagger to it. Postings arrive cleaned, with ids. m is held
// for the whole call, so a reload never closes it underneath.
type Ingester interface {
	Ingest(ctx context.Context, m *Model, ps []posting.Posting) (*IngestReport, error)
}

// IngestReport says what happened to an ingested batch.
type IngestReport struct {
	Received   int                 `json:"received"`
	Stored     int                 `json:"stored"`     // new postings written
	Duplicates int                 `json:"duplicates"` // of Stored, repeats of a posting already there
	Skipped    int                 `json:"skipped"`    // already stored (same source and id; without a source, same id and content): not stored again
	Errors     int                 `json:"errors"`     // postings the store refused
	Warnings   []IngestWarning     `json:"warnings"`   // postings stored without a value that was implausible or unreadable
	IDs        []string            `json:"ids"`        // the postings' ids, in request order
	Results    []classifier.Result `json:"results"`    // their classification, in request order
	Model      string              `json:"model,omitempty"`
}

// IngestWarning is a posting stored without the value of one of its
// fields, which the store found implausible (a date in 2099) or could
// not read ("bientôt"): the same warning marsad tag writes to the error
// report.
type IngestWarning struct {
	Posting int    `json:"posting"` // place in the request, from 0
	ID      string `json:"id,omitempty"`
	Field   string `json:"field"`
	Value   string `json:"value"`
	Message string `json:"message"`
}

// handleIngest is POST /v1/postings: tag one posting or a batch with the
// current model and store them. It needs the bearer token.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if s.store == nil {
		s.writeError(w, r, &apiError{Status: http.StatusServiceUnavailable, Code: codeUnavailable, Message: "this server has no store"})
		return
	}
	ps, _, err := decodePostings(r)
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
	var rep *IngestReport
	err = s.withModel(r.Context(), func(m *Model) error {
		var err error
		rep, err = s.store.Ingest(r.Context(), m, ps)
		if err == nil && rep.Model == "" {
			rep.Model = m.Version
		}
		return err
	})
	release()
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	// The store classified every posting it answers a result for, stored
	// or not (a repeat is classified before it is found to be one).
	s.metrics.classified.Add(float64(len(rep.Results)))
	if rep.IDs == nil {
		rep.IDs = make([]string, len(ps))
		for i, p := range ps {
			rep.IDs[i] = p.ID
		}
	}
	if rep.Results == nil {
		rep.Results = []classifier.Result{}
	}
	if rep.Warnings == nil {
		rep.Warnings = []IngestWarning{}
	}
	for i := range rep.Results {
		rep.Results[i] = rep.Results[i].NonNil()
	}
	writeJSON(w, http.StatusOK, rep)
}
