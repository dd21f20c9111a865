package extract

import (
	"strings"
	"testing"
)

// TestHostPersonSubject: a person who presents, chairs or stages an event
// ("Maria Lopez hosted the awards") is no host place or body, so the
// active host verb gives no hosted/willHost fact with a person subject; a
// country or city subject still hosts, and a person hosting a person is
// still a meeting. Every sentence is invented.
func TestHostPersonSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosting facts, sorted
	}{
		{"a presenter",
			"Awards\n\nComedian Maria Lopez hosted the Harbour Film Awards on Sunday.",
			nil},
		{"a presenter to come",
			"Awards\n\nComedian Maria Lopez will host the Harbour Film Awards next month.",
			nil},
		{"near miss: a country hosts",
			"Summit\n\nPortugal hosted the Atlantic Summit in October.",
			[]string{"Portugal hosted Atlantic Summit"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := hostingFacts(extractText(t, tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
