package extract

import "testing"

// TestBasedApposition: "P-based NOUN, NAME" names the body in apposition
// after a comma, with or without "the"; a comma before a clause or a
// verb between keeps the pair apart.
func TestBasedApposition(t *testing.T) {
	checkOpenCases(t, []openCase{
		// Positives.
		{"Leeds-based developer, Kestrel Games, has cut 40 jobs at its studio.",
			[]string{"Kestrel Games be_base_in Leeds"}, nil},
		{"Shares in a Leeds-based engineering group, Kestrel Holdings, rose 5%.",
			[]string{"Kestrel Holdings be_base_in Leeds"}, nil},
		{"The fund will be run by a Lisbon-based charity, the Amaral Foundation, which helps children.",
			[]string{"Amaral Foundation be_base_in Lisbon"}, nil},
		// Negatives: a verb after the noun, a comma ending a clause.
		{"The Leeds-based firm said Kestrel Games would cut 40 jobs.",
			nil, []string{"Kestrel Games be_base_in Leeds"}},
		{"Most staff are Leeds-based, Kestrel Games said on Monday.",
			nil, []string{"Kestrel Games be_base_in Leeds"}},
	})
}
