package classifier

import (
	"fmt"
	"testing"

	"marsad/corpus"
	"marsad/taxonomy"
)

func TestGenericWords(t *testing.T) {
	tax := &taxonomy.Taxonomy{Occupations: map[string]*taxonomy.Occupation{}}
	add := func(uri, pref string, alt ...string) {
		tax.Occupations[uri] = &taxonomy.Occupation{URI: uri,
			Pref: taxonomy.Text{corpus.English: pref}, Alt: taxonomy.Terms{corpus.English: alt}}
	}
	// "technician" heads genericHeads labels: it names none of them alone.
	for i := range genericHeads {
		add(fmt.Sprintf("t%d", i), fmt.Sprintf("kind%c technician", 'a'+i))
	}
	add("repair", "consumer electronics repair technician", "technician", "repairer")
	add("cleaner", "cleaner")                             // a one-word preferred label
	add("vehicle", "vehicle cleaner", "cleaner", "valet") // … that another occupation has as an alternative
	g := genericWords(tax, corpus.NewAnalyzers(corpus.Config{}))[corpus.English]
	as := corpus.NewAnalyzers(corpus.Config{}).For(corpus.English)
	for word, want := range map[string]bool{"technician": true, "cleaner": true, "repairer": false, "valet": false} {
		if got := g[as.Terms(word)[0]]; got != want {
			t.Errorf("%q generic = %v, want %v", word, got, want)
		}
	}
}
