package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// An unnamed spokesperson of a body goes on speaking through the rest of
// the quotation opened after "A spokesman for X said:" and through the
// "He said …" sentences after it: the words are the body's, not those of
// a person named earlier in the story.
func TestSpokespersonChain(t *testing.T) {
	vera := qtEnt{name: "Vera Holm", typ: model.Person, forms: []string{"Vera Holm", "Ms Holm"}}
	tomas := qtEnt{name: "Tomas Ek", typ: model.Person, forms: []string{"Tomas Ek", "Mr Ek"}}
	guild := qtEnt{name: "Software Guild", typ: model.Organization, forms: []string{"Software Guild"}}
	heT := qtEnt{name: "Tomas Ek", typ: model.Person, forms: []string{"He"}, kind: model.MentionPronoun}
	qtRun(t, []qtCase{
		{
			name: "two sentences of quotation, then 'He said' with a partial quote",
			text: "Tech\n\nTomas Ek led the raid.\n\nMr Ek said the raid was a success. A spokesman for the Software Guild said: \"The gangs claim they made no money. But they did gain a lot.\" He said the gangs were spreading a \"culture of theft\" online.",
			ents: []qtEnt{tomas, guild, heT},
			want: []qtWant{{"The gangs claim", "Software Guild", ""}, {"culture of theft", "Software Guild", "pronoun-carry"}},
		},
		{
			name: "two 'He said' sentences after the spokesman's quotation",
			text: "Tech\n\nTomas Ek led the raid.\n\nMr Ek said the raid was a success. A spokesman for the Software Guild said: \"The gangs claim they made no money. But they did gain a lot.\" He said copying was costly. He said the losses were large. \"It hurts more people than you think,\" he added.",
			ents: []qtEnt{tomas, guild, heT},
			want: []qtWant{{"The gangs claim", "Software Guild", ""}, {"It hurts more people", "Software Guild", "pronoun-carry"}},
		},
		{
			name: "negative: a new paragraph ends the chain",
			text: "Tech\n\nA spokesman for the Software Guild said: \"The gangs claim they made no money. But they did gain a lot.\"\n\nVera Holm led the raid. \"We found them all,\" she said.",
			ents: []qtEnt{vera, guild, {name: "Vera Holm", typ: model.Person, forms: []string{"she"}, kind: model.MentionPronoun}},
			want: []qtWant{{"The gangs claim", "Software Guild", "spokesman-for"}, {"We found them all", "Vera Holm", "pronoun-carry"}},
		},
	})
}
