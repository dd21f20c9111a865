package extract

import "testing"

// TestHostCountryCity: the city a country hosts an event in lies in that
// country, also with a date after the city; a place the text names after
// the city places it itself. Every text is invented.
func TestHostCountryCity(t *testing.T) {
	runFactCases(t, []string{LocatedIn}, []factCase{
		{"a city", "Portugal will host the Atlantic Games in Porto.",
			[]string{"Porto locatedIn Country:Portugal"}, nil},
		{"a month after the city", "Portugal will host the Atlantic Games in Porto in June.",
			[]string{"Porto locatedIn Country:Portugal"}, nil},
		{"a year after the city", "Portugal hosted the Atlantic Games in Porto in 2011.",
			[]string{"Porto locatedIn Country:Portugal"}, nil},
	})
}
