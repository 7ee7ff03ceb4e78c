package classifier

import (
	"unicode"

	"marsad/corpus"
	"marsad/corpus/langid"
	"marsad/corpus/posting"
)

// sureLang is the detector's confidence above which it overrules the
// language the source declared. Short titles are mostly words French and
// English share ("Production Assistant", "Service Technician"), on which
// the detector says French at 0.6–0.8; a declared English should then
// stand (0.6 → 0.9: jobbert +17 titles, 20 better, 4 worse; 246 of its
// English titles had been read as French). Full descriptions are read at
// 0.95 and more, so a source that declares the wrong language for them
// is still overruled.
const sureLang = 0.9

// decideLang trusts the detector when it is sure, else the language
// the source declared, else the script of the title.
func decideLang(lr langid.Result, p posting.Posting, title, desc string) corpus.Lang {
	if lr.Lang != corpus.Undetermined && lr.Lang != "" && lr.Confidence >= sureLang {
		return lr.Lang
	}
	if l, err := corpus.ParseLang(p.Lang); err == nil {
		return l
	}
	if arabicShare(title+" "+desc) > 0.5 {
		return corpus.Arabic
	}
	if lr.Lang == corpus.French || lr.Lang == corpus.English || lr.Lang == corpus.Arabic {
		return lr.Lang
	}
	return corpus.French
}

// langConfidence is the detector's confidence in lang, the language
// decided: its own answer's confidence, or, when the posting's given
// language or the script won instead, the share of the letters the
// detector found written in lang (0 if none). Reporting the detector's
// confidence in another language beside lang said "ar, 0.50" for an
// English "Data" given as Arabic.
func langConfidence(lr langid.Result, lang corpus.Lang) float64 {
	if lang == lr.Lang {
		return lr.Confidence
	}
	for _, sh := range lr.Shares {
		if sh.Lang == lang {
			return sh.Share
		}
	}
	return 0
}

// titleLang is the language the title is written in. The detector reads
// each field's Latin script as one language, so a French posting whose
// letters are partly English has an English title ("Training Manager",
// "DevOps Automation Engineer" above a French description — common on
// Moroccan boards): its words are then matched first with English labels.
func titleLang(lr langid.Result, lang corpus.Lang) corpus.Lang {
	var other corpus.Lang
	switch lang {
	case corpus.French:
		other = corpus.English
	case corpus.English:
		other = corpus.French
	default:
		return lang
	}
	for _, sh := range lr.Shares {
		if sh.Lang == other && sh.Share > 0 {
			return other
		}
	}
	return lang
}

func arabicShare(s string) float64 {
	var ar, letters int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.Is(unicode.Arabic, r) {
				ar++
			}
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(ar) / float64(letters)
}
