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
	tests := []struct {
		name       string
		in         string
		want       string
		transcoded bool
	}{
		{"plain UTF-8", "code,libellé\n", "code,libellé\n", false},
		{"BOM stripped", "\xEF\xBB\xBFcode,libellé\n", "code,libellé\n", false},
		{"Latin-1 é", "libell\xe9\n", "libellé\n", true},
		{"ISO-8859-15 euro sign", "prix \xa4\n", "prix €\n", true},
		{"Arabic UTF-8 kept", "خباز / خبازة", "خباز / خبازة", false},
		{"empty", "", "", false},
	}
	for _, tt := range tests {
		got, tr, err := decode([]byte(tt.in))
		if err != nil || string(got) != tt.want || tr != tt.transcoded {
			t.Errorf("%s: decode(%q) = %q, %v, %v; want %q, %v", tt.name, tt.in, got, tr, err, tt.want, tt.transcoded)
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
