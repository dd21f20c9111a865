package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "…," said a Lenco spokesman. "…," he added.: the pronoun carries on the
// body's voice, not a person quoted earlier. A person's quotation before
// it, a pronoun in another paragraph, or "it" are left to the other
// rules.
func TestBodyVoiceCarriesToPronoun(t *testing.T) {
	rita := qtEnt{name: "Rita Moss", typ: model.Person, forms: []string{"Rita Moss", "Ms Moss"}}
	lenco := qtEnt{name: "Lenco", typ: model.Organization, forms: []string{"Lenco"}}
	// a person the recogniser typed as a body
	sven := qtEnt{name: "Sven Alder", typ: model.Organization, forms: []string{"Sven Alder"}}
	heRita := qtEnt{name: "Rita Moss", typ: model.Person, forms: []string{"he"}, kind: model.MentionPronoun}
	qtRun(t, []qtCase{
		{
			name: "a spokesman's quotation, then he added",
			text: "Shares\n\n\"We will look at every offer that is made to us,\" said Rita Moss, the chair.\n\nThe talks go on. \"The board has not met to discuss any bid yet,\" said a Lenco spokesman. \"It will meet again later in the spring,\" he added.",
			ents: []qtEnt{rita, lenco, heRita},
			want: []qtWant{{"We will look", "Rita Moss", ""}, {"The board has not met", "Lenco", ""}, {"It will meet again", "Lenco", "pronoun-carry"}},
		},
		{
			name: "a person typed as a body, then he added",
			text: "Rates\n\n\"We will look at every offer that is made to us,\" said Rita Moss, the chair.\n\nMarkets fell. \"The bank has no reason to hurry at all,\" said Sven Alder, chief economist at Lenco. \"Prices are still rising too slowly,\" he added.",
			ents: []qtEnt{rita, lenco, sven, heRita},
			want: []qtWant{{"We will look", "Rita Moss", ""}, {"The bank has no reason", "Sven Alder", "said-after"}, {"Prices are still rising", "Sven Alder", "pronoun-carry"}},
		},
		{
			name: "negative: the body spoke in another paragraph",
			text: "Shares\n\n\"The board has not met to discuss any bid yet,\" said a Lenco spokesman.\n\nRita Moss disagreed. \"It will meet again later in the spring,\" she added.",
			ents: []qtEnt{rita, lenco, {name: "Rita Moss", typ: model.Person, forms: []string{"she"}, kind: model.MentionPronoun}},
			want: []qtWant{{"The board has not met", "Lenco", ""}, {"It will meet again", "Rita Moss", ""}},
		},
	})
}
