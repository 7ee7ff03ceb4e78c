package server

import (
	_ "embed"
	"net/http"
)

// openAPIDoc is the OpenAPI 3.1 description of every endpoint. It is
// written by hand and kept honest by TestOpenAPIConformance, which
// validates real answers of the handlers against it.
//
//go:embed openapi.json
var openAPIDoc []byte

// OpenAPI returns the embedded OpenAPI document.
func OpenAPI() []byte { return openAPIDoc }

// handleOpenAPI is GET /openapi.json.
func handleOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Access-Control-Allow-Origin", "*") // docs viewers fetch it from elsewhere
	_, _ = w.Write(openAPIDoc)
}
