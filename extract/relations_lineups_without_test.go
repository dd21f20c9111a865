package extract

import "testing"

// TestAbsentPlayers: a side, its coach, or a side a ", who" clause hangs
// on is without its own players, and so is the side or coach opening the
// clause after a fronted "Even without X,"; a person who runs no side, a
// fronted absence before another kind of subject, a name before the
// fronted "without", "without doubt" and "without the services of" give
// nothing. Every text is invented.
func TestAbsentPlayers(t *testing.T) {
	const head = "Rovers face injury worries\n\nRovers manager Tom Bell has named his squad for the league match against Albion on Saturday.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a coach already without players with their positions", head +
			"Bell is already without centre Sam Kerr and flanker Dan Voss for the game.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers"}, nil},
		{"players behind a descriptor", head +
			"Bell is already without Cup winners Sam Kerr and Dan Voss through injury.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers"}, nil},
		{"a side that has been without players", head +
			"It is another blow for Rovers, who have been without Sam Kerr, Dan Voss and Piet Quill for weeks.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers", "Piet Quill memberOf Organization:Rovers"}, nil},
		{"a fronted absence before the side", head +
			"Even without Sam Kerr, Rovers won their fifth game in a row.",
			[]string{"Sam Kerr memberOf Organization:Rovers"}, nil},
		{"a fronted absence before the coach", head +
			"Despite being without players like Sam Kerr and Dan Voss, manager Tom Bell remains calm.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers"}, nil},
		{"a person who runs no side", head +
			"Referee Ian Moss is already without Sam Kerr as his assistant.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a fronted absence before another subject", head +
			"Even without Sam Kerr, the crowd was the biggest of the season.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a name before the fronted absence", head +
			"Albion, even without Sam Kerr, Rovers said they would win.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"the services of a player", head +
			"Rovers won the cup without the services of Sam Kerr.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"without doubt", head +
			"Rovers were without doubt the better side against Albion, Sam Kerr said.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}
