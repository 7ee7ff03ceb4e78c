// Package skills finds ESCO skills and ROME compétences in postings, with
// their byte offsets, and ranks occupations for a skill query. Labels and
// postings meet through the corpus analysers: a trie over analysed token
// sequences gives longest, non-overlapping matches.
package skills
