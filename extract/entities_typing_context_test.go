package extract

import "testing"

func TestCentreBodies(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// "for" after the head names a body's purpose.
		{"Rates will rise, said Mary Hollis of the Centre for Rural Housing Studies.", "Centre for Rural Housing Studies", Organization},
		{"Tom Vance, director of the Center for Maritime Safety, backed the bill.", "Center for Maritime Safety", Organization},
		// A noun for what the staff do makes a body.
		{"A report by the Coastal Research Centre found the dunes shrinking.", "Coastal Research Centre", Organization},
		{"The Nordic Policy Center said taxes would fall.", "Nordic Policy Center", Organization},
		// An acronym the text defines follows its expansion.
		{"The Grid Security Coordination Centre (GSCC) warned firms on Monday.", "GSCC", Organization},
		// What visitors come for, or no work noun: a venue stays a place.
		{"Crowds filled the Harbour Shopping Centre in Leeds on Saturday.", "Harbour Shopping Centre", Place},
		{"The band played the Marlow Convention Centre last night.", "Marlow Convention Centre", Place},
		{"The Lakers lost at the Dunmore Center on Sunday.", "Dunmore Center", Place},
		// A venue's slot keeps a work-noun centre a place.
		{"The computer is based at Vexa's Tallis Research Center in Ohio.", "Tallis Research Center", Place},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}
