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

func TestPlaceHeadedSides(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// A club named for a place and a place head opening a sports
		// sentence before a plural verb is the side.
		{"Lincoln Forest have signed striker Tom Bell from Leeds United. The striker scored twice in the league match.", "Lincoln Forest", Organization},
		// A plural-looking place takes a plural verb as a place; a
		// singular verb leaves the place; no sports story, no side.
		{"The Kessel Hills were covered in snow before the league match, and the striker scored twice.", "Kessel Hills", Place},
		{"Lincoln Forest has oak trees older than the league, the striker said after the match.", "Lincoln Forest", Place},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}
