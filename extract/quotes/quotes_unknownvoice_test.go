package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "…," a spokeswoman said. "…," she added.: she is that new, unknown
// voice, not the woman quoted earlier; a definite description ("the
// mother-of-two said") refers back and leaves the pronoun to the usual
// rules.
func TestUnknownVoiceBeforePronoun(t *testing.T) {
	lia := qtEnt{name: "Lia Marr", typ: model.Person, forms: []string{"Lia Marr", "Ms Marr"}}
	sheLia := qtEnt{name: "Lia Marr", typ: model.Person, forms: []string{"she"}, kind: model.MentionPronoun}
	qtRun(t, []qtCase{
		{
			name: "an indefinite speaker, then she added",
			text: "TV\n\nLia Marr will leave the quiz show after four years. \"I have loved every minute of it,\" Ms Marr said.\n\nThe channel has not chosen a new host. \"There are currently no plans for a new series,\" a spokeswoman said. \"We wish her well with whatever she does next,\" she added.",
			ents: []qtEnt{lia, sheLia},
			want: []qtWant{{"I have loved", "Lia Marr", ""}},
			// the spokeswoman's two quotations
			unattributed: 2,
		},
		{
			name:         "an inverted verb and an indefinite speaker",
			text:         "TV\n\nLia Marr will leave the quiz show after four years. \"I have loved every minute of it,\" Ms Marr said.\n\nThe channel has not chosen a new host. \"There are currently no plans for a new series,\" said a spokeswoman. \"We wish her well with whatever she does next,\" she added.",
			ents:         []qtEnt{lia, sheLia},
			want:         []qtWant{{"I have loved", "Lia Marr", ""}},
			unattributed: 2,
		},
		{
			name: "negative: a definite description refers back",
			text: "TV\n\nLia Marr will leave the quiz show after four years. Describing the show as \"a happy place\", the mother-of-two said she would miss it. \"I have loved every minute of it, really,\" she said.",
			ents: []qtEnt{lia, sheLia},
			want: []qtWant{{"I have loved", "Lia Marr", "pronoun-carry"}},
		},
	})
}
