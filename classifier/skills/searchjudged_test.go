package skills

import (
	"strings"
	"testing"

	"marsad/corpus"
)

// judgedQueries are skill searches as an analyst types them, each with
// the ISCO-08 unit groups (or prefixes) a labour-market analyst would
// accept first, written by hand from ISCO-08's definitions, not read off
// Marsad's answers. Several skills in one query ask for the occupations
// that need them together.
var judgedQueries = []struct {
	query string
	isco  []string
}{
	// Digital.
	{"Python", []string{"251", "2120"}},
	{"Python, SQL", []string{"251", "2521"}},
	{"machine learning, python", []string{"251", "2120"}},
	{"machine learning", []string{"251", "2120"}},
	{"data science", []string{"251", "2120"}},
	{"java spring", []string{"251"}},
	{"React, JavaScript", []string{"251"}},
	{"Docker, Kubernetes", []string{"251", "252"}},
	{"sécurité informatique", []string{"2529", "2522", "1330"}},
	{"cybersecurity", []string{"2529", "2522", "1330"}},
	{"برمجة", []string{"251"}},
	{"AutoCAD", []string{"3118", "214", "216"}},
	{"dessin industriel", []string{"3118", "2163", "214"}},
	{"graphic design, Photoshop", []string{"2166", "2163"}},
	// Business.
	{"comptabilité", []string{"2411", "3313", "4311"}},
	{"comptabilité, fiscalité", []string{"2411", "3313"}},
	{"محاسبة", []string{"2411", "3313", "4311"}},
	{"audit financier", []string{"2411"}},
	{"recrutement", []string{"2423", "1212", "3333"}},
	{"paie", []string{"4313", "2423", "3313"}},
	{"marketing digital, SEO", []string{"2431", "2513"}},
	{"négociation commerciale", []string{"3322", "2433", "1221", "5223", "2431", "3323", "3324"}},
	{"مبيعات", []string{"3322", "5223", "1221", "2433", "5244"}},
	{"logistique, gestion des stocks", []string{"4321", "1324", "3323", "9333"}},
	{"traduction", []string{"2643"}},
	{"droit des affaires", []string{"2611", "2619", "3411"}},
	// Trades.
	{"soudure", []string{"7212"}},
	{"soudure, chaudronnerie", []string{"7212", "7213", "7214"}},
	{"لحام", []string{"7212"}},
	{"welding", []string{"7212"}},
	{"électricité bâtiment", []string{"7411", "3112"}},
	{"كهرباء", []string{"7411", "7412", "3113"}},
	{"plomberie", []string{"7126"}},
	{"maçonnerie", []string{"7112"}},
	{"نجارة", []string{"7115", "7522"}},
	{"mécanique automobile", []string{"7231"}},
	{"climatisation", []string{"7127"}},
	{"conduite de chariot élévateur", []string{"8344"}},
	{"permis C", []string{"8332"}},
	// Care, food, services, teaching.
	{"soins infirmiers", []string{"2221", "3221"}},
	{"nursing", []string{"2221", "3221"}},
	{"تمريض", []string{"2221", "3221"}},
	{"cuisine", []string{"5120", "3434", "9411"}},
	{"pâtisserie", []string{"7512", "5120"}},
	{"coiffure", []string{"5141"}},
	{"enseignement des mathématiques", []string{"2330", "2341", "2310"}},
}

// judgedHits counts the judged queries whose first answer, and whose
// first three, hold an accepted ISCO group; it logs each query's answer.
func judgedHits(t *testing.T, d *Dictionary) (top1, top3 int) {
	t.Helper()
	for _, q := range judgedQueries {
		res := d.Search(q.query, corpus.Undetermined, 5)
		rank := -1
		var got []string
		for i, s := range res.ISCO {
			got = append(got, s.Code)
			for _, p := range q.isco {
				if rank < 0 && strings.HasPrefix(s.Code, p) {
					rank = i
				}
			}
		}
		if rank == 0 {
			top1++
		}
		if rank >= 0 && rank < 3 {
			top3++
		}
		mark := "ok"
		if rank != 0 {
			mark = "MISS"
			if rank > 0 {
				mark = "late"
			}
		}
		t.Logf("%-4s %-32q ISCO %v (want %v)", mark, q.query, got, q.isco)
	}
	return top1, top3
}

// TestRealSearchJudged is the accuracy floor of skill search on the
// hand-judged queries (docs/skills.md): a failing floor means search got
// worse. Run with -v to read every answer.
func TestRealSearchJudged(t *testing.T) {
	d := realDict(t)
	top1, top3 := judgedHits(t, d)
	n := len(judgedQueries)
	t.Logf("judged queries: %d of %d right first, %d in the first three", top1, n, top3)
	// Measured 36 and 45 of 46 (docs/skills.md, seventeenth round).
	if top1 < 33 || top3 < 42 {
		t.Errorf("judged queries: %d of %d right first, %d in the first three", top1, n, top3)
	}
}

// TestRealSearchReading: a query of undetermined language is read in the
// language whose labels explain more of it, label prefixes included:
// "lecture de plans" is ROME's "Lecture de plans et de schémas", not
// the English "perform lectures" and "plan" (university teachers).
func TestRealSearchReading(t *testing.T) {
	d := realDict(t)
	tests := []struct {
		query string
		want  corpus.Lang
	}{
		{"lecture de plans", corpus.French},
		{"soudure", corpus.French},
		{"project management", corpus.English},
	}
	for _, tt := range tests {
		if got := d.Search(tt.query, corpus.Undetermined, 5).Lang; got != string(tt.want) {
			t.Errorf("Search(%q) read in %q, want %q", tt.query, got, tt.want)
		}
	}
}
