package extract

import "testing"

// TestCompetitionOtherMatches: a match the sentence places in another
// competition by a common noun ("in the league", "in a friendly", "a
// league match") is not a round of the story's competition; the noun of
// the story's own competition ("in the cup" in a cup's report) and a
// table standing ("top of the league") keep the match. Every text is
// invented.
func TestCompetitionOtherMatches(t *testing.T) {
	const nations = "Norway top the table\n\nNorway lead the Atlantic Nations Cup after two rounds.\n\n"
	sides := []string{"Denmark participatedIn Event:Atlantic Nations Cup", "Iceland participatedIn Event:Atlantic Nations Cup"}
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"no other competition", nations + "Iceland were beaten by Denmark on Saturday.", sides, nil},
		{"the story's own cup", nations + "Iceland were beaten by Denmark in the cup on Saturday.", sides, nil},
		{"a table standing", nations + "Iceland, top of the league, were beaten by Denmark on Saturday.", sides, nil},
		{"in the league", nations + "Iceland lost to Denmark in the league.", nil, sides},
		{"in a friendly", nations + "Iceland were beaten by Denmark in a pre-season friendly.", nil, sides},
		{"a league match", nations + "Iceland were beaten by Denmark in a league match.", nil, sides},
	})
}
