// Package corpus turns raw text into analysed tokens: Unicode and script
// normalisation, French/Arabic/English tokenisation with byte offsets,
// stop words, job-ad boilerplate and stemming.
//
// One Analyzer per language serves every consumer — the Bleve label index,
// TF-IDF profiles, skill matching and queries — so that a taxonomy label
// and a posting always meet in the same form. Sub-packages read postings
// (posting), decide their language (langid), and resolve places (place)
// and dates (dates). corpus imports none of Marsad's other packages.
package corpus
