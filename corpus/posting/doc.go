// Package posting reads job postings from JSON Lines, CSV and plain-text
// files (optionally gzip-compressed; UTF-8, or UTF-16 with a byte order
// mark), maps the field names of the common sources onto one Posting,
// turns HTML and Markdown into plain text, and reports bad records with
// their line instead of stopping: every non-blank line ends in a record
// or in an error that names it. What it reads but does not use (a column
// when another gives the same field, a value of the wrong type, an
// unknown language) it reports as a Warning. Asides finds the parts of a
// description that speak of the employer or its offer rather than the
// job.
package posting
