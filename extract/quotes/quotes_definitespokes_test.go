package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "The spokesman" goes back to the spokesman the story introduced; all
// sentences are invented.
func TestDefiniteSpokesman(t *testing.T) {
	nfa := qtEnt{name: "Northland Football Association", typ: model.Organization, forms: []string{"Northland Football Association", "NFA"}}
	hallam := qtEnt{name: "Hallam Rovers", typ: model.Organization, forms: []string{"Hallam Rovers", "Hallam"}}
	alli := qtEnt{name: "Tom Alli", typ: model.Person, forms: []string{"Tom Alli", "Alli"}}
	qtRun(t, []qtCase{
		{
			name: "added the spokesman, after a paragraph about another body",
			text: "Ban\n\n\"The panel found the charge proven and he will miss three games,\" an NFA spokesman said.\n\nHallam coach Tom Alli was also warned about his conduct on Saturday.\n\n\"Once the club receives our letter we can comment on the findings,\" added the spokesman.",
			ents: []qtEnt{nfa, hallam, alli},
			want: []qtWant{
				{"The panel found the charge", "Northland Football Association", "spokesman-for"},
				{"Once the club receives", "Northland Football Association", "spokesman-for"},
			},
		},
		{
			name: "the spokesman said, introduced by the body's name as a modifier",
			text: "Ban\n\nThe NFA spokesman said the hearing had been fair to both clubs.\n\nHallam have seven days to respond and the process \"may take several more weeks to finish\", the spokesman said.",
			ents: []qtEnt{nfa, hallam},
			want: []qtWant{{"may take several more weeks", "Northland Football Association", "spokesman-for"}},
		},
		// near misses
		{
			name: "an indefinite spokesman is a new voice",
			text: "Ban\n\n\"The panel found the charge proven and he will miss three games,\" an NFA spokesman said.\n\nHallam Rovers will appeal against the ban.\n\n\"We think the panel got this decision badly wrong,\" a spokesman said.",
			ents: []qtEnt{nfa, hallam},
			want: []qtWant{
				{"The panel found the charge", "Northland Football Association", "spokesman-for"},
				{"We think the panel got", "Hallam Rovers", "spokesman-for"},
			},
		},
		{
			name:         "no spokesman introduced before",
			text:         "Ban\n\nTom Alli was warned about his conduct on Saturday.\n\n\"Once the club receives our letter we can comment on the findings,\" added the spokesman.",
			ents:         []qtEnt{alli},
			unattributed: 1,
		},
	})
}
