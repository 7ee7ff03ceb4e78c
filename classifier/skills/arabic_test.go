package skills

import (
	"strings"
	"testing"
	"unicode"

	"marsad/corpus"
)

// TestArabicLabelsTable checks the hand-written table itself: ESCO skill
// URIs, no empty or non-Arabic labels, and no label (after tradeKey
// folding) under two skills.
func TestArabicLabelsTable(t *testing.T) {
	if len(arabicLabels) == 0 {
		t.Fatal("arabicLabels is empty")
	}
	owner := make(map[string]string)
	for uri, labels := range arabicLabels {
		if !strings.HasPrefix(uri, escoSkill) || len(uri) == len(escoSkill) {
			t.Errorf("%q is not an ESCO skill URI", uri)
		}
		if len(labels) == 0 {
			t.Errorf("%s: no labels", uri)
		}
		for _, l := range labels {
			if strings.TrimSpace(l) == "" {
				t.Errorf("%s: empty label", uri)
				continue
			}
			if !strings.ContainsFunc(l, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }) {
				t.Errorf("%s: label %q has no Arabic letter", uri, l)
			}
			k := tradeKey(l)
			if prev, ok := owner[k]; ok {
				if prev == uri {
					t.Errorf("%s: label %q repeated", uri, l)
				} else {
					t.Errorf("label %q under both %s and %s", l, prev, uri)
				}
				continue
			}
			owner[k] = uri
		}
	}
}

// TestRealArabicLabels checks that every skill of arabicLabels is in the
// ESCO data Marsad loads.
func TestRealArabicLabels(t *testing.T) {
	d := realDict(t)
	for uri, labels := range arabicLabels {
		if _, ok := d.t.SkillIndex[uri]; !ok {
			t.Errorf("skill %s (%s) not in ESCO", uri, labels[0])
		}
	}
}

// TestRealArabicLabelsMatch: the labels reach the skills in a search and
// in a posting, where ESCO alone found nothing.
func TestRealArabicLabelsMatch(t *testing.T) {
	d := realDict(t)
	const (
		projects = escoSkill + "7111b95d-0ce3-441a-9d92-4c75d05c4388"
		service  = escoSkill + "15a33d76-4640-438d-ae64-fdc0c1d3eebc"
	)
	res := d.Search("إدارة المشاريع", corpus.Undetermined, 5)
	if len(res.Skills) == 0 || res.Skills[0].Code != projects {
		t.Errorf("Search(إدارة المشاريع) skills %+v, want project management", res.Skills)
	}
	if len(res.ISCO) == 0 {
		t.Error("Search(إدارة المشاريع): no ISCO group")
	}
	text := "خبرة في إدارة المشاريع وخدمة العملاء"
	got := map[string]bool{}
	for _, m := range d.Extract(text, corpus.Arabic, "description") {
		got[m.Code] = true
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			t.Errorf("%s: offsets %d..%d outside the text", m.Label, m.Start, m.End)
		}
	}
	if !got[projects] || !got[service] {
		t.Errorf("Extract(%q) = %v, want project management and customer service", text, got)
	}
}

// TestRealArabicMislabels: a wrong ESCO Arabic label neither finds its
// skill in Arabic text nor names it: "الإخماد" (extinguishing) is no SQL,
// and SQL in an Arabic posting is shown as SQL.
func TestRealArabicMislabels(t *testing.T) {
	d := realDict(t)
	const sql = escoSkill + "598de5b0-5b58-4ea7-8058-a4bc4d18c742"
	for _, m := range d.Extract("خبرة في الإخماد والإنقاذ", corpus.Arabic, "description") {
		if m.Code == sql {
			t.Errorf("extinguishing found as SQL: %+v", m)
		}
	}
	found := false
	for _, m := range d.Extract("خبرة في SQL و Python", corpus.Arabic, "description") {
		if m.Code == sql {
			found = true
			if m.Label != "SQL" {
				t.Errorf("SQL in an Arabic posting labelled %q, want SQL", m.Label)
			}
		}
	}
	if !found {
		t.Error("SQL not found in an Arabic posting")
	}
}
