package extract

import "testing"

// TestPlayedCharacters: in a story about works, the part after a play
// verb is a character, no entity; a biopic's real person (a surname
// alone, a name with an initial, a name given in full elsewhere), a venue
// and a match's opponent stay entities.
func TestPlayedCharacters(t *testing.T) {
	checkEntities(t, "The film opens in May. Tom Reed, who plays Jed Crane in the film, was in Leeds.",
		[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Jed Crane"})
	checkEntities(t, "Kate Malone played Greta in the musical, which opened in Leeds.",
		[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Greta"})
	checkEntities(t, "The film tells of Harold Vance. Tom Reed will play Vance in the film.",
		[]string{"Person:Tom Reed", "Person:Harold Vance"}, nil)
	for _, tc := range []struct{ text, name string }{
		{"The film was made in Leeds, where Tom Reed played Vardley in 2003.", "Vardley"},
		{"In the film, Tom Reed played Harold J Vance, the banker.", "Harold J Vance"},
		{"Tom Reed will play Jed Crane on Sunday in the Open final at Wimbledon.", "Jed Crane"},
		{"After the album came out, the band played Carrow Arena in Leeds.", "Carrow Arena"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}
