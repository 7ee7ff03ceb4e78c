package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Counters are maintained at write time, in the transaction that stores
// or re-tags a posting, so trend queries read counters, never postings.
//
// Key: grain (1 B) | period (4 B big-endian) | filter dim (1 B, 0 = none)
// | filter value | 0x00 | dim (1 B) | value. Value: uvarint count of
// unique postings, uvarint count of all postings (duplicates included).
// The period comes first so that a batch of postings from the same days
// (files are mostly in date order) dirties few pages of the tree.
//
// Two kinds:
//   - single: no filter, every dim at week and month grain, and every
//     dim but skill and esco at day grain (those two are half the keys of
//     a store and day-by-day skill counts are noise: --by skill
//     --interval day scans);
//   - pair: filter on a dim of pairDims, counted by the dims listed for
//     it (nil: every dim), at month grain only. ROME × ESCO or ROME × ISCO
//     pairs would be millions of keys for little use.
//
// A query the counters cannot answer (several filters, another filter or
// pair, a filter with day or week periods) scans the postings.
const (
	grainDay   byte = 'd'
	grainWeek  byte = 'w' // Monday-based: floor((day+3)/7)
	grainMonth byte = 'm'
)

// Dim is a dimension postings are counted by.
type Dim byte

// The dimensions. Their names are what --by and --filter take.
const (
	DimTotal      Dim = 't'
	DimROME       Dim = 'r'
	DimROMEParent Dim = 'p'
	DimROMEDomain Dim = 'd'
	DimISCO1      Dim = '1'
	DimISCO2      Dim = '2'
	DimISCO3      Dim = '3'
	DimISCO4      Dim = '4'
	DimESCO       Dim = 'e'
	DimSkill      Dim = 's'
	DimRegion     Dim = 'g'
	DimSource     Dim = 'o'
	DimLang       Dim = 'l'
)

var dimNames = map[Dim]string{
	DimTotal: "total", DimROME: "rome", DimROMEParent: "rome-parent", DimROMEDomain: "rome-domain",
	DimISCO1: "isco1", DimISCO2: "isco2", DimISCO3: "isco3", DimISCO4: "isco4",
	DimESCO: "esco", DimSkill: "skill", DimRegion: "region", DimSource: "source", DimLang: "lang",
}

// pairDims are the filters with their own counters, and the dims they
// count by (nil: all). Filters of few values (region, source, lang) pair
// with everything; ROME pairs with the dims questions are asked about
// ("skills of M1805", "M1805 by region").
var pairDims = map[Dim][]Dim{
	DimROME:   {DimTotal, DimSkill, DimRegion, DimSource, DimLang},
	DimRegion: nil,
	DimSource: nil,
	DimLang:   nil,
}

// hasDay says whether dim has day counters.
func hasDay(dim Dim) bool { return dim != DimSkill && dim != DimESCO }

// hasPair says whether counters exist for filter f counted by dim.
func hasPair(f, dim Dim) bool {
	dims, ok := pairDims[f]
	if !ok || f == dim {
		return false
	}
	return dims == nil || slices.Contains(dims, dim)
}

func (d Dim) String() string { return dimNames[d] }

// ParseDim reads a dimension name as --by and --filter take it.
func ParseDim(s string) (Dim, error) {
	if s == "isco" { // the unit group, as ISCO codes are usually given
		return DimISCO4, nil
	}
	for d, n := range dimNames {
		if n == s && d != DimTotal {
			return d, nil
		}
	}
	return 0, fmt.Errorf("store: unknown dimension %q (want %s)", s, strings.Join(DimNames(), ", "))
}

// DimNames lists the dimension names in a fixed order.
func DimNames() []string {
	return []string{"rome", "rome-parent", "rome-domain", "isco1", "isco2", "isco3", "isco4", "esco", "skill", "region", "source", "lang"}
}

// unknownValue stands for a missing single value (no ROME code, ...).
const unknownValue = "unknown"

// dimValue is one (dimension, value) a posting counts under.
type dimValue struct {
	dim   Dim
	value string
}

// dimValues lists the values r counts under: one per dimension, except
// skills (one per distinct skill code, none when there is none).
func dimValues(r *Record) []dimValue {
	t := &r.Tags
	top := func(cs []Code) string {
		if len(cs) == 0 || cs[0].Code == "" {
			return unknownValue
		}
		return cs[0].Code
	}
	or := func(s string) string {
		if s == "" {
			return unknownValue
		}
		return s
	}
	isco := top(t.ISCO)
	prefix := func(n int) string {
		if isco == unknownValue || len(isco) < n {
			return unknownValue
		}
		return isco[:n]
	}
	vs := make([]dimValue, 0, 13+len(t.Skills))
	vs = append(vs,
		dimValue{DimTotal, ""},
		dimValue{DimROME, top(t.ROME)},
		dimValue{DimROMEParent, or(t.ROMEParent)},
		dimValue{DimROMEDomain, or(t.ROMEDomain)},
		dimValue{DimISCO1, prefix(1)},
		dimValue{DimISCO2, prefix(2)},
		dimValue{DimISCO3, prefix(3)},
		dimValue{DimISCO4, prefix(4)},
		dimValue{DimESCO, top(t.ESCO)},
		dimValue{DimRegion, or(t.Region)},
		dimValue{DimSource, or(r.Source)},
		dimValue{DimLang, or(t.Lang)},
	)
	seen := make(map[string]bool, len(t.Skills))
	for _, s := range t.Skills {
		if s.Code != "" && !seen[s.Code] {
			seen[s.Code] = true
			vs = append(vs, dimValue{DimSkill, s.Code})
		}
	}
	return vs
}

// valueOf returns the values of dim d in vs (several for skills).
func valueOf(vs []dimValue, d Dim) []string {
	var out []string
	for _, v := range vs {
		if v.dim == d {
			out = append(out, v.value)
		}
	}
	return out
}

const noPeriod = math.MaxUint32

// periodOf returns the counter period of a day at a grain.
func periodOf(grain byte, day int32) uint32 {
	if day == NoDay || day < 0 {
		return noPeriod
	}
	switch grain {
	case grainDay:
		return uint32(day)
	case grainWeek:
		return uint32((int64(day) + 3) / 7)
	}
	t := dayTime(day)
	return uint32(t.Year()*12 + int(t.Month()) - 1)
}

func counterKey(b []byte, grain byte, period uint32, fdim Dim, fval string, dim Dim, value string) []byte {
	b = append(b, grain)
	b = binary.BigEndian.AppendUint32(b, period)
	b = append(b, byte(fdim))
	b = append(b, fval...)
	b = append(b, 0, byte(dim))
	return append(b, value...)
}

// deltas accumulates counter changes for one transaction; applying them
// sorted turns thousands of increments into one ordered pass.
type deltas map[string][2]int64

// add counts r (with sign +1 or -1) under every counter it belongs to.
func (ds deltas) add(r *Record, sign int64) {
	unique := sign
	if r.DuplicateOf != 0 {
		unique = 0
	}
	vs := dimValues(r)
	var kb []byte
	inc := func(k []byte) {
		d := ds[string(k)]
		d[0] += unique
		d[1] += sign
		ds[string(k)] = d
	}
	for _, grain := range [...]byte{grainDay, grainWeek, grainMonth} {
		p := periodOf(grain, r.Tags.Day)
		for _, v := range vs {
			if grain == grainDay && !hasDay(v.dim) {
				continue
			}
			kb = counterKey(kb[:0], grain, p, 0, "", v.dim, v.value)
			inc(kb)
		}
	}
	p := periodOf(grainMonth, r.Tags.Day)
	for f := range pairDims {
		fv := valueOf(vs, f)[0]
		for _, v := range vs {
			if !hasPair(f, v.dim) {
				continue
			}
			kb = counterKey(kb[:0], grainMonth, p, f, fv, v.dim, v.value)
			inc(kb)
		}
	}
}

func (ds deltas) apply(tx *bolt.Tx) error {
	keys := make([]string, 0, len(ds))
	for k, d := range ds {
		if d != [2]int64{} {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	b := tx.Bucket(bucketCounters)
	for _, k := range keys {
		d := ds[k]
		u, a := decodeCount(b.Get([]byte(k)))
		u += d[0]
		a += d[1]
		if u < 0 || a < 0 {
			return fmt.Errorf("store: counter %q would go negative: damaged counters", k)
		}
		if a == 0 {
			if err := b.Delete([]byte(k)); err != nil {
				return err
			}
			continue
		}
		// A fresh slice per Put: bbolt keeps the value until commit.
		vb := binary.AppendUvarint(make([]byte, 0, 8), uint64(u))
		vb = binary.AppendUvarint(vb, uint64(a))
		if err := b.Put([]byte(k), vb); err != nil {
			return err
		}
	}
	clear(ds)
	return nil
}

func decodeCount(v []byte) (unique, all int64) {
	u, n := binary.Uvarint(v)
	if n <= 0 {
		return 0, 0
	}
	a, m := binary.Uvarint(v[n:])
	if m <= 0 {
		return 0, 0
	}
	return int64(u), int64(a)
}

// scanCounters calls fn for every counter of one series with a period in
// [lo, hi], in period order. It seeks once per period holding data.
// value is only valid during the call.
func scanCounters(tx *bolt.Tx, grain byte, fdim Dim, fval string, dim Dim, lo, hi uint32, fn func(period uint32, value []byte, unique, all int64)) {
	c := tx.Bucket(bucketCounters).Cursor()
	p := uint64(lo)
	for p <= uint64(hi) {
		prefix := counterKey(nil, grain, uint32(p), fdim, fval, dim, "")
		k, v := c.Seek(prefix)
		for ; k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			u, a := decodeCount(v)
			fn(uint32(p), k[len(prefix):], u, a)
		}
		// Jump to the next period that holds any key of this grain.
		if k == nil || k[0] != grain || len(k) < 5 {
			return
		}
		next := uint64(binary.BigEndian.Uint32(k[1:5]))
		if next <= p {
			next = p + 1
		}
		p = next
	}
}

// knownDays returns the first and last day with a dated posting.
func knownDays(tx *bolt.Tx) (first, last int32, ok bool) {
	c := tx.Bucket(bucketCounters).Cursor()
	k, _ := c.Seek([]byte{grainDay})
	if k == nil || k[0] != grainDay || len(k) < 5 || binary.BigEndian.Uint32(k[1:5]) == noPeriod {
		return 0, 0, false
	}
	first = int32(binary.BigEndian.Uint32(k[1:5]))
	k, _ = c.Seek([]byte{grainDay, 0xff, 0xff, 0xff, 0xff})
	if k == nil {
		k, _ = c.Last()
	} else {
		k, _ = c.Prev()
	}
	for k != nil && k[0] > grainDay {
		k, _ = c.Prev()
	}
	if k == nil || k[0] != grainDay || len(k) < 5 {
		return 0, 0, false
	}
	return first, int32(binary.BigEndian.Uint32(k[1:5])), true
}

// monthStart is the first day of month index m (year*12 + month-1).
func monthStart(m uint32) time.Time {
	return time.Date(int(m/12), time.Month(m%12+1), 1, 0, 0, 0, 0, time.UTC)
}
