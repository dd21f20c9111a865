package extract

import "testing"

// TestTitledPersonObject: a body or country before a title and a person
// is no argument of an open fact; the person is (and a fixed fact on the
// same pair keeps the open one out).
func TestTitledPersonObject(t *testing.T) {
	checkOpenCases(t, []openCase{
		{"Mr Blayne met Russian President Vladimir Potanin in Moscow on Monday.",
			nil, []string{"Blayne meet Russia"}},
		{"Mr Brownlow met Bank of England governor Mervyn Kingsley in London.",
			nil, []string{"Brownlow meet Bank of England"}},
		{"Mr Blayne will visit US President George Bushell at the White House next month.",
			nil, []string{"Blayne visit United States"}},
		// Negative: a body with no title after it stays the argument.
		{"Vodafone bought Mannesmann for a record sum last year.",
			[]string{"Vodafone buy Mannesmann"}, nil},
	})
}
