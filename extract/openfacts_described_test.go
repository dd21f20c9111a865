package extract

import (
	"strings"
	"testing"
)

// TestDescribedNameObject: a preposition's object that is a common noun
// describing a name in apposition links to the name; a work noun, a
// title before the noun and a name that opens a clause do not.
func TestDescribedNameObject(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // open facts that must be emitted
		absent []string // names no open fact may link
	}{
		{"Vodafone struck a deal with software company Orbis Media on Monday.",
			[]string{"Vodafone strike_deal_with Orbis Media"}, nil},
		{"Tom Bellamy is a spokesman for chip maker Kessler Systems in Leeds.",
			[]string{"Tom Bellamy be_spokesman_for Kessler Systems"}, nil},
		{"Kessler Group was founded in 1875 by telephone pioneer Tom Bellamy.",
			[]string{"Kessler Group found_by Tom Bellamy"}, nil},
		// Negative: the noun names a work, so the name is a title.
		{"Jane Corr wrote the film with her own play, Silent Harbour, in mind.",
			nil, []string{"Silent Harbour"}},
		// Negative: the name is the subject of a clause after the preposition.
		{"Dunmore Rovers cancelled the match after goalkeeper Tom Bellamy was taken to hospital.",
			nil, []string{"Tom Bellamy"}},
	}
	for _, tc := range tests {
		got := openLines(extractText(t, "News\n\n"+tc.text+"\n"))
		for _, w := range tc.want {
			if !hasOpen(got, w) {
				t.Errorf("%s\n missing %q; got %q", tc.text, w, got)
			}
		}
		for _, a := range tc.absent {
			for _, g := range got {
				if strings.Contains(g, a) {
					t.Errorf("%s\n open fact %q links %q", tc.text, g, a)
				}
			}
		}
	}
}
