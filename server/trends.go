package server

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"time"

	"marsad/corpus"
	"marsad/store"
	"marsad/taxonomy"
)

// Trends answers trend queries; *store.DB is one.
type Trends interface {
	Trends(ctx context.Context, q store.TrendQuery) (*store.TrendReport, error)
}

// handleTrends is GET /v1/trends?by=&interval=&from=&to=&filter=&top=&include_duplicates=,
// the same report as `marsad trends`. Series of occupations get their
// labels from the current model when one is loaded.
func (s *Server) handleTrends(w http.ResponseWriter, r *http.Request) {
	q, err := parseTrendQuery(r)
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	if s.trends == nil {
		s.writeError(w, r, &apiError{Status: http.StatusServiceUnavailable, Code: codeUnavailable, Message: "this server has no store"})
		return
	}
	rep, err := s.trends.Trends(r.Context(), q)
	if qe := (*store.QueryError)(nil); errors.As(err, &qe) {
		// An unknown source, a report too large: the client's to narrow.
		s.writeError(w, r, badRequest(codeInvalidParam, qe.Param, qe.Msg))
		return
	}
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	s.labelSeries(r.Context(), q.By, rep)
	// *store.DB never answers null lists; another Trends might.
	if rep.Periods == nil {
		rep.Periods = []store.Period{}
	}
	if rep.Series == nil {
		rep.Series = []store.Series{}
	}
	if rep.Rising == nil {
		rep.Rising = []store.Mover{}
	}
	if rep.Falling == nil {
		rep.Falling = []store.Mover{}
	}
	writeJSON(w, http.StatusOK, rep)
}

// labelSeries fills the labels of occupation series, best effort: without
// a model the codes stand alone.
func (s *Server) labelSeries(ctx context.Context, by string, rep *store.TrendReport) {
	scheme := ""
	switch by {
	case "rome", "rome-parent":
		scheme = "rome"
	case "isco1", "isco2", "isco3", "isco4":
		scheme = "isco"
	case "esco":
		scheme = "esco"
	default:
		return
	}
	_ = s.withModel(ctx, func(m *Model) error {
		if m.Concepts == nil {
			return nil
		}
		for i := range rep.Series {
			if rep.Series[i].Label != "" {
				continue
			}
			if c, err := m.Concepts.Concept(scheme, rep.Series[i].Key); err == nil {
				rep.Series[i].Label = label(c.Labels)
			}
		}
		return nil
	})
}

// label picks French, else English, else Arabic: the store's reports are
// read by the observatory in French first.
func label(t taxonomy.Text) string {
	for _, l := range []corpus.Lang{corpus.French, corpus.English, corpus.Arabic} {
		if v := t[l]; v != "" {
			return v
		}
	}
	return ""
}

// parseTrendQuery checks the parameters here, so that a client's mistake
// is a 400 naming the parameter and never a store error.
func parseTrendQuery(r *http.Request) (store.TrendQuery, error) {
	v := r.URL.Query()
	q := store.TrendQuery{By: strings.ToLower(v.Get("by"))}
	switch q.By {
	case "":
		q.By = "rome"
	case "isco":
		q.By = "isco4"
	}
	if _, err := store.ParseDim(q.By); err != nil {
		return q, badRequest(codeInvalidParam, "by", "by must be one of "+strings.Join(store.DimNames(), ", "))
	}
	q.Interval = store.Month
	if iv := strings.ToLower(v.Get("interval")); iv != "" {
		parsed, err := store.ParseInterval(iv)
		if err != nil {
			return q, badRequest(codeInvalidParam, "interval", "interval must be day, week, month, quarter or year")
		}
		q.Interval = parsed
	}
	for _, p := range []struct {
		name string
		t    *time.Time
		end  bool
	}{{"from", &q.From, false}, {"to", &q.To, true}} {
		s := v.Get(p.name)
		if s == "" {
			continue
		}
		t, err := store.ParseDay(s, p.end)
		if err != nil {
			return q, badRequest(codeInvalidParam, p.name, p.name+" must be a date as YYYY-MM-DD, YYYY-MM or YYYY (to: a month or year means its last day)")
		}
		*p.t = t
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return q, badRequest(codeInvalidParam, "to", "to is before from")
	}
	for _, f := range v["filter"] {
		filter, err := store.ParseFilter(f)
		if err != nil {
			return q, badRequest(codeInvalidParam, "filter", err.Error())
		}
		q.Filters = append(q.Filters, filter)
	}
	switch v.Get("include_duplicates") {
	case "", "false":
	case "true":
		q.IncludeDuplicates = true
	default:
		return q, badRequest(codeInvalidParam, "include_duplicates", "include_duplicates must be true or false")
	}
	var err error
	q.Top, err = intParam(r, "top", 10, 1, 100)
	return q, err
}
