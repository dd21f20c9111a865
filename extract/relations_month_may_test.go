package extract

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestMonthMayIsNoModal: the month May, after a date word or before a
// number, leaves the tense as it was; the modal "may" still hedges. Every
// text is invented.
func TestMonthMayIsNoModal(t *testing.T) {
	met := []string{"Tom Reyes metWith Person:Nora Lindqvist", "Tom Reyes metWith Person:Pavel Horak"}
	runFactCases(t, []string{MetWith}, []factCase{
		{"reported in May", "Tom Reyes was reported in May to have attended a meeting between Nora Lindqvist and Pavel Horak.",
			met, nil},
		{"reported since May", "Tom Reyes has been reported since May to have attended a meeting between Nora Lindqvist and Pavel Horak.",
			met, nil},
		{"reported on 4 May", "Tom Reyes was reported on 4 May to have attended a meeting between Nora Lindqvist and Pavel Horak.",
			met, nil},
		{"modal may", "Tom Reyes may have attended a meeting between Nora Lindqvist and Pavel Horak.",
			nil, met},
		{"modal may, reported", "Tom Reyes was said to have attended, and may attend again, a meeting between Nora Lindqvist and Pavel Horak.",
			nil, met},
	})
}

// TestMonthMayAt: which capitalised "May" is the month.
func TestMonthMayAt(t *testing.T) {
	for _, c := range []struct {
		text string
		at   int
		want bool
	}{
		{"elected in May to", 2, true},
		{"on 4 May the", 2, true},
		{"May 2005 saw", 0, true},
		{"by early May .", 2, true},
		{"May I ask", 0, false},
		{"he may go", 1, false},
		{"Ministers May resign", 1, false},
	} {
		toks := tokensOf(c.text)
		if got := monthMayAt(toks, c.at); got != c.want {
			t.Errorf("%q at %d: got %v, want %v", c.text, c.at, got, c.want)
		}
	}
}

// tokensOf splits a test text at spaces into tokens.
func tokensOf(text string) []textseg.Token {
	var toks []textseg.Token
	for _, w := range strings.Fields(text) {
		toks = append(toks, textseg.Token{Text: w})
	}
	return toks
}
