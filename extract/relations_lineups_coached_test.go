package extract

import "testing"

// TestCoachedPlayers: a side's coach opening a clause names his own
// players by a bare position, one or a plural's list; an opposing,
// former or named side's player, a transfer target, another body in the
// sentence, a person who runs no side and a possessive subject give
// nothing. Every text is invented.
func TestCoachedPlayers(t *testing.T) {
	const head = "Bell upbeat before derby\n\nRovers manager Tom Bell says his side are ready for the league match on Saturday.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"a coach praising his keeper", head + "Bell praised goalkeeper Sam Kerr for his calm display.",
			[]string{"Sam Kerr memberOf Organization:Rovers"}, nil},
		{"a coach with his side and role", head + "Rovers manager Tom Bell has backed captain Sam Kerr to lead by example.",
			[]string{"Sam Kerr memberOf Organization:Rovers"}, nil},
		{"a plural position's list", head + "But Bell also praised strikers Sam Kerr and Dan Voss.",
			[]string{"Sam Kerr memberOf Organization:Rovers", "Dan Voss memberOf Organization:Rovers"}, nil},
		{"a singular position's first name only", head + "Bell praised winger Sam Kerr and Dan Voss of the local paper.",
			[]string{"Sam Kerr memberOf Organization:Rovers"}, []string{"Dan Voss memberOf Organization:Rovers"}},
		{"an opposing player", head + "Bell clashed with opposing skipper Sam Kerr after the whistle.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a former player", head + "Bell paid tribute to former captain Sam Kerr on Friday.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a transfer target", head + "Bell wants to sign striker Sam Kerr in the summer.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"another body in the sentence", head + "Bell praised striker Sam Kerr of Albion after the game.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a person who runs no side", head + "Supporter Ian Moss praised striker Sam Kerr for his goal.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
		{"a possessive subject", head + "Bell's praise for striker Sam Kerr was warm.",
			nil, []string{"Sam Kerr memberOf Organization:Rovers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}
