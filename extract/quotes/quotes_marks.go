package quotes

import "strings"

// Quotation marks beyond the English curly and straight ones. News copied
// from other languages' style sheets, translated wire copy and typeset
// (TeX-like) text mark speech with these:
//
//	guillemets         «Wir sind bereit», sagte er. / « Nous sommes prêts »
//	low-high (German)  „Wir sind bereit“, sagte sie.
//	low-high (Polish)  „Jesteśmy gotowi”, powiedział.
//	typed TeX pairs    ``We are ready,'' he said.
//	single guillemets  ‹Wir sind bereit›
//
// Each entry gives the mark's bytes and the kind the scanner reads it as.
// The opening ones are directional, so the scanner needs no flank test
// for them; „ is closed by “ as well as by ” (German closes with the mark
// English opens with), which the scanner handles by remembering that the
// open quotation began low.
var qExtraMarks = []struct {
	mark string
	kind int
}{
	{"«", qmDoubleOpen},
	{"»", qmDoubleClose},
	{"„", qmDoubleOpen},
	{"``", qmDoubleOpen},
	{"‹", qmSingleOpen},
	{"›", qmSingleClose},
}

// qLowOpen is the opening mark after which “ closes instead of nesting.
const qLowOpen = "„"

// qExtraMarkAt reports an extra quotation mark at text[i], or qmNone.
func qExtraMarkAt(text string, i int) (kind, width int) {
	for _, m := range qExtraMarks {
		if strings.HasPrefix(text[i:], m.mark) {
			return m.kind, len(m.mark)
		}
	}
	return qmNone, 1
}

// qMayStartMark reports whether byte c can begin any quotation mark the
// scanner reads: the straight marks, the lead byte of the curly marks,
// ‹ › and „ (0xE2), of the guillemets (0xC2), or a TeX backtick.
func qMayStartMark(c byte) bool {
	return c == '"' || c == '\'' || c == 0xE2 || c == 0xC2 || c == '`'
}

// qIsDoubleMarkRune reports whether r is a double quotation mark of any
// kind (a token boundary for the attribution scans).
func qIsDoubleMarkRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„':
		return true
	}
	return false
}

// qOpensWithMark reports whether s begins with a double quotation mark
// that can open a quotation.
func qOpensWithMark(s string) bool {
	for _, m := range []string{`"`, "“", "«", "„", "``"} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// qLeadMarks are the characters trimmed off a sentence's start to find its
// first word when it opens inside a quotation.
const qLeadMarks = " \t\n\"“'‘«„`"

// qMarkChars are the characters whose presence in a phrase shows that it
// runs into quoted text.
const qMarkChars = "\"“”«»„"
