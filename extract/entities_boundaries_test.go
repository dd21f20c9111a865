package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestNameBoundaries: a country's long form ending a title before the
// holder's name, a month as a surname after a title, a long organisation
// name defined by its acronym in brackets, MSPs as a title.
func TestNameBoundaries(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"The President of the Republic of Azerbaijan Ilham Aliyev arrived in Minsk.",
			[]string{"Country:Azerbaijan", "Person:Ilham Aliyev"}, []string{"Republic of Azerbaijan Ilham Aliyev"}},
		{"Governor of the Bank of England Tom King spoke in Leeds.",
			[]string{"Person:Tom King"}, []string{"Bank of England Tom King"}},
		// A technology's name and its acronym name no body, whichever
		// comes first; a body's acronym stays.
		{"Sales of Liquid Crystal Display (LCD) screens rose in Leeds.",
			[]string{"City:Leeds"}, []string{"LCD", "Liquid Crystal Display"}},
		{"Operators sell MMS (Multimedia Messaging Services) in Leeds.",
			[]string{"City:Leeds"}, []string{"MMS", "Multimedia Messaging Services"}},
		{"Dixons will stop selling VHS machines in Leeds.",
			[]string{"City:Leeds"}, []string{"VHS"}},
		// A month opening capitalised common words that end in a
		// company's head names the company; a month that is a date
		// does not.
		{"Rival May Department Stores agreed the deal in Leeds.",
			[]string{"Organization:May Department Stores"}, []string{"Department Stores"}},
		{"May Department Stores agreed the deal in Leeds.",
			[]string{"Organization:May Department Stores"}, []string{"Department Stores"}},
		{"The board met in Leeds on May 5.",
			[]string{"City:Leeds"}, []string{"May"}},
		{"In March Acme Holdings said sales rose in Leeds.",
			[]string{"Organization:Acme Holdings"}, []string{"March Acme Holdings"}},
		{"Guitarist Brian May played in Leeds.",
			[]string{"Person:Brian May"}, nil},
		{"The Professional Drivers Association met in Leeds.",
			[]string{"Organization:Professional Drivers Association"}, nil},
		{"The Professional Drivers Association (PDA) met in Leeds.",
			[]string{"Organization:Professional Drivers Association"}, nil},
		{"The Northern Rail Authority (NRA) met in Leeds.",
			[]string{"Organization:Northern Rail Authority"}, nil},
		// A maker's name in the plural beside its singular counts its
		// products; the singular stays.
		{"Zorvak will build Kelvaros in Leeds. The Kelvaro brand is popular.",
			[]string{"City:Leeds"}, []string{"Kelvaros"}},
		{"The Zorbles played in Leeds. The former Zorble sang.",
			[]string{"Organization:Zorbles"}, nil},
		{"She won at the 2004 Kelvos in Leeds. She had five Kelvo nominations.",
			[]string{"Organization:Kelvos"}, nil},
		// A common compound opening the sentence names nothing; a
		// firm's hyphened name stays.
		{"Pre-tax profits rose in Leeds.",
			[]string{"City:Leeds"}, []string{"Pre"}},
		{"Co-star Tom Reed sang in Leeds.",
			[]string{"Person:Tom Reed"}, []string{"Co"}},
		{"US-based Tom Reed ran in Leeds.",
			[]string{"Country:United States"}, nil},
		// A holiday's head left alone by its first word names nothing;
		// a named day stays.
		{"The film opened on Christmas Day in Leeds.",
			[]string{"City:Leeds"}, []string{"Day", "Christmas Day"}},
		{"Sales peaked on New Year's Day in Leeds.",
			[]string{"City:Leeds"}, []string{"Day"}},
		{"Crowds marked Holocaust Memorial Day in Leeds.",
			[]string{"Event:Holocaust Memorial Day"}, []string{"Day"}},
		// Negatives: a place after the country, one word after it.
		{"The University of California Los Angeles campus grew.",
			nil, []string{"Los Angeles"}},
		{"The Republic of Ireland Football Association met.",
			nil, []string{"Ireland Football Association"}},
		{"Labour MSP Anna June said the talks mattered.",
			[]string{"Person:Anna June", "Organization:Labour Party"}, []string{"Anna", "Labour MSP"}},
		{"Tory MSP John Scott agreed.",
			[]string{"Person:John Scott"}, []string{"Tory MSP"}},
		// Negative: a month after a name, then a day number.
		{"Talks with Anna Holm on June 5 failed.",
			[]string{"Person:Anna Holm"}, []string{"Anna Holm June"}},
		{"She met the European Bank for Reconstruction and Development (EBRD) in London.",
			[]string{"Organization:European Bank for Reconstruction and Development"}, []string{"European Bank", "EBRD"}},
		// A person-shaped name after "at the" is a venue; with a noun
		// after it, or without the article, it stays a person.
		{"Chelsea were crushed at the Nou Camp in 2000.",
			[]string{"Place:Nou Camp"}, nil},
		{"Reporters waited at the Sol Campbell hearing in London.",
			[]string{"Person:Sol Campbell"}, nil},
		{"Chelsea were crushed by Nou Camp in 2000.",
			nil, nil},
		{"Delegates at the World Summit for the Information Society (WSIS) met in Geneva.",
			[]string{"Event:World Summit for the Information Society"}, []string{"WSIS"}},
		{"The Centre for Study of Road Safety (CSRS) warned drivers.",
			[]string{"Organization:Centre for Study of Road Safety"}, []string{"Road Safety"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	// The acronym is an alias of the long name.
	d := extractText(t, "She met the European Bank for Reconstruction and Development (EBRD) in London. The EBRD agreed.")
	for _, e := range d.Entities {
		if e.Name == "European Bank for Reconstruction and Development" && !textseg.Contains(e.Aliases, "EBRD") {
			t.Errorf("aliases %v lack EBRD", e.Aliases)
		}
	}
}

// TestHyphenatedGivenNames: an East Asian given name stays whole when its
// lower-case second syllable is an English word or long ("Leung
// Kwok-hung", "Leung Che-cheung"), and a surname that is an English word
// still opens the name ("Lam"); English compounds after a place still
// split ("Hong Kong-based", "Hong Kong-run").
func TestHyphenatedGivenNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Voters backed Leung Kwok-hung of the Labour Party.",
			[]string{"Person:Leung Kwok-hung"}, []string{"Leung Kwok"}},
		{"DAB's Ben Chan and Leung Che-cheung were elected.",
			[]string{"Person:Leung Che-cheung", "Person:Ben Chan"}, []string{"Leung Che"}},
		{"Lam Cheuk-ting from the Democratic Party won the seat.",
			[]string{"Person:Lam Cheuk-ting"}, []string{"Cheuk-ting", "Lam Cheuk"}},
		{"Critics said Wong Kwok-kin had lost.",
			[]string{"Person:Wong Kwok-kin"}, []string{"Wong Kwok"}},
		// Negatives: a place before an English participle or noun.
		{"The Hong Kong-based bank Standard Chartered grew.",
			[]string{"City:Hong Kong"}, []string{"Hong Kong-based"}},
		{"Shares in the Hong Kong-run airline fell.",
			[]string{"City:Hong Kong"}, []string{"Hong Kong-run"}},
		{"The New York-born actor Tom Gregg spoke.",
			[]string{"Person:Tom Gregg"}, []string{"New York-born"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestRomanSyllable: the syllable shape the hyphenated-name rule relies
// on accepts romanised syllables and rejects English words' shapes.
func TestRomanSyllable(t *testing.T) {
	tests := []struct {
		w    string
		want bool
	}{
		{"leung", true}, {"kwok", true}, {"hyun", true}, {"cheuk", true}, {"yiu", true}, {"tat", true},
		{"based", false}, {"born", false}, {"york", false}, {"owned", false}, {"a", false}, {"strong", false},
	}
	for _, tc := range tests {
		if got := romanSyllable(tc.w); got != tc.want {
			t.Errorf("romanSyllable(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

// TestRanksAndHeadedObjects: a rank before a full name is a title, not
// part of the name; a title's object may be several words ending in an
// organisation head before the holder's name. Company and league names
// that open with a rank word stay whole.
func TestRanksAndHeadedObjects(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"The army said General Suleiman al-Amr had left.",
			[]string{"Person:Suleiman al-Amr"}, []string{"General Suleiman al-Amr"}},
		{"Rebels said Brigadier Tom Gregg was hurt.",
			[]string{"Person:Tom Gregg"}, []string{"Brigadier Tom Gregg"}},
		{"Sky said CEO of the Refugee Council Enver Solomon told them so.",
			[]string{"Organization:Refugee Council", "Person:Enver Solomon"}, []string{"Council Enver Solomon"}},
		{"Chairman of the Football Association Tom Gregg resigned.",
			[]string{"Organization:Football Association", "Person:Tom Gregg"}, nil},
		// Negatives: a rank word opening a company's name; a one-word
		// object stays one word.
		{"Shares in General Motors Europe fell.",
			[]string{"Organization:General Motors Europe"}, []string{"Motors Europe"}},
		{"President of France Jacques Chirac spoke.",
			[]string{"Country:France", "Person:Jacques Chirac"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestInstitutionNames: "for the" and an "of" phrase inside a body's
// name, a university's campus after "at", two bodies joined by "and",
// and a country after "of the" closing a full name.
func TestInstitutionNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Critics included the Joint Council for the Welfare of Immigrants and Tom Reed.",
			[]string{"Organization:Joint Council for the Welfare of Immigrants", "Person:Tom Reed"}, []string{"Joint Council"}},
		{"Students at the University of North Carolina at Chapel Hill protested.",
			[]string{"Organization:University of North Carolina at Chapel Hill"}, []string{"University of North Carolina"}},
		{"He studied at the Massachusetts Institute of Technology and Colorado State University of the US last year.",
			[]string{"Organization:Massachusetts Institute of Technology", "Organization:Colorado State University"},
			[]string{"Colorado State University of the US"}},
		// Negatives: one body whose name holds "and"; a short name with
		// the country inside it; a place after "at" that is no campus.
		{"The Department of Trade and Industry said so.",
			[]string{"Organization:Department of Trade and Industry"}, nil},
		{"Tom Reed joined the Association of Payment and Clearing Services in May.",
			[]string{"Organization:Association of Payment and Clearing Services"}, []string{"Clearing Services"}},
		{"The Polytechnic University of the Philippines grew.",
			[]string{"Organization:Polytechnic University of the Philippines"}, nil},
		{"He met officials of the Department of Health at Westminster on Monday.",
			[]string{"Organization:Department of Health"}, []string{"Department of Health at Westminster"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestPostNominalsAndHeads: letters after a name and a comma are no
// organisation; "Corps" heads an organisation's name and "Mosque" a
// place's.
func TestPostNominalsAndHeads(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Prosecutor Mark Tedeschi, QC, said so.", []string{"Person:Mark Tedeschi"}, []string{"QC"}},
		{"Lawyers for Tom Reed, SC, argued.", []string{"Person:Tom Reed"}, []string{"SC"}},
		{"Volunteer organization Comic Corps of Canada collects donations.",
			[]string{"Organization:Comic Corps of Canada"}, []string{"Canada"}},
		{"A crane fell into Mecca's Grand Mosque on Friday.", []string{"Place:Grand Mosque"}, nil},
		// Negative: an acronym after a comma and no name is a body.
		{"Prices in Leeds rose sharply, SC said on Monday.", []string{"Organization:SC"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestHyphenCompoundsAreNoNames: a hyphenated token pairing months or
// nations, or a common compound opening a sentence, is a modifier; pairs
// of firms, towns with "-on-" and compounds before a name stay names.
func TestHyphenCompoundsAreNoNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Profits in the April-to-June quarter rose at Quillsoft, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"April-to-June"}},
		{"Sales fell in the September-October period in Spain.",
			[]string{"Country:Spain"}, []string{"September-October"}},
		{"The Italian-Spanish project was backed by Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Italian-Spanish"}},
		{"The Anglo-Irish talks resumed in Dublin.",
			[]string{"City:Dublin"}, []string{"Anglo-Irish"}},
		{"The Spain-Portugal border reopened on Monday.",
			nil, []string{"Spain-Portugal"}},
		{"Pay-as-you-go phones sold well in India.",
			[]string{"Country:India"}, []string{"Pay-as-you-go"}},
		// A pair of names before a noun joining them: each part stands
		// alone (a known place, a compass point, a name written alone
		// elsewhere in the story).
		{"Talks on a Madrid-Lisbon merger of the two bourses stalled, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Madrid-Lisbon"}},
		{"The Kerrow-Malvane campaign spent heavily. Kerrow won; Malvane lost.",
			nil, []string{"Kerrow-Malvane"}},
		{"Fans backed a proposed North-South match in Cardiff.",
			[]string{"City:Cardiff"}, []string{"North-South"}},
		{"He praised Euro-Mediterranean cooperation in Rome.",
			[]string{"City:Rome"}, []string{"Euro-Mediterranean"}},
		// Negatives: names with hyphens.
		{"The Kerrow-Malvane campaign spent heavily in Leeds.",
			[]string{"Organization:Kerrow-Malvane"}, nil},
		{"The Madrid-Lisbon coach Tom Reed resigned.",
			[]string{"Organization:Madrid-Lisbon"}, nil},
		{"Shares in Hewlett-Packard rose in New York.",
			[]string{"Organization:Hewlett-Packard"}, nil},
		{"She moved to Stoke-on-Trent in 2001.",
			[]string{"City:Stoke-on-Trent"}, nil},
		{"The deal gave Anglo-Dutch Shell a stake in Norway.",
			[]string{"Country:Norway"}, []string{"Anglo-Dutch"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestPluralPossessiveOwners: a plural possessive joins a collective
// owner to its body's name; before a person's name or a country, or after
// a known place or a person's full name, owner and owned are separate.
func TestPluralPossessiveOwners(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"The Professional Drivers' Association backed Tom Reed.",
			[]string{"Organization:Professional Drivers' Association", "Person:Tom Reed"}, nil},
		{"Fans walked to St Helens' Park before the match.",
			[]string{"Place:St Helens' Park"}, nil},
		{"The Rovers' Kate Malone scored twice.",
			[]string{"Person:Kate Malone"}, []string{"Rovers' Kate Malone"}},
		{"Shares in Quillsoft rose after Vortex Systems' Kate Malone spoke.",
			[]string{"Person:Kate Malone"}, []string{"Vortex Systems' Kate Malone"}},
		{"Tom Jennings' Scotland beat Italy in Rome.",
			[]string{"Person:Tom Jennings", "Country:Scotland"}, []string{"Tom Jennings' Scotland"}},
		{"Crowds filled Glasgow's and Leeds' Kelby Stadium.",
			nil, []string{"Leeds' Kelby Stadium"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestOwnedWorks: after a plural possessive, the capitalised words of a
// work or product are no part of the owner's name and no entity; a body's
// name, a player and a known owner's place stay as they were.
func TestOwnedWorks(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Critics praised Daniel Hawkes' Broken Promise at the festival.",
			[]string{"Person:Daniel Hawkes"}, []string{"Daniel Hawkes' Broken Promise", "Broken Promise"}},
		{"Fans bought Mortensens' Greatest Hits in their thousands.",
			[]string{"Organization:Mortensens"}, []string{"Mortensens' Greatest Hits", "Greatest Hits"}},
		{"Drugmaker Velmont said Kravitis' Lorazine would be sold.",
			nil, []string{"Kravitis' Lorazine", "Lorazine"}},
		// Negatives.
		{"The Film Critics' Circle named its winners.",
			[]string{"Organization:Film Critics' Circle"}, nil},
		{"Nurse Anna Petrova joined Quillsoft. Later Dragons' Petrova scored.",
			[]string{"Person:Anna Petrova"}, nil},
		{"The Rovers' Kate Malone scored twice.",
			[]string{"Person:Kate Malone"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestNationPairFirm: a nation pair standing alone, not before a noun,
// may name a firm and stays.
func TestNationPairFirm(t *testing.T) {
	checkEntities(t, "One firm with a plan is Anglo-Swiss, the mining company, said Tom Reed.",
		[]string{"Person:Tom Reed"}, nil)
	if !hasEntityNamed(extractText(t, "One firm with a plan is Anglo-Swiss, the mining company, said Tom Reed."), "Anglo-Swiss") {
		t.Errorf("Anglo-Swiss standing alone was dropped")
	}
}

// TestPersonDemonyms: a nationality noun before capitalised words
// describes the person they name; an adjective, a first-name demonym with
// one word after it, or an organisation's head word keeps the run whole.
func TestPersonDemonyms(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"Officials said Frenchman Gaspard Delorme had qualified.",
			[]string{"Person:Gaspard Delorme"}, []string{"Frenchman Gaspard Delorme"}},
		{"In the semi-final she faces Frenchwoman Odile Brassac.",
			[]string{"Person:Odile Brassac"}, []string{"Frenchwoman Odile Brassac"}},
		{"The holder lost to Spaniard Ortuzar in three sets.",
			[]string{"Person:Ortuzar"}, []string{"Spaniard Ortuzar"}},
		{"Second seed Swede Halvar Nordqvist went through.",
			[]string{"Person:Halvar Nordqvist"}, []string{"Swede Halvar Nordqvist"}},
		// Negatives: a first-name demonym and one surname is one name; an
		// organisation head stays in the run.
		{"The midfielder Scot Gemmill scored twice.",
			[]string{"Person:Scot Gemmill"}, []string{"Gemmill"}},
		{"He joined the Dutchman Rowing Club last year.",
			nil, []string{"Rowing Club"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestSaintsPossessive: a saint's possessive stays inside the name, a
// place on its own or the start of a longer name typed by its head; a
// possessive after any other name still ends it.
func TestSaintsPossessive(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"Fulham drew 1-1 at St Aldric's on Sunday.",
			[]string{"Place:St Aldric's"}, []string{"St Aldric"}},
		{"Queues formed outside St Oswin's Retail Centre in Leeds.",
			[]string{"Place:St Oswin's Retail Centre"}, []string{"St Oswin", "Retail Centre"}},
		// Negative: a person's possessive before a name is two names.
		{"Chelsea's Frank Lampard scored.",
			[]string{"Person:Frank Lampard"}, []string{"Chelsea's Frank Lampard"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestAbbreviationThenStarter: a word that only starts sentences ends a
// name after an abbreviation's full stop, where the splitter kept two
// sentences together; a capitalised name word after the stop continues it.
func TestAbbreviationThenStarter(t *testing.T) {
	tests := []struct {
		text   string
		want   []string // "Type:Name", each must be present
		notAny []string // names that must not be entities
	}{
		{"The film was sold to Torvane Bros. However, the deal fell through.",
			[]string{"Organization:Torvane Bros."}, []string{"Torvane Bros. However"}},
		{"She had worked with Kelvin Ashgrove Jr. But she left in May.",
			[]string{"Person:Kelvin Ashgrove Jr."}, []string{"Kelvin Ashgrove Jr. But"}},
		// Negative: a name word after the abbreviation stays in the name.
		{"He joined Torvane Bros. Pictures last year.",
			[]string{"Organization:Torvane Bros. Pictures"}, []string{"Torvane Bros."}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestCurrencyPlaces: a place's name that only qualifies a currency names
// a sum, not the place; the place named elsewhere, or a sum given to a
// place spelt out in full, keeps it.
func TestCurrencyPlaces(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"The peso traded at 305 per US dollar on Thursday, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"United States"}},
		{"The fee of US$25,000 went to charity, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"United States"}},
		{"A console costs about US $200 in Poland.",
			[]string{"Country:Poland"}, []string{"United States"}},
		{"The Hong Kong dollar held steady, said Tom Reed.",
			[]string{"Person:Tom Reed"}, []string{"Hong Kong"}},
		// Negatives: the place named in its own right.
		{"The US dollar fell as the US trade deficit widened.",
			[]string{"Country:United States"}, nil},
		{"Donors pledged to Sri Lanka $50m on Monday.",
			[]string{"Country:Sri Lanka"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestCommunityAndTransportBodies: "Community" heads a body's name with
// "of" after it, as "Organisation" does, so the name is not cut at the
// demonym or place inside it; "Transport" heads one with "for".
func TestCommunityAndTransportBodies(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Ministers of the Economic Community of East Asian Ports met in Leeds.",
			[]string{"Organization:Economic Community of East Asian Ports", "City:Leeds"}, []string{"East Asian Ports"}},
		{"Tom Reed urged the Community of Nordic Speaking Towns to act.",
			[]string{"Organization:Community of Nordic Speaking Towns"}, []string{"Nordic Speaking Towns"}},
		{"Fares will rise, a spokesman for Transport for Leeds said on Monday.",
			[]string{"Organization:Transport for Leeds"}, nil},
		// Negatives: a lower-case community or transport is no name.
		{"Tom Reed thanked the community of Leeds on Monday.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"community of Leeds"}},
		{"Tom Reed paid the transport for Leeds fans.",
			[]string{"Person:Tom Reed", "City:Leeds"}, []string{"transport for Leeds"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

func TestComparativeThanEndsName(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// A lost full stop: the comparative opens the next sentence.
		{"Phone sales rose 20%, according to the firm Quorel Tansy More than 90 million handsets were sold.", "Quorel Tansy", Organization},
		{"Most fans backed Dorvan Kestrel Fewer than half backed the rival.", "Dorvan Kestrel Fewer", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

func TestMediumInName(t *testing.T) {
	tests := []struct {
		text string
		name string
		typ  EntityType
	}{
		// "Internet" goes on with a name that ends in a body's head.
		{"Research by the Harlow Internet Institute shows that blogs are growing.", "Harlow Internet Institute", Organization},
		{"Dan Pryce, the new chair of the Internet Standards Task Force, says so.", "Internet Standards Task Force", Organization},
		{"The Internet Corporation for Domain Names ruled on Monday.", "Internet Corporation for Domain Names", Organization},
		// No head after it: the medium is no part of a name.
		{"Growth among Harlow Internet users slowed last year.", "Harlow Internet", ""},
		{"Most people still browse with Internet Explorer, the survey said.", "Internet Explorer", ""},
		// An "&" after the medium joins one body's name without a head.
		{"Think-tank Harlow Internet & Civic Life says blogs are growing.", "Harlow Internet & Civic Life", Organization},
		// "and" without a head joins two names; the medium stays out.
		{"Think-tank Harlow Internet and Civic Life say blogs are growing.", "Harlow Internet and Civic Life", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.name, tt.typ)
	}
}

// TestOwnedTitles: a title of two or more common words after a plural
// possessive ("Oasis' Definitely Maybe") belongs to its owner and is no
// part of the owner's name; a body's name after a plural of its members
// ("Actors' Equity", "Seafarers' Identity Card"), or ending in a head
// word, stays one name. A collective owner's possessive before a
// person's full name ends the owner ("The History Boys' Samuel Barnett").
func TestOwnedTitles(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Listeners chose the Velvet Tigers' Empty Rooms as their favourite song.",
			nil, []string{"Velvet Tigers' Empty Rooms", "Empty Rooms"}},
		{"The poll put Marla Quentins' Silent Running at number three.",
			[]string{"Person:Marla Quentins"}, []string{"Marla Quentins' Silent Running"}},
		{"The award went to The Lost Boys' Tomas Welland for his debut.",
			[]string{"Person:Tomas Welland"}, []string{"Lost Boys' Tomas Welland"}},
		{"Fans queued for the Royal Ulster Fusilier Guards' Evening Glory concert.",
			[]string{"Organization:Royal Ulster Fusilier Guards"}, nil},
		// Negatives: bodies named after their members, or ending in a head.
		{"The Canadian Actors' Equity backed the strike.",
			[]string{"Organization:Canadian Actors' Equity"}, nil},
		{"The Film Critics' Circle named its winners.",
			[]string{"Organization:Film Critics' Circle"}, nil},
		{"The Dockers' Pension Fund lost money last year.",
			[]string{"Organization:Dockers' Pension Fund"}, nil},
		{"The Girls' Brigade marched through the town.",
			[]string{"Organization:Girls' Brigade"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestTitledVenueNames: a building named after a titled person keeps the
// title in its name ("the Princess of Wales Theatre"); a title before
// "of" and a place with no venue head after it stays a role, and an
// office before "of" and a venue's name leads the body. Invented
// sentences.
func TestTitledVenueNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Stage news\n\nThe revue opened at the Princess of Wales Theatre in March.",
			[]string{"Place:Princess of Wales Theatre"}, []string{"Wales Theatre"}},
		{"Stage news\n\nThe revue opened at Halifax's Duke of Rothesay Hall in March.",
			[]string{"Place:Duke of Rothesay Hall", "City:Halifax"}, []string{"Rothesay Hall"}},
		{"Boxing news\n\nThe bout was staged at Prince of Wales Arena on Friday.",
			[]string{"Place:Prince of Wales Arena"}, []string{"Wales Arena"}},
		// Negative: no venue head after the place, the title is a role.
		{"Royal news\n\nThe Prince of Wales visited a farm in Kent on Monday.",
			[]string{"Country:Wales"}, []string{"Prince of Wales"}},
		// Negative: an office, not a naming title, before "of".
		{"Stage news\n\nThe Director of the Lantern Theatre said the season was long.",
			[]string{"Place:Lantern Theatre"}, []string{"Director of the Lantern Theatre"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

// TestParticleVenueNames: a venue or company named in French, Spanish,
// Italian or Portuguese holds its lower-case particles ("Parc des
// Princes", "Estadio da Luz", "Banque de France"); a person's particle
// and a name no venue word opens are left as they were. Invented
// sentences.
func TestParticleVenueNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Football news\n\nThe friendly will be played at the Parc des Loups in Lyon next month.",
			[]string{"Place:Parc des Loups", "City:Lyon"}, []string{"Parc", "Loups"}},
		{"Film news\n\nThe jury met at the Palais des Congres in Cannes last week.",
			[]string{"Place:Palais des Congres"}, []string{"Palais", "Congres"}},
		{"Football news\n\nThe final was played at the Estadio da Ribeira in Porto.",
			[]string{"Place:Estadio da Ribeira"}, []string{"Estadio"}},
		{"Rugby news\n\nThe Parc des Sports Olivier in Biarritz holds 13,000 fans.",
			[]string{"Place:Parc des Sports Olivier"}, []string{"Sports Olivier"}},
		{"Markets news\n\nThe Banque de Savoie raised its rates on Monday.",
			[]string{"Organization:Banque de Savoie"}, []string{"Banque"}},
		// Negative: a person's particle is still a person's.
		{"Politics news\n\nMr de Montfort spoke in Paris on Friday.",
			[]string{"Person:Mr de Montfort"}, nil},
		// Negative: a town before a particle opens no venue's name.
		{"Fashion news\n\nShe showed in Paris des jeunes designers.",
			[]string{"City:Paris"}, []string{"Paris des"}},
		// Negative: a club opened by a venue word, with no particle, is not a venue.
		{"Rugby news\n\nStade Rochelais beat Toulon on Saturday.",
			nil, []string{"Place:Stade Rochelais"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
	d := extractText(t, "Rugby news\n\nStade Rochelais beat Toulon on Saturday.")
	for _, e := range d.Entities {
		if e.Name == "Stade Rochelais" && e.Type == Place {
			t.Errorf("Stade Rochelais typed Place")
		}
	}
}

// TestListedBodyNames: a body's name that ends in a list of fields after
// "of" or "for" ("Culture, Media and Sport") is one name through the last
// field; a list of places or names after a body is a list of entities,
// and a name without the list is unchanged.
func TestListedBodyNames(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"A spokesman for the Ministry of Water, Forests and Rivers said prices would rise.",
			[]string{"Organization:Ministry of Water, Forests and Rivers"}, []string{"Ministry of Water"}},
		{"The Commission for Roads, Rail, and Canal Transport met in Leeds.",
			[]string{"Organization:Commission for Roads, Rail, and Canal Transport"}, []string{"Commission for Roads"}},
		{"She thanked the Academy of Stage Lighting, Design and Sound on Monday.",
			[]string{"Organization:Academy of Stage Lighting, Design and Sound"}, []string{"Academy of Stage Lighting"}},
		// Negatives: places after the body; a name cut by a comma
		// clause; a list of bodies; the plain name.
		{"Talks between the Ministry of Defence, France and Spain went on.",
			[]string{"Organization:Ministry of Defence", "Country:France", "Country:Spain"},
			[]string{"Ministry of Defence, France and Spain"}},
		{"The Department of Health, Tom Reed said, would act.",
			[]string{"Organization:Department of Health", "Person:Tom Reed"}, nil},
		{"The Council of Egg Farmers, Dairy Growers Association and Tom Reed met.",
			[]string{"Organization:Council of Egg Farmers", "Person:Tom Reed"},
			[]string{"Council of Egg Farmers, Dairy Growers Association and Tom Reed"}},
		{"The Department of Health said it would act.",
			[]string{"Organization:Department of Health"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}

func TestFounderFirmNames(t *testing.T) {
	tests := []struct {
		text string
		form string
		typ  EntityType // "" when no entity may bear the name
	}{
		// The founder's surname opens the name of the firm he heads.
		{"Sales will fall, said Dana Ortiz, president of Ortiz's Market Research Group.", "Ortiz's Market Research Group", Organization},
		{"Prices are too high, said Ivo Brandt, chief executive of Brandt's Property Associates Group.", "Brandt's Property Associates Group", Organization},
		// Another owner's possessive, or one that owns no body, ends the name.
		{"Sales will fall, said Dana Ortiz, president of Verra's Consumer Products Group.", "Verra's Consumer Products Group", ""},
		{"Dana Ortiz, president of Ortiz's old firm, was in Leeds.", "Ortiz's old firm", ""},
		{"Mr Ortiz praised Ortiz's Market Research Group in Leeds.", "Ortiz's Market Research Group", ""},
	}
	for _, tt := range tests {
		checkEntityType(t, tt.text, tt.form, tt.typ)
	}
}

// TestNamedRegionOfCountry: a region's own name before "Province" or
// "District" ends at the noun when "of" and a country follow, as an
// encyclopaedia places a town; a region noun that opens the name, or a
// place after "of" that is no country, keeps "of" inside the name.
func TestNamedRegionOfCountry(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"Tamboro is a fishing village in the Coastal Province of Kenya.",
			[]string{"Place:Coastal Province", "Country:Kenya"}, []string{"Coastal Province of Kenya"}},
		{"Velnora is a small town in the Lusko District of Zambia.",
			[]string{"Place:Lusko District", "Country:Zambia"}, []string{"Lusko District of Zambia"}},
		// Negatives: the noun opens the name; the place after "of" is a
		// state, not a country.
		{"Farmers in the Province of Alberta voted on Monday.",
			[]string{"Place:Province of Alberta"}, nil},
		{"He sat as a judge for the Eastern District of New York until 2004.",
			nil, []string{"Eastern District"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
