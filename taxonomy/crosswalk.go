package taxonomy

import (
	"context"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

// crosswalkName matches the ESCO member-state mapping files published for
// ROME, e.g. FR_20230607_mapping_esco_rome.csv; the prefix is the version.
var crosswalkName = regexp.MustCompile(`(?i)^(.+)_mapping_esco_rome\.csv$`)

// matchWeight is how much a crosswalk entry says about the ISCO group of
// a fiche: an exact match says all, a broad one (the ESCO occupation is
// wider than the appellation) much less.
var matchWeight = map[Match]float64{Exact: 1, Close: 0.8, Narrow: 0.6, Broad: 0.4}

// Weight is the weight of a crosswalk relation, 0 for an unknown one.
func (m Match) Weight() float64 { return matchWeight[m] }

// parseMatch reads "skos:exactMatch", "exactMatch" or "exact".
func parseMatch(s string) (Match, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "skos:")
	s = strings.TrimSuffix(s, "match")
	m := Match(s)
	_, ok := matchWeight[m]
	return m, ok
}

func (l *loader) loadCrosswalk(ctx context.Context) error {
	srcs := l.files.glob(crosswalkName)
	if len(srcs) == 0 {
		return l.files.missingError("ESCO–ROME crosswalk", "<COUNTRY>_<DATE>_mapping_esco_rome.csv")
	}
	// Several mapping files: the last by name (the latest date) wins.
	src := srcs[len(srcs)-1]
	l.t.Versions["crosswalk"] = crosswalkName.FindStringSubmatch(filepath.Base(src.path))[1]
	t, err := l.open(src, "classification 1 ID", "classification 2 ID", "mapping relation")
	if err != nil {
		return err
	}
	type pair struct{ esco, ogr string }
	seen := make(map[pair]int)
	err = l.rows(ctx, t, func() error {
		uri, ogr, rel := t.get("classification 1 ID"), t.get("classification 2 ID"), t.get("mapping relation")
		if uri == "" && ogr == "" {
			return nil // blank trailing line
		}
		m, ok := parseMatch(rel)
		if !ok {
			l.warn(t.warnf("mapping relation %q unknown; entry skipped", rel))
			return nil
		}
		if !strings.Contains(uri, "/occupation/") || !isDigits(ogr) {
			l.warn(t.warnf("entry %q ↔ %q is not an ESCO occupation ↔ ROME appellation pair; skipped", uri, ogr))
			return nil
		}
		mp := Mapping{ESCO: uri, OGR: ogr, Match: m}
		if a := l.t.Appellations[ogr]; a != nil {
			mp.Fiche = a.Fiche
		} else {
			l.warn(t.warnf("appellation %s is not in ROME; entry kept without a fiche", ogr))
		}
		if l.t.Occupations[uri] == nil {
			l.warn(t.warnf("occupation %s is not in ESCO (withdrawn?); entry kept, not linked", uri))
		}
		if i, dup := seen[pair{uri, ogr}]; dup {
			l.warn(t.warnf("duplicate entry %s ↔ %s; the stronger relation kept", uri, ogr))
			if m.Weight() > l.t.Crosswalk[i].Match.Weight() {
				l.t.Crosswalk[i].Match = m
			}
			return nil
		}
		seen[pair{uri, ogr}] = len(l.t.Crosswalk)
		l.t.Crosswalk = append(l.t.Crosswalk, mp)
		return nil
	})
	if err != nil {
		return err
	}
	l.linkCrosswalk()
	return nil
}

// linkCrosswalk copies crosswalk entries onto occupations and fiches and
// derives each fiche's ISCO groups: match weights summed per ISCO unit
// group, then normalised to sum to 1.
func (l *loader) linkCrosswalk() {
	isco := make(map[string]map[string]float64)
	for _, m := range l.t.Crosswalk {
		o := l.t.Occupations[m.ESCO]
		if o != nil {
			o.ROME = append(o.ROME, m)
		}
		f := l.t.Fiches[m.Fiche]
		if f == nil {
			continue
		}
		f.ESCO = append(f.ESCO, m)
		if o == nil || o.ISCO == "" {
			continue
		}
		if isco[f.Code] == nil {
			isco[f.Code] = make(map[string]float64)
		}
		isco[f.Code][o.ISCO] += m.Match.Weight()
	}
	for code, w := range isco {
		// Summed in code order: floating-point addition in map order
		// could change the last bit of a weight from one load to the next.
		groups := slices.Sorted(maps.Keys(w))
		var sum float64
		for _, c := range groups {
			sum += w[c]
		}
		ws := make([]Weighted, 0, len(w))
		for _, c := range groups {
			ws = append(ws, Weighted{Code: c, Weight: w[c] / sum})
		}
		sort.Slice(ws, func(i, j int) bool {
			if ws[i].Weight != ws[j].Weight {
				return ws[i].Weight > ws[j].Weight
			}
			return ws[i].Code < ws[j].Code
		})
		l.t.Fiches[code].ISCO = ws
	}
}
