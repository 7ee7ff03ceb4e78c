package store

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"

	"github.com/zeebo/xxh3"
	bolt "go.etcd.io/bbolt"

	"marsad/corpus/posting"
)

// Deduplication.
//
// Exact repeats share a fingerprint: xxh3 of the normalised title,
// description, company and location. Location is included because boards
// such as MarocAnnonces carry bare titles ("Commercial") that are distinct
// ads in distinct cities.
//
// Near-duplicates are postings with the same normalised title and
// location whose SimHash (64 bits over word 3-shingles of title, company,
// location and description) differs in at most nearDistance bits: a
// re-post with an edited sentence. The location is part of the group
// because France Travail carries the same ad for many towns ("Analyste
// data (H/F)" in 12 places): those are distinct vacancies for regional
// counts. Candidates are found in the near bucket under the group hash,
// which holds cluster heads only, newest first, at most nearScan of them:
// a posting joins the cluster of the first head close enough.
const (
	nearDistance = 3
	nearScan     = 256
)

// fingerprints holds what dedup computes for one posting.
type fingerprints struct {
	exact   uint64
	simhash uint64
	group   uint64 // xxh3 of normalised title and location
}

func fingerprint(p *posting.Posting) fingerprints {
	title := normalize(p.Title)
	desc := normalize(p.Description)
	company := normalize(p.Company)
	loc := normalize(p.Location)
	if desc == "" && company == "" {
		// A thin posting (a bare title and a city, as on MarocAnnonces)
		// says too little: "Développeur dotNet, Casablanca" in March and
		// in May are two ads. It is a repeat only on the same date text.
		loc += " | " + normalize(p.Date)
	}
	h := xxh3.New()
	for _, s := range [...]string{title, desc, company, loc} {
		h.WriteString(s)
		h.Write([]byte{0})
	}
	words := strings.Fields(title + " | " + company + " | " + loc + " | " + desc)
	return fingerprints{
		exact:   h.Sum64(),
		simhash: simHash(words),
		group:   xxh3.HashString(title + "\x00" + loc),
	}
}

// normalize lowercases, drops accents of Latin letters and Arabic
// diacritics, and turns punctuation into single spaces, so that
// "Chargé(e) de clientèle" and "CHARGE(E) DE CLIENTELE" agree.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := foldAccent[r]; ok {
			r = f
		}
		switch {
		case unicode.Is(unicode.Mn, r): // combining marks, Arabic harakat
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			space = false
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

var foldAccent = map[rune]rune{
	'à': 'a', 'â': 'a', 'ä': 'a', 'á': 'a', 'ã': 'a',
	'ç': 'c', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'î': 'i', 'ï': 'i', 'í': 'i', 'ì': 'i',
	'ô': 'o', 'ö': 'o', 'ó': 'o', 'ò': 'o', 'õ': 'o',
	'ù': 'u', 'û': 'u', 'ü': 'u', 'ú': 'u', 'ÿ': 'y', 'ñ': 'n',
	'œ': 'o', 'æ': 'a',
	'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ة': 'ه', 'ى': 'ي',
}

// simHash is Charikar's SimHash over word 3-shingles (or the whole text
// when it has fewer than three words), each shingle weighing one.
func simHash(words []string) uint64 {
	if len(words) == 0 {
		return 0
	}
	var v [64]int32
	add := func(h uint64) {
		for i := range 64 {
			if h&(1<<i) != 0 {
				v[i]++
			} else {
				v[i]--
			}
		}
	}
	var buf []byte
	if len(words) < 3 {
		add(xxh3.HashString(strings.Join(words, " ")))
	} else {
		for i := 0; i+3 <= len(words); i++ {
			buf = append(buf[:0], words[i]...)
			buf = append(buf, ' ')
			buf = append(buf, words[i+1]...)
			buf = append(buf, ' ')
			buf = append(buf, words[i+2]...)
			add(xxh3.Hash(buf))
		}
	}
	var h uint64
	for i := range 64 {
		if v[i] > 0 {
			h |= 1 << i
		}
	}
	return h
}

// findCluster returns the id of the cluster head fp belongs to, or 0 when
// the posting starts a new cluster. It sees the writes of its own
// transaction, so repeats inside one batch are found too.
func findCluster(tx *bolt.Tx, fp fingerprints) uint64 {
	if v := tx.Bucket(bucketExact).Get(u64(fp.exact)); len(v) == 8 {
		return binary.BigEndian.Uint64(v)
	}
	prefix := u64(fp.group)
	c := tx.Bucket(bucketNear).Cursor()
	// Newest head first: seek past the prefix, then walk back.
	k, v := c.Seek(u64(fp.group + 1))
	if k == nil {
		k, v = c.Last()
	} else {
		k, v = c.Prev()
	}
	if fp.group == ^uint64(0) { // prefix+1 overflowed to 0: start at the end
		k, v = c.Last()
	}
	for n := 0; k != nil && bytes.HasPrefix(k, prefix) && n < nearScan; n++ {
		if len(v) == 8 && bits.OnesCount64(binary.BigEndian.Uint64(v)^fp.simhash) <= nearDistance {
			return binary.BigEndian.Uint64(k[8:])
		}
		k, v = c.Prev()
	}
	return 0
}

// addHead records id as a new cluster head.
func addHead(tx *bolt.Tx, id uint64, fp fingerprints) error {
	if err := tx.Bucket(bucketExact).Put(u64(fp.exact), u64(id)); err != nil {
		return err
	}
	k := binary.BigEndian.AppendUint64(u64(fp.group), id)
	return tx.Bucket(bucketNear).Put(k, u64(fp.simhash))
}

// addRepeat records a posting's exact fingerprint when it differs from
// its head's, so a later exact repeat of it is found without the scan.
func addRepeat(tx *bolt.Tx, head uint64, fp fingerprints) error {
	b := tx.Bucket(bucketExact)
	if b.Get(u64(fp.exact)) != nil {
		return nil
	}
	return b.Put(u64(fp.exact), u64(head))
}
