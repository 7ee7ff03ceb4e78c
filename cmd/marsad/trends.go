package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"marsad/models"
	"marsad/server"
	"marsad/store"
	"marsad/taxonomy"
)

// filterFlags collects repeated --filter flags as given. They are parsed
// after the flag set, so that a bad one is a one-line usage error rather
// than the flag package's message followed by the whole usage.
type filterFlags []string

func (f *filterFlags) String() string { return strings.Join(*f, " ") }
func (f *filterFlags) Set(s string) error {
	*f = append(*f, s)
	return nil
}

func runTrends(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "trends", "trends --db PATH [--model PATH] --by DIM --interval day|week|month|quarter|year [--from DATE] [--to DATE] [--filter DIM=VALUE|DIM:VALUE ...] [--top N] [--format table|csv|json] [--include-duplicates]",
		"Counts postings per period and key, with each key's share of the period,\n"+
			"its growth on the previous period and on the same period a year before,\n"+
			"and the keys rising and falling most in the last period the stored postings\n"+
			"cover whole (a period they begin or end inside is marked partial). Only unique\n"+
			"postings count unless --include-duplicates. Periods are whole: --from\n"+
			"and --to are widened to the periods holding them.\n\n"+
			"DIM is one of "+strings.Join(store.DimNames(), ", ")+".\n"+
			"A filter is DIM=VALUE or DIM:VALUE. ROME codes are case-insensitive;\n"+
			"a region is its code or one of its names (Casablanca-Settat, Grand\n"+
			"Casablanca, الدار البيضاء سطات), or abroad, remote, morocco, unknown.\n"+
			"A value the dimension cannot take is refused (exit 2). Filters all apply:\n"+
			"two values of one dimension (but skill) count nothing, and are refused.\n"+
			"Examples: --by skill --filter rome=M1805; --by rome --filter region=casablanca-settat.\n\n"+
			fmt.Sprintf("A report holds at most %d periods, and at most %d periods × --top\n", store.MaxPeriods, store.MaxCells)+
			"cells: ten years by day, or a century by month.\n\n"+
			"Series of occupations and skills are labelled from the taxonomy of the\n"+
			"model (--model), as GET /v1/trends labels them; the table shows the\n"+
			"labels as column heads and lists the keys under it. Loading the model\n"+
			"takes a few seconds: --model '' leaves the labels out, as does a\n"+
			"missing default model (with a note). --format csv has no labels.\n\n"+
			"Environment: MARSAD_DB, MARSAD_MODEL give the defaults of --db, --model.")
	dbPath := dbFlag(fs, e, "")
	modelPath := modelFlag(fs, e)
	by := fs.String("by", "rome", "dimension to count by (isco is isco4)")
	interval := fs.String("interval", "month", "period: day, week, month, quarter or year")
	from := fs.String("from", "", "first `date` (YYYY-MM-DD, YYYY-MM or YYYY; default: the first posting)")
	to := fs.String("to", "", "last `date` (default: the last posting)")
	var filters filterFlags
	fs.Var(&filters, "filter", "keep postings with DIM=VALUE or DIM:VALUE (repeatable)")
	top := fs.Int("top", 10, "keys to show, by total count (0: all)")
	format := fs.String("format", "table", "output: table, csv or json")
	dups := fs.Bool("include-duplicates", false, "count duplicate postings too")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %v", fs.Args())
	}
	q := store.TrendQuery{By: *by, Top: *top, IncludeDuplicates: *dups}
	for _, f := range filters {
		v, err := store.ParseFilter(f)
		if err != nil {
			return usagef("--%v", err)
		}
		q.Filters = append(q.Filters, v)
	}
	if *top == 0 {
		q.Top = -1
	} else if *top < 0 {
		return usagef("--top %d: want 0 or more", *top)
	}
	iv, err := store.ParseInterval(*interval)
	if err != nil {
		return usagef("--interval %q: want day, week, month, quarter or year", *interval)
	}
	q.Interval = iv
	dim, err := store.ParseDim(*by)
	if err != nil {
		return usagef("--by %q: want one of %s (isco is isco4)", *by, strings.Join(store.DimNames(), ", "))
	}
	*by, q.By = dim.String(), dim.String()
	if q.From, err = parseDateFlag("from", *from, false); err != nil {
		return err
	}
	if q.To, err = parseDateFlag("to", *to, true); err != nil {
		return err
	}
	if !q.From.IsZero() && !q.To.IsZero() && q.From.After(q.To) {
		return usagef("--from %s is after --to %s", *from, *to)
	}
	switch *format {
	case "table", "csv", "json":
	default:
		return usagef("--format %q: want table, csv or json", *format)
	}
	// A model asked for by name must be there, before any work; the
	// default one only adds labels, and its absence is just noted.
	model := *modelPath
	if *format == "csv" || !labelled(*by) {
		model = ""
	}
	named := e.getenv("MARSAD_MODEL") != ""
	fs.Visit(func(f *flag.Flag) { named = named || f.Name == "model" })
	if model != "" && named {
		if _, err := os.Stat(model); err != nil {
			return fmt.Errorf("model %s: %w (marsad build writes it; set --model or MARSAD_MODEL, or --model '' for no labels)", model, err)
		}
	}
	db, err := openRead(*dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	rep, err := db.Trends(ctx, q)
	if qe := (*store.QueryError)(nil); errors.As(err, &qe) {
		return usageError{qe} // an unknown source, too many periods
	}
	if err != nil {
		return err
	}
	var tax *taxonomy.Taxonomy
	if model != "" && (len(rep.Series) > 0 || len(rep.Rising)+len(rep.Falling) > 0) {
		tax, err = models.OpenTaxonomy(model)
		switch {
		case err != nil && named:
			return err
		case err != nil:
			fmt.Fprintf(e.stderr, "marsad trends: no labels: %v\n", err)
		}
		server.LabelSeries(tax, rep)
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case "csv":
		return writeTrendsCSV(e.stdout, rep)
	}
	return writeTrendsTable(e.stdout, rep, func(key string) string { return server.SeriesLabel(tax, rep.Query.By, key) })
}

// labelled reports whether the keys of dimension by get labels: those of
// occupations and skills (server.SeriesLabel).
func labelled(by string) bool {
	switch by {
	case "region", "source", "lang":
		return false
	}
	return true
}

// parseDateFlag reads --from or --to; a --to of a month or year means
// its last day.
func parseDateFlag(name, s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := store.ParseDay(s, end)
	if err != nil {
		return time.Time{}, usagef("--%s %q: want YYYY-MM-DD, YYYY-MM or YYYY, from 1900 on", name, s)
	}
	return t, nil
}

func pct(f *float64) string {
	if f == nil {
		return ""
	}
	return strconv.FormatFloat(*f*100, 'f', 1, 64) + "%"
}

func writeTrendsCSV(w io.Writer, rep *store.TrendReport) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"period", "start", "key", "count", "period_total", "share", "growth", "growth_yoy"})
	num := func(f *float64) string {
		if f == nil {
			return ""
		}
		return strconv.FormatFloat(*f, 'f', 4, 64)
	}
	for _, s := range rep.Series {
		for i, p := range rep.Periods {
			cw.Write([]string{p.Label, p.Start, s.Key, strconv.FormatInt(s.Counts[i], 10), strconv.FormatInt(p.Total, 10),
				strconv.FormatFloat(s.Shares[i], 'f', 4, 64), num(s.Growth[i]), num(s.YoY[i])})
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeTrendsTable prints rep for people. Columns are headed by the
// series' labels, shortened, and listed under the table with their keys:
// an ESCO URI is no column head.
func writeTrendsTable(w io.Writer, rep *store.TrendReport, label func(key string) string) error {
	q := rep.Query
	span := rep.From + " … " + rep.To
	if len(rep.Periods) == 0 {
		span = "no dated postings" // an empty store, or one whose dates were all unusable
	}
	fmt.Fprintf(w, "postings by %s per %s, %s", q.By, q.Interval, span)
	for _, f := range q.Filters {
		fmt.Fprintf(w, ", %s=%s", f.Dim, f.Value)
	}
	if q.IncludeDuplicates {
		fmt.Fprint(w, ", duplicates included")
	}
	fmt.Fprintf(w, " (%d without date)\n", rep.UnknownDate)
	if len(rep.Periods) == 0 {
		return nil
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "period\ttotal\t")
	labels := false
	for _, s := range rep.Series {
		head := s.Key
		if s.Label != "" {
			head, labels = shorten(s.Label, 30), true
		}
		fmt.Fprintf(tw, "%s\t", cell(head)) // keys such as sources come from the files
	}
	fmt.Fprintln(tw)
	partial := false
	for i, p := range rep.Periods {
		label := p.Label
		if p.Partial {
			label, partial = label+"*", true
		}
		fmt.Fprintf(tw, "%s\t%d\t", label, p.Total)
		for _, s := range rep.Series {
			fmt.Fprintf(tw, "%d (%.0f%%)\t", s.Counts[i], 100*s.Shares[i])
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if partial {
		fmt.Fprintln(w, "* partial: the stored postings begin or end inside this period")
	}
	if labels {
		fmt.Fprintln(w, "\ncolumns:")
		width := 0
		for _, s := range rep.Series {
			width = max(width, utf8.RuneCountInString(cell(s.Key)))
		}
		for _, s := range rep.Series {
			fmt.Fprintf(w, "  %-*s  %s\n", width, cell(s.Key), cell(s.Label))
		}
	}
	for _, m := range []struct {
		name string
		ms   []store.Mover
	}{{"rising", rep.Rising}, {"falling", rep.Falling}} {
		if len(m.ms) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s in %s (against %s):\n", m.name, rep.MoversPeriod, rep.MoversBase)
		for _, mv := range m.ms {
			g := pct(mv.Growth)
			if g == "" {
				g = "new"
			}
			name := mv.Key
			if l := label(mv.Key); l != "" {
				name = shorten(l, 40)
			}
			fmt.Fprintf(w, "  %-40s %5d → %5d  (%+d, %s)\n", cell(name), mv.Previous, mv.Count, mv.Change, g)
		}
	}
	return nil
}

// shorten cuts s to at most n characters, marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}
