package store

import (
	"bytes"
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
//
// A file that grew since it was tagged (a scrape appended to) has new
// keys, but its path keys of before give its earlier sizes: when the
// content key of its first bytes, up to the largest earlier size, is
// known, those bytes are the earlier content and the file resumes after
// their checkpoint (earlierSize, contentKeys).
//
// Each key describes the file's first size bytes, size taken by pathKey:
// the hash and the reader stop there, so that lines written while a run
// reads the file are left to the next run, under the next keys.

// headBytes is how much of a file its path key hashes.
const headBytes = 64 << 10

// pathKey returns the path key of a file and its size.
func pathKey(path string) (key []byte, size int64, err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, 0, err
	}
	// Stat before opening: opening a named pipe waits for a writer.
	fi, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, 0, err
	case fi.IsDir():
		return nil, 0, fmt.Errorf("%s is a directory", path)
	case !fi.Mode().IsRegular():
		// A pipe would be drained by the hashes before the reader
		// starts, and could not be resumed anyway.
		return nil, 0, fmt.Errorf("%s is not a regular file (a pipe or a device): save the input to a file and tag that", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, err
	}
	defer f.Close()
	h := xxh3.New()
	if _, err := io.Copy(h, io.LimitReader(f, min(headBytes, fi.Size()))); err != nil {
		return nil, 0, err
	}
	key = append([]byte(abs), 0)
	key = binary.BigEndian.AppendUint64(key, uint64(fi.Size()))
	key = binary.BigEndian.AppendUint64(key, h.Sum64())
	return key, fi.Size(), nil
}

// contentKeys returns the content key of the file's first size bytes
// and, when at > 0, that of its first at bytes (nil unless they end a
// line, and for a gzip file: see prefixEnds), hashing the file once: the
// hash of a prefix is the running hash at its end.
func contentKeys(path string, size, at int64) (full, prefix []byte, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	if at > 0 && at < size {
		ok, err := prefixEnds(f, at)
		if err != nil {
			return nil, nil, err
		}
		if !ok {
			at = 0
		}
	} else {
		at = 0
	}
	h := xxh3.New()
	n, err := io.Copy(h, io.LimitReader(f, at))
	if err == nil && at > 0 {
		prefix = makeContentKey(at, h.Sum128().Bytes()) // Sum128 leaves the running hash as it was
		var m int64
		m, err = io.Copy(h, io.LimitReader(f, size-at))
		n += m
	} else if err == nil {
		n, err = io.Copy(h, io.LimitReader(f, size))
	}
	if err == nil && n < size {
		err = fmt.Errorf("%d bytes, not %d: the file shrank", n, size)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("hashing the file: %w", err)
	}
	return makeContentKey(size, h.Sum128().Bytes()), prefix, nil
}

func makeContentKey(size int64, sum [16]byte) []byte {
	key := binary.BigEndian.AppendUint64([]byte{0}, uint64(size))
	return append(key, sum[:]...)
}

// earlierSize is the largest size below size that the file at abs had
// when a run tagged it (its older path keys); 0 when there is none.
func earlierSize(tx *bolt.Tx, abs string, size int64) int64 {
	prefix := append([]byte(abs), 0)
	var before int64
	c := tx.Bucket(bucketFiles).Cursor()
	for k, _ := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, _ = c.Next() {
		if len(k) != len(prefix)+16 {
			continue // not a path key: paths hold no zero byte
		}
		if s := int64(binary.BigEndian.Uint64(k[len(prefix):])); s < size {
			before = max(before, s)
		}
	}
	return before
}

// prefixEnds reports whether the file's first n bytes can be the whole
// content a run read before it grew: they end a line (a last line cut by
// the scraper writing it must be read again, in full), and the file is
// not gzip, whose lines cannot be told from its bytes.
func prefixEnds(f *os.File, n int64) (bool, error) {
	var b [2]byte
	if _, err := f.ReadAt(b[:], 0); err != nil {
		return false, err
	}
	if b == [2]byte{0x1f, 0x8b} {
		return false, nil
	}
	if _, err := f.ReadAt(b[:1], n-1); err != nil {
		return false, err
	}
	return b[0] == '\n', nil
}

// countFiles is the number of files seen: the paths of their path keys,
// which sort after the content keys. A file that changed has a path key
// per version, one after the other.
func countFiles(tx *bolt.Tx) int {
	n := 0
	var last []byte
	c := tx.Bucket(bucketFiles).Cursor()
	for k, _ := c.Seek([]byte{1}); k != nil; k, _ = c.Next() {
		path, _, _ := bytes.Cut(k, []byte{0})
		if !bytes.Equal(path, last) {
			n++
			last = path
		}
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
