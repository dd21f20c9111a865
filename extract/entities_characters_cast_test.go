package extract

import "testing"

// TestCastCharacters: in a story about works, the part after "as" that
// follows an actor and a star verb is a character, no entity; the actor
// stays. No star verb, a noun after the part, a surname alone, a real
// person the story names unframed and a story with no work keep the
// entity.
func TestCastCharacters(t *testing.T) {
	checkEntities(t, "The new film opens in May. It stars Tom Reed as Jed Crane, a banker in Leeds.",
		[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Jed Crane"})
	checkEntities(t, "The film, starring former soap actor Kate Malone as Greta Vale, opens in Leeds.",
		[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Greta Vale"})
	for _, tc := range []struct{ text, name string }{
		{"The film opens in May. Leeds named Tom Reed as Jed Crane's successor.", "Jed Crane"},
		{"The film tells the life of Harold Vance. It stars Tom Reed as Harold Vance.", "Harold Vance"},
		{"The film opens in May. It stars Tom Reed as Vardley.", "Vardley"},
		{"The club stars Tom Reed as Jed Crane leaves for Leeds.", "Jed Crane"},
		{"The film opens in May. The stars joined Tom Reed, as Jed Crane said.", "Jed Crane"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}
