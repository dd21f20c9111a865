package extract

import "testing"

// TestTitlesBeforeCredits: a title before ", directed by" or ", written
// by" is a work; a person's name there is a work only after "in".
func TestTitlesBeforeCredits(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives.
		{"The festival in Leeds opened with Harbour Lights, directed by Tom Reed.",
			[]string{"City:Leeds", "Person:Tom Reed"}, []string{"Harbour Lights"}},
		{"She made her screen debut in Tom Marlow, directed by Ann Lee, in 1971.",
			[]string{"Person:Ann Lee"}, []string{"Tom Marlow"}},
		{"Critics in Leeds praised Ember Road, written and directed by Ann Lee.",
			[]string{"City:Leeds", "Person:Ann Lee"}, []string{"Ember Road"}},
		// Negatives: an actor directed by someone, a place, no comma, no
		// "by".
		{"In the film, Tom Marlow, directed by Ann Lee, plays a farmer.",
			[]string{"Person:Tom Marlow", "Person:Ann Lee"}, nil},
		{"The scenes in Leeds, directed by Ann Lee, were cut.",
			[]string{"City:Leeds", "Person:Ann Lee"}, nil},
		{"Tom Reed directed by phone while Ann Lee written notes.",
			[]string{"Person:Tom Reed"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
