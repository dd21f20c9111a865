package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// An answer noun with a possessor before a colon gives the possessor the
// quotation; all sentences are invented.
func TestAnswerNounSpeaker(t *testing.T) {
	olsen := qtEnt{name: "Jan Olsen", typ: model.Person, forms: []string{"Jan Olsen", "Olsen"}}
	olsenHis := qtEnt{name: "Jan Olsen", typ: model.Person, forms: []string{"His"}, kind: model.MentionPronoun}
	dahl := qtEnt{name: "Karin Dahl", typ: model.Person, forms: []string{"Karin Dahl", "Dahl"}}
	qtRun(t, []qtCase{
		{
			name: "a possessive pronoun's answer",
			text: "Budget\n\nJan Olsen was asked whether taxes would rise. His answer: \"Not this year and not next year, I promise you.\"",
			ents: []qtEnt{olsen, olsenHis},
			want: []qtWant{{"Not this year", "Jan Olsen", "colon"}},
		},
		{
			name: "a name's reply with a judging complement",
			text: "Budget\n\nKarin Dahl's reply was blunt: \"This budget does nothing for families who rent.\"",
			ents: []qtEnt{dahl},
			want: []qtWant{{"This budget does nothing", "Karin Dahl", "colon"}},
		},
		// near misses
		{
			name:         "no possessor",
			text:         "Budget\n\nJan Olsen spoke on Monday. The answer: \"Not this year and not next year, I promise you.\"",
			ents:         []qtEnt{olsen},
			unattributed: 1,
		},
		{
			name:         "a possession that is not something said",
			text:         "Books\n\nKarin Dahl's book has a title: \"Nothing for families who rent in the city.\"",
			ents:         []qtEnt{dahl},
			unattributed: 1,
		},
		{
			name:         "a long predicate between the noun and the colon",
			text:         "Budget\n\nKarin Dahl's answer to the critics was a new law with one line: \"Nothing for families who rent in the city.\"",
			ents:         []qtEnt{dahl},
			unattributed: 1,
		},
	})
}
