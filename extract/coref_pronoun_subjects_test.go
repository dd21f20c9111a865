package extract

import "testing"

// TestPronounSubjectOverOblique: a same-sentence "he"/"she" goes to the
// clause's subject rather than to a person named after a preposition or
// as a possessor, when both fit; a person of the other gender, a
// relative clause about the oblique person, a quotation, a reported
// clause and a sentence with no rival keep the latest person. Every
// sentence is invented.
func TestPronounSubjectOverOblique(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		word       string
		n          int    // which occurrence of word to look at
		want       string // its entity
	}{
		// positives: the subject wins
		{"object of to",
			"Open\n\nPaul Hart was serving to fellow Briton Sam Cole when he decided to retire injured.",
			"he", 0, "Paul Hart"},
		{"possessor",
			"Cup tie\n\nDan Frost received Mike Lowe's cross but he shot wide of the post.",
			"he", 0, "Dan Frost"},
		{"object of alongside in a relative clause",
			"New job\n\nPeter Marsh, who will work alongside Tony Grant, has been out of work since he was sacked by Rovers in 2003.",
			"he", 0, "Peter Marsh"},
		{"object of from, coordinated clause",
			"Match report\n\nLuke Ward took over the kicking from the injured Owen Price, and he landed two penalties.",
			"he", 0, "Luke Ward"},
		// near misses: the latest person stays
		{"oblique person of the other gender",
			"Mixed doubles\n\nAnna Kessler lost to John Marsh in the final, and he will now play in Paris.",
			"he", 0, "John Marsh"},
		{"relative clause about the oblique person",
			"Talks\n\nPaul Hart spoke to Sam Cole, who said he would stay at the club.",
			"he", 0, "Sam Cole"},
		{"quotation",
			"Goal\n\nPaul Hart said: \"I passed to Sam Cole and he scored from close range.\"",
			"he", 0, "Sam Cole"},
		{"reported clause",
			"Tribute\n\nPaul Hart paid tribute to Sam Cole, saying he was the best player in the league.",
			"he", 0, "Sam Cole"},
		{"no rival",
			"Prize\n\nThe award went to Sam Cole after he won the race in Leeds.",
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
