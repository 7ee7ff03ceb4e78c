// Package server is Marsad's HTTP face: classification, skill search,
// occupation lookup, ingestion and trends as JSON, plus OpenAPI, metrics
// and the embedded web dashboard.
package server
