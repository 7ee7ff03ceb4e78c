package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode"
	"unicode/utf8"

	"marsad/classifier/skills"
	"marsad/corpus"
	"marsad/models"
)

func runSearchSkill(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "search-skill", "search-skill --model PATH [--lang fr|ar|en] [--top K] [--json] QUERY...",
		"Find the occupations (ROME fiches, ISCO groups, ESCO occupations) that need the\n"+
			"given skills. QUERY is free text in French, Arabic or English: one skill or\n"+
			"several separated by commas (\"Python, SQL\", \"soudure\", \"لحام\").\n\n"+
			"Flags may come before or after QUERY (soudure --top 3). A QUERY that\n"+
			"starts with \"-\" goes after \"--\", quoted as one argument (-- \"-C++, SQL\").")
	model := modelFlag(fs, e)
	langFlag := fs.String("lang", "", "query language: fr, ar or en (default: try all)")
	top := fs.Int("top", 10, "answers per scheme")
	asJSON := fs.Bool("json", false, "write one JSON object instead of a table")
	// Users type flags after the query too: read them as flags rather
	// than as words of the query ("Query: soudure --top 2").
	words, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	query := strings.TrimSpace(strings.Join(words, " "))
	if query == "" {
		return usagef("missing QUERY (e.g. marsad search-skill \"Python, SQL\")")
	}
	// As the API does (invalid_utf8): such bytes match nothing, and 0xFF
	// is text/tabwriter's escape character, which would break the table.
	if !utf8.ValidString(query) {
		return usagef("QUERY %q is not valid UTF-8 (check the terminal's or the script's encoding)", query)
	}
	// Commas and spaces name no skill: such a query is as missing as an
	// empty one, not a search that finds nothing.
	if !skills.HasWord(query) {
		return usagef("missing QUERY: %q has no word in it (e.g. marsad search-skill \"Python, SQL\")", query)
	}
	if *top < 1 || *top > 100 {
		return usagef("--top must be between 1 and 100")
	}
	lang := corpus.Undetermined
	if *langFlag != "" {
		l, err := corpus.ParseLang(*langFlag)
		if err != nil {
			return usagef("--lang: %v", err)
		}
		lang = l
	}
	m, err := models.Open(ctx, *model)
	if err != nil {
		return err
	}
	defer m.Close()
	if m.Skills == nil {
		return fmt.Errorf("model %s has no skill dictionary", *model)
	}
	res := m.SkillSearch().Search(query, lang, *top)
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(res)
	}
	return writeSearchTable(e.stdout, res)
}

// writeSearchTable prints a search answer for people.
func writeSearchTable(w io.Writer, res skills.SearchResult) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "Query:\t%s\n", cell(res.Query))
	switch {
	case len(res.Skills) > 0:
		fmt.Fprintln(tw, "\nSKILL\tSCHEME\tSCORE\tCODE")
		for _, s := range res.Skills {
			fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\n", cell(s.Label), cell(s.Scheme), s.Score, cell(s.Code))
		}
	case len(res.ROME)+len(res.ISCO)+len(res.ESCO) == 0:
		fmt.Fprintln(tw, "No skill recognised.")
		return tw.Flush()
	default:
		// Search still read the occupations' own texts ("nursing" names
		// no skill label, the nurses' descriptions say it).
		fmt.Fprintln(tw, "No skill recognised; occupations whose own texts name it:")
	}
	for _, sec := range []struct {
		name string
		list []skills.Scored
	}{{"ROME", res.ROME}, {"ISCO", res.ISCO}, {"ESCO", res.ESCO}} {
		fmt.Fprintf(tw, "\n%s\tSCORE\tSKILLS\tCODE\n", sec.name)
		for _, s := range sec.list {
			fmt.Fprintf(tw, "%s\t%.3f\t%d\t%s\n", cell(s.Label), s.Score, len(s.Skills), cell(s.Code))
		}
	}
	return tw.Flush()
}

// cell makes s safe as one text/tabwriter cell: tabs, line and form feeds
// (and other control characters) would end the cell or the row, and
// invalid UTF-8 could hold tabwriter.Escape (0xFF), which swallows the
// text up to the next one. Controls become spaces, bad bytes U+FFFD.
func cell(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
