package extract

import "testing"

// TestFactiveReports: a clause that a main verb confirms, reveals or
// announces is passed on as a fact; the same clause said, claimed or
// denied, or under a negated or hypothetical factive verb, stays a
// claim.
func TestFactiveReports(t *testing.T) {
	checkOpenCases(t, []openCase{
		{"Dunmore Rovers have confirmed that Halvern City made an offer for Tomas Reyes.",
			[]string{"Halvern City make_offer_for Tomas Reyes"}, nil},
		{"Coach Marta Kowalczyk has revealed that Stefan Olsen will start against Portugal.",
			[]string{"Stefan Olsen start_against Portugal"}, nil},
		{"Ravelin Group confirmed that Orvex Media had bought Fenwick Securities.",
			[]string{"Orvex Media buy Fenwick Securities"}, nil},
		{"Orvex Media announced that Fenwick Securities was working with Nordhaven Bank on the sale.",
			[]string{"Fenwick Securities work Nordhaven Bank"}, nil},
		// Negatives: a plain saying verb, a claim, a denial, a negated
		// or modal factive verb, a hypothetical clause.
		{"Dunmore Rovers said Halvern City made an offer for Tomas Reyes.",
			nil, []string{"Halvern City make_offer_for Tomas Reyes"}},
		{"Dunmore Rovers claimed Halvern City made an offer for Tomas Reyes.",
			nil, []string{"Halvern City make_offer_for Tomas Reyes"}},
		{"Dunmore Rovers denied Halvern City made an offer for Tomas Reyes.",
			nil, []string{"Halvern City make_offer_for Tomas Reyes"}},
		{"Dunmore Rovers did not confirm that Halvern City made an offer for Tomas Reyes.",
			nil, []string{"Halvern City make_offer_for Tomas Reyes"}},
		{"Dunmore Rovers may confirm that Halvern City made an offer for Tomas Reyes.",
			nil, []string{"Halvern City make_offer_for Tomas Reyes"}},
		{"Dunmore Rovers confirmed that Halvern City could make an offer for Tomas Reyes.",
			nil, []string{"Halvern City make_offer_for Tomas Reyes"}},
	})
}
