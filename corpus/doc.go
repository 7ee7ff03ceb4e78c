// Package corpus turns raw text into analysed tokens: Unicode and script
// normalisation, French/Arabic/English tokenisation with byte offsets,
// stop words, job-ad boilerplate and stemming.
//
// One Analyzer per language serves every consumer — the Bleve label index
// (through corpus/bleveanalysis), TF-IDF profiles, skill matching and
// queries — so that a taxonomy label and a posting always meet in the
// same form:
//
//	as := corpus.NewAnalyzers(corpus.Config{})
//	as.For(corpus.French).Normalize("Conducteur / Conductrice d'engins H/F") // "conducteur engin"
//	as.For(corpus.French).Normalize("conductrice d’engins")                  // "conducteur engin"
//	as.For(corpus.Arabic).Normalize("مطورو البرمجيات")                      // "مطور برمج"
//
// What a term looks like:
//
//   - Folded: NFKC compatibility forms, lower case, Latin accents removed
//     ("développeur" and "developpeur" meet), Arabic diacritics and
//     tatweel removed, alef/hamza variants → ا, ى → ي, ة → ه, Arabic-Indic
//     digits → ASCII. Fold exposes this step alone.
//   - Masculine: French inclusive and gendered forms ("développeur(se)",
//     "développeur·euse", "Développeur / Développeuse", "conductrice")
//     give the masculine base; a label written "A B / A' B'" keeps one half.
//   - Stemmed: snowball for French and English, except agent nouns, which
//     stay whole so that a job title is not its activity ("developpeur" ≠
//     "developp" from "développement"; "developer" ≠ "develop"), and
//     French nouns in -iste, which keep "ist" ("journalist" ≠ "journal",
//     "enseignist" ≠ "enseign" of "enseignant"), and a few words snowball
//     would merge with another job word ("gouvernance" ≠ "gouvernante",
//     "production" ≠ "product", "securities" ≠ "security"). Arabic
//     words get a light stemmer (article, conjunction, plural and feminine
//     affixes). Terms are stems, not words: use them for matching, and
//     Token offsets to show text.
//   - Technical words whole: "c++", "c#", "f#", ".net", "node.js", "bac+5",
//     "ci/cd", "tcp/ip", "r&d", "a/b"; compounds written with a space keep
//     it inside one term: "sql server", "power bi", "sap s/4hana".
//     English open compounds are closed: "store keeper" and "sales
//     person" are "storekeeper" and "salesperson".
//   - Absent: stop words (positions kept) where they are function words
//     ("son" is kept in "Ingénieur du son", "car" in "Conducteur de car",
//     "sous" in "sous-chef"), boilerplate such as "H/F",
//     "CDI", "urgent", "recrute", "nous recherchons", "hiring", "مطلوب",
//     "نبحث عن" (Config.Boilerplate replaces the list; "stage",
//     "recrutement" and city names are kept on purpose), URLs, e-mail
//     addresses and phone numbers.
//
// Tokens are routed by script: Arabic-script words take the Arabic path
// in every analyser; Latin-script words in the Arabic analyser are folded
// but not stemmed (Python, Excel, AutoCAD, SAP). The Undetermined
// analyser folds any script, joins compounds and drops boilerplate, but
// removes no stop words and stems nothing.
//
// Token.Start and Token.End are byte offsets into the text given to
// Analyze; a token's span may be wider than its term ("Développeur /
// Développeuse", "employé(e)s"). Token.Position counts every raw word,
// including removed stop words, boilerplate and dropped contacts; a
// gender pair, a technical or a closed compound is one position.
//
// AnalysisVersion names this behaviour; models record it (package models).
//
// Helpers for consumers: Analyzer.Normalize (terms joined by spaces, the
// key for exact label lookups), Analyzer.AnalyzeAppend (reuses a token
// slice on hot paths), Analyzer.IsStopWord, Fold, DefaultBoilerplate.
//
// Sub-packages read postings (posting), decide their language (langid),
// and resolve places (place) and dates (dates). corpus imports none of
// Marsad's other packages.
package corpus
