package posting

import (
	"encoding/json"
	"fmt"
)

// Posting is one job posting as read from a source, fields in plain text.
type Posting struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Description string `json:"description,omitempty"`
	Company     string `json:"company,omitempty"`
	Location    string `json:"location,omitempty"`
	Date        string `json:"date,omitempty"` // as found, unparsed
	Source      string `json:"source,omitempty"`
	URL         string `json:"url,omitempty"`
	Lang        string `json:"lang,omitempty"` // as declared by the source, if any
	// Sector and Function are the board's own categories, as found: the
	// employer's industry ("Banque / Finance") and the job's function
	// ("Informatique - Développement"). Function is classifier evidence
	// where a title says little ("Offre de stage : Développement").
	Sector   string `json:"sector,omitempty"`
	Function string `json:"function,omitempty"`
	// Scraped is when the posting was collected (scraped_at, crawl_date…),
	// as found, unparsed. Some boards give dates without a year or relative
	// ones ("29 May-17:34", "il y a 3 jours"): they are read against it.
	Scraped string `json:"scraped,omitempty"`
}

// Format is an input file format.
type Format string

// The formats Marsad reads.
const (
	JSONL Format = "jsonl"
	CSV   Format = "csv"
	Text  Format = "text" // one posting per line: the line is the title
)

// Record is one posting read, with where it was found.
type Record struct {
	Posting Posting
	File    string
	Line    int // 1-based line where the record starts

	// Extra holds the source fields that did not map onto Posting (gold
	// labels, board categories…), under their original names. CSV values
	// are stored as JSON strings so that both formats read the same way.
	// It is nil for plain text.
	Extra map[string]json.RawMessage
}

// RecordError is a bad record: the reader skips it and goes on.
type RecordError struct {
	File string
	Line int
	Err  error
}

func (e *RecordError) Error() string { return fmt.Sprintf("%s line %d: %v", e.File, e.Line, e.Err) }
func (e *RecordError) Unwrap() error { return e.Err }

// Warning is something wrong in the input that did not cost a record: a
// column or key not read because another gives the same field, a value
// of the wrong type or an unknown language left out of the posting.
// Reader.Warnings returns them.
type Warning struct {
	File  string
	Line  int    // 1-based; a column's warning is on the header's line
	Field string // the Posting field concerned, by its JSON name ("title", "lang"); "" for an extra field
	Value string // the value not used, if the warning is about one
	Msg   string
}

func (w Warning) String() string { return fmt.Sprintf("%s line %d: %s", w.File, w.Line, w.Msg) }

// Stats counts what a Reader has seen so far.
type Stats struct {
	Records      int // postings returned
	Errors       int // bad records skipped
	RepairedUTF8 int // records whose invalid UTF-8 was repaired
	// Warnings counts every occurrence, also those Reader.Warnings does
	// not repeat.
	Warnings int
}
