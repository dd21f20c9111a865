package extract

import "testing"

// TestRepresentedSides: a side a later sentence says was represented at
// the story's gathering took part in it, and so did the person named
// after "by"; a representation to come, denied or conditional, and one
// in a sentence naming another event, give nothing. Every text is
// invented.
func TestRepresentedSides(t *testing.T) {
	const lead = "Trade summit ends\n\nLeaders closed the Ostrava Trade Summit in Lisbon on Thursday with a pledge on tariffs.\n\n"
	const summit = "Event:Ostrava Trade Summit"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a side and its envoy", lead + "Brazil was represented by its foreign minister, Carlos Lima.",
			[]string{"Brazil participatedIn " + summit, "Carlos Lima participatedIn " + summit}, nil},
		{"again and only", lead + "Myanmar was again represented only by a junior official.",
			[]string{"Myanmar participatedIn " + summit}, nil},
		{"a perfect", lead + "Chile had been represented by a trade envoy.",
			[]string{"Chile participatedIn " + summit}, nil},
		{"a relative clause between the side and its copula", lead + "Chile, which joined the group in 2009, was represented by its trade minister, Ana Soto.",
			[]string{"Chile participatedIn " + summit, "Ana Soto participatedIn " + summit}, nil},
		{"a relative clause before a denial", lead + "Peru and Bolivia, which left the group last year, were not represented.",
			nil, []string{"Peru participatedIn " + summit, "Bolivia participatedIn " + summit}},
		{"a relative clause before a representation to come", lead + "Chile, which joined the group in 2009, will be represented by Ana Soto at the next meeting.",
			nil, []string{"Chile participatedIn " + summit, "Ana Soto participatedIn " + summit}},
		{"to come", lead + "Brazil will be represented by its foreign minister at the next meeting.",
			nil, []string{"Brazil participatedIn " + summit}},
		{"denied", lead + "Myanmar was not represented this year.",
			nil, []string{"Myanmar participatedIn " + summit}},
		{"conditional", lead + "Officials said trade would suffer if Chile was represented by a junior envoy.",
			nil, []string{"Chile participatedIn " + summit}},
		{"another event named", lead + "Brazil was represented by Carlos Lima at the Harbour Trade Fair in May.",
			nil, []string{"Brazil participatedIn " + summit, "Carlos Lima participatedIn " + summit}},
	})
}
