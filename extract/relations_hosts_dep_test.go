package extract

import (
	"strings"
	"testing"
)

// TestDepHostedBesideWillHost: when the surface rules read a hosting as
// still to come from its time words ("is hosting ... next year"), the
// dependency rule's hosted for the same pair and sentence is dropped; a
// hosting told as done keeps hosted. Every sentence is invented.
func TestDepHostedBesideWillHost(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosting facts of the Harbour Trust, sorted
	}{
		{"is hosting next year",
			"Music\n\nThe Harbour Trust is hosting the Tidewater Jazz Festival next year.",
			[]string{"Harbour Trust willHost Tidewater Jazz Festival"}},
		{"near miss: hosted last year",
			"Music\n\nThe Harbour Trust hosted the Tidewater Jazz Festival last year.",
			[]string{"Harbour Trust hosted Tidewater Jazz Festival"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range hostingFacts(extractText(t, tc.text)) {
				if strings.HasPrefix(f, "Harbour Trust ") {
					got = append(got, f)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestPresentBeforeClause: an event's clause opened by "before" or
// "until" in the present tense is still to come: willHost; in the past
// it stays hosted. Every sentence is invented.
func TestPresentBeforeClause(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Athletics\n\nShe will rest until the Nordic Indoor Championships begin in Oslo on 3 March.",
			[]string{"Oslo willHost Nordic Indoor Championships"}},
		{"Athletics\n\nShe must register a week before the Nordic Indoor Championships begin in Oslo.",
			[]string{"Oslo willHost Nordic Indoor Championships"}},
		{"Athletics\n\nShe was injured a week before the Nordic Indoor Championships began in Oslo.",
			[]string{"Oslo hosted Nordic Indoor Championships"}},
	} {
		got := hostingFacts(extractText(t, tc.text))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
