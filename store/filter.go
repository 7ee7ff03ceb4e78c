package store

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"marsad/corpus/place"
)

// QueryError is a trend query refused for how it was asked: a filter
// value no posting can have, more periods than a report may hold. It is
// the caller's mistake, so marsad trends exits 2 and the API answers 400
// naming Param, never a failure of the store.
type QueryError struct {
	Param string // the query field at fault: "filter", "interval", "top"
	Msg   string // says what was wrong and how to ask instead
}

func (e *QueryError) Error() string { return e.Msg }

// ParseFilter reads "dim=value" or "dim:value" (the form that reads
// better in a URL) and normalises the value the way the store records
// it: ROME codes upper-case, regions by their code ("Casablanca-Settat",
// "Grand Casablanca" and "الدار البيضاء سطات" are all casablanca-settat),
// a bare ESCO UUID as its URI. A value the dimension can never take is
// a *QueryError naming the filter and the value.
func ParseFilter(s string) (Filter, error) {
	i := strings.IndexAny(s, "=:")
	if i < 0 || strings.TrimSpace(s[i+1:]) == "" {
		return Filter{}, &QueryError{"filter", fmt.Sprintf("filter %q: want dim=value or dim:value, e.g. rome=M1805", s)}
	}
	return normalizeFilter(Filter{Dim: s[:i], Value: s[i+1:]})
}

// normalizeFilter checks f's dimension and puts its value in the form
// the counters are keyed by, so that a filter never silently counts
// nothing because of case or spelling.
func normalizeFilter(f Filter) (Filter, error) {
	dim := strings.ToLower(strings.TrimSpace(f.Dim))
	d, err := ParseDim(dim)
	if err != nil {
		return Filter{}, &QueryError{"filter", fmt.Sprintf("filter %s=%s: unknown dimension %q (want %s)", f.Dim, f.Value, f.Dim, strings.Join(DimNames(), ", "))}
	}
	v, err := normalizeValue(d, strings.TrimSpace(f.Value))
	if err != nil {
		return Filter{}, &QueryError{"filter", fmt.Sprintf("filter %s=%s: %v", dim, f.Value, err)}
	}
	return Filter{Dim: dim, Value: v}, nil
}

// oneValueEach refuses two values of one dimension among normalised
// filters. A posting has one value of each dimension but skill, so such
// filters count nothing, which reads as "no such postings" when either
// value was meant.
func oneValueEach(fs []Filter) error {
	for i, f := range fs {
		d, _ := ParseDim(f.Dim)
		for _, g := range fs[:i] {
			if e, _ := ParseDim(g.Dim); e == d && d != DimSkill && !strings.EqualFold(f.Value, g.Value) {
				return &QueryError{"filter", fmt.Sprintf("filters %s=%s and %s=%s: a posting has one %s, so the two count nothing; ask once for each",
					g.Dim, g.Value, f.Dim, f.Value, d)}
			}
		}
	}
	return nil
}

var (
	romeCode   = regexp.MustCompile(`^[A-Z][0-9]{4}$`)
	romeDomain = regexp.MustCompile(`^[A-Z][0-9]{2}$`)
	escoUUID   = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)
	digits     = regexp.MustCompile(`^[0-9]+$`)
)

// ESCO URIs as the classifier gives them, and so as the store keeps them.
const (
	escoOccupation = escoPrefix + "occupation/"
	escoSkill      = escoPrefix + "skill/"
)

// normalizeValue returns v as dimension d records it. Every dimension
// also has the value "unknown" (no ROME code, no region...).
func normalizeValue(d Dim, v string) (string, error) {
	if v == "" {
		return "", errors.New("empty value")
	}
	if strings.EqualFold(v, unknownValue) {
		return unknownValue, nil
	}
	switch d {
	case DimROME, DimROMEParent:
		if u := strings.ToUpper(v); romeCode.MatchString(u) {
			return u, nil
		}
		return "", errors.New("not a ROME fiche code (a letter and 4 digits, e.g. M1805)")
	case DimROMEDomain:
		if u := strings.ToUpper(v); romeDomain.MatchString(u) {
			return u, nil
		}
		return "", errors.New("not a ROME domaine professionnel (a letter and 2 digits, e.g. M18)")
	case DimISCO1, DimISCO2, DimISCO3, DimISCO4:
		n := int(d - DimISCO1 + 1)
		if len(v) == n && digits.MatchString(v) {
			return v, nil
		}
		return "", fmt.Errorf("not an ISCO-08 code of %d digit(s)", n)
	case DimESCO:
		return escoURI(v, escoOccupation, "an ESCO occupation URI or UUID")
	case DimSkill:
		if digits.MatchString(v) {
			return v, nil // a ROME compétence or savoir (OGR code)
		}
		return escoURI(v, escoSkill, "an ESCO skill URI or UUID, or a ROME OGR code")
	case DimRegion:
		return regionCode(v)
	case DimLang:
		if l := strings.ToLower(v); slices.Contains([]string{"fr", "ar", "en", "und"}, l) {
			return l, nil
		}
		return "", errors.New("want fr, ar, en, und or unknown")
	}
	return v, nil // source: checked against the store (resolveSource)
}

// escoURI accepts an ESCO URI under prefix (http or https) or its bare UUID.
func escoURI(v, prefix, what string) (string, error) {
	if l := strings.ToLower(v); escoUUID.MatchString(l) {
		return prefix + l, nil
	}
	if rest, ok := strings.CutPrefix(v, "https://"); ok {
		v = "http://" + rest
	}
	if strings.HasPrefix(v, prefix) && len(v) > len(prefix) {
		return v, nil
	}
	return "", errors.New("not " + what)
}

// regionCode resolves a region as place.Resolve names it: by code or by
// any of its French, Arabic, English and older names. The store also
// records the kinds abroad, remote and morocco (no region known). A city
// is refused with its region rather than widened to it silently.
func regionCode(v string) (string, error) {
	l := strings.ToLower(v)
	switch place.Kind(l) {
	case place.Abroad, place.Remote, place.Morocco:
		return l, nil
	}
	ps := place.ResolveAll(v)
	if len(ps) == 1 && ps[0].Kind == place.Morocco && ps[0].Region != "" {
		if p := ps[0]; p.City != "" || p.Province != "" {
			return "", fmt.Errorf("%s is a city or province, not a region; its region is region=%s", v, p.Region)
		}
		return ps[0].Region, nil
	}
	codes := make([]string, 0, 12)
	for _, r := range place.Regions() {
		codes = append(codes, r.Code)
	}
	return "", fmt.Errorf("not one of Morocco's 12 regions (%s) nor abroad, remote, morocco or unknown", strings.Join(codes, ", "))
}

// resolveSource finds a source filter's value among the sources the
// store holds, ignoring case: sources are the boards' own names, so the
// only way to tell a typo from a quiet board is to look. The value is the
// stored source spelt as v when there is one, else the first equal to it
// in another case; the filter counts them all (see sourcesLike).
func resolveSource(tx *bolt.Tx, v string) (string, error) {
	sources := storedSources(tx)
	if slices.Contains(sources, v) {
		return v, nil
	}
	if like := sourcesLike(sources, v); len(like) > 0 {
		return like[0], nil
	}
	known := "the store holds none yet"
	if len(sources) > 0 {
		known = "sources: " + strings.Join(sources, ", ")
	}
	return "", &QueryError{"filter", fmt.Sprintf("filter source=%s: no posting from that source (%s)", v, known)}
}

// storedSources lists the sources the store holds, sorted.
func storedSources(tx *bolt.Tx) []string {
	var sources []string
	scanCounters(tx, grainMonth, 0, "", DimSource, 0, noPeriod, func(_ uint32, val []byte, _, _ int64) {
		if s := string(val); !slices.Contains(sources, s) {
			sources = append(sources, s)
		}
	})
	slices.Sort(sources)
	return sources
}

// sourcesLike returns the sources equal to v whatever their case. Sources
// are stored as the files spell them ("Rekrute" in one scrape, "rekrute"
// in another), and a posting's key includes its source, so they are not
// folded when stored: that would store again, under a new key, every
// posting of an existing store seen a second time. A filter folds instead.
func sourcesLike(sources []string, v string) []string {
	var like []string
	for _, s := range sources {
		if strings.EqualFold(s, v) {
			like = append(like, s)
		}
	}
	return like
}

// ParseDay reads a date given as YYYY-MM-DD, YYYY-MM or YYYY, from the
// year 1900 on. With end, a month or a year means its last day, so that
// "--to 2025-02" includes all of February. (Years before 1900 are no
// posting's; 0001-01-01 would be the zero time, which means "no bound".)
func ParseDay(s string, end bool) (time.Time, error) {
	for _, l := range []struct {
		layout string
		last   func(time.Time) time.Time
	}{
		{time.DateOnly, func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(l.layout, s); err == nil {
			if t.Year() < 1900 {
				return time.Time{}, fmt.Errorf("store: date %q: before 1900", s)
			}
			if end {
				t = l.last(t)
			}
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("store: date %q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}
