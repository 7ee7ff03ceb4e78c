package corpus_test

import (
	"fmt"

	"marsad/corpus"
)

func ExampleAnalyzer_Normalize() {
	as := corpus.NewAnalyzers(corpus.Config{})
	fr := as.For(corpus.French)
	fmt.Println(fr.Normalize("Conducteur / Conductrice d'engins H/F"))
	fmt.Println(fr.Normalize("conductrice d’engins"))
	fmt.Println(fr.Normalize("Développeur·euse .NET / C# - CDI"))
	fmt.Println(as.For(corpus.Arabic).Normalize("مطورو البرمجيات"))
	// Output:
	// conducteur engin
	// conducteur engin
	// developpeur .net c#
	// مطور برمج
}

func ExampleAnalyzer_Analyze() {
	text := "Nous recrutons un Ingénieur(e) C++ à Rabat"
	for _, tk := range corpus.NewAnalyzer(corpus.French, corpus.Config{}).Analyze(text) {
		fmt.Printf("%s %q %d\n", tk.Term, text[tk.Start:tk.End], tk.Position)
	}
	// Output:
	// ingenieur "Ingénieur(e)" 3
	// c++ "C++" 4
	// rabat "Rabat" 6
}
