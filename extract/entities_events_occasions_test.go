package extract

import "testing"

// TestOccasionEvents: social occasions (lexicon.OccasionNouns) and events
// an organisation's name makes its own (lexicon.HostedEventNouns) are
// described events; near misses are not.
func TestOccasionEvents(t *testing.T) {
	tests := []struct {
		name, text string
		event      string // an Event entity name or alias that must exist
		fact       string // a fact that must be found
		notFact    string // a fact that must not be found
		noEvent    string // a name that must not be an Event entity
	}{
		{
			name:  "a company's event, speaker fronted",
			text:  "Phone sales.\n\nSpeaking at a Nokia event ahead of the Barcelona trade fair, Olli Kallas predicted that sales would grow.",
			event: "Nokia event",
			fact:  "Olli Kallas participatedIn Nokia event",
		},
		{
			name:  "a company's event holds it",
			text:  "Phone sales.\n\nSpeaking at a Nokia event ahead of the Barcelona trade fair, Olli Kallas predicted that sales would grow.",
			event: "Nokia event",
			fact:  "Nokia hosted Nokia event",
		},
		{
			name:  "an association's annual dinner",
			text:  "Cycling honours.\n\nJane Porter attended the Cycling Writers' Club annual dinner in Leeds on Friday.",
			event: "Cycling Writers' Club annual dinner in Leeds",
			fact:  "Jane Porter participatedIn Cycling Writers' Club annual dinner in Leeds",
		},
		{
			name:  "a screening placed in a city",
			text:  "Film news.\n\nTom Hale attended a special screening in Venice on Monday.",
			event: "special screening in Venice",
			fact:  "Tom Hale participatedIn special screening in Venice",
		},
		{
			// A stop of a circuit counted in a player's career: the body
			// runs the circuit, it does not hold this event.
			name:    "a player's last event of a circuit",
			text:    "Tennis.\n\nAnna Berg retired at 24. Her last WTA event was in Linz, where she lost to Maria Holm.",
			notFact: "WTA hosted her last WTA event",
		},
		{
			// A place before "event" refers back to the event named.
			name:    "a city's event is the named race",
			text:    "Marathon.\n\nPaula Reeve won the London Marathon in April. She will return to the London event next year.",
			noEvent: "London event",
		},
		{
			name:    "a possessed event refers back",
			text:    "Davos.\n\nThe World Economic Forum opens on Wednesday. Rivals meet in Porto Alegre at the same time as the WEF's ritzier event in Davos.",
			noEvent: "WEF's ritzier event in Davos",
		},
		{
			// A meal is no occasion: no determiner, no owner.
			name:    "dinner as a meal",
			text:    "Holiday.\n\nTom Hale ate dinner in Paris on Friday with his family.",
			noEvent: "dinner in Paris",
		},
		{
			// A dinner placed at a venue, definite, after a named event:
			// not that event ("the special dinner" is no marathon).
			name:    "a dinner is not the race named before",
			text:    "Marathon.\n\nPaula Reeve won the London Marathon in April. On Friday she went to the special dinner at Buckingham Palace.",
			notFact: "Buckingham Palace hosted London Marathon",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEventNamed(t, d, tc.event, tc.noEvent)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.notFact))
		})
	}
}
