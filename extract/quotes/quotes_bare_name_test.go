package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A quotation ending in a comma, then nothing but a person's name and a
// full stop, is that person's: the copy dropped the verb of saying
// (name-after). A body's name, or a name that is not the whole clause,
// gives no speaker.
func TestQuoteBareNameAfter(t *testing.T) {
	vale := qtEnt{name: "Tom Vale", typ: model.Person, forms: []string{"Tom Vale", "Mr Vale", "Vale"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods"}}
	qtRun(t, []qtCase{
		{
			name: "title and surname",
			text: "Markets\n\nShares rose on Monday. \"Prices will rise again in the spring, whatever the bank does,\" Mr Vale.",
			ents: []qtEnt{vale},
			want: []qtWant{{"Prices will rise again", "Tom Vale", "name-after"}},
		},
		{
			name: "a capitalised possessor before the surname",
			text: "Markets\n\nShares rose on Monday. \"Prices will rise again in the spring, whatever the bank does,\" Acme Foods' Vale.",
			ents: []qtEnt{vale, acme},
			want: []qtWant{{"Prices will rise again", "Tom Vale", "name-after"}},
		},
		{
			name:         "a body's name is no dropped attribution",
			text:         "Markets\n\nShares rose on Monday. \"Prices will rise again in the spring, whatever the bank does,\" Acme Foods.",
			ents:         []qtEnt{vale, acme},
			unattributed: 1,
		},
		{
			name:         "the name does not end the clause",
			text:         "Markets\n\nShares rose on Monday. \"Prices will rise again in the spring, whatever the bank does,\" Mr Vale's office.",
			ents:         []qtEnt{vale},
			unattributed: 1,
		},
	})
}
