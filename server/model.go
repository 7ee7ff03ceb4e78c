package server

import (
	"context"
	"log/slog"
	"sync/atomic"
	"time"

	"marsad/classifier"
	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/posting"
	"marsad/taxonomy"
)

// Classifier scores one posting; *classifier.Classifier is one.
type Classifier interface {
	Classify(ctx context.Context, p posting.Posting, top int) classifier.Result
}

// SkillIndex answers skill searches and autocomplete; *skills.Dictionary is one.
type SkillIndex interface {
	Search(query string, lang corpus.Lang, top int) skills.SearchResult
	Complete(prefix string, lang corpus.Lang, n int) []skills.Suggestion
}

// Model is what the server needs from one loaded model. Everything in it
// must be safe for concurrent use.
type Model struct {
	Version    string
	Classifier Classifier
	Skills     SkillIndex
	Concepts   Concepts
	// Taxonomy is the model's taxonomy, for the ingest adapter (the
	// store resolves métiers and domaines with it) and the labels of
	// trend series. May be nil: the series are then left unlabelled.
	Taxonomy *taxonomy.Taxonomy
	// Close releases the model's files; it is called once no request
	// holds the model any more. May be nil.
	Close func() error
}

// Loader opens a model, for start-up and for reloads.
type Loader func(ctx context.Context) (*Model, error)

// heldModel counts the requests using a model. refs starts at 1 for the
// holder itself; the model is closed when it drops to 0, which can only
// happen after the holder has let it go.
type heldModel struct {
	*Model
	refs atomic.Int64
}

// modelHolder keeps the current model behind an atomic pointer, so that
// requests never wait for a reload and a reload never waits for requests.
type modelHolder struct {
	cur   atomic.Pointer[heldModel]
	grace time.Duration
	log   *slog.Logger
}

// acquire returns the current model with a reference taken, or nil.
func (h *modelHolder) acquire() *heldModel {
	for {
		m := h.cur.Load()
		if m == nil {
			return nil
		}
		n := m.refs.Load()
		if n <= 0 {
			// Being closed: a newer model is already in cur (or none).
			if h.cur.Load() == m {
				return nil
			}
			continue
		}
		if m.refs.CompareAndSwap(n, n+1) {
			return m
		}
	}
}

// release drops a reference and closes the model when it was the last.
func (h *modelHolder) release(m *heldModel) {
	if m.refs.Add(-1) != 0 {
		return
	}
	if m.Close == nil {
		return
	}
	closeIt := func() {
		if err := m.Close(); err != nil {
			h.log.Warn("closing replaced model", "version", m.Version, "err", err)
		}
	}
	if h.grace > 0 {
		time.AfterFunc(h.grace, closeIt)
		return
	}
	closeIt()
}

// swap installs m (nil to unload) and lets the previous model go.
func (h *modelHolder) swap(m *Model) error {
	var next *heldModel
	if m != nil {
		next = &heldModel{Model: m}
		next.refs.Store(1)
	}
	if old := h.cur.Swap(next); old != nil {
		h.release(old)
	}
	return nil
}

// version is the current model's version, "" when none is loaded.
func (h *modelHolder) version() string {
	if m := h.cur.Load(); m != nil {
		return m.Version
	}
	return ""
}

// SetModel installs m as the current model; the previous one is closed
// once the requests holding it have finished.
func (s *Server) SetModel(m *Model) {
	prev := s.model.version()
	s.model.swap(m)
	s.metrics.setModel(prev, m)
	if m != nil {
		s.log.Info("model installed", "version", m.Version, "previous", prev)
	}
}

// Reload opens a new model with the Loader and swaps it in. Requests in
// flight finish on the old model; new ones get the new model at once.
func (s *Server) Reload(ctx context.Context) (version, previous string, err error) {
	if s.loader == nil {
		return "", "", errNoLoader
	}
	s.reloadMu.Lock()
	defer s.reloadMu.Unlock()
	start := time.Now()
	m, err := s.loader(ctx)
	if err != nil {
		return "", s.model.version(), err
	}
	previous = s.model.version()
	s.SetModel(m)
	s.log.Info("model reloaded", "version", m.Version, "previous", previous, "took", time.Since(start))
	return m.Version, previous, nil
}
