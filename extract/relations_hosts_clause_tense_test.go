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
