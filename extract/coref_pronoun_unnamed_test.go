package extract

import "testing"

// TestPronounAfterUnnamedPerson: "he"/"she" after an unnamed person
// who is a subject or a speaker ("A spokesman for the board said ...
// He estimated ...") is left unbound rather than given to a person named
// earlier; a description of the other gender, a predicate, one in a
// reported clause, one beside a name or inside a quote leaves the named
// person bound. Every sentence is invented.
func TestPronounAfterUnnamedPerson(t *testing.T) {
	for _, tc := range []struct {
		name, text, pronoun string
		want                string // the referent, "" for none
	}{
		{"a spokesman speaks, then he",
			"Ferry repairs\n\nHarold Vance runs the Kelso ferry company. A spokesman for the harbour board said no decision had been taken. He estimated the repair bill at two million pounds.",
			"He", ""},
		{"the woman opens the sentence",
			"Inquiry\n\nLucy Marsh chaired the inquiry into the fire. The woman told the court that she had been threatened twice.",
			"she", ""},
		{"the referee as a speaker",
			"Football\n\nTom Varley was sent off in the second half of the league match. The referee said he had no doubt about the decision.",
			"he", ""},
		{"a clause joiner before the description",
			"Football\n\nTom Varley was sent off late in the league match, but the referee felt he had done nothing wrong.",
			"he", ""},
		{"a spokesman of the other gender",
			"Inquiry\n\nLucy Marsh chaired the inquiry into the fire. A spokesman for the council said she had resigned on Friday.",
			"she", "Lucy Marsh"},
		{"a predicate is the person named",
			"Football\n\nTom Varley is the only man to win the cup twice, and he also won the league in 2001.",
			"he", "Tom Varley"},
		{"a description in a reported clause",
			"Schools\n\nHarold Vance said the teacher could use the laptop in class. He described the machine as cheap and sturdy.",
			"He", "Harold Vance"},
		{"a spokesman beside his name",
			"Ferry repairs\n\nJeremy Bell, a spokesman for the ferry line, said no decision had been taken. He estimated the repair bill at two million pounds.",
			"He", "Jeremy Bell"},
		{"a description inside a quote",
			"Football\n\nMike Rudd was angry after the league match on Monday. \"I think the boy was unlucky\" was all he would say about the tackle.",
			"he", "Mike Rudd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.pronoun); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.pronoun, got, tc.want)
			}
		})
	}
}
