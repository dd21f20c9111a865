package lexicon

import (
	"strings"
	"sync"
)

//go:generate go run gen_commonwords.go /usr/share/dict/american-english

// IsCommonWord reports whether w (lower case) is an ordinary English word
// in the embedded dictionary, trying the American spelling of British
// forms ("honour", "organise", "centre") since the list is American.
func IsCommonWord(w string) bool {
	if inDictionary(w) {
		return true
	}
	for _, r := range britishToAmerican {
		if strings.Contains(w, r[0]) && inDictionary(strings.Replace(w, r[0], r[1], 1)) {
			return true
		}
	}
	return false
}

var britishToAmerican = [...][2]string{
	{"our", "or"}, {"ise", "ize"}, {"isa", "iza"}, {"yse", "yze"}, {"tre", "ter"},
	{"ogue", "og"}, {"lled", "led"}, {"lling", "ling"}, {"ence", "ense"},
}

// inDictionary reports whether w is one of the embedded dictionary's
// lines. The rules ask it for nearly every capitalised word of every
// document, so the words are indexed in a set on first use (tens of
// thousands of strings pointing into the embedded data, built once per
// process in a few milliseconds) rather than binary-searched in the raw
// text, whose every probe had to walk back to the start of its line.
func inDictionary(w string) bool {
	if w == "" {
		return false
	}
	_, ok := commonWordSet()[w]
	return ok
}

// commonWordSet is the embedded dictionary's words as a set, built once.
var commonWordSet = sync.OnceValue(func() map[string]struct{} {
	set := make(map[string]struct{}, strings.Count(commonWordsData, "\n"))
	for line := range strings.SplitSeq(commonWordsData, "\n") {
		if line != "" {
			set[line] = struct{}{}
		}
	}
	return set
})
