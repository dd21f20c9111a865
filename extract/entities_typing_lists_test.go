package extract

import "testing"

func TestListedAmongFirms(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// Beside two bodies a head word or an acronym types, a
		// person-shaped name is a body too.
		{"The suit names Halvex Group, Dorvan Kestrel and HSBC as defendants.", "Dorvan Kestrel", Organization},
		{"Its lawyers accept that HSBC, Quorel Tansy, and Brisco Bank were not involved.", "Quorel Tansy", Organization},
		// Two person-shaped firms in one list both join the bodies.
		{"Shares in Halvex Group, Dorvan Kestrel, Quorel Tansy and HSBC fell.", "Quorel Tansy", Organization},
		// A long list needs only one body its head word types.
		{"Lenders include Dorvan Kestrel, Quorel Tansy, Vexo, and Tarrow Bank.", "Dorvan Kestrel", Organization},
		// An acronym alone in a long list may be a rapper's name.
		{"Its artists include KRX, Ludovo, Ja Nelle and Ashanti.", "Ja Nelle", Person},
		// One body only: a firm and its founder read the same.
		{"The deal was signed by Halvex Group and Dorvan Kestrel on Monday.", "Dorvan Kestrel", Person},
		// A person named as one in the list: it mixes kinds.
		{"The panel heard from Halvex Group, Tarrow Holdings, Dorvan Kestrel and John Smith.", "Dorvan Kestrel", Person},
		// A first name keeps a person even among firms.
		{"Halvex Group, Tarrow Holdings and Peter Kestrel were named in the suit.", "Peter Kestrel", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}
