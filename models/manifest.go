package models

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"marsad/corpus"
)

// Manifest describes a built model.
type Manifest struct {
	Format   int               `json:"format"`   // artefact layout version
	Analysis int               `json:"analysis"` // corpus.AnalysisVersion the labels were analysed with
	Program  string            `json:"program"`  // the building executable's SHA-256, shortened: see Stale
	Version  string            `json:"version"`  // what the model is made of: see sum
	Built    time.Time         `json:"built"`
	Data     map[string]string `json:"data"`  // data versions, from the taxonomy
	Files    map[string]string `json:"files"` // file name → SHA-256
	Sizes    map[string]int64  `json:"sizes"` // file name → bytes
}

// sum records the checksum and size of every file under dir and derives
// the model version from what the model is made of: its format, the text
// analysis, the program that built it and the taxonomy it was built from
// (taxonomy.gob, written in key order). The other files depend on those
// alone, but gob writes their maps and Bleve its segments in an order
// that changes from build to build: a version summing them changed with
// every rebuild of the same data, and `tag --retag` took every stored
// posting for another model's. The checksums of all files still guard
// against corruption (Open).
func (m *Manifest) sum(dir string) error {
	m.Files, m.Sizes = make(map[string]string), make(map[string]int64)
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if rel == manifestFile {
			return nil
		}
		h, n, err := hashFile(p)
		if err != nil {
			return err
		}
		m.Files[rel], m.Sizes[rel] = h, n
		return nil
	})
	if err != nil {
		return fmt.Errorf("models: checksum: %w", err)
	}
	tax, ok := m.Files[taxonomyFile]
	if !ok {
		return fmt.Errorf("models: checksum: no %s in %s", taxonomyFile, dir)
	}
	h := sha256.New()
	fmt.Fprintf(h, "format %d\nanalysis %d\nprogram %s\n%s %s\n", m.Format, m.Analysis, m.Program, taxonomyFile, tax)
	m.Version = fmt.Sprintf("%d-%s", m.Format, hex.EncodeToString(h.Sum(nil))[:12])
	return nil
}

func (m *Manifest) write(path string) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// ErrCorrupt is wrapped by Open's error when a file of the artefact is
// missing, truncated or changed since it was built.
var ErrCorrupt = errors.New("corrupt model")

// ErrIncompatible is wrapped when the artefact was built by a program
// with another layout version or another text analysis.
var ErrIncompatible = errors.New("incompatible model")

func readManifest(path string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(path, manifestFile))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return m, fmt.Errorf("models: %s is not a model: no %s (build one with `marsad build --out %s`)", path, manifestFile, path)
		}
		return m, fmt.Errorf("models: %w", err)
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("models: %s/%s: %w: %v", path, manifestFile, ErrCorrupt, err)
	}
	rebuild := fmt.Sprintf("rebuild it with `marsad build --out %s`", path)
	if m.Format != Format {
		return m, &adviceError{fmt.Errorf("models: %s has format %d, this program reads format %d: %w", path, m.Format, Format, ErrIncompatible), rebuild}
	}
	switch {
	case m.Analysis == 0:
		return m, &adviceError{fmt.Errorf("models: %s records no text analysis version (it was built by an older marsad): %w", path, ErrIncompatible), rebuild}
	case m.Analysis != corpus.AnalysisVersion:
		return m, &adviceError{fmt.Errorf("models: %s was built with text analysis %d, this program analyses text with version %d: %w",
			path, m.Analysis, corpus.AnalysisVersion, ErrIncompatible), rebuild}
	}
	if len(m.Files) == 0 {
		return m, fmt.Errorf("models: %s/%s lists no files: %w", path, manifestFile, ErrCorrupt)
	}
	return m, nil
}

// verify checks every file the manifest lists against its size and
// checksum, and that no file of the index is missing or extra.
func (m *Manifest) verify(path string) error {
	var bad []string
	for name, want := range m.Files {
		p := filepath.Join(path, filepath.FromSlash(name))
		fi, err := os.Stat(p)
		if err != nil {
			bad = append(bad, name+": missing")
			continue
		}
		if size, ok := m.Sizes[name]; ok && fi.Size() != size {
			bad = append(bad, fmt.Sprintf("%s: %d bytes, manifest says %d", name, fi.Size(), size))
			continue
		}
		got, _, err := hashFile(p)
		if err != nil {
			bad = append(bad, name+": "+err.Error())
		} else if got != want {
			bad = append(bad, name+": checksum mismatch")
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		return &adviceError{fmt.Errorf("models: %s: %w: %s", path, ErrCorrupt, strings.Join(bad, "; ")), "rebuild it with `marsad build`"}
	}
	return nil
}

func hashFile(p string) (string, int64, error) {
	f, err := os.Open(p)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "", 0, err
	}
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// Stale reports why the model at path must be rebuilt from the taxonomy
// under dataDir, or "" when it need not: a model is stale when it is
// missing, corrupt, of another format or text analysis than this
// program's, built by another build of the program (whose tables —
// synonyms, label rules — may differ), or older than a file of the data.
// It reads every file of the model (checksums) and lists the data
// directory, following symbolic links.
func Stale(path, dataDir string) (string, error) {
	m, err := readManifest(path)
	if err != nil {
		if _, statErr := os.Stat(path); errors.Is(statErr, fs.ErrNotExist) {
			return "no model at " + path, nil
		}
		return reason(err), nil // incompatible, corrupt, or not a model
	}
	if err := m.verify(path); err != nil {
		return reason(err), nil
	}
	if id := programID(); id != "" && m.Program != id {
		return fmt.Sprintf("%s was built by another build of marsad", path), nil
	}
	root, err := filepath.EvalSymlinks(dataDir)
	if err != nil {
		return "", fmt.Errorf("models: data %s: %w", dataDir, err)
	}
	var newer string
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || newer != "" {
			return err
		}
		fi, err := os.Stat(p) // a linked file's own time, not the link's
		if err != nil {
			return err
		}
		if fi.ModTime().After(m.Built) {
			newer = p
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("models: data %s: %w", dataDir, err)
	}
	if newer != "" {
		return fmt.Sprintf("%s changed after the model was built (%s)", newer, m.Built.Format(time.RFC3339)), nil
	}
	return "", nil
}

// adviceError is an error with what to do about it, which Stale leaves
// out: its caller is rebuilding.
type adviceError struct {
	err    error
	advice string
}

func (e *adviceError) Error() string { return e.err.Error() + " (" + e.advice + ")" }
func (e *adviceError) Unwrap() error { return e.err }

// reason is err's message without the advice to rebuild.
func reason(err error) string {
	if a, ok := errors.AsType[*adviceError](err); ok {
		return a.err.Error()
	}
	return err.Error()
}

// programID identifies the running program by the SHA-256 of its
// executable, shortened; "" when it cannot be read. Go builds are
// reproducible, so the same source gives the same ID.
func programID() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	h, _, err := hashFile(exe)
	if err != nil {
		return ""
	}
	return h[:16]
}
