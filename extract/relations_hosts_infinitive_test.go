package extract

import "testing"

// TestEventInCityInfinitive: an event noun read after "to" with no
// article is a verb in the infinitive ("to race in Birmingham"), a plan
// or a headline's future, and the place after it hosts nothing; an
// event with its article keeps the place. Every text is invented.
func TestEventInCityInfinitive(t *testing.T) {
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"a headline's infinitive", "Ugandan to race in Manchester\n\nThe runner Joseph Okello confirmed his entry on Tuesday.",
			nil, []string{"Manchester hosted Event:race in Manchester", "Manchester willHost Event:race in Manchester"}},
		{"an event with its article", "Joseph Okello won the race in Manchester on Saturday.",
			[]string{"Manchester hosted Event:race in Manchester"}, nil},
	})
}
