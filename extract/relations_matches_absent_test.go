package extract

import "testing"

// TestMatchAbsentPlayer: a player denied a part in a match that was
// played ("did not play in the Cup win over X") leaves the match had: its
// sides took part, the player did not. A doubt, a condition or a future
// gives no match. Every text is invented.
func TestMatchAbsentPlayer(t *testing.T) {
	const intro = "Club football news\n\nThe striker is fit again for the Premier Cup season.\n\n"
	const win = "Event:Premier Cup win over Kingsport Athletic"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"did not play", intro + "Jon Reid did not play in the Premier Cup win over Kingsport Athletic on Saturday.",
			[]string{"Kingsport Athletic participatedIn " + win}, []string{"Jon Reid participatedIn " + win}},
		{"didn't feature", intro + "Jon Reid didn't feature in the Premier Cup win over Kingsport Athletic because of a knee injury.",
			[]string{"Kingsport Athletic participatedIn " + win}, []string{"Jon Reid participatedIn " + win}},
		{"a result with a score", intro + "Jon Reid did not play in the 2-1 defeat to Kingsport Athletic on Saturday.",
			[]string{"Kingsport Athletic participatedIn Event:2-1 defeat to Kingsport Athletic"},
			[]string{"Jon Reid participatedIn Event:2-1 defeat to Kingsport Athletic"}},
		{"a doubt", intro + "Jon Reid could not play in the Premier Cup win over Kingsport Athletic on Saturday.",
			nil, []string{"Kingsport Athletic participatedIn " + win, "Jon Reid participatedIn " + win}},
		{"a condition", intro + "If Jon Reid did not play in the Premier Cup win over Kingsport Athletic, he will start next week.",
			nil, []string{"Kingsport Athletic participatedIn " + win, "Jon Reid participatedIn " + win}},
		{"a future", intro + "Jon Reid will not play in the Premier Cup win over Kingsport Athletic.",
			nil, []string{"Kingsport Athletic participatedIn " + win, "Jon Reid participatedIn " + win}},
		{"no play verb", intro + "Jon Reid did not enjoy the Premier Cup win over Kingsport Athletic on Saturday.",
			nil, []string{"Kingsport Athletic participatedIn " + win, "Jon Reid participatedIn " + win}},
	})
}
