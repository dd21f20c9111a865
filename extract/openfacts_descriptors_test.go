package extract

import "testing"

// TestDescribedPersonLinks: a capitalised occupation or nationality
// that the parse makes the head of a person's name ("Striker X", "beat
// Hungarian X") gives the verb's link to the person; a negated or hedged
// verb, and a capitalised word of an organisation's name, do not.
func TestDescribedPersonLinks(t *testing.T) {
	checkOpenCases(t, []openCase{
		{text: "Singer Marla Devane has signed with Kestrel Records in London.",
			want: []string{"Marla Devane sign_with Kestrel Records"}},
		{text: "Keeper Tomas Halvorsen praised Carrick Rovers after the match.",
			want: []string{"Tomas Halvorsen praise Carrick Rovers"}},
		{text: "The top seed Marek Novotny then beat Hungarian Ilona Varkonyi in straight sets.",
			want: []string{"Marek Novotny beat Ilona Varkonyi"}},
		// Negative: the verb is negated.
		{text: "Keeper Tomas Halvorsen did not praise Carrick Rovers after the match.",
			absent: []string{"Tomas Halvorsen praise Carrick Rovers"}},
		// Negative: the odds of an act are no act (hedged, openfacts/links.go).
		{text: "Gareth Penhallow is unlikely to play for Carrick Rovers on Saturday.",
			absent: []string{"Gareth Penhallow be_unlikely_play_for Carrick Rovers"}},
		{text: "Tomas Halvorsen is likely to face Carrick Rovers on Sunday.",
			absent: []string{"Tomas Halvorsen be_likely_face Carrick Rovers"}},
		// Negative: a capitalised word before a country is a word of
		// an organisation's name cut short, not a describing word.
		{text: "Athletics Norway suspended Tomas Halvorsen for a month.",
			absent: []string{"Norway suspend Tomas Halvorsen"}},
	})
}
