package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"marsad/classifier"
	"marsad/models"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "eval", "eval --model PATH --gold FILE [--json] [--reliability] [--fit-calibration]",
		"Classify a gold file (JSON Lines with rome/isco/esco labels) and print top-1/top-3\n"+
			"ROME (fiche and métier), ISCO at 4/3/2/1 digits, ESCO top-1/top-5, per language,\n"+
			"accuracy and coverage at score thresholds, and throughput.")
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
	if *gold == "" {
		return usagef("--gold is required")
	}
	f, err := os.Open(*gold)
	if err != nil {
		return err
	}
	golds, err := classifier.ReadGold(f, *gold)
	f.Close()
	if err != nil {
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
		for _, scheme := range []string{"rome", "isco"} {
			if a, b, c, n := classifier.FitCalibration(rep.Calibration, scheme); n > 0 {
				fmt.Fprintf(e.stdout, "calibration fit for %s on %d postings: a=%.3f b=%.3f c=%.3f\n", scheme, n, a, b, c)
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

func printReport(w io.Writer, name string, rep *classifier.Report, reliability bool) {
	fmt.Fprintf(w, "%s: %d postings, %.2f s, %.0f postings/s\n\n", name, rep.Postings, rep.Seconds, rep.PerSecond)
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
		fmt.Fprintf(tw, "%.1f\t%.1f%%\t%.1f%%\t%d\n", t.Min, 100*t.Coverage, 100*t.Acc, t.N)
	}
	tw.Flush()
	if reliability {
		fmt.Fprintf(w, "\nreliability (%s):\n", rep.All.Primary)
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "score bin\tn\tmean score\taccuracy")
		for _, b := range rep.Reliability {
			fmt.Fprintf(tw, "[%.1f, %.1f)\t%d\t%.3f\t%.1f%%\n", b.Lo, b.Hi, b.N, b.MeanScore, 100*b.Acc)
		}
		tw.Flush()
	}
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
