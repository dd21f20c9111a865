package extract

import "testing"

// TestLetterInTheNames: a lone capital letter before "in the" and a
// capitalised word opens a branded event's name; a letter labelling a
// noun, or a known place after "in the", does not.
func TestLetterInTheNames(t *testing.T) {
	checkEntityType(t, "Tickets for Q in the Square, the city's jazz weekend, sold out in two days.", "Q in the Square", Event)
	checkEntityType(t, "Tickets for Q in the Square, the city's jazz weekend, sold out in two days.", "Square", "")
	checkEntityType(t, "Sales of vitamin E in the Netherlands rose by a third last year.", "E in the Netherlands", "")
	checkEntityType(t, "Sales of vitamin E in the Netherlands rose by a third last year.", "Netherlands", Country)
	checkEntityType(t, "They play Group D in the Town Hall on Friday, and Rovers head the table.", "D in the Town Hall", "")
}
