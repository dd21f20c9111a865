package extract

import "testing"

// TestNounLinks: a noun between two names links them without a verb:
// an event after a possessive ("A's takeover of B"), an event named
// before its object and agent ("the takeover of B by A"), and what one
// body is to another ("B, a division of A", "A and its rival B"). Plans,
// rumours and failures, a name that only describes a noun, and a place
// taken for a body give nothing.
func TestNounLinks(t *testing.T) {
	checkOpenCases(t, []openCase{
		{"Analysts said Kelvin Motors' takeover of Ardent Holdings would cut costs.",
			[]string{"Kelvin Motors take_over Ardent Holdings"}, nil},
		{"Shares rose after Telvaro's acquisition of Brindle Systems last month.",
			[]string{"Telvaro acquire Brindle Systems"}, nil},
		{"Fans celebrated Dunmore Rovers' 3-1 win over Carrick Athletic on Saturday.",
			[]string{"Dunmore Rovers beat Carrick Athletic"}, nil},
		{"He missed Carrick Athletic's 2-0 defeat by Dunmore Rovers in March.",
			[]string{"Dunmore Rovers beat Carrick Athletic"}, nil},
		{"Investors welcomed the takeover of Ardent Holdings by Kelvin Motors last year.",
			[]string{"Kelvin Motors take_over Ardent Holdings"}, nil},
		{"Lawyers filed a lawsuit by Ravelle Pharma against Norbank on Monday.",
			[]string{"Ravelle Pharma sue Norbank"}, nil},
		{`"Demand is strong," said Ida Marsh, head of sales at Orvane, a division of Telsk Group.`,
			[]string{"Orvane be_division_of Telsk Group"}, nil},
		{"The suit names Corlan Energy, its unit Corlanneft, and two banks.",
			[]string{"Corlanneft be_unit_of Corlan Energy"}, nil},
		{"Shares in plane maker Aerovant and its US rival Skyreach fell on Monday.",
			[]string{"Skyreach be_rival_of Aerovant"}, nil},
		// Negatives: plans and failures, a describing name, a place.
		{"Analysts doubted Kelvin Motors' planned takeover of Ardent Holdings would happen.",
			nil, []string{"Kelvin Motors take_over Ardent Holdings"}},
		{"There was talk of Telvaro's acquisition of Brindle Systems in the press.",
			nil, []string{"Telvaro acquire Brindle Systems"}},
		{"Dunmore Rovers' offer for Carrick Athletic striker Tom Ellery was rejected.",
			nil, []string{"Dunmore Rovers bid_for Carrick Athletic"}},
		{"Orvane, a division head at Telsk Group, spoke to staff.",
			nil, []string{"Orvane be_division_of Telsk Group"}},
		{"Kelvin Motors' failed takeover of Ardent Holdings cost it dearly.",
			nil, []string{"Kelvin Motors take_over Ardent Holdings"}},
		{"Kelvin Motors' takeover of Ardent Holdings' Brazil unit was approved.",
			nil, []string{"Kelvin Motors take_over Ardent Holdings"}},
	})
}
