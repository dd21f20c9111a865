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
