package extract

import "testing"

// TestCapitalPlacedEvents checks descriptions placed in a capital named by
// apposition (entities_events_capitals.go). The sentences are invented.
func TestCapitalPlacedEvents(t *testing.T) {
	tests := []struct {
		name, text string
		event      string // an Event name that must exist ("" for none)
		noEvent    string // a name that must be no Event
	}{
		{
			name:  "demonym capital and city",
			text:  "Bloc news.\n\nMr Piet Varga attended this year's summit in the Kenyan capital Nairobi.",
			event: "this year's summit in the Kenyan capital Nairobi",
		},
		{
			name:  "comma before the city",
			text:  "Bloc news.\n\nMr Piet Varga attended the bloc's annual meeting in the French capital, Paris.",
			event: "bloc's annual meeting in the French capital, Paris",
		},
		{
			name:    "no city after capital",
			text:    "Bloc news.\n\nMr Piet Varga attended a meeting in the Kenyan capital region.",
			noEvent: "meeting in the Kenyan capital region",
		},
		{
			name:    "a kind of meeting stays no event",
			text:    "Bloc news.\n\nMr Piet Varga said other meetings in the Kenyan capital Nairobi were costly.",
			noEvent: "meetings in the Kenyan capital Nairobi",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEventNamed(t, d, tc.event, tc.noEvent)
		})
	}
}
