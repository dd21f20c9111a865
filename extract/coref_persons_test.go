package extract

import "testing"

// TestPersonDescriptions: "the 26-year-old", "the Australian", "the
// Frenchman" stand for the person the text settles on: the one whose
// stated age or nationality agrees, else the one person of the nearest
// sentence naming any, unless the story's dominant person is another or
// two compete. A description that says what someone is, modifies a noun
// or follows a speaker in its own sentence binds nothing. Every sentence
// is invented.
func TestPersonDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
	}{
		{"age after the one recent person",
			"Transfer\n\nChelsea have signed Jiri Jarosik from CSKA Moscow. The 26-year-old joined on a four-year deal.",
			"The 26-year-old", "Jiri Jarosik"},
		{"demonym after the one recent person",
			"Tennis\n\nLleyton Hewitt reached the final in Sydney on Friday. The Australian will face Marat Safin on Sunday.",
			"The Australian", "Lleyton Hewitt"},
		{"stated age picks among two",
			"Athletics\n\nKelly Holmes, 34, and Paula Radcliffe, 31, were named in the squad. The 31-year-old won the race in New York.",
			"The 31-year-old", "Paula Radcliffe"},
		{"age at the end of the sentence",
			"Obituary\n\nActor Ossie Davis died in Miami at the age of 87. Former president Bill Clinton spoke at the service. The 87-year-old was found dead in his hotel room.",
			"The 87-year-old", "Ossie Davis"},
		{"stated nationality picks among two",
			"Tennis\n\nAustralian Lleyton Hewitt and Spaniard Carlos Moya met in Sydney. The Spaniard won in three sets.",
			"The Spaniard", "Carlos Moya"},
		{"a stated role picks the earlier person",
			"Film\n\nActor Paul Brandt is to star in a film set in Peru. The cast includes Maria Lopez, the star of Red River. On a visit to Lima, the 58-year-old actor said shooting starts in May.",
			"the 58-year-old actor", "Paul Brandt"},
		{"a role stated of no one leaves recency",
			"Film\n\nActor Paul Brandt is to star in a film set in Peru. The cast includes Maria Lopez, the star of Red River. On a visit to Lima, the 35-year-old singer said shooting starts in May.",
			"the 35-year-old singer", "Maria Lopez"},
		{"a past tense the tagger reads as an adjective",
			"Transfer\n\nTomas Dvorak, 27, played for Sparta Prague last season. The 27-year-old joined Fulham in January.",
			"The 27-year-old", "Tomas Dvorak"},
		{"an irregular past tense the tagger reads as a noun",
			"Tennis\n\nLleyton Hewitt reached the final in Sydney on Friday. The Australian won in Adelaide last year.",
			"The Australian", "Lleyton Hewitt"},
		{"a compound adjective after a demonym",
			"Energy\n\nAnalyst John Smith spoke on Monday. The Russian state-owned firm will sell the stake.",
			"The Russian", ""},
		{"a world ranking after the one recent person",
			"Tennis\n\nMarek Novak reached the final in Doha on Friday. The world number 12 will face Tim Henman on Sunday.",
			"The world number 12", "Marek Novak"},
		{"a stated world ranking picks among two",
			"Tennis\n\nWorld number one Marek Novak and Pavel Blaha won in Doha. The world number one will face Tim Henman on Sunday.",
			"The world number one", "Marek Novak"},
		{"a stated world ranking disagrees",
			"Tennis\n\nWorld number three Marek Novak won in Doha on Friday. The world number one lost in Dubai.",
			"The world number one", ""},
		{"nationality disagrees",
			"Tennis\n\nAmerican Andy Roddick won in Sydney on Friday. The Frenchman lost in the other semi-final.",
			"The Frenchman", ""},
		{"two compete",
			"Tennis\n\nAndy Roddick beat Tim Henman in Sydney. The 22-year-old will play again on Sunday.",
			"The 22-year-old", ""},
		{"a speaker in the same sentence is someone else",
			"Football\n\nArsene Wenger said the 22-year-old would be fit on Saturday.",
			"the 22-year-old", ""},
		{"a new clause about the sentence's subject",
			"Athletics\n\nPaula Radcliffe led for most of the race, but the Briton faded in the last mile.",
			"the Briton", "Paula Radcliffe"},
		{"a new clause about the subject after two persons",
			"Football\n\nManager Tom Harker said his side would win. Harker's own striker Leon Dace is fit again, but the Welshman admitted he was unsure.",
			"the Welshman", "Tom Harker"},
		{"a new clause after two persons, the topic elsewhere",
			"Football\n\nLeon Dace scored twice on Friday. Dace said he was happy. Harker's striker Tom Vale is fit again, but the Welshman was not picked.",
			"the Welshman", ""},
		{"demonym modifying a noun",
			"Energy\n\nAnalyst John Smith spoke on Monday. The Russian government will sell the firm.",
			"The Russian", ""},
		{"a people, not a person",
			"Rugby\n\nGareth Thomas led the side on Saturday. The Welsh won by ten points.",
			"The Welsh", ""},
		{"predicate",
			"Tennis\n\nLleyton Hewitt won on Friday. Marat Safin is the Russian who beat him last year.",
			"the Russian", ""},
		{"a person just named leaves the topic open",
			"Athletics\n\nPaula Radcliffe will run in London. Radcliffe won the race in 2002. Radcliffe is the favourite. Coach Alan Storey was not available. The 31-year-old has trained in Kenya.",
			"The 31-year-old", ""},
		{"agreement reaches further back",
			"Athletics\n\nPaula Radcliffe, 31, will run in London. She won in 2002. Her coach is Alan Storey. Storey was not available on Monday. Storey has trained runners in Kenya. The 31-year-old is the favourite.",
			"The 31-year-old", "Paula Radcliffe"},
		{"the topic among two in the sentence before",
			"Tennis\n\nTaylor Dent won in Sydney. Lleyton Hewitt lost in Adelaide. Hewitt lost to Dent in the quarter-final on Friday. Hewitt said he was tired. Hewitt lost to Dent again. The 23-year-old will rest.",
			"The 23-year-old", "Lleyton Hewitt"},
		{"an object is another person",
			"Tennis\n\nLleyton Hewitt lost in Adelaide on Friday. The top seed went down in two sets to the American.",
			"the American", ""},
		{"an object that agrees",
			"Tennis\n\nAmerican Taylor Dent won in Adelaide on Friday. The top seed went down in two sets to the American.",
			"the American", "Taylor Dent"},
		{"male demonym and a woman",
			"Tennis\n\nMaria Sharapova won in Tokyo. She beat her rival in two sets. The Frenchman lost in the men's event.",
			"The Frenchman", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}

// TestTeamRoleDescriptions: "the England defender", "the Leicester
// flanker" stand for the player the text settles on, and make them a
// member of the team; a person of another team, another position or
// outside sport, a possessor named in passing, a league and a person in
// the same sentence bind nothing. Every sentence is invented.
func TestTeamRoleDescriptions(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase string
		want               string // the referent, "" for none
		team               string // the memberOf object expected, "" for none
	}{
		{"national side after the one recent player",
			"Football\n\nJohn Terry scored twice as Chelsea beat Everton in the league. The England defender headed home from a corner.",
			"The England defender", "John Terry", "England"},
		{"club after the one recent player, as speaker",
			"Rugby\n\nMartin Corry has been named in the squad for the match. \"I am delighted to be back,\" said the Leicester flanker.",
			"the Leicester flanker", "Martin Corry", "Leicester"},
		{"age and team",
			"Football\n\nWayne Rooney is fit for the match against Arsenal in the league. The 19-year-old Everton striker trained on Friday.",
			"The 19-year-old Everton striker", "Wayne Rooney", "Everton"},
		{"an object the team narrows",
			"Football\n\nFrank Lampard has scored ten goals in the league this season. Real Madrid are keen to sign the England midfielder in the summer.",
			"the England midfielder", "Frank Lampard", "England"},
		{"an object after a person of its sentence",
			"Football\n\nWayne Rooney scored in the league match on Saturday. Paul Robinson saved twice from the England striker in the second half.",
			"the England striker", "", ""},
		{"stated with another club",
			"Football\n\nArsenal striker Thierry Henry missed the league match. The Chelsea striker will be fit for the cup tie.",
			"The Chelsea striker", "", ""},
		{"stated with another position",
			"Football\n\nPortsmouth striker Lomana LuaLua was fit for the league match. The Portsmouth goalkeeper made three saves in the first half.",
			"The Portsmouth goalkeeper", "", ""},
		{"a role outside sport",
			"Music\n\nR&B singer Craig David was in court over the club's match tickets. The Everton striker said he had paid for them.",
			"The Everton striker", "", ""},
		{"a possessor named in passing",
			"Football\n\nHe met Frank Lampard's cross at the far post for the goal in the league match. The Chelsea midfielder said it was a fine ball.",
			"The Chelsea midfielder", "", ""},
		{"a league is no team",
			"Football\n\nCeltic have signed Aiden McGeady in the league. The Scottish Premier League midfielder joined on Friday.",
			"The Scottish Premier League midfielder", "", ""},
		{"a person in the same sentence",
			"Rugby\n\nClive Woodward believes the England captain should be a forward in the tries of the cup.",
			"the England captain", "", ""},
		{"a former player is no member",
			"Football\n\nAlan Shearer scored for Newcastle in the league. The former England striker will retire at the end of the season.",
			"The former England striker", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) { checkTeamRole(t, tc.text, tc.phrase, tc.want, tc.team) })
	}
}

// TestDescriptionBeforeAdverb: an adverb between a person description and
// its verb ("The Australian now faces ...") leaves the description the
// clause's subject; an adverb before a noun ("The Australian next season
// ...") does not make one. Every sentence is invented.
func TestDescriptionBeforeAdverb(t *testing.T) {
	for _, tc := range []struct {
		name, text, phrase, want string
	}{
		{"an adverb before the verb",
			"Tennis\n\nAustralian Lleyton Hewitt reached the semi-finals in Sydney on Friday. The Australian now faces Marat Safin in the final.",
			"The Australian", "Lleyton Hewitt"},
		{"an age description and an adverb",
			"Tennis\n\nRoger Federer, 23, reached the quarter-finals of the Dubai Open on Tuesday. The 23-year-old next meets Tommy Haas.",
			"The 23-year-old", "Roger Federer"},
		{"an adverb before a noun",
			"Tennis\n\nAustralian Lleyton Hewitt reached the semi-finals in Sydney on Friday. The Australian next season opens in Perth in January.",
			"The Australian", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			if got := nominalReferent(d, tc.phrase); got != tc.want {
				t.Errorf("%q resolves to %q, want %q", tc.phrase, got, tc.want)
			}
		})
	}
}

// checkTeamRole extracts text and checks whom phrase resolves to and which
// team the memberOf/team-role-coref fact names ("" for none).
func checkTeamRole(t *testing.T, text, phrase, want, team string) {
	t.Helper()
	d := extractText(t, text)
	if got := nominalReferent(d, phrase); got != want {
		t.Errorf("%q resolves to %q, want %q", phrase, got, want)
	}
	got := ""
	for _, f := range d.Facts {
		if f.Rule == "memberOf/team-role-coref" {
			got = d.Entities[f.Object].Name
		}
	}
	if got != team {
		t.Errorf("team-role memberOf object %q, want %q", got, team)
	}
}
