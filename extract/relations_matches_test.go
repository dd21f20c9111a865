package extract

import "testing"

// TestHeadlineMatchPlayers: under a score-line headline the scorers and
// the players of the narrative ("X scored", "tries from X", "a late
// header by X", "a X penalty", "X booted Side to victory", "X missed a
// chance") took part in the match, and the lead's ground, city or home
// side after "at" or "in" hosted it. A score wished or denied, a coach,
// a quotation, an earlier season and the sentences of another match
// ("In the other game") give nothing. Every text is invented.
func TestHeadlineMatchPlayers(t *testing.T) {
	const head = "Harbour Rovers 3-1 Kingsport\n\nHarbour Rovers beat Kingsport at the Quayside Stadium on Saturday.\n\n"
	const match = "Event:Harbour Rovers 3-1 Kingsport"
	runFactCases(t, []string{ParticipatedIn, Hosted}, []factCase{
		{"a scorer", head + "Jon Reid scored twice before the break.",
			[]string{"Jon Reid participatedIn " + match, "Quayside Stadium hosted " + match}, nil},
		{"scorers after from and by", head + "Goals from Jon Reid and Sam Pike sealed it after a header by Tom Hale had levelled.",
			[]string{"Jon Reid participatedIn " + match, "Sam Pike participatedIn " + match, "Tom Hale participatedIn " + match}, nil},
		{"a scorer's name before the score", head + "Two Jon Reid penalties kept the visitors in touch.",
			[]string{"Jon Reid participatedIn " + match}, nil},
		{"a player who leads his side to victory", head + "Sam Pike steered Harbour Rovers to victory in the second half.",
			[]string{"Sam Pike participatedIn " + match}, nil},
		{"a chance missed", head + "Mark Dawson wasted a fine chance from six yards.",
			[]string{"Mark Dawson participatedIn " + match}, nil},
		{"a city", "Harbour Rovers 2-0 Kingsport\n\nHarbour Rovers eased past Kingsport in Lisbon on Sunday.\n\nJon Reid scored both.",
			[]string{"Lisbon hosted Event:Harbour Rovers 2-0 Kingsport"}, nil},
		{"a score wished", head + "Jon Reid hopes to score again next week.",
			nil, []string{"Jon Reid participatedIn " + match}},
		{"a score denied", head + "Jon Reid never scored for the club.",
			nil, []string{"Jon Reid participatedIn " + match}},
		{"a coach", head + "Rovers manager Tom Hale said: \"We played well.\" Hale then fired a warning to the league.",
			nil, []string{"Tom Hale participatedIn " + match}},
		{"an earlier season", head + "Jon Reid scored twice against them in 2003.",
			nil, []string{"Jon Reid participatedIn " + match}},
		{"another match", head + "Jon Reid scored twice. In the other game Northfield drew with Eastbury and Sam Pike scored for Northfield.",
			[]string{"Jon Reid participatedIn " + match}, []string{"Sam Pike participatedIn " + match}},
		{"no score-line headline", "Rovers ease past Kingsport\n\nHarbour Rovers beat Kingsport at the Quayside Stadium.\n\nJon Reid scored twice.",
			nil, []string{"Jon Reid participatedIn " + match, "Quayside Stadium hosted " + match}},
	})
}

// TestOfSidesMatch: a score-line headline whose side is a name with "of"
// names a match both sides took part in.
func TestOfSidesMatch(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a side with of", "Saints of Annan 3-1 Gretna\n\nSaints of Annan beat Gretna at home on Saturday. Graham Bell scored twice for Saints in the first half.\n",
			[]string{"Saints of Annan participatedIn Event:Saints of Annan 3-1 Gretna", "Gretna participatedIn Event:Saints of Annan 3-1 Gretna",
				"Graham Bell participatedIn Event:Saints of Annan 3-1 Gretna"}, nil},
	})
}
