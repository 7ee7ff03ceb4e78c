package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"marsad/store"
)

// errorBody is the common error shape.
type errorBody struct {
	Error struct {
		Code, Message, Field string
	}
}

func decode[T any](t *testing.T, b []byte) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("answer is not the expected JSON: %v\n%s", err, b)
	}
	return v
}

func TestClassifyOne(t *testing.T) {
	te := newTestServer(t)
	w := do(t, te.srv.Handler(), "POST", "/v1/classify", `{"id":"p1","title":"Développeur Java","description":"<p>Java &amp; SQL</p>"}`)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var res map[string]any
	json.Unmarshal(w.Body.Bytes(), &res)
	if res["id"] != "p1" || res["model"] != "test-1" || res["lang"] != "fr" {
		t.Errorf("id/model/lang = %v/%v/%v", res["id"], res["model"], res["lang"])
	}
	if _, ok := res["posting"]; ok {
		t.Error("posting included without ?include=posting: the answer must be what marsad classify prints")
	}
	if rome := res["rome"].([]any); len(rome) == 0 || rome[0].(map[string]any)["code"] != "M1805" {
		t.Errorf("rome = %v", res["rome"])
	}
}

func TestClassifyCleansAndIncludesPosting(t *testing.T) {
	te := newTestServer(t)
	w := do(t, te.srv.Handler(), "POST", "/v1/classify?include=posting",
		`{"title":"مطور","description":"<ul><li>خبرة في تطوير البرمجيات</li><li>Java &amp; SQL</li></ul>","sector":"<b>Informatique</b>","function":"Informatique &amp; Développement"}`)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	res := decode[classified](t, w.Body.Bytes())
	if res.Posting == nil {
		t.Fatal("no posting with include=posting")
	}
	if strings.Contains(res.Posting.Description, "<") || strings.Contains(res.Posting.Description, "&amp;") {
		t.Errorf("description not cleaned: %q", res.Posting.Description)
	}
	if res.Posting.Sector != "Informatique" || res.Posting.Function != "Informatique & Développement" {
		t.Errorf("sector %q, function %q: want them cleaned", res.Posting.Sector, res.Posting.Function)
	}
	if res.ID == "" || !strings.HasPrefix(res.ID, "h-") {
		t.Errorf("a posting without id gets a stable one, got %q", res.ID)
	}
	if len(res.Skills) < 2 {
		t.Fatalf("skills = %+v", res.Skills)
	}
	for _, s := range res.Skills {
		text := res.Posting.Description
		if s.Field == "title" {
			text = res.Posting.Title
		}
		if got := text[s.Start:s.End]; got != s.Label {
			t.Errorf("offsets [%d,%d) give %q, want %q: they must index the cleaned text returned", s.Start, s.End, got, s.Label)
		}
	}
}

func TestClassifyBatch(t *testing.T) {
	te := newTestServer(t)
	w := do(t, te.srv.Handler(), "POST", "/v1/classify?top=3", `{"postings":[{"id":"a","title":"Développeur"},{"id":"b","description":"Comptable"}]}`)
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	got := decode[struct{ Results []classified }](t, w.Body.Bytes())
	if len(got.Results) != 2 || got.Results[0].ID != "a" || got.Results[1].ID != "b" {
		t.Fatalf("results = %+v", got.Results)
	}
	if got.Results[1].Skills == nil || got.Results[1].ROME == nil {
		t.Error("lists must be [] rather than null")
	}
}

func TestClassifyBadInput(t *testing.T) {
	te := newTestServer(t)
	many := make([]string, MaxBatch+1)
	for i := range many {
		many[i] = `{"title":"x"}`
	}
	huge := `{"title":"x","description":"` + strings.Repeat("a", MaxBodyBytes) + `"}`
	cases := []struct {
		name, target, body, ctype string
		status                    int
		code, field               string
	}{
		{"no content type", "/v1/classify", `{"title":"x"}`, "-", 415, codeUnsupportedMedia, ""},
		{"form content type", "/v1/classify", `{"title":"x"}`, "application/x-www-form-urlencoded", 415, codeUnsupportedMedia, ""},
		{"latin1 charset", "/v1/classify", `{"title":"x"}`, "application/json; charset=iso-8859-1", 415, codeUnsupportedMedia, ""},
		{"charset utf-8 is fine", "/v1/classify", `{"title":"x"}`, "application/json; charset=UTF-8", 200, "", ""},
		{"empty body", "/v1/classify", ` `, "", 400, codeInvalidJSON, ""},
		{"invalid json", "/v1/classify", `{"title":`, "", 400, codeInvalidJSON, ""},
		{"syntax error", "/v1/classify", `{"title" "x"}`, "", 400, codeInvalidJSON, ""},
		{"two values", "/v1/classify", `{"title":"x"} {"title":"y"}`, "", 400, codeInvalidJSON, ""},
		{"array", "/v1/classify", `[{"title":"x"}]`, "", 400, codeInvalidField, ""},
		{"invalid utf-8", "/v1/classify", "{\"title\":\"d\xe9veloppeur\"}", "", 400, codeInvalidUTF8, ""},
		{"unknown field", "/v1/classify", `{"title":"x","salary":"10k"}`, "", 400, codeUnknownField, "salary"},
		{"unknown field in batch", "/v1/classify", `{"postings":[{"title":"x","bogus":1}]}`, "", 400, codeUnknownField, "postings[0].bogus"},
		{"wrong type", "/v1/classify", `{"title":5}`, "", 400, codeInvalidField, "title"},
		{"missing title and description", "/v1/classify", `{"id":"x","company":"ACME"}`, "", 400, codeMissingField, "title"},
		{"null title", "/v1/classify", `{"title":null,"description":"Java, SQL"}`, "", 200, "", ""}, // null is absent
		{"null title and description", "/v1/classify", `{"title":null,"description":null}`, "", 400, codeMissingField, "title"},
		{"null title in batch", "/v1/classify", `{"postings":[{"title":"x"},{"title":null,"lang":null}]}`, "", 400, codeMissingField, "postings[1].title"},
		{"blank after cleaning", "/v1/classify", `{"title":"<p> </p>"}`, "", 400, codeMissingField, "title"},
		{"missing in batch", "/v1/classify", `{"postings":[{"title":"x"},{"id":"y"}]}`, "", 400, codeMissingField, "postings[1].title"},
		{"empty batch", "/v1/classify", `{"postings":[]}`, "", 400, codeMissingField, "postings"},
		{"null batch", "/v1/classify", `{"postings":null}`, "", 400, codeInvalidField, "postings"},
		{"unknown lang", "/v1/classify", `{"title":"Comptable","lang":"xx"}`, "", 400, codeInvalidField, "lang"},
		{"lang in any case", "/v1/classify", `{"title":"Comptable","lang":"AR"}`, "", 200, "", ""},
		{"key in two cases", "/v1/classify", `{"title":"Comptable","TITLE":"x"}`, "", 400, codeInvalidField, "title"},
		{"key twice", "/v1/classify", `{"title":"Comptable","title":"x"}`, "", 400, codeInvalidField, "title"},
		{"both forms", "/v1/classify", `{"title":"x","postings":[{"title":"y"}]}`, "", 400, codeInvalidField, "postings"},
		{"batch too large", "/v1/classify", `{"postings":[` + strings.Join(many, ",") + `]}`, "", 413, codeBatchTooLarge, "postings"},
		{"body too large", "/v1/classify", huge, "", 413, codeBodyTooLarge, ""},
		{"bad top", "/v1/classify?top=0", `{"title":"x"}`, "", 400, codeInvalidParam, "top"},
		{"top not a number", "/v1/classify?top=abc", `{"title":"x"}`, "", 400, codeInvalidParam, "top"},
		{"bad include", "/v1/classify?include=everything", `{"title":"x"}`, "", 400, codeInvalidParam, "include"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ct := "application/json"
			switch c.ctype {
			case "-":
				ct = ""
			case "":
			default:
				ct = c.ctype
			}
			w := do(t, te.srv.Handler(), "POST", c.target, c.body, "Content-Type", ct)
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			if c.status == 200 {
				return
			}
			e := decode[errorBody](t, w.Body.Bytes())
			if e.Error.Code != c.code || e.Error.Field != c.field || e.Error.Message == "" {
				t.Errorf("error = %+v, want code %q field %q", e.Error, c.code, c.field)
			}
		})
	}
}

// TestContentEncoding: a compressed body is refused as such, not read
// as invalid UTF-8; identity is no compression.
func TestContentEncoding(t *testing.T) {
	te := newTestServer(t)
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"title":"Comptable"}`))
	zw.Close()
	tests := []struct {
		target, encoding, body string
		status                 int
	}{
		{"/v1/classify", "gzip", gz.String(), 415},
		{"/v1/classify", "br", `{"title":"Comptable"}`, 415},
		{"/v1/classify", "identity, gzip", gz.String(), 415},
		{"/v1/postings", "deflate", `{"title":"Comptable"}`, 415},
		{"/v1/classify", "identity", `{"title":"Comptable"}`, 200},
		{"/v1/classify", "", `{"title":"Comptable"}`, 200},
	}
	for _, tt := range tests {
		w := do(t, te.srv.Handler(), "POST", tt.target, tt.body, "Content-Encoding", tt.encoding, "Authorization", "Bearer "+testToken)
		if w.Code != tt.status {
			t.Errorf("%s with Content-Encoding %q: %d, want %d: %s", tt.target, tt.encoding, w.Code, tt.status, w.Body)
			continue
		}
		if tt.status == 200 {
			continue
		}
		e := decode[errorBody](t, w.Body.Bytes())
		if e.Error.Code != codeUnsupportedMedia || !strings.Contains(e.Error.Message, "Content-Encoding") {
			t.Errorf("%s with Content-Encoding %q: error %+v", tt.target, tt.encoding, e.Error)
		}
		if got := w.Header().Get("Accept-Encoding"); got != "identity" {
			t.Errorf("Accept-Encoding = %q, want identity (RFC 9110: a 415 for a content coding says which it takes)", got)
		}
	}
}

func TestNotReady(t *testing.T) {
	s := New(Options{})
	if w := do(t, s.Handler(), "GET", "/healthz", ""); w.Code != 200 {
		t.Errorf("healthz = %d", w.Code)
	}
	if w := do(t, s.Handler(), "GET", "/readyz", ""); w.Code != 503 {
		t.Errorf("readyz without model = %d, want 503", w.Code)
	}
	for _, target := range []string{"/v1/occupations/search?skill=java", "/v1/skills/search?q=ja", "/v1/occupations/rome/M1805"} {
		if w := do(t, s.Handler(), "GET", target, ""); w.Code != 503 {
			t.Errorf("%s without model = %d, want 503", target, w.Code)
		}
	}
	w := do(t, s.Handler(), "POST", "/v1/classify", `{"title":"x"}`)
	if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 503 || e.Error.Code != codeNotReady {
		t.Errorf("classify without model = %d %+v", w.Code, e)
	}
	if got := w.Header().Get("Retry-After"); got == "" {
		t.Error("503 not_ready without Retry-After: clients and proxies cannot tell when to try again")
	}
	if w := do(t, s.Handler(), "GET", "/v1/trends", ""); w.Code != 503 {
		t.Errorf("trends without store = %d", w.Code)
	}
	if w := do(t, s.Handler(), "POST", "/v1/admin/reload", "", "Authorization", "Bearer x"); w.Code != 403 {
		t.Errorf("reload without token configured = %d, want 403", w.Code)
	}
}

func TestIngestAuth(t *testing.T) {
	te := newTestServer(t)
	body := `{"postings":[{"id":"a","title":"Développeur Java"},{"id":"b","title":"Comptable"}]}`
	cases := []struct {
		auth   string
		status int
		code   string
	}{
		{"", 401, codeUnauthorized},
		{"Bearer wrong", 401, codeUnauthorized},
		{"Bearer " + testToken + "x", 401, codeUnauthorized},
		{"Basic " + testToken, 401, codeUnauthorized},
		{"Bearer " + testToken, 200, ""},
		{"bearer " + testToken, 200, ""},
	}
	for _, c := range cases {
		w := do(t, te.srv.Handler(), "POST", "/v1/postings", body, "Authorization", c.auth)
		if w.Code != c.status {
			t.Errorf("auth %q: status %d, want %d: %s", c.auth, w.Code, c.status, w.Body)
			continue
		}
		if c.status == 401 {
			if w.Header().Get("WWW-Authenticate") == "" {
				t.Errorf("401 without WWW-Authenticate")
			}
			if e := decode[errorBody](t, w.Body.Bytes()); e.Error.Code != c.code {
				t.Errorf("error = %+v", e)
			}
			continue
		}
		rep := decode[IngestReport](t, w.Body.Bytes())
		if rep.Received != 2 || len(rep.IDs) != 2 || rep.IDs[0] != "a" || rep.Model != "test-1" || len(rep.Results) != 2 {
			t.Errorf("report = %+v", rep)
		}
	}
	if n := len(te.store.got); n != 4 {
		t.Errorf("store got %d postings, want 4 (two accepted requests)", n)
	}
	// Bad bodies are still refused after auth, with the usual errors.
	w := do(t, te.srv.Handler(), "POST", "/v1/postings", `{"postings":[{"id":"x"}]}`, "Authorization", "Bearer "+testToken)
	if w.Code != 400 {
		t.Errorf("bad ingest body = %d", w.Code)
	}

	open := New(Options{Store: te.store})
	open.SetModel(testModel("v", te.clf, nil))
	w = do(t, open.Handler(), "POST", "/v1/postings", body, "Authorization", "Bearer anything")
	if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 403 || e.Error.Code != codeWritesDisabled || !strings.Contains(e.Error.Message, "MARSAD_API_TOKEN") {
		t.Errorf("no token configured: %d %+v", w.Code, e)
	}
	noStore := New(Options{Token: testToken})
	noStore.SetModel(testModel("v", te.clf, nil))
	if w := do(t, noStore.Handler(), "POST", "/v1/postings", body, "Authorization", "Bearer "+testToken); w.Code != 503 {
		t.Errorf("ingest without store = %d", w.Code)
	}
}

func TestOccupation(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	cases := []struct {
		target string
		status int
		check  func(t *testing.T, c Concept)
	}{
		{"/v1/occupations/rome/M1805", 200, func(t *testing.T, c Concept) {
			if c.Labels["fr"] != "Études et développement informatique" || c.Parent == nil || c.Parent.Code != "M18" {
				t.Errorf("fiche = %+v", c)
			}
			if len(c.Children) != 1 || c.Children[0].Kind != "appellation" {
				t.Errorf("children = %+v", c.Children)
			}
			if len(c.Skills) != 2 || c.Skills[0].Relation != "competence" || c.Skills[1].Relation != "savoir" {
				t.Errorf("skills = %+v", c.Skills)
			}
			if len(c.Crosswalk) != 2 || c.Crosswalk[0].Code != escoDevURI || c.Crosswalk[1].Code != "2512" {
				t.Errorf("crosswalk = %+v", c.Crosswalk)
			}
		}},
		{"/v1/occupations/rome/m1805", 200, nil},
		{"/v1/occupations/rome/M18", 200, func(t *testing.T, c Concept) {
			if c.Kind != "domain" || c.Level != 2 || c.Labels["fr"] == "" || c.Parent == nil || c.Parent.Code != "M" || c.Parent.Kind != "domain" {
				t.Errorf("domaine = %+v", c)
			}
			if len(c.Children) != 1 || c.Children[0].Code != "M1805" || c.Children[0].Kind != "fiche" {
				t.Errorf("children = %+v", c.Children)
			}
		}},
		{"/v1/occupations/rome/m", 200, func(t *testing.T, c Concept) {
			if c.Code != "M" || c.Level != 1 || c.Parent != nil || len(c.Children) != 1 || c.Children[0].Code != "M18" || c.Children[0].Kind != "domain" {
				t.Errorf("grand domaine = %+v", c)
			}
		}},
		{"/v1/occupations/rome/2512", 404, nil}, // an ISCO code, not a ROME one
		{"/v1/occupations/rome/M99", 404, nil},
		{"/v1/occupations/isco/2512", 200, func(t *testing.T, c Concept) {
			if c.Level != 4 || c.Parent == nil || c.Parent.Code != "251" || len(c.Children) != 1 || c.Children[0].Scheme != "esco" {
				t.Errorf("isco = %+v", c)
			}
			if len(c.Crosswalk) != 1 || c.Crosswalk[0].Code != "M1805" {
				t.Errorf("crosswalk = %+v", c.Crosswalk)
			}
		}},
		{"/v1/occupations/isco/2", 200, func(t *testing.T, c Concept) {
			if c.Parent != nil || len(c.Children) != 1 {
				t.Errorf("isco 2 = %+v", c)
			}
		}},
		{"/v1/occupations/esco/" + url.PathEscape(escoDevURI), 200, func(t *testing.T, c Concept) {
			if c.Code != escoDevURI || c.Labels["ar"] == "" || c.Parent == nil || c.Parent.Code != "2512" {
				t.Errorf("esco = %+v", c)
			}
			if len(c.Skills) != 1 || c.Skills[0].Relation != "essential" || c.Skills[0].Labels["en"] != "Java" {
				t.Errorf("skills = %+v", c.Skills)
			}
			if len(c.Crosswalk) != 1 || c.Crosswalk[0].Code != "M1805" || c.Crosswalk[0].Match != "exact" {
				t.Errorf("crosswalk = %+v", c.Crosswalk)
			}
		}},
		{"/v1/occupations/esco/" + url.QueryEscape(escoDevURI), 200, nil},
		{"/v1/occupations/esco/" + escoDevUUID, 200, nil},
		{"/v1/occupations/esco/2512.4", 200, nil},
		// Unescaped, the URI's "//" must not meet ServeMux's path cleaning.
		{"/v1/occupations/esco/" + escoDevURI, 200, func(t *testing.T, c Concept) {
			if c.Code != escoDevURI {
				t.Errorf("code = %q", c.Code)
			}
		}},
		{"/v1/occupations/ESCO/" + escoDevURI, 200, nil},
		{"/v1/occupations/esco/http:/data.europa.eu/esco/occupation/" + escoDevUUID, 200, nil},
		{"/v1/occupations/esco/" + escoDevURI + "/../x", 404, nil},
		{"/v1/occupations/esco/http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000", 404, nil},
		{"/v1/occupations/rome/Z9999", 404, nil},
		{"/v1/occupations/isco/9999", 404, nil},
		{"/v1/occupations/esco/00000000-0000-0000-0000-000000000000", 404, nil},
		{"/v1/occupations/isco/25x", 400, nil},
		{"/v1/occupations/isco/25123", 400, nil},
		{"/v1/occupations/naf/6201Z", 400, nil},
	}
	for _, c := range cases {
		t.Run(c.target, func(t *testing.T) {
			w := do(t, h, "GET", c.target, "")
			if w.Code != c.status {
				t.Fatalf("status %d, want %d: %s", w.Code, c.status, w.Body)
			}
			if c.status != 200 {
				if e := decode[errorBody](t, w.Body.Bytes()); e.Error.Code == "" {
					t.Errorf("no error code: %s", w.Body)
				}
				return
			}
			if c.check != nil {
				c.check(t, decode[Concept](t, w.Body.Bytes()))
			}
		})
	}
}

// TestOccupationPathErrors: path segments are refused as query
// parameters are, with the code and the segment named.
func TestOccupationPathErrors(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	tests := []struct {
		target      string
		status      int
		code, field string
	}{
		{"/v1/occupations/rome/%FF", 400, codeInvalidUTF8, "code"},
		{"/v1/occupations/esco/http:%2F%2Fdata.europa.eu%2F%FF", 400, codeInvalidUTF8, "code"},
		{"/v1/occupations/esco/http://data.europa.eu/%FF", 400, codeInvalidUTF8, "code"},
		{"/v1/occupations/%FF/M1805", 400, codeInvalidUTF8, "scheme"},
		{"/v1/occupations/naf/6201Z", 400, codeUnknownScheme, "scheme"},
		{"/v1/occupations/rome/%C3%A9", 404, codeNotFound, "code"},
		// No redirect to a trailing slash: the error says what is wrong.
		{"/v1/occupations/isco", 400, codeMissingParam, "code"},
		{"/v1/occupations/isco/", 400, codeMissingParam, "code"},
		{"/v1/occupations/by-skill", 400, codeUnknownScheme, "scheme"},
	}
	for _, tt := range tests {
		w := do(t, h, "GET", tt.target, "")
		e := decode[errorBody](t, w.Body.Bytes())
		if w.Code != tt.status || e.Error.Code != tt.code || e.Error.Field != tt.field {
			t.Errorf("%s: %d %+v, want %d %s on %s", tt.target, w.Code, e.Error, tt.status, tt.code, tt.field)
		}
	}
}

func TestOccupationSearch(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	w := do(t, h, "GET", "/v1/occupations/search?skill=java&lang=fr", "")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	var res struct {
		Query            string
		Skills           []any
		ROME, ISCO, ESCO []struct{ Code string }
	}
	res = decode[struct {
		Query            string
		Skills           []any
		ROME, ISCO, ESCO []struct{ Code string }
	}](t, w.Body.Bytes())
	if res.Query != "java" || len(res.ROME) != 1 || res.ROME[0].Code != "M1805" || len(res.ESCO) != 1 {
		t.Errorf("search = %+v", res)
	}
	w = do(t, h, "GET", "/v1/occupations/search?skill=java&scheme=isco", "")
	if !strings.Contains(w.Body.String(), `"rome":[]`) || !strings.Contains(w.Body.String(), `"2512"`) {
		t.Errorf("scheme=isco keeps ISCO only: %s", w.Body)
	}
	for target, field := range map[string]string{
		"/v1/occupations/search":                                   "skill",
		"/v1/occupations/search?skill=%20":                         "skill",
		"/v1/occupations/search?skill=,%20,":                       "skill",
		"/v1/occupations/search?skill=java&lang=de":                "lang",
		"/v1/occupations/search?skill=java&scheme=naf":             "scheme",
		"/v1/occupations/search?skill=java&top=1000":               "top",
		"/v1/occupations/search?skill=" + strings.Repeat("a", 600): "skill",
		"/v1/occupations/search?skill=%ff":                         "skill",
	} {
		w := do(t, h, "GET", target, "")
		if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 400 || e.Error.Field != field {
			t.Errorf("%s: %d %+v, want 400 on %s", target, w.Code, e.Error, field)
		}
	}
	// Too long says by how much: the client must know what to cut.
	w = do(t, h, "GET", "/v1/occupations/search?skill="+strings.Repeat("a", 600), "")
	if e := decode[errorBody](t, w.Body.Bytes()); e.Error.Message != "skill is 600 bytes long; at most 500" {
		t.Errorf("too long: %q", e.Error.Message)
	}
}

func TestSkillComplete(t *testing.T) {
	te := newTestServer(t)
	w := do(t, te.srv.Handler(), "GET", "/v1/skills/search?q=jav&lang=en&n=5", "")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	got := decode[struct {
		Query       string
		Suggestions []struct{ Code, Label, Lang string }
	}](t, w.Body.Bytes())
	if got.Query != "jav" || len(got.Suggestions) != 2 || got.Suggestions[0].Label != "Java" {
		t.Errorf("suggestions = %+v", got)
	}
	w = do(t, te.srv.Handler(), "GET", "/v1/skills/search?q=zzz", "")
	if !strings.Contains(w.Body.String(), `"suggestions":[]`) {
		t.Errorf("no suggestion must be [], got %s", w.Body)
	}
	for _, target := range []string{"/v1/skills/search", "/v1/skills/search?q=ja&n=0", "/v1/skills/search?q=ja&lang=xx"} {
		if w := do(t, te.srv.Handler(), "GET", target, ""); w.Code != 400 {
			t.Errorf("%s = %d, want 400", target, w.Code)
		}
	}
}

func TestTrends(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	w := do(t, h, "GET", "/v1/trends?by=rome&interval=month&from=2025-01-01&to=2025-03&filter=region:casablanca-settat&filter=lang=fr&top=5", "")
	if w.Code != 200 {
		t.Fatalf("status %d: %s", w.Code, w.Body)
	}
	q := te.trends.last
	if q.By != "rome" || q.Interval != "month" || q.Top != 5 || len(q.Filters) != 2 || q.Filters[0].Dim != "region" || q.Filters[0].Value != "casablanca-settat" ||
		!q.From.Equal(time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)) || !q.To.Equal(time.Date(2025, 3, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("query passed to the store = %+v", q)
	}
	var rep struct {
		Series []struct{ Key, Label string }
		Rising []struct{ Key string }
	}
	json.Unmarshal(w.Body.Bytes(), &rep)
	if len(rep.Series) != 1 || rep.Series[0].Label != "Études et développement informatique" || len(rep.Rising) != 1 {
		t.Errorf("report = %+v (series labels come from the model)", rep)
	}
	if do(t, h, "GET", "/v1/trends?by=isco", ""); te.trends.last.By != "isco4" {
		t.Errorf("by=isco means isco4, got %q", te.trends.last.By)
	}
	for target, field := range map[string]string{
		"/v1/trends?by=salary":                     "by",
		"/v1/trends?interval=fortnight":            "interval",
		"/v1/trends?from=yesterday":                "from",
		"/v1/trends?from=2025-03-01&to=2025-01-01": "to",
		"/v1/trends?filter=casablanca":             "filter",
		"/v1/trends?filter=planet=mars":            "filter",
		"/v1/trends?top=-1":                        "top",
	} {
		w := do(t, h, "GET", target, "")
		if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 400 || e.Error.Field != field {
			t.Errorf("%s: %d %+v, want 400 on %s", target, w.Code, e.Error, field)
		}
	}
}

// TestTrendsLabels: every series of occupations or skills is labelled
// from the model's taxonomy, in French first; keys it lacks, and the
// dimensions whose keys are readable, stay without a label.
func TestTrendsLabels(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	for _, c := range []struct {
		by   string
		keys []string
		want []string // the labels, in series order
	}{
		{"rome", []string{"M1805", "Z9999", "unknown"}, []string{"Études et développement informatique", "", ""}},
		{"rome-parent", []string{"M1805"}, []string{"Études et développement informatique"}},
		{"rome-domain", []string{"M18"}, []string{"Systèmes d'information et de télécommunication"}},
		{"isco1", []string{"2"}, []string{"Professions intellectuelles et scientifiques"}},
		{"isco2", []string{"25"}, []string{"ICT professionals"}}, // no French title
		{"isco", []string{"2512"}, []string{"Développeurs de logiciels"}},
		{"esco", []string{escoDevURI}, []string{"développeur logiciel"}},
		{"skill", []string{skillJava, "100001", "http://data.europa.eu/esco/skill/nope"}, []string{"Java", "Concevoir une application web", ""}},
		{"region", []string{"casablanca-settat"}, []string{""}},
		{"source", []string{"M1805"}, []string{""}}, // a source is no fiche, whatever its name
		{"lang", []string{"fr"}, []string{""}},
	} {
		te.trends.keys = c.keys
		w := do(t, h, "GET", "/v1/trends?by="+c.by, "")
		var rep struct{ Series []struct{ Key, Label string } }
		if err := json.Unmarshal(w.Body.Bytes(), &rep); err != nil || w.Code != 200 {
			t.Fatalf("by=%s: %d %s", c.by, w.Code, w.Body)
		}
		var got []string
		for _, s := range rep.Series {
			got = append(got, s.Label)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("by=%s: labels %q, want %q", c.by, got, c.want)
		}
	}
	// Without a taxonomy the codes stand alone.
	if got := SeriesLabel(nil, "rome", "M1805"); got != "" {
		t.Errorf("SeriesLabel without a taxonomy = %q", got)
	}
}

// TestTrendsFilters: filter values are normalised as the store records
// them, in either syntax, and a value no posting can have is a 400 that
// names the filter, as is a report the store finds too large.
func TestTrendsFilters(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	for _, c := range []struct {
		filter, dim, value string
	}{
		{"region=Casablanca-Settat", "region", "casablanca-settat"},
		{"region:grand%20casablanca", "region", "casablanca-settat"},
		{"rome=m1805", "rome", "M1805"},
		{"ROME:m1805", "rome", "M1805"},
		{"lang=FR", "lang", "fr"},
		{"esco:" + escoDevUUID, "esco", escoDevURI},
	} {
		w := do(t, h, "GET", "/v1/trends?filter="+c.filter, "")
		if f := te.trends.last.Filters; w.Code != 200 || len(f) != 1 || f[0].Dim != c.dim || f[0].Value != c.value {
			t.Errorf("filter=%s: %d, store asked %+v; want %s=%s", c.filter, w.Code, f, c.dim, c.value)
		}
	}
	for _, c := range []struct{ filter, want string }{
		{"region=mars", `region=mars: not one of Morocco's 12 regions`},
		{"region=casablanca", "its region is region=casablanca-settat"},
		{"rome=ZZZZ", "rome=ZZZZ: not a ROME fiche code"},
		{"isco2=2512", "isco2=2512: not an ISCO-08 code of 2 digit(s)"},
		{"lang=french", "lang=french"},
	} {
		w := do(t, h, "GET", "/v1/trends?filter="+c.filter, "")
		if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 400 || e.Error.Field != "filter" || !strings.Contains(e.Error.Message, c.want) {
			t.Errorf("filter=%s: %d %+v; want 400 on filter saying %q", c.filter, w.Code, e.Error, c.want)
		}
	}

	if w := do(t, h, "GET", "/v1/trends?include_duplicates=true", ""); w.Code != 200 || !te.trends.last.IncludeDuplicates {
		t.Errorf("include_duplicates=true: %d, store asked %+v", w.Code, te.trends.last)
	}
	if w := do(t, h, "GET", "/v1/trends?include_duplicates=yes", ""); w.Code != 400 {
		t.Errorf("include_duplicates=yes: %d, want 400", w.Code)
	}

	// The store's own refusals are the client's mistake.
	te.trends.err = fmt.Errorf("store: trends: %w", &store.QueryError{Param: "interval", Msg: "73049 periods by day: at most 4000"})
	w := do(t, h, "GET", "/v1/trends?interval=day&from=1900&to=2100", "")
	if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 400 || e.Error.Code != codeInvalidParam || e.Error.Field != "interval" || !strings.Contains(e.Error.Message, "at most 4000") {
		t.Errorf("store query error: %d %+v", w.Code, e.Error)
	}
}

// TestTrendsRealStore asks a real, empty store what the audit asked: a
// two-century range by day is refused with how to narrow it, and empty
// lists are [] rather than null.
func TestTrendsRealStore(t *testing.T) {
	db, err := store.Open(filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv := New(Options{Trends: db})
	w := do(t, srv.Handler(), "GET", "/v1/trends?from=1900-01-01&to=2100-12-31&interval=day", "")
	e := decode[errorBody](t, w.Body.Bytes())
	if w.Code != 400 || e.Error.Field != "interval" || !strings.Contains(e.Error.Message, "coarser interval") || w.Body.Len() > 1000 {
		t.Errorf("two centuries by day: %d %+v", w.Code, e.Error)
	}
	w = do(t, srv.Handler(), "GET", "/v1/trends?from=2015-01-01&to=2024-12-31&interval=day", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"rising":[]`) || !strings.Contains(w.Body.String(), `"falling":[]`) {
		t.Errorf("ten years by day: %d %.300s", w.Code, w.Body)
	}
	w = do(t, srv.Handler(), "GET", "/v1/trends?filter=source=rekrute", "")
	if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 400 || e.Error.Field != "filter" || !strings.Contains(e.Error.Message, "source=rekrute") {
		t.Errorf("unknown source: %d %+v", w.Code, e.Error)
	}
}

func TestHealthMetricsAndIDs(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	if w := do(t, h, "GET", "/readyz", ""); w.Code != 200 || !strings.Contains(w.Body.String(), "test-1") {
		t.Errorf("readyz = %d %s", w.Code, w.Body)
	}
	w := do(t, h, "POST", "/v1/classify", `{"title":"x"}`, "X-Request-Id", "abc-123")
	if got := w.Header().Get("X-Request-Id"); got != "abc-123" {
		t.Errorf("X-Request-Id out = %q, want the client's", got)
	}
	w = do(t, h, "GET", "/healthz", "", "X-Request-Id", "bad id\n with spaces")
	if got := w.Header().Get("X-Request-Id"); got == "" || strings.Contains(got, " ") {
		t.Errorf("an unusable request id must be replaced, got %q", got)
	}
	do(t, h, "GET", "/no/such/thing", "")
	m := do(t, h, "GET", "/metrics", "").Body.String()
	for _, want := range []string{
		`marsad_http_requests_total{code="200",method="POST",route="POST /v1/classify"} 1`,
		`marsad_http_requests_total{code="404",method="GET",route="unmatched"} 1`,
		`marsad_http_request_duration_seconds_bucket{route="GET /healthz",le="0.01"}`,
		`marsad_postings_classified_total 1`,
		`marsad_model_info{version="test-1"} 1`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if !strings.Contains(te.logs.String(), "request_id=abc-123") {
		t.Errorf("logs do not carry the request id:\n%s", te.logs)
	}
}

// TestMetricsCount: postings classified for the store count with those
// classified for the answer, and a 405 on a path that exists is counted
// under that path's route, not with unknown paths.
func TestMetricsCount(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	bearer := "Bearer " + testToken
	do(t, h, "POST", "/v1/classify", `{"title":"Comptable"}`)
	do(t, h, "POST", "/v1/postings", `{"postings":[{"title":"Comptable"},{"title":"Coiffeur"}]}`, "Authorization", bearer)
	do(t, h, "POST", "/v1/postings", `{"postings":[]}`, "Authorization", bearer) // refused: nothing classified
	do(t, h, "GET", "/v1/classify", "")
	do(t, h, "OPTIONS", "/v1/classify", "")
	do(t, h, "POST", "/v1/trends", "")
	do(t, h, "DELETE", "/v1/occupations/rome/M1805", "")
	do(t, h, "PUT", "/nowhere", "")
	do(t, h, "XYZ123", "/v1/classify", "") // a client's own methods: one series,
	do(t, h, "get", "/nowhere", "")        // not one each
	m := do(t, h, "GET", "/metrics", "").Body.String()
	for _, want := range []string{
		"marsad_postings_classified_total 3\n",
		`marsad_http_requests_total{code="405",method="GET",route="POST /v1/classify"} 1`,
		`marsad_http_requests_total{code="405",method="OPTIONS",route="POST /v1/classify"} 1`,
		`marsad_http_requests_total{code="405",method="POST",route="GET /v1/trends"} 1`,
		`marsad_http_requests_total{code="405",method="DELETE",route="GET /v1/occupations/{scheme}/{code...}"} 1`,
		`marsad_http_requests_total{code="404",method="PUT",route="unmatched"} 1`,
		`marsad_http_requests_total{code="405",method="other",route="POST /v1/classify"} 1`,
		`marsad_http_requests_total{code="404",method="other",route="unmatched"} 1`,
		`marsad_http_request_duration_seconds_count{route="POST /v1/classify"} 4`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if strings.Contains(m, `code="405",method="GET",route="unmatched"`) {
		t.Errorf("a 405 is counted as unmatched")
	}
	if strings.Contains(m, "XYZ123") || strings.Contains(m, `method="get"`) {
		t.Errorf("a method of the client's own is a label value of its own")
	}
}

func TestPanicIsRecovered(t *testing.T) {
	te := newTestServer(t)
	w := do(t, te.srv.Handler(), "POST", "/v1/classify", `{"title":"panic"}`, "X-Request-Id", "boom-1")
	if w.Code != 500 {
		t.Fatalf("status %d", w.Code)
	}
	e := decode[errorBody](t, w.Body.Bytes())
	if e.Error.Code != codeInternal || !strings.Contains(e.Error.Message, "boom-1") {
		t.Errorf("error = %+v", e)
	}
	logs := te.logs.String()
	if !strings.Contains(logs, "panic") || !strings.Contains(logs, "request_id=boom-1") {
		t.Errorf("panic not logged with the request id:\n%s", logs)
	}
	// The server keeps serving.
	if w := do(t, te.srv.Handler(), "POST", "/v1/classify", `{"title":"x"}`); w.Code != 200 {
		t.Errorf("after a panic: %d", w.Code)
	}
	if n := len(te.srv.work); n != 0 {
		t.Errorf("a panic left %d work slots taken", n)
	}
}

func TestNotFound(t *testing.T) {
	te := newTestServer(t)
	w := do(t, te.srv.Handler(), "GET", "/v2/classify", "")
	if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 404 || e.Error.Code != codeNotFound {
		t.Errorf("unknown path: %d %s", w.Code, w.Body)
	}
}

// TestReloadWaitsForRequests swaps the model while a request holds the
// old one: the old one must be closed only once that request is done,
// and new requests must see the new one at once.
func TestReloadWaitsForRequests(t *testing.T) {
	var closedOld, closedNew atomic.Int64
	slow := &fakeClassifier{block: make(chan struct{})}
	s := New(Options{Token: testToken, Loader: func(ctx context.Context) (*Model, error) {
		return testModel("v2", &fakeClassifier{}, &closedNew), nil
	}})
	s.SetModel(testModel("v1", slow, &closedOld))
	h := s.Handler()

	var wg sync.WaitGroup
	wg.Add(1)
	var inflight string
	go func() {
		defer wg.Done()
		inflight = do(t, h, "POST", "/v1/classify", `{"title":"x"}`).Body.String()
	}()
	for slow.calls.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	w := do(t, h, "POST", "/v1/admin/reload", "", "Authorization", "Bearer "+testToken)
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"model":"v2"`) || !strings.Contains(w.Body.String(), `"previous":"v1"`) {
		t.Fatalf("reload: %d %s", w.Code, w.Body)
	}
	if n := closedOld.Load(); n != 0 {
		t.Fatal("old model closed while a request still used it")
	}
	if w := do(t, h, "POST", "/v1/classify", `{"title":"x"}`); !strings.Contains(w.Body.String(), `"model":"v2"`) {
		t.Errorf("new request not on the new model: %s", w.Body)
	}
	close(slow.block)
	wg.Wait()
	if !strings.Contains(inflight, `"model":"v1"`) {
		t.Errorf("in-flight request should finish on v1: %s", inflight)
	}
	if n := closedOld.Load(); n != 1 {
		t.Errorf("old model closed %d times after its last request, want 1", n)
	}
	m := do(t, h, "GET", "/metrics", "").Body.String()
	if strings.Contains(m, `version="v1"`) || !strings.Contains(m, `marsad_model_info{version="v2"} 1`) {
		t.Errorf("model gauge not moved to v2")
	}
	s.Close()
	if closedNew.Load() != 1 {
		t.Errorf("Close did not release the current model")
	}
	if w := do(t, h, "POST", "/v1/admin/reload", ""); w.Code != 401 {
		t.Errorf("reload without token = %d", w.Code)
	}
}

func TestReloadFailureKeepsModel(t *testing.T) {
	s := New(Options{Token: testToken, Loader: func(ctx context.Context) (*Model, error) {
		return nil, fmt.Errorf("manifest checksum mismatch")
	}})
	s.SetModel(testModel("v1", &fakeClassifier{}, nil))
	w := do(t, s.Handler(), "POST", "/v1/admin/reload", "", "Authorization", "Bearer "+testToken)
	if w.Code != 500 || !strings.Contains(w.Body.String(), "checksum") {
		t.Errorf("failed reload: %d %s", w.Code, w.Body)
	}
	if w := do(t, s.Handler(), "POST", "/v1/classify", `{"title":"x"}`); !strings.Contains(w.Body.String(), `"model":"v1"`) {
		t.Errorf("old model must keep serving: %s", w.Body)
	}
	noLoader := New(Options{Token: testToken})
	if w := do(t, noLoader.Handler(), "POST", "/v1/admin/reload", "", "Authorization", "Bearer "+testToken); w.Code != 501 {
		t.Errorf("reload without loader = %d", w.Code)
	}
}

// TestConcurrentReload hammers classify while models are swapped: run
// with -race, it checks that the swap is safe and every model is closed
// exactly once.
func TestConcurrentReload(t *testing.T) {
	var opened, closed atomic.Int64
	s := New(Options{Token: testToken, Loader: func(ctx context.Context) (*Model, error) {
		opened.Add(1)
		return testModel(fmt.Sprint("v", opened.Load()), &fakeClassifier{}, &closed), nil
	}})
	s.Reload(context.Background())
	h := s.Handler()
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				if w := do(t, h, "POST", "/v1/classify", `{"title":"x"}`); w.Code != 200 {
					t.Errorf("status %d", w.Code)
					return
				}
			}
		}()
	}
	for i := 0; i < 20; i++ {
		s.Reload(context.Background())
	}
	wg.Wait()
	s.Close()
	if opened.Load() != closed.Load() {
		t.Errorf("opened %d models, closed %d", opened.Load(), closed.Load())
	}
}

func TestHTTPServerTimeouts(t *testing.T) {
	s := New(Options{})
	hs := s.HTTPServer("127.0.0.1:0")
	if hs.ReadHeaderTimeout == 0 || hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 {
		t.Errorf("timeouts must all be set: %+v", hs)
	}
	if s.timeout <= 0 || s.timeout > hs.WriteTimeout-time.Second {
		t.Errorf("request timeout %v, write timeout %v: the work must stop in time to write its answer", s.timeout, hs.WriteTimeout)
	}
}

// TestRequestTimeout: work that outlasts the request's time is stopped
// and answered 503 timeout with Retry-After, for a batch being
// classified and for a request waiting for a slot. Before, it ran on,
// and its answer, written after the write timeout, was lost.
func TestRequestTimeout(t *testing.T) {
	te := newTestServer(t)
	te.srv.timeout = 40 * time.Millisecond
	te.clf.delay = 30 * time.Millisecond
	h := te.srv.Handler()
	check := func(name string, w *httptest.ResponseRecorder) {
		t.Helper()
		e := decode[errorBody](t, w.Body.Bytes())
		if w.Code != 503 || e.Error.Code != codeTimeout || !strings.Contains(e.Error.Message, "40ms") || w.Header().Get("Retry-After") == "" {
			t.Errorf("%s: %d %+v, Retry-After %q; want 503 timeout naming 40ms, with Retry-After", name, w.Code, e.Error, w.Header().Get("Retry-After"))
		}
	}
	batch := `{"postings":[{"title":"a"},{"title":"b"},{"title":"c"},{"title":"d"}]}`
	check("classify", do(t, h, "POST", "/v1/classify", batch))
	if n := te.clf.calls.Load(); n > 2 {
		t.Errorf("%d postings classified after the time was up; want the work stopped", n)
	}

	// Every slot taken: a request waits for one, then gives up in time.
	te.clf.delay = 0
	te.srv.work = make(chan struct{}, 1)
	te.srv.work <- struct{}{}
	calls := te.clf.calls.Load()
	check("waiting for a slot", do(t, h, "POST", "/v1/classify", `{"title":"a"}`))
	check("ingest waiting for a slot", do(t, h, "POST", "/v1/postings", `{"title":"a"}`, "Authorization", "Bearer "+testToken))
	if te.clf.calls.Load() != calls {
		t.Error("a request classified without a slot")
	}
	<-te.srv.work
	if w := do(t, h, "POST", "/v1/classify", `{"title":"a"}`); w.Code != 200 {
		t.Errorf("with a slot free: %d %s", w.Code, w.Body)
	}
}

// TestWorkSlots: no more requests classify at once than there are
// slots; the others wait their turn and are answered, none refused.
func TestWorkSlots(t *testing.T) {
	te := newTestServer(t)
	te.srv.work = make(chan struct{}, 2)
	te.clf.delay = 5 * time.Millisecond
	h := te.srv.Handler()
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if w := do(t, h, "POST", "/v1/classify", `{"postings":[{"title":"a"},{"title":"b"}]}`); w.Code != 200 {
				t.Errorf("status %d: %s", w.Code, w.Body)
			}
		}()
	}
	wg.Wait()
	if n := te.clf.maxInflight.Load(); n > 2 {
		t.Errorf("%d requests classified at once with 2 slots", n)
	}
	if n := len(te.srv.work); n != 0 {
		t.Errorf("%d slots still held after every request returned", n)
	}
}

// TestReloadOutlivesItsRequest: a reload goes on when its request's time
// runs out or its client leaves (the loader opens the model with the
// context it is given): the operator wants the new model either way.
func TestReloadOutlivesItsRequest(t *testing.T) {
	s := New(Options{Token: testToken, Loader: func(ctx context.Context) (*Model, error) {
		time.Sleep(20 * time.Millisecond)
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return testModel("v2", &fakeClassifier{}, nil), nil
	}})
	s.timeout = 10 * time.Millisecond
	s.SetModel(testModel("v1", &fakeClassifier{}, nil))
	w := do(t, s.Handler(), "POST", "/v1/admin/reload", "", "Authorization", "Bearer "+testToken)
	if w.Code != 200 || s.model.version() != "v2" {
		t.Errorf("reload past the request's time: %d %s, serving %q", w.Code, w.Body, s.model.version())
	}
}

// TestWriteErrorLogged: an answer the client did not get is logged as
// such, not only as the status that was sent.
func TestWriteErrorLogged(t *testing.T) {
	te := newTestServer(t)
	te.srv.Handler().ServeHTTP(failingWriter{httptest.NewRecorder()}, httptest.NewRequest("GET", "/healthz", nil))
	if !strings.Contains(te.logs.String(), "write_error") {
		t.Errorf("failed write not logged:\n%s", te.logs)
	}
}

// failingWriter fails every write, as a connection past its write
// timeout does.
type failingWriter struct{ *httptest.ResponseRecorder }

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("i/o timeout") }

func TestDashboard(t *testing.T) {
	te := newTestServer(t)
	h := te.srv.Handler()
	w := do(t, h, "GET", "/", "")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `<html lang="fr"`) || !strings.Contains(w.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("index: %d %s", w.Code, w.Header())
	}
	if csp := w.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
		t.Errorf("CSP = %q", csp)
	}
	for _, p := range []string{"/static/app.js", "/static/style.css", "/static/vendor/uPlot.iife.min.js", "/static/vendor/uPlot.LICENSE"} {
		if w := do(t, h, "GET", p, ""); w.Code != 200 || w.Body.Len() == 0 {
			t.Errorf("%s: %d", p, w.Code)
		}
	}
	for _, p := range []string{"/static/nope.js", "/static/vendor/nope.css"} {
		w := do(t, h, "GET", p, "")
		if e := decode[errorBody](t, w.Body.Bytes()); w.Code != 404 || e.Error.Code != codeNotFound ||
			!strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
			t.Errorf("missing asset %s = %d %q %q; want 404 not_found in the error shape", p, w.Code, w.Header().Get("Content-Type"), w.Body.String())
		}
	}
	if w := do(t, h, "GET", "/openapi.json", ""); w.Code != 200 || !json.Valid(w.Body.Bytes()) {
		t.Errorf("openapi.json: %d", w.Code)
	}
}

// TestConceptLinksResolve follows every parent, child and crosswalk link
// the dashboard shows (all but appellations) from a fiche up to the top
// and down again: each must answer 200, or the dashboard shows a dead
// link.
func TestConceptLinksResolve(t *testing.T) {
	h := newTestServer(t).srv.Handler()
	seen := map[string]bool{}
	var visit func(scheme, code string)
	visit = func(scheme, code string) {
		target := "/v1/occupations/" + scheme + "/" + url.PathEscape(code)
		if seen[target] {
			return
		}
		seen[target] = true
		w := do(t, h, "GET", target, "")
		if w.Code != 200 {
			t.Errorf("%s: %d, but another concept links to it", target, w.Code)
			return
		}
		c := decode[Concept](t, w.Body.Bytes())
		if c.Parent != nil {
			visit(c.Parent.Scheme, c.Parent.Code)
		}
		for _, k := range c.Children {
			if k.Kind != "appellation" {
				visit(k.Scheme, k.Code)
			}
		}
		for _, l := range c.Crosswalk {
			visit(l.Scheme, l.Code)
		}
	}
	visit("rome", "M1805")
	visit("esco", escoDevURI)
	for _, want := range []string{"/v1/occupations/rome/M18", "/v1/occupations/rome/M", "/v1/occupations/isco/2"} {
		if !seen[want] {
			t.Errorf("%s was never reached", want)
		}
	}
}
