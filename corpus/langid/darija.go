package langid

import (
	"strings"
	"unicode/utf8"
)

// Moroccan Darija is written in Arabic script too, mixed with Modern
// Standard Arabic: "بغينا سكريتيرة تخدم فالمكتب", "كنقلبو على طباخ". There
// it is recognised from words MSA does not have (darijaArabic) and from the
// first person plural of the present, كن…و ("كنقلبو", "كنبحثو").
//
// Moroccan Darija is often written in Latin script ("arabizi"), with the
// digits 2, 3, 5, 7 and 9 standing for Arabic letters that Latin lacks
// (3 = ع, 7 = ح, 9 = ق). lingua has no model for it and confidently calls
// it French or English, so it is recognised here from cues: frequent
// Darija function words and content words, and words spelt with those
// digits. One cue is not enough: French and English postings carry "3D",
// "S7", "B2B" or "24/7", so several distinct cues and a minimum density
// are required.

// darijaWords are frequent Darija words that are not also French or English
// words ("fin", "wash", "dial", "had", "bash" and "ana" are left out).
var darijaWords = map[string]bool{
	"dyal": true, "diyal": true, "deyal": true, "dyali": true, "dyalek": true, "dyalk": true, "dyalna": true, "dyalhom": true,
	"wach": true, "wech": true, "wesh": true,
	"bghit": true, "bghina": true, "bghiti": true, "nbghi": true, "kanbghi": true, "bgha": true,
	"khdma": true, "khedma": true, "lkhdma": true, "lkhedma": true, "khdam": true, "khddam": true, "khdama": true,
	"nkhdem": true, "tkhdem": true, "ykhdem": true, "kankhdem": true, "khdmat": true,
	"m3a": true, "m3ak": true, "m3ana": true, "3la": true, "3lik": true, "3lach": true, "3lache": true,
	"3and": true, "3ndi": true, "3andi": true, "3ndek": true, "3ndna": true, "3ando": true,
	"chi": true, "chwiya": true, "chwia": true,
	"mzyan": true, "mzian": true, "mezyan": true, "mezian": true, "mzyana": true, "mziana": true,
	"kayn": true, "kayna": true, "kaynin": true, "makaynch": true, "makaynach": true,
	"daba": true, "dba": true, "bzaf": true, "bezzaf": true, "bzzaf": true, "bezaf": true,
	"wakha": true, "safi": true, "hadchi": true, "hadak": true, "hadik": true, "hadi": true,
	"chno": true, "chnou": true, "achno": true, "fach": true, "kifach": true, "kidayr": true, "labas": true,
	"ghadi": true, "ghir": true, "walakin": true, "walu": true, "walo": true, "bach": true,
	"nta": true, "nti": true, "ntoma": true, "7na": true, "hna": true, "howa": true, "hiya": true, "homa": true,
	"lli": true, "illi": true, "s7ab": true, "s7abi": true, "flous": true, "flouss": true, "lflous": true,
	"9raya": true, "l9raya": true, "chhal": true, "ch7al": true, "drari": true,
	"3amal": true, "khasni": true, "khass": true, "khassek": true, "khessni": true, "3afak": true, "3afakom": true,
	"nchallah": true, "inchallah": true, "ma3ndich": true, "mabghitch": true, "ila": true, "tanchof": true,
	"chokran": true, "choukran": true, "mrhba": true, "merhba": true, "sa3a": true, "nhar": true, "simana": true,
}

// darijaArabic are frequent Arabic-script Darija words that neither MSA
// nor the Gulf dialects of Saudi ads use, in folded form (ة → ه). Left
// out: خاص (MSA "special"), خدام (MSA "servants"), تخدم (MSA "serves");
// شي, حنا, غادي and بغيت, which Gulf Arabic shares. بغينا ("we want") is
// Gulf Arabic too, so it is a weak cue, as is a word with the fused
// preposition فال ("فالمكتب", in the office; in MSA "so the office").
var darijaArabic = map[string]bool{
	"ديال": true, "ديالي": true, "ديالك": true, "ديالو": true, "ديالها": true, "ديالنا": true, "ديالهم": true,
	"واش": true, "كنبغي": true,
	"كاين": true, "كاينه": true, "كاينين": true, "ماكاينش": true, "مكاينش": true,
	"مزيان": true, "مزيانه": true, "بزاف": true, "دابا": true, "شحال": true, "كيفاش": true, "علاش": true,
	"والو": true, "هادشي": true, "هاداك": true, "هاديك": true, "حيت": true,
	"خاصنا": true, "خاصني": true, "خاصك": true, "خاصو": true, "عافاك": true, "بلاصه": true,
	"نتا": true, "نتي": true,
}

// darijaArabicWeight is how much a folded Arabic-script token says that
// a text is Darija: 2 for a listed word or a كن…و present ("كنقلبو": we
// are looking for; MSA's كن… words, كنت, كنز, كندا, do not end so), 1 for
// a weak cue, else 0.
func darijaArabicWeight(w string) int {
	switch {
	case darijaArabic[w]:
		return 2
	case strings.HasPrefix(w, "كن") && strings.HasSuffix(w, "و") && utf8.RuneCountInString(w) >= 5:
		return 2
	case w == "بغينا", strings.HasPrefix(w, "فال") && utf8.RuneCountInString(w) >= 5:
		return 1
	}
	return 0
}

// isDarijaArabic decides from the weight of the distinct Arabic-script
// cues: one strong cue or two weak ones in a short text ("كنقلبو على
// طباخ", "بغينا سكريتيرة فالمكتب"), else a strong cue in fifteen words.
func isDarijaArabic(weight, words int) bool {
	return weight >= 2 && weight*15 >= 2*words
}

// notDarija are tokens with a Darija-looking digit that are common in
// French and English postings.
var notDarija = map[string]bool{
	"b2b": true, "b2c": true, "b2g": true, "c2c": true, "p2p": true, "e2e": true, "m2m": true, "w3c": true,
	"a2a": true, "d2c": true, "h2h": true, "g2g": true, "t2t": true, "s2p": true, "o2c": true, "p2c": true,
	"r2r": true, "h2o": true, "m2i": true,
}

// unitSuffixes follow a leading number in ordinary text: "3rd", "2ème",
// "5am", "3ds", "2fa", "9mm".
var unitSuffixes = map[string]bool{
	"st": true, "nd": true, "rd": true, "th": true, "eme": true, "ème": true, "er": true, "ere": true, "ère": true,
	"am": true, "pm": true, "ds": true, "fa": true, "km": true, "kg": true, "mm": true, "cm": true, "ml": true,
	"gb": true, "mb": true, "tb": true, "ghz": true, "mhz": true, "kw": true, "mw": true, "hr": true, "hrs": true,
	"yrs": true, "ans": true, "mois": true, "jours": true, "min": true, "ms": true, "dh": true, "mad": true,
	"kva": true, "kv": true, "bis": true, "ter": true,
}

// darijaCues counts the distinct Darija cues among the Latin words of a
// posting: listed words, and lower-case words spelt with a Darija digit.
func darijaCues(words []string, upper []bool) int {
	var seen []string // postings are short: a slice beats a map here
	for i, w := range words {
		if !darijaWords[w] && (upper[i] || !arabiziWord(w)) {
			continue
		}
		dup := false
		for _, s := range seen {
			if s == w {
				dup = true
				break
			}
		}
		if !dup {
			seen = append(seen, w)
		}
	}
	return len(seen)
}

// arabiziWord reports whether w is spelt like Darija in Latin script: a
// digit 2, 3, 5, 7 or 9 either before two or more letters ("3amal", "7na")
// or between letters ("s7ab", "m3a"), no other digits, and not a known
// technical token ("b2b") or a number with a unit ("3rd", "2ème").
func arabiziWord(w string) bool {
	if len(w) < 3 || notDarija[w] {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c == '2' || c == '3' || c == '5' || c == '7' || c == '9':
			digits++
			before := i > 0 && isLetterByte(w[i-1])
			after := i+1 < len(w) && isLetterByte(w[i+1])
			if !after || (i > 0 && !before) {
				return false // "html5", "x86", "4g": a version or a count
			}
		case '0' <= c && c <= '9':
			return false
		default:
			letters++
		}
	}
	if digits == 0 || digits > 2 || letters < 2 {
		return false
	}
	if isDigitByte(w[0]) && unitSuffixes[strings.TrimLeft(w, "0123456789")] {
		return false
	}
	return true
}

func isLetterByte(c byte) bool { return !isDigitByte(c) }
func isDigitByte(c byte) bool  { return '0' <= c && c <= '9' }

// isDarija decides from the cue count and the number of Latin words.
// Two cues suffice in a short text ("bghit khdma"); longer texts need at
// least one cue in twelve words, so that a French description quoting a
// Darija brand name is not flagged.
func isDarija(cues, words int) bool {
	return cues >= 2 && cues*12 >= words
}
