package extract

import "testing"

// TestCompelledResignation: a resignation someone was forced to make, or
// had to make, is done (left); one they will be or could be forced to
// make is not. Every text is invented.
func TestCompelledResignation(t *testing.T) {
	left := "Tom Reeve left Organization:Barclays"
	plan := "Tom Reeve plansToLeave Organization:Barclays"
	runFactCases(t, []string{Left, PlansToLeave}, []factCase{
		{"was forced to resign", "Tom Reeve, the chief executive of Barclays, was forced to resign on Monday.",
			[]string{left}, []string{plan}},
		{"was made to step down", "Tom Reeve, the chief executive of Barclays, was made to resign last week.",
			[]string{left}, []string{plan}},
		{"had to resign", "Tom Reeve, the chief executive of Barclays, had to resign on Monday.",
			[]string{left}, []string{plan}},
		{"could be forced to", "Tom Reeve, the chief executive of Barclays, could be forced to resign on Monday.",
			nil, []string{left, plan}},
		{"will be forced to", "Tom Reeve, the chief executive of Barclays, will be forced to resign on Monday.",
			[]string{plan}, []string{left}},
		{"was not forced to", "Tom Reeve, the chief executive of Barclays, was not forced to resign on Monday.",
			nil, []string{left, plan}},
	})
}
