package extract

import "testing"

// TestPremieres: a premiere is a specific event once the work it shows is
// told, by a name or by a common noun ("the world premiere of the new
// opera"); its place is read past a participle phrase on the work. A
// premiere of nothing in particular, or of no noun, is no event. Every
// sentence is invented.
func TestPremieres(t *testing.T) {
	for _, tc := range []struct {
		name, text    string
		fact, notFact string
	}{
		{
			name: "a premiere to come at a venue",
			text: "Theatre.\n\nThe world premiere of the new opera will take place at Leeds Grand Theatre next year.",
			fact: "Leeds Grand Theatre willHost world premiere of the new opera",
		},
		{
			name: "past a participle phrase on the work",
			text: "Theatre.\n\nThe world premiere of the stage musical, co-produced by Ann Lee and Tom Reed, will take place at Leeds Grand Theatre next year.",
			fact: "Leeds Grand Theatre willHost world premiere of the stage musical",
		},
		{
			name: "a guest at a premiere",
			text: "Film.\n\nAnn Lee attended the premiere of her latest film in London on Monday.",
			fact: "Ann Lee participatedIn premiere of her latest film in London",
		},
		{
			name:    "a time word ends the work",
			text:    "Film.\n\nAnn Lee attended the premiere of the film last night in London.",
			notFact: "Ann Lee participatedIn premiere of the film last night",
		},
		{
			name:    "a premiere of no noun",
			text:    "Film.\n\nAnn Lee said the premiere of the very best will take place at Leeds Grand Theatre.",
			notFact: "Leeds Grand Theatre willHost premiere of the very best",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			checkListed(t, relFacts(d), nonEmpty(tc.fact), nonEmpty(tc.notFact))
		})
	}
}
