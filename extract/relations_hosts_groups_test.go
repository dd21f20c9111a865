package extract

import (
	"strings"
	"testing"
)

// TestGatheringGroupHost: a gathering described by the people it brings
// together is hosted by the place after them, by tense; a body's own
// meeting, a trial and a phrase that is not people give no step. Every
// sentence is invented.
func TestGatheringGroupHost(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // hosting facts of event-in-city, sorted
	}{
		{"named nation, future",
			"Premiers to meet\n\nBavaria will host the conference of German state premiers in Hamburg in May.",
			[]string{"Hamburg willHost conference of German state premiers in Hamburg in May"}},
		{"named body, past",
			"Leaders agree\n\nThe deal was struck at a summit of European Union leaders in Brussels on Friday.",
			[]string{"Brussels hosted summit of European Union leaders in Brussels"}},
		{"people alone, past",
			"Ministers agree\n\nThe pact was signed at a meeting of finance ministers in Lisbon on Monday.",
			[]string{"Lisbon hosted meeting of finance ministers in Lisbon"}},
		{"named body, future",
			"Union talks\n\nThe ministers will prepare a summit of the Andean Trade Union in Quito in May.",
			[]string{"Quito willHost summit of the Andean Trade Union in Quito in May"}},
		{"named body, past",
			"Union talks\n\nThe ministers signed the pact at a meeting of the Andean Trade Union in Quito on Monday.",
			[]string{"Quito hosted meeting of the Andean Trade Union in Quito"}},
		{"a nation after of is no body",
			"Talks\n\nThe ministers signed the pact at a meeting of Peru in Quito on Monday.",
			nil},
		{"negated",
			"Leaders fail\n\nThere was no summit of European Union leaders in Brussels on Friday.",
			nil},
		{"a person after of is no group",
			"Trial ends\n\nThe trial of Mr Varga in Szeged ended on Friday.",
			nil},
		{"another head after the people",
			"Party news\n\nThe meeting of party leaders committee in Cork on Friday was short.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := eventInCityFacts(extractText(t, tc.text))
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
