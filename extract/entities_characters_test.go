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
	checkEntities(t, "The new musical opens in May. Tom Reed plays Vince Everett in the musical.",
		[]string{"Person:Tom Reed"}, []string{"Vince Everett"})
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

// TestPlayedByCharacters: in a story about works, a name right before
// ", played by" and an actor is a character, no entity; the actor stays.
// A real person the story names unframed, a surname alone, a venue and a
// story with no work keep their entities.
func TestPlayedByCharacters(t *testing.T) {
	checkEntities(t, "The new film opens in Leeds in May. The twins are sent to their cruel aunt, Jed Crane, played by Kate Malone.",
		[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Jed Crane"})
	checkEntities(t, "The musical is back. Its hero, Tom Vardley, played by Dan Price, sings twelve songs.",
		[]string{"Person:Dan Price"}, []string{"Tom Vardley"})
	checkEntities(t, "The new film opens in May. Its heroine Greta Vale (played by Kate Malone) runs a pub in Leeds.",
		[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Greta Vale"})
	for _, tc := range []struct{ text, name string }{
		{"The film tells the life of Harold Vance. Harold Vance (played by Tom Reed) was a banker in Leeds.", "Harold Vance"},
		{"The film was shown at the Carrow Arena (played by many bands before).", "Carrow Arena"},
		{"The film tells the life of Harold Vance. Harold Vance, played by Tom Reed, was a banker in Leeds.", "Harold Vance"},
		{"The film is about a banker, Vardley, played by Tom Reed.", "Vardley"},
		{"The film was shown at the Carrow Arena, played by many bands before.", "Carrow Arena"},
		{"The match was tough for Jed Crane, played by many as a wild card.", "Jed Crane"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}
