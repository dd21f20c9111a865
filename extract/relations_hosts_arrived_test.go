package extract

import "testing"

// TestArrivedInForRecurringTime: "arrive in PLACE for EVENT" holds with a
// date or a recurring time between the place and "for"; a place passed
// on the way to the event's own is no host. Every text is invented.
func TestArrivedInForRecurringTime(t *testing.T) {
	held := "Edinburgh hosted Event:Fringe Festival"
	ahead := "Edinburgh willHost Event:Fringe Festival"
	// An arrival still to come is no done visit, and the visit rule that
	// reads "for" stops there: it gives neither tense.
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"each year", "Thousands of fans arrive in Edinburgh each year for the Fringe Festival.",
			[]string{held}, []string{ahead}},
		{"date", "Thousands of fans arrived in Edinburgh on Friday for the Fringe Festival.",
			[]string{held}, []string{ahead}},
		{"future, left to other rules", "Thousands of fans will arrive in Edinburgh next week for the Fringe Festival.",
			nil, []string{held}},
		{"on the way", "Thousands of fans arrive in Glasgow each year on their way to Edinburgh for the Fringe Festival.",
			nil, []string{"Glasgow hosted Event:Fringe Festival", "Glasgow willHost Event:Fringe Festival"}},
	})
}
