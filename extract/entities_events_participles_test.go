package extract

import "testing"

// TestParticipleGatherings: a gathering described by the body that hosts
// it or the person who chairs it ("a trade dinner hosted by the Harbour
// Chamber of Commerce") is one Event, named whole with the venue after
// the agent, and a hosting agent hosted it; a generic or plural use, a
// gathering with no named agent, a person "hosting" and a capitalised
// noun of a name make none. Every sentence is invented.
func TestParticipleGatherings(t *testing.T) {
	for _, tc := range []struct {
		text        string
		event, none string // an Event name or alias that must and one that must not exist
		fact, nof   string // a fact that must and one that must not be found
	}{
		{text: "Trade\n\nMs Carla Oyelaran spoke at a trade dinner hosted by the Baltic Business Council at the Kelvin Grove Hotel.",
			event: "trade dinner hosted by the Baltic Business Council at the Kelvin Grove Hotel",
			fact:  "Baltic Business Council hosted trade dinner hosted by the Baltic Business Council at the Kelvin Grove Hotel"},
		{text: "Budget\n\nThe budget was approved at a cabinet meeting chaired by President Tomas Varga on Monday.",
			event: "cabinet meeting chaired by President Tomas Varga",
			fact:  "Tomas Varga participatedIn cabinet meeting chaired by President Tomas Varga"},
		{text: "Trade\n\nThe envoy attended a conference organised by Oxfam in Nairobi last week.",
			event: "conference organised by Oxfam in Nairobi",
			fact:  "Oxfam hosted conference organised by Oxfam in Nairobi"},
		{text: "Trade\n\nMeetings chaired by ministers are often dull, Mr Tom Reed said.",
			none: "Meetings chaired by ministers"},
		{text: "Trade\n\nDinners hosted by the Baltic Business Council are popular with exporters.",
			none: "Dinners hosted by the Baltic Business Council", nof: "Baltic Business Council hosted Dinners hosted by the Baltic Business Council"},
		{text: "Trade\n\nMr Tom Reed said the plan was agreed at a meeting on Monday.",
			none: "meeting"},
		{text: "Courts\n\nThe case was heard at a hearing chaired by a retired judge.",
			none: "hearing chaired by a retired judge"},
		{text: "Charity\n\nMs Carla Oyelaran sang at a dinner hosted by Mr Tom Reed in London.",
			none: "dinner hosted by Mr Tom Reed", nof: "Tom Reed hosted dinner hosted by Mr Tom Reed"},
		{text: "Arts\n\nThe Meeting House, hosted by the Baltic Arts Council, reopened on Monday.",
			none: "Meeting House, hosted by the Baltic Arts Council"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkEventNamed(t, d, tc.event, tc.none)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.nof))
		})
	}
}
