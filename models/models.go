package models

// PLACEHOLDER implementation: the classifier helper replaces the bodies
// below (keeping these exported signatures).

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"marsad/classifier"
	"marsad/classifier/skills"
	"marsad/taxonomy"
)

// Manifest describes a built model.
type Manifest struct {
	Format  int               `json:"format"`  // artefact layout version
	Version string            `json:"version"` // content hash: changes when anything does
	Built   time.Time         `json:"built"`
	Data    map[string]string `json:"data"`  // data versions, from the taxonomy
	Files   map[string]string `json:"files"` // file name → SHA-256
}

// Model is an opened artefact.
type Model struct {
	Manifest   Manifest
	Taxonomy   *taxonomy.Taxonomy
	Classifier *classifier.Classifier
	Skills     *skills.Dictionary
}

// Build loads the taxonomy under dataDir and writes a model to out.
func Build(ctx context.Context, dataDir, out string, log *slog.Logger) (Manifest, error) {
	return Manifest{}, fmt.Errorf("models: not implemented")
}

// Open loads the model at path, refusing a corrupt or incompatible one.
func Open(ctx context.Context, path string) (*Model, error) {
	return nil, fmt.Errorf("models: not implemented")
}

// Close releases the model's files (the Bleve index).
func (m *Model) Close() error { return nil }
