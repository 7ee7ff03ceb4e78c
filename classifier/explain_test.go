package classifier

import (
	"context"
	"testing"

	"marsad/corpus/posting"
)

func TestExplain(t *testing.T) {
	_, c := tinyClassifiers(t)
	p := posting.Posting{Title: "Développeur Web (H/F) - Casablanca", Description: "Vous développerez des applications en javascript."}
	ev := c.ClassifyExplained(context.Background(), p, 2).Evidence
	if len(ev) == 0 {
		t.Fatal("no evidence")
	}
	r := c.Classify(context.Background(), p, 1)
	var rome, esco *Evidence
	for i := range ev {
		e := &ev[i]
		if e.Total <= 0 || e.Prior <= 0 || e.Prior > 1 {
			t.Errorf("%+v: no total, or prior out of (0, 1]", *e)
		}
		if e.Scheme == "rome" && rome == nil {
			rome = e
		}
		if e.Scheme == "esco" && esco == nil {
			esco = e
		}
	}
	if rome == nil || rome.Code != r.ROME[0].Code || rome.Match == "" {
		t.Errorf("best ROME evidence %+v, Classify says %s", rome, r.ROME[0].Code)
	}
	if esco == nil || esco.Code != r.ESCO[0].Code {
		t.Errorf("best ESCO evidence %+v, Classify says %s", esco, r.ESCO[0].Code)
	}
}
