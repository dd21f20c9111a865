package extract

import "testing"

// TestContestants: in a story about a known television contest, the
// person a clause about evictions, the house or the show opens with, and
// the names listed after "contestants", took part in it; a bookmaker
// whose clause only hangs a subordinate clause about the eviction on it,
// a person named as the modifier of another, and a story without contest
// words give nothing. Every text is invented.
func TestContestants(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"evicted", "Stone out of the house\n\nTV chef Marcus Stone has become the second housemate to be evicted from Celebrity Big Brother.\n\n" +
			"Singer Lara Quinn and actor Dean Holt faced the public vote to stay in the house on Friday. Lara Quinn is the favourite to win the show.",
			[]string{"Marcus Stone participatedIn Event:Celebrity Big Brother", "Lara Quinn participatedIn Event:Celebrity Big Brother",
				"Dean Holt participatedIn Event:Celebrity Big Brother"}, nil},
		{"a list of contestants", "Jungle show goes on\n\nNo evictions were made on Pop Idol on Saturday. " +
			"Contestants Amy Fenwick, Tom Riley and Grace Obi will sing again next week.",
			[]string{"Amy Fenwick participatedIn Event:Pop Idol", "Tom Riley participatedIn Event:Pop Idol",
				"Grace Obi participatedIn Event:Pop Idol"}, nil},
		{"bookmaker and modifier", "Bets off\n\nBookmaker Ray Dolan stopped bets after callers tried to guess the eviction on Celebrity Big Brother. " +
			"Detective Frost actor Ben Carr quit the show on Monday.",
			[]string{"Ben Carr participatedIn Event:Celebrity Big Brother"},
			[]string{"Ray Dolan participatedIn Event:Celebrity Big Brother", "Detective Frost participatedIn Event:Celebrity Big Brother"}},
		{"a relative clause and a whilst clause", "Stone out of the house\n\nTV chef Marcus Stone has become the second housemate to be evicted from Celebrity Big Brother.\n\n" +
			"He left the show on Monday, following Lara Quinn, the singer's sister, who was first to be evicted. Stone received 60% of the vote, whilst Dean Holt was evicted.",
			[]string{"Lara Quinn participatedIn Event:Celebrity Big Brother", "Dean Holt participatedIn Event:Celebrity Big Brother"}, nil},
		{"a relative clause of something else", "Stone out of the house\n\nTV chef Marcus Stone has become the second housemate to be evicted from Celebrity Big Brother.\n\n" +
			"The vote was counted by Ray Dolan, who joined the company in May.",
			nil, []string{"Ray Dolan participatedIn Event:Celebrity Big Brother"}},
		{"no contest words", "Ratings rise\n\nPop Idol drew eight million viewers, and presenter Ann Kelly left the show in May.",
			nil, []string{"Ann Kelly participatedIn Event:Pop Idol"}},
	})
}
