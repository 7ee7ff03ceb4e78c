package server

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	"marsad/corpus/posting"
)

// TestOpenAPIConformance sends real requests, good and bad, through the
// handlers and validates each request and answer against the embedded
// OpenAPI 3.1 document with kin-openapi (which validates 3.1 documents
// with its JSON Schema 2020-12 validator). Every status answered must be
// documented for its operation.
func TestOpenAPIConformance(t *testing.T) {
	ctx := context.Background()
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(OpenAPI())
	if err != nil {
		t.Fatalf("loading openapi.json: %v", err)
	}
	if doc.OpenAPI != "3.1.0" {
		t.Errorf("openapi = %q, want 3.1.0", doc.OpenAPI)
	}
	if err := doc.Validate(ctx); err != nil {
		t.Fatalf("openapi.json is not a valid document: %v", err)
	}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}

	te := newTestServer(t)
	noModel := New(Options{Token: testToken})
	noTime := newTestServer(t).srv // every request out of time at once
	noTime.timeout = 0
	bearer := "Bearer " + testToken
	esc := url.PathEscape(escoDevURI)
	cases := []struct {
		srv          *Server
		method, path string
		body, auth   string
		status       int
		badRequest   bool // the request itself breaks the document (that is the point)
	}{
		{te.srv, "POST", "/v1/classify", `{"id":"1","title":"Développeur Java","description":"Java, SQL"}`, "", 200, false},
		{te.srv, "POST", "/v1/classify?include=posting&top=3", `{"title":"مطور","description":"تطوير البرمجيات"}`, "", 200, false},
		{te.srv, "POST", "/v1/classify?include=posting", `{"title":"Stagiaire","sector":"Banque","function":"Finance"}`, "", 200, false},
		{te.srv, "POST", "/v1/classify", `{"postings":[{"title":"a"},{"title":"b"}]}`, "", 200, false},
		{te.srv, "POST", "/v1/classify", `{"title":null,"description":"Java, SQL","lang":null}`, "", 200, false}, // null is absent
		{te.srv, "POST", "/v1/classify", `{"postings":[{"title":"a","company":null}]}`, "", 200, false},
		{te.srv, "POST", "/v1/classify", `{"title":"x","nope":1}`, "", 400, true},
		{te.srv, "POST", "/v1/classify", `{"postings":[]}`, "", 400, true},
		{te.srv, "POST", "/v1/classify?top=99", `{"title":"x"}`, "", 400, true},
		{te.srv, "POST", "/v1/classify", `{"postings":null}`, "", 400, true},
		{te.srv, "POST", "/v1/classify", `{"title":"Comptable","lang":"xx"}`, "", 400, true},
		{te.srv, "POST", "/v1/classify?include=posting", `{"title":"Comptable","lang":"FR"}`, "", 200, false},
		{te.srv, "POST", "/v1/classify", `{"title":"Comptable","title":"x"}`, "", 400, false}, // a document cannot forbid a repeated key
		{noModel, "POST", "/v1/classify", `{"title":"x"}`, "", 503, false},
		{noTime, "POST", "/v1/classify", `{"title":"x"}`, "", 503, false},
		{noTime, "POST", "/v1/postings", `{"title":"x"}`, bearer, 503, false},
		{te.srv, "POST", "/v1/postings", `{"title":"Comptable"}`, bearer, 200, false},
		{te.srv, "POST", "/v1/postings", `{"postings":[{"title":"Comptable"},{"title":"Coiffeur","date":"2099-01-01"}]}`, bearer, 200, false},
		{te.srv, "POST", "/v1/postings", `{"title":"Comptable"}`, "Bearer nope", 401, false},
		{New(Options{}), "POST", "/v1/postings", `{"title":"Comptable"}`, bearer, 403, false},
		{te.srv, "GET", "/v1/occupations/search?skill=java&lang=fr&scheme=rome&top=5", "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/search?skill=java&lang=xx", "", "", 400, true},
		{te.srv, "GET", "/v1/occupations/rome/M1805", "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/isco/2512", "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/isco/2", "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/esco/" + esc, "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/esco/" + escoDevUUID, "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/esco/" + escoDevURI, "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/rome/%FF", "", "", 400, false},
		{te.srv, "GET", "/v1/occupations/rome/M18", "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/rome/m", "", "", 200, false},
		{te.srv, "GET", "/v1/occupations/rome/M1805?lang=fr", "", "", 400, false},
		{te.srv, "GET", "/v1/occupations/rome/Z9999", "", "", 404, false},
		{te.srv, "GET", "/v1/occupations/naf/1", "", "", 400, false},
		{te.srv, "GET", "/v1/skills/search?q=ja&lang=en&n=3", "", "", 200, false},
		{te.srv, "GET", "/v1/skills/search", "", "", 400, true},
		{te.srv, "GET", "/v1/trends?by=rome&interval=month&from=2025-01-01&filter=region=rabat-sale-kenitra&top=5", "", "", 200, false},
		{te.srv, "GET", "/v1/trends", "", "", 200, false},
		{te.srv, "GET", "/v1/trends?by=skill&interval=week&to=2025-03&filter=rome:m1805&filter=lang=fr&include_duplicates=true", "", "", 200, false},
		{te.srv, "GET", "/v1/trends?by=salary", "", "", 400, true},
		{te.srv, "GET", "/v1/trends?filter=region=mars", "", "", 400, false},
		{te.srv, "GET", "/v1/trends?top=3&top=4", "", "", 400, false},
		{te.srv, "GET", "/v1/trends?include_duplicates=yes", "", "", 400, true},
		{te.srv, "POST", "/v1/admin/reload", "", bearer, 200, false},
		{te.srv, "POST", "/v1/admin/reload", "", "", 401, false},
		{te.srv, "POST", "/v1/admin/reload?force=1", "", bearer, 400, false},
		{New(Options{Token: testToken}), "POST", "/v1/admin/reload", "", bearer, 501, false},
		{te.srv, "GET", "/healthz", "", "", 200, false},
		{te.srv, "GET", "/readyz", "", "", 200, false},
		{noModel, "GET", "/readyz", "", "", 503, false},
		{te.srv, "GET", "/metrics", "", "", 200, false},
		{te.srv, "GET", "/openapi.json", "", "", 200, false},
	}
	for _, c := range cases {
		t.Run(c.method+" "+c.path, func(t *testing.T) {
			req := httptest.NewRequest(c.method, c.path, strings.NewReader(c.body))
			if c.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			if c.auth != "" {
				req.Header.Set("Authorization", c.auth)
			}
			w := httptest.NewRecorder()
			c.srv.Handler().ServeHTTP(w, req)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}

			// Validate against the document, on a fresh copy of the request.
			// kin-openapi's router matches the decoded path, where an escaped
			// ESCO URI's slashes become segments, as an unescaped one's are:
			// it sees the UUID instead (the code is a plain string
			// parameter either way).
			vpath := strings.Replace(c.path, esc, escoDevUUID, 1)
			vpath = strings.Replace(vpath, escoDevURI, escoDevUUID, 1)
			vreq := httptest.NewRequest(c.method, "http://localhost"+vpath, strings.NewReader(c.body))
			vreq.Header = req.Header.Clone()
			route, params, err := router.FindRoute(vreq)
			if err != nil {
				t.Fatalf("no operation in openapi.json for %s %s: %v", c.method, c.path, err)
			}
			in := &openapi3filter.RequestValidationInput{Request: vreq, PathParams: params, Route: route,
				Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
			err = openapi3filter.ValidateRequest(context.Background(), in)
			if c.badRequest && err == nil {
				t.Errorf("the document accepts a request the server refuses")
			}
			if !c.badRequest && err != nil {
				t.Errorf("the document refuses a request the server accepts: %v", err)
			}
			out := &openapi3filter.ResponseValidationInput{
				RequestValidationInput: in,
				Status:                 w.Code,
				Header:                 w.Header(),
				Body:                   io.NopCloser(bytes.NewReader(w.Body.Bytes())),
				Options:                &openapi3filter.Options{IncludeResponseStatus: true},
			}
			if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
				t.Errorf("answer does not match openapi.json: %v\n%s", err, w.Body)
			}
		})
	}
}

// TestOpenAPICoversRoutes checks that each route of the mux is documented.
func TestOpenAPICoversRoutes(t *testing.T) {
	doc, err := openapi3.NewLoader().LoadFromData(OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct{ method, path string }{
		{"POST", "/v1/classify"}, {"POST", "/v1/postings"}, {"GET", "/v1/occupations/search"},
		{"GET", "/v1/occupations/{scheme}/{code}"}, {"GET", "/v1/skills/search"}, {"GET", "/v1/trends"},
		{"POST", "/v1/admin/reload"}, {"GET", "/healthz"}, {"GET", "/readyz"}, {"GET", "/metrics"}, {"GET", "/openapi.json"},
	} {
		item := doc.Paths.Find(p.path)
		if item == nil || item.GetOperation(p.method) == nil {
			t.Errorf("%s %s is not documented", p.method, p.path)
		}
	}
	_ = http.MethodGet
}

// TestOpenAPIPostingFields keeps the Posting schema in step with
// posting.Posting: a field the decoder accepts but the document forbids
// (additionalProperties is false) would make valid clients fail validation.
func TestOpenAPIPostingFields(t *testing.T) {
	doc, err := openapi3.NewLoader().LoadFromData(OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	schema := doc.Components.Schemas["Posting"]
	if schema == nil || schema.Value == nil {
		t.Fatal("openapi.json has no Posting schema")
	}
	typ := reflect.TypeFor[posting.Posting]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		if name == "" || name == "-" {
			continue
		}
		if _, ok := schema.Value.Properties[name]; !ok {
			t.Errorf("posting.Posting field %q is missing from the OpenAPI Posting schema", name)
		}
	}
}
