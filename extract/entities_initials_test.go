package extract

import "testing"

// TestInitialSurnames: a lone capital letter before a surname is a
// person's initial outside team sheets too, and joins the one person the
// story names in full with that initial and surname.
func TestInitialSurnames(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
	}{
		{"an initial in prose",
			"The coach recalled T Halloran for the match in Leeds on Monday.",
			[]string{"Person:T Halloran"}, []string{"Organization:T Halloran"}},
		{"a short squad line with clubs",
			"Ireland named four more. K Gallogly (Leinster), T Halloran (Ulster), J Quirke (Munster), N Brannock (Ulster).",
			[]string{"Person:T Halloran", "Person:J Quirke", "Person:N Brannock"},
			[]string{"Organization:T Halloran", "Organization:J Quirke"}},
		{"a particle after the initial",
			"Scrum-half P de Villarreal was named on the bench by the coach.",
			[]string{"Person:P de Villarreal"}, []string{"Organization:P de Villarreal"}},
		{"the initial joins the full name",
			"Kevin Mordaunt starts on the wing. Replacements include T Halloran, while K Mordaunt (Dragons) starts.",
			[]string{"Person:Kevin Mordaunt"}, []string{"Person:K Mordaunt"}},
		// Negatives: a letter before a common word or a place is no
		// initial, and a ragged line does not make a club part of a name.
		{"a letter before a common word",
			"Viewers of the X Factor rose again in Leeds on Saturday.",
			nil, []string{"Person:X Factor"}},
		{"a letter before a place",
			"Exports from S Africa rose by a third last year.",
			nil, []string{"Person:S Africa"}},
		{"a club run into the name",
			"Replacements: R Halloran (Cardiff), G Cuthbert (Newport-Gwent), C Swindell Newport-Gwent), R Wyatt (Cardiff).",
			nil, []string{"Person:C Swindell Newport-Gwent"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}

// TestMonthFirstName: "Jan" before a name is a first name, after which
// the name runs on; before a day's number or a clause it is January.
func TestMonthFirstName(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"after a title",
			"Dutch Prime Minister Jan Pieter Vandermolen told parliament that troops would leave.",
			[]string{"Person:Jan Pieter Vandermolen"}, []string{"Person:Pieter Vandermolen"}},
		{"in apposition",
			"\"Thousands have gone,\" said Jan Egelund, head of the relief office.",
			[]string{"Person:Jan Egelund"}, []string{"Organization:Egelund"}},
		// Negatives: January.
		{"a date", "The talks began on Jan 5 in Geneva.", []string{"City:Geneva"}, nil},
		{"a clause after the month", "In Jan The Times reported the sale in Geneva.",
			[]string{"Organization:The Times"}, []string{"Organization:Jan The Times"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}
