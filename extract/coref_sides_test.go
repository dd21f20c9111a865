package extract

import "testing"

// sideReferent returns the name of the entity the first role mention
// written word resolves to, or "" when none does.
func sideReferent(d *Document, word string) string {
	for _, m := range d.Mentions {
		if m.Kind == MentionRole && d.Text[m.Start:m.End] == word {
			return d.Entities[m.Entity].Name
		}
	}
	return ""
}

// TestPersonSides: "his side" of a person the text ties to one team is
// that team; a person tied to none or two, a noun followed by a name or
// another noun, and a story that is not about sport bind nothing. Every
// sentence is invented.
func TestPersonSides(t *testing.T) {
	for _, tc := range []struct {
		name, text, word string
		referent         string // "" for none
	}{
		{"manager's side", "Derby win\n\nArsenal boss Tom Hale was pleased with the win over Everton in the league match. Hale said his side had played with great spirit in the second half.",
			"side", "Arsenal"},
		{"player's team", "Cup tie\n\nLeeds United striker Sam Orde scored twice in the match. Orde said his team were ready for the final.",
			"team", "Leeds United"},
		{"club side with its name", "Cup tie\n\nLeeds United striker Sam Orde scored twice in the match. Orde was hurt as his club side, Bury, lost the game.",
			"side", ""},
		{"club named after", "Cup tie\n\nLeeds United striker Sam Orde scored twice in the match. Orde said his club Bury had let him go.",
			"club", ""},
		{"no team stated", "Cup tie\n\nSam Orde scored twice in the match. Orde said his side were ready for the final.",
			"side", ""},
		{"not sport", "Parking fees\n\nCouncil officer Tom Hale runs the parking office. Hale said his team would look at the prices.",
			"team", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := sideReferent(d, tc.word); got != tc.referent {
				t.Errorf("%s -> %q, want %q", tc.word, got, tc.referent)
			}
		})
	}
}
