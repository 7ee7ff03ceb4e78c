package server

import (
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMethodNotAllowed: a path that exists under other methods answers
// 405 with Allow, in the common error shape; an unknown path stays 404.
func TestMethodNotAllowed(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	for _, c := range []struct {
		method, target string
		status         int
		allow          string
	}{
		{"GET", "/v1/classify", 405, "POST"},
		{"PUT", "/v1/classify", 405, "POST"},
		{"OPTIONS", "/v1/classify", 405, "POST"},
		{"GET", "/v1/postings", 405, "POST"},
		{"GET", "/v1/admin/reload", 405, "POST"},
		{"POST", "/v1/trends", 405, "GET, HEAD"},
		{"PUT", "/v1/trends", 405, "GET, HEAD"},
		{"DELETE", "/v1/occupations/rome/M1805", 405, "GET, HEAD"},
		{"POST", "/v1/occupations/search", 405, "GET, HEAD"},
		{"PATCH", "/v1/skills/search", 405, "GET, HEAD"},
		{"POST", "/healthz", 405, "GET, HEAD"},
		{"PUT", "/", 405, "GET, HEAD"},
		{"POST", "/static/app.js", 405, "GET, HEAD"},
		{"GET", "/v2/classify", 404, ""},
		{"PUT", "/v2/classify", 404, ""},
		{"OPTIONS", "/nowhere", 404, ""},
	} {
		w := do(t, h, c.method, c.target, "")
		e := decode[errorBody](t, w.Body.Bytes())
		want := codeNotFound
		if c.status == http.StatusMethodNotAllowed {
			want = codeMethodNotAllowed
		}
		if w.Code != c.status || e.Error.Code != want || w.Header().Get("Allow") != c.allow {
			t.Errorf("%s %s: %d %s, Allow %q; want %d %s, Allow %q", c.method, c.target, w.Code, e.Error.Code, w.Header().Get("Allow"), c.status, want, c.allow)
		}
	}
}

// TestQueryParams: a parameter an endpoint does not take, or a
// single-valued one given twice, is a 400 naming it instead of being
// ignored.
func TestQueryParams(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	for _, c := range []struct {
		method, target string
		code, field    string // "" code: accepted
	}{
		{"GET", "/v1/trends?include_duplicate=true", codeUnknownParam, "include_duplicate"},
		{"GET", "/v1/trends?top=3&top=4", codeInvalidParam, "top"},
		{"GET", "/v1/trends?by=rome&by=skill", codeInvalidParam, "by"},
		{"GET", "/v1/trends?filter=lang=fr&filter=rome=M1805", "", ""},
		{"GET", "/v1/trends?%zz=1", codeInvalidParam, ""},
		{"GET", "/v1/occupations/search?skill=Python&skill=SQL", codeInvalidParam, "skill"},
		{"GET", "/v1/occupations/search?skill=java&limit=3", codeUnknownParam, "limit"},
		{"GET", "/v1/occupations/rome/M1805?lang=fr", codeUnknownParam, "lang"},
		{"GET", "/v1/skills/search?q=ja&top=3", codeUnknownParam, "top"},
		{"POST", "/v1/classify?include=posting&include=posting", codeInvalidParam, "include"},
		{"POST", "/v1/classify?explain=1", codeUnknownParam, "explain"},
		{"GET", "/healthz?probe=1", "", ""}, // outside /v1/: not checked
		{"GET", "/?lang=ar", "", ""},        // the dashboard's own switch
	} {
		body := ""
		if c.method == "POST" {
			body = `{"title":"Développeur Java"}`
		}
		w := do(t, h, c.method, c.target, body)
		if c.code == "" {
			if w.Code != 200 {
				t.Errorf("%s: %d %s, want 200", c.target, w.Code, w.Body)
			}
			continue
		}
		e := decode[errorBody](t, w.Body.Bytes())
		if w.Code != 400 || e.Error.Code != c.code || e.Error.Field != c.field {
			t.Errorf("%s: %d %+v, want 400 %s on %q", c.target, w.Code, e.Error, c.code, c.field)
		}
		if c.code == codeUnknownParam && !strings.Contains(e.Error.Message, c.field) {
			t.Errorf("%s: message %q does not name %s", c.target, e.Error.Message, c.field)
		}
	}
	// Writes check the token before the parameters.
	if w := do(t, h, "POST", "/v1/postings?x=1", `{"title":"a"}`); w.Code != 401 {
		t.Errorf("ingest without token, unknown parameter: %d, want 401", w.Code)
	}
	if w := do(t, h, "POST", "/v1/postings?x=1", `{"title":"a"}`, "Authorization", "Bearer "+testToken); w.Code != 400 {
		t.Errorf("ingest with an unknown parameter: %d, want 400", w.Code)
	}
}

// TestQueryParamsUTF8: a query parameter that is not valid UTF-8 is
// refused as invalid_utf8 on every endpoint, naming the parameter and
// never echoing the U+FFFD its decoding would make of the bytes.
func TestQueryParamsUTF8(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	for _, c := range []struct {
		method, target string
		code, field    string
	}{
		{"GET", "/v1/trends?by=%FF", codeInvalidUTF8, "by"},
		{"GET", "/v1/trends?interval=%FF", codeInvalidUTF8, "interval"},
		{"GET", "/v1/trends?filter=region%3D%FF", codeInvalidUTF8, "filter"},
		{"GET", "/v1/trends?filter=lang=fr&filter=source=%FF", codeInvalidUTF8, "filter"},
		{"GET", "/v1/trends?from=%FF", codeInvalidUTF8, "from"},
		{"GET", "/v1/trends?top=%FF", codeInvalidUTF8, "top"},
		{"GET", "/v1/trends?include_duplicates=%C3%28", codeInvalidUTF8, "include_duplicates"},
		{"GET", "/v1/trends?%FF=1", codeInvalidUTF8, ""},
		{"GET", "/v1/trends?nope=%FF", codeUnknownParam, "nope"}, // the name is the first mistake
		{"GET", "/v1/occupations/search?skill=java&scheme=%FF", codeInvalidUTF8, "scheme"},
		{"GET", "/v1/occupations/search?skill=java&lang=%FF", codeInvalidUTF8, "lang"},
		{"GET", "/v1/occupations/search?skill=%FF", codeInvalidUTF8, "skill"},
		{"GET", "/v1/skills/search?q=ja&n=%FF", codeInvalidUTF8, "n"},
		{"GET", "/v1/skills/search?q=%FF", codeInvalidUTF8, "q"},
		{"POST", "/v1/classify?include=%FF", codeInvalidUTF8, "include"},
		{"POST", "/v1/classify?top=%ED%A0%80", codeInvalidUTF8, "top"}, // a surrogate
	} {
		body := ""
		if c.method == "POST" {
			body = `{"title":"Développeur Java"}`
		}
		w := do(t, h, c.method, c.target, body)
		e := decode[errorBody](t, w.Body.Bytes())
		if w.Code != 400 || e.Error.Code != c.code || e.Error.Field != c.field {
			t.Errorf("%s %s: %d %+v, want 400 %s on %q", c.method, c.target, w.Code, e.Error, c.code, c.field)
		}
		if strings.ContainsRune(e.Error.Message, utf8.RuneError) {
			t.Errorf("%s %s: message %q echoes U+FFFD", c.method, c.target, e.Error.Message)
		}
	}
}
