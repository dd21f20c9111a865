package extract

import "testing"

// TestOccupationOpening: a capitalised occupation opening a sentence is
// the person's descriptor, not part of the name; a common word or known
// name after it, or a long run without a first name, keeps the run.
func TestOccupationOpening(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // names that must not be entities
	}{
		{"Striker Quavelo secured victory with eight minutes left.",
			[]string{"Person:Quavelo"}, []string{"Striker Quavelo"}},
		{"Actor Rodrigo de la Serna took the best debut prize.",
			[]string{"Person:Rodrigo de la Serna"}, []string{"Actor Rodrigo", "Rodrigo", "Serna"}},
		{"Flanker Jason White missed training with flu.",
			[]string{"Person:Jason White"}, []string{"Flanker Jason White"}},
		{"His father was the late Beatle George Harrison, who died in 2001.",
			[]string{"Person:George Harrison"}, []string{"Beatle George Harrison"}},
		// Negatives.
		{"Star Wars fans queued overnight in London.", nil, []string{"Wars"}},
		{"Forward Sports Fund bought the stake in Geneva.", nil, []string{"Sports Fund"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.absent)
	}
}
