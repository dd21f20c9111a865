package extract

import "testing"

// TestPersonNamedVenues: a venue named like a person is a place where the
// sentence puts something at it ("at the", a venue cue before "at", a
// city's possessive after "at"); a person aimed at or looked at, a name
// modifying a noun after it and a name the story marks as a person keep
// the type Person.
func TestPersonNamedVenues(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The charity held its gala dinner at the Marcus Delaney on Friday.", "Place:Marcus Delaney"},
		{"The awards were handed out at the Colin Ashby hotel in Leeds.", "Place:Colin Ashby"},
		{"She lost both semi-finals at Henri Vautrin, the clay court venue.", "Place:Henri Vautrin"},
		{"The final was staged at Henri Vautrin in front of 15,000 fans.", "Place:Henri Vautrin"},
		{"The band played a gig at Leeds's Tessa Grange in May.", "Place:Tessa Grange"},
	} {
		checkEntityTypes(t, tc.text, []string{tc.want}, nil, nil)
	}
	for _, tc := range []struct{ text, want string }{
		{"The minister aimed a jibe at Marcus Delaney on Friday.", "Person:Marcus Delaney"},
		{"He studied at the Marcus Delaney drama school in Leeds.", "Person:Marcus Delaney"},
		{"Fans laughed at Henri Vautrin, who missed the penalty.", "Person:Henri Vautrin"},
		{"Mr Delaney spoke at the dinner. The guests were at the Marcus Delaney table.", "Person:Marcus Delaney"},
		{"The prize went to Tessa Grange at the end of the night.", "Person:Tessa Grange"},
	} {
		checkEntityTypes(t, tc.text, []string{tc.want}, nil, nil)
	}
}
