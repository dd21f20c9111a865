package extract

import "testing"

// TestStorySidePlayers: in a team-news story about one side, whose
// manager the story names, the players told of as injured, suspended or
// partnered, to start or returning are its members, also when the
// sentence names the ground or the opponent of a match ("injured
// against Chelsea"); a manager sacked, a name after "at", a second
// side's manager, an opponent's player, a match report's
// sheets, a headline naming the other side only, a sentence naming
// another team, a player tied to another club, a player the side would
// sign, a dropped player, the side's staff and a side after a modal give
// nothing; a national side's news may name its players' clubs, but not
// another country's side. Every text is invented.
func TestStorySidePlayers(t *testing.T) {
	const head = "Rovers sweat on fitness\n\nRovers boss Tom Bell has a striker crisis before the league match on Saturday.\n\n"
	const national = "Wales sweat on fitness\n\nWales coach Tom Bell has injury worries before the friendly on Saturday.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"injured and suspended players", head + "Sam Kerr is ruled out with a knee injury. Dan Voss is suspended.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers"}, nil},
		{"players partnered", head + "Sam Kerr will be partnered by either Dan Voss or Piet Quill.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers", "Piet Quill memberOf Organization:Rovers"}, nil},
		{"players to start and return", head + "Sam Kerr will start alongside Dan Voss. Piet Quill returns after a month out.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers", "Piet Quill memberOf Organization:Rovers"}, nil},
		{"a manager sacked", head + "Bell was hired to succeed Sam Kerr, who was sacked after a poor start.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a ground taken for a person", head + "Kerr was pushing for a start at Hallam Tate on Saturday.",
			nil, []string{"Hallam Tate memberOf Organization:Rovers"}},
		{"a second side's manager", head + "Chelsea manager Ian Gault said his side were ready. Sam Kerr is ruled out with a knee injury.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a match report's sheets", head + "Sam Kerr is ruled out with a knee injury.\n\nWard, Mills, Lane. Subs not used: Weaver, Oduya.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a headline naming the other side only", "Chelsea fear the worst\n\nRovers boss Tom Bell has a striker crisis before the league match with Chelsea.\n\n" +
			"Sam Kerr is ruled out with a knee injury.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a sentence naming another team", head + "Sam Kerr was injured playing for Chelsea last week.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		// The ground or the opponent of a match ties the player to no
		// other body, unless it owns a player named after it.
		{"injured against an opponent, sent off at a ground", head + "Sam Kerr was injured against Chelsea last week. Dan Voss is suspended after being sent off at Burnley.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers"}, nil},
		{"doubt as a manner of speaking", head + "Rovers were without doubt the better side against Albion, Sam Kerr said.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"an opponent's player", head + "Dan Voss is suspended for a foul against Chelsea's Sam Kerr.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a player tied to another club", head + "Chelsea defender Sam Kerr is suspended for the match.",
			[]string{"Sam Kerr memberOf Organization:Chelsea"}, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a player the side would sign", head + "Bell would like to sign Sam Kerr in the summer. Kerr is injured at the moment.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a dropped player", head + "Bell has dropped Sam Kerr. Kerr was injured last week.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"the side's staff", head + "\"The injury is bad,\" team physiotherapist Sam Kerr said.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a side after a modal", head + "Sam Kerr was injured, but he could yet play for Rovers.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a national side's players with their clubs", national +
			"Rovers striker Sam Kerr is ruled out with a knee injury, so his Rovers team-mate Dan Voss is drafted in.",
			[]string{"Sam Kerr memberOf Organization:Wales", "Dan Voss memberOf Organization:Wales", "Sam Kerr memberOf Organization:Rovers"}, nil},
		{"another country's player in a national side's news", national +
			"Ireland flanker Sam Kerr is ruled out with a knee injury.",
			nil, []string{"Sam Kerr memberOf Organization:Wales"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}
