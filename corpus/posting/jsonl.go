package posting

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
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
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(line, &obj); err != nil {
			// A line of valid JSON that is no object says what it is,
			// not which Go type it missed.
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				return Record{}, r.recordErr(start, fmt.Errorf("the line is a JSON %s, not an object", te.Value))
			}
			return Record{}, r.recordErr(start, fmt.Errorf("bad JSON: %w", err))
		}
		if obj == nil {
			return Record{}, r.recordErr(start, errors.New("the line is JSON null, not an object"))
		}
		if repaired {
			r.stats.RepairedUTF8++
		}
		rec, err := r.mapJSON(obj)
		if err != nil {
			return Record{}, r.recordErr(start, err)
		}
		rec.Line = start
		return rec, nil
	}
}

// mapJSON maps a decoded object onto a Posting. For each field the most
// preferred non-empty source name wins; names that feed no field go to
// Extra.
func (r *Reader) mapJSON(obj map[string]json.RawMessage) (Record, error) {
	var p Posting
	var best [nFields]int
	for i := range best {
		best[i] = -1
	}
	var extra map[string]json.RawMessage
	for name, raw := range obj {
		key := fieldKey(name)
		f := fieldByKey[key]
		if f == fNone {
			if extra == nil {
				extra = make(map[string]json.RawMessage, len(obj))
			}
			extra[name] = raw
			continue
		}
		v, err := jsonString(raw)
		if err != nil {
			return Record{}, fmt.Errorf("field %q: %w", name, err)
		}
		if strings.TrimSpace(v) == "" {
			continue
		}
		if rk := rank(f, key); best[f] < 0 || rk < best[f] {
			best[f] = rk
			f.set(&p, v)
		}
	}
	finish(&p)
	if p.Title == "" && p.Description == "" {
		return Record{}, ErrEmpty
	}
	return Record{Posting: p, File: r.name, Extra: extra}, nil
}

// jsonString renders a JSON value as the string a Posting field holds:
// strings as they are, numbers in their source form (ids are often
// numeric), objects by their name-like member (libelle, nom, name…),
// arrays as their elements joined by ", ", null and booleans as "".
func jsonString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", nil
	}
	switch raw[0] {
	case '"':
		var s string
		err := json.Unmarshal(raw, &s)
		return s, err
	case '{':
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return "", err
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
		return "", nil
	case '[':
		var arr []json.RawMessage
		if err := json.Unmarshal(raw, &arr); err != nil {
			return "", err
		}
		parts := make([]string, 0, len(arr))
		for _, el := range arr {
			s, err := jsonString(el)
			if err != nil {
				return "", err
			}
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", "), nil
	case 'n', 't', 'f':
		return "", nil
	default: // a number
		return string(raw), nil
	}
}
