package store

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Stats describes the store's content. It reads the meta counters and
// the day counters, never the postings, so it is fast at any size.
type Stats struct {
	Path       string `json:"path"`
	Schema     int    `json:"schema"`
	Created    string `json:"created,omitempty"`
	Postings   int64  `json:"postings"`   // distinct postings stored (by source and id, see postingKey)
	Unique     int64  `json:"unique"`     // postings heading their duplicate cluster
	Duplicates int64  `json:"duplicates"` // postings pointing to an earlier one
	Errors     int64  `json:"errors"`     // bad records reported
	Warnings   int64  `json:"warnings"`   // postings stored with a warning: a date not used (counted in UnknownDates), a value the reader did not use
	// UnknownDates counts postings without a date, or whose date could
	// not be read or was implausible: kept and counted, but outside every
	// time series.
	UnknownDates int64            `json:"unknown_dates"`
	FirstDate    string           `json:"first_date,omitempty"` // YYYY-MM-DD, empty when no date is known
	LastDate     string           `json:"last_date,omitempty"`
	Model        string           `json:"model,omitempty"` // model of the last tagging or re-tagging run
	Sources      map[string]int64 `json:"sources"`         // postings per source
	Languages    map[string]int64 `json:"languages"`
	Regions      map[string]int64 `json:"regions"`
	Files        int              `json:"files"` // input files seen, by path (a file that changed counts once)
	SizeBytes    int64            `json:"size_bytes"`
}

// Stats reads the store's figures in one read transaction.
func (db *DB) Stats(ctx context.Context) (Stats, error) {
	s := Stats{Path: db.path, Sources: map[string]int64{}, Languages: map[string]int64{}, Regions: map[string]int64{}}
	err := db.bolt.View(func(tx *bolt.Tx) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		meta := tx.Bucket(bucketMeta)
		if v := meta.Get(keySchema); len(v) == 4 {
			s.Schema = int(binary.BigEndian.Uint32(v))
		}
		s.Created = string(meta.Get(keyCreated))
		s.Model = string(meta.Get(keyModel))
		s.Postings = int64(getU64(meta, keyPostings))
		s.Duplicates = int64(getU64(meta, keyDuplicates))
		s.Unique = s.Postings - s.Duplicates
		s.Errors = int64(getU64(meta, keyErrors))
		s.Warnings = int64(getU64(meta, keyWarnings))
		s.UnknownDates = int64(getU64(meta, keyUnknown))
		s.Files = countFiles(tx)
		s.SizeBytes = tx.Size()
		for _, m := range []struct {
			dim Dim
			out map[string]int64
		}{{DimSource, s.Sources}, {DimLang, s.Languages}, {DimRegion, s.Regions}} {
			scanCounters(tx, grainMonth, 0, "", m.dim, 0, noPeriod, func(_ uint32, v []byte, _, all int64) {
				m.out[string(v)] += all
			})
		}
		if first, last, ok := knownDays(tx); ok {
			s.FirstDate = dayTime(first).Format(time.DateOnly)
			s.LastDate = dayTime(last).Format(time.DateOnly)
		}
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("store: stats: %w", err)
	}
	return s, nil
}

// Posting returns the stored posting with the given id.
func (db *DB) Posting(ctx context.Context, id uint64) (Record, error) {
	var r Record
	err := db.bolt.View(func(tx *bolt.Tx) error {
		v := tx.Bucket(bucketPostings).Get(u64(id))
		if v == nil {
			return fmt.Errorf("store: no posting %d", id)
		}
		var err error
		r, err = decodeRecord(id, v)
		return err
	})
	return r, err
}

// Errors calls fn for each stored error record, oldest first, until fn
// returns false.
func (db *DB) Errors(ctx context.Context, fn func(ErrorRecord) bool) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketErrors).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			var er ErrorRecord
			if err := json.Unmarshal(v, &er); err != nil {
				return fmt.Errorf("store: error record %x: %w", k, err)
			}
			if !fn(er) {
				return nil
			}
		}
		return nil
	})
}

// Postings calls fn for each stored posting in id order until fn returns
// false. It holds one read transaction: keep fn quick.
func (db *DB) Postings(ctx context.Context, fn func(Record) bool) error {
	return db.bolt.View(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketPostings).Cursor()
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if err := ctx.Err(); err != nil {
				return err
			}
			r, err := decodeRecord(binary.BigEndian.Uint64(k), v)
			if err != nil {
				return err
			}
			if !fn(r) {
				return nil
			}
		}
		return nil
	})
}
