package extract

import "testing"

// TestShortRanksBeforeNames: British police and council ranks written
// before a name, in full or short ("Councillor", "Cllr", "Det Supt",
// "Insp"), are titles, not part of the name; the person is named
// without them, and a later "Supt X" is the same person.
func TestShortRanksBeforeNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"The plan was opposed by Councillor Amina Qureshi in Leeds.",
			[]string{"Person:Amina Qureshi", "City:Leeds"}, []string{"Councillor Amina Qureshi"}},
		{"Cllr John Pike voted against the budget in Leeds.",
			[]string{"Person:John Pike"}, []string{"Cllr John Pike"}},
		{"Det Supt Ray Deats led the inquiry in Leeds. Supt Deats said it would go on.",
			[]string{"Person:Ray Deats"}, []string{"Det Supt Ray Deats", "Supt Deats"}},
		{"Insp Mary Cole said the road would reopen.",
			[]string{"Person:Mary Cole"}, []string{"Insp Mary Cole"}},
		// Negatives: the words as parts of other names stay.
		{"Shares in Det Norske Veritas rose in Oslo.",
			nil, []string{"Norske Veritas"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
