package extract

import "testing"

func TestFirmDescribedBefore(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// An industry word and "giant" before a name: a firm.
		{"The deal was welcomed by software giant Dorvan Kestrel on Monday.", "Dorvan Kestrel", Organization},
		{"Prices were cut by the oil giant Halvard Brennick last week.", "Halvard Brennick", Organization},
		// A trade only firms work in outweighs a first name.
		{"Losses hit mortgage giant Freddie Marlow after the audit.", "Freddie Marlow", Organization},
		// The plural "analysts" before one name: a firm of analysts.
		{"Sales rose 8%, according to analysts Quorel Tansy, which tracks the trade.", "Quorel Tansy", Organization},
		// Firms audit accounts and take bets, even under a first name.
		{"The accounts were signed by auditors Grant Pellow in March.", "Grant Pellow", Organization},
		{"Bookmaker Harry Dunmore has stopped taking bets on the race.", "Harry Dunmore", Organization},
		// Websites and charities are bodies, never people.
		{"Phishing mail rose fivefold, said web portal Halvo Kestrel on Monday.", "Halvo Kestrel", Organization},
		// The noun must stand right before the name: a charity's worker
		// is a person.
		{"The money was raised by charity worker Dan Pryce in March.", "Dan Pryce", Person},
		// A determiner before "giant" names no trade.
		{"Fans cheered as the giant Tomasz Wielgo lifted the trophy.", "Tomasz Wielgo", Person},
		// A first name after "giant": a great of the art, a person.
		{"The jazz giant Miles Davis played the club in 1959.", "Miles Davis", Person},
		// A singular analyst is a person's job.
		{"Sales rose 8%, said market analyst Quorel Tansy on Tuesday.", "Quorel Tansy", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestPluralTradeFirms: the plural of a trade whose singular is also a
// person's job names a firm before one name; a list of people after it
// and the singular stay people.
func TestPluralTradeFirms(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"The board has hired headhunters Egon Vasterling to find a successor.", "Egon Vasterling", Organization},
		{"The accounts were checked by accountants Ernst Kessler in March.", "Ernst Kessler", Organization},
		{"A survey by pollsters Morgan Talbot found support rising.", "Morgan Talbot", Organization},
		{"Shares were placed by stockbrokers Rupert Hale last week.", "Rupert Hale", Organization},
		// People listed by their trade: a second full name follows.
		{"The shares were sold by brokers Ann Lee and Tom Hall, who said demand was strong.", "Ann Lee", Person},
		{"Accountants Gareth Pryce and Jane Moss signed the audit on Friday.", "Gareth Pryce", Person},
		// The singular is a person's job.
		{"Veteran pollster John Curtice said the gap was narrowing.", "John Curtice", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestBodyNounBefore: "organisation" right before a name, or closing a
// noun phrase the name follows in apposition, makes a name shaped like a
// person's a body; a known first name, a fronted phrase and a name after
// the noun's own verb stay people.
func TestBodyNounBefore(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"Police raided the offices of the militant organisation Vardo Kessan on Monday.", "Vardo Kessan", Organization},
		{"The film shows support for the Andean rebel organization, Pardo Velasco and its leader Ruben Ostra.", "Pardo Velasco", Organization},
		{"Vardo Kessan, a Basque separatist organisation, was banned in 2003.", "Vardo Kessan", Organization},
		// Negatives: a first name opens a relative clause's subject; a
		// fronted phrase before the subject; a member described after
		// the name.
		{"The organisation Maria Ostra founded was banned in 2003.", "Maria Ostra", Person},
		{"At the organisation, Dorvan Kessel said nothing about the vote.", "Dorvan Kessel", Person},
		{"Dorvan Kessel, a member of the organisation, was banned in 2003.", "Dorvan Kessel", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}
