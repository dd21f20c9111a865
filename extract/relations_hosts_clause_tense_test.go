package extract

import "testing"

// TestSummitInCityClauseTense: "a summit in Vienna" is hosted or to be
// hosted by the tense of its own clause, never by a modal of another
// clause of the sentence (a complement clause after "that" included).
// Every text is invented.
func TestSummitInCityClauseTense(t *testing.T) {
	held := "Vienna hosted Event:Vienna summit"
	ahead := "Vienna willHost Event:Vienna summit"
	lead := "The Vienna summit drew ministers from twelve states. "
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"held, other clause would", lead + "Ministers gathered for a summit in Vienna last month, and said output would rise.",
			[]string{held}, []string{ahead}},
		{"held, and said will", lead + "Ministers gathered for a summit in Vienna and said prices will fall.",
			[]string{held}, []string{ahead}},
		{"will gather", lead + "Ministers will gather for a summit in Vienna.",
			[]string{ahead}, []string{held}},
		{"next month", lead + "Ministers gather for a summit in Vienna next month.",
			[]string{ahead}, []string{held}},
		{"time clause of a modal", lead + "A deal could be struck in May, when ministers gather for a summit in Vienna.",
			[]string{ahead}, []string{held}},
		{"told, complement clause to", lead + "The chancellor told the summit in Vienna that Austria was ready to cut tariffs.",
			[]string{held}, []string{ahead}},
		{"told, complement clause will", lead + "The chancellor told the summit in Vienna on Monday that tariffs will fall.",
			[]string{held}, []string{ahead}},
	})
}

// TestEventInCityReportedWould: a "would" after a reporting verb is the
// future of the saying, so the summit named in its clause is still to
// come; "would have", a "would" with no reporting verb before it, and a
// "would" of another clause leave the event held. Every text is invented.
func TestEventInCityReportedWould(t *testing.T) {
	held := "Riga hosted Event:Baltic summit"
	ahead := "Riga willHost Event:Baltic summit"
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"said would", "The minister said the country would sign the accord at a Baltic summit in Riga.",
			[]string{ahead}, []string{held}},
		{"announced that it would", "The government announced that it would present the plan at a Baltic summit in Riga.",
			[]string{ahead}, []string{held}},
		{"would have", "The minister said the country would have signed the accord at a Baltic summit in Riga.",
			nil, []string{ahead}},
		{"would of another clause", "The minister signed the accord at a Baltic summit in Riga, and said prices would fall.",
			[]string{held}, []string{ahead}},
		{"said, past clause", "The minister said the country signed the accord at a Baltic summit in Riga.",
			[]string{held}, []string{ahead}},
	})
}
