package extract

import "testing"

func TestOrganisationCues(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType // "" when no entity may bear the name
	}{
		// A company descriptor, "at" after a staff noun, or a staff noun
		// before a person's name makes an organisation of common words.
		{"Sales fell, according to research firm Bright Horizon.", "Bright Horizon", Organization},
		{"Jane Parker, economist at Blue Lantern, said rates would rise.", "Blue Lantern", Organization},
		{"Rates will rise, said Summit Partners analyst John Mercer.", "Summit Partners", Organization},
		{"Prices rose, said Homeland economist Ruth Ellis.", "Homeland", Organization},
		{"Greg Holt, managing director at Silver Arrow, backed the plan.", "Silver Arrow", Organization},
		{"Shares in Golden Arrow fell by 4% on Monday.", "Golden Arrow", Organization},
		{"Investors bought a stake in Bright Horizon last year.", "Bright Horizon", Organization},
		// A publication noun after common words names a periodical, also
		// opening a sentence.
		{"The singer told Morning Harvest magazine she would tour.", "Morning Harvest", Organization},
		{"Lantern magazine's editor Ann Cole praised the film.", "Lantern", Organization},
		{"He wrote in Saturday's Northern Bell newspaper that prices rose.", "Northern Bell", Organization},
		// A music act's noun before common words, the act's own "The"
		// allowed between; a number after the run cuts no name short.
		{"Fans cheered the rock band Silver Comet at the show.", "Silver Comet", Organization},
		{"Tickets went fast for dance act The Lantern on Friday.", "Lantern", Organization},
		{"The bill also has indie group The Quiet Storm and others.", "Quiet Storm", Organization},
		{"She toured with pop band Silver Comet 5 last year.", "Silver Comet", ""},
		// "The" and a plural owning a record elsewhere in the document
		// make an act of every mention; a singular's "'s" does not.
		{"Fans liked Jo Reed and The Lanterns. The Lanterns' album sold well.", "Lanterns", Organization},
		{"Critics liked The Harvest. The Harvest's album sold well.", "Harvest", ""},
		{"Critics liked The Lanterns on Friday.", "Lanterns", ""},
		// A political qualifier before "NAME party" makes a party of it.
		{"Delegates of the ruling Harvest party met in the capital.", "Harvest", Organization},
		{"Mr Olsen, whose Dawn party lost ten seats, conceded.", "Dawn", Organization},
		{"Staff held a Harvest party at the office on Friday.", "Harvest", ""},
		// Common words told a story at its end are an outlet.
		{"\"It was unfair,\" Hallam told Morning Harvest.", "Morning Harvest", Organization},
		{"Rudd told the Evening Lantern: \"We will win.\"", "Evening Lantern", Organization},
		{"She told Silver Radio that the deal was off.", "Silver Radio", Organization},
		// Told what, or told and more words: no outlet.
		{"He told Morning Harvest listeners about the deal.", "Morning Harvest", ""},
		{"Nobody told Silver Comet about the plan.", "Silver Comet", ""},
		// Without a cue, common words stay a title or slogan.
		{"The film Blue Lantern opened in London last week.", "Blue Lantern", ""},
		{"Critics praised Silver Arrow as the best show of the year.", "Silver Arrow", ""},
		// "director" before a name directed a film: no company.
		{"Many praised Silver Arrow director Richard Eyre for the film.", "Silver Arrow", ""},
		// A name going on past "and" or "'s" is not cut to its start.
		{"The shares rose, said Tom Ring, economist at Fact and Opinion Research.", "Fact", ""},
		{"Tickets sold out for singing group Destiny's Child.", "Destiny", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestHyphenedWordInBodyName(t *testing.T) {
	tests := []struct {
		text string
		name string
		want bool
	}{
		{"Sony backs the Blu-ray Disc Association in the format war.", "Blu-ray Disc Association", true},
		{"Marchers joined the Anti-war Coalition in the square.", "Anti-war Coalition", true},
		// A descriptor or participle before a name stays out of it.
		{"Scrum-half Matt Dawson joined the Wasps Association squad.", "Scrum-half Matt Dawson", false},
		{"Privately-held Falic Group bought two brands.", "Privately-held Falic Group", false},
		{"The UK-based Global Radio Association grew.", "UK-based Global Radio Association", false},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		if got := entityOfForm(d, tt.name) >= 0; got != tt.want {
			t.Errorf("%q: entity %q = %v, want %v (entities %v)", tt.text, tt.name, got, tt.want, d.Entities)
		}
	}
}

func TestNewspaperAfterPlace(t *testing.T) {
	tests := []struct {
		text      string
		paper     string
		notPlaces []string // names that must not stand alone as entities
	}{
		{"The story ran in the Los Angeles Times on Sunday.", "Los Angeles Times", []string{"Los Angeles"}},
		{"A columnist for the Irish Times wrote about it.", "Irish Times", nil},
		{"Readers of the Scottish Sun voted for him.", "Scottish Sun", nil},
	}
	for _, tt := range tests {
		d := extractText(t, tt.text)
		i := entityOfForm(d, tt.paper)
		if i < 0 || d.Entities[i].Type != Organization {
			t.Errorf("%q: want organisation %q; have %v", tt.text, tt.paper, d.Entities)
		}
		for _, n := range tt.notPlaces {
			if entityOfForm(d, n) >= 0 {
				t.Errorf("%q: %q is an entity of its own; have %v", tt.text, n, d.Entities)
			}
		}
	}
}

func TestBodyNameGoesOnPastFor(t *testing.T) {
	d := extractText(t, "The Court of Appeal for Ruritania rejected the case on Monday.")
	if i := entityOfForm(d, "Court of Appeal for Ruritania"); i < 0 {
		t.Errorf("no entity for the whole name; have %v", d.Entities)
	}
	// Before any "of", "for" still needs a head that takes it.
	d = extractText(t, "Mark Brown for Ruritania scored twice.")
	if i := entityOfForm(d, "Mark Brown for Ruritania"); i >= 0 {
		t.Errorf("a person and a country joined into %v", d.Entities[i])
	}
}

func TestNationalityBeforeLoneName(t *testing.T) {
	d := extractText(t, "Irina Petrova won in Paris. Officials said Russian Petrova had tested positive.")
	if entityOfForm(d, "Russian Petrova") >= 0 {
		t.Errorf("nationality glued to the name: %v", d.Entities)
	}
	if i, j := entityOfForm(d, "Irina Petrova"), entityOfForm(d, "Petrova"); i < 0 || i != j {
		t.Errorf("Petrova not joined to Irina Petrova: %v", d.Entities)
	}
	// A common word after the nationality is the second word of a name.
	d = extractText(t, "He flew with American Express to Boston.")
	if entityOfForm(d, "Express") >= 0 {
		t.Errorf("a name's second word taken alone: %v", d.Entities)
	}
}

func TestDescriptorGluedToName(t *testing.T) {
	d := extractText(t, "Goalscorer Jimmy Floyd Hasselbaink said the side had deserved the win.")
	if entityOfForm(d, "Jimmy Floyd Hasselbaink") < 0 {
		t.Errorf("descriptor glued to the name: %v", d.Entities)
	}
	// A title stays for the title rules, which make the fact.
	d = extractText(t, "President Hugo Chavez of Venezuela spoke on Monday.")
	if !factFound(d, expectedFact{Subject: "Hugo Chavez", Predicate: LeaderOf, Object: "Venezuela"}) {
		t.Errorf("title lost: %v", d.Facts)
	}
}

func TestOrgsByContext(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// A firm's possession, a holding, a firm noun in apposition or a
		// plural verb opening the sentence make a person-shaped name a
		// body.
		{"Analysts said Harlan Brook's profits rose by 5%.", "Harlan Brook", Organization},
		{"Analysts said Harlan Brook's shares rose by 5%.", "Harlan Brook", Organization},
		{"Harlan Brook's board rejected the bid on Monday.", "Harlan Brook", Organization},
		{"Investors bought shares in Harlan Brook on Monday.", "Harlan Brook", Organization},
		{"Harlan Brook, the country's largest bank, will cut 900 jobs.", "Harlan Brook", Organization},
		{"Harlan Brook are to tour the US next spring.", "Harlan Brook", Organization},
		// A person named in full at or of the name.
		{"\"Prices will rise,\" said John Carter at Harlan Brook.", "Harlan Brook", Organization},
		{"Mary Lowe, of Harlan Brook, said prices would rise.", "Harlan Brook", Organization},
		// A staff title between the name and a person named in full
		// makes the name the employer, region adjectives allowed.
		{"\"Rates will fall,\" said Vantor Amsel chief Asian strategist John Carter.", "Vantor Amsel", Organization},
		{"Vantor Amsel senior economist Mary Lowe expects growth.", "Vantor Amsel", Organization},
		// A first name opening the name, a surname alone after the
		// title, a comma between, or a noun of no staff title keep the
		// person.
		{"Gordon Amsel chief economist Mary Lowe resigned.", "Gordon Amsel", Person},
		{"Vantor Amsel chief economist Lowe said prices rose.", "Vantor Amsel", Person},
		{"Vantor Amsel, chief economist, and Mary Lowe spoke.", "Vantor Amsel", Person},
		{"Vantor Amsel fan Mary Lowe cheered the band.", "Vantor Amsel", Person},
		// A person's things, an apposition naming a person's post, a
		// plural verb after a list, and a person's honorific elsewhere
		// keep the person.
		{"Critics praised Harlan Brook's album last week.", "Harlan Brook", Person},
		{"Harlan Brook, the chairman of the bank, resigned.", "Harlan Brook", Person},
		{"Mary Lowe and Harlan Brook are to marry in June.", "Harlan Brook", Person},
		{"Harlan Brook's profits fell. Mr Brook blamed the weather.", "Harlan Brook", Person},
		{"Harlan Brook's shares in the club were sold. Mr Brook was abroad.", "Harlan Brook", Person},
		// A name after another name's "and", or after a bare surname, is
		// no employer.
		{"Mary Lowe and Harlan Brook spoke at the launch.", "Harlan Brook", Person},
		{"A portrait of Harlan Brook by Lowe hangs in the hall.", "Harlan Brook", Person},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
	// The name without its first word joins the full name of a body.
	d := extractText(t, "Fans of Hapoel Tarvin Marath cheered. Tarvin Marath are the first side from the town to play in Europe.")
	if i, j := entityOfForm(d, "Hapoel Tarvin Marath"), entityOfForm(d, "Tarvin Marath"); i < 0 || i != j || d.Entities[i].Type != Organization {
		t.Errorf("Tarvin Marath and Hapoel Tarvin Marath: entities %d and %d, want one organisation; have %v", i, j, d.Entities)
	}
}

func TestOrgsInClassLists(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType // "" when no entity may bear the name
	}{
		// A plural noun of bodies, then "such as", "like" or "including",
		// lists bodies, common words and bare surnames included.
		{"Studios placed adverts in trade publications such as Lantern to win votes.", "Lantern", Organization},
		{"The deal joins famous stores like Harrowby's, Penfold's and Crane's in one chain.", "Penfold", Organization},
		{"Buyers came from technology firms such as Quillon, Brightmoor and Vastel.", "Brightmoor", Organization},
		{"The trio has toured with bands including The Harbours and Quiet Engine.", "Harbours", Organization},
		// "are among the ... NOUN" after the list does the same.
		{"Last summer, Silver Comet and Harvest Moon were among the headline acts at the festival.", "Harvest Moon", Organization},
		{"In 2002 Green Lantern and Harvest Moon were among the acts.", "Green Lantern", Organization},
		{"Quillon and Vastel are among the firms bidding for the contract.", "Vastel", Organization},
		// A name marked as a person keeps its type; a list of acts holds
		// singers too, so a person's guess is not overturned there.
		{"Guests came from companies such as Mr Hallam's and Vastel.", "Hallam", Person},
		{"Nora Blythe and Silver Comet are among the acts on the bill.", "Nora Blythe", Person},
		// Half of a longer name is no member: a word after it goes on
		// with the name, and an "and" leading to no name may be inside it.
		{"He invested in chains such as Munkin' Bagels and Rosco's.", "Bagels", ""},
		{"They supported bands including Lantern and the Wavemen on tour.", "Lantern", ""},
		// Without the class noun, or with a noun of people or things, the
		// list says nothing.
		{"The band played songs such as Lantern and Harvest Moon.", "Lantern", ""},
		{"He thanked artists such as Harvest Moon for their support.", "Harvest Moon", ""},
		{"Last night Silver Comet and Harvest Moon were among the songs played.", "Harvest Moon", ""},
		{"Last night Silver Comet and Harvest Moon were among the bands' managers.", "Harvest Moon", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestPossessiveFirmNames(t *testing.T) {
	tests := []struct {
		text string
		form string     // the name with its "'s"
		typ  EntityType // "" when no entity may bear that form
	}{
		// A body cued by a class list or a firm's noun, whose "'s" owns
		// no noun, is named with its "'s", over a town of the same name
		// or a first name opening it.
		{"The merger joins famous stores like Harrowby's, Kettering's and Alan Voller's in one group.", "Kettering's", Organization},
		{"The merger joins famous stores like Harrowby's, Kettering's and Alan Voller's in one group.", "Alan Voller's", Organization},
		{"Ratings agencies such as Fitch and Dorking's said the debt was safe.", "Dorking's", Organization},
		{"Prices start at £9,000, according to the car website Dorking's.", "Dorking's", Organization},
		{"The department store Kettering's said it would close ten branches.", "Kettering's", Organization},
		// A possessive that owns a noun is the owner's, and without a
		// cue the "'s" stays out of the name.
		{"Famous stores like Harrowby's flagship branch drew crowds.", "Harrowby's", ""},
		{"Tony Blair's speech was praised by the website Dorking.", "Tony Blair's", ""},
		{"Smith's wife said she was pleased.", "Smith's", ""},
		{"Arsenal's win lifted the club to third.", "Arsenal's", ""},
		{"The company's shares fell after Alan Macy said sales were down.", "Alan Macy", Person},
		{"Members of bands such as Nora Blythe's played.", "Nora Blythe's", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.form, tt.typ)
	}
}
