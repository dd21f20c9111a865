package extract

import "testing"

// TestOccupationSurnameHeads: an occupation right before a first name and
// a surname that is also a head word makes a person, not a day, a
// street, a church or a bridge; without the occupation, or without a
// first name, the head word keeps its reading.
func TestOccupationSurnameHeads(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"Rovers keeper Colin Day is set to join Burnley on loan.", "Colin Day", Person},
		{"Ajax left-back Tomas Bridge could miss the rest of the season.", "Tomas Bridge", Person},
		{"The film stars actress Maria Lane as a young widow.", "Maria Lane", Person},
		{"The album features singer Anna Church on two tracks.", "Anna Church", Person},
		{"Kessel Oil spokesman Peter Lake said the deal was off.", "Peter Lake", Person},
		{"Sideways star Thomas Hayden Church is the favourite.", "Thomas Hayden Church", Person},
		// British and Irish first names the source lists lacked
		// (lexicon/gen_firstnames.go additions).
		{"Hibs striker Lewis Hall scored twice in the second half.", "Lewis Hall", Person},
		{"Rovers defender Ciaran Bridge was sent off before half-time.", "Ciaran Bridge", Person},
		// No occupation: the head word decides.
		{"The rally was held at Victoria Park on Saturday.", "Victoria Park", Place},
		{"Shops reopened on Boxing Day after the storm.", "Boxing Day", Event},
		// An occupation before a venue with no first name names no one.
		{"Crowds gathered for striker practice near Harbour Bridge last week.", "Harbour Bridge", Place},
		// A known first name before a head word, with no occupation: a venue.
		{"The choir sang at Lewis Hall in Leeds on Saturday.", "Lewis Hall", Place},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestWorkHeadSurnames: "Law" after a known first name is a surname, not
// the head of a law's name; laws and plans keep no entity.
func TestWorkHeadSurnames(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		{"The thriller, starring Jude Law and Mara Fenwick, opens on Friday.", "Jude Law", Person},
		{"Former striker Denis Law unveiled the statue on Tuesday.", "Denis Law", Person},
		// No first name: the name of a law, no entity.
		{"The Hartz Law cut benefits for the long-term jobless.", "Hartz Law", ""},
		// Plans named after a person keep no entity either.
		{"The Marshall Plan rebuilt much of the continent.", "Marshall Plan", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestBareSurnameHeads: a known first name and a surname that is also a
// street's, a hall's, a bridge's, a lake's or a church's head word make a person with no occupation in front; an article, a
// preposition, a possessive or a describing noun right before the name,
// or a head that names grounds more often than people, keeps the head's
// reading.
func TestBareSurnameHeads(t *testing.T) {
	persons := []struct{ text, name string }{
		{"Rovers' Tom Vance and Gavin Bridge are both out of the squad.", "Gavin Bridge"},
		{"Helen Lake, a spokeswoman for the union, said talks would resume.", "Helen Lake"},
		{"The musical, starring Owen Lane and Tessa Marr, opens in May.", "Owen Lane"},
		{"The chart also lists Megan Church, The Vortex and Will Young.", "Megan Church"},
		{"Carl Lane scored twice as Rovers beat Hull on Saturday.", "Carl Lane"},
		{"The cast includes Peter Thomas Hall as the vicar.", "Peter Thomas Hall"},
	}
	for _, tt := range persons {
		checkEntityType(t, tt.text, tt.name, Person)
	}
	notPersons := []struct{ text, name string }{
		// An article or a preposition before the name: a venue.
		{"Fans gathered outside the Albert Hall before the concert.", "Albert Hall"},
		{"The ferry passed under Victoria Bridge at dawn on Sunday.", "Victoria Bridge"},
		{"The choir sang at Lewis Hall in Leeds on Saturday.", "Lewis Hall"},
		// A possessive owner before the name: the owner's building.
		{"Students packed the college's Grant Hall for the debate.", "Grant Hall"},
		// A middle word that is no first name: a building's name.
		{"Members met in Peter Guildford Hall on Friday.", "Peter Guildford Hall"},
		// A describing noun: the occupation rule judges it, and an agent
		// who speaks for a client stays no person.
		{"The actress's publicist Nora Day said the claims were false.", "Nora Day"},
		// Heads kept out of the list: grounds, parks and days.
		{"Crowds filled Stanley Park for the derby on Sunday.", "Stanley Park"},
		{"Shops will close early on Victoria Day next week.", "Victoria Day"},
	}
	for _, tt := range notPersons {
		checkEntityTypes(t, tt.text, nil, []string{tt.name}, nil)
	}
}
