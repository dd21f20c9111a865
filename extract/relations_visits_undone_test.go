package extract

import "testing"

// TestVisitUndone: a trip or visit named as a noun is a visit unless the
// clause puts it ahead or calls it off. Every text is invented.
func TestVisitUndone(t *testing.T) {
	berg := []string{"Anna Berg visited Country:Japan"}
	runFactCases(t, []string{Visited}, []factCase{
		{"trip took place", "Anna Berg's trip to Japan last month was a success, officials said.", berg, nil},
		{"visit, then a past verb", "Anna Berg's visit to Japan ended with a trade deal.", berg, nil},
		{"trip next month", "Anna Berg's trip to Japan next month will focus on trade.", nil, berg},
		{"called off", "Anna Berg's trip to Japan was called off after the storm.", nil, berg},
		{"postponed", "Anna Berg's visit to Japan has been postponed.", nil, berg},
		{"scrapped", "Anna Berg's trip to Japan was quietly scrapped.", nil, berg},
		{"next month's visit", "Next month's visit to Japan by Anna Berg is expected to focus on trade.", nil, berg},
	})
}
