package extract

import "testing"

// TestGroupGatherings: a gathering described by the people it brings
// together ("the conference of Austrian state governors in Graz") is
// named whole, past the body or nation the people come from, and that
// body or nation is no host of it; a complement that is a body alone
// ("the meeting of the WTO") stays as it was, and people alone with no
// place or date ("a meeting of finance ministers") make no one event.
// Every sentence is invented.
func TestGroupGatherings(t *testing.T) {
	for _, tc := range []struct {
		text        string
		event, none string // an Event name or alias that must and one that must not exist
		fact, nof   string // a fact that must and one that must not be found
	}{
		{text: "Politics\n\nStyria will host the conference of Austrian state governors in Graz in May.",
			event: "conference of Austrian state governors in Graz", none: "conference of Austrian",
			fact: "Styria willHost conference of Austrian state governors in Graz in May", nof: "Austria willHost conference of Austrian state governors in Graz in May"},
		{text: "Politics\n\nThe prime minister flew to Brussels on Monday for a summit of Nordic Council leaders, which Denmark hosted.",
			none: "summit of Nordic Council", nof: "Nordic Council hosted summit of Nordic Council leaders"},
		{text: "Trade\n\nThe minister said a meeting of finance ministers was planned.",
			none: "meeting of finance ministers"},
		// Capitals the mention finder names nothing by still pick out
		// the group; without them, or after "the", they do not.
		{text: "Trade\n\nMs Carla Oyelaran attended a meeting of Nordic finance ministers on Monday.",
			event: "meeting of Nordic finance ministers", fact: "Carla Oyelaran participatedIn meeting of Nordic finance ministers"},
		{text: "Trade\n\nMs Carla Oyelaran attended a meeting of finance ministers on Monday.",
			none: "meeting of finance ministers", nof: "Carla Oyelaran participatedIn meeting of finance ministers"},
		{text: "Trade\n\nMeetings of Nordic finance ministers are often dull, Ms Carla Oyelaran said.",
			none: "Meetings of Nordic finance ministers"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEventNamed(t, d, tc.event, tc.none)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.nof))
		})
	}
}
