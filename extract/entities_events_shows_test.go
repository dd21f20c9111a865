package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestTradeShows: "show" after a trade's word (lexicon.ShowKinds) is a
// fair described like any gathering; after other words it is mostly a
// programme or a performance and no event.
func TestTradeShows(t *testing.T) {
	tests := []struct {
		name, text string
		fact       string // a fact that must be found
		notFact    string // a fact that must not be found
		noEvent    string // a name that must not be an Event entity
	}{
		{
			name: "a boat show placed in a city",
			text: "Sailing.\n\nAnn Lee spoke at the annual boat show in Southampton on Friday.",
			fact: "Southampton hosted annual boat show in Southampton",
		},
		{
			name: "a speaker at a trade show",
			text: "Phones.\n\nAnn Lee, the firm's chief executive, told a press conference at the mobile trade show in Barcelona.",
			fact: "Ann Lee participatedIn mobile trade show in Barcelona",
		},
		{
			name:    "a show to come is to be hosted",
			text:    "Gadgets.\n\nTwo magazines are hosting a gadget show in Leeds this weekend.",
			fact:    "Leeds willHost gadget show in Leeds",
			notFact: "Leeds hosted gadget show in Leeds",
		},
		{
			name:    "a comedy show is a programme",
			text:    "Television.\n\nAnn Lee presented a comedy show in London on Friday.",
			noEvent: "comedy show in London",
		},
		{
			name:    "a game show is a programme",
			text:    "Television.\n\nAnn Lee won a game show in London last year.",
			notFact: "London hosted game show in London",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			for _, e := range d.Entities {
				if e.Type == Event && tc.noEvent != "" && (e.Name == tc.noEvent || textseg.Contains(e.Aliases, tc.noEvent)) {
					t.Errorf("Event %q should not exist", tc.noEvent)
				}
			}
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.notFact))
		})
	}
}
