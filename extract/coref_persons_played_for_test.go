package extract

import "testing"

// TestPlayedForRefusesOtherSide: a side named after "for" in a player's
// clause ("doubled the lead for Spain") keeps a description of another
// side ("the Morocco goalkeeper") from standing for that player, while a
// description of the same side still binds. Every sentence is invented.
func TestPlayedForRefusesOtherSide(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
		team               string // the team-role memberOf object, "" for none
	}{
		{"the side he scored for",
			"Football\n\nKarl Brenner scored twice for Austria in the friendly in Vienna. The Austria striker was substituted after an hour.",
			"The Austria striker", "Karl Brenner", "Austria"},
		{"a club he played for, described as its player",
			"Football\n\nTom Varley played for Everton in the league match on Saturday. The Everton midfielder trained again on Monday.",
			"The Everton midfielder", "Tom Varley", "Everton"},
		{"the opponent's keeper after a goal for his country",
			"Football\n\nDiego Salvat scored twice as Spain beat Morocco 3-0 in a friendly. Diego Salvat doubled the lead for Spain before half-time, and the Morocco goalkeeper was then sent off.",
			"the Morocco goalkeeper", "", ""},
		{"a side named after a clause joiner is not his",
			"Football\n\nTom Varley hit the post early on, while the winner for Fulham came late in the league match. The Everton striker was substituted.",
			"The Everton striker", "Tom Varley", "Everton"},
		{"a possessive team names a moment, not his side",
			"Football\n\nTom Varley was booked for Fulham's second goal in the league match. The Everton striker was substituted.",
			"The Everton striker", "Tom Varley", "Everton"},
		{"the opponent's keeper after a goal for his club",
			"Football\n\nTom Varley headed home for Everton before half-time in the league match. The Fulham goalkeeper was then sent off.",
			"The Fulham goalkeeper", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTeamRole(t, tc.text, tc.phrase, tc.want, tc.team) })
	}
}
