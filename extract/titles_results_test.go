package extract

import (
	"strings"
	"testing"
)

// TestResultSentenceTeamPossessive: a match result between two named
// sides makes a short report a team-sport story, so a club's possessive
// before a player's name gives his membership; a score with no result
// verb, a result in an individual sport, or no result at all give
// nothing. Every sentence is invented.
func TestResultSentenceTeamPossessive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Brockley Rovers beat Harlow Town 3-1 on Saturday. Brockley Rovers' Tom Ward scored twice in the first half.", "Tom Ward memberOf Brockley Rovers"},
		{"Ravenholt drew with Harlow Town 2-2 on Sunday. Ravenholt's Sam Cole equalised late on.", "Sam Cole memberOf Ravenholt"},
		{"Ravenholt Sharks lost to Harlow Town 18-21 in the rain. Ravenholt Sharks' Sam Cole was sent off.", "Sam Cole memberOf Ravenholt Sharks"},
		// No result.
		{"Brockley Rovers opened a new shop on Saturday. Brockley Rovers' Tom Ward cut the ribbon.", ""},
		// A score without a result verb: a vote.
		{"The Garnet Council voted 5-4 on Monday. Garnet Council's Tom Ward opposed the plan.", ""},
		// A result verb with no score, or a score after no side's name.
		{"Brockley Rovers beat Harlow Town on penalties on Saturday. Brockley Rovers' Tom Ward missed his kick.", ""},
		{"Brockley Rovers beat forecasts by 3-1 in the first quarter. Brockley Rovers' Tom Ward welcomed the figures.", ""},
		// A result in an individual sport: the possessive is a nationality or a home club.
		{"Ravenholt beat Harlow 6-3 in the tennis final on Sunday. Ravenholt's Sam Cole served well.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleTeamPoss })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
