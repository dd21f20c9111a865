package extract

import (
	"strings"
	"testing"
)

// TestUnlabelledSheets: team sheets printed without their labels go to
// the headline's sides in order, home first, with a rugby side's
// replacements; only players the prose names in full get a fact; no
// score headline, one sheet alone, a bench before any side, or prose
// tying a player to the other side leave the sheets unread. Every text is
// invented.
func TestUnlabelledSheets(t *testing.T) {
	const prose = "Rovers moved up the table after a scrappy win over Athletic at the weekend in the league match. " +
		"Tom Hale scored twice for the hosts, and Dan Voss pulled one back before Piet Quill and Sam Yale both went close.\n\n"
	const home = "Ward, Mills, Lane, Flood, Hale (Kerr 70), Boyd, Prior, Nash, Quill, Reyes, Fenn.\n\nSubs not used: Weaver, Oduya.\n\n"
	const away = "Cole, Dunmore, Pike, Rusk, Voss, Tarn, Yale, Gault, Hume, Iles, Jory.\n\nSubs not used: Kemp, Lusk.\n\n"
	const rugbyProse = "Riverton beat Dunmore in the league with tries from Ian Morven and Lee Bask, and Ross Tane kicked the conversions. " +
		"The visitors replied with a try by Carl Pitt before Owen Kade came off the bench.\n\n"
	const rugbyHome = ": I Morven; L Bask, T Arle, P Bryce, S Cole; R Tane, G Dunn; A Ewe, B Fane, C Gale; D Hale, E Isle; F Jute, H Kale, J Lark.\n\n" +
		"M Moss, N Nell, O Peel, P Quay, R Rill, S Sole, T Tull.\n\n"
	const rugbyAway = "C Pitt; U Ure, V Vale, W Wade, X Yeo; Y Zell, Z Abbe; A Bole, B Cope, C Dale; D Eade, E Fitt; F Gill, G Holt, H Ince.\n\n" +
		"O Kade, J Kerr, K Lowe, L Mull, M Nash, N Orme, P Pope.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf facts
	}{
		{"score headline, home sheet first", "Rovers 2-1 Athletic\n\n" + prose + home + away + "Att: 12,000.",
			[]string{"Tom Hale memberOf Organization:Rovers", "Piet Quill memberOf Organization:Rovers",
				"Dan Voss memberOf Organization:Athletic", "Sam Yale memberOf Organization:Athletic"},
			[]string{"Tom Hale memberOf Organization:Athletic", "Dan Voss memberOf Organization:Rovers", "Ward memberOf Organization:Rovers"}},
		{"preview headline with replacements apart", "Riverton v Dunmore (Sat)\n\n" + rugbyProse + rugbyHome + rugbyAway,
			[]string{"Ian Morven memberOf Organization:Riverton", "Ross Tane memberOf Organization:Riverton",
				"Carl Pitt memberOf Organization:Dunmore", "Owen Kade memberOf Organization:Dunmore"},
			[]string{"Carl Pitt memberOf Organization:Riverton", "Owen Kade memberOf Organization:Riverton", "Ian Morven memberOf Organization:Dunmore"}},
		{"no score in the headline", "Rovers edge past Athletic\n\n" + prose + home + away,
			nil, []string{"Tom Hale memberOf Organization:Rovers", "Dan Voss memberOf Organization:Athletic"}},
		{"one sheet alone", "Rovers 2-1 Athletic\n\n" + prose + home,
			nil, []string{"Tom Hale memberOf Organization:Rovers", "Piet Quill memberOf Organization:Rovers"}},
		{"a bench before any side", "Riverton 20-10 Dunmore\n\n" + rugbyProse + "O Kade, J Kerr, K Lowe, L Mull, M Nash, N Orme, P Pope.\n\n" + rugbyHome,
			nil, []string{"Owen Kade memberOf Organization:Riverton", "Ian Morven memberOf Organization:Riverton"}},
		{"prose ties a player to the other side", "Rovers 2-1 Athletic\n\n" +
			strings.Replace(prose, "Tom Hale scored", "Athletic striker Tom Hale scored", 1) + home + away,
			nil, []string{"Piet Quill memberOf Organization:Rovers", "Dan Voss memberOf Organization:Athletic"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
