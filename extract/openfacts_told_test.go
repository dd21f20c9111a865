package extract

import (
	"context"
	"testing"
)

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

// TestToldLinkTakesParseConfidence: where the parse reads the same link
// as the word rule ("X told BBC Sport ..."), the one fact kept carries
// the parse's confidence, which is higher than the word rule's 0.6.
func TestToldLinkTakesParseConfidence(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"Hannah Kessler told BBC Sport she would retire after the season.",
		"Tomas Brandt told the Sunday Times that the plant would close in June.",
	} {
		doc, err := x.Extract(context.Background(), "t", []byte("News\n\n"+text+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range doc.OpenFacts {
			if f.Key != "tell" {
				continue
			}
			found = true
			if f.Rule != "openie:told" {
				t.Errorf("%s: rule %s, want openie:told", text, f.Rule)
			}
			if f.Confidence <= 0.6 {
				t.Errorf("%s: confidence %.2f, want the parse's higher one", text, f.Confidence)
			}
		}
		if !found {
			t.Errorf("%s: no tell link", text)
		}
	}
}
