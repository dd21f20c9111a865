package extract

import "testing"

// TestPlacedDescriptionReferents: a definite description made specific
// only by its place is an event of its own when no event of its kind was
// named before it (a meeting after a football tournament, championships
// after a marathon), and still refers back to one that is (a ceremony
// after an awards night). Every sentence is invented.
func TestPlacedDescriptionReferents(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not string
	}{
		{"Games vote\n\nBrazil will host the 2035 Pan Ocean Games, officials said on Friday. " +
			"The bid won 30 votes cast by the executive board meeting in Oslo.",
			"executive board meeting in Oslo", ""},
		{"Athletics news\n\nShe won the Valley Marathon in April. " +
			"Britain did not win a medal at the world junior championships in Portugal.",
			"world junior championships in Portugal", ""},
		// A named event of the kind before: the description is that event.
		{"Film news\n\nThe Starlight Screen Awards were handed out on Sunday. " +
			"Stars arrived early for the ceremony in Pasadena.",
			"Starlight Screen Awards", "ceremony in Pasadena"},
		{"Trade news\n\nMinisters met at the Harbour Trade Summit on Monday. " +
			"Delegates at the meeting in Lisbon agreed to cut tariffs.",
			"", "meeting in Lisbon"},
	} {
		d := extractText(t, tc.text)
		checkEventNamed(t, d, tc.want, tc.not)
	}
}
