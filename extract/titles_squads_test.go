package extract

import "testing"

// TestSquadRoles: a side's name before a player's position makes him a
// member where the per-sentence rule does not read it: a side named after
// a country or a city, and a sentence about a move still to come; a
// finished signing says he left the club named before his position; a
// former side and a story about something else give nothing. Every text
// is invented.
func TestSquadRoles(t *testing.T) {
	const lead = "Squad named\n\nThe rugby squad was named for the league match on Saturday. "
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf and left facts
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
		{"a former side", lead + "Former England prop Jim Whitely is a capable pundit.",
			nil, []string{"Jim Whitely memberOf Organization:England"}},
		{"not a sports story", "Plant opens\n\nThe new plant opened in the town on Monday. Wales centre Sam Kerr cut the ribbon.",
			nil, []string{"Sam Kerr memberOf Organization:Wales"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf, Left), tc.want, tc.not)
		})
	}
}
