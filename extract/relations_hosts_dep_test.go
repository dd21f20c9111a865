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
