package extract

import "testing"

// TestTalksBetweenGovernor: "talks between A and B" takes its tense from
// the verb that governs the noun: attended or held, they met; a meeting
// someone will attend, hopes to broker or would not chair is not one
// that took place. Every text is invented.
func TestTalksBetweenGovernor(t *testing.T) {
	notMet := func(a, b string) []string { return []string{a + " metWith Person:" + b, b + " metWith " + a} }
	runFactCases(t, []string{MetWith}, []factCase{
		{"talks between, past", "There were talks between Nora Lindqvist and Pavel Horak in Prague on Monday.",
			[]string{"Nora Lindqvist metWith Person:Pavel Horak"}, nil},
		{"attended a meeting between", "Tom Reyes attended a meeting between Nora Lindqvist and Pavel Horak in Prague.",
			[]string{"Nora Lindqvist metWith Person:Pavel Horak"}, nil},
		{"reported to have attended", "Tom Reyes was reported in June to have attended a meeting between Nora Lindqvist and Pavel Horak.",
			[]string{"Tom Reyes metWith Person:Nora Lindqvist", "Tom Reyes metWith Person:Pavel Horak"}, nil},
		{"will attend a meeting between", "Tom Reyes will attend a meeting between Nora Lindqvist and Pavel Horak in Prague on Friday.",
			nil, notMet("Nora Lindqvist", "Pavel Horak")},
		{"hopes to broker talks between", "The envoy Tom Reyes hopes to broker talks between Nora Lindqvist and Pavel Horak.",
			nil, notMet("Nora Lindqvist", "Pavel Horak")},
		{"would not chair talks between", "Tom Reyes said he would not chair talks between Nora Lindqvist and Pavel Horak.",
			nil, notMet("Nora Lindqvist", "Pavel Horak")},
	})
}

// TestHeldTalksInPlace: persons who held talks met, also when a place
// follows the noun (which makes "talks in Paris" an event of its own);
// they do not host the talks they hold, and talks to come give no
// meeting. A person's press conference is one they hosted. Every text is
// invented.
func TestHeldTalksInPlace(t *testing.T) {
	runFactCases(t, []string{MetWith, Hosted, WillHost}, []factCase{
		{"held talks in a city", "Foreign ministers Nora Lindqvist and Pavel Horak held talks in Vienna on Monday.",
			[]string{"Nora Lindqvist metWith Person:Pavel Horak"},
			[]string{"Nora Lindqvist hosted Event:talks in Vienna", "Pavel Horak hosted Event:talks in Vienna"}},
		{"will hold talks in a city", "Nora Lindqvist and Pavel Horak will hold talks in Vienna next week.",
			nil, []string{"Nora Lindqvist metWith Person:Pavel Horak", "Nora Lindqvist willHost Event:talks in Vienna",
				"Pavel Horak willHost Event:talks in Vienna"}},
		{"a press conference", "Ruth Calder held a press conference in Vienna on Monday.",
			[]string{"Ruth Calder hosted Event:press conference in Vienna"}, nil},
	})
}
