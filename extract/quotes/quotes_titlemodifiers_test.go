package quotes

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A body's name typed a person before a title whose role noun carries a
// rank or region ("Korvan Bank chief Asian strategist Lia Mott") does
// not speak: the person after the title does.
func TestTitleModifiersBeforePerson(t *testing.T) {
	lia := qtEnt{name: "Lia Mott", typ: model.Person, forms: []string{"Lia Mott"}}
	// the entity stage typed the bank a person
	korvan := qtEnt{name: "Korvan Bank", typ: model.Person, forms: []string{"Korvan Bank"}}
	qtRun(t, []qtCase{
		{
			name: "rank and region before the role",
			text: "Markets\n\n\"The damage is local,\" said Korvan Bank chief Asian strategist Lia Mott.",
			ents: []qtEnt{korvan, lia},
			want: []qtWant{{"The damage is local", "Lia Mott", "said-after"}},
		},
		{
			name: "a rank alone before the role",
			text: "Markets\n\n\"The damage is local,\" said Korvan Bank senior economist Lia Mott.",
			ents: []qtEnt{korvan, lia},
			want: []qtWant{{"The damage is local", "Lia Mott", "said-after"}},
		},
		{
			name: "negative: a rank with no role noun is no title",
			text: "Markets\n\n\"The damage is local,\" said Korvan Bank, citing senior Lia Mott.",
			ents: []qtEnt{korvan, lia},
			want: []qtWant{{"The damage is local", "Korvan Bank", ""}},
		},
	})
}
