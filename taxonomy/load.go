package taxonomy

import (
	"context"
	"fmt"
	"sort"
	"strings"
)

// Load reads the taxonomy files found anywhere under dir: ESCO (v1.2 and
// v1.1.1 bundles, the French skill-label export), ISCO-08 groups, ROME 4.0
// open data and the ESCO–ROME crosswalk. A missing required file or an
// unreadable one is an error naming it; rows that can be skipped safely are
// reported in Taxonomy.Warnings, damage to a file (Warning.Malformed)
// first.
func Load(ctx context.Context, dir string) (*Taxonomy, error) {
	if dir == "" {
		return nil, fmt.Errorf("taxonomy: no data directory given")
	}
	f, err := scan(ctx, dir)
	if err != nil {
		return nil, err
	}
	l := &loader{
		files: f,
		t: &Taxonomy{
			Occupations:  make(map[string]*Occupation),
			Skills:       make(map[string]*Skill),
			SkillGroups:  make(map[string]*SkillGroup),
			ISCO:         make(map[string]*ISCOGroup),
			Fiches:       make(map[string]*Fiche),
			Appellations: make(map[string]*Appellation),
			Competences:  make(map[string]*Competence),
			Domains:      make(map[string]*Domain),
			Versions:     make(map[string]string),
			Files:        make(map[string]int),
		},
		collBroader: make(map[string][]string),
	}
	// Order matters: ISCO before occupations are linked to it, ESCO before
	// relations, ROME appellations before the crosswalk.
	steps := []func(context.Context) error{
		l.loadISCO,
		l.loadOccupations,
		l.loadSkills,
		l.loadSkillGroups,
		l.loadBroader,
		l.loadRelations,
		l.loadROME,
		l.loadCrosswalk,
	}
	for _, step := range steps {
		if err := step(ctx); err != nil {
			return nil, err
		}
	}
	l.linkISCO()
	for _, t := range l.tables {
		l.t.Files[t.name] += t.n
	}
	// Damage to a file comes first, so that the first few warnings a
	// command prints show it among the hundreds the official data raises.
	sort.SliceStable(l.t.Warnings, func(i, j int) bool {
		return l.t.Warnings[i].Malformed && !l.t.Warnings[j].Malformed
	})
	return l.t, nil
}

// loader holds the state of one Load call.
type loader struct {
	files       *files
	t           *Taxonomy
	collBroader map[string][]string // skill URI → broader URIs named by collections
	ticks       int
	tables      []*table
}

// open opens a source as a table and reports a transcoded or repaired
// file.
func (l *loader) open(s source, want ...string) (*table, error) {
	t, err := openTable(s.path, s.name, want...)
	if err != nil {
		return nil, err
	}
	t.warn = l.warn
	l.tables = append(l.tables, t)
	for _, w := range t.notes {
		l.warn(w)
	}
	return t, nil
}

func (l *loader) warn(w Warning) { l.t.Warnings = append(l.t.Warnings, w) }

func (l *loader) missingOptional(what string, names ...string) {
	l.warn(Warning{Message: fmt.Sprintf("%s: %s not found under %s", what, strings.Join(names, " or "), l.files.dir)})
}

// tick checks for cancellation every few thousand rows.
func (l *loader) tick(ctx context.Context) error {
	l.ticks++
	if l.ticks%4096 == 0 {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("taxonomy: load: %w", err)
		}
	}
	return nil
}

// version records the newest version seen for a scheme.
func (l *loader) version(scheme, v string) {
	if v == "" {
		return
	}
	cur := strings.TrimPrefix(l.t.Versions[scheme], "v")
	if cur == "" || compareVersions(v, cur) > 0 {
		l.t.Versions[scheme] = "v" + v
	}
}
