package extract

import "testing"

// TestToldLinks: a speaker named right before "told" and a body named
// right after it are linked, whatever the parse makes of the rest; a
// body that modifies a noun, an employer in an apposition, words inside
// a quotation and places are not.
func TestToldLinks(t *testing.T) {
	checkOpenCases(t, []openCase{
		// Positives.
		{"\"Rates will stay low this spring,\" Hannah Kessler told the Reuters news agency on Friday.",
			[]string{"Hannah Kessler tell Reuters"}, nil},
		{"\"The plant will close in June,\" Tomas Brandt told the Sunday Times.",
			[]string{"Tomas Brandt tell Sunday Times"}, nil},
		{"Hannah Kessler told BBC Sport she would retire after the season.",
			[]string{"Hannah Kessler tell BBC Sport"}, nil},
		{"\"We were unlucky in the second half,\" Tomas Brandt told Arsenal's official website.",
			[]string{"Tomas Brandt tell_website_of Arsenal"}, []string{"Tomas Brandt tell Arsenal"}},
		{"A spokesman for Vodafone told BBC News that the offer was final.",
			[]string{"Vodafone tell BBC News"}, nil},
		// Negatives: the body modifies a noun or is told to act.
		{"Tomas Brandt told Arsenal fans to stay patient.",
			nil, []string{"Tomas Brandt tell Arsenal"}},
		// the speaker's employer, the apposition's comma missing
		{"Paul Marsh, head of research at Barclays told Reuters the market was weak.",
			[]string{"Paul Marsh tell Reuters"}, []string{"Barclays tell Reuters"}},
		// a telling reported inside someone else's quotation
		{"\"Then Hannah Kessler told Reuters everything,\" said Tomas Brandt.",
			nil, []string{"Hannah Kessler tell Reuters"}},
		// never told: negated
		{"Hannah Kessler never told Reuters about the deal.",
			nil, []string{"Hannah Kessler tell Reuters"}},
		// a place is no body that was told
		{"Hannah Kessler told US investors the plan was sound.",
			nil, []string{"Hannah Kessler tell United States"}},
	})
}
