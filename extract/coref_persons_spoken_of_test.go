package extract

import "testing"

// TestPersonDescriptionSpokenOf: a description after a quotation whose
// speaker talks about the story's dominant person as "he"/"she" stands
// for the one spoken of, not the speaker, who is the only person the
// nearest sentence names. A description that speaks itself, a quotation
// with no pronoun for the dominant person, and a description that
// disagrees with what the text said of that person stay unresolved.
// Every sentence is invented.
func TestPersonDescriptionSpokenOf(t *testing.T) {
	const story = "Fit again\n\nRovers winger Tom Ashby will return against City on Saturday.\n\n" +
		"Ashby has missed six games with a knee injury. Ashby trained with the squad on Thursday. "
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"age after a quote about the dominant person",
			story + "\"He is ready and he will start on the bench,\" said Rovers coach Dan Frost. The 27-year-old scored twelve goals last season.",
			"The 27-year-old", "Tom Ashby"},
		{"the speaker named before the quote",
			story + "Rovers coach Dan Frost said: \"He is ready.\" The Englishman scored twelve goals last season.",
			"The Englishman", "Tom Ashby"},
		// near misses
		{"the description speaks",
			story + "\"He is ready,\" said Rovers coach Dan Frost. The 52-year-old added: \"We need him.\"",
			"The 52-year-old", ""},
		{"no pronoun for the dominant person",
			story + "\"We are ready,\" said Rovers coach Dan Frost. The 27-year-old scored twelve goals last season.",
			"The 27-year-old", ""},
		{"the dominant person is of another age",
			"Fit again\n\nRovers winger Tom Ashby, 27, will return against City on Saturday.\n\n" +
				"Ashby has missed six games with a knee injury. Ashby trained with the squad on Thursday. " +
				"\"He is ready,\" said Rovers coach Dan Frost. The 52-year-old has coached the side since 2001.",
			"The 52-year-old", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}
