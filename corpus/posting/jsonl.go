package posting

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// errArray is returned (fatally) for a JSON file holding one array instead
// of one object per line.
var errArray = errors.New("input is a JSON array, not JSON Lines (convert it with: jq -c '.[]')")

// nextJSON reads one JSON object per non-blank line.
func (r *Reader) nextJSON() (Record, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return Record{}, err
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		if r.line == 1 && line[0] == '[' {
			return Record{}, fmt.Errorf("posting: %s: %w", r.name, errArray)
		}
		start := r.line
		var repaired bool
		if !isValidUTF8(line) {
			line = repairUTF8Bytes(line)
			repaired = true
		}
		members, err := decodeObject(line)
		if err != nil {
			return Record{}, r.recordErr(start, err)
		}
		if repaired {
			r.stats.RepairedUTF8++
		}
		rec, err := r.mapJSON(members, start)
		if err != nil {
			return Record{}, r.recordErr(start, err)
		}
		rec.Line = start
		return rec, nil
	}
}

// member is one key of a JSON object and its value.
type member struct {
	name string
	raw  json.RawMessage
}

// decodeObject decodes a line holding one JSON object into its members,
// in the order of the line: where two keys give one field, the first is
// read, and "title" given twice is seen rather than lost in a map.
func decodeObject(line []byte) ([]member, error) {
	dec := json.NewDecoder(bytes.NewReader(line))
	if tok, err := dec.Token(); err == nil && tok == json.Delim('{') {
		var ms []member
		for dec.More() {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				break
			}
			ms = append(ms, member{name: tok.(string), raw: raw})
		}
		if tok, err := dec.Token(); err == nil && tok == json.Delim('}') {
			if _, err := dec.Token(); err == io.EOF {
				return ms, nil
			}
		}
	}
	// Not one object: let Unmarshal say what is wrong, as it says it best.
	var obj map[string]json.RawMessage
	err := json.Unmarshal(line, &obj)
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &te):
		// A line of valid JSON that is no object says what it is, not
		// which Go type it missed.
		return nil, fmt.Errorf("the line is a JSON %s, not an object", te.Value)
	case err != nil:
		return nil, fmt.Errorf("bad JSON: %w", err)
	case obj == nil:
		return nil, errors.New("the line is JSON null, not an object")
	}
	return nil, errors.New("bad JSON: not one object") // the decoder and Unmarshal disagree: should not happen
}

// mapJSON maps the members of an object, found at line, onto a Posting.
// For each field the most preferred name with a usable value wins, and
// of two keys of the same normalised name the first ("title" before
// "TITLE"); names that feed no field go to Extra. A value of no use (a
// boolean, an object without a text member) is read as absent; for the
// id, title and description it is also reported, by a warning or, when
// the record is left without title and description, in its error.
func (r *Reader) mapJSON(members []member, line int) (Record, error) {
	var p Posting
	var extra map[string]json.RawMessage
	var best [nFields]source
	var n [nFields]int // non-empty values per field
	for i := range best {
		best[i].pos = -1
	}
	type wrongType struct {
		name, what string
		f          field
	}
	var wrong []wrongType
	for i, m := range members {
		key := fieldKey(m.name)
		f := fieldByKey[key]
		if f == fNone {
			if extra == nil {
				extra = make(map[string]json.RawMessage, len(members))
			}
			if _, dup := extra[m.name]; dup {
				r.warn("key twice", line, fNone, "", fmt.Sprintf("key %q appears again: only its first value is kept in the extra fields%s", m.name, onceNote))
				continue
			}
			extra[m.name] = m.raw
			continue
		}
		v, what, err := jsonString(m.raw)
		if err != nil {
			return Record{}, fmt.Errorf("field %q: %w", m.name, err)
		}
		if what != "" {
			// Boards nest structured data under names that feed a field
			// ("entreprise": {"entrepriseAdaptee": false}): read as
			// absent, but not where the posting loses its id or its text.
			if f == fID || f == fTitle || f == fDescription {
				wrong = append(wrong, wrongType{m.name, what, f})
			}
			continue
		}
		if strings.TrimSpace(v) == "" {
			continue
		}
		n[f]++
		src := source{name: m.name, pos: i, rank: rank(f, key)}
		if b := best[f]; b.pos < 0 || src.rank < b.rank {
			best[f] = src
			f.set(&p, v)
		}
	}
	finish(&p)
	if p.Title == "" && p.Description == "" {
		for _, w := range wrong {
			if w.f == fTitle || w.f == fDescription {
				return Record{}, fmt.Errorf("%w: field %q is %s, not text", ErrEmpty, w.name, w.what)
			}
		}
		return Record{}, ErrEmpty
	}
	for _, w := range wrong {
		msg := fmt.Sprintf("field %q is %s, not text: not used", w.name, w.what)
		if w.f == fID && best[fID].pos < 0 {
			msg += ", the posting gets an id from its content"
		}
		r.warn("type "+w.f.String(), line, w.f, "", msg+onceNote)
	}
	for f := range n {
		if n[f] > 1 {
			r.warn("field "+field(f).String(), line, field(f), "", severalSources("keys", field(f), sourcesOf(members, field(f)))+onceNote)
		}
	}
	if best[fLang].pos >= 0 {
		r.checkLang(&p, line, fmt.Sprintf("%q", best[fLang].name))
	}
	return Record{Posting: p, File: r.name, Extra: extra}, nil
}

// sourcesOf lists the keys of members that give field f a value, in the
// order they are tried.
func sourcesOf(members []member, f field) []source {
	var srcs []source
	for i, m := range members {
		key := fieldKey(m.name)
		if fieldByKey[key] != f {
			continue
		}
		if v, what, _ := jsonString(m.raw); what != "" || strings.TrimSpace(v) == "" {
			continue
		}
		srcs = append(srcs, source{name: m.name, pos: i, rank: rank(f, key)})
	}
	sortSources(srcs)
	return srcs
}

// jsonString renders a JSON value as the string a Posting field holds:
// strings as they are, numbers in their source form (ids are often
// numeric), objects by their name-like member (libelle, nom, name…),
// arrays as their usable elements joined by ", ", null as "". A value
// that holds no such text, a boolean or an object without a name-like
// member, gives "" and what it is, for the caller's message.
func jsonString(raw json.RawMessage) (s, what string, err error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", "", nil
	}
	switch raw[0] {
	case '"':
		err := json.Unmarshal(raw, &s)
		return s, "", err
	case '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return "", "", err
		}
		lower := make(map[string]json.RawMessage, len(obj))
		for k, v := range obj {
			lower[fieldKey(k)] = v
		}
		for _, k := range nestedKeys {
			if v, ok := lower[k]; ok && len(v) > 0 && v[0] == '"' {
				return jsonString(v)
			}
		}
		return "", "a JSON object without a text member (" + strings.Join(nestedKeys, ", ") + ")", nil
	case '[':
		var arr []json.RawMessage
		if err := json.Unmarshal(raw, &arr); err != nil {
			return "", "", err
		}
		parts := make([]string, 0, len(arr))
		for _, el := range arr {
			s, _, err := jsonString(el)
			if err != nil {
				return "", "", err
			}
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", "), "", nil
	case 'n':
		return "", "", nil
	case 't', 'f':
		return "", "a JSON boolean", nil
	default: // a number
		return string(raw), "", nil
	}
}
