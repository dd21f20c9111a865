package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// Verbs of manner ("pressed", "laughs", "beams") frame a quotation right
// after it like a verb of saying; in narrative they say nothing, so a
// sentence built on one gives no speaker to the quotation after it.
func TestQuoteFramingVerbs(t *testing.T) {
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Mr Vale", "Vale"}}
	kerr := qtEnt{name: "Ann Kerr", typ: model.Person, forms: []string{"Ann Kerr", "Ms Kerr"}}
	qtRun(t, []qtCase{
		{
			name: "pressed after a question, not the previous speaker",
			text: "Courts\n\n\"I never saw the books,\" Ms Kerr replied. \"Did you ever see the chairman sign a cheque for the firm?\" Mr Vale pressed.",
			ents: []qtEnt{vale, kerr},
			want: []qtWant{{"I never saw the books", "Ann Kerr", "said-after"}, {"Did you ever see the chairman", "Tom Vale", "said-after"}},
		},
		{
			name: "inverted: laughs and the name",
			text: "Music\n\n\"Nobody was hurt, but it was a scary night for all of us,\" laughs Vale.",
			ents: []qtEnt{vale},
			want: []qtWant{{"Nobody was hurt", "Tom Vale", "said-after"}},
		},
		{
			name:         "in narrative the verb says nothing",
			text:         "Music\n\nTom Vale laughed off the claim. \"The tills are fine and every shop will keep them for years.\"",
			ents:         []qtEnt{vale},
			unattributed: 1,
		},
	})
}
