package taxonomy

import (
	"errors"
	"io"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDecode(t *testing.T) {
	// Many accented UTF-8 lines and one line with bytes that are not.
	mostlyUTF8 := "code,libellé\n1,Accastilleur-gréeur\n2,Opérateur\n3,Ébéniste \xff\xfe\xc3\n4,Administrateur de bases de données\n"
	tests := []struct {
		name     string
		in       string
		want     string
		repaired []int
		note     string // a part of the note; "" for none
	}{
		{"plain UTF-8", "code,libellé\n", "code,libellé\n", nil, ""},
		{"BOM stripped", "\xEF\xBB\xBFcode,libellé\n", "code,libellé\n", nil, ""},
		{"Latin-1 é", "libell\xe9\n", "libellé\n", nil, "read as ISO-8859-15"},
		{"ISO-8859-15 euro sign", "prix \xa4\n", "prix €\n", nil, "read as ISO-8859-15"},
		{"Latin-1 with one line that happens to be valid UTF-8", "a\xe9\nb\xe8\nc\xc3\xa9\n", "aé\nbè\ncÃ©\n", nil, "2 of 3 lines"},
		{"Arabic UTF-8 kept", "خباز / خبازة", "خباز / خبازة", nil, ""},
		{"empty", "", "", nil, ""},
		{"UTF-8 with one bad line stays UTF-8", mostlyUTF8,
			"code,libellé\n1,Accastilleur-gréeur\n2,Opérateur\n3,Ébéniste \uFFFD\n4,Administrateur de bases de données\n", []int{4}, ""},
		{"bad bytes at the end without a line break", "a,é\nb,è\nc,\xff", "a,é\nb,è\nc,\uFFFD", []int{3}, ""},
	}
	for _, tt := range tests {
		d := decode([]byte(tt.in))
		if string(d.text) != tt.want || !reflect.DeepEqual(d.repaired, tt.repaired) ||
			(tt.note == "") != (d.note == "") || !strings.Contains(d.note, tt.note) {
			t.Errorf("%s: decode(%q) = %q, repaired %v, note %q; want %q, %v, %q", tt.name, tt.in, d.text, d.repaired, d.note, tt.want, tt.repaired, tt.note)
		}
	}
}

func TestSplitList(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"one", []string{"one"}},
		{"a\nb\n", []string{"a", "b"}},
		{"a\r\n b \n\n", []string{"a", "b"}},
		{"a|b | c", []string{"a", "b", "c"}},
		{"x | y\nz", []string{"x | y", "z"}}, // newline lists win; a | inside stays
	}
	for _, tt := range tests {
		if got := splitList(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTablePreambleAndColumns(t *testing.T) {
	data := "Mapping project name,ESCO - ROME\nMapping project version,V1.4\n\n" +
		"Classification 1 ID,Mapping Relation,classification 2 ID\n" +
		"http://x/occupation/1,skos:exactMatch,\"123\n45\"\n" +
		"http://x/occupation/2,skos:closeMatch\n" + // short: skipped with a warning
		"http://x/occupation/3,skos:broadMatch,678\n"
	tb, err := newTable([]byte(data), "map.csv", "classification 1 ID", "classification 2 ID", "mapping relation")
	if err != nil {
		t.Fatal(err)
	}
	var warns []Warning
	tb.warn = func(w Warning) { warns = append(warns, w) }
	type row struct {
		line          int
		uri, ogr, rel string
	}
	var got []row
	for {
		err := tb.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, row{tb.line, tb.get("Classification 1 ID"), tb.get("classification 2 id"), tb.get("mapping relation")})
	}
	want := []row{
		{5, "http://x/occupation/1", "123\n45", "skos:exactMatch"},
		{8, "http://x/occupation/3", "678", "skos:broadMatch"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %+v\nwant %+v", got, want)
	}
	if len(warns) != 1 || warns[0].Line != 7 || warns[0].File != "map.csv" {
		t.Errorf("warnings = %v, want one at map.csv line 7", warns)
	}
	if tb.get("no such column") != "" || !tb.has("CLASSIFICATION 1 ID") {
		t.Error("column lookup is wrong")
	}
}

// Malformed rows are skipped and reported at the line where they start;
// the rows around them are read, however far a broken quote reaches.
func TestTableMalformed(t *testing.T) {
	type warn struct {
		line int
		msg  string
	}
	tests := []struct {
		name  string
		data  string
		ids   []string // column a of the rows read
		warns []warn
	}{
		{"stray quote in an unquoted field", "a,b\n1,x\"y\n2,z\n",
			[]string{"2"}, []warn{{2, "broken quote"}}},
		{"doubled opening quote", "\"a\",\"b\"\n\"1\",\"\"x\",\"y\"\n\"2\",\"z\"\n",
			[]string{"2"}, []warn{{2, "broken quote"}}},
		{"closing quote missing, found on the next row", "\"a\",\"b\"\n\"1\",\"x\n\"2\",\"y\"\n\"3\",\"z\"\n",
			[]string{"2", "3"}, []warn{{2, "found at line 3"}}},
		{"quote never closed", "a,b\n1,\"x\n2,y\n3,z\n",
			[]string{"2", "3"}, []warn{{2, "broken quote"}}},
		{"CRLF line ends", "a,b\r\n1,x\"y\r\n2,z\r\n",
			[]string{"2"}, []warn{{2, "broken quote"}}},
		{"broken preamble line", "meta,\"x\na,b\n1,2\n",
			[]string{"1"}, nil},
		{"short row", "a,b,c\n1\n2,x,y\n",
			[]string{"2"}, []warn{{2, "row has 1 fields, the header 3"}}},
		{"truncated in a quoted field", "a,b\n1,x\n2,\"y\nz",
			[]string{"1"}, []warn{{3, "truncated"}}},
		{"truncated row", "a,b,c\n1,x,y\n2,x",
			[]string{"1"}, []warn{{3, "truncated"}}},
		{"last row complete without a line break", "a,b\n1,x\n2,y",
			[]string{"1", "2"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb, err := newTable([]byte(tt.data), "x.csv", "a", "b")
			if err != nil {
				t.Fatal(err)
			}
			var warns []warn
			tb.warn = func(w Warning) {
				if w.File != "x.csv" || !w.Malformed {
					t.Errorf("warning %+v", w)
				}
				warns = append(warns, warn{w.Line, w.Message})
			}
			var ids []string
			for {
				err := tb.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				ids = append(ids, tb.get("a"))
			}
			if !reflect.DeepEqual(ids, tt.ids) {
				t.Errorf("rows %q, want %q", ids, tt.ids)
			}
			if len(warns) != len(tt.warns) {
				t.Fatalf("warnings %v, want %v", warns, tt.warns)
			}
			for i, w := range tt.warns {
				if warns[i].line != w.line || !strings.Contains(warns[i].msg, w.msg) {
					t.Errorf("warning %v, want line %d with %q", warns[i], w.line, w.msg)
				}
			}
		})
	}
}

func TestTableNoHeader(t *testing.T) {
	_, err := newTable([]byte("a,b\n1,2\n"), "x.csv", "code_rome")
	if err == nil || !strings.Contains(err.Error(), "x.csv") || !strings.Contains(err.Error(), "code_rome") {
		t.Errorf("err = %v, want one naming x.csv and code_rome", err)
	}
}

func TestCompareVersions(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"1.2", "1.1.1", 1}, {"1.1.1", "1.2", -1}, {"1.2", "1.2", 0}, {"1.2.1", "1.2", 1},
		{"", "1.0", -1}, {"460", "346", 1}, {"10", "9", 1},
	}
	for _, tt := range tests {
		if got := compareVersions(tt.a, tt.b); got != tt.want {
			t.Errorf("compareVersions(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// FuzzTable checks that any bytes give valid UTF-8 fields or an error, and
// never a panic.
func FuzzTable(f *testing.F) {
	f.Add([]byte("code_rome,libelle\nM1805,Développeur\n"))
	f.Add([]byte("\xEF\xBB\xBFcode_rome,libelle\n\"M1805\",\"multi\nline\"\n"))
	f.Add([]byte("code_rome,libelle\nD1102,Boulang\xe8re\n"))
	f.Add([]byte("meta,x\n\ncode_rome;libelle\ncode_rome,libelle\n\"unterminated,x\n"))
	f.Add([]byte("code_rome,libelle\nA\"B,\"C\"\"D\"\n,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tb, err := newTable(data, "fuzz.csv", "code_rome", "libelle")
		if err != nil {
			return
		}
		tb.warn = func(Warning) {}
		for i := 0; i < 1000; i++ {
			err := tb.next()
			if err != nil {
				return
			}
			for _, c := range []string{"code_rome", "libelle"} {
				if v := tb.get(c); !utf8.ValidString(v) {
					t.Fatalf("field %s = %q is not UTF-8", c, v)
				}
			}
		}
	})
}

func FuzzSplitList(f *testing.F) {
	for _, s := range []string{"", "a\nb", "a|b", "x | y\nz", "\n\n|"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range splitList(s) {
			if p == "" || p != strings.TrimSpace(p) || strings.Contains(p, "\n") {
				t.Fatalf("splitList(%q) gave %q", s, p)
			}
		}
	})
}
