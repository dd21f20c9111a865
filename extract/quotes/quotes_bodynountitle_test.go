package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "Acme magazine's reviews editor Jo Bloggs said": the person at the end
// of a title owned by a body's common noun is the speaker, not the body.
func TestBodyNounPossessiveTitle(t *testing.T) {
	dan := qtEnt{name: "Dan Hale", typ: model.Person, forms: []string{"Dan Hale"}}
	orbit := qtEnt{name: "Orbit", typ: model.Organization, forms: []string{"Orbit"}}
	qtRun(t, []qtCase{
		{
			name: "body noun's role then a name",
			text: "Films\n\nOrbit magazine's film editor Dan Hale said the drama had \"a very good chance of winning\" on Sunday.",
			ents: []qtEnt{dan, orbit},
			want: []qtWant{{"a very good chance", "Dan Hale", "said-partial"}},
		},
		{
			name: "negative: the body's noun with no person after it",
			text: "Films\n\nOrbit magazine's review said the drama had \"a very good chance of winning\" on Sunday.",
			ents: []qtEnt{dan, orbit},
			want: []qtWant{{"a very good chance", "Orbit", "said-partial"}},
		},
	})
}
