package models

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"syscall"
	"time"

	"marsad/classifier"
	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/taxonomy"
)

// Format is the artefact layout version. Open refuses any other: bump it
// whenever a file is added, renamed or changes encoding.
const Format = 3

// The files of an artefact directory.
const (
	manifestFile = "manifest.json"
	tablesFile   = "tables.gob"   // classifier.Tables
	taxonomyFile = "taxonomy.gob" // taxonomy.Taxonomy, for lookups
	skillsFile   = "skills.bin"   // skills.Dictionary
	indexDir     = "labels.bleve" // Bleve index of occupation labels
)

// Model is an opened artefact.
type Model struct {
	Manifest   Manifest
	Classifier *classifier.Classifier
	Skills     *skills.Dictionary
	Analyzers  *corpus.Analyzers
	Path       string

	index *classifier.LabelIndex

	taxOnce sync.Once
	tax     *taxonomy.Taxonomy
	taxErr  error
}

// Taxonomy returns the taxonomy the model was built from (fiches,
// occupations, skills with their labels), decoding it on first use:
// classifying needs only the scorer's tables, and the taxonomy is a third
// of a loaded model's heap (~80 of ~230 MB). Open has already checked the
// file's checksum. Safe for concurrent use.
func (m *Model) Taxonomy() (*taxonomy.Taxonomy, error) {
	m.taxOnce.Do(func() { m.tax, m.taxErr = readTaxonomy(m.Path) })
	return m.tax, m.taxErr
}

// OpenTaxonomy reads only the taxonomy of the model at path, refusing an
// incompatible model or a corrupt taxonomy file: for a face that wants
// labels and not the classifier (marsad trends), which Open would decode
// too, in about two seconds.
func OpenTaxonomy(path string) (*taxonomy.Taxonomy, error) {
	m, err := readManifest(path)
	if err != nil {
		return nil, err
	}
	one := Manifest{Files: map[string]string{taxonomyFile: m.Files[taxonomyFile]}, Sizes: map[string]int64{}}
	if n, ok := m.Sizes[taxonomyFile]; ok {
		one.Sizes[taxonomyFile] = n
	}
	if err := one.verify(path); err != nil {
		return nil, err
	}
	return readTaxonomy(path)
}

// readTaxonomy decodes the taxonomy file of the model at path.
func readTaxonomy(path string) (*taxonomy.Taxonomy, error) {
	var tax taxonomy.Taxonomy
	if err := readFile(filepath.Join(path, taxonomyFile), func(r io.Reader) error { return readGob(r, &tax) }); err != nil {
		return nil, fmt.Errorf("models: open %s: %w", path, err)
	}
	return &tax, nil
}

// Build loads the taxonomy under dataDir and writes a model to out. The
// model is written beside out and renamed into place at the end, so a
// failed or interrupted build never leaves a half-written artefact at out.
func Build(ctx context.Context, dataDir, out string, log *slog.Logger) (Manifest, error) {
	start := time.Now()
	tax, err := taxonomy.Load(ctx, dataDir)
	if err != nil {
		return Manifest{}, fmt.Errorf("models: %w", err)
	}
	return BuildFrom(ctx, tax, start, out, log)
}

// BuildFrom is Build for a caller that has loaded the taxonomy itself
// (marsad build reads its warnings): start is when the data was read,
// which the manifest records so that a data file changed since makes the
// model stale (Stale).
func BuildFrom(ctx context.Context, tax *taxonomy.Taxonomy, start time.Time, out string, log *slog.Logger) (Manifest, error) {
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	log.Info("taxonomy loaded", "occupations", len(tax.Occupations), "fiches", len(tax.Fiches),
		"skills", len(tax.Skills), "warnings", len(tax.Warnings), "took", time.Since(start).Round(time.Millisecond))

	as := corpus.NewAnalyzers(corpus.Config{})
	t0 := time.Now()
	tables, err := classifier.BuildTables(ctx, tax, as)
	if err != nil {
		return Manifest{}, fmt.Errorf("models: %w", err)
	}
	log.Info("scorer tables built", "concepts", len(tables.Concepts), "labels", len(tables.Labels), "fiches bridged by label", tables.Bridged, "took", time.Since(t0).Round(time.Millisecond))
	t0 = time.Now()
	dict, err := skills.Build(ctx, tax, as)
	if err != nil {
		return Manifest{}, fmt.Errorf("models: skills: %w", err)
	}
	log.Info("skills dictionary built", "took", time.Since(t0).Round(time.Millisecond))

	if err := os.MkdirAll(filepath.Dir(filepath.Clean(out)), 0o755); err != nil {
		return Manifest{}, fmt.Errorf("models: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(filepath.Clean(out)), "."+filepath.Base(out)+".building-")
	if err != nil {
		return Manifest{}, fmt.Errorf("models: %w", err)
	}
	defer os.RemoveAll(tmp) // a no-op after the rename

	if err := writeFile(filepath.Join(tmp, tablesFile), func(w io.Writer) error { return classifier.WriteTables(w, tables) }); err != nil {
		return Manifest{}, err
	}
	if err := writeFile(filepath.Join(tmp, taxonomyFile), func(w io.Writer) error { return writeGob(w, tax) }); err != nil {
		return Manifest{}, err
	}
	if err := writeFile(filepath.Join(tmp, skillsFile), dict.Save); err != nil {
		return Manifest{}, err
	}
	t0 = time.Now()
	if err := classifier.BuildLabelIndex(ctx, tables, filepath.Join(tmp, indexDir)); err != nil {
		return Manifest{}, fmt.Errorf("models: %w", err)
	}
	log.Info("label index built", "labels", len(tables.Labels), "took", time.Since(t0).Round(time.Millisecond))

	// Built is when the data was read, so that a file changed during the
	// build makes the model stale (Stale).
	m := Manifest{Format: Format, Analysis: corpus.AnalysisVersion, Program: programID(),
		Built: start.UTC().Truncate(time.Second), Data: tax.Versions}
	if err := m.sum(tmp); err != nil {
		return Manifest{}, err
	}
	if err := m.write(filepath.Join(tmp, manifestFile)); err != nil {
		return Manifest{}, err
	}
	if err := replaceDir(tmp, out); err != nil {
		return Manifest{}, err
	}
	log.Info("model written", "path", out, "version", m.Version, "took", time.Since(start).Round(time.Millisecond))
	return m, nil
}

// Open loads the model at path, refusing a corrupt or incompatible one.
func Open(ctx context.Context, path string) (*Model, error) {
	m, err := readManifest(path)
	if err != nil {
		return nil, err
	}
	if err := m.verify(path); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	as := corpus.NewAnalyzers(corpus.Config{})

	// The decodes are independent; doing them at once halves Open. The
	// taxonomy waits for its first user (Model.Taxonomy).
	var (
		tables *classifier.Tables
		dict   *skills.Dictionary
		det    *langid.Detector
	)
	errs := make(chan error, 3)
	go func() {
		errs <- readFile(filepath.Join(path, tablesFile), func(r io.Reader) (err error) {
			tables, err = classifier.ReadTables(r)
			return err
		})
	}()
	go func() {
		errs <- readFile(filepath.Join(path, skillsFile), func(r io.Reader) (err error) {
			dict, err = skills.Load(r, as)
			return err
		})
	}()
	go func() {
		var err error
		det, err = langid.New(langid.Options{})
		errs <- err
	}()
	var all []error
	for range 3 {
		if err := <-errs; err != nil {
			all = append(all, err)
		}
	}
	if err := errors.Join(all...); err != nil {
		return nil, fmt.Errorf("models: open %s: %w", path, err)
	}
	idx, err := classifier.OpenLabelIndex(filepath.Join(path, indexDir))
	if err != nil {
		return nil, fmt.Errorf("models: open %s: %w", path, err)
	}
	c, err := classifier.New(tables, idx, det, as, dict, classifier.Config{Model: m.Version})
	if err != nil {
		idx.Close()
		return nil, fmt.Errorf("models: open %s: %w", path, err)
	}
	// Decoding left ~100 MB of garbage (whole gob messages, inflated
	// skill tables) and the collector's heap goal was set while it was
	// live; collecting once here sets the goal from what the model really
	// holds (~150 MB until the taxonomy is asked for): classifying 3,079
	// postings then peaked at 520–590 MB RSS with the taxonomy loaded,
	// against 540–640 MB without this collection.
	runtime.GC()
	return &Model{Manifest: m, Classifier: c, Skills: dict, Analyzers: as, Path: path, index: idx}, nil
}

// Close releases the model's files (the Bleve index).
func (m *Model) Close() error {
	if m == nil || m.index == nil {
		return nil
	}
	err := m.index.Close()
	m.index = nil
	return err
}

func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("models: %w", err)
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("models: write %s: %w", filepath.Base(path), err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("models: write %s: %w", filepath.Base(path), err)
	}
	return nil
}

func readFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := read(f); err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return nil
}

// The gob files are not compressed: inflating them was a third of
// Open's CPU (0.6 s), for 50 MB of disk saved.
func writeGob(w io.Writer, v any) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	if err := gob.NewEncoder(bw).Encode(v); err != nil {
		return err
	}
	return bw.Flush()
}

func readGob(r io.Reader, v any) error {
	return gob.NewDecoder(bufio.NewReaderSize(r, 1<<16)).Decode(v)
}

// replaceDir moves the freshly built tmp to out, replacing an older model.
func replaceDir(tmp, out string) error {
	if err := CheckOut(out); err != nil {
		return err
	}
	if _, err := os.Stat(out); err == nil {
		old := out + ".old"
		os.RemoveAll(old)
		if err := os.Rename(out, old); err != nil {
			return fmt.Errorf("models: %w", err)
		}
		defer os.RemoveAll(old)
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("models: %w", err)
	}
	return nil
}

// CheckOut reports whether out can receive a model: a new path, an empty
// directory or a model directory, which Build replaces. A file, a
// directory holding something else or a path through a file is refused.
// Build checks it when it moves the finished model into place; a caller
// checks it first so that a wrong --out fails before the build.
func CheckOut(out string) error {
	fi, err := os.Stat(out)
	switch {
	case err == nil && !fi.IsDir():
		return fmt.Errorf("models: %s exists and is not a directory", out)
	case err == nil:
		if _, err := os.Stat(filepath.Join(out, manifestFile)); err == nil {
			return nil
		}
		entries, err := os.ReadDir(out)
		if err != nil {
			return fmt.Errorf("models: %w", err)
		}
		if len(entries) > 0 {
			return fmt.Errorf("models: %s exists, is not empty and holds no model: refusing to replace it", out)
		}
		return nil
	case !errors.Is(err, os.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
		return fmt.Errorf("models: %w", err)
	}
	// A new path: Build creates it and its parents, so the nearest one
	// that exists must be a directory (ENOTDIR: the path runs through a file).
	for dir := filepath.Dir(filepath.Clean(out)); ; dir = filepath.Dir(dir) {
		fi, err := os.Stat(dir)
		switch {
		case err == nil && !fi.IsDir():
			return fmt.Errorf("models: %s: %s is not a directory", out, dir)
		case err == nil:
			return nil
		case !errors.Is(err, os.ErrNotExist) && !errors.Is(err, syscall.ENOTDIR):
			return fmt.Errorf("models: %w", err)
		case filepath.Dir(dir) == dir:
			return nil
		}
	}
}

// SkillSearch is the skill dictionary as search-skill and the API use
// it: Search answers ISCO groups under the labels classification gives
// them. The dictionary keeps ESCO's group titles, which have no Arabic;
// an Arabic search showed "Welders and flamecutters" beside Arabic
// occupations.
type SkillSearch struct {
	*skills.Dictionary
	c *classifier.Classifier
}

// SkillSearch returns m's skill dictionary for searching.
func (m *Model) SkillSearch() SkillSearch { return SkillSearch{m.Skills, m.Classifier} }

// Search is skills.Dictionary.Search with the classifier's ISCO labels.
func (s SkillSearch) Search(query string, lang corpus.Lang, top int) skills.SearchResult {
	res := s.Dictionary.Search(query, lang, top)
	if lang == corpus.Undetermined {
		lang = corpus.Lang(res.Lang) // the language the query was read in
	}
	if s.c == nil || lang == corpus.Undetermined || lang == "" {
		return res
	}
	for i := range res.ISCO {
		if l, ok := s.c.ISCOLabel(res.ISCO[i].Code, lang); ok && l != "" {
			res.ISCO[i].Label = l
		}
	}
	return res
}
