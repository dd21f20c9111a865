package extract

import (
	"sort"
	"strings"
	"testing"
)

// TestPresentAt: whoever was present at an event took part in it, told
// with the copula before ("X was present at E") or after the event ("Also
// present at E was X", "Among those present at E were X and Y"); the
// future, a denial, an expectation and a phrase that does not open its
// clause give nothing. Every sentence is invented.
func TestPresentAt(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // the facts of presentAt, sorted
	}{
		{"copula before",
			"Leaders meet\n\nJohn Hale was present at the Nato summit in Riga.",
			[]string{"John Hale participatedIn Nato summit"}},
		{"also present, inverted",
			"Awards night\n\nAlso present at the Brit Awards was the singer Mary Kline and the actor Tom Reed.",
			[]string{"Mary Kline participatedIn Brit Awards", "Tom Reed participatedIn Brit Awards"}},
		{"among those present",
			"Leaders meet\n\nAmong those present at the Nato summit were Anna Pike and Carl Berg.",
			[]string{"Anna Pike participatedIn Nato summit", "Carl Berg participatedIn Nato summit"}},
		{"future",
			"Leaders meet\n\nMary Kline will be present at the Nato summit.",
			nil},
		{"denied",
			"Leaders meet\n\nTom Reed was not present at the Nato summit.",
			nil},
		{"expected",
			"Leaders meet\n\nAnna Pike is expected to be present at the Nato summit.",
			nil},
		{"inverted, future copula",
			"Leaders meet\n\nAlso present at the Nato summit will be Anna Pike.",
			nil},
		{"not opening its clause",
			"Leaders meet\n\nThe delegates present at the Nato summit were Carl Berg's guests.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range d.Facts {
				if f.Rule == rulePresentAt {
					got = append(got, d.Entities[f.Subject].Name+" "+f.Predicate+" "+d.Entities[f.Object].Name)
				}
			}
			sort.Strings(got)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
