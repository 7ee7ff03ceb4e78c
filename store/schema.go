package store

import (
	"encoding/binary"
	"time"

	bolt "go.etcd.io/bbolt"
)

// SchemaVersion is the layout described in docs/store.md. Bump it when a
// bucket or an encoding changes; Open refuses files with a newer version.
// Version 2 added the board's sector and function to records (record
// version 2, record.go); version 1 files read as they are, and a writer
// marks them version 2 on open, so that an older marsad refuses them
// instead of meeting records it cannot read.
const SchemaVersion = 2

// oldestSchema is the oldest schema version this code reads.
const oldestSchema = 1

// Buckets. Every key holding an id is the id as a big-endian uint64, so
// ids sort in insertion order and bbolt appends instead of splitting
// pages (5–16× faster than random keys).
var (
	bucketMeta     = []byte("meta")     // schema, model, totals (see key* below)
	bucketPostings = []byte("postings") // id → record (see record.go)
	bucketText     = []byte("text")     // id → flate(description[:maxText]) for --retag (the title is in the record)
	bucketKeys     = []byte("keys")     // source \x00 posting id → id: a posting is stored once
	bucketExact    = []byte("exact")    // exact fingerprint (8 B) → id of the cluster's first posting
	bucketNear     = []byte("near")     // title+location hash (8 B) + id → SimHash (8 B), cluster heads only
	bucketFiles    = []byte("files")    // file identity → checkpoint (see checkpoint.go)
	bucketErrors   = []byte("errors")   // sequence → JSON ErrorRecord
	bucketCounters = []byte("counters") // counter key → uvarint unique, uvarint all (see counters.go)
	allBuckets     = [][]byte{bucketMeta, bucketPostings, bucketText, bucketKeys, bucketExact, bucketNear, bucketFiles, bucketErrors, bucketCounters}
)

// Keys of the meta bucket.
var (
	keySchema     = []byte("schema")     // uint32 SchemaVersion
	keyCreated    = []byte("created")    // RFC 3339
	keyModel      = []byte("model")      // model version of the last tagging run
	keyPostings   = []byte("n.postings") // uint64: records in postings
	keyDuplicates = []byte("n.dups")     // uint64: records pointing to another cluster head
	keyErrors     = []byte("n.errors")   // uint64: bad records in errors
	keyWarnings   = []byte("n.warnings") // uint64: warnings in errors (postings stored all the same)
	keyUnknown    = []byte("n.nodate")   // uint64: records whose date did not parse
)

func initSchema(tx *bolt.Tx) error {
	for _, b := range allBuckets {
		if _, err := tx.CreateBucketIfNotExists(b); err != nil {
			return err
		}
	}
	meta := tx.Bucket(bucketMeta)
	if err := meta.Put(keySchema, binary.BigEndian.AppendUint32(nil, SchemaVersion)); err != nil {
		return err
	}
	return meta.Put(keyCreated, []byte(time.Now().UTC().Format(time.RFC3339)))
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(make([]byte, 0, 8), v) }

func getU64(b *bolt.Bucket, k []byte) uint64 {
	v := b.Get(k)
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// addU64 adds d (which may be negative) to a uint64 counter in b.
func addU64(b *bolt.Bucket, k []byte, d int64) error {
	if d == 0 {
		return nil
	}
	return b.Put(k, u64(uint64(int64(getU64(b, k))+d)))
}
