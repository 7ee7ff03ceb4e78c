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
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"marsad/corpus"
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
	if err := checkEncoding(r.Header); err != nil {
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

// checkEncoding refuses a compressed body with the 415 RFC 9110 asks
// for. Read as it is, gzip would be reported as invalid UTF-8 and send
// the client looking for the wrong mistake; decompressing would buy
// little for bodies of at most 1 MiB.
func checkEncoding(h http.Header) error {
	for _, v := range h.Values("Content-Encoding") {
		for c := range strings.SplitSeq(v, ",") {
			if c = strings.TrimSpace(c); c != "" && !strings.EqualFold(c, "identity") {
				return &apiError{Status: http.StatusUnsupportedMediaType, Code: codeUnsupportedMedia,
					Message: fmt.Sprintf("Content-Encoding %q is not supported: send the body uncompressed", c),
					header:  http.Header{"Accept-Encoding": {"identity"}}}
			}
		}
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
	// encoding/json decodes null into a struct as nothing at all, which
	// would then be refused as a posting without a title.
	if string(bytes.TrimSpace(body)) == "null" {
		return badRequest(codeInvalidField, "", "the request body must be a JSON object, not null")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err, body)
	}
	end := int(dec.InputOffset())
	switch _, err := dec.Token(); {
	case err == io.EOF:
		return nil
	case err == nil:
		return badRequest(codeInvalidJSON, "", "the request body holds more than one JSON value")
	}
	// Not a second value ("]", "x", a comma before a second object):
	// say what it is and where.
	i := len(body) - len(bytes.TrimLeft(body[end:], " \t\r\n"))
	r, _ := utf8.DecodeRune(body[i:])
	return badRequest(codeInvalidJSON, "", fmt.Sprintf("invalid JSON at byte %d: %s after the end of the JSON value", i+1, strconv.QuoteRune(r)))
}

// jsonError turns a decoding error of body into an *apiError that names
// the field.
func jsonError(err error, body []byte) *apiError {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return badRequest(codeInvalidJSON, "", fmt.Sprintf("invalid JSON at byte %d: %s", syn.Offset, syntaxMessage(syn, body)))
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

// syntaxMessage is syn's message with the character it names read from
// body: encoding/json names one byte, so a character outside ASCII (a
// typographic quote “, an Arabic comma ،) shows as a letter the client
// never sent ('â', 'Ø').
func syntaxMessage(syn *json.SyntaxError, body []byte) string {
	msg := syn.Error()
	i := int(syn.Offset) - 1
	if i < 0 || i >= len(body) || body[i] < utf8.RuneSelf {
		return msg
	}
	r, _ := utf8.DecodeRune(body[i:])
	return strings.Replace(msg, strconv.QuoteRune(rune(body[i])), strconv.QuoteRune(r), 1)
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
// A posting's field given as null stays empty, as if absent, which is
// what a client serialising a missing value as null means; only a null
// "postings" is refused (parsePostings).
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
	// RFC 8259 lets a parser ignore a byte order mark, and Windows tools
	// (PowerShell's Out-File, Notepad) write one before the JSON.
	body = bytes.TrimPrefix(body, []byte("\uFEFF"))
	var raw rawPostingsRequest
	if err := decodeBytes(body, &raw); err != nil {
		if ae, ok := err.(*apiError); ok && ae.Code == codeInvalidField && ae.Field == "" {
			ae.Message += `: send one posting as an object, or a batch as {"postings": [...]}`
		}
		return nil, false, err
	}
	vals, err := fieldValues(body, requestFields)
	if err != nil {
		return nil, false, err
	}
	// encoding/json reads null as absent, which would turn
	// {"postings": null} into one posting without a title.
	if v, ok := vals["postings"]; ok && string(bytes.TrimSpace(v)) == "null" {
		return nil, true, badRequest(codeInvalidField, "postings",
			`field "postings" must be an array, not null: send one posting as an object, or a batch as {"postings": [...]}`)
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
			if _, err := fieldValues(item, postingFields); err != nil {
				return nil, true, inBatch(err, i)
			}
		}
	}
	return req.check()
}

// The JSON keys of a posting and of a request body.
var (
	postingFields = jsonFields(reflect.TypeFor[posting.Posting]())
	requestFields = jsonFields(reflect.TypeFor[postingsRequest]())
)

// jsonFields lists the keys encoding/json decodes into struct type t,
// those of embedded structs included.
func jsonFields(t reflect.Type) []string {
	var names []string
	for _, f := range reflect.VisibleFields(t) {
		if f.Anonymous || !f.IsExported() {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		names = append(names, name)
	}
	return names
}

// fieldValues maps each of fields that the JSON object obj gives to its
// raw value, and refuses a field given twice: encoding/json matches keys
// regardless of case and keeps the last, so {"title":"a","TITLE":"b"}
// would classify "b" without a word to the client. obj has been decoded
// already: it is valid JSON, and keys no field takes are refused there.
func fieldValues(obj []byte, fields []string) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil, nil
	}
	vals := make(map[string]json.RawMessage)
	keys := make(map[string]string) // field → the key that gave it
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, nil
		}
		key, _ := t.(string)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, nil
		}
		f := fieldFor(key, fields)
		if f == "" {
			continue
		}
		if prev, ok := keys[f]; ok {
			msg := fmt.Sprintf("field %q is given twice", f)
			if prev != key {
				msg = fmt.Sprintf("field %q is given twice, as %q and %q (keys are matched regardless of case)", f, prev, key)
			}
			return nil, badRequest(codeInvalidField, f, msg)
		}
		keys[f], vals[f] = key, v
	}
	return vals, nil
}

// fieldFor is the field of fields that encoding/json decodes key into:
// the one of that name, else one equal to it regardless of case.
func fieldFor(key string, fields []string) string {
	if slices.Contains(fields, key) {
		return key
	}
	for _, f := range fields {
		if strings.EqualFold(f, key) {
			return f
		}
	}
	return ""
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
		return nil, true, badRequest(codeMissingField, "postings", fmt.Sprintf("the postings list is empty: a batch holds 1 to %d postings", MaxBatch))
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
		// A batch error names its posting, as decoding errors do.
		at := func(err *apiError) error {
			if batch {
				return inBatch(err, i)
			}
			return err
		}
		if p.Title == "" && p.Description == "" {
			return nil, batch, at(badRequest(codeMissingField, "title", "a posting needs a title or a description"))
		}
		if err := checkLang(p); err != nil {
			return nil, batch, at(err)
		}
		if p.ID == "" {
			p.ID = posting.StableID(*p)
		}
	}
	return ps, batch, nil
}

// checkLang refuses a declared language the classifier cannot use: it
// would be ignored without a word. The code is stored in lower case, as
// the corpus readers store it.
func checkLang(p *posting.Posting) *apiError {
	p.Lang = strings.ToLower(strings.TrimSpace(p.Lang))
	switch corpus.Lang(p.Lang) {
	case "", corpus.Undetermined, corpus.French, corpus.Arabic, corpus.English:
		return nil
	}
	msg := `field "lang" must be fr, ar, en or und (undetermined, as if absent)`
	if len(p.Lang) <= 20 {
		msg += fmt.Sprintf(", not %q", p.Lang)
	}
	return badRequest(codeInvalidField, "lang", msg)
}
