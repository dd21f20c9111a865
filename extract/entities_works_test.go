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
		// A handheld is a product, as a console is.
		{"Quillsoft sold a million of its ZX handheld in Japan. Quillsoft will release the ZX in Europe, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"ZX"}},
		{"Quillsoft is releasing an adapter for its ZX handheld console in Japan, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"ZX"}},
		// A robot named after its noun is a product.
		{"Quillsoft has unveiled its first humanoid robot, called Zephy Mark, in Japan. Quillsoft's Zephy Mark walks on wheels, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"Zephy Mark"}},
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
	if !hasEntityNamed(extractText(t, "The referee gave a penalty award for Rovers' first goal. Later Rovers said they won."), "Rovers") {
		t.Errorf("Rovers lost after 'award for Rovers' first goal'")
	}
}

// TestWorkTitlesInContext: the constructions that say a title is a work
// or a thing (an apposition to a work noun, a creative role after it, a
// list after a plural work noun, "called", a prize's name, a common noun's
// acronym) hide it; the same frames around a person, a firm or a ceremony
// do not.
func TestWorkTitlesInContext(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string
		notAny []string
	}{
		{"apposition after the work noun", "Quillsoft will launch its first handheld console, the Zephyr, in Japan. The Zephyr sold well, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"Zephyr"}},
		{"apposition before the work noun", "Harbour Nights, the crime caper sequel starring Tom Reed, opened in Canada.",
			[]string{"Person:Tom Reed", "Country:Canada"}, []string{"Harbour Nights", "Nights"}},
		{"creative role after the title", "Lantern Days actor Tom Reed visited Leeds. Lantern Days ended in May.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Lantern Days"}},
		{"list after a plural work noun", "Kate Malone sang on hits such as Blue Lanterns and Velvet Moon in Leeds.",
			[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Blue Lanterns", "Velvet Moon"}},
		{"list after include, the plural work noun its subject", "Her hits include Velvet Moon and Paper Sky, said Tom Reed in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Velvet Moon", "Paper Sky"}},
		{"list after including later in the work noun's clause", "Twelve films will open in Leeds, including Silver Quillsoft by director Tom Reed.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Silver Quillsoft", "Quillsoft"}},
		{"another plural head before including lists no titles", "The shows found new stars including Kate Malone in Leeds.",
			[]string{"Person:Kate Malone", "City:Leeds"}, nil},
		{"a name modifying a noun in the list is no title", "His films included the Tom Reed adaptation Silver Dawn in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"called after a work noun", "She is working on a drama project for a cable channel, called The Rise of Velvet Moon, in Canada.",
			[]string{"Country:Canada"}, []string{"Velvet Moon", "Rise of Velvet Moon", "The Rise of Velvet Moon"}},
		{"called after a work noun, a known name inside a title with a joiner", "She is working on a drama project for a cable channel, called The Fall Of Tom Kennedy, in Canada.",
			[]string{"Country:Canada"}, []string{"Tom Kennedy", "Fall Of Tom Kennedy", "The Fall Of Tom Kennedy"}},
		{"an article before a title's last word, which heads a place's name elsewhere", "Kate Malone sang on hits such as Velvet And The City in Leeds. Velvet And The City drew to a close.",
			[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Velvet And The City", "City"}},
		{"a prize won", "Tom Reed won the Lantern Award in Leeds. The Lantern Award is given yearly.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Lantern Award"}},
		{"acronym of a common noun", "Users in Japan sent a multimedia message (MMS) each day. MMS use rose, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"MMS"}},
		{"quantities and plural weekdays", "The disk holds 1.8GB of data, said Tom Reed, who plays R&B on Wednesdays in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"1.8GB", "Wednesdays", "R&B"}},
		{"said to be a work", "Lantern Days is a new game from Quillsoft, said Tom Reed. Little Britain began life as a radio series.",
			[]string{"Person:Tom Reed"}, []string{"Lantern Days", "Little Britain", "Britain", "United Kingdom"}},
		{"creator of a work", "The prize went to Tom Reed, creator of The Lantern Days, in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Lantern Days", "The Lantern Days"}},
		{"a part played in a work", "Kate Malone won praise for her role in Vera Lantern in Leeds. Vera Lantern opens in May.",
			[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Vera Lantern"}},
		{"starring in a work", "Tom Reed is lined up to star in Harbour Nights, said Kate Malone.",
			[]string{"Person:Tom Reed", "Person:Kate Malone"}, []string{"Harbour Nights"}},
		{"a work one appears in", "Tom Reed later appeared in Harbour Nights, said Kate Malone.",
			[]string{"Person:Tom Reed", "Person:Kate Malone"}, []string{"Harbour Nights"}},
		{"a work made after a work", "Silver Dawn is the sequel to Escape From Leeds. The PAL version of Zephyr Racer is late, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Escape From Leeds", "Zephyr Racer"}},
		{"a part of a show or of its making", "The storyline of Quiet Lanterns will change, said Tom Reed. He wrote an episode of Velvet Moon and met the cast of Paper Sky in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Quiet Lanterns", "Velvet Moon", "Paper Sky"}},
		{"a title before a role firms and teams have too, in a story of films", "Vera Lantern star Kate Malone and Harbour Nights director Tom Reed met in Leeds. Vera Lantern is her best film.",
			[]string{"Person:Kate Malone", "Person:Tom Reed", "City:Leeds"}, []string{"Vera Lantern", "Harbour Nights"}},
		{"a genre noun or a compound's work noun right before the title", "Road trip comedy Velvet Lanes won in Leeds. The Quillworks hit Harbour Nights and the martial arts epic Iron Lotus opened, with BBC series Zephyr Days.",
			[]string{"City:Leeds"}, []string{"Velvet Lanes", "Harbour Nights", "Iron Lotus", "Zephyr Days"}},
		{"a model or sequel number: the name alone is the line or series", "Quillsoft will show its new Zorbox 2 console in Japan. Zorbox owners cheered, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"Zorbox", "Zorbox 2"}},
		{"a plural product noun after the title", "Shops sold the new Zephyr DS handheld consoles in Japan. Zephyr DS sales rose, said Tom Reed.",
			[]string{"Country:Japan", "Person:Tom Reed"}, []string{"Zephyr DS"}},
		// Negatives.
		{"a genre word that is a verb or part of a compound adjective", "The scandal hit Quillsoft in May. Trouble-hit Zephyr Motors said sales fell in Leeds.",
			[]string{"City:Leeds", "Organization:Zephyr Motors"}, nil},
		{"a team, a band, a former band and a firm before a shared role", "Chelsea star Tom Reed met Quillsons producer Kate Malone and former Zephyrlife star Jon Dale in Leeds. Zephyrlife said the film was good.",
			[]string{"Organization:Chelsea", "Person:Tom Reed", "Person:Kate Malone", "Person:Jon Dale"}, nil},
		{"a firm before a shared role, in a story of no films", "Quillsoft director Tom Reed spoke in Leeds. Quillsoft shares rose.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"a plot of land, an episode of a person's life, a script of a speech", "Quillsoft sold a plot of land in Leeds. It was an episode of Tom Reed's career, and Kate Malone wrote the script of Tom Reed's speech.",
			[]string{"Organization:Quillsoft", "City:Leeds", "Person:Tom Reed", "Person:Kate Malone"}, nil},
		{"a role in a place, a firm's deal, an owner's work", "Tom Reed played a role in Iraq and a role in the Quillsoft split-up. He wants a version of Quillsoft's Zephyr Racer.",
			[]string{"Person:Tom Reed", "Country:Iraq", "Organization:Quillsoft"}, nil},
		{"a place one appears in, a compound after the frame", "Tom Reed appeared in Leeds in May and in the Quillsoft-backed drama Harbour Days. Quillsoft said so.",
			[]string{"Person:Tom Reed", "City:Leeds", "Organization:Quillsoft"}, nil},
		{"a team said to be a game", "The match against Wales was a great game, said Tom Reed. Wales is a tough game for anyone.",
			[]string{"Country:Wales", "Person:Tom Reed"}, nil},
		{"creator of a firm's report", "Tom Reed, author of the Quillsoft report, spoke in Leeds. Quillsoft said sales rose.",
			[]string{"Person:Tom Reed", "Organization:Quillsoft"}, nil},
		{"creator of a firm", "Tom Reed, founder of Quillsoft Systems, spoke in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"apposition to the noun a film completes", "The director of the film, Tom Reed, says it was shot in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"a clause after a work noun and a comma", "After the film, Tom Reed said he was pleased.",
			[]string{"Person:Tom Reed"}, nil},
		{"an article before a creative role", "The actor grabbed co-star Kate Malone in Leeds. Kate Malone laughed.",
			[]string{"Person:Kate Malone", "City:Leeds"}, nil},
		{"a nationality before a creative role", "British actor Tom Reed lives in Leeds.",
			[]string{"Person:Tom Reed", "City:Leeds"}, nil},
		{"a plural work noun without such as", "Chelsea played games against Arsenal and Everton in London.",
			[]string{"Organization:Arsenal", "Organization:Everton"}, nil},
		{"a ceremony's awards", "Franz Band won two Brit Awards in London. Franz Band played at the Brit Awards.",
			[]string{"Event:Brit Awards"}, nil},
		{"an acronym of a capitalised name", "The World Trade Organization (WTO) met in Geneva. The WTO said talks went well.",
			[]string{"Organization:World Trade Organization"}, nil},
		{"a band or a place called, a head with no article before it", "The film features a band called Zephyrlife and a town called Upper Kennedy. Tom Reed later appeared in Zephyr City, said Kate Malone.",
			[]string{"Organization:Zephyrlife", "Organization:Zephyr City", "Person:Tom Reed"}, nil},
		{"a company called", "A company called Quillsoft Systems opened in Leeds, said Tom Reed.",
			[]string{"Person:Tom Reed"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEntities(t, tc.text, tc.want, tc.notAny)
		})
	}
	// "A performance in the X" is a firm's or a side's, in a region.
	if !hasEntityNamed(extractText(t, "Quillsoft saw a strong performance in the Americas, said Tom Reed."), "Americas") {
		t.Errorf("Americas lost after 'a strong performance in the'")
	}
	if !hasEntityNamed(extractText(t, "The scandal hit Quillsoft in May. Quillsoft said sales fell in Leeds."), "Quillsoft") {
		t.Errorf("Quillsoft lost after 'the scandal hit'")
	}
	// Bands and firms stay entities before a shared role.
	for text, name := range map[string]string{
		"Chelsea star Tom Reed met Quillsons producer Kate Malone and former Zephyrlife star Jon Dale in Leeds. Zephyrlife said the film was good.": "Zephyrlife",
		"Quillsoft director Tom Reed spoke in Leeds. Quillsoft shares rose.":                                                                        "Quillsoft",
	} {
		if !hasEntityNamed(extractText(t, text), name) {
			t.Errorf("%s lost before a shared role in %q", name, text)
		}
	}
	// "A company called X" keeps X an entity.
	if !hasEntityNamed(extractText(t, "A company called Quillsoft Systems opened in Leeds, said Tom Reed."), "Quillsoft Systems") {
		t.Errorf("Quillsoft Systems lost after 'a company called'")
	}
}

// TestSubtitledTitles: a name glued to a colon inside a sentence, then a
// title-case subtitle, is a work ("Zorbat: The Animated Series"), and its
// first part alone names the same franchise later; a colon after a
// sentence-opening label, a place after "from", a person's name or a
// line-up is no title.
func TestSubtitledTitles(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Tom Reed voiced the Joker in Zorbat: The Animated Series last year. Zorbat fans cheered.",
			[]string{"Person:Tom Reed"}, []string{"Zorbat", "Animated Series"}},
		{"Teams from Brazil met in Counter-Strike: Global Offensive on Sunday.",
			[]string{"Country:Brazil"}, []string{"Counter-Strike", "Global Offensive"}},
		{"Players tried Quillman: Arkham Nights, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Arkham Nights", "Quillman"}},
		// Negatives.
		{"The message from Paris: Talks Must Go On.",
			[]string{"City:Paris"}, nil},
		{"He later told Tom Reed: Come Home Now.",
			[]string{"Person:Tom Reed"}, nil},
		// The referee keeps his initial (entities_lineup_initials.go).
		{"Goals: Rooney 68. Att: 47,111 Ref: S Bennett (Kent).",
			[]string{"Person:S Bennett"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestWorkTitleSiblings: a capitalised member of a list beside a title
// that a frame recognised is a title too; a person's full name, a known
// place or a member that a noun describes ("rapper X") stays an entity.
func TestWorkTitleSiblings(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"The chart was led by Paper Moons, Crimson Raider and the film Velvet Harbour.",
			nil, []string{"Paper Moons", "Crimson Raider", "Velvet Harbour"}},
		{"It beat Glass Orchard and Ocean Drive, starring Tom Reed, at the box office in Canada.",
			[]string{"Person:Tom Reed", "Country:Canada"}, []string{"Glass Orchard", "Ocean Drive"}},
		{"The list held Quarry Days, Bitter Sky and The Story of the Moors: The Last Winter.",
			nil, []string{"Quarry Days", "Bitter Sky"}},
		// Negatives: a person's full name, a known place, a described
		// member, a clause after "and".
		{"Kate Malone won best actress for Paper Moons, and Tom Reed won for Ocean Drive.",
			[]string{"Person:Kate Malone", "Person:Tom Reed"}, []string{"Paper Moons"}},
		{"The film Paper Moons and Glasgow dominated the festival in Leeds.",
			[]string{"City:Glasgow", "City:Leeds"}, []string{"Paper Moons"}},
		{"He sang with rapper Brixo and Paper Moons actor Tom Reed.",
			[]string{"Person:Tom Reed", "Person:Brixo"}, []string{"Paper Moons"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestWorkNounsAfterTitle: "operating system", comics and franchises name
// the product or work before them; "system" alone does not.
func TestWorkNounsAfterTitle(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Banks run the Vexor operating system in cash machines. Vexor flaws worry them.",
			nil, []string{"Vexor"}},
		{"The film is based on the Nightcrow comics, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Nightcrow"}},
		{"Fans of the Iron Voyage franchise queued in Leeds.",
			[]string{"City:Leeds"}, []string{"Iron Voyage"}},
		// Negative: "system" without its modifier.
		{"The Quillsoft system failed, said Tom Reed in Leeds.",
			[]string{"Person:Tom Reed", "Organization:Quillsoft"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

func TestKnownProductsAreNoEntities(t *testing.T) {
	checkEntities(t, "Sales of the Xbox rose in December. Linux users and PSP owners were offered the update, Sony said.",
		[]string{"Organization:Sony"}, []string{"Xbox", "Linux", "PSP"})
	// E-mail services, viruses and classic games named bare.
	checkEntities(t, "Hotmail accounts were hit by the Netsky worm, and fans of Tetris were told to update, Microsoft said.",
		[]string{"Organization:Microsoft"}, []string{"Hotmail", "Netsky", "Tetris"})
	// Plurals of products.
	checkEntities(t, "Owners of older Xboxes and Macs were offered repairs, Sony said.",
		[]string{"Organization:Sony"}, []string{"Xboxes", "Macs"})
	// A capitalised neighbour keeps the word in a longer name.
	checkEntities(t, "Discus thrower Mac Wilkins said he would coach the team.",
		[]string{"Person:Mac Wilkins"}, nil)
	checkEntities(t, "Novelist Zelda Harrow said she would write again.",
		[]string{"Person:Zelda Harrow"}, nil)
}

// TestGenreNounsBeforeTitles: a genre noun right before a title names it
// a work ("coming-of-age tale X", "comic book adaptation X", "BBC
// mini-series X"); a person's full name after it stays a person.
func TestGenreNounsBeforeTitles(t *testing.T) {
	checkEntities(t, "Tom Reed appears in coming-of-age tale Bramblewick while Kate Malone stars in Leeds.",
		[]string{"Person:Tom Reed", "Person:Kate Malone", "City:Leeds"}, []string{"Bramblewick"})
	checkEntities(t, "Tom Reed penned the comic book adaptation Stormhaven for Quillsoft.",
		[]string{"Person:Tom Reed"}, []string{"Stormhaven"})
	checkEntities(t, "The fairy tale Kate Malone loved was read by Tom Reed in Leeds.",
		[]string{"Person:Tom Reed", "Person:Kate Malone", "City:Leeds"}, nil)
}

// TestSingleBeforeTitle: "single" tagged an adjective still names a
// record after a determiner or possessive ("Elvis' single X", "the band's
// first single X").
func TestSingleBeforeTitle(t *testing.T) {
	checkEntities(t, "Tom Reed's single Jailyard Stomp became the number one in Canada.",
		[]string{"Person:Tom Reed", "Country:Canada"}, []string{"Jailyard Stomp"})
	checkEntities(t, "The band's first single Marrow Lane was signed by Tom Reed in Leeds.",
		[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Marrow Lane"})
}

// TestRobotAfterTitle: a robot named before its noun is a product, as a
// console is ("Sony's Qrio robots").
func TestRobotAfterTitle(t *testing.T) {
	checkEntities(t, "Quillsoft's Zephro robots walked in Japan. Zephro can also dance, said Tom Reed.",
		[]string{"Country:Japan", "Person:Tom Reed"}, []string{"Zephro"})
}

// TestMachineAndVesselBeforeName: a robot, liner, ship or other vessel
// named right after its noun is no entity, there or alone later; after
// the verb "ship" a person's name stays a person.
func TestMachineAndVesselBeforeName(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Quillsoft's humanoid robot Zephro can now run. Zephro visited Spain in May, said Tom Reed.",
			[]string{"Country:Spain", "Person:Tom Reed"}, []string{"Zephro"}},
		{"Passengers left the cruise liner Ocean Marvel in Lisbon. Ocean Marvel sails on Friday.",
			[]string{"City:Lisbon"}, []string{"Ocean Marvel"}},
		{"Rescuers boarded the oil tanker Sea Venture off Brest.",
			[]string{"City:Brest"}, []string{"Sea Venture"}},
		// A plural product noun covers two owned titles before it; an
		// unowned name before "and" is left alone.
		{"Quillsoft's Zephro and Vantor's Kiro robots walk. Zephro has visited Spain and Italy, said Tom Reed.",
			[]string{"Country:Spain", "Person:Tom Reed"}, []string{"Zephro", "Kiro"}},
		{"Engineer Tom Reed and Vantor's Kiro robots visited Spain.",
			[]string{"Country:Spain", "Person:Tom Reed"}, []string{"Kiro"}},
		// "ship" as a verb before a person's name keeps the person.
		{"The firm will ship Tom Reed the parts from Lisbon.",
			[]string{"Person:Tom Reed", "City:Lisbon"}, nil},
	}
	for _, tt := range tests {
		checkEntities(t, tt.text, tt.want, tt.notAny)
	}
}

// TestTitleBeforeActingRole: a person-shaped title before "actor" or
// "actress" and the actor's full name is a work, no entity; before
// "co-star", before a surname alone, a known place and a listed person
// stay entities.
func TestTitleBeforeActingRole(t *testing.T) {
	checkEntities(t, "She met Jack Sparkle actor Tom Reed in Leeds.",
		[]string{"Person:Tom Reed", "City:Leeds"}, []string{"Jack Sparkle"})
	checkEntities(t, "He will join Quiet Hours' actress Kate Malone on stage in Leeds.",
		[]string{"Person:Kate Malone", "City:Leeds"}, []string{"Quiet Hours"})
	for _, tc := range []struct{ text, name string }{
		{"She met Jack Sparkle co-star Tom Reed in Leeds.", "Jack Sparkle"},
		{"She met Jack Sparkle actor Reed in Leeds.", "Jack Sparkle"},
		{"She met Jack Sparkle, actor Tom Reed and Kate Malone in Leeds.", "Jack Sparkle"},
		{"She met Hollywood actor Tom Reed in Leeds.", "Hollywood"},
		// A possessive before the role: a place, a person or a role
		// without the actor's full name keeps its entity.
		{"She met Hollywood's actress Kate Malone in Leeds.", "Hollywood"},
		{"She met Tom Reed's actress Kate Malone in Leeds.", "Tom Reed"},
		{"She met Zephro's actress Malone in Leeds.", "Zephro"},
		{"She met Zephro's striker Kate Malone in Leeds.", "Zephro"},
	} {
		if !hasEntityNamed(extractText(t, tc.text), tc.name) {
			t.Errorf("%q: entity %q lost", tc.text, tc.name)
		}
	}
}
