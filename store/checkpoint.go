package store

import (
	"encoding/binary"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/zeebo/xxh3"
	bolt "go.etcd.io/bbolt"
)

// A checkpoint says how far a file has been committed. It is written in
// the same transaction as the postings and errors of the lines it covers,
// so after a crash the store holds exactly the lines ≤ checkpoint: a
// restart skips them and stores the rest. Lines are committed in input
// order (the writer reorders what the workers return), which makes "every
// line ≤ checkpoint is done" true at each commit.
type checkpoint struct {
	Line uint64 // last line committed (records start on it or before)
	Done bool   // the whole file was read and committed
}

// headBytes is how much of a file its identity hashes.
const headBytes = 64 << 10

// fileIdentity names a file by absolute path, size and a hash of its
// first 64 KiB, so a file rewritten in place starts over (the keys
// bucket still keeps its old postings from being stored twice).
func fileIdentity(path string) (key []byte, size int64, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, 0, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, 0, err
	}
	if fi.IsDir() {
		return nil, 0, fmt.Errorf("%s is a directory", path)
	}
	h := xxh3.New()
	if _, err := io.Copy(h, io.LimitReader(f, headBytes)); err != nil {
		return nil, 0, err
	}
	key = append([]byte(abs), 0)
	key = binary.BigEndian.AppendUint64(key, uint64(fi.Size()))
	key = binary.BigEndian.AppendUint64(key, h.Sum64())
	return key, fi.Size(), nil
}

func getCheckpoint(tx *bolt.Tx, key []byte) checkpoint {
	v := tx.Bucket(bucketFiles).Get(key)
	if len(v) < 9 {
		return checkpoint{}
	}
	return checkpoint{Line: binary.BigEndian.Uint64(v), Done: v[8] == 1}
}

func putCheckpoint(tx *bolt.Tx, key []byte, c checkpoint) error {
	v := binary.BigEndian.AppendUint64(nil, c.Line)
	if c.Done {
		v = append(v, 1)
	} else {
		v = append(v, 0)
	}
	return tx.Bucket(bucketFiles).Put(key, v)
}
