package taxonomy

import (
	"context"
	"fmt"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// source is one data file found under the data directory.
type source struct {
	path    string // full path
	name    string // relative to the data directory, for messages
	version string // e.g. "1.2", "460", "" when the path names none
}

// files indexes the data directory by file name. It is built by one walk.
type files struct {
	dir    string
	byBase map[string][]source // lower-case base name → newest first
}

// pathVersion finds "v1.2.1" / "v460" style versions in a path.
var pathVersion = regexp.MustCompile(`(?i)(?:^|[^a-z0-9])v(\d+(?:\.\d+)*)`)

func scan(ctx context.Context, dir string) (*files, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("taxonomy: data directory %s: %w", dir, err)
	}
	dir = abs
	f := &files{dir: dir, byBase: make(map[string][]source)}
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if d.IsDir() {
			if path != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		name := relName(dir, path)
		s := source{path: path, name: name}
		if m := pathVersion.FindAllStringSubmatch(name, -1); m != nil {
			s.version = m[len(m)-1][1]
		}
		base := strings.ToLower(d.Name())
		f.byBase[base] = append(f.byBase[base], s)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("taxonomy: reading data directory %s: %w", dir, err)
	}
	for _, list := range f.byBase {
		sort.SliceStable(list, func(i, j int) bool {
			if c := compareVersions(list[i].version, list[j].version); c != 0 {
				return c > 0
			}
			return list[i].name < list[j].name
		})
	}
	return f, nil
}

// compareVersions compares dotted numeric versions; "" is the oldest.
func compareVersions(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	if a == "" {
		as = nil
	}
	if b == "" {
		bs = nil
	}
	for i := 0; i < len(as) || i < len(bs); i++ {
		var x, y int
		if i < len(as) {
			x, _ = strconv.Atoi(as[i])
		} else {
			x = -1
		}
		if i < len(bs) {
			y, _ = strconv.Atoi(bs[i])
		} else {
			y = -1
		}
		if x != y {
			if x < y {
				return -1
			}
			return 1
		}
	}
	return 0
}

// all returns every copy of the named files, newest version first. Several
// names may be given for one concept (e.g. "occupationSkillRelations.csv"
// and "occupationSkillRelations_en.csv").
func (f *files) all(names ...string) []source {
	var out []source
	for _, n := range names {
		out = append(out, f.byBase[strings.ToLower(n)]...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		return compareVersions(out[i].version, out[j].version) > 0
	})
	return out
}

// newest returns the newest copy of the named files.
func (f *files) newest(names ...string) (source, bool) {
	all := f.all(names...)
	if len(all) == 0 {
		return source{}, false
	}
	return all[0], true
}

// romeFile finds the newest ROME open-data file "unix_<stem>_v<N>_utf8.csv".
func (f *files) romeFile(stem string) (source, bool) {
	re := regexp.MustCompile(`^unix_` + regexp.QuoteMeta(stem) + `_v(\d+)(?:_utf8)?\.csv$`)
	var best source
	found := false
	for base, list := range f.byBase {
		m := re.FindStringSubmatch(base)
		if m == nil {
			continue
		}
		for _, s := range list {
			s.version = m[1]
			if !found || compareVersions(s.version, best.version) > 0 ||
				(compareVersions(s.version, best.version) == 0 && s.name < best.name) {
				best, found = s, true
			}
		}
	}
	return best, found
}

// glob returns the files whose base name matches re, sorted by name.
func (f *files) glob(re *regexp.Regexp) []source {
	var out []source
	for base, list := range f.byBase {
		if re.MatchString(base) {
			out = append(out, list...)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// missingError names a required file and where it was looked for.
func (f *files) missingError(what string, names ...string) error {
	return fmt.Errorf("taxonomy: %s not found: looked for %s anywhere under %s", what, strings.Join(names, " or "), f.dir)
}
