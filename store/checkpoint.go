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

// later is the checkpoint that went further of c and o.
func (c checkpoint) later(o checkpoint) checkpoint {
	return checkpoint{Line: max(c.Line, o.Line), Done: c.Done || o.Done}
}

// A file's checkpoint is kept under two keys, written together:
//
//   - its path key: absolute path, size and a hash of the first 64 KiB.
//     It costs one small read, so a run given files it has finished skips
//     them without reading them; a file rewritten in place gets another
//     key and starts over (the keys bucket still keeps its old postings
//     from being stored twice).
//   - its content key: a zero byte, the size and a 128-bit hash of the
//     whole file. A copied or renamed file has the same one, so it is
//     skipped when the original was finished, or resumes where the
//     original stopped, instead of being read again: its bad lines would
//     be reported twice. The whole file is hashed only when the path key
//     does not say it is done.
//
// An absolute path never starts with a zero byte, so the two kinds of key
// do not meet (and Stats counts files by their path keys).

// headBytes is how much of a file its path key hashes.
const headBytes = 64 << 10

// pathKey returns the path key of a file and its size.
func pathKey(path string) (key []byte, size int64, err error) {
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

// contentKey returns the content key of a file, reading all of it.
func contentKey(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := xxh3.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return nil, fmt.Errorf("hashing the file: %w", err)
	}
	sum := h.Sum128().Bytes()
	key := binary.BigEndian.AppendUint64([]byte{0}, uint64(n))
	return append(key, sum[:]...), nil
}

// countFiles is the number of files seen: their path keys, which sort
// after the content keys.
func countFiles(tx *bolt.Tx) int {
	n := 0
	c := tx.Bucket(bucketFiles).Cursor()
	for k, _ := c.Seek([]byte{1}); k != nil; k, _ = c.Next() {
		n++
	}
	return n
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
