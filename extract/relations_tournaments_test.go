package extract

import "testing"

// TestStoryCompetitionNames: names beside the story's competition in its
// opening that name no other event leave the competition in place: a
// title won before ("since winning the X", "his X title"), the match the
// headline gives with its score, and a longer form of the competition's
// own name. A competition won in the opening with its time ("won the X a
// week before") may be the one the matches belong to, and still leaves
// the story without one. Every text is invented.
func TestStoryCompetitionNames(t *testing.T) {
	const match = "Tom Hale beat Mark Dawson 6-2 6-4 on Tuesday."
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a title won before", "Kral loses in Riverside\n\nIvo Kral lost in round one of the Riverside Open.\n\n" +
			"Playing his first match since winning the Harbour Classic, Kral was beaten by Max Ruiz.\n\n" + match,
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"},
			[]string{"Tom Hale participatedIn Event:Harbour Classic"}},
		{"a title named by its noun", "Kral loses in Riverside\n\nIvo Kral lost in round one of the Riverside Open.\n\n" +
			"Kral had hoped to add the title to his Harbour Classic crown.\n\n" + match,
			[]string{"Tom Hale participatedIn Event:Riverside Open"}, nil},
		{"the headline's match", "Norway 20-13 Denmark\n\nNorway kept their title hopes alive in the Atlantic Nations Cup.\n\n" +
			"The home side led at half-time.\n\nNorway beat Denmark 20-13 in the rain.",
			[]string{"Denmark participatedIn Event:Atlantic Nations Cup"}, nil},
		{"a disaster the opening tells of", "Kral plays for relief\n\nIvo Kral reached round two of the Riverside Open, days after the tsunami.\n\n" +
			"Players gave their prize money to victims of the tsunami.\n\n" + match,
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}, nil},
		{"a competition won with its time", "Kral wins again\n\nIvo Kral won the Harbour Classic a week before the Riverside Open.\n\n" + match,
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Tom Hale participatedIn Event:Harbour Classic"}},
	})
}

// TestSameCompetition: two names are one competition's when the shorter
// one's words, years aside, are all in the longer.
func TestSameCompetition(t *testing.T) {
	for _, tc := range []struct {
		x, y string
		want bool
	}{
		{"Atlantic Nations Cup", "2031 Harbour Bank Atlantic Nations Cup", true},
		{"Cup", "Riverside Cup", true},
		{"Riverside Open", "Harbour Open", false},
		{"2031", "2031 Riverside Open", false},
	} {
		if got := sameCompetition(tc.x, tc.y); got != tc.want {
			t.Errorf("sameCompetition(%q, %q) = %v, want %v", tc.x, tc.y, got, tc.want)
		}
	}
}
