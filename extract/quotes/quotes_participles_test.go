package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A participle of saying after a comma, following a quoted fragment too
// short to keep, goes on with the sentence's speaker; a clause or a name
// of its own in between takes it away. All sentences are invented.
func TestParticipleAfterFragment(t *testing.T) {
	mara := qtEnt{name: "Mara Quist", typ: model.Person, forms: []string{"Mara Quist", "Quist"}}
	acme := qtEnt{name: "Acme Mills", typ: model.Organization, forms: []string{"Acme Mills", "Acme"}}
	olaf := qtEnt{name: "Olaf Brenn", typ: model.Person, forms: []string{"Olaf Brenn"}}
	qtRun(t, []qtCase{
		{
			name: "adding: after a one-word fragment",
			text: "Music\n\nQuist said there was a general \"snobbery\" about brass bands, adding: \"Nobody in the city ever hears them play a full concert.\"",
			ents: []qtEnt{mara},
			want: []qtWant{{"Nobody in the city", "Mara Quist", "participle"}},
		},
		{
			name: "saying, after a fragment and more words",
			text: "Mills\n\nAcme said its winter sales had been \"flat\" in most of its stores, saying, \"We expect the spring to bring the shoppers back to the stores.\"",
			ents: []qtEnt{acme},
			want: []qtWant{{"We expect the spring", "Acme Mills", "participle"}},
		},
		{
			name:         "a clause with its own subject between",
			text:         "Mills\n\nAcme said its sales were \"flat\" while analysts disagreed, saying: \"The spring will bring the shoppers back to the stores.\"",
			ents:         []qtEnt{acme},
			unattributed: 1,
		},
		{
			name:         "a speaker named between",
			text:         "Mills\n\nAcme said its sales were \"flat\" this winter to Olaf Brenn's surprise, adding: \"The spring will bring the shoppers back to the stores.\"",
			ents:         []qtEnt{acme, olaf},
			unattributed: 1,
		},
		{
			name:         "another clause after a comma has the participle",
			text:         "Music\n\nAlthough Quist said the concert was \"dull\", the crowd cheered, adding: \"Nobody in the city ever hears them play a full concert.\"",
			ents:         []qtEnt{mara},
			unattributed: 1,
		},
	})
}
