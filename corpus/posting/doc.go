// Package posting reads job postings from JSON Lines, CSV and plain-text
// files (optionally gzip-compressed), maps the field names of the common
// sources onto one Posting, turns HTML and Markdown into plain text, and
// reports bad records with their line instead of stopping. Asides finds
// the parts of a description that speak of the employer or its offer
// rather than the job.
package posting
