package extract

import "testing"

// TestLineupInitials: a team sheet's initial stays with its surname, so
// the player is one entity named as the sheet writes him, unless the
// story names that surname elsewhere, where the lone surname joins him.
func TestLineupInitials(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
	}{
		{"the initial A is no article",
			"Italy lost in Rome. Italy: R Dormani; A Vestrucci, L Pintoro, A Gallesi, M Conterno.",
			[]string{"Person:A Vestrucci", "Person:A Gallesi", "Person:L Pintoro"},
			[]string{"Person:Vestrucci", "Person:Gallesi"}},
		{"a letter opening the sheet",
			"Ireland won. F Quarnby, M Horlick, D Tessane, E Willard, G Brennock, K Mallory.",
			[]string{"Person:F Quarnby", "Person:M Horlick"},
			[]string{"Person:Quarnby"}},
		{"a particle after the initial",
			"Italy named the team. Italy: A Lo Pirano, F Ongaretti, M Castelvetro, S Dellapino, M Borsani.",
			[]string{"Person:A Lo Pirano"},
			[]string{"Person:Lo Pirano", "Person:Pirano"}},
		// Negatives: the surname named in prose or in full keeps joining
		// that person.
		{"surname named in prose",
			"Vestrucci scored twice. Italy: R Dormani; A Vestrucci, L Pintoro, A Gallesi, M Conterno.",
			[]string{"Person:Vestrucci", "Person:A Gallesi"},
			[]string{"Person:A Vestrucci"}},
		{"surname of a player named in full",
			"Wing Aurelio Vestrucci starts. Italy: R Dormani; A Vestrucci, L Pintoro, A Gallesi, M Conterno.",
			[]string{"Person:Aurelio Vestrucci", "Person:A Gallesi"},
			[]string{"Person:A Vestrucci"}},
		{"prose after an article",
			"A Vestrucci goal won it for Italy against France and Spain on Sunday.",
			nil, []string{"Person:A Vestrucci"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}

// TestOfficialInitials: the official a match report names after "Ref:"
// keeps his initial, as a team sheet's player does, unless the story
// names that surname elsewhere.
func TestOfficialInitials(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
	}{
		{"referee line after the attendance",
			"Dunmore won 2-0 at home. Att: 12,400 Ref: K Harbottle (Essex).",
			[]string{"Person:K Harbottle"}, []string{"Person:Harbottle"}},
		{"the initial A is no article",
			"Dunmore won 2-0 at home. Referee: A Tressider (Devon).",
			[]string{"Person:A Tressider"}, []string{"Person:Tressider"}},
		// Negatives: the surname named in prose keeps joining that
		// person, and no label means no official's line.
		{"surname named in prose",
			"Harbottle booked four players. Ref: K Harbottle (Essex).",
			nil, []string{"Person:K Harbottle"}},
		{"another label",
			"Dunmore won 2-0 at home. Scorer: Harbottle.",
			nil, []string{"Person:K Harbottle"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}
