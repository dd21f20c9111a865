package extract

import "testing"

// TestCompetitionPlayers: the winner and the loser of a match verb or a
// result noun, and the scorers ("tries from X", "X's try", "X scored",
// "X kicked two penalties"), took part in the competition the story's opening
// names, with no score in the sentence. A match wanted, to come or of an
// earlier year, a coach, a club in a competition of national sides, a
// club match under a score-line headline and a competition the opening
// puts ahead give nothing. Every text is invented.
func TestCompetitionPlayers(t *testing.T) {
	const open = "Kral out in Riverside\n\nIvo Kral suffered a shock loss in round one of the Riverside Open.\n\n"
	const nations = "Norway top the table\n\nNorway lead the Atlantic Nations Cup after two rounds.\n\n"
	const league = "Rovers slump\n\nHarbour Rovers are close to going out of the Champions League.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a relative clause", open + "Max Ruiz, who beat Mark Dawson in the last eight, was broken twice in the first set.",
			[]string{"Max Ruiz participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}, nil},
		{"a passive", open + "Former champion Paul Dent was beaten by Max Ruiz.",
			[]string{"Paul Dent participatedIn Event:Riverside Open", "Max Ruiz participatedIn Event:Riverside Open"}, nil},
		{"a gerund", open + "Tom Hale set up a clash with Mark Dawson by beating Max Ruiz.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Max Ruiz participatedIn Event:Riverside Open"}, nil},
		{"a result noun", nations + "The hosts were poor in their defeat to Denmark last week.",
			[]string{"Denmark participatedIn Event:Atlantic Nations Cup"}, nil},
		{"a plural result the tagger reads as a verb", open + "There were also wins for Swede Johan Lindqvist and fifth seed Erik Holm.",
			[]string{"Johan Lindqvist participatedIn Event:Riverside Open", "Erik Holm participatedIn Event:Riverside Open"}, nil},
		{"plural results after an adjective", nations + "Norway have had two narrow wins over Denmark.",
			[]string{"Denmark participatedIn Event:Atlantic Nations Cup"}, nil},
		{"plural results denied", open + "There were no wins for Swede Johan Lindqvist and fifth seed Erik Holm.",
			nil, []string{"Johan Lindqvist participatedIn Event:Riverside Open", "Erik Holm participatedIn Event:Riverside Open"}},
		{"scorers", nations + "Tries from Jon Reid and Sam Pike gave them a lead.",
			[]string{"Jon Reid participatedIn Event:Atlantic Nations Cup", "Sam Pike participatedIn Event:Atlantic Nations Cup"}, nil},
		{"a scorer", nations + "Jon Reid scored the opening try and Sam Pike kicked two penalties.",
			[]string{"Jon Reid participatedIn Event:Atlantic Nations Cup", "Sam Pike participatedIn Event:Atlantic Nations Cup"}, nil},
		{"a finish", nations + "Jon Reid curled a free kick into the top corner.",
			[]string{"Jon Reid participatedIn Event:Atlantic Nations Cup"}, nil},
		{"a scorer's possessive", nations + "Sam Pike's penalty put them in front after Jon Reid's try had been ruled out.",
			[]string{"Jon Reid participatedIn Event:Atlantic Nations Cup", "Sam Pike participatedIn Event:Atlantic Nations Cup"}, nil},
		{"a score wanted", nations + "Jon Reid hopes to score against Denmark.",
			nil, []string{"Jon Reid participatedIn Event:Atlantic Nations Cup"}},
		{"a club match under a score-line headline", "Harbour Rovers 20-20 Kingsport\n\nHarbour Rovers were held by Kingsport, a week after Jon Reid was dropped from his only Atlantic Nations Cup match.\n\n" +
			"Sam Pike kicked two penalties to level the scores.",
			nil, []string{"Sam Pike participatedIn Event:Atlantic Nations Cup"}},
		{"a match wanted", open + "Tom Hale hopes to beat Mark Dawson on Friday.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"a match to come", open + "Tom Hale must beat Mark Dawson to reach the final.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"an earlier year", open + "Tom Hale beat Mark Dawson in the final last year.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"a coach", nations + "Norway coach Tom Hale said the side had beaten Denmark with ease.",
			nil, []string{"Tom Hale participatedIn Event:Atlantic Nations Cup"}},
		{"a club match", nations + "Jon Reid was hurt when Harbour Rovers lost to Denmark last week.",
			nil, []string{"Jon Reid participatedIn Event:Atlantic Nations Cup"}},
		{"a stage of the last edition", open + "Tom Hale beat Mark Dawson in last year's final.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}, nil},
		{"a stage of the last edition of another competition", open + "Tom Hale beat Mark Dawson in last year's final of the Harbour Classic.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"a stage of the last edition and an earlier year", open + "Tom Hale beat Mark Dawson in last year's final and in 2001.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"a club cup called a league", league + "Harbour Rovers lost to Kingsport City in the second leg.",
			[]string{"Harbour Rovers participatedIn Event:Champions League", "Kingsport City participatedIn Event:Champions League"}, nil},
		{"the competition named only in a quotation", league + "Tom Hale said the defeat to Kingsport City was \"our worst night in the Champions League\".",
			[]string{"Kingsport City participatedIn Event:Champions League"}, []string{"Tom Hale participatedIn Event:Champions League"}},
		{"a league-named cup aimed at", "Hale targets Champions League\n\nHarbour Rovers manager Tom Hale believes his side can qualify for the Champions League.\n\n" +
			"Harbour Rovers lost to Kingsport City on Saturday.",
			nil, []string{"Harbour Rovers participatedIn Event:Champions League", "Kingsport City participatedIn Event:Champions League"}},
		{"a speaker after a fronted clause with its own subject", league + "After Harbour Rovers lost to Kingsport City, Tom Hale said the side must improve.",
			[]string{"Harbour Rovers participatedIn Event:Champions League", "Kingsport City participatedIn Event:Champions League"},
			[]string{"Tom Hale participatedIn Event:Champions League"}},
		{"a speaker after a fronted concessive clause", league + "Although Harbour Rovers drew with Kingsport City, Tom Hale insisted the side had played well.",
			[]string{"Kingsport City participatedIn Event:Champions League"}, []string{"Tom Hale participatedIn Event:Champions League"}},
		{"a player after a fronted clause", league + "After Harbour Rovers lost to Kingsport City, Tom Hale scored twice against Westport Albion.",
			[]string{"Harbour Rovers participatedIn Event:Champions League", "Kingsport City participatedIn Event:Champions League", "Tom Hale participatedIn Event:Champions League"}, nil},
		{"a phrasal verb of no score", nations + "Jon Reid said Sam Pike had tapped him up before the first round.",
			nil, []string{"Sam Pike participatedIn Event:Atlantic Nations Cup"}},
		{"a competition ahead", "Hale aims high\n\nTom Hale aims to win the Riverside Open this summer.\n\n" +
			"Hale was beaten by Mark Dawson in the semi-finals.",
			nil, []string{"Mark Dawson participatedIn Event:Riverside Open", "Tom Hale participatedIn Event:Riverside Open"}},
	})
}

// TestFixtureSides: the sides of a fixture, played or due, take part in
// the story's competition once the document tells a result of it; a
// preview with no result, a fixture that might be and one denied give
// nothing. Every text is invented.
func TestFixtureSides(t *testing.T) {
	const open = "Kral out in Riverside\n\nIvo Kral suffered a shock loss in round one of the Riverside Open.\n\n" +
		"Max Ruiz was beaten by Mark Dawson on Tuesday.\n\n"
	const preview = "Hale ready for Riverside\n\nTom Hale starts his Riverside Open campaign on Monday.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a fixture due", open + "Tom Hale now faces Paul Dent in the last 16.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}, nil},
		{"a clash set up", open + "Mark Dawson set up a third round clash with Paul Dent.",
			[]string{"Paul Dent participatedIn Event:Riverside Open"}, nil},
		{"a fixture in a sentence naming the competition", open + "Tom Hale, top seed at the Riverside Open, plays Paul Dent next.",
			[]string{"Paul Dent participatedIn Event:Riverside Open"}, nil},
		{"a score-line headline", "Harbour Rovers 2-1 Kingsport\n\nHarbour Rovers wrapped up their Atlantic Cup quarter-final tie against Kingsport early.\n\n" +
			"Jon Reid scored the second when he met a cross from Sam Pike.",
			[]string{"Jon Reid participatedIn Event:Atlantic Cup"}, nil},
		{"a score told beside the competition", "Hale demands Italy consistency\n\nItaly coach Tom Hale has asked his side to match the display they produced in pushing Ireland close when they meet Wales on Saturday.\n\n" +
			"Despite losing 24-13 in last weekend's Six Nations encounter, the Italians confirmed their continuing progress. \"Our aim is to match every side,\" said Hale.",
			[]string{"Wales participatedIn Event:Six Nations"}, nil},
		{"no result told", preview + "Tom Hale faces Paul Dent in the first round.",
			nil, []string{"Paul Dent participatedIn Event:Riverside Open"}},
		{"a fixture fixed with will", open + "Tom Hale will meet Paul Dent in the quarter-finals.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}, nil},
		{"a fixture to come of a pronoun", open + "Paul Dent won the title in 1998. He will meet Tom Hale in the quarter-finals.",
			[]string{"Tom Hale participatedIn Event:Riverside Open"}, []string{"Paul Dent participatedIn Event:Riverside Open"}},
		{"a fixture taken on", open + "In the evening session Tom Hale takes on Paul Dent.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}, nil},
		{"take without on is no fixture", open + "Tom Hale took a break from coaching Paul Dent.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}},
		{"a fixture taken on that might be", open + "Tom Hale could take on Paul Dent in the final.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}},
		{"a fixture that will not be", open + "Tom Hale will not meet Paul Dent in the final.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}},
		{"a fixture that might be", open + "Tom Hale could face Paul Dent in the final.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}},
		{"a fixture wanted", open + "Tom Hale hopes to meet Paul Dent in the final.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Paul Dent participatedIn Event:Riverside Open"}},
	})
}
