package server

import (
	"errors"
	"net/http"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzDecodePostings feeds arbitrary bodies to the request decoder: it
// must never panic, must refuse with a 4xx *apiError, and what it accepts
// must be valid UTF-8 postings with text and an id.
func FuzzDecodePostings(f *testing.F) {
	for _, s := range []string{
		`{"title":"Développeur Java","description":"<p>Java &amp; SQL</p>"}`,
		`{"postings":[{"id":"1","title":"مطور"},{"description":"x"}]}`,
		`{"title":5}`, `{"title":"x","zzz":1}`, `[]`, `null`, `{"postings":null}`, `{"postings":[]}`,
		`{"postings":[{"title":"a"},{"title":"b","zzz":1}]}`, `{"postings":[null,5]}`, `"x"`,
		"{\"title\":\"\xff\"}", `{"title":"a"}{"title":"b"}`, `{"title":"\u0000"}`, `{"title":"<b></b>"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		got, _, err := parsePostings(body)
		var ps []postingResult
		for _, p := range got {
			ps = append(ps, postingResult{p.ID, p.Title, p.Description})
		}
		if err != nil {
			var ae *apiError
			if !errors.As(err, &ae) || ae.Status < 400 || ae.Status >= 500 || ae.Code == "" {
				t.Fatalf("error %v is not a client error", err)
			}
			return
		}
		if len(ps) == 0 || len(ps) > MaxBatch {
			t.Fatalf("%d postings accepted", len(ps))
		}
		for _, p := range ps {
			if p.id == "" || (strings.TrimSpace(p.title) == "" && strings.TrimSpace(p.desc) == "") {
				t.Fatalf("accepted an empty posting %+v", p)
			}
			if !utf8.ValidString(p.title) || !utf8.ValidString(p.desc) {
				t.Fatalf("accepted invalid UTF-8")
			}
		}
	})
}

type postingResult struct{ id, title, desc string }

func TestCheckJSONType(t *testing.T) {
	for ct, ok := range map[string]bool{
		"application/json": true, "application/json; charset=utf-8": true, "Application/JSON": true,
		"": false, "text/plain": false, "application/json; charset=latin1": false, "application/jsonx": false, ";;": false,
	} {
		err := checkJSONType(ct)
		if (err == nil) != ok {
			t.Errorf("%q: err = %v", ct, err)
		}
		var ae *apiError
		if err != nil && (!errors.As(err, &ae) || ae.Status != http.StatusUnsupportedMediaType) {
			t.Errorf("%q: %v is not a 415", ct, err)
		}
	}
}

// TestParsePostingsErrors: an error names the posting of a batch it is
// about, and never a Go type.
func TestParsePostingsErrors(t *testing.T) {
	tests := []struct {
		body, code, field, msg string
	}{
		{`{"postings":[{"title":"a"},{"title":"b","salaire":1}]}`, codeUnknownField, "postings[1].salaire", `postings[1]: unknown field "salaire"`},
		{`{"postings":[{"title":"a"},{"title":7}]}`, codeInvalidField, "postings[1].title", `postings[1]: field "title" must be a string, not a number`},
		{`{"postings":[{"title":"a"},"b"]}`, codeInvalidField, "postings[1]", "postings[1]: the posting must be a JSON object, not a string"},
		{`{"postings":[{"title":"a"},null]}`, codeMissingField, "postings[1].title", "a posting needs a title or a description"},
		{`[{"title":"a"}]`, codeInvalidField, "", `the request body must be a JSON object, not an array: send one posting as an object, or a batch as {"postings": [...]}`},
		{`{"title":"a","zzz":1}`, codeUnknownField, "zzz", `unknown field "zzz"`},
		{`{"postings":5}`, codeInvalidField, "postings", `field "postings" must be an array, not a number`},
		{`{"postings":{"a":1}}`, codeInvalidField, "postings", `field "postings" must be an array, not an object`},
		{`{"title":true}`, codeInvalidField, "title", `field "title" must be a string, not true or false`},
	}
	for _, tt := range tests {
		_, _, err := parsePostings([]byte(tt.body))
		var ae *apiError
		if !errors.As(err, &ae) {
			t.Errorf("%s: error %v, want an *apiError", tt.body, err)
			continue
		}
		if ae.Code != tt.code || ae.Field != tt.field || ae.Message != tt.msg {
			t.Errorf("%s: got %s %q %q, want %s %q %q", tt.body, ae.Code, ae.Field, ae.Message, tt.code, tt.field, tt.msg)
		}
		if strings.Contains(ae.Message, "server.") || strings.Contains(ae.Message, "posting.") || strings.Contains(ae.Message, "json.") || strings.Contains(ae.Message, "[]") {
			t.Errorf("%s: message %q names a Go type", tt.body, ae.Message)
		}
	}
}
