package extract

import "testing"

// TestLedToVictory: leading a party to an election's outcome gives its
// leader leaderOf (dep rule leaderOf/led-to-victory); a player leading a
// side to a win in a sports story is its captain, not its head, and a
// hope, a future or a closed period gives nothing. Every text is invented.
func TestLedToVictory(t *testing.T) {
	const match = "Ridgeway beat Velmora\n\nRidgeway beat Velmora 2-0 in the league on Saturday, with two goals in the second half. "
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Ulrike Hahn led the Social Party to victory in the regional election.", "Ulrike Hahn leaderOf Social Party"},
		{"Ulrike Hahn has led the Social Party to a third election win.", "Ulrike Hahn leaderOf Social Party"},
		{"Ulrike Hahn hopes to lead the Social Party to victory.", ""},
		{"Ulrike Hahn will lead the Social Party to victory in May.", ""},
		{match + "Tom Hale led Ridgeway to victory with a late goal.", ""},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
