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
		"{\"title\":\"\xff\"}", `{"title":"a"}{"title":"b"}`, `{"title":"\u0000"}`, `{"title":"<b></b>"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var req postingsRequest
		err := decodeBytes(body, &req)
		var ps []postingResult
		if err == nil {
			got, _, e := req.check()
			err = e
			for _, p := range got {
				ps = append(ps, postingResult{p.ID, p.Title, p.Description})
			}
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
