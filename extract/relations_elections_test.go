package extract

import "testing"

// TestElectionCandidates: in a story that says an election was held, the
// people reported elected, re-elected, defeated or losing their seats
// took part in it, and the place naming it hosted it; a story with no
// held election, or people only mentioned, gives none. Every text is
// invented.
func TestElectionCandidates(t *testing.T) {
	const results = "New faces in Westland council election\n\nThe Westland municipal election was held on Sunday, with a turnout of 61%.\n\n" +
		"In the northern district, Anna Berg was elected with 12,000 votes. Other candidates elected in this district were Tom Vale of the Green Party and Lisa Kern. " +
		"Veteran councillor Peter Holm was defeated, and Maria Lund lost her seat. Ian Ross was successfully re-elected. " +
		"Party leader Sam Dale said the result was fair."
	const noneHeld = "Parties prepare for Westland election\n\nThe Westland election will be held in May. " +
		"Anna Berg was elected in 1997 and Tom Vale was defeated in 2001, the party said."
	runFactCases(t, []string{ParticipatedIn, Hosted}, []factCase{
		{"results story", results,
			[]string{"Anna Berg participatedIn Event:Westland municipal election", "Tom Vale participatedIn Event:Westland municipal election",
				"Lisa Kern participatedIn Event:Westland municipal election", "Peter Holm participatedIn Event:Westland municipal election",
				"Maria Lund participatedIn Event:Westland municipal election", "Ian Ross participatedIn Event:Westland municipal election",
				"Westland hosted Event:Westland municipal election"},
			[]string{"Sam Dale participatedIn Event:Westland municipal election"}},
		{"no election held", noneHeld, nil,
			[]string{"Anna Berg participatedIn Event:Westland election", "Tom Vale participatedIn Event:Westland election"}},
	})
}
