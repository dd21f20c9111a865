package extract

import "testing"

// TestCompetitionOfOtherFixture: a competition the lead names only for
// another fixture (one to come, or against a side the headline does not
// name) is not the headline match's, so the match's sides get no
// participatedIn of it from the story; a competition named for the match
// itself still gives both. Every text is invented.
func TestCompetitionOfOtherFixture(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // participatedIn facts
	}{
		{"the next fixture's cup", "Rovers 2-1 Athletic\n\nRovers moved up the table with a scrappy win over Athletic on Saturday, a week before they face United in the Western Cup.",
			nil, []string{"Athletic participatedIn Event:Western Cup"}},
		{"ahead of a cup tie", "Rovers 2-1 Athletic\n\nRovers beat Athletic at the weekend ahead of next month's Western Cup tie.",
			nil, []string{"Athletic participatedIn Event:Western Cup", "Rovers participatedIn Event:Western Cup"}},
		{"another side's cup run", "Rovers 2-1 Athletic\n\nRovers beat Athletic on Saturday, while United reached the final of the Western Cup.",
			nil, []string{"Athletic participatedIn Event:Western Cup", "Rovers participatedIn Event:Western Cup"}},
		{"the match's own cup", "Rovers 2-1 Athletic\n\nRovers eased into the semi-final of the Western Cup with a scrappy win over Athletic at the weekend.",
			[]string{"Rovers participatedIn Event:Western Cup", "Athletic participatedIn Event:Western Cup"}, nil},
		{"a player's country before the cup", "Rovers 2-1 Athletic\n\nEngland's Tom Hale fired Rovers into the semi-final of the Western Cup with a late winner against Athletic.",
			[]string{"Athletic participatedIn Event:Western Cup"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
