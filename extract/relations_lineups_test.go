package extract

import (
	"strings"
	"testing"
)

// TestLineups: team sheets and squad lists give memberships of the team
// that labels them and of the club in brackets, each of a bench's
// alternatives ("Weaver/Oduya") too; lists of bookings,
// scorers, seedings and lists outside sport give none. Every text is
// invented.
func TestLineups(t *testing.T) {
	const report = "Rovers 2-1 Athletic\n\nRovers moved up the league table after a scrappy win over Athletic at the weekend, with two goals from the striker Tom Hale.\n\n" +
		"Rovers: Ward, Mills (Sam Kerr 70), Lane, Flood, Hale, Boyd, Prior, Nash (Dane Ulm 80), Quill, Reyes, Fenn. Subs Not Used: Weaver, Oduya. Booked: Lane. Goals: Hale 12, 55.\n\n" +
		"Athletic: Cole, Dunmore, Pike, Rusk, Voss, Tarn, Yale, Gault, Hume, Iles, Jory. Subs Not Used: Kemp, Lusk. Att: 21,000 Ref: P Dean (Kent)."
	const squad = "Kerr back in Scotland squad\n\nSam Kerr has been named in the Scotland training squad for the Six Nations match against Ireland, after a ban. The Glasgow forward is fit again.\n\n" +
		"Backs: Ian Blane (Edinburgh Rugby), Rob Crail (Glasgow Rugby), Dan Cusk (The Borders), Lee Dorne (Edinburgh Rugby) Forwards: Tom Ayre (Leeds Tykes), Sam Kerr (captain, Glasgow Rugby)."
	for _, tc := range []struct {
		name, text string
		want       []string // memberOf facts that must be found
		not        []string // memberOf facts that must not be
	}{
		{"team sheet with replacements and bench", report,
			[]string{"Mills memberOf Organization:Rovers", "Sam Kerr memberOf Organization:Rovers",
				"Flood memberOf Organization:Rovers", "Weaver memberOf Organization:Rovers",
				"Oduya memberOf Organization:Rovers", "Dane Ulm memberOf Organization:Rovers",
				"Cole memberOf Organization:Athletic", "Lusk memberOf Organization:Athletic"},
			[]string{"Lane memberOf Organization:Athletic", "Dean memberOf Organization:Kent", "P Dean memberOf Organization:Kent",
				"Mills memberOf Organization:Athletic"}},
		{"alternatives on a bench", strings.Replace(report, "Subs Not Used: Weaver, Oduya.", "Replacements (from): Weaver/Oduya, Kemble.", 1),
			[]string{"Weaver memberOf Organization:Rovers", "Oduya memberOf Organization:Rovers", "Kemble memberOf Organization:Rovers"},
			[]string{"Oduya memberOf Organization:Athletic"}},
		{"squad list with clubs and the side named", squad,
			[]string{"Ian Blane memberOf Organization:Edinburgh Rugby", "Ian Blane memberOf Organization:Scotland",
				"Tom Ayre memberOf Organization:Leeds Tykes", "Tom Ayre memberOf Organization:Scotland",
				"Sam Kerr memberOf Organization:Glasgow Rugby", "Dan Cusk memberOf Organization:The Borders",
				"Lee Dorne memberOf Organization:Edinburgh Rugby"},
			nil},
		// With no verb of choosing, a side's possessive squad or its coach
		// changing the line-up names the side of a club-bracket list.
		{"possessive squad, no selection verb",
			"Kerr axed\n\nSam Kerr has been dropped from Portugal's squad for the rugby match with Spain on Saturday.\n\n" +
				"Ian Blane (Lisbon Rugby), Rob Crail (Porto Rugby), Dan Cusk (Lisbon Rugby), Lee Dorne (Braga Rugby), Tom Ayre (Porto Rugby).",
			[]string{"Ian Blane memberOf Organization:Lisbon Rugby", "Ian Blane memberOf Organization:Portugal", "Lee Dorne memberOf Organization:Portugal"},
			[]string{"Sam Kerr memberOf Organization:Portugal", "Ian Blane memberOf Organization:Spain"}},
		{"coach changes the line-up",
			"Coach rings changes\n\nPortugal coach Rui Sousa has made three changes to the starting line-up for the rugby match with Spain.\n\n" +
				"Ian Blane (Lisbon Rugby), Rob Crail (Porto Rugby), Dan Cusk (Lisbon Rugby), Lee Dorne (Braga Rugby), Tom Ayre (Porto Rugby).",
			[]string{"Rob Crail memberOf Organization:Portugal", "Tom Ayre memberOf Organization:Portugal"},
			[]string{"Rob Crail memberOf Organization:Spain"}},
		// A player abroad is listed with his club and its league's
		// country code: the club is his, the code no club.
		{"club with its country's code",
			"Kerr axed\n\nSam Kerr has been dropped from Portugal's squad for the rugby match with Spain on Saturday.\n\n" +
				"Ian Blane (Lisbon Rugby), Rob Crail (Leeds Tykes/ENG), Dan Cusk (Lisbon Rugby), Lee Dorne (Braga Rugby), Tom Ayre (Porto Rugby, capt).",
			[]string{"Rob Crail memberOf Organization:Leeds Tykes", "Rob Crail memberOf Organization:Portugal", "Tom Ayre memberOf Organization:Porto Rugby"},
			[]string{"Rob Crail memberOf Organization:ENG", "Rob Crail memberOf Organization:England"}},
		// Two sides owning a squad leave the list's side unknown.
		{"two sides' squads",
			"Squads named\n\nPortugal's squad and Spain's squad for the rugby match on Saturday were confirmed.\n\n" +
				"Ian Blane (Lisbon Rugby), Rob Crail (Porto Rugby), Dan Cusk (Lisbon Rugby), Lee Dorne (Braga Rugby), Tom Ayre (Porto Rugby).",
			[]string{"Ian Blane memberOf Organization:Lisbon Rugby"},
			[]string{"Ian Blane memberOf Organization:Portugal", "Ian Blane memberOf Organization:Spain"}},
		{"a surname twice names two players",
			"Wales squad named\n\nThe Wales coach has named his squad for the match against Italy in the league.\n\n" +
				"Coyne (Burnley), Jones (Wolves), Roberts (Wrexham), Collins (Sunderland), Edwards (Wolves), Roberts (Tranmere), Weston (Cardiff).",
			[]string{"Coyne memberOf Organization:Burnley", "Edwards memberOf Organization:Wolves"},
			[]string{"Roberts memberOf Organization:Wrexham", "Roberts memberOf Organization:Tranmere"}},
		// A seeding list gives nationalities, not national sides.
		{"tennis seeds", "Federer top seed in Sydney\n\nThe tennis seeds for the tournament were named on Monday, with the final set for Sunday.\n\n" +
			"Seeds: Roger Fedder (Switzerland), Andy Rodd (US), Lleyton Hewer (Australia), Marat Safe (Russia), Carl Moy (Spain).",
			nil, []string{"Roger Fedder memberOf Organization:Switzerland", "Andy Rodd memberOf Organization:United States"}},
		// Outside sport a list in brackets is no squad.
		{"no sports story", "Candidates named\n\nThe candidates for the seat were named on Monday by the returning officer.\n\n" +
			"Ann Bell (Labour), Tom Vane (Green), Ian Cope (Liberal), Sue Hart (Labour), Don Reed (Green).",
			nil, []string{"Ann Bell memberOf Organization:Labour", "Tom Vane memberOf Organization:Green"}},
		// A quotation after a manager's name and colon is no list.
		{"a quotation after a colon", "Rovers 2-1 Athletic\n\nRovers won the league match and the cup tie.\n\n" +
			"Rovers boss Sam Wilde: \"We had a great chance, Lane, Flood, Hale and Boyd played well, Nash, Quill, Reyes and Fenn too.\"",
			nil, []string{"Lane memberOf Organization:Rovers", "Flood memberOf Organization:Rovers"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.text), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestMatchHeadlineAndTitles: a score headline is the match both teams
// took part in; a title held before a name ("French Open champion X",
// "Olympic champion X", "runner-up X" in a tournament story) says the
// holder took part in that tournament; "will also compete" and titles
// from elsewhere say nothing. Every text is invented.
func TestMatchHeadlineAndTitles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string // participatedIn facts
	}{
		{"score headline", "Rovers 2-1 Athletic\n\nRovers moved up the league table after a scrappy win over Athletic, with two goals from the striker Tom Hale.",
			[]string{"Rovers participatedIn Event:Rovers 2-1 Athletic", "Athletic participatedIn Event:Rovers 2-1 Athletic"}, nil},
		{"score headline with a place's side", "Newcastle 27-27 Gloucester\n\nNewcastle drew with Gloucester in the league after a late try at Kingston Park.",
			[]string{"Newcastle participatedIn Event:Newcastle 27-27 Gloucester", "Gloucester participatedIn Event:Newcastle 27-27 Gloucester"}, nil},
		{"no score in the headline", "Rovers beat Athletic\n\nRovers moved up the league table after a win over Athletic in the cup match.",
			nil, []string{"Rovers participatedIn Event:Rovers beat Athletic"}},
		{"tournament champion and Olympic champion", "Mara returns in Sydney\n\nOlympic champion Ana Mara will return in the Sydney International tournament. French Open champion Ida Rusk will also compete in the tennis event.",
			[]string{"Ana Mara participatedIn Event:Olympic Games", "Ida Rusk participatedIn Event:French Open"},
			[]string{"Ida Rusk participatedIn Event:Sydney International"}},
		{"runner-up in the story's tournament", "Moss back in Sydney\n\nLee Moss will return in the Sydney International tournament in January.\n\nIn the men's event, the top seed returns, along with runner-up Carl Moy. The tennis final is on Sunday.",
			[]string{"Carl Moy participatedIn Event:Sydney International"}, nil},
		{"a title defended", "Moss back in Sydney\n\nLee Moss will return in the Sydney International tournament in January.\n\nShe took a break but will defend her titles in Sydney and at the Australian Open. Top seed Tom Rudd returns to defend his title.",
			[]string{"Lee Moss participatedIn Event:Sydney International", "Lee Moss participatedIn Event:Australian Open", "Tom Rudd participatedIn Event:Sydney International"},
			nil},
		{"a title sought is none held", "Moss back in Sydney\n\nLee Moss will return in the Sydney International tournament in January.\n\nTom Rudd will also compete, and hopes to win the tennis title.",
			nil, []string{"Tom Rudd participatedIn Event:Sydney International"}},
		{"a runner-up from elsewhere", "Moss back in Sydney\n\nLee Moss will return in the Sydney International tournament in January.\n\nThe men's event has European runner-up Carl Moy. The tennis final is on Sunday.",
			nil, []string{"Carl Moy participatedIn Event:Sydney International"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			got := factsOf(d, ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}
