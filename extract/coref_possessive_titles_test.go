package extract

import (
	"slices"
	"testing"
)

// TestPossessiveLeaders: a leader role after a resolved "Its" or a
// party's "Their" ("Its prime minister, X,", "Their leader, X,", "Its
// chief executive X") leads the body the pronoun stands for, not the
// latest body named before it; a party's leader is also its member, and
// so are its officials ("its general secretary", "its Yorkshire leader").
// The holder may be named before the role, which describing adjectives
// may precede ("X, its highly successful boss, retires"). A function's
// head ("its finance director"), a past post ("its previous boss", "its
// recently ousted boss"), a business's spokesman and an unresolved
// pronoun give nothing through this pass. Every sentence is invented.
func TestPossessiveLeaders(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // leaderOf and memberOf facts of the person, exactly
		person     string
	}{
		{"country after another body",
			"Talks\n\nPoland has asked to join the talks on the euro.\n\nThe country joined the European Union in 2004. Its prime minister, Jan Borowik, will visit Brussels on Friday.",
			[]string{"Jan Borowik leaderOf Country:Poland"}, "Jan Borowik"},
		{"party their",
			"Tories unveil manifesto\n\nThe Conservatives have launched their election manifesto in Leeds.\n\nTheir leader, Tom Harker, said taxes would fall.",
			[]string{"Tom Harker leaderOf Organization:Conservative Party", "Tom Harker memberOf Organization:Conservative Party"}, "Tom Harker"},
		{"business after a city",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIts chief executive Anna Lindgren said the order showed confidence.",
			[]string{"Anna Lindgren leaderOf Organization:Iberia"}, "Anna Lindgren"},
		{"function head",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIts finance director, Anna Lindgren, said the order was paid for.",
			nil, "Anna Lindgren"},
		{"party official",
			"Tories unveil manifesto\n\nThe Conservative Party has launched its election manifesto in Leeds.\n\nIts general secretary, Tom Harker, said taxes would fall.",
			[]string{"Tom Harker memberOf Organization:Conservative Party"}, "Tom Harker"},
		{"party branch leader",
			"Tories unveil manifesto\n\nThe Conservative Party has launched its election manifesto in Leeds.\n\nIts Yorkshire leader, Tom Harker, said taxes would fall.",
			[]string{"Tom Harker memberOf Organization:Conservative Party"}, "Tom Harker"},
		{"business spokesman",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIts spokesman, Tom Harker, said the order was paid for.",
			nil, "Tom Harker"},
		{"holder named before the role",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIberia will pick a new finance chief after Anna Lindgren, its highly successful boss, retires in May.",
			[]string{"Anna Lindgren leaderOf Organization:Iberia"}, "Anna Lindgren"},
		{"holder named before an ousted holder's role",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIberia will pick a new finance chief after Anna Lindgren, its recently ousted boss, left in May.",
			nil, "Anna Lindgren"},
		{"holder named before a past role",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIberia thanked Anna Lindgren, its previous boss, for the order.",
			nil, "Anna Lindgren"},
		{"holder named before a former role",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIberia thanked Anna Lindgren, its hugely popular former boss, for the order.",
			nil, "Anna Lindgren"},
		{"holder named before a function's head",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIberia thanked Anna Lindgren, its finance director, for the order.",
			nil, "Anna Lindgren"},
		{"role running on after the holder",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIberia thanked Anna Lindgren, its boss in Asia, for the order.",
			nil, "Anna Lindgren"},
		{"chairperson",
			"Iberia orders jets\n\nIberia has ordered 20 new aircraft in Toulouse.\n\nIts chairperson, Anna Lindgren, said the order showed confidence.",
			[]string{"Anna Lindgren leaderOf Organization:Iberia"}, "Anna Lindgren"},
		{"two sides before their",
			"Tories unveil manifesto\n\nThe Conservatives and Labour have launched their manifestos in Leeds.\n\nTheir leader, Tom Harker, said taxes would fall.",
			nil, "Tom Harker"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			var got []string
			for _, f := range factsOf(d, LeaderOf, MemberOf) {
				if len(f) > len(tc.person) && f[:len(tc.person)] == tc.person {
					got = append(got, f)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("facts %v, want %v", got, tc.want)
			}
		})
	}
}
