package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"marsad/corpus/posting"
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
		{`{"postings":[{"title":"a"},null]}`, codeInvalidField, "postings[1]", "postings[1]: the posting must be a JSON object, not null"},
		{`null`, codeInvalidField, "", `the request body must be a JSON object, not null: send one posting as an object, or a batch as {"postings": [...]}`},
		{" null\n", codeInvalidField, "", `the request body must be a JSON object, not null: send one posting as an object, or a batch as {"postings": [...]}`},
		{`{"postings":null}`, codeInvalidField, "postings", `field "postings" must be an array, not null: send one posting as an object, or a batch as {"postings": [...]}`},
		{`{"postings": null, "title":"a"}`, codeInvalidField, "postings", `field "postings" must be an array, not null: send one posting as an object, or a batch as {"postings": [...]}`},
		{`{"postings":[]}`, codeMissingField, "postings", "the postings list is empty: a batch holds 1 to 100 postings"},
		{`{"title":"Comptable","TITLE":"x"}`, codeInvalidField, "title", `field "title" is given twice, as "title" and "TITLE" (keys are matched regardless of case)`},
		{`{"title":"Comptable","title":"x"}`, codeInvalidField, "title", `field "title" is given twice`},
		{`{"Description":"a","description":"b"}`, codeInvalidField, "description", `field "description" is given twice, as "Description" and "description" (keys are matched regardless of case)`},
		{`{"postings":[{"title":"a"}],"POSTINGS":[{"title":"b"}]}`, codeInvalidField, "postings", `field "postings" is given twice, as "postings" and "POSTINGS" (keys are matched regardless of case)`},
		{`{"postings":[{"title":"a"},{"title":"b","Title":"c"}]}`, codeInvalidField, "postings[1].title", `postings[1]: field "title" is given twice, as "title" and "Title" (keys are matched regardless of case)`},
		{`{"title":"Comptable","lang":"xx"}`, codeInvalidField, "lang", `field "lang" must be fr, ar, en or und (undetermined, as if absent), not "xx"`},
		{`{"title":"Comptable","lang":"fr-FR"}`, codeInvalidField, "lang", `field "lang" must be fr, ar, en or und (undetermined, as if absent), not "fr-fr"`},
		{`{"postings":[{"title":"a"},{"title":"b","lang":"de"}]}`, codeInvalidField, "postings[1].lang", `postings[1]: field "lang" must be fr, ar, en or und (undetermined, as if absent), not "de"`},
		{`[{"title":"a"}]`, codeInvalidField, "", `the request body must be a JSON object, not an array: send one posting as an object, or a batch as {"postings": [...]}`},
		{`{"title":"a","zzz":1}`, codeUnknownField, "zzz", `unknown field "zzz"`},
		{`{"postings":5}`, codeInvalidField, "postings", `field "postings" must be an array, not a number`},
		{`{"postings":{"a":1}}`, codeInvalidField, "postings", `field "postings" must be an array, not an object`},
		{`{"title":true}`, codeInvalidField, "title", `field "title" must be a string, not true or false`},
		// encoding/json names one byte of a character outside ASCII: the
		// message must name the character sent, not 'â' or 'Ø'.
		{`{"title": “Comptable”}`, codeInvalidJSON, "", `invalid JSON at byte 11: invalid character '“' looking for beginning of value`},
		{`{"title":"a" ، "description":"b"}`, codeInvalidJSON, "", `invalid JSON at byte 14: invalid character '،' after object key:value pair`},
		// After the value: a second value, or something that is none.
		{`{"title":"a"} {"title":"b"}`, codeInvalidJSON, "", "the request body holds more than one JSON value"},
		{`{"title":"a"} ]`, codeInvalidJSON, "", `invalid JSON at byte 15: ']' after the end of the JSON value`},
		{`{"title":"a"},{"title":"b"}`, codeInvalidJSON, "", `invalid JSON at byte 14: ',' after the end of the JSON value`},
		{"{\"title\":\"a\"}\n\ufeff", codeInvalidJSON, "", `invalid JSON at byte 15: '\ufeff' after the end of the JSON value`},
		// A byte order mark is skipped, not a way around the checks.
		{"\ufeff{\"title\":\"a\",\"TITLE\":\"b\"}", codeInvalidField, "title", `field "title" is given twice, as "title" and "TITLE" (keys are matched regardless of case)`},
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

// TestParsePostingsAccepts: what the stricter checks must still let
// through, as the client meant it.
func TestParsePostingsAccepts(t *testing.T) {
	tests := []struct {
		body, title, lang string
	}{
		{`{"title":"Comptable"}`, "Comptable", ""},
		{`{"Title":"Comptable"}`, "Comptable", ""}, // one key, in another case
		{`{"title":"Comptable","lang":"FR"}`, "Comptable", "fr"},
		{`{"title":"Comptable","lang":"ar"}`, "Comptable", "ar"},
		{`{"title":"Comptable","lang":"und"}`, "Comptable", "und"},
		{`{"title":"Comptable","lang":""}`, "Comptable", ""},
		{`{"title":"Comptable","lang":null}`, "Comptable", ""},
		{`{"postings":[{"title":"a","lang":"En"},{"title":"b"}]}`, "a", "en"},
		{`{"title":"a","description":"{\"title\":1,\"title\":2}"}`, "a", ""}, // keys inside a string are text
		{"\ufeff{\"title\":\"Comptable\"}", "Comptable", ""},                 // a byte order mark (RFC 8259 §8.1)
	}
	for _, tt := range tests {
		ps, _, err := parsePostings([]byte(tt.body))
		if err != nil {
			t.Errorf("%s: %v", tt.body, err)
			continue
		}
		if ps[0].Title != tt.title || ps[0].Lang != tt.lang {
			t.Errorf("%s: title %q lang %q, want %q %q", tt.body, ps[0].Title, ps[0].Lang, tt.title, tt.lang)
		}
	}
}

// TestJSONFields: the keys checked for duplicates are those
// encoding/json decodes, whatever posting.Posting comes to hold.
func TestJSONFields(t *testing.T) {
	if len(postingFields) < 12 || !slices.Equal(requestFields, append(slices.Clone(postingFields), "postings")) {
		t.Fatalf("postingFields %v, requestFields %v", postingFields, requestFields)
	}
	for _, f := range postingFields {
		var p posting.Posting
		if err := json.Unmarshal([]byte(`{"`+f+`":"x"}`), &p); err != nil || p == (posting.Posting{}) {
			t.Errorf("key %q decodes no field of posting.Posting (%v)", f, err)
		}
	}
}
