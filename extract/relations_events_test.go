package extract

import "testing"

// TestMatchHeadings: a report covering several matches heads each with a
// score line; the sides took part in the match and in the story's
// tournament, the ground of the section's first sentence hosted it, and
// players credited to a side are its members (a side named after
// "against" is the opponent and leaves the credit standing). A score line inside a
// sentence, or a report with no headings, gives none of these. Every text
// is invented.
func TestMatchHeadings(t *testing.T) {
	const report = "Euro Cup day two: Norway and Chile win\n\nSaturday, June 9, 2029\n\n" +
		"On day two of the 2029 Euro Cup, Norway beat Denmark 2 – 1 and Chile beat Peru 1 – 0 in the football tournament.\n\n" +
		"Group A — Norway 2 – 1 Denmark\n\n" +
		"In the opening game, Norway faced Denmark at the Ullevaal Stadium in Oslo. Norway had more of the ball in the match. " +
		"In the 30th minute, Erik Lund doubled the lead for Norway, scoring a header. Danish defender Jens Holm was booked for a foul. " +
		"Denmark substituted Peter Berg in the 60th minute and he was replaced by Ole Krag.\n\n" +
		"Group B — Chile 1 – 0 Peru\n\n" +
		"Later, Chile faced Peru at the Estadio Nacional Arena. Chile started the match with attempts from Pablo Vera, Luis Soto, and Ivan Roca. " +
		"Peru's goalkeeper Raul Cano was injured in the second half."
	const noHeadings = "Norway beat Denmark\n\nNorway beat Denmark 2 – 1 in the football match on Saturday, with a goal from Erik Lund at the Ullevaal Stadium.\n\n" +
		"The team's coach said the result was fair and the goal was well taken."
	for _, tc := range []struct {
		name, text string
		preds      []string
		want, not  []string
	}{
		{"sides and venue of each heading", report, []string{ParticipatedIn, Hosted},
			[]string{"Norway participatedIn Event:Norway 2 – 1 Denmark", "Denmark participatedIn Event:Norway 2 – 1 Denmark",
				"Ullevaal Stadium hosted Event:Norway 2 – 1 Denmark", "Oslo hosted Event:Norway 2 – 1 Denmark",
				"Chile participatedIn Event:Chile 1 – 0 Peru", "Peru participatedIn Event:Chile 1 – 0 Peru",
				"Estadio Nacional Arena hosted Event:Chile 1 – 0 Peru"},
			[]string{"Chile participatedIn Event:Norway 2 – 1 Denmark", "Ullevaal Stadium hosted Event:Chile 1 – 0 Peru"}},
		{"players credited to a side", report, []string{MemberOf},
			[]string{"Erik Lund memberOf Organization:Norway", "Jens Holm memberOf Organization:Denmark",
				"Peter Berg memberOf Organization:Denmark", "Ole Krag memberOf Organization:Denmark",
				"Pablo Vera memberOf Organization:Chile", "Ivan Roca memberOf Organization:Chile",
				"Raul Cano memberOf Organization:Peru"},
			[]string{"Erik Lund memberOf Organization:Denmark", "Raul Cano memberOf Organization:Chile",
				"Pablo Vera memberOf Organization:Peru"}},
		{"a score headline's sides", "Rovers 2-1 Athletic\n\nTom Hale put Rovers ahead in the league match with a header after ten minutes. " +
			"Athletic levelled when Sam Pike scored from close range, before Hale won the game for Rovers with a late goal.",
			[]string{MemberOf}, []string{"Tom Hale memberOf Organization:Rovers"},
			[]string{"Tom Hale memberOf Organization:Athletic", "Sam Pike memberOf Organization:Rovers"}},
		{"the side played against does not block the credit", "Rovers 2-1 Athletic\n\nRovers started the league match with Tom Hale and Jim Bell making early attempts to put Rovers into the lead against debutants Athletic. " +
			"Sam Pike later headed a goal against Rovers to put Athletic level.",
			[]string{MemberOf}, []string{"Tom Hale memberOf Organization:Rovers", "Jim Bell memberOf Organization:Rovers", "Sam Pike memberOf Organization:Athletic"},
			[]string{"Tom Hale memberOf Organization:Athletic", "Jim Bell memberOf Organization:Athletic", "Sam Pike memberOf Organization:Rovers"}},
		{"a former side is no credited side", "Rovers 2-1 Athletic\n\nTom Hale, the former Athletic striker, put Rovers ahead against his old club in the league match with a header.",
			[]string{MemberOf}, nil, []string{"Tom Hale memberOf Organization:Athletic"}},
		{"both sides credited leave the sentence undecided", "Rovers 2-1 Athletic\n\nTom Hale scored for Rovers in the league match before Sam Pike replied for Athletic with a header.",
			[]string{MemberOf}, nil,
			[]string{"Tom Hale memberOf Organization:Athletic", "Sam Pike memberOf Organization:Rovers"}},
		{"no headings, no match events", noHeadings, []string{ParticipatedIn, Hosted, MemberOf}, nil,
			[]string{"Ullevaal Stadium hosted Event:Norway 2 – 1 Denmark", "Erik Lund memberOf Organization:Norway",
				"Norway participatedIn Event:Norway 2 – 1 Denmark"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), tc.preds...)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestMatchHeadingParse: a score line below the headline names a match
// event by its sides and score, without the stage label; a line with no
// score between two names names none.
func TestMatchHeadingParse(t *testing.T) {
	for _, tc := range []struct {
		line, match string // match "" when the line is no heading
	}{
		{"Group F — Sweden 1 – 0 South Korea", "Sweden 1 – 0 South Korea"},
		{"Final: Real Madrid 3-1 Ajax", "Real Madrid 3-1 Ajax"},
		{"Norway 2 – 1 Denmark", "Norway 2 – 1 Denmark"},
		{"Profits rose 3 – 4 percent", ""},
		{"Group F — Sweden beat Korea", ""},
	} {
		t.Run(tc.line, func(t *testing.T) {
			text := "Football results\n\n" + tc.line + "\n\nThe football match in the league was played in the rain, and the game ended with a late goal."
			var events []string
			for _, e := range extractText(t, text).Entities {
				if e.Type == Event {
					events = append(events, e.Name)
				}
			}
			found := false
			for _, e := range events {
				found = found || e == tc.match
			}
			if tc.match != "" && !found {
				t.Errorf("no event %q; events %q", tc.match, events)
			}
			if tc.match == "" && len(events) > 0 {
				t.Errorf("events %q from a line that is no heading", events)
			}
		})
	}
}

// TestHostingTense: a hosting told in the simple present with a date is
// scheduled (willHost), a habit ("every July") or a past tense is hosted;
// the event one qualifies for is still to come. Every text is invented.
func TestHostingTense(t *testing.T) {
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"a present 'when' clause under a modal", "A deal could be signed in May, when the ministers gather for the Harbour Trade Forum in Perth.",
			[]string{"Perth willHost Event:Harbour Trade Forum"}, []string{"Perth hosted Event:Harbour Trade Forum"}},
		{"a past 'when' clause", "A deal was signed in May, when the ministers gathered for the Harbour Trade Forum in Perth.",
			[]string{"Perth hosted Event:Harbour Trade Forum"}, []string{"Perth willHost Event:Harbour Trade Forum"}},
		{"a present 'when' clause with no modal", "Deals are often signed in May, when the ministers gather for the Harbour Trade Forum in Perth.",
			nil, []string{"Perth willHost Event:Harbour Trade Forum"}},
		{"simple present with a month", "The Riverside Folk Festival, which takes place at Balado in July, sold out in four days.",
			[]string{"Balado willHost Event:Riverside Folk Festival"}, []string{"Balado hosted Event:Riverside Folk Festival"}},
		{"simple present with a day", "The next ceremony is the Golden Reel Awards, which take place at the Odeon in Leeds on 12 February.",
			[]string{"Odeon willHost Event:Golden Reel Awards"}, []string{"Odeon hosted Event:Golden Reel Awards"}},
		{"a habit", "The Riverside Folk Festival takes place at Balado every July.",
			[]string{"Balado hosted Event:Riverside Folk Festival"}, []string{"Balado willHost Event:Riverside Folk Festival"}},
		{"past tense", "The Riverside Folk Festival took place at Balado in July.",
			[]string{"Balado hosted Event:Riverside Folk Festival"}, []string{"Balado willHost Event:Riverside Folk Festival"}},
		{"qualifying for", "Her time was inside the qualifying mark for the European Indoor Championships in Madrid.",
			[]string{"Madrid willHost Event:European Indoor Championships"}, []string{"Madrid hosted Event:European Indoor Championships"}},
		{"won at", "She won gold at the European Indoor Championships in Madrid.",
			[]string{"Madrid hosted Event:European Indoor Championships"}, []string{"Madrid willHost Event:European Indoor Championships"}},
		{"a round still to come", "Ana Ruiz will play Maria Lind in the final of the Perth International in Perth on Sunday.",
			[]string{"Perth hosted Event:Perth International"}, []string{"Perth willHost Event:Perth International"}},
		{"a round dated a month ahead", "Ana Ruiz hopes to play in the final of the Perth International in Perth next month.",
			[]string{"Perth willHost Event:Perth International"}, []string{"Perth hosted Event:Perth International"}},
		{"a one-day game on a weekday", "Fans had waited long. United are boosted as Tom Hale makes his return in a friendly match at Exeter on Wednesday.",
			[]string{"Exeter willHost Event:friendly match at Exeter"}, []string{"Exeter hosted Event:friendly match at Exeter"}},
		{"a game already played", "Fans had waited long. Tom Hale made his return in a friendly match at Exeter on Wednesday.",
			[]string{"Exeter hosted Event:friendly match at Exeter"}, []string{"Exeter willHost Event:friendly match at Exeter"}},
		{"arranged, with a date to come", "Tom Hale has confirmed his place in the Riverside Grand Prix in Exeter on 18 February.",
			[]string{"Exeter willHost Event:Riverside Grand Prix"}, []string{"Exeter hosted Event:Riverside Grand Prix"}},
		{"run, with its date", "Tom Hale has won the Riverside Grand Prix in Exeter on 18 February.",
			[]string{"Exeter hosted Event:Riverside Grand Prix"}, []string{"Exeter willHost Event:Riverside Grand Prix"}},
		{"a span of days to come, after a reported hint", "Officials have hinted that Tom Hale may run in the Riverside Championships in Exeter on 19-20 March.",
			[]string{"Exeter willHost Event:Riverside Championships"}, []string{"Exeter hosted Event:Riverside Championships"}},
		{"a span of days already run", "Tom Hale won the Riverside Championships in Exeter on 19-20 March.",
			[]string{"Exeter hosted Event:Riverside Championships"}, []string{"Exeter willHost Event:Riverside Championships"}},
		{"a prize clinched", "Wales beat Ireland 32-20 in claiming the Grand Slam at Cardiff.",
			nil, []string{"Cardiff hosted Event:Grand Slam", "Cardiff willHost Event:Grand Slam"}},
	})
}

// TestGuestLists: people and bodies listed as a gathering's guests,
// performers or exhibitors took part in it (the event the sentence names,
// else the headline's); a list after another noun, or with no event to
// attach to, gives nothing. What "took place" and is named like a
// gathering is an Event. Every text is invented.
func TestGuestLists(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn, Hosted}, []factCase{
		{"guests like, the headline's event", "Crowds flock to Riverside Comic Expo 2031\n\nThe Riverside Comic Expo took place at the Harbour Convention Centre this weekend. " +
			"Vendors were joined by celebrity guests like Tom Baxter, Ann Reyes and Lee Okafor.",
			[]string{"Tom Baxter participatedIn Event:Riverside Comic Expo", "Ann Reyes participatedIn Event:Riverside Comic Expo",
				"Harbour Convention Centre hosted Event:Riverside Comic Expo"}, nil},
		{"performers include, the sentence's event", "Song contest entries close\n\nPast Eurovision Song Contest performers include Abba and Celine Dion.",
			[]string{"Abba participatedIn Event:Eurovision Song Contest", "Celine Dion participatedIn Event:Eurovision Song Contest"}, nil},
		{"a list after another noun", "Crowds flock to Riverside Comic Expo 2031\n\nThe Riverside Comic Expo took place this weekend. Its sponsors include Tom Baxter and Ann Reyes.",
			nil, []string{"Tom Baxter participatedIn Event:Riverside Comic Expo", "Ann Reyes participatedIn Event:Riverside Comic Expo"}},
		{"no event", "Talk show returns\n\nThe show's guests include Tom Baxter and Ann Reyes, the producers said.",
			nil, []string{"Tom Baxter participatedIn Event:Talk show", "Ann Reyes participatedIn Event:show"}},
		{"guests at the ceremony, an honorific in the list", "Harbour film sweeps board\n\nThe drama Harbour Lights won at this year's Riverside Film Awards.\n\n" +
			"Guests at the ceremony included Dame Ann Reyes and Tom Baxter.",
			[]string{"Ann Reyes participatedIn Event:Riverside Film Awards", "Tom Baxter participatedIn Event:Riverside Film Awards"}, nil},
		{"winners included, the lead's event", "Harbour film sweeps board\n\nThe drama Harbour Lights won three prizes at this year's Riverside Film Awards.\n\n" +
			"Other winners included Tom Baxter, who was named best actor.",
			[]string{"Tom Baxter participatedIn Event:Riverside Film Awards"}, nil},
		{"winners of an earlier edition", "Harbour film sweeps board\n\nThe drama Harbour Lights won three prizes at this year's Riverside Film Awards.\n\n" +
			"Previous winners include Tom Baxter and Ann Reyes.",
			nil, []string{"Tom Baxter participatedIn Event:Riverside Film Awards"}},
		{"speakers, who also included a post holder", "Gadgets galore\n\nThe Harbour Tech Expo opened in Oslo on Monday.\n\n" +
			"Ann Reyes was one of several keynote speakers, who also included Vantor chief Tom Baxter.",
			[]string{"Tom Baxter participatedIn Event:Harbour Tech Expo"}, []string{"Vantor participatedIn Event:Harbour Tech Expo"}},
		{"guests at a place, not the event", "Harbour film sweeps board\n\nThe drama Harbour Lights won three prizes at this year's Riverside Film Awards.\n\n" +
			"Guests at the hotel included Tom Baxter and Ann Reyes.",
			nil, []string{"Tom Baxter participatedIn Event:Riverside Film Awards"}},
	})
}

// factCase is a text and the facts it must and must not give, each as
// factsOf writes them.
type factCase struct {
	name, text string
	want, not  []string
}

// runFactCases runs each case as a subtest over the facts of preds.
func runFactCases(t *testing.T, preds []string, cases []factCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), preds...)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestEventOwners: a body's described gathering ("the Fed's meeting",
// "a meeting of the WTO", "the IFA hearing") was hosted by it, willHost
// when dated ahead; a person's trial is one they stood in, once under
// way. A modifier that names a topic ("the UK singles summit") hosts
// nothing. Every text is invented.
func TestEventOwners(t *testing.T) {
	runFactCases(t, []string{Hosted, WillHost, ParticipatedIn}, []factCase{
		{"meeting of a body, past", "Bond yields fell after the latest meeting of the Reserve Bank of Australia.",
			[]string{"Reserve Bank of Australia hosted Event:latest meeting of the Reserve Bank of Australia"},
			[]string{"Reserve Bank of Australia willHost Event:latest meeting of the Reserve Bank of Australia"}},
		{"a body's meeting, to come", "Traders are waiting for the European Central Bank's monthly meeting later on Thursday.",
			[]string{"European Central Bank willHost Event:European Central Bank's monthly meeting"},
			[]string{"European Central Bank hosted Event:European Central Bank's monthly meeting"}},
		{"a topic, no host", "The band climbed to the UK singles summit for a third week.",
			nil, []string{"United Kingdom hosted Event:UK singles summit"}},
		{"a person's trial", "Peter Kowalski, a former banker, denies fraud charges. Mr Kowalski's trial is expected to last six weeks.",
			[]string{"Peter Kowalski participatedIn Event:Mr Kowalski's trial"}, nil},
		{"the trial of a person", "The trial of Anna Berg, accused of fraud, began in Oslo on Monday. She denies the charges.",
			[]string{"Anna Berg participatedIn Event:trial of Anna Berg"}, nil},
		{"a trial run", "The trial of Blue Harbour Radio started in May. The station is run by residents of the town.",
			nil, []string{"Blue Harbour Radio participatedIn Event:trial of Blue Harbour Radio"}},
		{"a trial to come", "Peter Kowalski denies fraud. Mr Kowalski's trial will begin next spring.",
			nil, []string{"Peter Kowalski participatedIn Event:Mr Kowalski's trial"}},
		{"the trial of a person, to come", "The trial of Lena Voss will open in Hamburg next month. Prosecutors say she faces fraud charges.",
			nil, []string{"Lena Voss participatedIn Event:trial of Lena Voss"}},
		{"the trial of a person opens ahead", "The trial of Lena Voss opens in Hamburg next month. Prosecutors say she faces fraud charges.",
			nil, []string{"Lena Voss participatedIn Event:trial of Lena Voss"}},
		{"the trial of a person opened", "The trial of Lena Voss opened in Hamburg on Monday. Prosecutors say she faces fraud charges.",
			[]string{"Lena Voss participatedIn Event:trial of Lena Voss"}, nil},
	})
}

// TestCityNamedEvents: a city an event is named after hosts it (willHost
// when the clause speaks of the future), but not a sponsor's name that
// opens with the city's. Every text is invented.
func TestCityNamedEvents(t *testing.T) {
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"past", "The director flew to Toronto on Monday. Her film opened the Toronto Film Festival.",
			[]string{"Toronto hosted Event:Toronto Film Festival"}, []string{"Toronto willHost Event:Toronto Film Festival"}},
		{"future", "Oslo was cold in spring. Grace Kamau will run the Oslo Marathon in April.",
			[]string{"Oslo willHost Event:Oslo Marathon"}, []string{"Oslo hosted Event:Oslo Marathon"}},
		{"a noun's complement in a future clause", "Oslo was cold in spring. Grace Kamau will try to forget the disappointment of the Oslo Marathon.",
			[]string{"Oslo hosted Event:Oslo Marathon"}, []string{"Oslo willHost Event:Oslo Marathon"}},
		{"an opening still ahead", "Madrid was cold in spring. The Madrid Film Festival, which opens on Friday, will show forty films.",
			[]string{"Madrid willHost Event:Madrid Film Festival"}, []string{"Madrid hosted Event:Madrid Film Festival"}},
		{"an opening already past", "Madrid was cold in spring. The Madrid Film Festival, which opened on Friday, has shown forty films.",
			[]string{"Madrid hosted Event:Madrid Film Festival"}, []string{"Madrid willHost Event:Madrid Film Festival"}},
		{"a run still going", "Madrid was cold in spring. The Madrid Film Festival runs until Sunday.",
			[]string{"Madrid hosted Event:Madrid Film Festival"}, []string{"Madrid willHost Event:Madrid Film Festival"}},
		{"a sponsor's name", "Halifax was wet. Ian Dunn won the Halifax Bank Open on Sunday.",
			nil, []string{"Halifax hosted Event:Halifax Bank Open"}},
		{"a city before an event noun", "Labour members gathered in Brighton. The Brighton conference ended on Thursday with a speech.",
			[]string{"Brighton hosted Event:Brighton conference"}, nil},
		{"a city before a headline event's noun", "Crowds flock to Lantern Festival\n\nStarted in 1990, the Kyoto lantern festival marks the new year.",
			[]string{"Kyoto hosted Event:Lantern Festival"}, nil},
		{"a city that names a side", "Chelsea beat Leeds on Sunday. Damien Duff could miss the Barcelona game.",
			nil, []string{"Barcelona hosted Event:Barcelona game"}},
		{"a city's name before a preposition", "Mourners remember Reno\n\nFans paid tribute to singer Maria Reno at a funeral in Boston.",
			[]string{"Boston hosted Event:funeral in Boston"}, []string{"Reno hosted Event:funeral in Boston"}},
	})
}

// TestActsAtEvents: whoever said, showed, performed or paid tribute at an
// event took part in it; not what is still to come, denied, done by
// another verb of the clause, or said inside a quotation. Every text is
// invented.
func TestActsAtEvents(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"said at", "Car sales rise\n\nLena Brandt said at the Geneva Motor Show that sales rose.",
			[]string{"Lena Brandt participatedIn Event:Geneva Motor Show"}, nil},
		{"an object between verb and event", "New cars shown\n\nTom Fenwick unveiled the new model at the Geneva Motor Show on Tuesday.",
			[]string{"Tom Fenwick participatedIn Event:Geneva Motor Show"}, nil},
		{"paid tribute at a funeral", "Mourners remember Reno\n\nSinger Ana Lind paid tribute to actor Maria Reno at a funeral in Boston.",
			[]string{"Ana Lind participatedIn Event:funeral in Boston"}, nil},
		{"still to come", "Band plans show\n\nTom Fenwick will perform at the Brit Awards next month.",
			nil, []string{"Tom Fenwick participatedIn Event:Brit Awards"}},
		{"another verb's event", "Finance talks\n\nTom Fenwick said he would raise the issue at the Davos Economic Summit.",
			nil, []string{"Tom Fenwick participatedIn Event:Davos Economic Summit"}},
		{"a passive", "Film praised\n\nThe Long Night by Tom Fenwick was presented at the Berlin Film Festival.",
			nil, []string{"Tom Fenwick participatedIn Event:Berlin Film Festival"}},
	})
}

// TestEventVenues: a venue named right after an event hosted it, willHost
// when the clause looks ahead, and so did the city whose possessive names
// the venue; a place that is no venue hosts nothing. Every text is
// invented.
func TestEventVenues(t *testing.T) {
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"past, with the city", "Music night\n\nAna Lind sang at the Brit Awards ceremony at London's Earls Court on Tuesday.",
			[]string{"Earls Court hosted Event:Brit Awards", "London hosted Event:Brit Awards"},
			[]string{"Earls Court willHost Event:Brit Awards"}},
		{"to come", "Music night\n\nAna Lind is due to sing at the Brit Awards at the Royal Albert Hall.",
			[]string{"Royal Albert Hall willHost Event:Brit Awards"}, []string{"Royal Albert Hall hosted Event:Brit Awards"}},
		{"no venue", "Music night\n\nAna Lind sang at the Brit Awards at Universal Records' invitation.",
			nil, []string{"Universal Records hosted Event:Brit Awards"}},
	})
}

// TestStagesOfTournaments: a body named like a tournament whose final or
// semi-final the text names is an Event, so the town it is named after
// hosted it; the same name with no stage stays what the entity stage
// made it. Every text is invented.
func TestStagesOfTournaments(t *testing.T) {
	runFactCases(t, []string{Hosted, WillHost}, []factCase{
		{"final of", "Ruiz wins in Perth\n\nAna Ruiz beat Maria Lind in the final of the Perth International on Saturday.",
			[]string{"Perth hosted Event:Perth International"}, nil},
		{"semi-finals of", "Lind through in Perth\n\nMaria Lind reached the semi-finals of the Perth International with a win over Ana Ruiz.",
			[]string{"Perth hosted Event:Perth International"}, nil},
		{"no stage", "Perth bank results\n\nMaria Lind, chief executive of Perth International, said profits rose.",
			nil, []string{"Perth hosted Event:Perth International"}},
	})
}

// TestSetScoreMatches: a tennis report names its tournament in the
// opening and its matches after with set scores; each player of such a
// match took part in the tournament. An opening naming two events, a
// match told from an earlier year or at another event, and a sentence
// without two set scores give nothing. Every text is invented.
func TestSetScoreMatches(t *testing.T) {
	const lead = "Kral reaches Riverside semi-finals\n\nIvo Kral reached the last four of the Riverside Open with a win on Thursday.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"two set scores", lead + "Earlier, Tom Hale beat the fourth seed Mark Dawson 6-2 6-4 and Paul Dent overcame Max Ruiz 6-7 (2-7) 7-6 (7-3) 6-2.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open",
				"Paul Dent participatedIn Event:Riverside Open", "Max Ruiz participatedIn Event:Riverside Open"}, nil},
		{"a passive", lead + "Former champion Mark Dawson was beaten 6-3 6-0 by the sixth seed Max Ruiz.",
			[]string{"Mark Dawson participatedIn Event:Riverside Open", "Max Ruiz participatedIn Event:Riverside Open"}, nil},
		{"straight sets", lead + "Tom Hale beat Mark Dawson in straight sets on Friday.",
			[]string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}, nil},
		{"an earlier year", lead + "Tom Hale beat Mark Dawson 6-2 6-4 in the final two years ago.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"another event in the sentence", lead + "Tom Hale beat Mark Dawson 6-2 6-4 at the Harbour Classic.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"one set score", lead + "Tom Hale led Mark Dawson 6-2 when rain stopped play.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Mark Dawson participatedIn Event:Riverside Open"}},
		{"two events in the opening", "Kral wins again\n\nIvo Kral won the Harbour Classic a week before the Riverside Open.\n\n" +
			"Tom Hale beat Mark Dawson 6-2 6-4 on Sunday.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Open", "Tom Hale participatedIn Event:Harbour Classic"}},
	})
}

// TestTeamScoreMatches: the sides a later sentence gives a result with a
// score took part in the team competition the story's opening names; a
// club in a competition of national sides, a name before a role noun, a
// league match and a result after another competition is named give
// nothing. Every text is invented.
func TestTeamScoreMatches(t *testing.T) {
	const lead = "Norland fly-half ruled out\n\nNorland fly-half Tom Hale will miss the rest of the Atlantic Nations Cup with a knee injury.\n\n"
	const cup = "Rovers boss fined\n\nThe Rovers boss Tom Hale was fined after Sunday's Harbour Cup tie.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"a national side beaten", lead + "Hale was hurt in the 24-18 win over France on Saturday.",
			[]string{"France participatedIn Event:Atlantic Nations Cup"}, nil},
		{"sides of a club cup", cup + "His side lost 2-1 to Chelsea after extra time.",
			[]string{"Chelsea participatedIn Event:Harbour Cup"}, nil},
		{"a club in a national competition", lead + "He was hurt in Bath's 12-9 loss to Gloucester on Saturday.",
			nil, []string{"Gloucester participatedIn Event:Atlantic Nations Cup", "Bath participatedIn Event:Atlantic Nations Cup"}},
		{"a name before a role noun", cup + "France defender Paul Dent was hurt in the 1-0 defeat.",
			nil, []string{"France participatedIn Event:Harbour Cup"}},
		{"a league match", cup + "They had beaten Chelsea 3-0 in the league a week earlier.",
			nil, []string{"Chelsea participatedIn Event:Harbour Cup"}},
		{"another competition named before", cup + "Rovers meet Chelsea in the Atlantic Trophy next week.\n\nThey beat Chelsea 2-0 on Tuesday.",
			nil, []string{"Chelsea participatedIn Event:Harbour Cup"}},
	})
}

// TestCeremonyWinners: a person a later sentence has winning a prize
// took part in the award ceremony the story's opening names; a
// nomination, a win of another year and a winner after another ceremony
// is named give nothing. Every text is invented.
func TestCeremonyWinners(t *testing.T) {
	const lead = "Harbour film sweeps board\n\nThe drama Harbour Lights has dominated this year's Riverside Film Awards in London.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"won a category", lead + "The film was praised by critics. Director Tom Hale won best director for the film.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"was named best", lead + "Its star Ana Lind was named best actress.",
			[]string{"Ana Lind participatedIn Event:Riverside Film Awards"}, nil},
		{"picked up a prize", lead + "Singer Ana Lind picked up the best song award.",
			[]string{"Ana Lind participatedIn Event:Riverside Film Awards"}, nil},
		{"a relative clause and an adverb", lead + "The film was praised by critics. Singer Ana Lind also won best song, as did Director Tom Hale, who was voted best director.",
			[]string{"Ana Lind participatedIn Event:Riverside Film Awards", "Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"a nomination", lead + "Tom Hale was nominated for best director.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Film Awards"}},
		{"another year", lead + "Tom Hale won best director in 2001.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Film Awards"}},
		{"after another ceremony", lead + "The film was praised by critics. It was also shown at the Harbour Music Awards. Director Tom Hale won best director for the film.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Film Awards"}},
		{"after a prize's name", lead + "Veteran Ana Lind won the 2005 Ivor Marsh Award For Screenwriting. Director Tom Hale won best director for the film.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"after the ceremony told by its noun", lead + "Rapper Jay Dunn opened the Earls Court ceremony with a new single. Director Tom Hale won best director for the film.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"another ceremony only as a date", "Harbour film sweeps board\n\nThe drama Harbour Lights has dominated this year's Riverside Film Awards, held the day before the Harbour Music Awards.\n\n" +
			"Director Tom Hale won best director for the film.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"another ceremony in the run-up", lead + "It had been snubbed in the run-up to February's Harbour Music Awards. Director Tom Hale won best director for the film.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"a prize with words before it", lead + "Director Tom Hale won his fifth consecutive crown as best director.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"a prize after the winner's own pronoun", lead + "Julia Marsh won her tenth consecutive crown as favourite actress.",
			[]string{"Julia Marsh participatedIn Event:Riverside Film Awards"}, nil},
		{"a name before the prize", lead + "Julia Marsh took Tom Hale's crown as favourite actress.",
			nil, []string{"Julia Marsh participatedIn Event:Riverside Film Awards"}},
		{"a prize went to", lead + "The best director award went to Tom Hale.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards"}, nil},
		{"a festival leads the story", "Harbour film wins\n\nThe drama Harbour Lights was named best film at the Dorvale Film Festival.\n\n" +
			"It had won best drama at the Riverside Film Awards. Director Tom Hale won a lifetime achievement award.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Film Awards"}},
	})
}

// TestWinnersAt: the subject of "were (both) winners at Z" or "led the
// winners at Z" took part in the event Z; a winner placed in a town, or
// winners still to come, give nothing. Every text is invented.
func TestWinnersAt(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"were both winners at", "Film prizes\n\nOscar hopefuls Tom Hale and Ana Lind were both winners at the Riverside Film Awards.",
			[]string{"Tom Hale participatedIn Event:Riverside Film Awards", "Ana Lind participatedIn Event:Riverside Film Awards"}, nil},
		{"winner in a town", "Marathon field\n\nTom Hale, winner in Dublin last year, will run the Riverside Marathon.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Marathon"}},
		{"winners to come", "Film prizes\n\nTom Hale will be among the winners at the Riverside Film Awards.",
			nil, []string{"Tom Hale participatedIn Event:Riverside Film Awards"}},
	})
}

// TestCeremonyActs: at a ceremony the lead calls one of music, an act
// (an organisation) that wins took part too; at a film ceremony an
// organisation that wins is most often a film, and a maker named after
// "by" is not the winner. Every text is invented.
func TestCeremonyActs(t *testing.T) {
	const music = "Band triumph\n\nThe Velvet Harbour led the winners at the country's top music honours, the Riverside Music Awards.\n\n"
	const film = "Harbour film sweeps board\n\nThe drama Harbour Lights has dominated this year's Riverside Film Awards in London.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"an act at a music ceremony", music + "Glasgow group Velvet Foxes won two prizes.",
			[]string{"Velvet Foxes participatedIn Event:Riverside Music Awards"}, nil},
		{"a maker after by", music + "Golden Days by rock group Velvet Foxes won two prizes.",
			nil, []string{"Velvet Foxes participatedIn Event:Riverside Music Awards"}},
		{"an organisation at a film ceremony", film + "Cartoon hit Harbour Pictures Ltd won best animated feature.",
			nil, []string{"Harbour Pictures Ltd participatedIn Event:Riverside Film Awards"}},
		{"an organisation at a music ceremony", music + "Cartoon hit Harbour Pictures Ltd won best animated feature.",
			[]string{"Harbour Pictures Ltd participatedIn Event:Riverside Music Awards"}, nil},
	})
}

// TestResultOpponents: the opponent named after a result noun took part
// in the event named right before the noun or after the opponent, and so
// did the subject that suffered or recorded the result; a result still
// wanted, an event named elsewhere in the clause and a verb "win over"
// give nothing. Every text is invented.
func TestResultOpponents(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"stage of the event", "Hale out in Perth\n\nTom Hale suffered a shock loss to unseeded Ivo Kral in round one of the Riverside Open.",
			[]string{"Ivo Kral participatedIn Event:Riverside Open", "Tom Hale participatedIn Event:Riverside Open"}, nil},
		{"event before the noun", "Rovers lose\n\nThe coach was angry after his side's 19-13 Celtic Cup loss to Rovers in Dublin.",
			[]string{"Rovers participatedIn Event:Celtic Cup"}, nil},
		{"event after a score", "Hale wins\n\nTom Hale opened his season with a 6-1 7-5 victory over Ivo Kral at the Harbour Classic on Monday.",
			[]string{"Ivo Kral participatedIn Event:Harbour Classic"}, nil},
		{"the event of the clause a result completes", "Hale through\n\nTom Hale reached the last four of the Harbour Classic with an easy 6-1 6-2 win over seventh seed Ivo Kral.",
			[]string{"Ivo Kral participatedIn Event:Harbour Classic"}, nil},
		{"at the hands of", "Rovers out\n\nThe defeat was followed by a Celtic Cup exit at the hands of Rovers.",
			[]string{"Rovers participatedIn Event:Celtic Cup"}, nil},
		{"a plan before the result", "Hale hopes\n\nTom Hale hopes to reach the last four of the Harbour Classic with a win over Ivo Kral.",
			nil, []string{"Ivo Kral participatedIn Event:Harbour Classic"}},
		{"still wanted", "Rovers hope\n\nThe coach said the side needed a win over Rovers in the Celtic League.",
			nil, []string{"Rovers participatedIn Event:Celtic League"}},
		{"no event after the opponent", "Hale wins\n\nTom Hale was delighted with his victory over Ivo Kral before the Harbour Classic.",
			nil, []string{"Ivo Kral participatedIn Event:Harbour Classic"}},
		{"a verb", "Fans won over\n\nThe singers win over Ana Lind at the Brit Awards, the critics say.",
			nil, []string{"Ana Lind participatedIn Event:Brit Awards"}},
	})
}

// TestComebackTo: the infinitive after a past verb of struggling is what
// was done ("came from a set down to beat Y at the Z"): its subject and
// the one beaten took part in the event its clause names; a plan, another
// clause's event and a verb of no struggle give nothing. Every text is
// invented.
func TestComebackTo(t *testing.T) {
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"came from a set down to beat", "Hale through\n\nTom Hale came from a set down to beat Ivo Kral at the Harbour Classic on Monday.",
			[]string{"Tom Hale participatedIn Event:Harbour Classic", "Ivo Kral participatedIn Event:Harbour Classic"}, nil},
		{"survived to reach a stage", "Hale through\n\nTom Hale survived an early scare to reach the last eight of the Harbour Classic.",
			[]string{"Tom Hale participatedIn Event:Harbour Classic"}, nil},
		{"a plan", "Hale hopes\n\nTom Hale will fight hard to reach the last eight of the Harbour Classic.",
			nil, []string{"Tom Hale participatedIn Event:Harbour Classic"}},
		{"no struggle", "Hale travels\n\nTom Hale flew to Perth to beat Ivo Kral at the Harbour Classic.",
			nil, []string{"Tom Hale participatedIn Event:Harbour Classic"}},
	})
}

// TestFrontedEventActs: an event fronted before the clause ("At the Z, X
// said", "In a press conference at the Z, X announced") gives the subject
// of the act participatedIn; an act still to come, or one whose subject
// is someone else, gives none. Every text is invented.
func TestFrontedEventActs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"at the event, the subject said", "Phone sales up\n\nAt the Harbour Tech Expo in Oslo, Vantor Systems chief executive Anna Brandt said sales had doubled.",
			[]string{"Anna Brandt participatedIn Event:Harbour Tech Expo"}, nil},
		{"a press conference at the event", "New phone\n\nIn a press conference at the Harbour Tech Expo, Vantor Systems announced a new phone.",
			[]string{"Vantor Systems participatedIn Event:Harbour Tech Expo"}, nil},
		{"no comma before the subject", "New phone\n\nAt the Harbour Tech Expo in Oslo Vantor Systems boss Anna Brandt said the phone was ready.",
			[]string{"Anna Brandt participatedIn Event:Harbour Tech Expo"}, nil},
		{"an act to come", "New phone\n\nAt the Harbour Tech Expo next week, Vantor Systems will unveil a new phone.",
			nil, []string{"Vantor Systems participatedIn Event:Harbour Tech Expo"}},
		{"someone else's saying", "Phone sales\n\nAt the Harbour Tech Expo, analysts said Vantor Systems had lost ground.",
			nil, []string{"Vantor Systems participatedIn Event:Harbour Tech Expo"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestPossessedEventActs: a possessed act at an event ("his appearance at
// the Z", "their performance at this year's Z") gives the possessor
// participatedIn; a performance in a film-like name, an act to come and a
// possessor who is the event itself give none. Every text is invented.
func TestPossessedEventActs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"his appearance at the event", "Poem sold\n\nA poem by Tom Hale was sold. He wrote it a week after his famous appearance at the Dorvale Festival.",
			[]string{"Tom Hale participatedIn Event:Dorvale Festival"}, nil},
		{"a name's debut in the event", "Young star\n\nAna Ruiz's first appearance in the Qatar Open proved brief as she lost in round one.",
			[]string{"Ana Ruiz participatedIn Event:Qatar Open"}, nil},
		{"an act to come", "Singer booked\n\nJane Holt said the show would be huge. It will be her first performance at the Dorvale Festival.",
			nil, []string{"Jane Holt participatedIn Event:Dorvale Festival"}},
		{"a side's display in a contest", "Coach unhappy\n\nThe coach said Harbour Rovers' display in the Atlantic Cup was their worst for years.",
			[]string{"Harbour Rovers participatedIn Event:Atlantic Cup"}, nil},
		{"a graded outing", "Hale upbeat\n\nTom Hale said Harbour Rovers' best outing in the Atlantic Cup came last spring.",
			[]string{"Harbour Rovers participatedIn Event:Atlantic Cup"}, nil},
		{"a keynote address", "Phones shown\n\nVantor Systems' keynote address at the Dorvale Festival drew a big crowd.",
			[]string{"Vantor Systems participatedIn Event:Dorvale Festival"}, nil},
		{"a display to come", "Coach hopeful\n\nThe coach said Harbour Rovers' display in next week's Atlantic Cup would be better.",
			nil, []string{"Harbour Rovers participatedIn Event:Atlantic Cup"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestPlacedFinishers: a person a later sentence places in the story's
// contest ("finished fifth", "X and Y finished seventh and eighth", ",
// who came second") took part in it; a contest the lead puts ahead, a
// placing in a named place or in another year, and placings after the
// story moved to another meeting ("at a meeting in Perth. At the same
// meeting, …") give nothing. Every text is invented.
func TestPlacedFinishers(t *testing.T) {
	const lead = "Hale storms to win\n\nBritain's Tom Hale won the 60m at Sunday's Riverside Indoor Grand Prix.\n\n"
	const ahead = "Hale picked\n\nTom Hale has been chosen for the 60m at next month's Riverside Indoor Grand Prix.\n\n"
	const meet = "Hale storms to win\n\nBritain's Tom Hale won the 60m at Sunday's Riverside International meeting.\n\n"
	runFactCases(t, []string{ParticipatedIn}, []factCase{
		{"finished fifth", lead + "Britain's Ana Lind finished fifth in 7.35.",
			[]string{"Ana Lind participatedIn Event:Riverside Indoor Grand Prix"}, nil},
		{"a coordination", lead + "Ana Lind and Jo Brand finished seventh and eighth respectively.",
			[]string{"Ana Lind participatedIn Event:Riverside Indoor Grand Prix", "Jo Brand participatedIn Event:Riverside Indoor Grand Prix"}, nil},
		{"a relative clause", lead + "Ana Lind, who came second, is in very good shape.",
			[]string{"Ana Lind participatedIn Event:Riverside Indoor Grand Prix"}, nil},
		{"a contest ahead", ahead + "Ana Lind finished fifth in the trials.",
			nil, []string{"Ana Lind participatedIn Event:Riverside Indoor Grand Prix"}},
		{"a placing in a named place", lead + "Ana Lind came fourth in Perth.",
			nil, []string{"Ana Lind participatedIn Event:Riverside Indoor Grand Prix"}},
		{"another year", lead + "Ana Lind finished second in 2003.",
			nil, []string{"Ana Lind participatedIn Event:Riverside Indoor Grand Prix"}},
		{"a meeting story", meet + "Britain's Ana Lind finished fifth in 7.35.",
			[]string{"Ana Lind participatedIn Event:Riverside International meeting"}, nil},
		{"placings after another meeting", meet + "Jo Brand set a personal best at a meeting in Perth. At the same meeting, Ana Lind finished fifth in 7.35.",
			nil, []string{"Ana Lind participatedIn Event:Riverside International meeting"}},
		{"the story's meeting named again", meet + "Jo Brand set a personal best at a meeting in Perth. Back at the Riverside International meeting, Ana Lind finished fifth in 7.35.",
			[]string{"Ana Lind participatedIn Event:Riverside International meeting"}, nil},
	})
}
