package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Options configures Open.
type Options struct {
	// ReadOnly opens the file with a shared lock: several readers may
	// open it at once, but not while a writer holds it.
	ReadOnly bool
	// Timeout bounds the wait for the file lock (default 1 s). bbolt
	// otherwise waits forever when another process holds the database,
	// which is what a second `marsad tag` would do.
	Timeout time.Duration
	// Logger receives progress and warnings; nil discards them.
	Logger *slog.Logger
	// NoSync skips fsync on commit. Only for benchmarks and tests of
	// the writer: a crash may lose committed batches (never corrupts).
	NoSync bool
}

// DB is an open store. It is safe for concurrent use: bbolt serialises
// write transactions (one writer) and runs read transactions in parallel
// with it (many readers).
type DB struct {
	bolt *bolt.DB
	path string
	log  *slog.Logger
	ro   bool
}

// ErrLocked is returned by Open when another process holds the database.
var ErrLocked = errors.New("store: database is locked by another process (is a `marsad tag` or `marsad serve` running on it?)")

// Open opens or creates the store at path. A new file gets the current
// schema; an existing one must carry a schema this code knows: a newer
// one is refused rather than misread.
func Open(path string, opt Options) (*DB, error) {
	if path == "" {
		return nil, errors.New("store: no database path (set --db or MARSAD_DB)")
	}
	if opt.Timeout <= 0 {
		opt.Timeout = time.Second
	}
	log := opt.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opt.ReadOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("store: %w", err)
		}
	}
	bdb, err := bolt.Open(path, 0o644, &bolt.Options{
		Timeout:      opt.Timeout,
		ReadOnly:     opt.ReadOnly,
		NoSync:       opt.NoSync,
		FreelistType: bolt.FreelistMapType,
	})
	if err != nil {
		if errors.Is(err, bolt.ErrTimeout) {
			return nil, fmt.Errorf("%w: %s", ErrLocked, path)
		}
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db := &DB{bolt: bdb, path: path, log: log, ro: opt.ReadOnly}
	if err := db.checkSchema(); err != nil {
		bdb.Close()
		return nil, err
	}
	return db, nil
}

// Close releases the file. Taggers using the DB must have returned.
func (db *DB) Close() error {
	if err := db.bolt.Close(); err != nil {
		return fmt.Errorf("store: close %s: %w", db.path, err)
	}
	return nil
}

// Path is the database file.
func (db *DB) Path() string { return db.path }

// checkSchema creates the buckets of a new file, or checks that an
// existing file's schema version is one this code reads.
func (db *DB) checkSchema() error {
	check := func(tx *bolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			if db.ro {
				return fmt.Errorf("store: %s is not a Marsad store (no meta bucket)", db.path)
			}
			return initSchema(tx)
		}
		v := meta.Get(keySchema)
		if len(v) != 4 {
			return fmt.Errorf("store: %s has no schema version: not a Marsad store or damaged", db.path)
		}
		got := binary.BigEndian.Uint32(v)
		switch {
		case got > SchemaVersion:
			return fmt.Errorf("store: %s has schema version %d, newer than this marsad reads (%d): upgrade marsad", db.path, got, SchemaVersion)
		case got < oldestSchema:
			return fmt.Errorf("store: %s has old schema version %d (this marsad reads %d to %d): re-tag into a new database", db.path, got, oldestSchema, SchemaVersion)
		case got < SchemaVersion && !db.ro:
			if err := meta.Put(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion)); err != nil {
				return fmt.Errorf("store: %s: upgrade schema %d to %d: %w", db.path, got, SchemaVersion, err)
			}
		}
		for _, b := range allBuckets {
			if tx.Bucket(b) == nil {
				return fmt.Errorf("store: %s lacks bucket %q: damaged", db.path, b)
			}
		}
		return nil
	}
	if db.ro {
		return db.bolt.View(check)
	}
	return db.bolt.Update(check)
}
