package store

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
)

// Record is one stored posting: the source fields worth keeping, where it
// was read, its fingerprints and its tags. Descriptions are not kept
// here (the text bucket holds a compressed copy for re-tagging), so a
// record is a few hundred bytes.
type Record struct {
	ID          uint64 `json:"id"`
	Key         string `json:"key"` // the posting's id in its source
	Source      string `json:"source"`
	Title       string `json:"title"`
	Company     string `json:"company,omitempty"`
	Location    string `json:"location,omitempty"`
	DateText    string `json:"date_text,omitempty"` // as found
	Sector      string `json:"sector,omitempty"`    // the board's categories, as found
	Function    string `json:"function,omitempty"`
	URL         string `json:"url,omitempty"`
	File        string `json:"file,omitempty"`
	Line        int    `json:"line,omitempty"`
	Fingerprint uint64 `json:"fingerprint"` // xxh3 of normalised title, description, company, location
	SimHash     uint64 `json:"simhash"`
	// DuplicateOf is the id of the first posting of this posting's
	// cluster, or 0 when the posting is itself a cluster head (unique).
	DuplicateOf uint64 `json:"duplicate_of,omitempty"`
	Tags        Tags   `json:"tags"`
}

// Tags is what classification and resolution gave a posting, compactly:
// codes and scores of the top few concepts, no labels (labels come from
// the model).
type Tags struct {
	Lang       string `json:"lang"`
	Darija     bool   `json:"darija,omitempty"`
	ROME       []Code `json:"rome,omitempty"`
	ISCO       []Code `json:"isco,omitempty"`
	ESCO       []Code `json:"esco,omitempty"`
	Skills     []Code `json:"skills,omitempty"`
	ROMEParent string `json:"rome_parent,omitempty"` // métier of the top ROME fiche
	ROMEDomain string `json:"rome_domain,omitempty"` // domaine professionnel, e.g. "M18"
	// Region is the region code for places in Morocco, else the kind of
	// place ("abroad", "remote", "unknown").
	Region string `json:"region"`
	City   string `json:"city,omitempty"`
	// Day is the posting date as days since 1970-01-01 UTC, or
	// NoDay when the date text did not parse.
	Day   int32  `json:"-"`
	Date  string `json:"date,omitempty"` // Day as YYYY-MM-DD, for JSON only
	Model string `json:"model"`
}

// NoDay marks an unknown posting date.
const NoDay int32 = math.MinInt32

// Code is a concept code with its score.
type Code struct {
	Code  string  `json:"code"`
	Score float32 `json:"score"`
}

// recordVersion is the layout encode writes. Version 1 records (no
// sector and function) still decode.
const (
	recordVersion = 2
	maxConcepts   = 3  // ROME, ISCO, ESCO codes kept per posting
	maxSkills     = 12 // skill codes kept per posting
	escoPrefix    = "http://data.europa.eu/esco/"
)

// dayOf returns the UTC day number of t.
func dayOf(t time.Time) int32 {
	return int32(t.UTC().Unix() / 86400)
}

func dayTime(d int32) time.Time { return time.Unix(int64(d)*86400, 0).UTC() }

// encode appends the binary form of r (without ID, which is the key).
// Layout: version, flags, then uvarints and length-prefixed strings in
// the order of the fields below; concept codes drop the ESCO URI prefix.
// What version 2 added (sector, function) comes last.
func (r *Record) encode(b []byte) []byte {
	b = append(b, recordVersion)
	var flags byte
	if r.Tags.Darija {
		flags |= 1
	}
	b = append(b, flags)
	for _, s := range [...]string{r.Key, r.Source, r.Title, r.Company, r.Location, r.DateText, r.URL, r.File} {
		b = appendString(b, s)
	}
	b = binary.AppendUvarint(b, uint64(r.Line))
	b = binary.BigEndian.AppendUint64(b, r.Fingerprint)
	b = binary.BigEndian.AppendUint64(b, r.SimHash)
	b = binary.AppendUvarint(b, r.DuplicateOf)
	t := &r.Tags
	for _, s := range [...]string{t.Lang, t.ROMEParent, t.ROMEDomain, t.Region, t.City, t.Model} {
		b = appendString(b, s)
	}
	b = binary.BigEndian.AppendUint32(b, uint32(t.Day))
	for _, cs := range [...][]Code{t.ROME, t.ISCO, t.ESCO, t.Skills} {
		b = binary.AppendUvarint(b, uint64(len(cs)))
		for _, c := range cs {
			b = appendCode(b, c.Code)
			b = binary.BigEndian.AppendUint16(b, scoreBits(c.Score))
		}
	}
	b = appendString(b, r.Sector)
	return appendString(b, r.Function)
}

// decodeRecord reads what encode wrote. Strings are copied: bbolt's
// values are only valid inside their transaction.
func decodeRecord(id uint64, b []byte) (Record, error) {
	d := decoder{b: b}
	r := Record{ID: id}
	v := d.byte()
	if v < 1 || v > recordVersion {
		return r, fmt.Errorf("store: posting %d: record version %d unknown", id, v)
	}
	flags := d.byte()
	r.Tags.Darija = flags&1 != 0
	for _, p := range [...]*string{&r.Key, &r.Source, &r.Title, &r.Company, &r.Location, &r.DateText, &r.URL, &r.File} {
		*p = d.string()
	}
	r.Line = int(d.uvarint())
	r.Fingerprint = d.u64()
	r.SimHash = d.u64()
	r.DuplicateOf = d.uvarint()
	t := &r.Tags
	for _, p := range [...]*string{&t.Lang, &t.ROMEParent, &t.ROMEDomain, &t.Region, &t.City, &t.Model} {
		*p = d.string()
	}
	t.Day = int32(d.u32())
	for _, p := range [...]*[]Code{&t.ROME, &t.ISCO, &t.ESCO, &t.Skills} {
		n := d.uvarint()
		if n > 64 {
			d.err = errors.New("too many codes")
			break
		}
		if n == 0 {
			continue
		}
		cs := make([]Code, n)
		for i := range cs {
			cs[i].Code = d.code()
			cs[i].Score = float32(d.u16()) / 65535
		}
		*p = cs
	}
	if v >= 2 {
		r.Sector, r.Function = d.string(), d.string()
	}
	if t.Day != NoDay {
		t.Date = dayTime(t.Day).Format(time.DateOnly)
	}
	if d.err != nil {
		return r, fmt.Errorf("store: posting %d: damaged record: %w", id, d.err)
	}
	return r, nil
}

func scoreBits(s float32) uint16 {
	switch {
	case s <= 0 || s != s:
		return 0
	case s >= 1:
		return 65535
	}
	return uint16(s*65535 + 0.5)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// appendCode writes a code as a string whose length's low bit says the
// ESCO prefix was dropped (ESCO URIs are ~75 bytes, 27 of them prefix).
func appendCode(b []byte, s string) []byte {
	if rest, ok := strings.CutPrefix(s, escoPrefix); ok {
		b = binary.AppendUvarint(b, uint64(len(rest))<<1|1)
		return append(b, rest...)
	}
	b = binary.AppendUvarint(b, uint64(len(s))<<1)
	return append(b, s...)
}

type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail() {
	if d.err == nil {
		d.err = errors.New("truncated")
	}
	d.b = nil
}

func (d *decoder) byte() byte {
	if len(d.b) < 1 {
		d.fail()
		return 0
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail()
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) take(n uint64) []byte {
	if uint64(len(d.b)) < n {
		d.fail()
		return nil
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v
}

func (d *decoder) string() string { return string(d.take(d.uvarint())) }

func (d *decoder) code() string {
	n := d.uvarint()
	s := string(d.take(n >> 1))
	if n&1 != 0 {
		return escoPrefix + s
	}
	return s
}

func (d *decoder) u64() uint64 {
	v := d.take(8)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

func (d *decoder) u32() uint32 {
	v := d.take(4)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint32(v)
}

func (d *decoder) u16() uint16 {
	v := d.take(2)
	if v == nil {
		return 0
	}
	return binary.BigEndian.Uint16(v)
}
