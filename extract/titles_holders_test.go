package extract

import "testing"

// TestTitleFactsHolders covers the title constructions of titles_holders.go, each with
// negatives; every sentence is invented.
func TestTitleFactsHolders(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A nationality before a co-role: the role is held in the "of" owner.
		{"Karl Brandt, the German co-head of Nordavia, said the deal was done.", "Karl Brandt leaderOf Nordavia"},
		// Closing comma left out before the verb.
		{"Karl Brandt, the German co-head of Nordavia will also step down next year.", "Karl Brandt leaderOf Nordavia"},
		{"Karl Brandt, the German finance director of Nordavia will also step down next year.", ""},
		// A descriptor with a demonym and "and" before the owner.
		{"The French co-head of European rail and shipping group NRG Pierre Lemaire is to leave.", "Pierre Lemaire leaderOf NRG"},
		{"The French head of sales at Nordavia Pierre Lemaire is to leave.", ""},
		// A regional boss does not run the whole firm.
		{"Sales rose, said Andrew Pike, European boss of Nordavia which ran the survey.", ""},
		{"Sales rose, said Andrew Pike, chief executive of Nordavia which ran the survey.", "Andrew Pike leaderOf Nordavia"},
		// An auxiliary before "replaced".
		{"Ann Lee has replaced Tom Hale as chief executive of Brightcode, the firm said.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee could replace Tom Hale as chief executive of Brightcode.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestBareTitleHolders covers bare "President/Prime Minister X" with the
// country from context.
func TestBareTitleHolders(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// Lower-case BBC style.
		{"Moldova will hold elections in May, prime minister Ivan Petrov has announced.", "Ivan Petrov leaderOf Moldova"},
		// A weekday before the title does not own it.
		{"Moldova's parliament met on Monday. Lawmakers debated the budget for hours. But on Wednesday Prime Minister Ivan Petrov said cuts are coming.", "Ivan Petrov leaderOf Moldova"},
		// A defeated rival or candidate is not the holder.
		{"Moldova voted on Sunday. Voters defeated presidential candidate and Prime Minister Ivan Petrov at the polls.", ""},
		// Countries in a list are the topic, not the holder's own.
		{"Talks on Moldova, Romania and Bulgaria dominated. Only one aide of President Ivan Petrov will attend. The Serbian government may send more.", ""},
		{"Disputes over Romania and Bulgaria dominated. Only one aide of President Ivan Petrov will attend. Serbia may send more.", "Ivan Petrov leaderOf Serbia"},
		// A country inside a compound modifier is not the holder's.
		{"Costs rose in Romania and Bulgaria. One of President Ivan Petrov's pledges was to cut the deficit. Critics say Serbia-related costs were left out.", ""},
		{"His film attacked President Ivan Petrov and the Serbia-led invasion of Moldova.", ""},
		{"Prime Minister Tony Blair defended his record on the Moldova war.", ""},
		// A capitalised owner before the title is his firm, never the
		// country named earlier (entities_roles.go types it).
		{"It will not be sold in Moldova, said Nordavia Europe president Ivan Petrov.", "Ivan Petrov leaderOf Nordavia Europe"},
		// A nationality counts when the sentence names no country, but
		// not someone else's nationality, and two make it ambiguous.
		{"Speaking on Tuesday, President Ivan Petrov said other Moldovan firms would invest.", "Ivan Petrov leaderOf Moldova"},
		{"Moldovan officials will seize land owned by a Romanian firm under President Ivan Petrov's reform.", ""},
		{"President Ivan Petrov hired Romanian Tom Hale as an adviser.", ""},
		{"Talks with Spain began. When President Ivan Petrov of Moldova took power he met the firms.", "Ivan Petrov leaderOf Moldova"},
		// Past holders.
		{"The ban was imposed by then president Ivan Petrov after Moldova left the pact.", ""},
		{"He ran the budget office under President Ivan Petrov, and Moldova grew fast.", ""},
		// England has no prime minister of its own.
		{"Prime minister Tony Blair has defended his plans for schools in England.", ""},
		// A country set as the scene before the title in its own
		// sentence makes a neighbour's country a guess; one after the
		// title is where the holder went.
		{"Nordavia broke US export laws. The firm paid an agent in Moldova claiming ties with President Ivan Petrov.", ""},
		{"The US budget deficit grew last year. President Ivan Petrov told a summit in Moldova that he would halve it.", "Ivan Petrov leaderOf United States"},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestFormerHolder: a headline title is dropped when the story calls its
// holder a former holder of the same post.
func TestFormerHolder(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Brightcode boss Hale dies aged 60\n\nTom Hale, the popular former head of software firm Brightcode, has died aged 60.", ""},
		{"Brightcode boss Hale hits back\n\nTom Hale, the popular head of software firm Brightcode, has denied the claims.", "Tom Hale leaderOf Brightcode"},
		// A holder who has resigned leads no more (titles_past.go).
		{"Brightcode boss Hale quits\n\nTom Hale, the popular head of software firm Brightcode, has resigned.", ""},
		// A former post elsewhere does not touch the current one.
		{"Ann Lee, the former head of Ridgeway Capital, is now chief executive of Brightcode. Brightcode chief executive Ann Lee said sales rose.", "Ann Lee leaderOf Brightcode"},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestCoachAndPartyRoles covers bare coach titles and party roles in
// appositions.
func TestCoachAndPartyRoles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A country's name after the possessive is the country, which no
		// coach leads; a club, or a side the story names as a team, is led.
		{"Rugby squad named\n\nThe squad was named on Monday for the match. Coach Dan Reid's Moldova squad will tour Fiji in June.", ""},
		{"Rugby squad named\n\nThe squad was named on Monday for the match. Coach Hans Becker's Germany squad will tour Fiji in June.", ""},
		{"Rugby squad named\n\nThe squad was named on Monday for the match. Coach Dan Reid's Brockley Rovers squad will tour Fiji in June.", "Dan Reid leaderOf Brockley Rovers"},
		{"Rugby squad named\n\nThe Moldova captain was named on Monday for the match. Coach Dan Reid's Moldova squad will tour Fiji in June.", "Dan Reid leaderOf Moldova"},
		{"Rugby squad named\n\nTop seeds Moldova face Fiji in the cup next month. Last year the side lost the match. Coach Dan Reid and his squad will return to Suva.", "Dan Reid leaderOf Moldova"},
		// No team opens the story: the coach leads nothing we can name.
		{"Rugby squad named\n\nThe league has changed its rules for the cup match. Coach Dan Reid and his squad will return to Suva.", ""},
		// A club opening the story is as often the coach's opponent.
		{"Rugby squad named\n\nBrockley United have signed Tom Hale for the season. Coach Dan Reid dropped him from the squad for the match.", ""},
		// An assistant is not the head.
		{"Rugby squad named\n\nTop seeds Moldova face Fiji in the cup next month. Then assistant coach Dan Reid will talk to the squad.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Stephen Pound, the Labour MP for Ealing North, said the row was overblown. Labour will vote on Monday.", "Stephen Pound memberOf Labour Party"},
		{"Stephen Pound, a Liberal Democrat peer, said the row was overblown.", "Stephen Pound memberOf Liberal Democrats"},
		{"Stephen Pound, a former Labour MP, said the row was overblown. Labour will vote on Monday.", ""},
		{"Stephen Pound, the Labour spokesman on health, said the row was overblown. Labour will vote on Monday.", ""},
	} {
		d := extractText(t, tc.text)
		got := ""
		for _, f := range d.Facts {
			if f.Predicate == MemberOf {
				got = d.Entities[f.Subject].Name + " memberOf " + d.Entities[f.Object].Name
			}
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestRoleThenNamed: a sentence opening with a leader role, then one
// opening with the holder's full name.
func TestRoleThenNamed(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Brightcode shake-up\n\nThe chief executive of the Brightcode group has taken control of its ailing chip unit. Ann Lee said the unit would recover.", "Ann Lee leaderOf Brightcode"},
		// The next sentence names someone else first, with a title.
		{"Brightcode shake-up\n\nThe chief executive of the Brightcode group has taken control of its ailing chip unit. Analyst Tom Hale said the unit would recover.", ""},
		// A deputy is no leader.
		{"Brightcode shake-up\n\nThe deputy chief executive of the Brightcode group has taken control of its ailing chip unit. Ann Lee said the unit would recover.", ""},
		// The role sentence names its holder itself.
		{"Brightcode shake-up\n\nThe chief executive of Brightcode, Tom Hale, has taken control of the unit. Ann Lee said the unit would recover.", "Tom Hale leaderOf Brightcode"},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestBareChancellor: a bare chancellor leads Germany or Austria only.
func TestBareChancellor(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Chancellor Karl Weber said Germany would meet the budget rules.", "Karl Weber leaderOf Germany"},
		{"Chancellor Karl Weber said Britain would meet the budget rules.", ""},
		{"Former Chancellor Karl Weber said Germany would meet the budget rules.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestLinkedRoles covers a leader role stated by a linking or appointing
// verb or after "as" (linkedRoles), with the chains that must not give
// the fact: a modal, a negation, "to", a question, an indefinite or
// former role, a role of the organisation's part. Every sentence is
// invented.
func TestLinkedRoles(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// Linking verbs, with and without an appointing participle.
		{"Ann Lee is the chief executive of Brightcode.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee became president of Moldova in June after a run-off.", "Ann Lee leaderOf Moldova"},
		{"Ann Lee has been named chairman of Brightcode.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee was appointed as Brightcode's new chief executive last week.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee, who has been chief executive of Brightcode since 2019, spoke.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee took over as chairman of Brightcode last year.", "Ann Lee leaderOf Brightcode"},
		// A relative clause closing the clause that the name opens.
		{"Ann Lee (1920-1992) was a lawyer in the Moldovan town of Soroca, who became mayor of Chisinau in 1977.", "Ann Lee leaderOf Chisinau"},
		// The nearest person is the relative's subject.
		{"Ann Lee was a lawyer for Tom Hale, who became mayor of Chisinau in 1977.", "Tom Hale leaderOf Chisinau"},
		{"Ann Lee was a lawyer for Tom Hale and later served as mayor of Chisinau.", ""},
		// An apposition between the subject and its verb.
		{"Ann Lee, 54, is the chief executive of Brightcode.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee, Tom Hale's wife, is the chief executive of Brightcode.", "Ann Lee leaderOf Brightcode"},
		{"Ann Lee, Tom Hale and Sam Cole are directors of Brightcode.", ""},
		{"Ann Lee, 54, could become chief executive of Brightcode.", ""},
		// Nothing but the role may stand between subject and verb.
		{"Ann Lee could become chief executive of Brightcode if the board agrees.", ""},
		{"Ann Lee will take over as chairman of Brightcode next year.", ""},
		{"Ann Lee is to take over as chairman of Brightcode.", ""},
		{"Ann Lee hopes to be named chairman of Brightcode.", ""},
		{"Ann Lee is not the chief executive of Brightcode.", ""},
		{"Is Ann Lee the chief executive of Brightcode?", ""},
		// The role must be a head's and end where the phrase ends.
		{"Ann Lee is a director of Brightcode.", ""},
		{"Ann Lee is the former chief executive of Brightcode.", ""},
		{"Ann Lee is head of Brightcode's UK arm.", ""},
		// A post stated only in the past is a former one.
		{"Ann Lee, who was also Brightcode's president, left the company.", ""},
		{"Ann Lee served as chairman of Brightcode from 1990 to 1995.", ""},
		// An appointment noun with the holder before or after it.
		{"Since Ann Lee's appointment as chairman of Brightcode, shares have fallen.", "Ann Lee leaderOf Brightcode"},
		{"The election of Ann Lee as mayor of Chisinau surprised analysts.", "Ann Lee leaderOf Chisinau"},
		{"Ann Lee's bid for election as mayor of Chisinau failed.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestBoardDirector: where the story speaks of a board's "directors", a
// bare "X director Y" is one of them, not X's head; without such a board
// (a festival's or an association's director) the director leads. Every
// sentence is invented.
func TestBoardDirector(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"The regulator said Brightcode had paid the son of current Brightcode director Tom Hale. Two other directors were also named.", ""},
		{"The regulator said Brightcode had paid the son of Brightcode director Tom Hale. Its directors deny any wrongdoing.", ""},
		{"Sales at Brightcode rose, Brightcode director Tom Hale said. Shoppers returned in December.", "Tom Hale leaderOf Brightcode"},
		{"Brightcode managing director Tom Hale said the directors backed the plan.", "Tom Hale leaderOf Brightcode"},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}
