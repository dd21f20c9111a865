package extract

import "testing"

// TestOpeningParticiples: a sentence opened by "Speaking to X," or
// "Born in X," links the main clause's subject to X; other opening
// participles, a subordinated one ("After speaking to X") and a
// participle that is no opening clause do not.
func TestOpeningParticiples(t *testing.T) {
	checkOpenCases(t, []openCase{
		{"Speaking to the Halvern Assembly on Monday, Marta Kowalczyk said the budget was fair.",
			[]string{"Marta Kowalczyk speak_to Halvern Assembly"}, nil},
		{"Born in Leeds in 1950, Clara Ostrow began her career as a clerk.",
			[]string{"Clara Ostrow bear_in Leeds"}, nil},
		// Negatives: a wish, a subordinated participle, another verb.
		{"Hoping to join Halvern City, Tomas Reyes turned down the offer.",
			nil, []string{"Tomas Reyes hope_join Halvern City"}},
		{"After speaking to the Halvern Assembly, Marta Kowalczyk said the budget was fair.",
			nil, []string{"Marta Kowalczyk speak_to Halvern Assembly"}},
		{"Leaving Dunmore Rovers, Tomas Reyes said little.",
			nil, []string{"Tomas Reyes leave Dunmore Rovers"}},
	})
}
