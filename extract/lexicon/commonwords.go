package lexicon

import "strings"

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

// inDictionary binary-searches the sorted, newline-separated word data
// directly, so loading costs nothing.
func inDictionary(w string) bool {
	if w == "" {
		return false
	}
	d := commonWordsData
	lo, hi := 0, len(d)
	for lo < hi {
		mid := (lo + hi) / 2
		// Back up to the start of the line holding mid.
		s := mid
		for s > 0 && d[s-1] != '\n' {
			s--
		}
		e := s
		for e < len(d) && d[e] != '\n' {
			e++
		}
		line := d[s:e]
		switch {
		case line == w:
			return true
		case line < w:
			lo = e + 1
		default:
			hi = s
		}
	}
	return false
}
