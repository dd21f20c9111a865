package extract

import (
	"strings"
	"testing"
)

// TestCityEventAhead: an event named after its city ("the Oslo
// Marathon") told of as still to come without a future verb is willHost
// for the city, as hostAheadCheck reads events placed with "in"; a goal
// noun that a verb says was dealt with ("the targets set out at") looks
// back, not ahead. Every sentence is invented.
func TestCityEventAhead(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosting facts of the city, sorted
	}{
		{"remains to be run",
			"Athletics\n\nShe lives in the city of Oslo. Only the Oslo Marathon remains to be run before she retires.",
			[]string{"Oslo willHost Oslo Marathon"}},
		{"a goal: training for",
			"Athletics\n\nShe lives in the city of Oslo. She is training for the Oslo Marathon.",
			[]string{"Oslo willHost Oslo Marathon"}},
		{"near miss: a past race",
			"Athletics\n\nShe lives in the city of Oslo. She won the Oslo Marathon in record time.",
			[]string{"Oslo hosted Oslo Marathon"}},
		{"near miss: targets set out at a summit",
			"Politics\n\nThe city of Oslo was busy. The goals set out at the Oslo Summit were meant to cut emissions.",
			[]string{"Oslo hosted Oslo Summit"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, f := range hostingFacts(extractText(t, tc.text)) {
				if strings.HasPrefix(f, "Oslo ") {
					got = append(got, f)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGoalNounDone: a goal noun followed by a verb that dealt with it
// ("the targets set out at") is no goal; "sights set on" still is.
func TestGoalNounDone(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Athletics\n\nThe targets agreed at the World Championships in Oslo were modest.",
			[]string{"Oslo hosted World Championships"}},
		{"Athletics\n\nShe has her sights set on the World Championships in Oslo.",
			[]string{"Oslo willHost World Championships"}},
	} {
		got := hostingFacts(extractText(t, tc.text))
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}
