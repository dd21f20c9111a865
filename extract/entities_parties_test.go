package extract

import (
	"testing"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// TestPartyEntities: parties named by their adjective before a title
// ("Labour MP X", "Tory MPs") are organisations apart from the person, and
// their short forms accumulate as aliases on one node.
func TestPartyEntities(t *testing.T) {
	tests := []struct {
		text    string
		want    []string // "Type:Name"
		not     []string // names that must not be entities
		aliases map[string][]string
	}{
		{"Labour MP Jane Orton said the plan was flawed.",
			[]string{"Organization:Labour Party", "Person:Jane Orton"},
			[]string{"Labour MP Jane Orton", "MP Jane Orton"},
			map[string][]string{"Labour Party": {"Labour"}}},
		{"Tory MPs were furious. The Conservatives said the Tories would win.",
			[]string{"Organization:Conservative Party"},
			[]string{"Tory MPs", "MPs"},
			map[string][]string{"Conservative Party": {"Tory", "Conservatives", "Tories"}}},
		{"Lib Dem MP Sara Quinn and Liberal Democrat leader Tom Hale spoke.",
			[]string{"Organization:Liberal Democrats", "Person:Sara Quinn", "Person:Tom Hale"},
			[]string{"Lib Dem MP Sara Quinn"},
			map[string][]string{"Liberal Democrats": {"Lib Dem", "Liberal Democrat"}}},
		{"He left, and Democratic Senator Carl Dunn and Republican Senator Amy Reeve objected.",
			[]string{"Organization:Democratic Party", "Organization:Republican Party", "Person:Carl Dunn", "Person:Amy Reeve"},
			[]string{"Democratic Senator Carl Dunn"}, nil},
		{"UKIP, the SNP and Plaid Cymru all stood against Labour in Leeds.",
			[]string{"Organization:UK Independence Party", "Organization:Scottish National Party",
				"Organization:Plaid Cymru", "Organization:Labour Party"},
			nil, nil},
		// Negatives: the department of labour; country members; the
		// lower-case word; a bare "Conservatives" outside British politics.
		{"Indian Labour Minister Sahib Rao met unions in Delhi.",
			[]string{"Person:Sahib Rao"}, []string{"Labour Party"}, nil},
		{"Iranian MPs voted against the deal in Tehran.",
			[]string{"City:Tehran"}, []string{"Iranian MPs"}, nil},
		{"Tehran's parliament met. Conservatives in parliament say the stake should be cut.",
			nil, []string{"Conservative Party"}, nil},
		{"The labour market in Leeds tightened as labour costs rose.",
			[]string{"City:Leeds"}, []string{"Labour Party"}, nil},
		// A body word opening a name, or a party's head, goes on past
		// "of" or "for" with the name after it, a place included: the
		// place is part of the body's name, not an entity of its own.
		{"Lena Moretti of the Brothers of Italy spoke in Leeds.",
			[]string{"Organization:Brothers of Italy", "Person:Lena Moretti"}, []string{"Italy", "Brothers"}, nil},
		{"The far-right Alternative for Germany came second in Dresden.",
			[]string{"Organization:Alternative for Germany"}, []string{"Germany"}, nil},
		{"Ion Rusu, a member of the Party of Renewal, spoke in Leeds.",
			[]string{"Organization:Party of Renewal"}, []string{"Renewal"}, nil},
		{"The Movement for Democratic Change won in Harare.",
			[]string{"Organization:Movement for Democratic Change"}, []string{"Movement"}, nil},
		// Negatives: a person after "of"; a role of a country; a bank's
		// possessive; people; a studio before its town.
		{"The Labour Party of Tony Blair won in Leeds.",
			[]string{"Organization:Labour Party", "Person:Tony Blair"}, []string{"Labour Party of Tony Blair"}, nil},
		{"The President of France spoke in Leeds.",
			[]string{"Country:France"}, []string{"President of France"}, nil},
		{"The Bank of England's governor spoke in Leeds.",
			[]string{"Organization:Bank of England"}, []string{"England"}, nil},
		{"Yesterday the people of Italy voted.",
			[]string{"Country:Italy"}, nil, nil},
		{"Warner Brothers of Hollywood made the film.",
			[]string{"Organization:Warner Brothers"}, []string{"Warner Brothers of Hollywood"}, nil},
		// A party's plural names it in a story that names the party;
		// alone it is no entity.
		{"Sweden's Green Party met on Sunday. The Greens, whose leader Eva Lind will be a minister, had stayed out.",
			[]string{"Organization:Green Party"}, []string{"Greens"},
			map[string][]string{"Green Party": {"Greens"}}},
		{"The Liberals chose Tom Hale. The Liberal Party of Canada met in Ottawa.",
			[]string{"Organization:Liberal Party of Canada"}, []string{"Liberals"},
			map[string][]string{"Liberal Party of Canada": {"Liberals"}}},
		{"The Greens said the plan would fail in Leeds.",
			[]string{"City:Leeds"}, []string{"Greens"}, nil},
		// A foreign name's own acronym in brackets, mixed in case, makes
		// the name one body; a known place keeps its type.
		{"Jan Nowak of the outgoing Law and Justice (PiS) government spoke. Ewa Lis of PiS agreed.",
			[]string{"Organization:Law and Justice"}, []string{"Justice"},
			map[string][]string{"Law and Justice": {"PiS"}}},
		{"Voters in Bosnia and Herzegovina (BiH) went to the polls.",
			[]string{"Country:Bosnia and Herzegovina"}, []string{"Law and Justice"}, nil},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		checkEntities(t, tc.text, tc.want, tc.not)
		got := entitySummary(d)
		for name, als := range tc.aliases {
			var e *Entity
			for i := range d.Entities {
				if d.Entities[i].Name == name {
					e = &d.Entities[i]
				}
			}
			if e == nil {
				t.Errorf("%q: no %s; have %v", tc.text, name, keys(got))
				continue
			}
			for _, al := range als {
				if !textseg.Contains(e.Aliases, al) {
					t.Errorf("%q: %s aliases %v lack %q", tc.text, name, e.Aliases, al)
				}
			}
		}
	}
}

// TestWireShapes: datelines name the city in normal case (no all-capital
// alias) and the agency; dotted abbreviations resolve; a surname that is a
// common word opening a sentence still names the person met before.
func TestWireShapes(t *testing.T) {
	d := extractText(t, "Deal agreed\n\nWASHINGTON (Reuters) - President George W. Bush said on Tuesday the U.S. would back the U.N. plan. "+
		"Bush told reporters the E.U. agreed.")
	got := entitySummary(d)
	for _, w := range []string{"City:Washington", "Organization:Reuters", "Person:George W. Bush",
		"Country:United States", "Organization:United Nations", "Organization:European Union"} {
		if _, ok := got[w]; !ok {
			t.Errorf("missing %s; have %v", w, keys(got))
		}
	}
	if e := got["City:Washington"]; textseg.Contains(e.Aliases, "WASHINGTON") {
		t.Errorf("Washington keeps the dateline capitals as alias: %v", e.Aliases)
	}
	if e := got["Person:George W. Bush"]; !textseg.Contains(e.Aliases, "Bush") {
		t.Errorf("Bush not an alias of George W. Bush: %v", e.Aliases)
	}
	n := 0
	for _, m := range d.Mentions {
		if d.Entities[m.Entity].Name == "George W. Bush" && m.Kind == MentionName {
			n++
		}
	}
	if n != 2 {
		t.Errorf("George W. Bush has %d name mentions, want 2 (the sentence-initial Bush)", n)
	}
	d = extractText(t, "LONDON, March 3 (AP) -- Shares rose in London.")
	got = entitySummary(d)
	for _, w := range []string{"City:London", "Organization:Associated Press"} {
		if _, ok := got[w]; !ok {
			t.Errorf("missing %s; have %v", w, keys(got))
		}
	}
	checkEntities(t, "UN meets\n\nUNITED NATIONS (Reuters) - The Security Council met on Monday.",
		[]string{"Organization:United Nations", "Organization:Reuters"}, []string{"UNITED NATIONS"})
	// Negative: a sentence-initial common word that no earlier name ends
	// in stays a word.
	checkEntities(t, "Shares fell. Bush fires swept the hills near Perth.", []string{"City:Perth"}, []string{"Bush"})
}

// TestSportsAdjectiveGlue: capitalised adjectives before a sports
// descriptor ("Sydney Olympic 100m champion and world indoor record
// holder X", "British Olympic relay gold medallists X and Y",
// "Commonwealth 100m champion X") are not names; an office title after a
// body's name still is ("Commonwealth secretary-general X").
func TestSportsAdjectiveGlue(t *testing.T) {
	tests := []struct {
		text      string
		want, not []string
	}{
		// The Games' city is still named.
		{"Sydney Olympic 100m champion and world indoor record holder Luis Moreno will race.",
			[]string{"Person:Luis Moreno", "City:Sydney"}, []string{"Sydney Olympic"}},
		{"He joins British Olympic relay gold medallists Tom Hale and Sam Orton in the line-up.",
			[]string{"Person:Tom Hale", "Person:Sam Orton"}, []string{"British Olympic"}},
		{"World and Commonwealth 100m champion Kim Doyle will compete in Leeds.",
			[]string{"Person:Kim Doyle", "City:Leeds"}, []string{"Commonwealth of Nations"}},
		// Negatives: a body's office, a body's full name.
		{"Commonwealth secretary-general Don Hale spoke in London.",
			[]string{"Organization:Commonwealth of Nations", "Person:Don Hale"}, nil},
		{"British Olympic Association chairman Colin Reed agreed.",
			[]string{"Organization:British Olympic Association", "Person:Colin Reed"}, nil},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.not)
	}
}

// TestLabourTheWord: "Labour" opening a sentence before an economic noun
// is the word, not the party; before a verb it is the party.
func TestLabourTheWord(t *testing.T) {
	checkEntities(t, "Prices rose. Labour costs climbed in Leeds.", []string{"City:Leeds"}, []string{"Labour Party"})
	checkEntities(t, "Prices rose. Labour market data came out in Leeds.", []string{"City:Leeds"}, []string{"Labour Party"})
	checkEntities(t, "Prices rose. Labour said the rise hurt Leeds.", []string{"Organization:Labour Party", "City:Leeds"}, nil)
}

// TestLeadInRole: a story's lead-in role phrase ("its chief has said")
// binds to the untitled person the next sentences introduce, and a
// leader role makes them leaderOf the organisation the lead names.
func TestLeadInRole(t *testing.T) {
	tests := []struct {
		text   string
		leader string // "Person>Org" expected leaderOf, or ""
		bound  string // person the role mention resolves to, or ""
	}{
		{"Plants to close\n\nAcme Foods plans to close two plants, its chief executive has said.\n\nTom Reed told staff the move would save money.",
			"Tom Reed>Acme Foods", "Tom Reed"},
		{"Vans\n\nZorvex is to enter the van market, the firm's chief has told reporters.\n\nSpeaking in Geneva, Helmut Krane predicted strong demand.",
			"Helmut Krane>Zorvex", "Helmut Krane"},
		// A non-leader role binds but leads nothing.
		{"Zorvex will cut jobs, its finance director has said.\n\nAnna Holm told analysts costs were too high.",
			"", "Anna Holm"},
		// Negatives: no speech verb; the next person has a title of
		// their own; nobody is named soon enough.
		{"Zorvex beat its chief rival in Paris.\n\nTom Reed was pleased.", "", ""},
		{"Zorvex will cut jobs, its chief has said.\n\nRival boss Tom Reed was pleased.", "", ""},
		{"Zorvex will cut jobs, its chief has said.\n\nCosts rose. Sales fell. Profits slid. Margins shrank.\n\nTom Reed was pleased.", "", ""},
	}
	for _, tc := range tests {
		d := extractText(t, tc.text)
		got := ""
		for _, f := range d.Facts {
			if f.Predicate == LeaderOf && f.Rule == ruleLeadRole {
				got = d.Entities[f.Subject].Name + ">" + d.Entities[f.Object].Name
			}
		}
		if got != tc.leader {
			t.Errorf("%q: leaderOf %q, want %q", tc.text, got, tc.leader)
		}
		bound := ""
		for _, m := range d.Mentions {
			if m.Kind == MentionRole && d.Entities[m.Entity].Type == Person && m.Sentence <= 2 {
				bound = d.Entities[m.Entity].Name
			}
		}
		if bound != tc.bound {
			t.Errorf("%q: role bound to %q, want %q", tc.text, bound, tc.bound)
		}
	}
}

// TestPossessiveAlias: "X's" is an alias only where it stands as a whole
// name ("McDonald's said"); a plain possessive ("BBC Radio 4's Today
// programme", "Zorvex's chief") adds none, and a country's office is not
// one name with it.
func TestPossessiveAlias(t *testing.T) {
	d := extractText(t, "He told BBC Radio 4's Today programme he was sorry. Zorvex's chief agreed with Zorvex's board.")
	for _, e := range d.Entities {
		for _, al := range e.Aliases {
			if al == "BBC Radio 4's" || al == "Zorvex's" {
				t.Errorf("%s has possessive alias %q", e.Name, al)
			}
		}
	}
	d = extractText(t, "Shares in Grubb's rose. Grubb's said sales were strong.")
	if e, ok := entitySummary(d)["Organization:Grubb"]; !ok || !textseg.Contains(e.Aliases, "Grubb's") {
		t.Errorf("Grubb's lost its name alias: %v", keys(entitySummary(d)))
	}
	checkEntities(t, "The UK's Office of Fair Trading began an inquiry.",
		[]string{"Country:United Kingdom", "Organization:Office of Fair Trading"}, []string{"UK's Office of Fair Trading"})
}

// TestCityTeams: a city used as the subject of a plural verb is the club
// named after it, throughout the text; a town with a singular verb stays
// a city.
func TestCityTeams(t *testing.T) {
	checkEntities(t, "Norwich have signed midfielder Tom Reed. He joins Norwich on loan.",
		[]string{"Organization:Norwich", "Person:Tom Reed"}, nil)
	d := extractText(t, "Norwich has a new cathedral spire. Tourists flock to Norwich.")
	if _, ok := entitySummary(d)["City:Norwich"]; !ok {
		t.Errorf("Norwich with a singular verb lost its city type: %v", keys(entitySummary(d)))
	}
}

// TestPoliticsWireNames: a known name opening a longer run at a sentence
// start ("Plaid Cymru MP X"), dotted initials inside a known name, and
// letter compounds ("U-turn") that are common nouns.
func TestPoliticsWireNames(t *testing.T) {
	checkEntities(t, "He spoke. Plaid Cymru MP Elin Rhys said Wales would gain.",
		[]string{"Organization:Plaid Cymru", "Person:Elin Rhys", "Country:Wales"}, []string{"Cymru"})
	checkEntities(t, "A spokesman for the U.N. Security Council said the U.S. State Department agreed.",
		[]string{"Organization:UN Security Council", "Organization:US State Department"}, []string{"U.N. Security Council"})
	checkEntities(t, "Tory leader Tom Hale accused Mr Blair of a U-turn on X-ray checks.",
		[]string{"Organization:Conservative Party", "Person:Tom Hale"}, []string{"U-turn", "X-ray"})
}

// TestFirstNameTowns: a lone first name that is also a town ("David",
// "Sydney") names the person the text called by that first name when it
// is a clause subject; with two such persons it names neither the town
// nor anyone; as an object or after "in" it stays the town.
func TestFirstNameTowns(t *testing.T) {
	d := extractText(t, "Sydney Smith flew home. Sydney said it was fun.")
	if e, ok := entitySummary(d)["Person:Sydney Smith"]; !ok || !textseg.Contains(e.Aliases, "Sydney") {
		t.Errorf("Sydney did not join Sydney Smith: %v", keys(entitySummary(d)))
	}
	checkEntities(t, "David Cole was named coach. David Marr said he was happy. \"I believe David will lead,\" he said.",
		[]string{"Person:David Cole", "Person:David Marr"}, []string{"David"})
	checkEntities(t, "Sydney Smith loved Sydney. She flew to Sydney again.",
		[]string{"Person:Sydney Smith", "City:Sydney"}, nil)
}

// TestShortEventNames: a shorter event name joins the one longer name it
// abbreviates; a dropped discriminator ("Indoor") or two candidates keep
// it apart.
func TestShortEventNames(t *testing.T) {
	d := extractText(t, "Leeds hopes to host the 2011 Rugby World Cup. Officials said the 2011 World Cup bid was strong.")
	if e, ok := entitySummary(d)["Event:2011 Rugby World Cup"]; !ok || !textseg.Contains(e.Aliases, "2011 World Cup") {
		t.Errorf("2011 World Cup did not join: %v", keys(entitySummary(d)))
	}
	checkEntities(t, "She won at the 2003 World Indoor Championships and hopes to win the World Championships in Helsinki.",
		[]string{"Event:2003 World Indoor Championships", "Event:World Championships"}, nil)
	checkEntities(t, "He won the 2003 Soul Train Awards and the 2004 Soul Train Awards before the Soul Train Awards moved.",
		[]string{"Event:2003 Soul Train Awards", "Event:2004 Soul Train Awards"}, nil)
}

// TestNamedWorks: titles of works and products named right after a
// common noun for them, virus names, bare model codes and a city's people
// are not organisations; companies with digits in their names are.
func TestNamedWorks(t *testing.T) {
	checkEntities(t, "The band released their album Stakonia in Leeds. The Netsky worm spread.",
		[]string{"City:Leeds"}, []string{"Stakonia", "Netsky"})
	checkEntities(t, "Airbus said the A380 would fly. Londoners cheered.",
		[]string{"Organization:Airbus"}, []string{"A380", "Londoners"})
	checkEntities(t, "Shares in O2 rose after VH1 signed a deal. Forster said so.",
		[]string{"Organization:O2", "Organization:VH1"}, nil)
}

// TestSurnameFirstNames: hyphenated East Asian given names stay whole
// ("Roh Moo-hyun"), and a titled name's first word alone names the same
// person ("Roh said"); lower-case tails that are English words still
// split ("Aberdeen-based").
func TestSurnameFirstNames(t *testing.T) {
	d := extractText(t, "South Korea's president Roh Moo-hyun said he was disappointed. Roh told lawmakers that Seoul would keep talking.")
	if e, ok := entitySummary(d)["Person:Roh Moo-hyun"]; !ok || !textseg.Contains(e.Aliases, "Roh") {
		t.Errorf("Roh Moo-hyun not whole or Roh not joined: %v", keys(entitySummary(d)))
	}
	checkEntities(t, "The Aberdeen-based firm hired staff.", []string{"City:Aberdeen"}, []string{"Aberdeen-based"})
	// Negative: an untitled pair of unknown words does not lend its first
	// word to a lone mention.
	d = extractText(t, "He saw Zorvan Plenty in Leeds. Zorvan said it was pleased.")
	for _, e := range d.Entities {
		if e.Type == Person && textseg.Contains(e.Aliases, "Zorvan") {
			t.Errorf("untitled %s took the lone first word as alias", e.Name)
		}
	}
}

// TestNicknameTeams: a plural common word before a team role and a name
// is the team's nickname ("Wallabies captain X"); a common word before a
// name without a team role stays a word.
func TestNicknameTeams(t *testing.T) {
	checkEntities(t, "He scored twice. Wallabies captain Tom Gregg said the win was deserved.",
		[]string{"Organization:Wallabies", "Person:Tom Gregg"}, nil)
	checkEntities(t, "Fans were furious. Canaries boss Nigel Worth said so.",
		[]string{"Organization:Canaries", "Person:Nigel Worth"}, nil)
	checkEntities(t, "He scored twice. Results showed Tom Gregg was right.",
		[]string{"Person:Tom Gregg"}, []string{"Results"})
	checkEntities(t, "He scored twice. Officials told Tom Gregg to wait.",
		[]string{"Person:Tom Gregg"}, []string{"Officials"})
}

// TestPartyRolePhrases: "the Lib Dem leader" refers back to the leader
// the text named with that party, not to another party's leader.
func TestPartyRolePhrases(t *testing.T) {
	d := extractText(t, "Lib Dem leader Carl Dunn spoke. Tory leader Amy Reeve agreed. The Lib Dem leader said no. The Tory leader said yes.")
	want := []string{"Carl Dunn", "Amy Reeve"}
	var got []string
	for _, m := range d.Mentions {
		if m.Kind == MentionRole {
			got = append(got, d.Entities[m.Entity].Name)
		}
	}
	if len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("role phrases resolved to %v, want %v", got, want)
	}
}

// TestRoleWordOpensName: a capitalised role word after "the" that opens
// a name ending in a head word is part of the name ("the Premier
// League", "the Prince Edward Theatre"), not a title before a person.
func TestRoleWordOpensName(t *testing.T) {
	checkEntities(t, "He wants to stay in the Premier League with Leeds.",
		[]string{"Organization:Premier League"}, []string{"League"})
	checkEntities(t, "The show moves to the Prince Edward Theatre in London.",
		[]string{"Place:Prince Edward Theatre", "City:London"}, []string{"Edward Theatre"})
	checkEntities(t, "He met the President George Bush in London.",
		[]string{"Person:George Bush"}, []string{"President George Bush"})
}

// TestForeignCompanyShort: "the Boerse" is Deutsche Boerse's short form.
func TestForeignCompanyShort(t *testing.T) {
	d := extractText(t, "Deutsche Boerse raised its offer. Officials said the Boerse would wait.")
	if e, ok := entitySummary(d)["Organization:Deutsche Boerse"]; !ok || !textseg.Contains(e.Aliases, "Boerse") {
		t.Errorf("Boerse did not join Deutsche Boerse: %v", keys(entitySummary(d)))
	}
}

// TestAcronymOpensSentence: an all-capital acronym spelled like a
// pronoun ("US") still names its country at a sentence start; camel-case
// product words make a run no person's name.
func TestAcronymOpensSentence(t *testing.T) {
	checkEntities(t, "He spoke. US firm Vonage also offers a service.",
		[]string{"Country:United States", "Organization:Vonage"}, nil)
	d := extractText(t, "Millions use the Skype VoIP service in Leeds.")
	for _, e := range d.Entities {
		if e.Type == Person {
			t.Errorf("%s typed Person", e.Name)
		}
	}
}

// TestMovementNames: a name ending in "-ist(s)" is a party or movement
// ("Ulster Unionist leader X"), unless all its words are common ones (an
// award or a film title).
func TestMovementNames(t *testing.T) {
	checkEntities(t, "He spoke. Ulster Unionist leader Tom Hale met officials.",
		[]string{"Organization:Ulster Unionist", "Person:Tom Hale"}, nil)
	checkEntities(t, "She won Best Breakthrough Artist in Leeds.", []string{"City:Leeds"}, []string{"Best Breakthrough Artist"})
}

// TestParliamentNames: a parliament known by its own word ("Verkhovna
// Rada") is an organisation, not a person named by two unknown words.
func TestParliamentNames(t *testing.T) {
	checkEntities(t, "Budget passed\n\nKIEV, May 2 (Reuters) - The Verkhovna Rada voted on Tuesday to approve the budget.",
		[]string{"Organization:Verkhovna Rada"}, nil)
}

// TestPartyOfPlace: a party's name goes on with "of" and a known place
// ("Conservative Party of Canada"); a person after "of" is no part of it.
func TestPartyOfPlace(t *testing.T) {
	tests := []struct {
		text   string
		want   []string
		notAny []string
	}{
		{"The Liberal Party of Norway chose Tom Reed as leader.",
			[]string{"Organization:Liberal Party of Norway", "Person:Tom Reed"}, []string{"Liberal Party"}},
		{"Delegates of the Socialist Party of Peru met in Lima.",
			[]string{"Organization:Socialist Party of Peru", "City:Lima"}, nil},
		// Two known places joined by "and" both belong to it.
		{"The Liberal Party of Norway and Sweden chose Tom Reed as leader.",
			[]string{"Organization:Liberal Party of Norway and Sweden", "Person:Tom Reed"}, []string{"Liberal Party of Norway"}},
		{"Voters backed the Green Party of Scotland and Wales on Thursday.",
			[]string{"Organization:Green Party of Scotland and Wales"}, []string{"Green Party of Scotland"}},
		// ...not when the second place owns the next name.
		{"The Liberal Party of Norway and Sweden's Social Democrats met in Oslo.",
			[]string{"Organization:Liberal Party of Norway"}, []string{"Liberal Party of Norway and Sweden"}},
		// Negatives: a person, or an unknown word, after "of".
		{"Tom Reed praised the Labour Party of Anna Moreno on Monday.",
			[]string{"Organization:Labour Party", "Person:Anna Moreno"}, []string{"Labour Party of Anna Moreno"}},
		{"The Green Party of Tomorrow Ltd split.",
			nil, []string{"Green Party of Tomorrow"}},
	}
	for _, tc := range tests {
		checkEntities(t, tc.text, tc.want, tc.notAny)
	}
}
