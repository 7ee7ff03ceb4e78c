package corpus

import "unicode/utf8"

// This file holds the Arabic light stemmer, after Larkey's light10 (as
// in Bleve's analysis/lang/ar): strip one definite article or conjunction
// prefix, then plural, dual and feminine suffixes. It runs on folded
// tokens (alef variants, ta marbuta and alef maqsura already unified).
//
// It differs from Bleve's in two ways measured on ESCO labels and job
// titles: a stem keeps at least three letters (Bleve: two), so "فني"
// (technician) does not become "فن" (art); and the construct-state plural
// of participles ("مطورو البرمجيات", "مهندسو") loses its final waw, so it
// meets "مطور" and "مطورون". Broken plurals (عمال / عامل) are beyond a
// light stemmer.

var arabicPrefixes = [...]string{"وال", "بال", "كال", "فال", "لل", "ال"}

// wawRoots start common words whose first waw is a root letter, not the
// conjunction "and": وظيفة (job), وكالة, وزارة, ورشة, وحدة…
var wawRoots = [...]string{
	"وظيف", "وظائف", "وكال", "وكيل", "وزار", "وزير", "ورش", "وحد", "وسائل", "وسيل", "وسيط", "وثائق", "وثيق",
	"وطن", "واجب", "وصف", "وقت", "وضع", "ولاي", "وجب", "وصول", "ورق", "وارد", "واقع", "وعي", "وسط", "ولد",
}

func wawInitial(w string) bool {
	for _, r := range wawRoots {
		if len(w) >= len(r) && w[:len(r)] == r {
			return true
		}
	}
	return false
}

var arabicSuffixes = [...]string{"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"}

// placeNouns are words whose feminine or plural ending makes another
// noun, not the feminine or plural of a person: مكتبة (library) is not
// مكتب (office), without which "مدير مكتب" (office manager) met the
// librarian; رياضيات (mathematics) is not رياضي (sports), without which
// "أستاذ رياضيات" met the sports coach. Keyed by the folded word after
// its prefix, singular and plural, to the stem kept. (Folded, مكتبه "his
// office" is spelled the same; in job ads it is rare.) مدرسة (school)
// and جامعة (university) are not here: they are also the feminine of
// مدرس (teacher) and جامع (collector), which ESCO's Arabic labels write
// ("مدرس … / مدرسة …").
var placeNouns = map[string]string{"مكتبه": "مكتبه", "مكتبات": "مكتبه", "رياضيات": "رياضيات"}

// KeptApart reports whether term is a stem the analyser keeps apart from
// the words it looks like (placeNouns): a matcher that lets words meet
// by their first letters should not let this one meet them, or رياضيات
// (mathematics) meets رياض (kindergartens) after all.
func KeptApart(term string) bool { return keptApart[term] }

// keptApart is the set of placeNouns' stems.
var keptApart = func() map[string]bool {
	m := make(map[string]bool)
	for _, stem := range placeNouns {
		m[stem] = true
	}
	return m
}()

// maghrebWords are the words of Moroccan job ads that ESCO's Arabic labels
// write otherwise, keyed like placeNouns, to the stem of ESCO's word:
// تقني (technician: "تقني متخصص", a Moroccan diploma) is فني in 247
// labels and تقني in 18; زبون, زبناء (client) are عميل, عملاء; مسير
// (gérant) is مدير; مكلف ب (chargé de) is مسؤول عن; لوجستيك (logistique)
// is ESCO's لوجستي; الإعلاميات and المعلوماتية (informatique) are
// ESCO's المعلومات, where الإعلاميات met الإعلام (the media). تقنية
// (technical, technology) goes with تقني as it did before (the light
// stemmer made both تقن): "أخصائي تقنية إشعاعية" is the radiographer.
// Not مسيرة ("career").
var maghrebWords = map[string]string{
	"تقني": "فني", "تقنيه": "فني", "تقنيي": "فني", "تقنيين": "فني", "تقنيون": "فني", "تقنيات": "فني",
	"زبون": "عميل", "زبناء": "عملاء", "زباين": "عملاء", // زبائن folds to زباين
	"مسير": "مدير", "مسيرين": "مدير", "مسيرون": "مدير", "مسيري": "مدير",
	"مكلف": "مسوول", "مكلفه": "مسوول", "مكلفين": "مسوول",
	"لوجستيك": "لوجست", "لوجيستيك": "لوجست",
	"اعلاميات": "معلوم", "معلوماتيه": "معلوم",
}

// stemArabic returns the light stem of a folded Arabic word.
func stemArabic(w string) string {
	n := utf8.RuneCountInString(w)
	stripped := false
	for _, p := range arabicPrefixes {
		if pn := utf8.RuneCountInString(p); n-pn >= 2 && len(w) > len(p) && w[:len(p)] == p {
			w, n, stripped = w[len(p):], n-pn, true
			break
		}
	}
	if !stripped && n >= 4 && w[:2] == "و" && !wawInitial(w) {
		w, n = w[2:], n-1
	}
	if stem, ok := placeNouns[w]; ok {
		return stem
	}
	if stem, ok := maghrebWords[w]; ok {
		return stem
	}
	for _, s := range arabicSuffixes {
		if sn := utf8.RuneCountInString(s); n-sn >= 3 && len(w) > len(s) && w[len(w)-len(s):] == s {
			w, n = w[:len(w)-len(s)], n-sn
		}
	}
	// Construct-state masculine plural of a participle: مطورو → مطور.
	if n >= 4 && w[:2] == "م" && w[len(w)-2:] == "و" {
		w = w[:len(w)-2]
	}
	return w
}
