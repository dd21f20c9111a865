package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A document quoted for its author ("Mr Kok's report noted", "Her
// lawsuit … said", "said chairman of the ISM's survey committee"), on
// invented sentences, with the bare "the report said" left to the older
// rules.
func TestQuoteDocumentAuthors(t *testing.T) {
	vane := qtEnt{name: "Ola Vane", typ: model.Person, forms: []string{"Ola Vane", "Ms Vane"}}
	jett := qtEnt{name: "Tia Jett", typ: model.Person, forms: []string{"Tia Jett"}}
	her := qtEnt{name: "Tia Jett", typ: model.Person, forms: []string{"Her"}, kind: model.MentionPronoun}
	fund := qtEnt{name: "Delta Fund", typ: model.Organization, forms: []string{"Delta Fund"}}
	qtRun(t, []qtCase{
		{
			name: "a person's report: the person",
			text: "Jobs\n\nGrowth has been slow.\n\nAs Ms Vane's report noted: \"The ink was scarcely dry on the plan before the crash came.\"",
			ents: []qtEnt{vane},
			want: []qtWant{{"The ink was scarcely", "Ola Vane", "spokesman-for"}},
		},
		{
			name: "her lawsuit said: the one the pronoun stands for",
			text: "Doping\n\nTia Jett is suing her former coach.\n\nHer lawsuit said the sprinter had passed a test and that she \"has never taken any banned drugs at all\".",
			ents: []qtEnt{jett, her},
			want: []qtWant{{"has never taken any", "Tia Jett", "spokesman-for"}},
		},
		{
			name: "a body's survey: the body",
			text: "Houses\n\nPrices rose again.\n\nThe Delta Fund survey concluded that there were \"continuing signs of a slowdown in the market\".",
			ents: []qtEnt{fund},
			want: []qtWant{{"continuing signs of a", "Delta Fund", "spokesman-for"}},
		},
		{
			name: "a letter from a body: the body",
			text: "Telecoms\n\nThe bid was rejected.\n\n\"We intend to submit a better offer for the whole group,\" the letter from Delta Fund said.",
			ents: []qtEnt{fund},
			want: []qtWant{{"We intend to submit", "Delta Fund", "spokesman-for"}},
		},
		{
			name:         "a letter to a body: not the body",
			text:         "Telecoms\n\nThe bid was rejected.\n\n\"We intend to submit a better offer for the whole group,\" the letter to Delta Fund said.",
			ents:         []qtEnt{fund},
			unattributed: 1,
		},
		{
			name: "a report set off by commas, by the body: the body",
			text: "Mines\n\nSafety was poor.\n\nThe study, by the Delta Fund, concluded: \"Three of the five shafts should never have been reopened.\"",
			ents: []qtEnt{fund},
			want: []qtWant{{"Three of the five", "Delta Fund", "spokesman-for"}},
		},
		{
			name: "a letter by the person, unbracketed: the person",
			text: "Mines\n\nSafety was poor.\n\nA letter by Ola Vane said: \"Three of the five shafts should never have been reopened.\"",
			ents: []qtEnt{vane},
			want: []qtWant{{"Three of the five", "Ola Vane", "spokesman-for"}},
		},
		{
			name:         "a report, by the way, naming no author: none",
			text:         "Mines\n\nSafety was poor at Delta Fund.\n\nThe report, by the way, said: \"Three of the five shafts should never have been reopened.\"",
			ents:         []qtEnt{fund},
			unattributed: 1,
		},
		{
			name:         "a report, about the body: not the body",
			text:         "Mines\n\nSafety was poor.\n\nThe report, on the Delta Fund, said: \"Three of the five shafts should never have been reopened.\"",
			ents:         []qtEnt{fund},
			unattributed: 1,
		},
		{
			name:         "a report about a person: not the person",
			text:         "Jobs\n\nGrowth has been slow.\n\nA report on Ola Vane noted: \"The ink was scarcely dry on the plan before the crash came.\"",
			ents:         []qtEnt{vane},
			unattributed: 1,
		},
	})
}
