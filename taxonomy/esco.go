package taxonomy

import (
	"context"
	"io"
	"sort"
	"strings"

	"marsad/corpus"
)

// langs are the label languages Marsad loads, in loading order.
var langs = []corpus.Lang{corpus.English, corpus.French, corpus.Arabic}

// skillCollections are the thematic collections of ESCO v1.1+; in v1.2
// they are the only source of Arabic skill labels.
var skillCollections = []string{"digital", "green", "language", "transversal", "research", "digComp"}

// editions orders the sources of one concept so that newer versions come
// first. Only the newest edition of a file name may add concepts: a concept
// found only in an older edition was withdrawn and is reported, not loaded;
// older editions fill fields the newer one leaves empty.
type edition struct {
	source
	creates bool
}

// srcs come from files.all: newest first, and within one version in the
// order the names were asked for, so a full file (skills_en.csv) is read
// before the partial collections of its version.
func editions(srcs []source) []edition {
	seen := make(map[string]bool)
	out := make([]edition, len(srcs))
	for i, s := range srcs {
		base := strings.ToLower(s.path[strings.LastIndexAny(s.path, `/\`)+1:])
		out[i] = edition{source: s, creates: !seen[base]}
		seen[base] = true
	}
	return out
}

// concept is the label block shared by occupations, skills and groups.
type concept struct {
	pref, desc  Text
	alt, hidden Terms
}

// fillLabels copies the labels of the current record into c for lang,
// keeping values already set unless force.
func fillLabels(t *table, c concept, lang corpus.Lang, force bool) {
	setText(c.pref, lang, t.get("preferredLabel"), force)
	desc := t.get("description")
	if desc == "" {
		desc = t.get("definition")
	}
	setText(c.desc, lang, desc, force)
	if c.alt != nil {
		setTerms(c.alt, lang, splitList(t.get("altLabels")), force)
	}
	if c.hidden != nil {
		setTerms(c.hidden, lang, splitList(t.get("hiddenLabels")), force)
	}
}

func setText(m Text, lang corpus.Lang, v string, force bool) {
	if v == "" {
		return
	}
	if _, ok := m[lang]; ok && !force {
		return
	}
	m[lang] = v
}

func setTerms(m Terms, lang corpus.Lang, v []string, force bool) {
	if len(v) == 0 {
		return
	}
	if _, ok := m[lang]; ok && !force {
		return
	}
	m[lang] = v
}

func setString(p *string, v string) {
	if *p == "" {
		*p = v
	}
}

// dupes tracks rows repeated within one file: ESCO exports occasionally
// list a concept twice with different modifiedDate; the latest row wins.
type dupes map[string]string

// take reports whether the current row should be applied, and with force.
func (d dupes) take(l *loader, t *table, uri string) (apply, force bool) {
	mod := t.get("modifiedDate")
	prev, seen := d[uri]
	if !seen {
		d[uri] = mod
		return true, false
	}
	if mod > prev {
		d[uri] = mod
		l.warn(t.warnf("duplicate concept %s: kept this row (modified %s, later than %s)", uri, mod, prev))
		return true, true
	}
	l.warn(t.warnf("duplicate concept %s: row ignored (an earlier row is as recent)", uri))
	return false, false
}

func (l *loader) loadOccupations(ctx context.Context) error {
	found := false
	for _, lang := range langs {
		srcs := l.files.all("occupations_" + string(lang) + ".csv")
		if len(srcs) == 0 {
			l.missingOptional("ESCO occupations in "+string(lang), "occupations_"+string(lang)+".csv")
			continue
		}
		found = true
		for _, ed := range editions(srcs) {
			if err := l.loadOccupationFile(ctx, ed, lang); err != nil {
				return err
			}
		}
	}
	if !found {
		return l.files.missingError("ESCO occupations", "occupations_en.csv", "occupations_fr.csv", "occupations_ar.csv")
	}
	if len(l.t.Occupations) == 0 {
		return l.files.missingError("ESCO occupations (the files hold none)", "occupations_en.csv")
	}
	return nil
}

func (l *loader) loadOccupationFile(ctx context.Context, ed edition, lang corpus.Lang) error {
	t, err := l.open(ed.source, "conceptUri", "preferredLabel")
	if err != nil {
		return err
	}
	l.version("esco", ed.version)
	seen := dupes{}
	return l.rows(ctx, t, func() error {
		l.occupationRow(t, ed, lang, seen)
		return nil
	})
}

// occupationRow applies one row of an occupations file.
func (l *loader) occupationRow(t *table, ed edition, lang corpus.Lang, seen dupes) {
	uri := t.get("conceptUri")
	if uri == "" {
		l.warn(t.warnf("row without conceptUri skipped"))
		return
	}
	if ct := t.get("conceptType"); ct != "" && !strings.EqualFold(ct, "Occupation") {
		l.warn(t.warnf("conceptType %q is not Occupation; row skipped", ct))
		return
	}
	apply, force := seen.take(l, t, uri)
	if !apply {
		return
	}
	o := l.t.Occupations[uri]
	if o == nil {
		if !ed.creates {
			l.warn(t.warnf("occupation %s is only in this older edition (withdrawn from the newer one); skipped", uri))
			return
		}
		o = &Occupation{URI: uri, Pref: Text{}, Alt: Terms{}, Hidden: Terms{}, Description: Text{}}
		l.t.Occupations[uri] = o
	}
	isco := t.get("iscoGroup")
	if isco != "" && !isDigits(isco) {
		l.warn(t.warnf("iscoGroup %q is not an ISCO code; ignored", isco))
		isco = ""
	}
	if force {
		if isco != "" {
			o.ISCO = isco
		}
		if c := t.get("code"); c != "" {
			o.Code = c
		}
	} else {
		setString(&o.ISCO, isco)
		setString(&o.Code, t.get("code"))
	}
	fillLabels(t, concept{o.Pref, o.Description, o.Alt, o.Hidden}, lang, force)
}

func (l *loader) loadSkills(ctx context.Context) error {
	found := false
	for _, lang := range langs {
		names := []string{"skills_" + string(lang) + ".csv"}
		for _, c := range skillCollections {
			names = append(names, c+"SkillsCollection_"+string(lang)+".csv")
		}
		srcs := l.files.all(names...)
		if len(srcs) == 0 {
			l.missingOptional("ESCO skills in "+string(lang), names[0])
			continue
		}
		if lang == corpus.English {
			if src, ok := l.files.newest(names[0]); ok {
				found = true
				l.version("esco_skills", src.version)
			}
		}
		for _, ed := range editions(srcs) {
			if err := l.loadSkillFile(ctx, ed, lang); err != nil {
				return err
			}
		}
	}
	if !found {
		return l.files.missingError("ESCO skills (the full English skill pillar)", "skills_en.csv")
	}
	return nil
}

func (l *loader) loadSkillFile(ctx context.Context, ed edition, lang corpus.Lang) error {
	t, err := l.open(ed.source, "conceptUri", "preferredLabel")
	if err != nil {
		return err
	}
	if t.has("conceptType") {
		l.version("esco", ed.version)
	}
	seen := dupes{}
	return l.rows(ctx, t, func() error {
		l.skillRow(t, ed, lang, seen)
		return nil
	})
}

// skillRow applies one row of a skills file.
func (l *loader) skillRow(t *table, ed edition, lang corpus.Lang, seen dupes) {
	uri := t.get("conceptUri")
	if uri == "" {
		l.warn(t.warnf("row without conceptUri skipped"))
		return
	}
	apply, force := seen.take(l, t, uri)
	if !apply {
		return
	}
	s := l.t.Skills[uri]
	if s == nil {
		if !ed.creates {
			l.warn(t.warnf("skill %s is only in this older edition (withdrawn from the newer one); skipped", uri))
			return
		}
		s = &Skill{URI: uri, Pref: Text{}, Alt: Terms{}, Hidden: Terms{}, Description: Text{}}
		l.t.Skills[uri] = s
	}
	setString(&s.Type, t.get("skillType"))
	setString(&s.Reuse, t.get("reuseLevel"))
	fillLabels(t, concept{s.Pref, s.Description, s.Alt, s.Hidden}, lang, force)
	// The collections name broader concepts too; they are the only
	// source for skills newer than the relations file.
	if b := t.get("broaderConceptUri"); b != "" {
		l.collBroader[uri] = appendNew(l.collBroader[uri], splitURIs(b)...)
	}
}

// splitURIs splits a list of URIs separated by "|", newlines or commas.
func splitURIs(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '|' || r == '\n' || r == '\r' || r == ',' || r == ' '
	})
}

func (l *loader) loadSkillGroups(ctx context.Context) error {
	for _, lang := range langs {
		srcs := l.files.all("skillGroups_" + string(lang) + ".csv")
		if len(srcs) == 0 {
			l.missingOptional("ESCO skill groups in "+string(lang), "skillGroups_"+string(lang)+".csv")
			continue
		}
		for _, ed := range editions(srcs) {
			t, err := l.open(ed.source, "conceptUri", "preferredLabel")
			if err != nil {
				return err
			}
			for {
				if err := t.next(); err == io.EOF {
					break
				} else if err != nil {
					return err
				}
				if err := l.tick(ctx); err != nil {
					return err
				}
				uri := t.get("conceptUri")
				if uri == "" {
					l.warn(t.warnf("row without conceptUri skipped"))
					continue
				}
				g := l.t.SkillGroups[uri]
				if g == nil {
					if !ed.creates {
						l.warn(t.warnf("skill group %s is only in this older edition; skipped", uri))
						continue
					}
					g = &SkillGroup{URI: uri, Pref: Text{}, Alt: Terms{}, Description: Text{}}
					l.t.SkillGroups[uri] = g
				}
				setString(&g.Code, t.get("code"))
				fillLabels(t, concept{g.Pref, g.Description, g.Alt, nil}, lang, false)
			}
		}
	}
	return nil
}

// loadBroader reads the skill pillar hierarchy into Skill.Broader and
// SkillGroup.Broader.
func (l *loader) loadBroader(ctx context.Context) error {
	src, ok := l.files.newest("broaderRelationsSkillPillar.csv", "broaderRelationsSkillPillar_en.csv")
	if !ok {
		l.missingOptional("ESCO skill hierarchy", "broaderRelationsSkillPillar.csv")
	} else {
		t, err := l.open(src, "conceptUri", "broaderUri")
		if err != nil {
			return err
		}
		for {
			if err := t.next(); err == io.EOF {
				break
			} else if err != nil {
				return err
			}
			if err := l.tick(ctx); err != nil {
				return err
			}
			uri, broader := t.get("conceptUri"), t.get("broaderUri")
			if uri == "" || broader == "" {
				l.warn(t.warnf("row without conceptUri or broaderUri skipped"))
				continue
			}
			if s := l.t.Skills[uri]; s != nil {
				s.Broader = appendNew(s.Broader, broader)
			} else if g := l.t.SkillGroups[uri]; g != nil {
				g.Broader = appendNew(g.Broader, broader)
			} else {
				l.warn(t.warnf("unknown skill or skill group %s; skipped", uri))
			}
		}
	}
	// Skills the relations file does not know take their broader concepts
	// from the collections.
	uris := make([]string, 0, len(l.collBroader))
	for u := range l.collBroader {
		uris = append(uris, u)
	}
	sort.Strings(uris)
	for _, u := range uris {
		if s := l.t.Skills[u]; s != nil && len(s.Broader) == 0 {
			s.Broader = l.collBroader[u]
		}
	}
	return nil
}

func (l *loader) loadRelations(ctx context.Context) error {
	names := []string{"occupationSkillRelations.csv", "occupationSkillRelations_en.csv", "occupationSkillRelations_fr.csv", "occupationSkillRelations_ar.csv"}
	src, ok := l.files.newest(names...)
	if !ok {
		return l.files.missingError("ESCO occupation–skill relations", names[0])
	}
	l.version("esco_relations", src.version)
	t, err := l.open(src, "occupationUri", "relationType", "skillUri")
	if err != nil {
		return err
	}
	for {
		if err := t.next(); err == io.EOF {
			break
		} else if err != nil {
			return err
		}
		if err := l.tick(ctx); err != nil {
			return err
		}
		ou, su, rel := t.get("occupationUri"), t.get("skillUri"), t.get("relationType")
		o := l.t.Occupations[ou]
		if o == nil {
			l.warn(t.warnf("unknown occupation %s; relation skipped", ou))
			continue
		}
		if l.t.Skills[su] == nil {
			l.warn(t.warnf("unknown skill %s; relation skipped", su))
			continue
		}
		switch strings.ToLower(rel) {
		case "essential":
			o.Essential = append(o.Essential, su)
		case "optional":
			o.Optional = append(o.Optional, su)
		default:
			l.warn(t.warnf("relationType %q is neither essential nor optional; relation skipped", rel))
		}
	}
	return nil
}

func appendNew(list []string, vs ...string) []string {
outer:
	for _, v := range vs {
		for _, x := range list {
			if x == v {
				continue outer
			}
		}
		list = append(list, v)
	}
	return list
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
