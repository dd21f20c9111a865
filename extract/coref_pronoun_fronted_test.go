package extract

import "testing"

// TestPronounAfterFrontedAdjunct: the subject "he"/"she" of a clause
// opened by a fronted phrase or clause does not go to a person named in
// it after a preposition; an earlier person of the sentence, else the
// one the text was following, is taken. A possessor, a pronoun that is
// not the opened clause's subject and a phrase after the pronoun keep
// the latest person. Every sentence is invented.
func TestPronounAfterFrontedAdjunct(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		word       string
		n          int    // which occurrence of word to look at
		want       string // its entity
	}{
		// positives: the person named in passing is skipped
		{"agent inside a fronted phrase, with a title",
			"Trade talks\n\nPaul Hart is attending the summit in Oslo. At a dinner hosted by foreign minister Sam Cole on Friday, he said that tariffs must fall.",
			"he", 0, "Paul Hart"},
		{"object of against inside a fronted clause",
			"Final\n\nPaul Hart reached his first final this week. After a long match against Sam Cole in the rain, he told reporters that he was proud.",
			"he", 0, "Paul Hart"},
		{"the fronted clause's own subject stays",
			"Talks\n\nAnna Kessler arrived late. When Paul Hart spoke to Sam Cole, he said the deal was off.",
			"he", 0, "Paul Hart"},
		// near misses: the latest person stays
		{"possessor in a fronted phrase",
			"Speech\n\nPaul Hart was in the hall. In Sam Cole's speech, he said the plan would work.",
			"he", 0, "Sam Cole"},
		{"pronoun in a reported clause, not the opened clause's subject",
			"Dinner\n\nPaul Hart was in the hall. At a dinner hosted by Sam Cole, guests said he was generous.",
			"he", 0, "Sam Cole"},
		{"no comma: no fronted phrase",
			"Prize\n\nPaul Hart was in the hall. The award went to Sam Cole after he won the race in Leeds.",
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
