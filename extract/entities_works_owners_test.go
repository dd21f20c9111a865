package extract

import "testing"

// TestMakerPossessiveTitles: in a story about works, a possessive before
// a title-shaped run names the work its maker, band or broadcaster owns
// ("X's Y"); people, bodies and places after a possessive stay entities.
func TestMakerPossessiveTitles(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// A composer's opera, a surname named in full elsewhere, a
		// foreign title with its small words.
		{"Tom Reed conducted Paolo Rinaldi's Lucetta at the opera house in Milan.",
			[]string{"Person:Tom Reed", "City:Milan"}, []string{"Lucetta"}},
		{"Paolo Rinaldi wrote many operas. Tom Reed last conducted Rinaldi's Le Chant de Lyon in May.",
			[]string{"Person:Paolo Rinaldi", "Person:Tom Reed"}, []string{"Le Chant de Lyon", "Le Chant"}},
		// A title after a capitalised article, and an album named by its
		// band.
		{"Nora Fenwick's The Winter Orchard won the novel prize, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Winter Orchard", "The Winter Orchard"}},
		{"The Moles' Quiet Harbour topped the album chart in Canada.",
			[]string{"Country:Canada"}, []string{"Quiet Harbour"}},
		// A broadcaster's soap, in a story that calls it a soap.
		{"Plans for a US soap based on the BBC's Eastgaters were drawn up by Quillsoft. Eastgaters lost viewers, said Tom Reed.",
			[]string{"Person:Tom Reed", "Organization:Quillsoft"}, []string{"Eastgaters"}},
		// Negatives: a person after a broadcaster's possessive in a soap
		// story; the soap's producer.
		{"The soap was praised by the BBC's Kate Harwood. The soap's producer Tom Reed said so in Leeds.",
			[]string{"Person:Kate Harwood", "Person:Tom Reed", "City:Leeds"}, nil},
		// Negatives: a person after the possessive, even with a first name
		// the list does not know; a name modifying a noun; a body's name;
		// a place's firm; a story that speaks of no works.
		{"The album was praised by Arsenal's Zoltran Kveddic in London.",
			[]string{"Person:Zoltran Kveddic", "City:London"}, nil},
		{"The film was shown at the Institute of Film's Centre for Screen Studies in Leeds.",
			[]string{"City:Leeds"}, nil},
		{"Tom Reed joined Bellcorp's Hexwell division after the album flopped.",
			[]string{"Person:Tom Reed"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	for _, tc := range []struct{ text, name string }{
		{"The album was praised by Arsenal's Zoltran Kveddic in London.", "Zoltran Kveddic"},
		{"The film was shown at the Institute of Film's Centre for Screen Studies in Leeds.", "Centre for Screen Studies"},
		{"Shares in Italy's Vantori rose after the album deal.", "Vantori"},
		{"Tom Reed joined Quillsoft's Hexwell unit in May. Quillsoft's Hexwell said profits rose.", "Hexwell"},
		// A word glued to a hyphen belongs to a compound that may name a
		// body later.
		{"The film studios back Quillsoft's Zen-ray Disc format and joined the Zen-ray Disc Association in May.", "Zen-ray Disc Association"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}

// TestProgrammesBeforeChannels: award lists put a programme's channel in
// brackets after it; a person or a party in brackets is left alone.
func TestProgrammesBeforeChannels(t *testing.T) {
	checkEntities(t, "Best drama went to Fenwick Mills (ITV1) over Tom Reed's film.",
		[]string{"Person:Tom Reed", "Organization:ITV1"}, []string{"Fenwick Mills"})
	checkEntities(t, "The film awards went to Tom Reed (BBC One) and to Kate Malone in Leeds.",
		[]string{"Person:Tom Reed", "Person:Kate Malone", "City:Leeds"}, nil)
}

// TestCharacterNames: a name after "the role of" or "character" is a
// character, no entity, when every mention of it follows such a frame;
// a biopic's real person, named elsewhere too, stays a person.
func TestCharacterNames(t *testing.T) {
	checkEntities(t, "In the film, Tom Reed takes the role of Captain Bramwell Stoke, a pirate, in Leeds.",
		[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Captain Bramwell Stoke", "Bramwell Stoke"})
	checkEntities(t, "The film sees Tom Reed's character Jed Crane chase a fortune.",
		[]string{"Person:Tom Reed"}, []string{"Jed Crane"})
	checkEntities(t, "Tom Reed plays the role of Harold Vance in the film. Harold Vance founded a bank in 1920.",
		[]string{"Person:Tom Reed", "Person:Harold Vance"}, nil)
	// A comic's creations are his characters; "the creations of" names
	// their maker.
	checkEntities(t, "The sitcom faces competition from Tom Reed's creations Zorvik and Bruno in the film awards.",
		[]string{"Person:Tom Reed"}, []string{"Zorvik", "Bruno"})
	checkEntities(t, "The sitcom faces competition in the film awards from the creations of Kate Malone. Kate Malone was pleased.",
		[]string{"Person:Kate Malone"}, nil)
}
