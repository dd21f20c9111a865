package extract

import "testing"

// TestClubSidePlayers: a player whose "club side" the text names, or who
// opens a clause tying him to a club side, is its member; hopes, plans,
// negation, a trial and another person in between are not. Every text is
// invented.
func TestClubSidePlayers(t *testing.T) {
	const lead = "Rovers 2-1 Athletic\n\nRovers beat Athletic in the league match at the weekend.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf facts
	}{
		{"deal with club side", lead + "Dan Voss is on a two-year deal with Welsh club side Athletic.",
			[]string{"Dan Voss memberOf Organization:Athletic"}, nil},
		{"who has a record with club side", lead + "Dan Voss, who has a fine record with club side Rovers, kicked well.",
			[]string{"Dan Voss memberOf Organization:Rovers"}, nil},
		{"possessive club side", lead + "The coach of Dan Voss's club side Athletic was angry.",
			[]string{"Dan Voss memberOf Organization:Athletic"}, nil},
		{"wants a deal", lead + "Dan Voss wants to sign a deal with club side Athletic.",
			nil, []string{"Dan Voss memberOf Organization:Athletic"}},
		{"on trial", lead + "Dan Voss is on trial with club side Athletic.",
			nil, []string{"Dan Voss memberOf Organization:Athletic"}},
		{"not with", lead + "Dan Voss is not with club side Athletic any more.",
			nil, []string{"Dan Voss memberOf Organization:Athletic"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
