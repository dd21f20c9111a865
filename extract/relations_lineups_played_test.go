package extract

import (
	"strings"
	"testing"
)

// TestSheetStartersPlayed: under a headline giving a played match, the
// starters of each side's sheet, labelled or not, and a substitute named
// in brackets after the player he replaced took part in the match; the
// unused substitutes, a rugby side's replacements, a sheet under a
// preview headline, a sheet of a side the headline does not name and a
// report with no sheet give no such fact. The starters also took part
// in the story's competition when it is one of sides like the match's.
// Every text is invented.
func TestSheetStartersPlayed(t *testing.T) {
	const match = "Event:Rovers 2-1 Athletic"
	const lead = "Rovers moved up the league table after a scrappy win over Athletic at the weekend, with two goals from the striker Tom Hale.\n\n"
	const labelled = "Rovers: Ward, Mills (Sam Kerr 70), Lane, Flood, Hale, Boyd, Prior, Nash (Dane Ulm 80), Quill, Reyes, Fenn. Subs Not Used: Weaver, Oduya. Booked: Lane. Goals: Hale 12, 55.\n\n" +
		"Athletic: Cole, Dunmore, Pike, Rusk, Voss, Tarn, Yale, Gault, Hume, Iles, Jory. Subs Not Used: Kemp, Lusk. Att: 21,000 Ref: P Dean (Kent)."
	const rugbyLead = "Riverton beat Dunmore in the league with tries from Ian Morven and Lee Bask, and Ross Tane kicked the conversions. " +
		"The visitors replied with a try by Carl Pitt before Owen Kade came off the bench.\n\n"
	const rugbySheets = ": I Morven; L Bask, T Arle, P Bryce, S Cole; R Tane, G Dunn; A Ewe, B Fane, C Gale; D Hale, E Isle; F Jute, H Kale, J Lark.\n\n" +
		"M Moss, N Nell, O Peel, P Quay, R Rill, S Sole, T Tull.\n\n" +
		"C Pitt; U Ure, V Vale, W Wade, X Yeo; Y Zell, Z Abbe; A Bole, B Cope, C Dale; D Eade, E Fitt; F Gill, G Holt, H Ince.\n\n" +
		"O Kade, J Kerr, K Lowe, L Mull, M Nash, N Orme, P Pope.\n\n"
	for _, tc := range []struct {
		name, text string
		want, not  []string // participatedIn facts
	}{
		{"labelled football sheets", "Rovers 2-1 Athletic\n\n" + lead + labelled,
			[]string{"Mills participatedIn " + match, "Sam Kerr participatedIn " + match, "Fenn participatedIn " + match,
				"Dane Ulm participatedIn " + match, "Cole participatedIn " + match, "Jory participatedIn " + match},
			[]string{"Weaver participatedIn " + match, "Oduya participatedIn " + match, "Kemp participatedIn " + match,
				"Lusk participatedIn " + match, "P Dean participatedIn " + match}},
		{"unlabelled rugby sheets with replacements apart", "Riverton 27-13 Dunmore\n\n" + rugbyLead + rugbySheets,
			[]string{"Ian Morven participatedIn Event:Riverton 27-13 Dunmore", "H Kale participatedIn Event:Riverton 27-13 Dunmore",
				"Carl Pitt participatedIn Event:Riverton 27-13 Dunmore", "H Ince participatedIn Event:Riverton 27-13 Dunmore"},
			[]string{"M Moss participatedIn Event:Riverton 27-13 Dunmore", "P Pope participatedIn Event:Riverton 27-13 Dunmore",
				"T Tull participatedIn Event:Riverton 27-13 Dunmore"}},
		// A preview prints the sides picked for a match still to come.
		{"preview headline", "Riverton v Dunmore (Sat)\n\n" + strings.Replace(rugbyLead, "beat Dunmore", "face Dunmore", 1) + rugbySheets,
			nil,
			[]string{"H Kale participatedIn Event:Riverton v Dunmore", "H Kale participatedIn Event:Riverton v Dunmore (Sat)",
				"C Pitt participatedIn Event:Riverton v Dunmore"}},
		// The sheet of a side that did not play this match (the next
		// opponent's) is no line-up of it.
		{"a side the headline does not name", "Rovers 2-1 Athletic\n\n" + lead + strings.Replace(labelled, "Athletic: Cole", "Wanderers: Cole", 1),
			[]string{"Mills participatedIn " + match},
			[]string{"Cole participatedIn " + match, "Jory participatedIn " + match}},
		// The story's competition of clubs holds the match: its starters
		// took part in it too; a bench player did not.
		{"a club competition in the lead", "Rovers 2-1 Athletic\n\n" +
			"Rovers eased into the semi-final of the Northern Cup with a scrappy win over Athletic, with two goals from the striker Tom Hale.\n\n" + labelled,
			[]string{"Mills participatedIn Event:Northern Cup", "Jory participatedIn Event:Northern Cup", "Mills participatedIn " + match},
			[]string{"Weaver participatedIn Event:Northern Cup", "Lusk participatedIn Event:Northern Cup"}},
		// A club match whose lead names a tournament of national sides
		// (a player's past) is no match of that tournament.
		{"a national tournament in a club report", "Rovers 2-1 Athletic\n\n" +
			"Rovers beat Athletic in the league, with two goals from Tom Hale, who was dropped by England after one Six Nations outing.\n\n" + labelled,
			[]string{"Mills participatedIn " + match},
			[]string{"Mills participatedIn Event:Six Nations", "Jory participatedIn Event:Six Nations"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
