package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A partial quotation inside a sentence that a reporting clause closes
// (finalClause): the clause may restate its body's name as a bracketed
// acronym, or invert the verb before a named person and an apposition.
// All sentences are invented.
func TestFinalClauseAcronymAndApposition(t *testing.T) {
	person := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Person, forms: forms}
	}
	org := func(name string, forms ...string) qtEnt {
		return qtEnt{name: name, typ: model.Organization, forms: forms}
	}
	fund := org("Ruritanian Monetary Fund", "Ruritanian Monetary Fund", "RMF")
	bloggs, acme := person("Jo Bloggs", "Jo Bloggs"), org("Acme", "Acme")
	qtRun(t, []qtCase{
		{
			name: "a bracketed acronym after the body's name",
			text: "Economy\n\nGrowth in Ruritania is \"slower than in any year since 1990\" and will stay weak, the Ruritanian Monetary Fund (RMF) has said.",
			ents: []qtEnt{fund},
			want: []qtWant{{"slower than in", "Ruritanian Monetary Fund", "said-final"}},
		},
		{
			name:         "a bracketed acronym with no verb of saying after it",
			text:         "Economy\n\nGrowth in Ruritania is \"slower than in any year since 1990\" and will stay weak, the Ruritanian Monetary Fund (RMF) figures show.",
			ents:         []qtEnt{fund},
			want:         []qtWant{{"slower than in", "", ""}},
			unattributed: 1,
		},
		{
			name: "an inverted verb, a name and an apposition",
			text: "Economy\n\n\"I expect that to be the case for a long time\" in 2009, said Jo Bloggs, economist at Acme.",
			ents: []qtEnt{bloggs, acme},
			want: []qtWant{{"I expect that", "Jo Bloggs", "said-final"}},
		},
		{
			name:         "the person spoken of after an inverted verb does not speak",
			text:         "Football\n\nThe deal was \"a very bad idea for the club\" from the start, said a critic of Jo Bloggs, the chairman.",
			ents:         []qtEnt{bloggs},
			want:         []qtWant{{"a very bad idea", "", ""}},
			unattributed: 1,
		},
		{
			name:         "a passive verb said of a person does not make them speak",
			text:         "Town\n\nThe plan was \"far too costly for the town\" in the end, it was said of Jo Bloggs, the mayor.",
			ents:         []qtEnt{bloggs},
			want:         []qtWant{{"far too costly", "", ""}},
			unattributed: 1,
		},
		{
			name: "a quotation of a third person inside the speaker's own quotation",
			text: "Football\n\n\"He told me 'we have lost the young fans for good' last week,\" said Jo Bloggs, the chairman of Acme.",
			ents: []qtEnt{bloggs, acme},
			want: []qtWant{{"He told me", "Jo Bloggs", "said-after"}},
		},
		{
			name:         "a headline's quotation with an inverted verb and an apposition",
			text:         "Acme \"will not sell the club\" this year, said Jo Bloggs, its chairman\n\nThe football club is not for sale.",
			ents:         []qtEnt{bloggs, acme},
			want:         []qtWant{{"will not sell", "", ""}},
			unattributed: 1,
		},
		{
			name:         "after a paragraph naming two men, the one owning the speaker does not speak",
			text:         "Music\n\nTom Vale and Dan Moss met at the label on Monday.\n\nSmall shops have \"lost the young buyers for good\" this year, said Tom Vale's brother, a teacher.",
			ents:         []qtEnt{person("Tom Vale", "Tom Vale"), person("Dan Moss", "Dan Moss")},
			want:         []qtWant{{"lost the young", "", ""}},
			unattributed: 1,
		},
	})
}
