package taxonomy

import (
	"context"
	"maps"
	"slices"
	"sort"

	"marsad/corpus"
)

// loadISCO reads the four ISCO-08 levels from ESCO's ISCOGroups files.
// ESCO publishes no Arabic ISCO titles; an ISCOGroups_ar.csv is read if
// one is ever found, and otherwise Arabic titles stay empty.
func (l *loader) loadISCO(ctx context.Context) error {
	if len(l.files.all("ISCOGroups_en.csv", "ISCOGroups_fr.csv")) == 0 {
		return l.files.missingError("ISCO-08 groups", "ISCOGroups_en.csv", "ISCOGroups_fr.csv")
	}
	for _, lang := range langs {
		srcs := l.files.all("ISCOGroups_" + string(lang) + ".csv")
		if len(srcs) == 0 {
			if lang != corpus.Arabic {
				l.missingOptional("ISCO-08 titles in "+string(lang), "ISCOGroups_"+string(lang)+".csv")
			}
			continue
		}
		for _, ed := range editions(srcs) {
			if err := l.loadISCOFile(ctx, ed, lang); err != nil {
				return err
			}
		}
	}
	for _, code := range slices.Sorted(maps.Keys(l.t.ISCO)) {
		g := l.t.ISCO[code]
		if g.Parent == "" {
			continue
		}
		p := l.t.ISCO[g.Parent]
		if p == nil {
			l.warn(Warning{Message: "ISCO group " + code + " has no parent group " + g.Parent + " in the data"})
			continue
		}
		p.Children = append(p.Children, code)
	}
	for _, g := range l.t.ISCO {
		sort.Strings(g.Children)
	}
	return nil
}

func (l *loader) loadISCOFile(ctx context.Context, ed edition, lang corpus.Lang) error {
	t, err := l.open(ed.source, "code", "preferredLabel")
	if err != nil {
		return err
	}
	return l.rows(ctx, t, func() error {
		l.iscoRow(t, ed, lang)
		return nil
	})
}

// iscoRow applies one row of an ISCO groups file.
func (l *loader) iscoRow(t *table, ed edition, lang corpus.Lang) {
	code := t.get("code")
	if !isDigits(code) || len(code) > 4 {
		l.warn(t.warnf("ISCO code %q is not 1 to 4 digits; row skipped", code))
		return
	}
	g := l.t.ISCO[code]
	if g == nil {
		if !ed.creates {
			l.warn(t.warnf("ISCO group %s is only in this older edition; skipped", code))
			return
		}
		g = &ISCOGroup{Code: code, Level: len(code), Title: Text{}, Description: Text{}}
		if len(code) > 1 {
			g.Parent = code[:len(code)-1]
		}
		l.t.ISCO[code] = g
	}
	setText(g.Title, lang, t.get("preferredLabel"), false)
	setText(g.Description, lang, t.get("description"), false)
}

// linkISCO lists ESCO occupations under their ISCO unit groups.
func (l *loader) linkISCO() {
	for _, uri := range slices.Sorted(maps.Keys(l.t.Occupations)) {
		o := l.t.Occupations[uri]
		if o.ISCO == "" {
			l.warn(Warning{Message: "occupation " + uri + " has no ISCO group"})
			continue
		}
		g := l.t.ISCO[o.ISCO]
		if g == nil {
			l.warn(Warning{Message: "occupation " + uri + " names unknown ISCO group " + o.ISCO})
			continue
		}
		g.Occupations = append(g.Occupations, uri)
	}
}
