package extract

import "testing"

// TestRoleOfLinks: an apposed role "X, ROLE PREP (description) Y" links
// X to the body Y it serves, with the text's preposition, also where a
// description stands before Y's name; a body that owns the unit X serves
// ("head of Y's digital division", "director of the Y research unit")
// is not linked by the role.
func TestRoleOfLinks(t *testing.T) {
	checkOpenCases(t, []openCase{
		{`"Prices will rise," said Marta Kowalczyk, an analyst at brokerage Fenwick Securities.`,
			[]string{"Marta Kowalczyk be_analyst_at Fenwick Securities"}, nil},
		{"Stefan Olsen, a senior adviser at banking giant Nordhaven Bank, has agreed to take the job.",
			[]string{"Stefan Olsen be_senior_adviser_at Nordhaven Bank"}, nil},
		// the name is the outlet noun's: "Gadgetry magazine"
		{`"Sales were strong," said Priya Raman, a columnist for Gadgetry magazine.`,
			[]string{"Priya Raman be_columnist_for Gadgetry"}, nil},
		// the post's field between the role and the body
		{`"Demand is weak," said Clara Ostrow, head of distribution for Halvern Pictures.`,
			[]string{"Clara Ostrow be_head_for Halvern Pictures"}, nil},
		{"Tomas Reyes, professor of economics and demography at Kelvingrove University, said so.",
			[]string{"Tomas Reyes be_professor_at Kelvingrove University"}, nil},
		// Negatives: the body owns the unit the post is in.
		{"Helga Stroud, head of Orvex Media's digital division, said the plan would work.",
			nil, []string{"Helga Stroud be_head_of Orvex Media"}},
		{"Lena Hartwell, director of the Dunmore Steel research unit, said costs had risen.",
			nil, []string{"Lena Hartwell be_director_of Dunmore Steel"}},
	})
}
