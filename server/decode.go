package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"unicode/utf8"

	"marsad/corpus/posting"
)

// Request bodies are read strictly: the media type must be JSON, the
// body at most MaxBodyBytes of valid UTF-8 holding one value with no
// field the endpoint does not know. Every failure is an *apiError with a
// 4xx status naming what was wrong, never a 500.

// readJSON checks the media type and reads at most MaxBodyBytes of body.
func readJSON(r *http.Request) ([]byte, error) {
	if err := checkJSONType(r.Header.Get("Content-Type")); err != nil {
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, MaxBodyBytes+1))
	if err != nil {
		return nil, badRequest(codeInvalidJSON, "", "reading the request body: "+err.Error())
	}
	if len(body) > MaxBodyBytes {
		return nil, &apiError{Status: http.StatusRequestEntityTooLarge, Code: codeBodyTooLarge,
			Message: fmt.Sprintf("request body is larger than %d bytes", MaxBodyBytes)}
	}
	return body, nil
}

// checkJSONType accepts application/json with or without parameters
// (charset must be UTF-8 if given) and an absent Content-Type is refused:
// a form post from a browser page must not reach the API by accident.
func checkJSONType(ct string) error {
	unsupported := &apiError{Status: http.StatusUnsupportedMediaType, Code: codeUnsupportedMedia,
		Message: "Content-Type must be application/json"}
	if ct == "" {
		return unsupported
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil || mt != "application/json" {
		return unsupported
	}
	if cs, ok := params["charset"]; ok && !strings.EqualFold(cs, "utf-8") {
		unsupported.Message = "the body must be UTF-8 (charset=" + cs + " given)"
		return unsupported
	}
	return nil
}

// decodeBytes decodes one JSON value of body into v, strictly.
func decodeBytes(body []byte, v any) error {
	if len(bytes.TrimSpace(body)) == 0 {
		return badRequest(codeInvalidJSON, "", "the request body is empty")
	}
	// encoding/json silently replaces invalid UTF-8 with U+FFFD; skill
	// offsets would then point into text the client never sent.
	if !utf8.Valid(body) {
		return badRequest(codeInvalidUTF8, "", "the request body is not valid UTF-8")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return badRequest(codeInvalidJSON, "", "the request body holds more than one JSON value")
	}
	return nil
}

// jsonError turns a decoding error into an *apiError that names the field.
func jsonError(err error) *apiError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return badRequest(codeInvalidJSON, "", fmt.Sprintf("invalid JSON at byte %d: %v", syn.Offset, syn))
	case errors.As(err, &typ):
		// Types are told in JSON's words: the client never wrote
		// "[]json.RawMessage" or "server.postingsRequest".
		if typ.Field == "" { // the body itself
			return badRequest(codeInvalidField, "", "the request body must be a JSON object, not "+jsonValue(typ.Value))
		}
		// The embedded posting shows as "Posting." in the path; the
		// client never wrote that name.
		field := strings.ReplaceAll(typ.Field, "Posting.", "")
		return badRequest(codeInvalidField, field, fmt.Sprintf("field %q must be %s, not %s", field, jsonKind(typ.Type), jsonValue(typ.Value)))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return badRequest(codeInvalidJSON, "", "the JSON body ends too early")
	}
	msg := err.Error()
	if f, ok := strings.CutPrefix(msg, "json: unknown field "); ok {
		f = strings.Trim(f, `"`)
		return badRequest(codeUnknownField, f, fmt.Sprintf("unknown field %q", f))
	}
	return badRequest(codeInvalidJSON, "", "invalid JSON: "+strings.TrimPrefix(msg, "json: "))
}

// jsonKind names the JSON value a Go type decodes from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another JSON value"
}

// jsonValue names the JSON value encoding/json reports as found.
func jsonValue(v string) string {
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "true or false"
	case "":
		return "this value"
	}
	if strings.HasPrefix(v, "number") { // "number", "number 1e400"
		return "a number"
	}
	return "a " + v
}

// postingsRequest is the body of POST /v1/classify and POST /v1/postings:
// either one posting, its fields at the top level, or {"postings": [...]}.
type postingsRequest struct {
	posting.Posting
	Postings []posting.Posting `json:"postings"`
}

// rawPostingsRequest is postingsRequest with the batch left undecoded,
// so that each posting is decoded on its own and an error names it.
type rawPostingsRequest struct {
	posting.Posting
	Postings []json.RawMessage `json:"postings"`
}

// decodePostings decodes and checks a postings request. batch tells
// whether the client sent the {"postings": [...]} form. Text fields are
// cleaned with posting.Clean, so that classification, the skill offsets
// and the store all see the same text.
func decodePostings(r *http.Request) (ps []posting.Posting, batch bool, err error) {
	body, err := readJSON(r)
	if err != nil {
		return nil, false, err
	}
	return parsePostings(body)
}

// parsePostings is decodePostings without the HTTP part; the fuzz test
// drives it. An error inside a batch names the posting: "postings[2]:
// unknown field \"salaire\"".
func parsePostings(body []byte) ([]posting.Posting, bool, error) {
	var raw rawPostingsRequest
	if err := decodeBytes(body, &raw); err != nil {
		if ae, ok := err.(*apiError); ok && ae.Code == codeInvalidField && ae.Field == "" {
			ae.Message += `: send one posting as an object, or a batch as {"postings": [...]}`
		}
		return nil, false, err
	}
	req := postingsRequest{Posting: raw.Posting}
	if raw.Postings != nil {
		if len(raw.Postings) > MaxBatch { // before decoding what is refused anyway
			return nil, true, batchTooLarge(len(raw.Postings))
		}
		req.Postings = make([]posting.Posting, len(raw.Postings))
		for i, item := range raw.Postings {
			if err := decodeBytes(item, &req.Postings[i]); err != nil {
				return nil, true, inBatch(err, i)
			}
		}
	}
	return req.check()
}

// inBatch names posting i of a batch in a decoding error about it.
func inBatch(err error, i int) error {
	ae, ok := err.(*apiError)
	if !ok {
		return err
	}
	at := fmt.Sprintf("postings[%d]", i)
	if ae.Field == "" {
		ae.Field = at
	} else {
		ae.Field = at + "." + ae.Field
	}
	ae.Message = at + ": " + strings.Replace(ae.Message, "the request body", "the posting", 1)
	return ae
}

func batchTooLarge(n int) *apiError {
	return &apiError{Status: http.StatusRequestEntityTooLarge, Code: codeBatchTooLarge, Field: "postings",
		Message: fmt.Sprintf("%d postings in one request; at most %d", n, MaxBatch)}
}

func (req *postingsRequest) check() ([]posting.Posting, bool, error) {
	batch := req.Postings != nil
	if batch && req.Posting != (posting.Posting{}) {
		return nil, false, badRequest(codeInvalidField, "postings", `send either one posting or {"postings": [...]}, not both`)
	}
	ps := req.Postings
	if !batch {
		ps = []posting.Posting{req.Posting}
	}
	if batch && len(ps) == 0 {
		return nil, true, badRequest(codeMissingField, "postings", "the postings list is empty")
	}
	if len(ps) > MaxBatch {
		return nil, true, batchTooLarge(len(ps))
	}
	for i := range ps {
		p := &ps[i]
		p.Title = posting.Clean(p.Title)
		p.Description = posting.Clean(p.Description)
		p.Company = posting.Clean(p.Company)
		p.Location = posting.Clean(p.Location)
		p.Sector = posting.Clean(p.Sector)
		p.Function = posting.Clean(p.Function)
		if p.Title == "" && p.Description == "" {
			field := "title"
			if batch {
				field = fmt.Sprintf("postings[%d].title", i)
			}
			return nil, batch, badRequest(codeMissingField, field, "a posting needs a title or a description")
		}
		if p.ID == "" {
			p.ID = posting.StableID(*p)
		}
	}
	return ps, batch, nil
}
