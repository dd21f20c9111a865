package extract

import "testing"

// TestMatchSidesCompetition: the two sides of a score-line headline's
// match took part in the competition its lead places the match in; a
// club report naming a tournament of national sides for a player's past,
// and a report with no competition, give none. Every text is invented.
func TestMatchSidesCompetition(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // participatedIn facts
	}{
		{"club cup in the lead", "Rovers 2-1 Athletic\n\nRovers eased into the semi-final of the Northern Cup with a scrappy win over Athletic at the weekend.",
			[]string{"Rovers participatedIn Event:Northern Cup", "Athletic participatedIn Event:Northern Cup"}, nil},
		{"national tournament in the lead", "Scotland 20-13 Italy\n\nScotland secured their first win in the Six Nations with a late try against Italy at Murrayfield.\n\n" +
			"The rugby side scored three tries in the match, and the coach praised the team.",
			[]string{"Scotland participatedIn Event:Six Nations", "Italy participatedIn Event:Six Nations"}, nil},
		// A club match: the Six Nations is named for a player's past.
		{"national tournament in a club report", "Rovers 2-1 Athletic\n\nRovers beat Athletic in the league, with two goals from Tom Hale, who was dropped by England after one Six Nations outing.",
			nil, []string{"Rovers participatedIn Event:Six Nations", "Athletic participatedIn Event:Six Nations"}},
		{"no competition named", "Rovers 2-1 Athletic\n\nRovers moved up the table after a scrappy win over Athletic at the weekend.",
			nil, []string{"Rovers participatedIn Event:Northern Cup"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
