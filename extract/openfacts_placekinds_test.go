package extract

import "testing"

// TestPlaceKindLinks: a place's name before a noun of trade or kind and
// a name says where the named party is from; a post of the place, a
// sports result, a trade place, a place inside a longer name and a noun
// of no trade do not.
func TestPlaceKindLinks(t *testing.T) {
	checkOpenCases(t, []openCase{
		{text: "Shares in US software firm Kessler Systems fell sharply on Tuesday.",
			want: []string{"Kessler Systems be_from United States"}},
		{text: "Glasgow indie band The Harbour Lights cancelled their tour.",
			want: []string{"Harbour Lights be_from Glasgow"}},
		{text: "The award went to UK novelist Tom Bellamy for his third book.",
			want: []string{"Tom Bellamy be_from United Kingdom"}},
		{text: "Germany's biggest lender Halden Bank posted a loss.",
			want: []string{"Halden Bank be_from Germany"}},
		// The kind noun is read from the word list even where the
		// tagger takes it for a verb at the sentence's start.
		{text: "US rapper Tommy Vance has been sued by a former manager.",
			want: []string{"Tommy Vance be_from United States"}},
		// Negative: a verb's -s form makes a clause, not a kind.
		{text: "Each year the US funds Oxfam through a grant.",
			absent: []string{"Oxfam be_from United States"}},
		// A demonym of a country the story names stands for it.
		{text: "Swiss cement firm Kessler Holding will cut 300 jobs in Switzerland.",
			want: []string{"Kessler Holding be_from Switzerland"}},
		// Negative: a demonym before a rival names no home of the rival's.
		{text: "Japanese rival Kessler Motors beat Toyota on sales in Japan.",
			absent: []string{"Kessler Motors be_from Japan"}},
		// Negative: a post of the place, which the holder serves.
		{text: "London mayor Tom Bellamy opened the bridge on Monday.",
			absent: []string{"Tom Bellamy be_from London"}},
		// Negative: a result, where the place held the event.
		{text: "Athens gold medallist Tom Bellamy will race in Leeds on Sunday.",
			absent: []string{"Tom Bellamy be_from Athens"}},
		// Negative: a place named for a trade, not a home.
		{text: "Hollywood star Tom Bellamy arrived in Paris for the premiere.",
			absent: []string{"Tom Bellamy be_from Hollywood"}},
		// Negative: the place is a word of a longer name.
		{text: "Little Britain comedy duo Tom Bellamy and Jane Corr presented the prize.",
			absent: []string{"Tom Bellamy be_from United Kingdom"}},
		// Negative: a verb, not a noun of kind, stands between.
		{text: "In France officials questioned Tom Bellamy about the deal.",
			absent: []string{"Tom Bellamy be_from France"}},
	})
}
