// Package store keeps tagged postings in an embedded bbolt database:
// postings, their tags, duplicate clusters, an error report and the
// counters trend queries read. It also runs batch tagging of posting
// files (resumable after a crash, every posting stored exactly once) and
// answers trend queries. The layout and its schema version are described
// in docs/store.md.
//
// Use:
//
//	m, err := models.Open(ctx, modelDir)
//	tax, err := m.Taxonomy()
//	db, err := store.Open(path, store.Options{})
//	t, err := db.NewTagger(store.TagOptions{Classifier: m.Classifier, Model: m.Manifest.Version, Taxonomy: tax})
//	sum, err := t.TagFiles(ctx, files)          // or t.TagPostings(ctx, postings, source)
//	rep, err := db.Trends(ctx, store.TrendQuery{By: "rome", Interval: store.Month})
//	st, err := db.Stats(ctx)
package store
