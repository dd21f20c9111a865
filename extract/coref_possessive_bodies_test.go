package extract

import "testing"

// TestPersonBodies: "her company", "his party" of a person the title
// rules tie to one body of that kind is that body; a person tied to none
// or to two, a modifier before the noun, and a name or another noun
// after it bind nothing. A sentence opened by a body's title before the
// name ("Velora Airlines chief executive X said ...") makes X the subject a
// following "Her" stands for. Every sentence is invented.
func TestPersonBodies(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		referent         string // "" for none
	}{
		{"executive's company", "Air deal\n\nVelora Airlines chief executive Dana Pruitt said the airline would buy ten jets. Her company is a member of the Starlink Group.",
			"company", "Velora Airlines"},
		{"his firm in the sentence", "Chip deal\n\nTom Okafor, chief executive of Brightwell Systems, said his firm would open a plant in Cork.",
			"firm", "Brightwell Systems"},
		{"party leader", "Vote\n\nGreen Party leader Ann Ruddle said on Monday that her party would stand in every seat.",
			"party", "Green Party"},
		{"no title", "Air deal\n\nDana Pruitt said the airline would buy ten jets. Her company is a member of the Starlink Group.",
			"company", ""},
		{"modifier before the noun", "Chip deal\n\nTom Okafor, chief executive of Brightwell Systems, said his former firm would open a plant in Cork.",
			"firm", ""},
		{"another noun after", "Chip deal\n\nTom Okafor, chief executive of Brightwell Systems, said his company car had been stolen.",
			"company", ""},
		{"name after the noun", "Chip deal\n\nTom Okafor, chief executive of Brightwell Systems, said his company Nordmark would be sold.",
			"company", ""},
		{"wrong kind", "Chip deal\n\nTom Okafor, chief executive of Brightwell Systems, said his party would vote against the bill.",
			"party", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := sideReferent(d, tc.word); got != tc.referent {
				t.Errorf("%s -> %q, want %q", tc.word, got, tc.referent)
			}
		})
	}
}
