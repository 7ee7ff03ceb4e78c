package corpus

import "strings"

// This file holds the closed-compound stage: English job words written
// both open and closed ("store keeper" and "storekeeper", "child care"
// and "childcare", "sales person" and "salesperson") are joined into the
// closed word before stemming, so a title meets a label whichever way
// either is written. ESCO itself writes "salesperson" 335 times and
// "sales person" 4, "childcare" 5 times and "child care" 6.

// closedCompounds maps the folded parts of an open compound to the
// folded closed word. Left open: pairs ESCO writes open ("team leader",
// "school teacher", "call centre"), and those whose parts carry a match
// on their own: joined, "help desk" no longer met "Service Desk Agent",
// "after-sales service technician" no longer "Service Technician", "day
// care" and "pre school" lost the early years teacher (jobbert: −14
// titles against +6 for the pairs kept).
var closedCompounds = map[[2]string]string{
	{"store", "keeper"}: "storekeeper", {"house", "keeping"}: "housekeeping", {"house", "keeper"}: "housekeeper",
	{"sales", "person"}: "salesperson", {"sales", "man"}: "salesman", {"sales", "woman"}: "saleswoman",
	{"sales", "clerk"}: "salesclerk", {"child", "care"}: "childcare", {"pre", "sales"}: "presales",
	{"cyber", "security"}: "cybersecurity", {"care", "giver"}: "caregiver", {"hair", "dresser"}: "hairdresser",
	{"dish", "washer"}: "dishwasher", {"copy", "writer"}: "copywriter", {"book", "keeper"}: "bookkeeper",
	{"book", "keeping"}: "bookkeeping", {"data", "base"}: "database", {"fore", "man"}: "foreman",
	{"handy", "man"}: "handyman", {"ware", "house"}: "warehouse", {"pre", "school"}: "preschool",
	{"web", "designer"}: "webdesigner", {"e", "commerce"}: "ecommerce", {"e", "business"}: "ebusiness",
	{"e", "learning"}: "elearning", {"e", "mail"}: "email", {"e", "sport"}: "esport",
}

// closedAfter indexes closedCompounds by first part. closedCompound
// runs on every word, and most cost one length test: every first part
// is "e" or has 3 to 5 letters (TestClosedCompoundsGate); hyphenated
// prefixes are looked at only where the gap is a lone hyphen.
var closedAfter = func() map[string]map[string]string {
	m := make(map[string]map[string]string)
	for parts, w := range closedCompounds {
		if m[parts[0]] == nil {
			m[parts[0]] = make(map[string]string)
		}
		m[parts[0]][parts[1]] = w
	}
	return m
}()

// hyphenPrefix reports whether w is a prefix that a hyphen joins to
// the word after it: ESCO writes "co-ordinator" 46 times and
// "coordinator" 376, "prepress" 11 times and "pre-press" 5. Split at the
// hyphen, the parts met nothing ("coordinator") or the wrong thing:
// "de-hairing machine operator" and "aircraft de-icer installer" met the
// French "de" of every title. "e-" is not one: joined, "E-Marketer" met
// nothing; the e-words labels hold are closedCompounds, written with a
// hyphen, a space or neither.
func hyphenPrefix(w string) bool {
	switch w {
	case "co", "de", "re", "pre", "non", "sub", "anti", "semi", "multi":
		return true
	}
	return false
}

// closedCompound returns the closed word of the open compound at
// items[i], items[i+1] of text (joined by a space or a hyphen on one
// line), or of a prefix and its word joined by a hyphen alone ("co-
// ordinator"), or "". It runs in every analyser: the words are English,
// and English titles come inside French and Arabic postings.
func closedCompound(text string, items []item, i int) string {
	a := &items[i]
	if len(a.norm) > 5 || i+1 >= len(items) {
		return ""
	}
	b := &items[i+1]
	if b.kind != spanWord || a.sc != scriptLatin || b.sc != scriptLatin || a.fixed || b.fixed {
		return ""
	}
	if text[a.end:b.start] == "-" && hyphenPrefix(a.norm) {
		return a.norm + b.norm
	}
	if len(a.norm) < 3 && a.norm != "e" {
		return ""
	}
	seconds := closedAfter[a.norm]
	if seconds == nil {
		return ""
	}
	if gap := text[a.end:b.start]; len(gap) > 3 || strings.ContainsAny(gap, "\n\r") {
		return "" // "Data\nBase salary" is two lines, not a database
	}
	if sep := separator(text, a.end, b.start); sep != "" && sep != "-" {
		return ""
	}
	return seconds[b.norm]
}
