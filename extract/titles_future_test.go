package extract

import "testing"

// TestFutureHolders: a post the sentence tells as still to come gives no
// leaderOf from a title, and the same constructions with the post held
// keep the fact. Every sentence is invented.
func TestFutureHolders(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A future modifier in the role phrase before the name, or
		// opening an apposition after it.
		{"The plan falls to the incoming chairman of Brightcode, Tom Hale, who starts in May.", ""},
		{"Brightcode's incoming chief executive Ann Lee met staff on Monday.", ""},
		{"Tom Hale, incoming Brightcode chairman, said the plan was sound.", ""},
		{"Tom Hale, Brightcode chairman, said the plan was sound.", "Tom Hale leaderOf Brightcode"},
		{"The plan falls to the chairman of Brightcode, Tom Hale, who started in May.", "Tom Hale leaderOf Brightcode"},
		{"Brightcode's new chief executive Ann Lee met staff on Monday.", "Ann Lee leaderOf Brightcode"},
		// A new post taken up, told in the future, is not yet held; told
		// in the past or present it is.
		{"In her new job as Brightcode chief executive, Ann Lee will spend half her time abroad.", ""},
		{"In her new job as Brightcode chief executive, Ann Lee has cut 300 jobs.", "Ann Lee leaderOf Brightcode"},
	} {
		if got := leaderLines(extractText(t, tc.text)); got != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
