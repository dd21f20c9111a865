package extract

import "testing"

// TestCoordinatedPersons: in a sports story a lone unknown word listed
// with a player's full name is a person; outside sport, across an
// apposition's comma, or for a name the gazetteer types, it is not.
func TestCoordinatedPersons(t *testing.T) {
	const sport = "The striker scored two goals in the league match. "
	tests := []struct {
		name   string
		text   string
		want   []string // "Type:Name" that must be present
		absent []string // "Type:Name" that must not be present
	}{
		{"and after a full name",
			sport + "He is behind Raul, Quarvaldo and Michael Owen at the club.",
			[]string{"Person:Quarvaldo", "Person:Raul"}, []string{"Organization:Quarvaldo"}},
		{"and before a full name",
			sport + "Saves from Zembrano and Chris Sutton kept it level.",
			[]string{"Person:Zembrano"}, []string{"Organization:Zembrano"}},
		// Negatives.
		{"not a sports story",
			"Nominees include Bill Condon for Korvento and Michel Gondry for the film.",
			nil, []string{"Person:Korvento"}},
		{"apposition comma",
			sport + "The deal was signed by Rene Obermann, Telvaro's chief.",
			nil, []string{"Person:Telvaro"}},
		{"gazetteer name",
			sport + "Chelsea and John Terry agreed terms.",
			[]string{"Organization:Chelsea"}, []string{"Person:Chelsea"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}
