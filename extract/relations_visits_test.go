package extract

import "testing"

// TestWhereVisits runs the whole extractor on invented sentences: a
// where-clause after a place that tells a person's act there is a
// visit; residence, origin, plans and habits are not.
func TestWhereVisits(t *testing.T) {
	tests := []struct {
		text string
		want []string // facts of rule visited/where-clause
		not  []string // facts that must not appear, whatever the rule
	}{
		{
			text: "The actor Tom Wendle was found dead in a hotel room in Lisbon, where he was shooting a documentary.",
			want: []string{"Tom Wendle visited Lisbon"},
		},
		{
			text: "Reporter Ana Colt was driven to an office in Nevada, where she was questioned for hours.",
			want: []string{"Ana Colt visited Nevada"},
		},
		{
			text: "Senator Paul Rusk spoke to reporters in Kenya, where he had been meeting farmers all week.",
			want: []string{"Paul Rusk visited Kenya"},
		},
		{
			text: "Singer Mia Tarr stopped in Oslo, where she signed copies of her new album.",
			want: []string{"Mia Tarr visited Oslo"},
		},
		{
			text: "Director Lee Grant gave an interview in Toronto, where he is filming a thriller.",
			want: []string{"Lee Grant visited Toronto"},
		},
		{
			// The pronoun stands for the sentence's subject, not for the
			// person named nearer.
			text: "Ray Holm, who was married to singer Ann Vix, was found dead in Lisbon, where he was shooting a film.",
			want: []string{"Ray Holm visited Lisbon"},
			not:  []string{"Ann Vix visited Lisbon"},
		},
		// Residence, origin and long stays are no visits.
		{
			text: "Painter Rosa Veld grew up near Utrecht, where she was born in 1950.",
			not:  []string{"Rosa Veld visited Utrecht"},
		},
		{
			text: "Lawyer Sam Odell moved to Dublin, where he was working as a clerk.",
			not:  []string{"Sam Odell visited Dublin"},
		},
		{
			text: "Novelist Jo Brand died in Leeds, where she lived for forty years.",
			not:  []string{"Jo Brand visited Leeds"},
		},
		// Plans and habits are no visits.
		{
			text: "Minister Ken Abe will fly to Seoul, where he will meet the president.",
			not:  []string{"Ken Abe visited Seoul"},
		},
		{
			text: "Minister Ken Abe leaves for Seoul, where he is to meet the president.",
			not:  []string{"Ken Abe visited Seoul"},
		},
		// The place must be a place, and the clause must follow it.
		{
			text: "Coach Dan Reyes recalled the Olympic Games, where he was beaten in the final.",
			not:  []string{"Dan Reyes visited Olympic Games"},
		},
	}
	for _, tc := range tests {
		_, got := factRules(t, "Title\n\n"+tc.text)
		for _, w := range tc.want {
			if got[w] != whereVisitRule {
				t.Errorf("%q: want %q from %s, got rule %q (facts %v)", tc.text, w, whereVisitRule, got[w], got)
			}
		}
		checkUnwanted(t, tc.text, got, tc.not)
	}
}
