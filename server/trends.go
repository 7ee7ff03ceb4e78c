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
// the same report as `marsad trends --format json`. Series of occupations
// and skills get their labels from the current model when one is loaded.
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
	s.labelSeries(r.Context(), rep)
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

// labelSeries fills the labels of the series from the current model's
// taxonomy, best effort: without a model the codes stand alone.
func (s *Server) labelSeries(ctx context.Context, rep *store.TrendReport) {
	_ = s.withModel(ctx, func(m *Model) error {
		LabelSeries(m.Taxonomy, rep)
		return nil
	})
}

// LabelSeries fills in the labels of rep's series from tax, as GET
// /v1/trends answers them and `marsad trends` prints them. Labels already
// set are kept; see SeriesLabel for the keys that get one.
func LabelSeries(tax *taxonomy.Taxonomy, rep *store.TrendReport) {
	for i := range rep.Series {
		if rep.Series[i].Label == "" {
			rep.Series[i].Label = SeriesLabel(tax, rep.Query.By, rep.Series[i].Key)
		}
	}
}

// SeriesLabel is the label in tax of key, a key of the trend dimension
// by: a ROME fiche or domaine, an ISCO group, an ESCO occupation, or a
// skill (an ESCO skill or a ROME compétence). It is "" for the other
// dimensions (region, source, lang), whose keys are readable already,
// for "unknown", and for a key tax does not have (a nil tax has none).
func SeriesLabel(tax *taxonomy.Taxonomy, by, key string) string {
	if tax == nil {
		return ""
	}
	switch by {
	case "rome", "rome-parent":
		if f := tax.Fiches[key]; f != nil {
			return f.Label
		}
	case "rome-domain":
		if d := tax.Domains[key]; d != nil {
			return d.Label
		}
	case "isco1", "isco2", "isco3", "isco4":
		if g := tax.ISCO[key]; g != nil {
			return label(g.Title)
		}
	case "esco":
		if o := tax.Occupations[key]; o != nil {
			return label(o.Pref)
		}
	case "skill":
		if sk := tax.Skills[key]; sk != nil {
			return label(sk.Pref)
		}
		if c := tax.Competences[key]; c != nil {
			return c.Label
		}
	}
	return ""
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
			return q, badRequest(codeInvalidParam, p.name, p.name+" must be a date as YYYY-MM-DD, YYYY-MM or YYYY, from 1900 on (to: a month or year means its last day)")
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
