// Package store keeps tagged postings in an embedded bbolt database:
// postings, their tags, duplicate clusters and the counters trend queries
// read. It also runs batch tagging of posting files (resumable, exactly
// once) and answers trend queries.
package store
