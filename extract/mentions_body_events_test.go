package extract

import (
	"strings"
	"testing"
)

// TestBodyEventSpan: bodyEvent reads a lower-case session of a named body
// from its head word or the ordinal before it, and gives nothing where no
// "of" follows the head, the case its early return decides without the
// head's look-ups.
func TestBodyEventSpan(t *testing.T) {
	x := testExtractor(t)
	tests := []struct {
		text string
		at   string // the word bodyEvent is asked at
		want string // the span read, "" for none
	}{
		{"Envoys opened the fifth session of the Arctic council of fisheries ministers in Tromso.",
			"session", "session of the Arctic council of fisheries ministers"},
		{"Envoys opened the fifth session of the Arctic council of fisheries ministers in Tromso.",
			"fifth", "fifth session of the Arctic council of fisheries ministers"},
		{"Envoys opened the 9thsession of the Arctic council of fisheries ministers in Tromso.",
			"9thsession", "9thsession of the Arctic council of fisheries ministers"},
		// no "of" after the head: nothing
		{"Envoys opened the session in the Arctic council chamber in Tromso.", "session", ""},
		{"Envoys opened the fifth session in the Arctic council chamber in Tromso.", "fifth", ""},
		// "of" after a word that is no head: nothing
		{"Envoys spoke of the Arctic council of fisheries ministers in Tromso.", "spoke", ""},
		// the last words of a sentence
		{"Envoys opened the session", "session", ""},
	}
	for _, tc := range tests {
		a := &analysis{x: x, doc: &Document{Text: tc.text}}
		a.segment()
		i := -1
		for k, tok := range a.tokens {
			if tok.Text == tc.at {
				i = k
				break
			}
		}
		if i < 0 {
			t.Fatalf("%q: no word %q", tc.text, tc.at)
		}
		got := ""
		if j := x.bodyEvent(a, a.sentOf(i), i); j > i {
			words := make([]string, 0, j-i)
			for _, tok := range a.tokens[i:j] {
				words = append(words, tok.Text)
			}
			got = strings.Join(words, " ")
		}
		if got != tc.want {
			t.Errorf("%q at %q: bodyEvent read %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}
