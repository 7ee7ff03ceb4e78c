package taxonomy_test

import (
	"context"
	"fmt"
	"path/filepath"

	"marsad/corpus"
	"marsad/taxonomy"
)

func ExampleTaxonomy_Lookup() {
	tx, err := taxonomy.Load(context.Background(), filepath.Join("..", "testdata", "taxonomy", "small"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := tx.Lookup("M1805")
	if err != nil {
		fmt.Println(err)
		return
	}
	f := c.Fiche
	fmt.Println(f.Code, f.Label, "métier", tx.Metier(f.Code))
	for _, w := range f.ISCO {
		fmt.Printf("ISCO %s %.2f %s\n", w.Code, w.Weight, tx.ISCO[w.Code].Title.Get(corpus.French))
	}
	// Output:
	// M1805 Développeur / Développeuse informatique métier M1805
	// ISCO 2512 1.00 Concepteurs de logiciels
}
