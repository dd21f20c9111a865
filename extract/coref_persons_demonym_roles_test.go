package extract

import "testing"

// TestDemonymRoleDescriptions: "the Swiss star", "the Portuguese
// winger", a demonym before a noun that refers back to someone named
// (backRefRoles), stand for the person the text settles on by the same
// agreement and recency as "the Swiss"; an office or post ("the Spanish
// captain", "the Indian director"), a nationality the text gave someone
// else, two persons in competition and a speaker in the same sentence
// bind nothing. Every sentence is invented.
func TestDemonymRoleDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"star after the one recent person",
			"Tennis\n\nMarco Bernasconi reached the final in Basel on Friday. The Swiss star will face Tomas Berdych on Sunday.",
			"The Swiss star", "Marco Bernasconi"},
		{"winger as a clause subject",
			"Football\n\nNuno Valente crossed from the left in the first half, and the Portuguese winger later scored the second goal.",
			"the Portuguese winger", "Nuno Valente"},
		{"singer as speaker",
			"Music\n\nPaul Harlow played to a full hall in Lyon on Sunday. \"It was the best night of the tour,\" the British singer said.",
			"the British singer", "Paul Harlow"},
		{"a stated nationality picks among two",
			"Football\n\nBrazilian Dario Lemos and Dutchman Piet Visser both scored on Saturday. The Brazilian midfielder was named man of the match.",
			"The Brazilian midfielder", "Dario Lemos"},
		{"a stated nationality disagrees",
			"Tennis\n\nAmerican Brad Colton won in Memphis on Friday. The French star lost in the other semi-final.",
			"The French star", ""},
		{"a captain of a side is someone new",
			"Tennis\n\nCarlos Ruiz beat Brad Colton in the Davis Cup tie. The Spanish captain praised the crowd.",
			"The Spanish captain", ""},
		{"a director is someone new",
			"Film\n\nThe prize went to actor Karl Benning on Friday. The award is named after the Indian director.",
			"the Indian director", ""},
		{"two compete",
			"Football\n\nLuis Ortega beat Pablo Marin to the ball in the first half. The Spanish striker scored from the rebound.",
			"The Spanish striker", ""},
		{"a speaker in the same sentence is someone else",
			"Football\n\nManager Ron Dale said the Brazilian striker would be fit on Saturday.",
			"the Brazilian striker", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}
