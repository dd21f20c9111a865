package extract

import "testing"

// TestVenueHostingMood: an event at a venue is hosted when the clause
// tells it as done, to be hosted with "would" alone (the future seen from
// the past), and nothing when a condition or another modal makes it a
// hypothesis. Every text is invented.
func TestVenueHostingMood(t *testing.T) {
	hall := "Bridgewater Hall hosted Event:Parliamentary Jazz Awards"
	hallAhead := "Bridgewater Hall willHost Event:Parliamentary Jazz Awards"
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"done", "Clara Dunn performed at the Parliamentary Jazz Awards at Manchester's Bridgewater Hall on Tuesday.",
			[]string{hall}, nil},
		{"would if", "Clara Dunn would perform at the Parliamentary Jazz Awards at Manchester's Bridgewater Hall if invited.",
			nil, []string{hall, hallAhead}},
		{"could", "Clara Dunn could perform at the Parliamentary Jazz Awards at Manchester's Bridgewater Hall.",
			nil, []string{hall, hallAhead}},
		{"said she would", "Clara Dunn said she would perform at the Parliamentary Jazz Awards at Manchester's Bridgewater Hall.",
			[]string{hallAhead}, []string{hall}},
	})
}
