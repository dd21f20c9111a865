package extract

import "testing"

// TestSquadRoles: a side's name before a player's position makes him a
// member where the per-sentence rule does not read it: a side named after
// a country or a city, and a sentence about a move still to come; a
// finished signing says he left the club named before his position (and,
// signed by a club's manager, joined that club), unless it is a loan; a former side and a
// story about something else give nothing. Every text is invented.
func TestSquadRoles(t *testing.T) {
	const lead = "Squad named\n\nThe rugby squad was named for the league match on Saturday. "
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf, left and joined facts
	}{
		{"a country's side", lead + "England prop Jim Whitely is a capable player.",
			[]string{"Jim Whitely memberOf Organization:England"}, nil},
		{"a move still to come", "Kerr set for loan\n\nNewcastle striker Sam Kerr is set to join Celtic on loan in the league season.",
			[]string{"Sam Kerr memberOf Organization:Newcastle"}, nil},
		{"a bid to sign", "Rovers in race\n\nRovers have joined the race to sign Chelsea defender Sam Kerr in the football league.",
			[]string{"Sam Kerr memberOf Organization:Chelsea"}, nil},
		{"a passive join is no move", lead + "He could be joined on the sidelines by England centre Ollie Barker.",
			[]string{"Ollie Barker memberOf Organization:England"}, nil},
		{"a finished signing", "Rovers sign Kerr\n\nRovers have signed Chelsea defender Sam Kerr on a two-year deal in the football league.",
			[]string{"Sam Kerr left Organization:Chelsea"}, []string{"Sam Kerr memberOf Organization:Chelsea"}},
		{"signed by a club's manager", "Rovers sign Kerr\n\nRovers boss Tom Bell has signed Chelsea defender Sam Kerr on a two-year deal in the football league.",
			[]string{"Sam Kerr left Organization:Chelsea", "Sam Kerr joined Organization:Rovers", "Sam Kerr memberOf Organization:Rovers"}, nil},
		{"the player has joined", "Kerr moves\n\nChelsea defender Sam Kerr has joined Rovers on a two-year deal in the football league.",
			[]string{"Sam Kerr left Organization:Chelsea"}, []string{"Sam Kerr memberOf Organization:Chelsea"}},
		{"a side the entity stage did not name", lead + "Coach Tom Bell may call inexperienced Sale Sharks prop Andy Sheard into the front row.",
			[]string{"Andy Sheard memberOf Organization:Sale Sharks"}, nil},
		{"a capitalised word opening the sentence", lead + "Uncapped fly-half Andy Gold has been named in the squad.",
			nil, []string{"Andy Gold memberOf Organization:Uncapped"}},
		{"a lone nickname", lead + "Reds skipper Steve Gerard also revealed he is an admirer.",
			nil, []string{"Steve Gerard memberOf Organization:Reds"}},
		{"a nationality", lead + "The coach said South African flanker Schalk Burgess needed a rest.",
			nil, []string{"Schalk Burgess memberOf Organization:South African"}},
		{"a loan keeps the lending club", "Kerr on loan\n\nRovers have signed Chelsea defender Sam Kerr on loan in the football league.",
			[]string{"Sam Kerr memberOf Organization:Chelsea"}, []string{"Sam Kerr left Organization:Chelsea"}},
		{"a former side", lead + "Former England prop Jim Whitely is a capable pundit.",
			nil, []string{"Jim Whitely memberOf Organization:England"}},
		{"not a sports story", "Plant opens\n\nThe new plant opened in the town on Monday. Wales centre Sam Kerr cut the ribbon.",
			nil, []string{"Sam Kerr memberOf Organization:Wales"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf, Left, Joined), tc.want, tc.not)
		})
	}
}

// TestSideCredits: players credited with a side's score or captaincy, or
// missed by a side, are its members: a list of scorers, a scorer with the
// score between verb and side, a captain to come (also in a relative
// clause), a side without its players; "without doubt", an own goal, a
// score only hoped for and a past captaincy give nothing. Every text is
// invented.
func TestSideCredits(t *testing.T) {
	const lead = "Rovers win\n\nThe league match on Saturday was a cup tie for the club. "
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a list of scorers", lead + "Tom Hale, Sam Kerr and Dan Voss scored for Arsenal in the second half.",
			[]string{"Tom Hale memberOf Organization:Arsenal", "Sam Kerr memberOf Organization:Arsenal", "Dan Voss memberOf Organization:Arsenal"}, nil},
		{"the score between verb and side", lead + "Tom Hale scored the first two goals for Arsenal before the break.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"a captain to come", lead + "Tom Hale will captain Arsenal in the final.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"a captain in a relative clause", lead + "Hale, who will captain Arsenal in the final, was delighted. Tom Hale is 25.",
			[]string{"Tom Hale memberOf Organization:Arsenal"}, nil},
		{"a side without its players", lead + "Arsenal will be without injured winger Tom Hale and Sam Kerr on Saturday.",
			[]string{"Tom Hale memberOf Organization:Arsenal", "Sam Kerr memberOf Organization:Arsenal"}, nil},
		{"without doubt", lead + "Arsenal were without doubt the better side, Tom Hale said.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"an own goal", lead + "Tom Hale scored an own goal for Arsenal before the break.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"a score only hoped for", lead + "Tom Hale hopes to score for Arsenal before the break.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
		{"a past captaincy", lead + "Tom Hale captained Arsenal for seven seasons.",
			nil, []string{"Tom Hale memberOf Organization:Arsenal"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}

// TestFixtureHeadlineSheets: a fixture headline ("Rovers v Athletic
// (Fri)") makes a sports story, so a preview's labelled team sheet is read
// though the prose has no other word of the game; the same text under a
// headline without "v" is no sports story. Every text is invented.
func TestFixtureHeadlineSheets(t *testing.T) {
	const body = "\n\nRovers have brought in Tom Ward, Sam Mills, Dan Lane, Piet Flood, Ian Boyd, Ted Prior and Ron Nash " +
		"for the visit of Athletic on Friday night, and the weather is expected to be fine.\n\n" +
		"Rovers: Ward; Mills, Lane, Flood, Boyd; Prior, Nash; Hale, Quill, Reyes; Fenn, Kerr, Voss, Yale, Gault.\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a fixture headline", "Rovers v Athletic (Fri)" + body,
			[]string{"Tom Ward memberOf Organization:Rovers", "Hale memberOf Organization:Rovers"}, nil},
		{"no fixture in the headline", "Rovers and Athletic on Friday" + body,
			nil, []string{"Tom Ward memberOf Organization:Rovers", "Hale memberOf Organization:Rovers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}
