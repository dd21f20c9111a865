package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// TestBodyRoleSpeakers: "said the Acme Foods founder" does not go to a
// person the text named only as a preposition's object unless it named
// them with the body; the one person named with the body speaks, and
// with nobody, or two, so named, the quotation stays unattributed. A
// person named as a subject keeps the look-back's choice. Every sentence
// is invented.
func TestBodyRoleSpeakers(t *testing.T) {
	lind := qtEnt{name: "Boris Lind", typ: model.Person, forms: []string{"Boris Lind", "Lind"}}
	moss := qtEnt{name: "Carl Moss", typ: model.Person, forms: []string{"Carl Moss", "Moss"}}
	hale := qtEnt{name: "Dan Hale", typ: model.Person, forms: []string{"Dan Hale", "Hale"}}
	acme := qtEnt{name: "Acme Foods", typ: model.Organization, forms: []string{"Acme Foods", "Acme"}}
	qtRun(t, []qtCase{
		{
			name: "the one person named with the body, not the latest",
			text: "Bakery sold\n\nBoris Lind started Acme Foods in a garage in 1980. This week he was interviewed on stage by the comedian Carl Moss. \"We never thought the bakery would grow this big,\" said the Acme Foods founder.",
			ents: []qtEnt{lind, moss, acme},
			want: []qtWant{{"We never thought the bakery", "Boris Lind", "said-after"}},
		},
		{
			name: "the latest person, named with the body, stays",
			text: "Results\n\nAcme Foods boss Boris Lind spoke to investors on Monday. \"Sales have never been better than this year,\" said the Acme Foods chief.",
			ents: []qtEnt{lind, acme},
			want: []qtWant{{"Sales have never been better", "Boris Lind", "said-after"}},
		},
		{
			name: "a subject never named with the body keeps the look-back's choice",
			text: "New chief\n\nBoris Lind took over at the bakery in May. \"Sales have never been better than this year,\" said the Acme Foods chief.",
			ents: []qtEnt{lind, acme},
			want: []qtWant{{"Sales have never been better", "Boris Lind", "said-after"}},
		},
		{
			name:         "nobody named with the body: unattributed",
			text:         "Film cameo\n\nBoris Lind has a small part in a new film. In it, his own role is played by Carl Moss. \"I am not an actor and I did a poor job of it,\" said the Acme Foods founder.",
			ents:         []qtEnt{lind, moss, acme},
			unattributed: 1,
		},
		{
			name:         "two named with the body: unattributed",
			text:         "Anniversary\n\nBoris Lind and Carl Moss both joined Acme Foods in 1990. They were interviewed on stage by Dan Hale. \"We never thought the bakery would grow this big,\" said the Acme Foods founder.",
			ents:         []qtEnt{lind, moss, hale, acme},
			unattributed: 1,
		},
	})
}
