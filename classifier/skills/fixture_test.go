package skills

import (
	"context"
	"testing"

	"marsad/corpus"
	"marsad/taxonomy"
)

const (
	uriPython  = "http://data.europa.eu/esco/skill/python"
	uriR       = "http://data.europa.eu/esco/skill/r"
	uriSQL     = "http://data.europa.eu/esco/skill/sql"
	uriWeld    = "http://data.europa.eu/esco/skill/welding"
	uriOffice  = "http://data.europa.eu/esco/skill/office"
	uriAccount = "http://data.europa.eu/esco/skill/accounting"
	uriComm    = "http://data.europa.eu/esco/skill/communication"
	uriTeam    = "http://data.europa.eu/esco/skill/teamwork"

	occDev     = "http://data.europa.eu/esco/occupation/developer"
	occData    = "http://data.europa.eu/esco/occupation/data-scientist"
	occWelder  = "http://data.europa.eu/esco/occupation/welder"
	occAccount = "http://data.europa.eu/esco/occupation/accountant"
)

// tinyTaxonomy is a hand-made taxonomy: four occupations, a few skills in
// three languages, two ROME fiches and a crosswalk.
func tinyTaxonomy() *taxonomy.Taxonomy {
	fr, ar, en := corpus.French, corpus.Arabic, corpus.English
	sk := func(uri, typ string, pref taxonomy.Text, alt taxonomy.Terms) *taxonomy.Skill {
		return &taxonomy.Skill{URI: uri, Type: typ, Pref: pref, Alt: alt}
	}
	t := &taxonomy.Taxonomy{
		Skills: map[string]*taxonomy.Skill{
			uriPython: sk(uriPython, "knowledge", taxonomy.Text{en: "Python (computer programming)", fr: "Python (programmation informatique)", ar: "بايثون"}, taxonomy.Terms{en: {"Python"}}),
			uriR:      sk(uriR, "knowledge", taxonomy.Text{en: "R", fr: "R"}, nil),
			uriSQL:    sk(uriSQL, "knowledge", taxonomy.Text{en: "SQL", fr: "SQL"}, nil),
			uriWeld:   sk(uriWeld, "skill/competence", taxonomy.Text{en: "welding techniques", fr: "techniques de soudage", ar: "تقنيات اللحام"}, taxonomy.Terms{fr: {"techniques de soudure"}}),
			uriOffice: sk(uriOffice, "skill/competence", taxonomy.Text{en: "use office software tools", fr: "maîtriser les outils bureautiques"}, taxonomy.Terms{en: {"Microsoft Excel"}}),
			uriAccount: sk(uriAccount, "knowledge", taxonomy.Text{en: "accounting", fr: "comptabilité", ar: "محاسبة"},
				taxonomy.Terms{fr: {"comptabilité générale"}}),
			uriComm: sk(uriComm, "skill/competence", taxonomy.Text{en: "communication", fr: "communication"}, nil),
			uriTeam: sk(uriTeam, "skill/competence", taxonomy.Text{en: "work in teams", fr: "travailler en équipe"}, taxonomy.Terms{en: {"team"}}),
		},
		Occupations: map[string]*taxonomy.Occupation{
			occDev:     {URI: occDev, ISCO: "2512", Pref: taxonomy.Text{en: "software developer", fr: "développeur logiciel"}, Essential: []string{uriPython, uriSQL}, Optional: []string{uriR, uriTeam}},
			occData:    {URI: occData, ISCO: "2511", Pref: taxonomy.Text{en: "data scientist", fr: "data scientist"}, Essential: []string{uriPython, uriR}, Optional: []string{uriSQL}},
			occWelder:  {URI: occWelder, ISCO: "7212", Pref: taxonomy.Text{en: "welder", fr: "soudeur", ar: "لحام"}, Essential: []string{uriWeld}, Optional: []string{uriTeam}},
			occAccount: {URI: occAccount, ISCO: "2411", Pref: taxonomy.Text{en: "accountant", fr: "comptable"}, Essential: []string{uriAccount, uriOffice}, Optional: []string{uriComm}},
		},
		ISCO: map[string]*taxonomy.ISCOGroup{
			"2511": {Code: "2511", Title: taxonomy.Text{en: "Systems analysts"}},
			"2512": {Code: "2512", Title: taxonomy.Text{en: "Software developers"}},
			"7212": {Code: "7212", Title: taxonomy.Text{en: "Welders and flame cutters", fr: "Soudeurs et oxycoupeurs"}},
			"2411": {Code: "2411", Title: taxonomy.Text{en: "Accountants"}},
		},
		Competences: map[string]*taxonomy.Competence{
			"100286": {OGR: "100286", Label: "Techniques de soudure", Kind: "savoir"},
			"124985": {OGR: "124985", Label: "Assembler des sous-ensembles par procédé mécanique", Kind: "savoir-faire", Macro: "300228"},
			"300228": {OGR: "300228", Label: "Fixer, poser, installer des éléments, des ouvrages", Kind: "savoir-faire"},
			"403039": {OGR: "403039", Label: "Microsoft Excel", Kind: "savoir", Category: "Logiciels, progiciels"},
			"116428": {OGR: "116428", Label: "Autocad", Kind: "savoir", Category: "Logiciels, progiciels"},
		},
		Fiches: map[string]*taxonomy.Fiche{
			"H2913": {Code: "H2913", Label: "Soudage manuel", Competences: []string{"124985", "300228"}, Savoirs: []string{"100286", "116428"}},
			"M1203": {Code: "M1203", Label: "Comptabilité", Savoirs: []string{"403039"}},
		},
		Crosswalk: []taxonomy.Mapping{
			{ESCO: occWelder, OGR: "1", Fiche: "H2913", Match: taxonomy.Exact},
			{ESCO: occAccount, OGR: "2", Fiche: "M1203", Match: taxonomy.Close},
		},
	}
	return t
}

// tinyDict builds the dictionary of tinyTaxonomy.
func tinyDict(tb testing.TB) *Dictionary {
	tb.Helper()
	d, err := Build(context.Background(), tinyTaxonomy(), corpus.NewAnalyzers(corpus.Config{}))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}
