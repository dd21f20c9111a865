package source

import (
	"strings"
	"unicode"
)

// englishStop are the commonest English function words. Running English
// prose has a third or more of its words among them; other languages,
// even those written in the Latin alphabet, share only a few ("a", "in").
var englishStop = func() map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(`the of and to a in is was that for on with as by at from
		it he she his her they their be are were has have had not but or this which who
		will would said an its been also after than more when there about into over`) {
		m[w] = true
	}
	return m
}()

// Language thresholds: below minLangWords words the text is too short to
// judge; below englishRatio of stop words it is taken as not English.
// English news measures 0.35–0.45; French, German, Spanish, Russian
// (transliterated or not) and Polish fixtures measure under 0.06.
const (
	minLangWords = 25
	englishRatio = 0.15
)

// EnglishRatio is the share of text's words that are English stop words,
// and the number of words counted.
func EnglishRatio(text string) (float64, int) {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	})
	if len(words) == 0 {
		return 0, 0
	}
	hits := 0
	for _, w := range words {
		if englishStop[w] {
			hits++
		}
	}
	return float64(hits) / float64(len(words)), len(words)
}

// IsEnglish reports whether text reads as English. declared is the
// language the page or feed declares ("en-GB", "ru"), used only when the
// text is too short to judge: pages mislabel themselves more often than
// their words lie.
func IsEnglish(text, declared string) bool {
	ratio, n := EnglishRatio(text)
	if n >= minLangWords {
		return ratio >= englishRatio
	}
	declared = strings.ToLower(strings.TrimSpace(declared))
	return declared == "" || declared == "en" || strings.HasPrefix(declared, "en-") || strings.HasPrefix(declared, "en_")
}
