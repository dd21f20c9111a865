package extract

import "testing"

// TestScorerNames: in a sports story a lone untyped name after "through",
// "via", "thanks to" or "courtesy of" following a side-score verb is the
// scorer, a person; the same slot with no score verb before it, with an
// own goal, with a typed town, or outside a sports story leaves the name
// as it was.
func TestScorerNames(t *testing.T) {
	tests := []entityCase{
		{"Cup tie\n\nThe striker was fit for the league match. The visitors took the lead through Drevanko in the cup.",
			[]string{"Person:Drevanko"}, []string{"Organization:Drevanko"}},
		{"Cup tie\n\nThe striker was fit for the league match. The hosts equalised on the hour thanks to Ulmetz in the cup.",
			[]string{"Person:Ulmetz"}, []string{"Organization:Ulmetz"}},
		{"Cup tie\n\nThe striker was fit for the league match. The home side doubled their lead courtesy of Pravonek in the cup.",
			[]string{"Person:Pravonek"}, []string{"Organization:Pravonek"}},
		// Negatives: a route, not a score; an own goal; a typed town.
		{"Cup tie\n\nThe striker was fit for the league match. The side went through to the cup final via Drevanko.",
			nil, []string{"Person:Drevanko"}},
		{"Cup tie\n\nThe striker was fit for the league match. The visitors took the lead through an own goal by Drevanko in the cup.",
			nil, []string{"Person:Drevanko"}},
		{"Cup tie\n\nThe striker was fit for the league match. The visitors took the lead through Bristol in the cup.",
			nil, []string{"Person:Bristol"}},
		// Not a sports story: a firm that grew through a firm.
		{"Results\n\nThe group doubled its profits through Drevanko, its new unit, the chairman said.",
			nil, []string{"Person:Drevanko"}},
	}
	checkEntityCases(t, tests)
}
