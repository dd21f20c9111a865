package extract

import "testing"

// TestCountedParts: a part counted like an office ("the next X", "the
// first black X") in a story about films or shows is a character, and so
// are its mentions as a noun's modifier ("X fans"); a name the story
// also uses on its own, a sports story's "the next X", an instalment
// ("the new X film") and a longer name keep their entities.
func TestCountedParts(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// Positives: counted parts, with adjectives between and with
		// modifier mentions elsewhere.
		{"Bookmakers cut the odds on Tom Reed becoming the next Jack Danver, the spy of the film series. Jack Danver fans backed him in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Jack Danver"}},
		{"Actor Tom Reed hopes to become the first black Jack Harlan in the film, which is shot in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Jack Harlan", "Harlan"}},
		{"The studio will soon name the new Laura Quillon for the film. Fans of the Laura Quillon films are waiting.",
			[]string{}, []string{"Laura Quillon"}},
		// Negatives: the name on its own elsewhere, a sports story,
		// an instalment, no work in the story.
		{"Critics asked who would be the next Jack Danver in the film. Jack Danver said he would retire.",
			[]string{"Person:Jack Danver"}, nil},
		{"Pundits say Tom Reed is the next Wayne Halloran after his two goals for Leeds.",
			[]string{"Person:Wayne Halloran"}, nil},
		{"The studio praised the new Jack Danver film, and Jack Danver said he was proud of the role.",
			[]string{"Person:Jack Danver"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestCountedPartsShortForm: the last word of a counted name written
// alone as the part ("appeared as Danver", "the next Danver", "Danver
// fans") goes with it; a lone word of the name used otherwise ("Danver
// said", "Jack's story") keeps the name whole, so that the short form is
// not split from it.
func TestCountedPartsShortForm(t *testing.T) {
	checkEntities(t, "Who will be the next Jack Danver in the film? Tom Reed appeared as Danver four times, and Danver fans want him back.",
		[]string{"Person:Tom Reed"}, []string{"Jack Danver", "Danver"})
	checkEntities(t, "Who will be the next Jack Danver in the film? Danver said he would retire in Leeds.",
		[]string{"Person:Jack Danver", "City:Leeds"}, nil)
	checkEntities(t, "Who will be the first female Jack Danver in the film? Jack's story moves to Leeds.",
		[]string{"City:Leeds"}, nil)
}
