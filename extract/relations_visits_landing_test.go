package extract

import "testing"

// TestArrivalThenLanding: a landing in the sentence after an arrival is
// the arriving person's when the craft is theirs or unowned; a craft
// brought in with "a" or owned by another person is another flight.
// Every text is invented.
func TestArrivalThenLanding(t *testing.T) {
	greer := "Tom Greer visited City:Frankfurt"
	lead := "Lufthansa may sue after the arrival of Tom Greer disrupted flights. "
	runFactCases(t, []string{Visited}, []factCase{
		{"named craft", lead + "It blamed Air Force One landing at Frankfurt airport.", []string{greer}, nil},
		{"his plane", lead + "It blamed his plane landing at Frankfurt airport.", []string{greer}, nil},
		{"a private jet", lead + "Flights were held up by a private jet landing at Frankfurt airport.", nil, []string{greer}},
		{"another person's plane", lead + "It blamed Lena Voss's plane landing at Frankfurt airport.", nil, []string{greer}},
	})
}
