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

// TestLeadMatch: under a headline that is no score line, a lead telling
// a result with both sides named ("a shock loss to X", "earn Rovers a
// win at Kingsport") makes the match an Event named by the headline, its
// description another name; both sides took part, the home ground or the
// headline's city hosted it. A reaction to a result ("was satisfied
// after"), an idiom ("at a loss to explain why"), a result wanted and a
// headline naming neither side give nothing, and a tennis report's later
// sentences tell other matches. Every text is invented.
func TestLeadMatch(t *testing.T) {
	const tennis = "Hale slumps in Lisbon\n\nTom Hale suffered a shock loss to unseeded Max Ruiz in round one of the Lisbon Open tennis tournament.\n\nHale was the second seed.\n\n"
	const tmatch = "Event:shock loss to unseeded Max Ruiz"
	runFactCases(t, []string{ParticipatedIn, Hosted}, []factCase{
		{"a tennis match", tennis + "Ruiz served well throughout.",
			[]string{"Tom Hale participatedIn " + tmatch, "Max Ruiz participatedIn " + tmatch, "Lisbon hosted " + tmatch}, nil},
		{"a tennis report's other match", tennis + "Jon Reid missed two match points before losing to Mark Dawson.",
			nil, []string{"Jon Reid participatedIn " + tmatch}},
		{"a team match", "Reid rescues Harbour Rovers\n\nJon Reid proved the match-winner to earn Harbour Rovers a hard-fought win at Kingsport Athletic.\n\nSam Pike wasted a fine chance for the hosts before the football match's only goal.",
			[]string{"Harbour Rovers participatedIn Event:hard-fought win at Kingsport Athletic", "Kingsport Athletic participatedIn Event:hard-fought win at Kingsport Athletic",
				"Kingsport Athletic hosted Event:hard-fought win at Kingsport Athletic", "Sam Pike participatedIn Event:hard-fought win at Kingsport Athletic"}, nil},
		{"a reaction", "Hale joy as Rovers advance\n\nRovers boss Tom Hale was satisfied after Harbour Rovers' 3-1 win over Kingsport.\n\n",
			nil, []string{"Kingsport participatedIn Event:Hale joy as Rovers advance", "Kingsport participatedIn Event:3-1 win over Kingsport"}},
		{"an idiom", "Hale puzzled by Kingsport\n\nHarbour Rovers coach Tom Hale is at a loss to explain why Kingsport are struggling.\n\n",
			nil, []string{"Kingsport participatedIn Event:Hale puzzled by Kingsport"}},
		{"a result wanted", "Hale eyes Lisbon\n\nTom Hale needs a win over Max Ruiz to reach the final.\n\n",
			nil, []string{"Max Ruiz participatedIn Event:Hale eyes Lisbon", "Max Ruiz participatedIn Event:win over Max Ruiz"}},
	})
	d := extractText(t, tennis)
	for _, e := range d.Entities {
		if e.Name == "shock loss to unseeded Max Ruiz" && (len(e.Aliases) != 1 || e.Aliases[0] != "Hale slumps in Lisbon") {
			t.Errorf("aliases of the match: %q, want the headline", e.Aliases)
		}
		if e.Name == "Hale slumps in Lisbon" {
			t.Errorf("the match is named by its headline, want the lead's description")
		}
	}
}
