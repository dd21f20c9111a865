package extract

import (
	"strings"
	"testing"
)

// TestUnlabelledSheets: team sheets printed without their labels go to
// the headline's sides in order, home first, with a rugby side's
// replacements; every name of a sheet gets a fact once the players the
// prose names in full have settled its side ("Ward", "H Kale"), and one
// player's club in brackets or a stray full stop leaves a sheet a sheet; no
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
				"Dan Voss memberOf Organization:Athletic", "Sam Yale memberOf Organization:Athletic",
				"Ward memberOf Organization:Rovers", "Oduya memberOf Organization:Rovers", "Jory memberOf Organization:Athletic"},
			[]string{"Tom Hale memberOf Organization:Athletic", "Dan Voss memberOf Organization:Rovers",
				"Ward memberOf Organization:Athletic", "Jory memberOf Organization:Rovers"}},
		{"preview headline with replacements apart", "Riverton v Dunmore (Sat)\n\n" + rugbyProse + rugbyHome + rugbyAway,
			[]string{"Ian Morven memberOf Organization:Riverton", "Ross Tane memberOf Organization:Riverton",
				"Carl Pitt memberOf Organization:Dunmore", "Owen Kade memberOf Organization:Dunmore",
				"H Kale memberOf Organization:Riverton", "P Pope memberOf Organization:Dunmore"},
			[]string{"Carl Pitt memberOf Organization:Riverton", "Owen Kade memberOf Organization:Riverton", "Ian Morven memberOf Organization:Dunmore"}},
		{"a headline side the entity stage took for a person", "Percy 2-1 Athletic\n\n" +
			strings.ReplaceAll(prose, "Rovers", "Percy") + home + away,
			[]string{"Tom Hale memberOf Organization:Percy", "Ward memberOf Organization:Percy", "Dan Voss memberOf Organization:Athletic"},
			[]string{"Tom Hale memberOf Organization:Athletic"}},
		{"one stray club in brackets", "Rovers 2-1 Athletic\n\n" + prose + strings.Replace(home, "Fenn.", "Fenn (Kelso).", 1) + away,
			[]string{"Tom Hale memberOf Organization:Rovers", "Ward memberOf Organization:Rovers", "Fenn memberOf Organization:Rovers",
				"Dan Voss memberOf Organization:Athletic"},
			[]string{"Fenn memberOf Organization:Athletic"}},
		{"a sheet broken by a full stop", "Riverton v Dunmore (Sat)\n\n" + rugbyProse +
			strings.Replace(rugbyHome, "A Ewe, B Fane", "A Ewe. B Fane", 1) + rugbyAway,
			[]string{"Ian Morven memberOf Organization:Riverton", "J Lark memberOf Organization:Riverton", "Carl Pitt memberOf Organization:Dunmore"},
			[]string{"J Lark memberOf Organization:Dunmore"}},
		{"no score in the headline and no prose votes", "Rovers edge past Athletic\n\n" + prose + home + away,
			nil, []string{"Tom Hale memberOf Organization:Rovers", "Dan Voss memberOf Organization:Athletic", "Ward memberOf Organization:Rovers"}},
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

// TestUnlabelledSheetsByProse: with no score headline, the two sides the
// lead names get the sheets the prose ties to them, whatever order the
// lead names them in; a lead naming one side is read on for a few
// sentences; a ground named only after "at", or a player the sheets list
// (whatever his type), is no side; too few or split votes leave the
// sheets unread. Every text is invented.
func TestUnlabelledSheetsByProse(t *testing.T) {
	const home = "Ward, Mills, Lane, Flood, Hale (Kerr 70), Boyd, Prior, Nash, Quill, Reyes, Fenn.\n\nSubs not used: Weaver, Oduya.\n\n"
	const away = "Cole, Dunmore, Pike, Rusk, Voss, Tarn, Yale, Gault, Hume, Iles, Jory.\n\nSubs not used: Kemp, Lusk.\n\n"
	const votes = "Tom Hale hit the bar for Rovers after ten minutes. Piet Quill then doubled the lead for Rovers. " +
		"Dan Voss pulled one back for Athletic before the break. Sam Yale and Tom Hale both went close late on.\n\n"
	want := []string{"Tom Hale memberOf Organization:Rovers", "Piet Quill memberOf Organization:Rovers",
		"Dan Voss memberOf Organization:Athletic", "Sam Yale memberOf Organization:Athletic"}
	wrong := []string{"Tom Hale memberOf Organization:Athletic", "Dan Voss memberOf Organization:Rovers"}
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf facts
	}{
		{"home side named first", "Hale double lifts Rovers\n\nRovers earned a deserved win over Athletic in the league match on Saturday.\n\n" + votes + home + away,
			want, wrong},
		{"away side named first", "Hale double lifts Rovers\n\nAthletic were beaten by Rovers in the league match on Saturday.\n\n" + votes + home + away,
			want, wrong},
		{"a ground after at is no side", "Hale double lifts Rovers\n\nRovers beat Athletic at Kellow Park in the league match on Saturday.\n\n" + votes + home + away,
			want, wrong},
		{"one vote only", "Hale double lifts Rovers\n\nRovers earned a deserved win over Athletic in the league match on Saturday.\n\n" +
			"Tom Hale hit the bar for Rovers after ten minutes. Piet Quill, Dan Voss and Sam Yale all went close.\n\n" + home + away,
			nil, append(want, wrong...)},
		{"split votes", "Hale double lifts Rovers\n\nRovers earned a deserved win over Athletic in the league match on Saturday.\n\n" + votes +
			"Tom Hale was booked for Athletic. Piet Quill limped off for Athletic.\n\n" + home + away,
			nil, append(want, wrong...)},
		{"the second side named after the lead", "Hale double lifts Rovers\n\nRovers earned a deserved win in the league match on Saturday.\n\n" + votes + home + away,
			want, wrong},
		{"a name the sheets list is no side", "Novo double lifts Rovers\n\nGoals from Piet Quill and Nacho Novo gave Rovers a win over Athletic in the league match on Saturday.\n\n" +
			votes + strings.Replace(home, "Fenn.", "Novo.", 1) + away,
			want, wrong},
		{"no second side within reach of the lead", "Hale double lifts Rovers\n\nRovers earned a deserved win in the league match on Saturday.\n\n" +
			"The crowd was large. The pitch was heavy. The rain fell all day. The wind was cold.\n\n" + votes + home + away,
			nil, append(want, wrong...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
