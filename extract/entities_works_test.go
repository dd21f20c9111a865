package extract

import "testing"

// TestWorkTitlesAreNoEntities: titles of films, books, shows, games and
// products, recognised where the text says what they are, are no entity
// anywhere in the document; people, firms and places in the same
// frames stay entities.
func TestWorkTitlesAreNoEntities(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		// A work noun before the title; the title again alone later.
		{"Tom Reed stars in the film Kate Malone. Kate Malone opens in Leeds on Friday.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Kate Malone", "Malone"}},
		{"Her latest novel Bright Harbour Lights won praise. Critics said Bright Harbour Lights was her best.",
			nil, []string{"Bright Harbour Lights", "Harbour Lights"}},
		{"The comedy Meet the Vostoks topped the chart in Australia.",
			[]string{"Country:Australia"}, []string{"Meet", "Vostoks", "Meet the Vostoks"}},
		{"His film Hotel Malawi was shown in Berlin.",
			[]string{"City:Berlin"}, []string{"Malawi", "Hotel Malawi"}},
		// A title before a work noun, then alone.
		{"Fans of the Lightfox browser grew. Lightfox is made by Quillsoft, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Lightfox"}},
		{"Quillsoft released the Crimson Raider video game in May.",
			nil, []string{"Crimson Raider"}},
		// A product's acronym in brackets names it too.
		{"Gamers bought Quillsoft's new Zephyr Portable (ZP) games console in Japan. The ZP goes on sale in May, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"Zephyr Portable", "ZP"}},
		// A cast after the title; an award given for it.
		{"Ocean Drive, starring Tom Reed, took $9m in Canada.",
			[]string{"Person:Tom Reed", "Country:Canada"}, []string{"Ocean Drive"}},
		{"Kate Malone won best actress for Paper Moons at the ceremony.",
			[]string{"Person:Kate Malone"}, []string{"Paper Moons"}},
		{"Kate Malone won an Oscar in 2004.",
			[]string{"Person:Kate Malone"}, []string{"Oscar"}},
		// Negatives: a verb, not a work noun; a team after "the game"; a
		// person's film; a speaker; a possessor after "award for"; an
		// indefinite "a movie".
		{"Arsenal will play Bolton on Saturday.",
			[]string{"Organization:Arsenal", "City:Bolton"}, nil},
		{"The British number one will next play Tom Reed in Leeds. Reed said he was ready.",
			[]string{"Person:Tom Reed"}, nil},
		{"After the game Chelsea said they were pleased.",
			[]string{"Organization:Chelsea"}, nil},
		{"He praised the Mike Leigh film at the festival.",
			[]string{"Person:Mike Leigh"}, nil},
		{"Quillsoft makes the Zephyr console. Zephyr said sales rose in Japan.",
			[]string{"Country:Japan"}, []string{"Zephyr console"}},
		{"The referee gave a penalty award for Rovers' first goal. Rovers won in Leeds.",
			[]string{"City:Leeds"}, nil},
		{"Rather than a downloaded movie Nokia is showing a phone, said Tom Reed.",
			[]string{"Person:Tom Reed", "Organization:Nokia"}, nil},
		// Negatives: a title does not hide a longer name holding it.
		{"Jamie Foxx won best actor for Ray. Foxx thanked the late Ray Charles.",
			[]string{"Person:Ray Charles", "Person:Jamie Foxx"}, []string{"Ray"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	// "Rovers" must still name the team after the possessive frame.
	d := extractText(t, "The referee gave a penalty award for Rovers' first goal. Later Rovers said they won.")
	found := false
	for _, e := range d.Entities {
		found = found || e.Name == "Rovers"
	}
	if !found {
		t.Errorf("Rovers lost after 'award for Rovers' first goal'")
	}
}
