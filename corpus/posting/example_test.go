package posting_test

import (
	"errors"
	"fmt"
	"io"
	"log"
	"strings"

	"marsad/corpus/posting"
)

func ExampleReader() {
	in := `{"intitule": "Comptable", "lieuTravail": {"libelle": "Rabat"}, "description": "<p>Tenue &amp; bilans</p>"}
not json
{"job_title": "Chauffeur", "city": "Agadir"}
`
	r, err := posting.NewReader(strings.NewReader(in), "offres.jsonl", posting.JSONL)
	if err != nil {
		log.Fatal(err)
	}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		var bad *posting.RecordError
		if errors.As(err, &bad) {
			fmt.Println("skipped:", bad.File, bad.Line)
			continue
		}
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%d: %s, %s, %q\n", rec.Line, rec.Posting.Title, rec.Posting.Location, rec.Posting.Description)
	}
	fmt.Printf("%+v\n", r.Stats())
	// Output:
	// 1: Comptable, Rabat, "Tenue & bilans"
	// skipped: offres.jsonl 2
	// 3: Chauffeur, Agadir, ""
	// {Records:2 Errors:1 RepairedUTF8:0 Warnings:0}
}
