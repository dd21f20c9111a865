package extract

import (
	"strings"
	"testing"
)

// roleBinding is one expected resolution: the n-th (from 0) occurrence of
// a role phrase in the text refers to the named person, or to nobody
// when want is "".
type roleBinding struct {
	phrase string
	n      int
	want   string
}

// roleTarget returns the entity name the role mention at the n-th
// occurrence of phrase resolves to, "" when none does.
func roleTarget(d *Document, phrase string, n int) string {
	off := -1
	for k := 0; k <= n; k++ {
		i := strings.Index(d.Text[off+1:], phrase)
		if i < 0 {
			return "<phrase not in text>"
		}
		off += 1 + i
	}
	for _, m := range d.Mentions {
		if m.Kind == MentionRole && m.Start == off {
			return d.Entities[m.Entity].Name
		}
	}
	return ""
}

// TestOfficeRoles: politics stories name the office holder once and then
// say "the prime minister", "the chancellor"; appositions ("X, the Tory
// leader,") teach the role; ranks and other offices stay apart.
func TestOfficeRoles(t *testing.T) {
	tests := []struct {
		text string
		want []roleBinding
	}{
		// A BBC politics opening: the holder is named without a title.
		{"Harwick rejects calls over school plans\n\nTom Harwick has rejected calls from backbenchers to delay his school reforms. " +
			"The prime minister told MPs on Wednesday that the plans would go ahead. Tory leader Ian Marsh said the prime minister had lost control.",
			[]roleBinding{{"The prime minister", 0, "Tom Harwick"}, {"the prime minister", 0, "Tom Harwick"}}},
		// Apposition after the name, then a bare reference; a title
		// after the role ("The chancellor, Gordon Brown,") teaches it too.
		{"Budget row grows\n\nAlan Pryce, the prime minister, said the budget was fair. The chancellor, Neil Gaunt, told the Commons that growth was strong. " +
			"The chancellor added that borrowing would fall. The prime minister backed him.",
			[]roleBinding{{"the prime minister", 0, "Alan Pryce"}, {"The chancellor", 1, "Neil Gaunt"}, {"The prime minister", 0, "Alan Pryce"}}},
		// Party leaders by apposition and later by party demonym.
		{"Election pledge attacked\n\nMartin Hoyle, the Tory leader, said the pledge was a con. Later the Conservative leader told voters in Leeds to expect tax cuts.",
			[]roleBinding{{"the Tory leader", 0, "Martin Hoyle"}, {"the Conservative leader", 0, "Martin Hoyle"}}},
		// A deputy is not the prime minister; the foreign secretary is
		// not the home secretary.
		{"Cabinet meets\n\nDeputy Prime Minister Ray Stokes chaired the meeting. Home Secretary Ann Lyle said crime was falling. " +
			"The prime minister was abroad. The foreign secretary was in Brussels. The home secretary said police numbers would rise.",
			[]roleBinding{{"The prime minister", 0, ""}, {"The foreign secretary", 0, ""}, {"The home secretary", 0, "Ann Lyle"}}},
		// Wire style: a country before the office; "the secretary of
		// state" as one office.
		{"Envoy lands in Berlin\n\nBERLIN (Wire) - Clara Dunn, the U.S. secretary of state, arrived on Monday. The secretary of state met Karl Vogt, the German foreign minister. " +
			"The foreign minister said talks were useful.",
			[]roleBinding{{"the U.S. secretary of state", 0, "Clara Dunn"}, {"The secretary of state", 0, "Clara Dunn"},
				{"the German foreign minister", 0, "Karl Vogt"}, {"The foreign minister", 0, "Karl Vogt"}}},
		// Possessive: "the prime minister's office said" still refers to
		// the holder; "X, the prime minister's spokesman," does not make
		// X the prime minister.
		{"Salary scandal\n\nPrime Minister Paul Otieno ordered an audit. The prime minister's office said the money would be repaid. " +
			"Sam Reed, the prime minister's spokesman, declined to comment.",
			[]roleBinding{{"The prime minister", 0, "Paul Otieno"}, {"the prime minister", 0, "Paul Otieno"}}},
		// Two untitled people in view: the office is not guessed.
		{"Talks in London\n\nKen Ames and Bill Otway met in London on Friday. The prime minister said the talks went well.",
			[]roleBinding{{"The prime minister", 0, ""}}},
		// Not references: a predicate, a ranked office, a noun modifier.
		{"History lesson\n\nGeorge Hale was the president of the society in 1920. Mr Hale said the first president had been a farmer. Hale watched the premier league match.",
			[]roleBinding{{"the first president", 0, ""}}},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		for _, w := range tc.want {
			if got := roleTarget(d, w.phrase, w.n); got != w.want {
				t.Errorf("%q\n  %q #%d -> %q, want %q", tc.text, w.phrase, w.n, got, w.want)
			}
		}
	}
}

// TestOfficeRoleEntities: the country before a lower-case office is still
// named ("the US secretary of state"), and a country before a team is
// not turned into a role.
func TestOfficeRoleEntities(t *testing.T) {
	checkEntities(t, "Visit ends\n\nHe met Clara Dunn, the US secretary of state, in Rome.",
		[]string{"Country:United States", "Person:Clara Dunn", "City:Rome"}, nil)
	d := extractText(t, "Squad named\n\nHe was picked for the Ireland team in Dublin.")
	for _, m := range d.Mentions {
		if m.Kind == MentionRole && d.Text[m.Start:m.End] == "the Ireland team" {
			t.Errorf("the Ireland team became a role mention of %s", d.Entities[m.Entity].Name)
		}
	}
}

// TestCountryOfficeAndPartyRuns: "India's finance minister" is a role of
// India's, bound forward to the person an apposition names; a country or
// demonym before "Secretary of State" or "Chancellor of the Exchequer" is
// named apart from the title; a party adjective before role words with no
// name after them ("a Tory MP", "the Labour MP for Leeds") still names the
// party.
func TestCountryOfficeAndPartyRuns(t *testing.T) {
	text := "Ministers meet\n\nIn London on Thursday, India's finance minister attacked trade rules. " +
		"Ravi Menon, India's finance minister, argued for change. Kenya's president has defended the sale. " +
		"Japan's finance minister list was long."
	d := extractText(t, text)
	for _, w := range []roleBinding{{"finance minister attacked", 0, "Ravi Menon"}, {"finance minister, argued", 0, "Ravi Menon"}, {"president has", 0, ""}} {
		if got := roleTarget(d, w.phrase, w.n); got != w.want {
			t.Errorf("%q -> %q, want %q", w.phrase, got, w.want)
		}
	}
	if got := roleTarget(d, "finance minister list", 0); got != "" {
		t.Errorf("'Japan's finance minister list' bound to %q", got)
	}
	checkEntities(t, "Visit\n\nU.S. Secretary of State Clara Dunn met British Chancellor of the Exchequer Neil Gaunt in Rome.",
		[]string{"Country:United States", "Person:Clara Dunn", "Person:Neil Gaunt", "City:Rome"},
		[]string{"U.S. Secretary", "State Clara Dunn", "British Chancellor", "Exchequer Neil Gaunt"})
	checkEntities(t, "Row\n\nKen Ames, a Tory MP, objected. A Lib Dem MP, Sara Quinn, agreed. The Labour MP for Leeds, Tom Hale, left.",
		[]string{"Organization:Conservative Party", "Organization:Liberal Democrats", "Organization:Labour Party",
			"Person:Ken Ames", "Person:Sara Quinn", "Person:Tom Hale"},
		[]string{"Lib Dem MP", "Tory MP", "Labour MP"})
	// The department of labour is no party.
	checkEntities(t, "Talks\n\nThe Labour Minister, Sahib Rao, met unions in Delhi.", []string{"City:Delhi"}, []string{"Labour Party"})
}

// TestPlaceAndFirmTypes: constructions whose type came out wrong in
// politics and business stories.
func TestPlaceAndFirmTypes(t *testing.T) {
	tests := []entityCase{
		// A compass word before a known place is a region, not a person
		// named West; after a constituency's town only in British
		// politics and after "for"/"in".
		{"Poll\n\nVoters in West Yorkshire and North Wales backed Labour. The Labour MP for Ealing North, Tom Hale, agreed.",
			[]string{"Place:West Yorkshire", "Place:North Wales", "Place:Ealing North", "Person:Tom Hale"}, nil},
		{"Gig\n\nThe rapper Kanye West played in Leeds with West Ham fans watching.",
			[]string{"Person:Kanye West", "City:Leeds"}, []string{"Place:West Ham"}},
		// A one-word name between a place preposition and "in" a region.
		{"Seat\n\nHe is defending the Labour stronghold of Normanton in West Yorkshire.",
			[]string{"City:Normanton", "Place:West Yorkshire"}, nil},
		{"Firm\n\nShares of Liffe in London rose.", nil, []string{"City:Liffe"}},
		// Wire company names with a dotted "Corp." and research firms.
		{"Results\n\nMicrosoft Corp. Chief Executive Steve Ballmer said sales rose, said Ann Cole at Clearview Economics and Tim Ray of Solaris Asset Management.",
			[]string{"Organization:Microsoft Corp.", "Person:Steve Ballmer", "Organization:Clearview Economics", "Organization:Solaris Asset Management"},
			[]string{"Person:Microsoft Corp."}},
		// A one-name star after his occupation.
		{"Gig\n\nThe album features U2 frontman Bono and Coldplay.", []string{"Person:Bono"}, nil},
	}
	checkEntityCases(t, tests)
}

// TestCompanyReferences: a company's unit is named ("Fiat Auto"), "the
// company" right after the unit in the same clause is the unit, and "the
// company" is never a lone name seen only after place prepositions.
func TestCompanyReferences(t *testing.T) {
	tests := []struct {
		text string
		want []roleBinding
	}{
		{"Fiat shake-up\n\nFiat has named a new boss. Fiat said sales fell. Sergio Rossi has replaced Karl Demmer as chief executive of Fiat Auto, with Mr Demmer leaving the company. " +
			"Mr Rossi, who only joined the company last year, said Fiat would recover.",
			[]roleBinding{{"the company.", 0, "Fiat Auto"}, {"the company last", 0, "Fiat"}}},
		{"Airline cuts\n\nBritish Airways is to cut 600 jobs at Heathrow. The company, which has struggled since the attacks, said it must act. Flights from Heathrow to Paris will be cut.",
			[]roleBinding{{"The company", 0, "British Airways"}}},
		// A quotation naming the unit does not make it the speaker.
		{"Music sales\n\nEMI warned on profits. EMI said sales fell. \"EMI Music's sales have been lower than we expected,\" the company added.",
			[]roleBinding{{"the company", 0, "EMI"}}},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		for _, w := range tc.want {
			if got := roleTarget(d, w.phrase, w.n); got != w.want {
				t.Errorf("%q\n  %q #%d -> %q, want %q", tc.text, w.phrase, w.n, got, w.want)
			}
		}
	}
	checkEntities(t, "Deal\n\nHe met Sony Music and Fiat Auto bosses in Turin.",
		[]string{"Organization:Sony Music", "Organization:Fiat Auto", "City:Turin"}, []string{"Person:Sony Music"})
}

// TestPlaceNouns: region and town nouns type the name they frame, and
// particles inside known names ("Dar es Salaam") keep the name whole.
func TestPlaceNouns(t *testing.T) {
	checkEntities(t, "Aid\n\nIndonesia's northern province of Aceh suffered most. Aid reached the town of Wambo and Kerala province. He flew to Dar es Salaam.",
		[]string{"Place:Aceh", "City:Wambo", "Place:Kerala", "City:Dar es Salaam"}, []string{"Salaam"})
	// A region after a multiword name is a sports region, not a place.
	d := extractText(t, "Rugby\n\nThe demise of the Celtic Warriors region left him without a club.")
	if _, ok := entitySummary(d)["Place:Celtic Warriors"]; ok {
		t.Error("Celtic Warriors typed Place")
	}
}

// TestWireNames: wire-story names and titles.
func TestWireNames(t *testing.T) {
	text := "Talks urged\n\nSEOUL (Wire) - South Korean Foreign Minister Ban Ki-moon met Rep. Tom Lantos on Tuesday. " +
		"Secretary of State Clara Dunn said talks must resume. The secretary of state added that Kim Dae-jung had been right. " +
		"Home Secretary Ann Lyle was in London. The EU-wide plan was backed by Ford's UK-based unit."
	d := extractText(t, text)
	got := entitySummary(d)
	for _, w := range []string{"Person:Ban Ki-moon", "Person:Tom Lantos", "Person:Clara Dunn", "Person:Kim Dae-jung",
		"Organization:European Union", "Country:United Kingdom"} {
		if _, ok := got[w]; !ok {
			t.Errorf("missing %s; have %v", w, keys(got))
		}
	}
	for _, n := range []string{"Person:Ban Ki", "Person:Rep. Tom Lantos", "Organization:Korean"} {
		if _, ok := got[n]; ok {
			t.Errorf("unexpected %s", n)
		}
	}
	// "The secretary of state" is the Secretary of State, not the home
	// secretary named later or earlier.
	if got := roleTarget(d, "The secretary of state", 0); got != "Clara Dunn" {
		t.Errorf("the secretary of state -> %q", got)
	}
}

// TestStockIndexes: share indices are not entities; an exchange named like
// its index is one when no index word follows.
func TestStockIndexes(t *testing.T) {
	checkEntities(t, "Markets\n\nThe Dow Jones index closed higher in New York, while the Nasdaq rose 0.9% and the FTSE 100 fell.",
		[]string{"City:New York"}, []string{"Dow Jones", "Nasdaq", "FTSE", "FTSE 100"})
	checkEntities(t, "Listing\n\nThe firm plans to list its shares on Nasdaq next year.", []string{"Organization:Nasdaq"}, nil)
}

// TestStaffRoleObjects: the object of a staff role ("president of X") is
// the body the person works for, even when its name looks like a person's
// or ends in a place; a possessive, a name the text treats as a person
// elsewhere and kinship nouns keep the person.
func TestStaffRoleObjects(t *testing.T) {
	tests := []entityCase{
		{"Deal\n\nSales will rise, said Lena Marsh, president of Corvalis Brightwater.",
			[]string{"Person:Lena Marsh", "Organization:Corvalis Brightwater"}, []string{"Person:Corvalis Brightwater"}},
		{"Data\n\nFiles can be saved, said Peter Dunn, managing director of Halloran Data Recovery. Halloran Data Recovery has six labs.",
			[]string{"Person:Peter Dunn", "Organization:Halloran Data Recovery"}, []string{"Person:Halloran Data Recovery"}},
		{"Films\n\nGina Roth, the chief executive of Kestrel Home Video America, backed the format.",
			[]string{"Person:Gina Roth", "Organization:Kestrel Home Video America"}, []string{"Person:Kestrel Home Video America"}},
		// A possessive after the name: the film is his, he is no firm.
		{"Film\n\nTom Reed, director of Steven Marlow's new film, said it was done.",
			[]string{"Person:Steven Marlow"}, []string{"Organization:Steven Marlow"}},
		// The text calls the name "Mr Fell": a person, whatever the role.
		{"Case\n\nJo Lane is the spokeswoman of Marcus Fell. Mr Fell said he would appeal.",
			[]string{"Person:Marcus Fell"}, []string{"Organization:Marcus Fell"}},
		// The firm before a role and its holder's name; a first name
		// keeps the person whose staff it is.
		{"Wine\n\nSales grew, said Corvalis North America president Dana Pryce.",
			[]string{"Person:Dana Pryce", "Organization:Corvalis North America"}, []string{"Person:Corvalis North America"}},
		{"Memo\n\nTony Blair spokesman Tom Kelly said the memo was old.",
			[]string{"Person:Tony Blair", "Person:Tom Kelly"}, []string{"Organization:Tony Blair"}},
		// Kinship is no staff role.
		{"Court\n\nThe son of Walter Greaves told the court he was innocent.",
			[]string{"Person:Walter Greaves"}, []string{"Organization:Walter Greaves"}},
		// A market role's employer after "at" or "with", even when its
		// first word is a first name; before the role and a name.
		{"Rates\n\nRates will rise, said Ann Cole, chief economist at Hattie Lorne.",
			[]string{"Person:Ann Cole", "Organization:Hattie Lorne"}, []string{"Person:Hattie Lorne"}},
		{"Shares\n\n\"It is cheap,\" said Raj Mehta, an analyst with Castell Brunwick.",
			[]string{"Organization:Castell Brunwick"}, []string{"Person:Castell Brunwick"}},
		{"Jobs\n\nThe figures were weak, said Vorlan Brisk economist Jo Hale.",
			[]string{"Person:Jo Hale", "Organization:Vorlan Brisk"}, []string{"Person:Vorlan Brisk"}},
		// A person met at a place, or a person's role, is no employer.
		{"Talks\n\nThe economist met at Carla Venn's house on Monday. Carla Venn said she was pleased.",
			[]string{"Person:Carla Venn"}, []string{"Organization:Carla Venn"}},
		// A body noun after the name: a newspaper, a division.
		{"Debt\n\nThe minister told the Harian Merdeka newspaper that aid was near.",
			[]string{"Organization:Harian Merdeka"}, []string{"Person:Harian Merdeka"}},
		{"Cars\n\nFiat may move Vescari into its Torre Alba division.",
			[]string{"Organization:Torre Alba"}, []string{"Person:Torre Alba"}},
		{"Art\n\nPete Dolan wrote to the newspaper about the sale.",
			[]string{"Person:Pete Dolan"}, []string{"Organization:Pete Dolan"}},
	}
	checkEntityCases(t, tests)
}

// entityCase is one text with the "Type:Name" entities it must and must
// not yield.
type entityCase struct {
	text      string
	want, not []string
}

// checkEntityCases extracts each case's text and reports every missing
// wanted entity and every unwanted one present.
func checkEntityCases(t *testing.T, tests []entityCase) {
	t.Helper()
	for _, tc := range tests {
		got := entitySummary(extractText(t, tc.text))
		for _, w := range tc.want {
			if _, ok := got[w]; !ok {
				t.Errorf("%q: missing %s; have %v", tc.text, w, keys(got))
			}
		}
		for _, n := range tc.not {
			if _, ok := got[n]; ok {
				t.Errorf("%q: unexpected %s", tc.text, n)
			}
		}
	}
}

// TestBandsByNoun: a name after an act noun or "members of" is a music
// act, even when it opens with a first name ("band Franz Ferdinand"); a
// first name after "group", a possessive and a name the text calls Mr X
// keep the person.
func TestBandsByNoun(t *testing.T) {
	tests := []entityCase{
		{"Charts\n\nThe band Velvet Parade topped the chart this week.",
			[]string{"Organization:Velvet Parade"}, []string{"Person:Velvet Parade"}},
		{"Awards\n\nThe award went to quartet Harold Finch, whose album sold well.",
			[]string{"Organization:Harold Finch"}, []string{"Person:Harold Finch"}},
		{"Musical\n\nThe show uses songs by members of the Velbrook Zanes.",
			[]string{"Organization:Velbrook Zanes"}, []string{"Person:Velbrook Zanes"}},
		{"Charity\n\nThe group Anna Price founded raised £2m.",
			[]string{"Person:Anna Price"}, []string{"Organization:Anna Price"}},
		// A trade or home before "group" makes it a firm or a band even
		// after a first name, and the last word alone follows.
		{"Drugs\n\nDrugs group Walter Pembry is to cut jobs. Pembry also makes vaccines.",
			[]string{"Organization:Walter Pembry"}, []string{"Person:Walter Pembry", "Person:Pembry"}},
		{"Awards\n\nGlasgow group Harold Finch won two prizes.",
			[]string{"Organization:Harold Finch"}, []string{"Person:Harold Finch"}},
		{"Charity\n\nHer group Anna Price founded raised £2m.",
			[]string{"Person:Anna Price"}, []string{"Organization:Anna Price"}},
		{"Firm\n\nThree members of Carl Benton's staff left. Mr Benton said he was sad.",
			[]string{"Person:Carl Benton"}, []string{"Organization:Carl Benton"}},
	}
	checkEntityCases(t, tests)
}

// TestFirmNounBefore: a noun only firms bear, right before a name that
// opens with a first name, makes it an organisation even when the text
// has it speak ("the firm said"); a noun people share ("broadcaster") and
// a name the text calls Mr X keep the person.
func TestFirmNounBefore(t *testing.T) {
	tests := []entityCase{
		{"Loans\n\nUS mortgage company Martha Grove should restate its accounts. Martha Grove said it would comply.",
			[]string{"Organization:Martha Grove"}, []string{"Person:Martha Grove"}},
		{"Audit\n\nA report from investment firm Dennis Hartley valued the shares at 300p.",
			[]string{"Organization:Dennis Hartley"}, []string{"Person:Dennis Hartley"}},
		{"Obituary\n\nVeteran comedian and broadcaster Walter Pembry has died aged 88.",
			[]string{"Person:Walter Pembry"}, []string{"Organization:Walter Pembry"}},
		{"Deal\n\nThe bid came from agency Carol Stanton. Mr Stanton said he would wait.",
			[]string{"Person:Carol Stanton"}, []string{"Organization:Carol Stanton"}},
	}
	checkEntityCases(t, tests)
}
