package extract

import "testing"

// TestEventKindBeforeOwner: a kind adjective before a described event's
// owner ("the full IOC session", "an emergency EU summit") is part of the
// event's name, the form from the owner on an alias; a dating or grading
// adjective ("recent", "crucial") and a capitalised word are not read.
// Every sentence is invented.
func TestEventKindBeforeOwner(t *testing.T) {
	for _, tc := range []struct {
		text        string
		event, none string // an Event name or alias that must and one that must not exist
		fact        string // a fact that must be found
	}{
		{text: "Sport\n\nThe vote will be taken by the full FIS session in Oslo in June.",
			event: "full FIS session in Oslo", fact: "Oslo willHost full FIS session in Oslo"},
		{text: "Sport\n\nThe vote will be taken by the full FIS session in Oslo in June.",
			event: "FIS session in Oslo"},
		{text: "Politics\n\nDelegates met at a special Mercosur summit in Asuncion on Friday.",
			event: "special Mercosur summit in Asuncion", fact: "Asuncion hosted special Mercosur summit in Asuncion"},
		{text: "Business\n\nBosses gathered at the annual CBI conference in Harrogate on Monday.",
			event: "annual CBI conference in Harrogate", none: "annual CBI conference in Harrogate on Monday"},
		{text: "Politics\n\nDelegates met at a recent Mercosur summit in Asuncion.",
			event: "Mercosur summit in Asuncion", none: "recent Mercosur summit in Asuncion"},
		{text: "Politics\n\nDelegates met at a crucial Mercosur summit in Asuncion.",
			none: "crucial Mercosur summit in Asuncion"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEventNamed(t, d, tc.event, tc.none)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nil)
		})
	}
}
