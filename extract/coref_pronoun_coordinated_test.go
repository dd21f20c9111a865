package extract

import "testing"

// TestPronounSubjectOverObject: a "he"/"she" opening a clause coordinated
// by "and"/"but"/"so" goes to the first clause's subject rather than to
// the person that clause acted on, when both fit; a person of the other
// gender, a body as subject, a quotation, a pair of subjects, a relative
// clause, an object signed or sent on its way, an object of a middle clause and no
// coordinator keep the latest person. Every sentence is
// invented.
func TestPronounSubjectOverObject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		word       string
		n          int    // which occurrence of word to look at
		want       string // its entity
	}{
		// positives: the subject wins
		{"direct object, and",
			"Semi-final\n\nTom Reid defeated Sam Cole in straight sets and he will now face Ian Moss in the final.",
			"he", 0, "Tom Reid"},
		{"direct object, comma but",
			"Transfer\n\nPaul Hart replaced Dean Ross as captain last season, but he has struggled for form since.",
			"he", 0, "Paul Hart"},
		{"object of against, but",
			"Heptathlon\n\nAnn Kerr will be up against Jo Lamb in the heptathlon, but she is still the favourite.",
			"she", 0, "Ann Kerr"},
		{"later member of a listed object",
			"Indoor meeting\n\nAnn Kerr lost to Jo Lamb and Eve Hart last week, but she remains the favourite.",
			"she", 0, "Ann Kerr"},
		// near misses: the latest person stays
		{"object of the other gender",
			"Mixed doubles\n\nAnn Kerr beat Tom Reid in an exhibition match and he will now play in Paris.",
			"he", 0, "Tom Reid"},
		{"a body as subject",
			"Arrest\n\nDetectives arrested Tom Reid at his home in Leeds and he was charged with fraud on Friday.",
			"he", 0, "Tom Reid"},
		{"quoted first person as subject",
			"Goal\n\nPaul Hart said: \"I found Sam Cole on the left and he scored from close range.\"",
			"he", 0, "Sam Cole"},
		{"a pair of subjects",
			"Doubles\n\nTom Reid and Ian Moss beat Sam Cole in the first round and he left the court in tears.",
			"he", 0, "Sam Cole"},
		{"relative clause about the object",
			"Talks\n\nPaul Hart met Sam Cole, who said he would stay at the club.",
			"he", 0, "Sam Cole"},
		{"object sent on its way",
			"Cup tie\n\nPaul Hart sent Sam Cole away down the left and he crossed for the winner.",
			"he", 0, "Sam Cole"},
		{"object of a middle clause",
			"Cup tie\n\nPaul Hart ran on to the loose ball and found Sam Cole at the far post and he headed home.",
			"he", 0, "Sam Cole"},
		{"object signed",
			"Transfer\n\nPaul Hart signed Sam Cole in the summer and he will start on Saturday.",
			"he", 0, "Sam Cole"},
		{"no coordinator",
			"Contract\n\nPaul Hart told Sam Cole that he would be released in the summer.",
			"he", 0, "Sam Cole"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := pronounBinding(d, tc.word, tc.n); got != tc.want {
				t.Errorf("%s #%d -> %q, want %q", tc.word, tc.n, got, tc.want)
			}
		})
	}
}
