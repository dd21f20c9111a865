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

// TestCoordinatedOrgs: a capitalised common word used once is an
// organisation when listed among cued ones; not inside a longer name,
// beside another lone word, after a possessive owner, or beside a
// two-letter code.
func TestCoordinatedOrgs(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		absent []string
	}{
		{"and after an acronym",
			"Airline orders planes\n\nThe airline compared both QXR and Harvester aircraft before the order.",
			[]string{"Organization:Harvester"}, nil},
		{"list after a gazetteer firm",
			"Studios back format\n\nLast month Sony, Lantern and Vodafone said they backed the format.",
			[]string{"Organization:Lantern"}, nil},
		// Negatives.
		{"inside a longer name",
			"Tobacco case\n\nAmong the accused were Kestrel Group and Brown and Wilberforce, the court heard.",
			nil, []string{"Organization:Brown"}},
		{"beside another lone word",
			"Awards night\n\nThe show beat the likes of QXR and Will and Grace in the vote.",
			nil, []string{"Organization:Will", "Organization:Grace"}},
		{"two-letter code",
			"Car range\n\nAll models come with the engine: the GTV, GT and Spider among them.",
			nil, []string{"Organization:Spider"}},
		{"owner's product",
			"Browsers\n\nOther browsers, like Opera and Apple's Safari, are challenging the leader.",
			nil, []string{"Organization:Opera"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, keys(entitySummary(extractText(t, tc.text))), tc.want, tc.absent)
		})
	}
}
