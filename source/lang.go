package source

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

// maxStopLen is the byte length of the longest word in englishStop: a
// word longer than that once lower-cased cannot be one.
var maxStopLen = func() int {
	n := 0
	for w := range englishStop {
		n = max(n, len(w))
	}
	return n
}()

// EnglishRatio is the share of text's words that are English stop words,
// and the number of words counted. A word is a run of letters and
// apostrophes, read after lower-casing as strings.ToLower does (rune by
// rune). The text is read once, without building its lower-cased copy or
// a slice of its words: it is every article's first step, and the copy
// and the slice were most of its cost.
func EnglishRatio(text string) (float64, int) {
	hits, n := 0, 0
	var buf [16]byte
	low := buf[:0] // the current word lower-cased, while it can still be a stop word
	in, long := false, false
	end := func() {
		n++
		if !long && englishStop[string(low)] {
			hits++
		}
		in, long, low = false, false, buf[:0]
	}
	for _, r := range text { // an invalid byte reads as utf8.RuneError, not a letter, as in strings.ToLower
		var letter bool
		if r < utf8.RuneSelf { // most of the text: no table look-ups
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			letter = 'a' <= r && r <= 'z'
		} else {
			r = unicode.ToLower(r)
			letter = unicode.IsLetter(r)
		}
		if !letter && r != '\'' {
			if in {
				end()
			}
			continue
		}
		in = true
		if long {
			continue
		}
		if low = utf8.AppendRune(low, r); len(low) > maxStopLen {
			long = true
		}
	}
	if in {
		end()
	}
	if n == 0 {
		return 0, 0
	}
	return float64(hits) / float64(n), n
}

// IsEnglish reports whether text reads as English. declared is the
// language the page or feed declares ("en-GB", "ru"), used only when the
// text is too short to judge: pages mislabel themselves more often than
// their words lie.
func IsEnglish(text, declared string) bool {
	ratio, n := EnglishRatio(text)
	return englishByRatio(ratio, n, declared)
}

// englishByRatio is IsEnglish given text's EnglishRatio, for callers that
// need the ratio too and should not read the text twice.
func englishByRatio(ratio float64, n int, declared string) bool {
	if n >= minLangWords {
		return ratio >= englishRatio
	}
	declared = strings.ToLower(strings.TrimSpace(declared))
	return declared == "" || declared == "en" || strings.HasPrefix(declared, "en-") || strings.HasPrefix(declared, "en_")
}
