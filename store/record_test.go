package store

import (
	"reflect"
	"testing"
)

func TestRecordRoundTrip(t *testing.T) {
	for _, r := range []Record{
		{ID: 1, Tags: Tags{Day: NoDay}},
		{
			ID: 42, Key: "rekrute-170375", Source: "rekrute", Title: "Chargé(e) de Clientèle", Company: "BWT",
			Location: "Mohammédia", DateText: "05/05/2025", Sector: "Banque / Finance", Function: "Commercial / Vente / Export",
			URL: "https://x", File: "/a/b.jsonl", Line: 17,
			Fingerprint: 1<<63 + 5, SimHash: 99, DuplicateOf: 7,
			Tags: Tags{
				Lang: "fr", Darija: true, ROMEParent: "D1401", ROMEDomain: "D14", Region: "casablanca-settat", City: "Mohammedia",
				Day: 20213, Date: "2025-05-05", Model: "m1",
				ROME:   []Code{{"D1401", 1}, {"M1704", 0}},
				ISCO:   []Code{{"4222", 0.5}},
				ESCO:   []Code{{escoPrefix + "occupation/abc", 0.25}},
				Skills: []Code{{"OGR123", 0.75}, {"urn:x", 1}},
			},
		},
	} {
		got, err := decodeRecord(r.ID, r.encode(nil))
		if err != nil {
			t.Fatal(err)
		}
		// Scores are stored on 16 bits.
		for _, cs := range [][]Code{got.Tags.ROME, got.Tags.ISCO, got.Tags.ESCO, got.Tags.Skills} {
			for i := range cs {
				cs[i].Score = float32(int(cs[i].Score*4+0.5)) / 4
			}
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("round trip:\n got %+v\nwant %+v", got, r)
		}
	}
}

// TestRecordVersion1 reads a record written before sector and function
// were kept: version 1, the same layout without the last two strings.
func TestRecordVersion1(t *testing.T) {
	r := Record{ID: 3, Key: "k", Title: "Comptable", Tags: Tags{Day: NoDay, ROME: []Code{{"M1203", 1}}}}
	b := r.encode(nil)
	if b[0] != recordVersion || b[len(b)-2] != 0 || b[len(b)-1] != 0 {
		t.Fatalf("layout changed: % x", b)
	}
	v1 := append([]byte{1}, b[1:len(b)-2]...)
	got, err := decodeRecord(r.ID, v1)
	if err != nil || !reflect.DeepEqual(got, r) {
		t.Errorf("version 1: %v\n got %+v\nwant %+v", err, got, r)
	}
	if _, err := decodeRecord(r.ID, append([]byte{recordVersion + 1}, b[1:]...)); err == nil {
		t.Error("a newer record version decoded")
	}
}

// FuzzDecodeRecord: damaged bytes give an error, never a panic.
func FuzzDecodeRecord(f *testing.F) {
	r := Record{Key: "k", Title: "t", Tags: Tags{Day: 3, ROME: []Code{{"A1101", 0.5}}, Skills: []Code{{escoPrefix + "skill/x", 1}}}}
	f.Add(r.encode(nil))
	f.Add([]byte{1, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := decodeRecord(1, b)
		if err == nil {
			// What decodes must encode back to a record that decodes equal.
			r2, err := decodeRecord(1, r.encode(nil))
			if err != nil || !reflect.DeepEqual(r, r2) {
				t.Fatalf("re-encode: %v\n%+v\n%+v", err, r, r2)
			}
		}
	})
}

// FuzzFingerprint: any text normalises and hashes without panicking, and
// normalising twice changes nothing.
func FuzzFingerprint(f *testing.F) {
	f.Add("Chargé(e) de Clientèle", "مُهَنْدِس")
	f.Add("", "\xff\xfe")
	f.Fuzz(func(t *testing.T, title, desc string) {
		n := normalize(title)
		if normalize(n) != n {
			t.Fatalf("normalize not idempotent on %q: %q → %q", title, n, normalize(n))
		}
		_ = simHash([]string{title, desc, n})
	})
}
