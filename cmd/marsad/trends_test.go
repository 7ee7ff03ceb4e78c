package main

import (
	"encoding/json"
	"strings"
	"testing"

	"marsad/store"
)

// TestTrendsFilters: filter values are read as the store records them
// (case, region names, either syntax), like GET /v1/trends reads them.
func TestTrendsFilters(t *testing.T) {
	path := smallStore(t)
	for _, c := range []struct {
		filter string
		dim    string
		value  string
		total  int64 // postings in January and February 2025
	}{
		{"rome=M1805", "rome", "M1805", 3},
		{"rome=m1805", "rome", "M1805", 3},
		{"rome:m1805", "rome", "M1805", 3},
		{"region=casablanca-settat", "region", "casablanca-settat", 1},
		{"region=Casablanca-Settat", "region", "casablanca-settat", 1},
		{"region:Grand Casablanca", "region", "casablanca-settat", 1},
		{"source=FIXTURE", "source", "fixture", 7},
	} {
		code, out, errOut := runCmd(t, "trends", "--db", path, "--from", "2025-01", "--to", "2025-02", "--format", "json", "--filter", c.filter)
		if code != 0 {
			t.Errorf("--filter %s: exit %d: %s", c.filter, code, errOut)
			continue
		}
		var rep store.TrendReport
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("--filter %s: %v\n%s", c.filter, err, out)
		}
		var total int64
		for _, p := range rep.Periods {
			total += p.Total
		}
		if f := rep.Query.Filters; len(f) != 1 || f[0].Dim != c.dim || f[0].Value != c.value || total != c.total {
			t.Errorf("--filter %s: filters %+v, total %d; want %s=%s, %d", c.filter, f, total, c.dim, c.value, c.total)
		}
	}
}

// TestTrendsRefusals: a filter value no posting can have, or a report
// too large, exits 2 with one line naming the problem, not the usage.
func TestTrendsRefusals(t *testing.T) {
	path := smallStore(t)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--filter", "region=mars"}, `--filter region=mars: not one of Morocco's 12 regions`},
		{[]string{"--filter", "region=casablanca"}, "its region is region=casablanca-settat"},
		{[]string{"--filter", "rome=ZZZZ"}, "--filter rome=ZZZZ: not a ROME fiche code"},
		{[]string{"--filter", "colour:red"}, `unknown dimension "colour"`},
		{[]string{"--filter", "source=rekrute"}, "filter source=rekrute: no posting from that source (sources: fixture)"},
		{[]string{"--interval", "day", "--from", "1900", "--to", "2100"}, "at most 4000 per report; use a coarser interval"},
		{[]string{"--interval", "day", "--from", "2023", "--to", "2024", "--top", "100"}, "lower top"},
	} {
		code, out, errOut := runCmd(t, append([]string{"trends", "--db", path}, c.args...)...)
		if code != 2 || !strings.Contains(errOut, c.want) || strings.Count(errOut, "\n") != 1 || out != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want 2 and one line with %q", c.args, code, out, errOut, c.want)
		}
	}
}

// TestTrendsJSONEmptyLists: --format json prints [] for empty lists, as
// the API does.
func TestTrendsJSONEmptyLists(t *testing.T) {
	path := smallStore(t)
	code, out, errOut := runCmd(t, "trends", "--db", path, "--from", "2025-01", "--to", "2025-01", "--filter", "region=oriental", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, k := range []string{"series", "rising", "falling"} {
		if !strings.Contains(out, `"`+k+`": []`) {
			t.Errorf("%s is not []:\n%s", k, out)
		}
	}
}
