package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"marsad/classifier"
	"marsad/models"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "eval --model PATH --gold FILE [--json] [--reliability] [--fit-calibration]",
		"Classify a gold file (JSON Lines with rome/isco/esco labels) and print top-1/top-3\n"+
			"ROME (fiche and métier), ISCO at 4/3/2/1 digits, ESCO top-1/top-5, per language,\n"+
			"accuracy and coverage at score thresholds, and throughput.\n\n"+
			"Gold that cannot be scored is reported on stderr (file:line, field, value) and\n"+
			"left out, never counted as a miss: a line that is not a JSON object, has a\n"+
			"field of the wrong type, nothing to classify or an id already seen is skipped;\n"+
			"a value that is badly formed or not in the model (ROME code, ISCO unit group,\n"+
			"ESCO URI, lang other than fr/ar/en) is left out of its scheme's metrics while\n"+
			"the line's other gold counts. Case is normalised (f1603 is F1603). In --json,\n"+
			"\"issues\" lists them and a metric with no posting has \"accuracy\": null.\n\n"+
			"Exit status: 0 when some line could be scored, 1 when none could (every line\n"+
			"bad or no gold value known) or on a model or read error, 2 for a mistake in\n"+
			"the command line, reported before the model loads (a bad flag, a --gold file\n"+
			"that does not exist).")
	model := modelFlag(fs, e)
	gold := fs.String("gold", "", "gold file (required)")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	reliability := fs.Bool("reliability", false, "also print the reliability table (score bins vs accuracy)")
	misses := fs.Bool("misses", false, "also print every posting whose answer was wrong")
	fit := fs.Bool("fit-calibration", false, "also fit the calibration constants on this file and print them, with a 5-fold held-out comparison against the constants in use")
	cpuprofile := fs.String("cpuprofile", "", "write a CPU profile of the classification to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected arguments: %s", strings.Join(fs.Args(), " "))
	}
	if *gold == "" {
		return usagef("--gold is required")
	}
	if fi, err := os.Stat(*gold); errors.Is(err, os.ErrNotExist) {
		return usagef("--gold %s does not exist", *gold)
	} else if err == nil && fi.IsDir() {
		return usagef("--gold %s is a directory, not a gold file", *gold)
	}
	if err := refuseClobber("--cpuprofile", *cpuprofile, *gold); err != nil {
		return err
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	golds, skipped, err := classifier.ReadGoldLines(f, *gold)
	f.Close()
	if err != nil {
		printIssues(e.stderr, *gold, skipped)
		if errors.Is(err, classifier.ErrNoGold) && len(golds) == 0 && len(skipped) > 0 {
			return fmt.Errorf("%s: no line could be evaluated: every line (%d) was bad", *gold, len(skipped))
		}
		return err
	}
	m, err := models.Open(ctx, *model)
	if err != nil {
		return err
	}
	defer m.Close()
	if *cpuprofile != "" {
		stop, err := startCPUProfile(*cpuprofile)
		if err != nil {
			return err
		}
		defer stop()
	}
	rep, err := classifier.Evaluate(ctx, m.Classifier, golds)
	if err != nil {
		return err
	}
	left := len(rep.Issues)
	rep.Issues = append(rep.Issues, skipped...)
	slices.SortStableFunc(rep.Issues, func(a, b classifier.GoldIssue) int { return cmp.Compare(a.Line, b.Line) })
	printIssues(e.stderr, *gold, rep.Issues)
	if len(rep.Issues) > 0 {
		fmt.Fprintf(e.stderr, "%s: %d postings evaluated, %d lines skipped, %d gold values left out\n", *gold, rep.Postings, len(skipped), left)
	}
	if rep.Scored == 0 {
		return fmt.Errorf("%s: no line could be evaluated: no gold value is one the model knows", *gold)
	}
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	printReport(e.stdout, *gold, rep, *reliability)
	if *misses {
		fmt.Fprintf(e.stdout, "\nmisses (%d):\n", len(rep.Misses))
		for _, m := range rep.Misses {
			fmt.Fprintf(e.stdout, "- %s %q gold %s\n    got %s\n    %s\n", m.ID, m.Title, m.Gold, m.Got, m.Reason)
		}
	}
	if *fit {
		fmt.Fprintln(e.stdout)
		for _, scheme := range classifier.CalSchemes() {
			if k, n := classifier.FitCalibration(rep.Calibration, scheme); n > 0 {
				fmt.Fprintf(e.stdout, "calibration fit for %s on %d postings: a=%.3f b=%.3f c=%.3f ceiling=%.3f\n", scheme, n, k.A, k.B, k.C, k.Ceil)
			}
			if cv, ok := classifier.CrossValidateCalibration(rep.Calibration, scheme, calFolds); ok {
				fmt.Fprintf(e.stdout, "  held out (%d-fold): constants in use log loss %.3f, ECE %.3f; refitted log loss %.3f, ECE %.3f\n",
					calFolds, cv.InUse.LogLoss, cv.InUse.ECE, cv.Refit.LogLoss, cv.Refit.ECE)
			}
		}
	}
	return nil
}

// calFolds is the number of folds of the held-out calibration check.
const calFolds = 5

// printIssues reports gold that could not be scored, one line each, as
// classify reports bad input lines.
func printIssues(w io.Writer, name string, issues []classifier.GoldIssue) {
	for _, is := range issues {
		fmt.Fprintf(w, "%s:%s\n", name, strings.TrimPrefix(is.Error(), "line "))
	}
}

func printReport(w io.Writer, name string, rep *classifier.Report, reliability bool) {
	fmt.Fprintf(w, "%s: %d postings, %.2f s, %.0f postings/s\n", name, rep.Postings, rep.Seconds, rep.PerSecond)
	if n := len(rep.Issues); n > 0 {
		// The rule, where the figures are read: they are not comparable
		// with a run on a clean file without it.
		fmt.Fprintf(w, "%d gold issues (listed on stderr) left out, not counted as misses: a bad line\n"+
			"counts in no metric, a bad or unknown value in none of its scheme's metrics\n"+
			"(the line's other gold still counts)\n", n)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "metric\tall\t"+joinTab(rep.Sorted()))
	rows := []struct {
		name string
		get  func(*classifier.Scores) classifier.Metric
	}{
		{"language", func(s *classifier.Scores) classifier.Metric { return s.LangID }},
		{"ROME fiche top-1", func(s *classifier.Scores) classifier.Metric { return s.ROMEFiche1 }},
		{"ROME fiche top-3", func(s *classifier.Scores) classifier.Metric { return s.ROMEFiche3 }},
		{"ROME métier top-1", func(s *classifier.Scores) classifier.Metric { return s.ROMEMetier1 }},
		{"ROME métier top-3", func(s *classifier.Scores) classifier.Metric { return s.ROMEMetier3 }},
		{"ISCO-4 top-1", func(s *classifier.Scores) classifier.Metric { return s.ISCO4 }},
		{"ISCO-3 top-1", func(s *classifier.Scores) classifier.Metric { return s.ISCO3 }},
		{"ISCO-2 top-1", func(s *classifier.Scores) classifier.Metric { return s.ISCO2 }},
		{"ISCO-1 top-1", func(s *classifier.Scores) classifier.Metric { return s.ISCO1 }},
		{"ESCO top-1", func(s *classifier.Scores) classifier.Metric { return s.ESCO1 }},
		{"ESCO top-5", func(s *classifier.Scores) classifier.Metric { return s.ESCO5 }},
	}
	for _, r := range rows {
		if r.get(&rep.All).Total == 0 {
			continue
		}
		fmt.Fprintf(tw, "%s\t%s", r.name, r.get(&rep.All))
		for _, l := range rep.Sorted() {
			fmt.Fprintf(tw, "\t%s", r.get(rep.ByLang[l]))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintf(w, "\nthresholds on %s (top answer's score ≥ min):\n", rep.All.Primary)
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "min\tcoverage\taccuracy\tn")
	for _, t := range rep.Thresholds {
		fmt.Fprintf(tw, "%.1f\t%.1f%%\t%s\t%d\n", t.Min, 100*t.Coverage, percent(t.Acc, t.N), t.N)
	}
	tw.Flush()
	if reliability {
		fmt.Fprintf(w, "\nreliability (%s):\n", rep.All.Primary)
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "score bin\tn\tmean score\taccuracy")
		for _, b := range rep.Reliability {
			mean := "—"
			if b.N > 0 {
				mean = fmt.Sprintf("%.3f", b.MeanScore)
			}
			fmt.Fprintf(tw, "[%.1f, %.1f)\t%d\t%s\t%s\n", b.Lo, b.Hi, b.N, mean, percent(b.Acc, b.N))
		}
		tw.Flush()
	}
}

// percent prints a share of n postings, or "—" for a share of none.
func percent(acc float64, n int) string {
	if n == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f%%", 100*acc)
}

func joinTab(s []string) string {
	out := ""
	for i, v := range s {
		if i > 0 {
			out += "\t"
		}
		out += v
	}
	return out
}
