package extract

import "testing"

// TestLineupPlayers: names in a team sheet or squad list are people,
// clubs in their brackets organisations; prose lists, lists of places and
// lists without evidence of people keep the types names get elsewhere.
func TestLineupPlayers(t *testing.T) {
	const story = "Celtic lost at home. Striker Craig Bellamy and Chris Sutton were quiet. "
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
	}{
		{"initials before surnames",
			"Ireland won. F Sheahan, M Horan, D Quillon, E Miller, G Easterby, K Maggs.",
			[]string{"Person:F Sheahan", "Person:M Horan", "Person:D Quillon", "Person:K Maggs"},
			[]string{"Organization:Sheahan", "Organization:M Horan", "Person:Sheahan"}},
		{"surnames of players named in full earlier",
			story + ": Douglas, McNamara, Balde, Varga, Laursen, Petrov, Lennon, Sutton, Bellamy, Hartson.",
			[]string{"Person:McNamara", "Person:Varga", "Person:Laursen"},
			[]string{"City:Douglas", "Organization:Balde"}},
		{"bench label and substitutes' minutes",
			"Subs: Marshall, Henchoz, Lambert, Maloney, Wallace, McGeady.",
			[]string{"Person:Henchoz", "Person:Maloney", "Person:McGeady"},
			[]string{"Organization:Henchoz", "City:Marshall"}},
		{"short bench list",
			"Subs not used: Fenwick, Okafor, Brandao.",
			[]string{"Person:Fenwick", "Person:Okafor", "Person:Brandao"},
			[]string{"Organization:Fenwick", "Organization:Brandao"}},
		{"club in brackets",
			"Italy named the squad. R Pedrazzi (Viadana), S Perugini (Calvisano), A Masi (Viadana), L Nitoglia (Calvisano), M Bortolami (Narbonne, capt).",
			[]string{"Person:S Perugini", "Organization:Viadana", "Organization:Calvisano"},
			[]string{"Person:Viadana"}},
		{"semicolons between units, captain",
			"Fly-half Tom McMullen starts. Leeds: Balshaw; Rees, Christophers, Bell, Doherty; McMullen, Dickens; Palmer (capt), Popham.",
			[]string{"Person:Balshaw", "Person:Popham", "Person:Christophers"},
			[]string{"Organization:Popham"}},
		{"initial and surname of a player named in full joins him",
			"England lock Ben Kay starts. England: J Robinson (capt); M Cueto, J Noon, B Kay, O Barkley, J Lewsey.",
			[]string{"Person:Ben Kay", "Person:O Barkley", "Person:J Lewsey"},
			[]string{"Person:B Kay", "Organization:B Kay"}},
		// Negatives: a prose list with "and", a list of countries, a list
		// of unknown words with nothing saying they are people.
		{"prose list",
			"He has played for Arsenal, Chelsea, Fulham, Everton and Portsmouth.",
			[]string{"Organization:Arsenal"}, []string{"Person:Arsenal", "Person:Fulham"}},
		{"countries",
			"Delegates came from France, Germany, Italy, Spain, Portugal, Austria.",
			[]string{"Country:France", "Country:Portugal"}, []string{"Person:France", "Person:Austria"}},
		{"short list without a bench label",
			"Top picks: Zantex, Borvel, Quimora.",
			nil, []string{"Person:Zantex", "Person:Quimora"}},
		{"no evidence of people",
			"Stock picks: Zantex, Borvel, Quimora, Ferolan, Wistaro, Plemix.",
			nil, []string{"Person:Zantex", "Person:Quimora"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}
