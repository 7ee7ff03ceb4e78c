package store

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Interval is the length of a trend period.
type Interval string

// The intervals. Weeks start on Monday and are labelled by ISO week.
const (
	Day     Interval = "day"
	Week    Interval = "week"
	Month   Interval = "month"
	Quarter Interval = "quarter"
	Year    Interval = "year"
)

// ParseInterval reads an interval name.
func ParseInterval(s string) (Interval, error) {
	switch i := Interval(s); i {
	case Day, Week, Month, Quarter, Year:
		return i, nil
	}
	return "", fmt.Errorf("store: unknown interval %q (want day, week, month, quarter or year)", s)
}

// Filter keeps postings whose dimension Dim has Value (for skills: one of
// whose skills is Value).
type Filter struct {
	Dim   string `json:"dim"`
	Value string `json:"value"`
}

// TrendQuery asks for counts per period and key.
type TrendQuery struct {
	By       string   `json:"by"`       // a dimension name (see DimNames)
	Interval Interval `json:"interval"` // default month
	// From and To bound the periods (zero: the store's first and last
	// dates). They are widened to whole periods.
	From    time.Time `json:"from,omitzero"`
	To      time.Time `json:"to,omitzero"`
	Filters []Filter  `json:"filters,omitempty"`
	Top     int       `json:"top"` // keys returned, by total count; 0 means 10, <0 all
	// IncludeDuplicates counts every stored posting; by default only
	// cluster heads (unique postings) count.
	IncludeDuplicates bool `json:"include_duplicates"`
}

// TrendReport answers a TrendQuery.
type TrendReport struct {
	Query   TrendQuery `json:"query"`
	From    string     `json:"from"` // first day of the first period
	To      string     `json:"to"`   // last day of the last period
	Periods []Period   `json:"periods"`
	Series  []Series   `json:"series"` // top keys, by total count over the periods
	// Rising and Falling compare, over all keys, the last period the
	// store's dates cover whole (the last one when none is) with the one
	// before it, whole or not (MoversPeriod, MoversBase): a last period
	// the data stop in the middle of would show every key falling.
	Rising       []Mover `json:"rising"`
	Falling      []Mover `json:"falling"`
	MoversPeriod string  `json:"movers_period,omitempty"` // label of the period compared
	MoversBase   string  `json:"movers_base,omitempty"`   // label of the one it is compared with
	// UnknownDate counts matching postings without a usable date; they
	// are in no period.
	UnknownDate int64  `json:"unknown_date"`
	Method      string `json:"method"` // "counters" or "scan": how it was computed
}

// Period is one time bucket.
type Period struct {
	Label string `json:"label"` // 2025-05-05, 2025-W19, 2025-05, 2025-Q2, 2025
	Start string `json:"start"` // first day
	Total int64  `json:"total"` // matching postings in the period (any key): the share's denominator
	// Partial is set on a first or last period that the store's dates
	// cover only in part (its postings begin or end inside it): its
	// counts are not comparable with a whole period's.
	Partial bool `json:"partial,omitempty"`
}

// Series is one key's counts, aligned with Periods.
type Series struct {
	Key    string     `json:"key"`
	Total  int64      `json:"total"`
	Counts []int64    `json:"counts"`
	Shares []float64  `json:"shares"`          // count / period total
	Growth []*float64 `json:"growth"`          // on the previous period; null when it had none
	YoY    []*float64 `json:"growth_yoy"`      // on the same period a year before
	Label  string     `json:"label,omitempty"` // filled by callers that have the taxonomy
}

// Mover is a key whose count changed most between the last two periods.
type Mover struct {
	Key      string   `json:"key"`
	Count    int64    `json:"count"`
	Previous int64    `json:"previous"`
	Change   int64    `json:"change"`
	Growth   *float64 `json:"growth"`
}

const moversN = 5

// Limits on the size of one report. A report holds periods × series
// cells (four numbers each); without a bound a query over two centuries
// by day answered 73,000 periods and megabytes of JSON. Ten years by day
// (3,653 periods), a century by month, or top 100 over 40 years by month
// still fit.
const (
	MaxPeriods = 4000   // periods in one report
	MaxCells   = 50_000 // periods × top, when top is bounded
)

// checkSize refuses a report larger than MaxPeriods periods or MaxCells
// cells, saying how to narrow it. An unbounded top (the CLI's --top 0)
// is held to MaxPeriods only: its series count is not known beforehand.
func checkSize(q TrendQuery, periods int64, fromDay, toDay int32) error {
	span := fmt.Sprintf("%s to %s", dayTime(fromDay).Format(time.DateOnly), dayTime(toDay).Format(time.DateOnly))
	if periods > MaxPeriods {
		return &QueryError{"interval", fmt.Sprintf("%d periods by %s from %s: at most %d per report; use a coarser interval or a shorter range (from, to)",
			periods, q.Interval, span, MaxPeriods)}
	}
	if q.Top > 0 && periods*int64(q.Top) > MaxCells {
		return &QueryError{"top", fmt.Sprintf("%d periods by %s from %s × top %d = %d cells: at most %d per report; lower top, use a coarser interval or a shorter range (from, to)",
			periods, q.Interval, span, q.Top, periods*int64(q.Top), MaxCells)}
	}
	return nil
}

// Trends answers q from the counters when they cover it, else by one
// scan of the postings (several filters, a filter without pair counters,
// a filter with day or week periods, skills or ESCO by day).
func (db *DB) Trends(ctx context.Context, q TrendQuery) (*TrendReport, error) {
	return db.trends(ctx, q, false)
}

// trends answers q; scan forces the scan of postings (tests compare it
// with the counters).
func (db *DB) trends(ctx context.Context, q TrendQuery, scan bool) (*TrendReport, error) {
	by, err := ParseDim(q.By)
	if err != nil {
		return nil, err
	}
	if q.Interval == "" {
		q.Interval = Month
	}
	if _, err := ParseInterval(string(q.Interval)); err != nil {
		return nil, err
	}
	// Filters are normalised here too, for callers that build a query
	// without ParseFilter; the report echoes the values used.
	norm := make([]Filter, 0, len(q.Filters))
	for _, f := range q.Filters {
		nf, err := normalizeFilter(f)
		if err != nil {
			return nil, fmt.Errorf("store: trends: %w", err)
		}
		norm = append(norm, nf)
	}
	if len(norm) > 0 {
		q.Filters = norm
	}
	if err := oneValueEach(q.Filters); err != nil {
		return nil, err
	}
	if q.Top == 0 {
		q.Top = 10
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.To.Before(q.From) {
		return nil, fmt.Errorf("store: trends: --to %s is before --from %s", q.To.Format(time.DateOnly), q.From.Format(time.DateOnly))
	}
	rep := &TrendReport{Query: q}
	err = db.bolt.View(func(tx *bolt.Tx) error {
		filters := make([]dimValue, 0, len(q.Filters))
		for i, f := range q.Filters {
			d, _ := ParseDim(f.Dim) // checked by normalizeFilter
			if d == DimSource {
				v, err := resolveSource(tx, f.Value)
				if err != nil {
					return err
				}
				q.Filters[i].Value = v // rep.Query shares the slice: the report says it too
			}
			filters = append(filters, dimValue{d, q.Filters[i].Value})
		}
		return trends(ctx, tx, q, by, filters, scan, rep)
	})
	if err != nil {
		return nil, fmt.Errorf("store: trends: %w", err)
	}
	rep.emptyLists()
	return rep, nil
}

// emptyLists makes the report's lists [] rather than null in JSON, so
// that the CLI and the API print the same and clients need no nil check.
func (rep *TrendReport) emptyLists() {
	if rep.Periods == nil {
		rep.Periods = []Period{}
	}
	if rep.Series == nil {
		rep.Series = []Series{}
	}
	if rep.Rising == nil {
		rep.Rising = []Mover{}
	}
	if rep.Falling == nil {
		rep.Falling = []Mover{}
	}
}

// periodIndex returns the period of a day for an interval.
func periodIndex(iv Interval, day int32) int64 {
	if iv == Day {
		return int64(day)
	}
	if iv == Week {
		return floorDiv(int64(day)+3, 7) // day 0 was a Thursday
	}
	t := dayTime(day)
	return monthPeriod(iv, int64(t.Year()*12+int(t.Month())-1))
}

func monthPeriod(iv Interval, m int64) int64 {
	switch iv {
	case Quarter:
		return m / 3
	case Year:
		return m / 12
	}
	return m
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// periodStart is the first day of period p.
func periodStart(iv Interval, p int64) time.Time {
	switch iv {
	case Day:
		return dayTime(int32(p))
	case Week:
		return dayTime(int32(p*7 - 3))
	case Month:
		return monthStart(uint32(p))
	case Quarter:
		return monthStart(uint32(p * 3))
	}
	return monthStart(uint32(p * 12))
}

func periodLabel(iv Interval, p int64) string {
	t := periodStart(iv, p)
	switch iv {
	case Day:
		return t.Format(time.DateOnly)
	case Week:
		y, w := t.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w)
	case Month:
		return t.Format("2006-01")
	case Quarter:
		return fmt.Sprintf("%d-Q%d", t.Year(), (int(t.Month())-1)/3+1)
	}
	return t.Format("2006")
}

// yearBefore returns the period a year before p.
func yearBefore(iv Interval, p int64) int64 {
	switch iv {
	case Day:
		return int64(dayOf(dayTime(int32(p)).AddDate(-1, 0, 0)))
	case Week:
		return p - 52
	case Month:
		return p - 12
	case Quarter:
		return p - 4
	}
	return p - 1
}

func trends(ctx context.Context, tx *bolt.Tx, q TrendQuery, by Dim, filters []dimValue, scan bool, rep *TrendReport) error {
	// Bounds: the query's, else the store's known days.
	first, last, known := knownDays(tx)
	fromDay, toDay := first, last
	if (q.From.IsZero() || q.To.IsZero()) && !known {
		rep.Method = "counters"
		return nil // no dated posting: empty report
	}
	if !q.From.IsZero() {
		fromDay = dayOf(q.From)
	}
	if !q.To.IsZero() {
		toDay = dayOf(q.To)
	}
	// One bound given, past the store's days on the other side (--from
	// after the last posting): the periods it asks for, all zero, rather
	// than a report running backwards from --from to the last posting.
	if fromDay > toDay {
		if q.From.IsZero() {
			fromDay = toDay
		} else {
			toDay = fromDay
		}
	}
	iv := q.Interval
	pFrom, pTo := periodIndex(iv, fromDay), periodIndex(iv, toDay)
	if err := checkSize(q, pTo-pFrom+1, fromDay, toDay); err != nil {
		return err
	}
	// Periods read: the shown ones, the one before (growth), and the
	// same ones a year before (growth_yoy); not the months in between.
	yFrom, yTo := yearBefore(iv, pFrom), yearBefore(iv, pTo)
	pLo := min(yFrom, pFrom-1)
	inWindow := func(p int64) bool { return p >= pFrom-1 && p <= pTo || p >= yFrom && p <= yTo }
	rep.From = periodStart(iv, pFrom).Format(time.DateOnly)
	rep.To = periodStart(iv, pTo+1).AddDate(0, 0, -1).Format(time.DateOnly)

	// Keys are interned and cells keyed by (key index, period offset):
	// a skill query reads hundreds of thousands of counters, and a string
	// per counter was most of its time.
	var names []string
	index := map[string]uint32{}
	var keyTotals []int64
	counts := map[uint64]int64{}
	cell := func(i uint32, p int64) uint64 { return uint64(i)<<32 | uint64(p-pLo) }
	totals := map[int64]int64{}
	pick := func(u, a int64) int64 {
		if q.IncludeDuplicates {
			return a
		}
		return u
	}
	add := func(key []byte, p int64, n int64) {
		if n == 0 || !inWindow(p) {
			return
		}
		i, ok := index[string(key)] // no allocation for the lookup
		if !ok {
			i = uint32(len(names))
			names = append(names, string(key))
			index[names[i]] = i
			keyTotals = append(keyTotals, 0)
		}
		counts[cell(i, p)] += n
		if p >= pFrom {
			keyTotals[i] += n
		}
	}

	usePair := len(filters) == 1 && hasPair(filters[0].dim, by) && iv != Day && iv != Week
	switch {
	case !scan && (len(filters) == 0 && (iv != Day || hasDay(by)) || usePair):
		rep.Method = "counters"
		var fdim Dim
		fvals := []string{""}
		if usePair {
			fdim, fvals = filters[0].dim, []string{filters[0].value}
			if fdim == DimSource {
				fvals = sourcesLike(storedSources(tx), filters[0].value)
			}
		}
		grain := grainMonth
		switch iv {
		case Day:
			grain = grainDay
		case Week:
			grain = grainWeek
		}
		// readCounters reads the counters of each value of the filter: a
		// source filter counts the sources equal to it in any case (each
		// posting has one source, so their counts add up).
		readCounters := func(dim Dim, lo, hi uint32, fn func(uint32, []byte, int64, int64)) {
			for _, fval := range fvals {
				scanCounters(tx, grain, fdim, fval, dim, lo, hi, fn)
			}
		}
		// The two windows as counter periods, merged when they touch.
		gRange := func(a, b int64) [2]uint32 {
			lo := max(dayOf(periodStart(iv, a)), 0) // counters start in 1970
			hi := max(dayOf(periodStart(iv, b+1))-1, 0)
			return [2]uint32{periodOf(grain, lo), periodOf(grain, hi)}
		}
		ranges := [][2]uint32{gRange(yFrom, yTo), gRange(pFrom-1, pTo)}
		if ranges[0][1]+1 >= ranges[1][0] {
			ranges = [][2]uint32{{ranges[0][0], ranges[1][1]}}
		}
		toPeriod := func(gp uint32) int64 {
			if grain == grainMonth {
				return monthPeriod(iv, int64(gp))
			}
			return int64(gp) // day and week counters are already in the interval's units
		}
		for _, r := range ranges {
			readCounters(DimTotal, r[0], r[1], func(gp uint32, _ []byte, u, a int64) {
				if p := toPeriod(gp); p >= pFrom && p <= pTo {
					totals[p] += pick(u, a)
				}
			})
			readCounters(by, r[0], r[1], func(gp uint32, v []byte, u, a int64) {
				add(v, toPeriod(gp), pick(u, a))
			})
		}
		readCounters(DimTotal, noPeriod, noPeriod, func(_ uint32, _ []byte, u, a int64) {
			rep.UnknownDate += pick(u, a)
		})
	default:
		rep.Method = "scan"
		c := tx.Bucket(bucketPostings).Cursor()
		n := 0
		for k, v := c.First(); k != nil; k, v = c.Next() {
			if n++; n%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			r, err := decodeRecord(binary.BigEndian.Uint64(k), v)
			if err != nil {
				return err
			}
			if r.DuplicateOf != 0 && !q.IncludeDuplicates {
				continue
			}
			vs := dimValues(&r)
			if !matches(vs, filters) {
				continue
			}
			if r.Tags.Day == NoDay {
				rep.UnknownDate++
				continue
			}
			p := periodIndex(iv, r.Tags.Day)
			if p >= pFrom && p <= pTo {
				totals[p]++
			}
			for _, val := range valueOf(vs, by) {
				add([]byte(val), p, 1)
			}
		}
	}

	// covered: the store's dates hold all of period p; partial: some of
	// it only (its first or last posting day falls inside it).
	coverage := func(p int64) (covered, partial bool) {
		start, end := dayOf(periodStart(iv, p)), dayOf(periodStart(iv, p+1))-1
		covered = known && start >= first && end <= last
		return covered, known && !covered && start <= last && end >= first
	}
	for p := pFrom; p <= pTo; p++ {
		_, partial := coverage(p)
		rep.Periods = append(rep.Periods, Period{
			Label: periodLabel(iv, p), Start: periodStart(iv, p).Format(time.DateOnly), Total: totals[p],
			Partial: partial,
		})
	}
	type ranked struct {
		i     uint32
		total int64
	}
	var keys []ranked
	for i, t := range keyTotals {
		if t > 0 {
			keys = append(keys, ranked{uint32(i), t})
		}
	}
	slices.SortFunc(keys, func(a, b ranked) int {
		if a.total != b.total {
			return int(b.total - a.total)
		}
		return strings.Compare(names[a.i], names[b.i])
	})
	growth := func(c, prev int64) *float64 {
		if prev == 0 {
			return nil
		}
		g := float64(c-prev) / float64(prev)
		return &g
	}
	for i, k := range keys {
		if q.Top > 0 && i == q.Top {
			break
		}
		at := func(p int64) int64 {
			if p < pLo {
				return 0
			}
			return counts[cell(k.i, p)]
		}
		s := Series{Key: names[k.i], Total: k.total}
		for p := pFrom; p <= pTo; p++ {
			c := at(p)
			s.Counts = append(s.Counts, c)
			share := 0.0
			if t := totals[p]; t > 0 {
				share = float64(c) / float64(t)
			}
			s.Shares = append(s.Shares, share)
			s.Growth = append(s.Growth, growth(c, at(p-1)))
			s.YoY = append(s.YoY, growth(c, at(yearBefore(iv, p))))
		}
		rep.Series = append(rep.Series, s)
	}
	// Movers: the last period shown that the store's dates cover whole
	// against the one before, over all keys (the periods read hold
	// pFrom-1); the last period when none is (two partial years, or a
	// range past the store's dates).
	mp := pTo
	for p := pTo; p >= pFrom; p-- {
		if covered, _ := coverage(p); covered {
			mp = p
			break
		}
	}
	rep.MoversPeriod, rep.MoversBase = periodLabel(iv, mp), periodLabel(iv, mp-1)
	var movers []Mover
	for i, k := range names {
		c, prev := counts[cell(uint32(i), mp)], counts[cell(uint32(i), mp-1)]
		if c != prev {
			movers = append(movers, Mover{Key: k, Count: c, Previous: prev, Change: c - prev, Growth: growth(c, prev)})
		}
	}
	slices.SortFunc(movers, func(a, b Mover) int {
		if a.Change != b.Change {
			return int(b.Change - a.Change)
		}
		return strings.Compare(a.Key, b.Key)
	})
	for _, m := range movers {
		if m.Change > 0 && len(rep.Rising) < moversN {
			rep.Rising = append(rep.Rising, m)
		}
	}
	for i := len(movers) - 1; i >= 0; i-- {
		if m := movers[i]; m.Change < 0 && len(rep.Falling) < moversN {
			rep.Falling = append(rep.Falling, m)
		}
	}
	return nil
}

// matches reports whether a posting's values hold every filter. A source
// matches whatever its case, as in the counters (see sourcesLike).
func matches(vs []dimValue, filters []dimValue) bool {
	for _, f := range filters {
		ok := slices.ContainsFunc(valueOf(vs, f.dim), func(v string) bool {
			return v == f.value || f.dim == DimSource && strings.EqualFold(v, f.value)
		})
		if !ok {
			return false
		}
	}
	return true
}
