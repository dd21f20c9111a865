package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// An award's name that the recogniser typed as a person ("the Emmys",
// "Bafta") never speaks, even when coreference bound "he" to it; a
// person whose name holds an award word ("Oscar Lind") still does.
func TestAwardNameNeverSpeaks(t *testing.T) {
	emmy := qtEnt{name: "Emmy", typ: model.Person, forms: []string{"Emmy", "Emmys"}}
	heEmmy := qtEnt{name: "Emmy", typ: model.Person, forms: []string{"he"}, kind: model.MentionPronoun}
	oscar := qtEnt{name: "Oscar Lind", typ: model.Person, forms: []string{"Oscar Lind", "Lind"}}
	heOscar := qtEnt{name: "Oscar Lind", typ: model.Person, forms: []string{"he"}, kind: model.MentionPronoun}
	prize := qtEnt{name: "Harbour Prize", typ: model.Organization, forms: []string{"Harbour Prize"}}
	qtRun(t, []qtCase{
		{
			name:         "he bound to an award typed as a person",
			text:         "TV\n\nThe drama lost out on the best series Emmy last year.\n\n\"It is the first time I have been to the Emmys and I loved every minute,\" he told reporters.",
			ents:         []qtEnt{emmy, heEmmy},
			unattributed: 1,
		},
		{
			name:         "an award typed as a body with a verb of saying",
			text:         "Arts\n\nThe shortlist was published on Monday. The Harbour Prize said: \"We had more entries this year than ever before.\"",
			ents:         []qtEnt{prize},
			unattributed: 1,
		},
		{
			name: "negative: a person whose first name is an award word",
			text: "TV\n\nOscar Lind lost out on the best series award last year.\n\n\"It is the first time I have been nominated and I loved every minute,\" he told reporters.",
			ents: []qtEnt{oscar, heOscar},
			want: []qtWant{{"It is the first time", "Oscar Lind", ""}},
		},
	})
}
