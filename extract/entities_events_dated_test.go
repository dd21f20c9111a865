package extract

import "testing"

// TestDatedEvents checks descriptions made one event by their date
// (entities_events_dated.go). The sentences are invented.
func TestDatedEvents(t *testing.T) {
	tests := []struct {
		name, text string
		event      string // an Event name or alias that must exist ("" for none)
		fact       string // a fact that must be found ("" for none)
		noEvent    string // a name that must be no Event
	}{
		{
			name:  "year after plural elections",
			text:  "Vote count.\n\nThe Orchard Party won the regional elections in 2019, officials said.",
			event: "regional elections in 2019",
			fact:  "Orchard Party participatedIn regional elections in 2019",
		},
		{
			name:  "month and year after the election",
			text:  "Vote count.\n\nMr Piet Varga took part in the mayoral election in March 2031.",
			event: "mayoral election in March 2031",
			fact:  "Piet Varga participatedIn mayoral election in March 2031",
		},
		{
			name:  "month before the election",
			text:  "Vote count.\n\nThe Orchard Party took part in the October election.",
			event: "October election",
			fact:  "Orchard Party participatedIn October election",
		},
		{
			name:  "day and month after a meeting",
			text:  "Debt deal.\n\nMr Piet Varga attended the shareholders' meeting on 14 March in Leeds.",
			event: "shareholders' meeting on 14 March",
			fact:  "Piet Varga participatedIn shareholders' meeting on 14 March",
		},
		{
			name:  "month and day after a meeting",
			text:  "Debt deal.\n\nMr Piet Varga attended the board's annual meeting on March 14.",
			event: "board's annual meeting on March 14",
		},
		{
			name:  "a named meeting takes its date as an alias",
			text:  "Debt deal.\n\nLenders reached a deal at the Lima Group meeting on 3 February.",
			event: "Lima Group meeting on 3 February",
		},
		{
			name:  "a pronoun's description keeps a form without pronoun and date",
			text:  "Alliance plans.\n\nThe Orchard Alliance said it would hold its next summit in Tallinn in May.",
			event: "next summit in Tallinn",
		},
		{
			// The date tells a second election apart from the first.
			name:  "a second dated election is its own event",
			text:  "Vote count.\n\nThe Orchard Party took part in the October election. The Meadow Party took part in the local election in June.",
			event: "local election in June",
			fact:  "Meadow Party participatedIn local election in June",
		},
		{
			name:    "counted elections are a set",
			text:    "Vote count.\n\nThe Orchard Party took part in two elections in June.",
			noEvent: "elections in June",
		},
		{
			name:    "a weekday does not date it",
			text:    "Vote count.\n\nThe Orchard Party took part in an election on Sunday.",
			noEvent: "election on Sunday",
		},
		{
			name:    "a contest is not dated here",
			text:    "Cup run.\n\nThe Orchard Rovers took part in a game in May.",
			noEvent: "game in May",
		},
		{
			name:    "talks over months are no one event",
			text:    "Merger.\n\nThe Orchard Bank held talks in October with its rivals.",
			noEvent: "talks in October",
		},
		{
			name:    "a person named May is no month",
			text:    "Vote count.\n\nThe Orchard Party backed the Anna May election campaign.",
			noEvent: "May election",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEventNamed(t, d, tc.event, tc.noEvent)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nil)
		})
	}
}
