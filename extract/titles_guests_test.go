package extract

import "testing"

// TestBareTitleGuest: a bare "Prime Minister X" or "President X" who
// arrives in or visits the country around the sentence is its guest; one
// who speaks of it may lead it. Every text is invented.
func TestBareTitleGuest(t *testing.T) {
	leads := "Rajesh Varma leaderOf Country:Sweden"
	runFactCases(t, []string{LeaderOf}, []factCase{
		{"arrived, headline country", "Sweden visit\n\nPrime Minister Rajesh Varma arrived in Stockholm on Monday for two days of talks.",
			nil, []string{leads}},
		{"visited", "Sweden talks\n\nPrime Minister Rajesh Varma visited Stockholm on Monday.",
			nil, []string{leads}},
		{"who arrived", "Sweden talks\n\nPrime Minister Rajesh Varma, who arrived in Stockholm on Monday, met bankers.",
			nil, []string{leads}},
		{"has landed", "Sweden talks\n\nPrime Minister Rajesh Varma has landed in Stockholm.",
			nil, []string{leads}},
		{"speaks of it", "Sweden budget\n\nPrime Minister Rajesh Varma said the budget in Stockholm would be balanced.",
			[]string{leads}, nil},
	})
}
