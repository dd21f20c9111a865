package extract

import (
	"strings"
	"testing"
)

// TestTitleMemberships covers party and band membership read from
// titles, and a body's leader named after a comma. Every sentence is
// invented; each construction has negatives.
func TestTitleMemberships(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// A party before a seat or standing.
		{"Labour MP Ann Rowe said the plan was wrong.", "Ann Rowe memberOf Labour Party"},
		{"Tory backbencher Tom Hale voted against the bill.", "Tom Hale memberOf Conservative Party"},
		{"Lib Dem peer Lord Ashby said the Liberal Democrats would oppose it.", "Lord Ashby memberOf Liberal Democrats"},
		{"Democratic Senator Mary Kline attacked the budget.", "Mary Kline memberOf Democratic Party"},
		{"WASHINGTON (Reuters) - Republican Sen. Mary Kline attacked the budget on Tuesday.", "Mary Kline memberOf Republican Party"},
		{"Democratic presidential candidate Jim Carver lost the vote.", "Jim Carver memberOf Democratic Party"},
		{"Tory shadow chancellor Tom Hale said taxes would rise.", "Tom Hale memberOf Conservative Party"},
		// A party's co-ordinator is one of its officials.
		{"Ann Rowe, Labour's election co-ordinator, said the plan was wrong.", "Ann Rowe memberOf Labour Party"},
		{"Former Labour election co-ordinator Ann Rowe said the plan was wrong.", ""},
		// A spokesman's brief between the party and the role.
		{"Liberal Democrat home affairs spokesman Tom Hale attacked the plan.", "Tom Hale memberOf Liberal Democrats"},
		{"Former Liberal Democrat home affairs spokesman Tom Hale attacked the plan.", ""},
		// A former member, a ministry, and a leader are not read.
		{"Former Labour MP Ann Rowe said the plan was wrong.", ""},
		{"Labour Minister Karl Brandt said German jobless figures rose.", ""},
		// The role set off before the name.
		{"Shares rose after his Democrat challenger, Jim Carver, conceded.", "Jim Carver memberOf Democratic Party"},
		{"Shares rose after the defeat of Democrats in Ohio, Jim Carver said.", ""},
		// A party member's noun right before a name: split off the name
		// and read as the party; "former" blocks it, and a party's own
		// name or a non-name after the noun gives nothing.
		{"The district was merged with that of fellow Democrat Mary Kline.", "Mary Kline memberOf Democratic Party"},
		{"Republican Tom Hale won the seat in 2014.", "Tom Hale memberOf Republican Party"},
		{"Former Republican Tom Hale won the seat in 2014.", ""},
		{"He walked down Conservative Club Lane on Monday.", ""},
		// A party's possessive before a full name.
		{"Labour's Ann Rowe said the Labour Party would win.", "Ann Rowe memberOf Labour Party"},
		// A bare shadow post: the Tory front bench, only when the story
		// names the Conservatives.
		{"Shadow chancellor Tom Hale spoke on Monday. He said the Conservative Party would cut taxes.", "Tom Hale memberOf Conservative Party"},
		{"Shadow chancellor Tom Hale said taxes would rise.", ""},
		{"Former shadow chancellor Tom Hale spoke on Monday. He said the Conservative Party would cut taxes.", ""},
		// Band roles.
		{"The single features Razorbill frontman Jed Marsh on vocals.", "Jed Marsh memberOf Razorbill"},
		{"The gig was led by former Razorbill drummer Jed Marsh.", ""},
		{"The chart was topped by R&B singer Jed Marsh.", ""},
		// A band named only before a member's role, in a music story:
		// made an organisation; not a place, a genre, a former band, or
		// a lone word capitalised only for opening the sentence.
		{"The band played a gig and the album sold well on the tour. Her fans cheered when Glass Harbour singer Jed Marsh came on.", "Jed Marsh memberOf Glass Harbour"},
		{"The band played a gig and the album sold well on the tour. Her fans cheered when Bristol singer Jed Marsh came on.", ""},
		{"The band played a gig and the album sold well on the tour. Her fans cheered when former Glass Harbour singer Jed Marsh came on.", ""},
		{"The band played a gig and the album sold well on the tour. Soul singer Jed Marsh came on.", ""},
		{"The band played a gig and the album sold well on the tour. Local singer Jed Marsh came on.", ""},
		// A band's possessive in a story and sentence about music.
		{"The band played a gig. The album sold well. Stars on the recording include Razorbill's Jed Marsh and others.", "Jed Marsh memberOf Razorbill"},
		{"The band played a gig. The album sold well. The awards were judged by Brightcode's Jed Marsh and others.", ""},
		// A body named earlier, its leader after "the committee chairman,".
		{"The Public Finance Committee criticised the deal. It was a mistake, said the committee chairman, MP Tom Hale.", "Tom Hale leaderOf Public Finance Committee"},
		{"The Public Finance Committee criticised the deal. It was a mistake, said the committee clerk, Tom Hale.", ""},
		{"The Public Finance Committee criticised the deal. It was a mistake, said the committee chairman Tom Hale.", "Tom Hale leaderOf Public Finance Committee"},
		{"The Labour Party criticised the deal. It was a mistake, said the party leader Tom Hale.", ""},
		// A club's possessive before a full name, in a story about a team
		// sport; its manager leads it and is no member.
		{"The striker scored twice in the league match for Chelsea. Chelsea's Tom Hale was booked for a foul on the goalkeeper.", "Tom Hale memberOf Chelsea"},
		{"The striker scored twice in the league match for Chelsea. Chelsea manager Tom Hale praised the squad. Chelsea's Tom Hale was pleased.", ""},
		{"Brightcode's Tom Hale said sales of the phone rose.", ""},
		// A club whose name ends like any organisation's ("Villa",
		// "City"), and a football report with no position or squad word
		// but three sports words; a manager's "his players" is no member,
		// nor is a firm's man in a story whose one sports word is
		// "players".
		{"The striker scored twice in the league match. Ashford Villa's Tom Hale was booked for a foul on the goalkeeper.", "Tom Hale memberOf Ashford Villa"},
		{"The referee sent him off in the match, the second goal came late and the season is over. Arsenal's Tom Hale was banned for three games.", "Tom Hale memberOf Arsenal"},
		{"The referee sent him off in the match, the second goal came late and the season is over. Arsenal's Tom Hale has praised his players for their spirit.", ""},
		{"Sales of media players rose, and the players are cheap, said the makers of the players. Brightcode's Tom Hale said so.", ""},
		{"The referee stopped the match and the tennis season is over. Arsenal's Tom Hale reached the final.", ""},
		// A name whose first word is no known first name counts when the
		// text names the person again by a shorter name.
		{"The striker scored twice in the league match for Chelsea. Chelsea's Zorbek Talanov was booked for a foul on the goalkeeper. Talanov apologised.", "Zorbek Talanov memberOf Chelsea"},
		{"The striker scored twice in the league match for Chelsea. Chelsea's Zorbek Talanov was booked for a foul on the goalkeeper.", ""},
		// A club's full name vouches for such a name on its own.
		{"The striker scored twice in the league match. Ashford United's Zorbek Talanov was booked for a foul on the goalkeeper.", "Zorbek Talanov memberOf Ashford United"},
		// A city the place stage kept, as a club before a player, only
		// in a story two clear team-sport words mark and no individual
		// sport's word; a country is left to placeTeams.
		{"The fly-half kicked two penalties and the flanker scored two tries. Bristol's Tom Hale was the pick of the squad.", "Tom Hale memberOf Bristol"},
		{"The tennis star reached the final after two tries at the title. Bristol's Tom Hale was the pick of the seeds.", ""},
		{"The mayor said the city would bid. Bristol's Tom Hale backed the plan.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool {
			return strings.HasPrefix(f.Rule, "title:") && (f.Predicate == MemberOf || f.Rule == ruleBodyRoleComma)
		})
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestBareTitleBritish: a bare "Prime Minister X" in a story about British
// party politics, and bare titles whose country is only a guess.
func TestBareTitleBritish(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		// Britain named only as a scene, Labour named: the story's country.
		{"Labour will fight the poll on the economy. \"It is no problem for Labour in Britain,\" Mr Hale said. Tax rises were ruled out on a trip to India. Prime Minister Tony Blair has yet to name the date of the election.", "Tony Blair leaderOf United Kingdom"},
		// No British party: nothing to go on.
		{"Rates will rise in Britain, analysts said. Markets were calm. Shares fell. Prime Minister Tony Blair has yet to name the date of the election.", ""},
		// Another country, even as a scene, next to a neighbour's country.
		{"A US firm admitted bribery in the state of Moldova. It funded the campaign of President Ivan Petrov.", ""},
		{"Moldova recorded fast growth last year. The figures pleased President Ivan Petrov.", "Ivan Petrov leaderOf Moldova"},
		// A country after "because of the" is a complement.
		{"President Petrov's aide said it was needed because of the United States' pressure.", ""},
		// A one-word title of a work in a list is not a holder.
		{"Russia launched several games. Players liked them. Titles included Frontrunner, President Forever and Ballot Box.", ""},
	} {
		checkTitleFacts(t, tc.text, tc.want)
	}
}

// TestPhraseMemberships: a country's chairmanship of a body, "one
// of the X's founding members", and defending a party's seat.
func TestPhraseMemberships(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"He wants trade to dominate the UK's chairmanship of the G8 group of rich nations.", "United Kingdom memberOf G8"},
		{"He wants trade to dominate the UK's bid for the chairmanship of the G8.", ""},
		{"Japan, one of the WTO's founding members, backed the plan.", "Japan memberOf World Trade Organization"},
		{"Japan, one of the WTO's fiercest critics, attacked the plan.", ""},
		{"Last year Ann Rowe quit her job to run for parliament, defending the Labour stronghold of Eastfield.", "Ann Rowe memberOf Labour Party"},
		{"Last year Ann Rowe said she would not stand, defending the Labour record on jobs.", ""},
		{"Ann Rowe said Tom Hale was defending the Labour seat of Eastfield.", ""},
		{"Ann Rowe said she could not hold the Labour seat of Eastfield.", ""},
	} {
		d := extractText(t, tc.text)
		var got []string
		for _, f := range d.Facts {
			if strings.HasPrefix(f.Rule, "title:") && f.Predicate == MemberOf {
				got = append(got, d.Entities[f.Subject].Name+" memberOf "+d.Entities[f.Object].Name)
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPartyOfficialsAndLinkedMembers covers the membership read from a
// party's officials and deputies ("Green Party campaign director X",
// "Labour's deputy leader, X"), from a linking verb with a party role
// ("X is a Labour MP", a resolved "She sits as a Labour MP"), and from
// a body's possessive before "member" ("Nato's newest member, Finland").
// Every sentence is invented; each form has negatives.
func TestPartyOfficialsAndLinkedMembers(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Green Party campaign director Ann Rowe said the vote was a breakthrough.", "Ann Rowe memberOf Green Party"},
		{"Tory deputy chairman Tom Hale said taxes would fall.", "Tom Hale memberOf Conservative Party"},
		{"Labour's deputy leader, Ann Rowe, defended the plan.", "Ann Rowe memberOf Labour Party"},
		{"Labour agent Tom Hale counted the votes.", "Tom Hale memberOf Labour Party"},
		// A bare director may be a ministry's; a former one is no member.
		{"Former Tory deputy chairman Tom Hale said taxes would fall.", ""},
		// A party role after a linking verb, and after a party-role apposition with a date.
		{"Ann Rowe is a Labour MP for a seat in Leeds.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe, a Labour MP since 2010, spoke first.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe was elected in 2010. She sits as a Labour MP for a seat in Leeds.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe is a former Labour MP.", ""},
		{"Ann Rowe is not a Labour MP.", ""},
		{"Ann Rowe hopes to become a Labour MP.", ""},
		// A party member's noun alone after a linking verb or fronted
		// before its subject ("a Democrat", "A Republican, he ...").
		{"Ann Rowe is a Democrat from Ohio.", "Ann Rowe memberOf Democratic Party"},
		{"Tom Hale is a Republican who has served two terms.", "Tom Hale memberOf Republican Party"},
		{"Tom Hale was a Republican until 2010.", ""},
		{"Ann Rowe is a Democrat.", "Ann Rowe memberOf Democratic Party"},
		{"Ann Rowe is not a Democrat.", ""},
		{"Ann Rowe is a former Democrat.", ""},
		{"Ann Rowe is a Democrat lobbyist's daughter.", ""},
		{"Ann Rowe is a Democratic Party donor.", ""},
		// A party the text calls one, though its name does not say so.
		{"The Zamunda Freedom Front is a political party in Zamunda. ZFF candidate Ann Rowe spoke.", "Ann Rowe memberOf Zamunda Freedom Front"},
		{"It backed the ruling party, the Zamunda Freedom Front. Zamunda Freedom Front parliamentary caucus spokesman Tom Hale said it would win.", "Tom Hale memberOf Zamunda Freedom Front"},
		{"The Brightcode Group is a software firm. Brightcode Group candidate Ann Rowe spoke.", ""},
		{"The deal was signed by the third party, the Brightcode Group. Brightcode Group candidate Ann Rowe spoke.", ""},
		// Any party role in an apposition, the party named or "the party's".
		{"Ann Rowe, Labour's candidate in Leeds, won the seat.", "Ann Rowe memberOf Labour Party"},
		{"The Labour Party held its conference. Ann Rowe, the party's deputy leader, spoke.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe, who is Labour's deputy leader, spoke.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe, the former Labour candidate, spoke.", ""},
		{"Ann Rowe, 54, is a Labour MP.", "Ann Rowe memberOf Labour Party"},
		{"Ann Rowe, who backed Labour MP Tom Hale, spoke.", "Tom Hale memberOf Labour Party"},
		{"The Brightcode Group held its conference. Ann Rowe, the party's deputy leader, spoke.", ""},
		// A body's possessive before its member noun.
		{"Nato's newest member, Finland, hosted the exercise.", "Finland memberOf North Atlantic Treaty Organization"},
		{"Finland, Nato's newest member, hosted the exercise.", "Finland memberOf North Atlantic Treaty Organization"},
		{"Nato's former member, Finland, hosted the exercise.", ""},
		{"Nato's members met Finland on Monday.", ""},
	} {
		d := extractText(t, tc.text)
		var got []string
		for _, f := range d.Facts {
			if f.Predicate == MemberOf && strings.HasPrefix(f.Rule, "title:") {
				got = append(got, d.Entities[f.Subject].Name+" memberOf "+d.Entities[f.Object].Name)
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPartyNamed: a creed and a body word, or a plural party word, make a
// name a party's; either alone does not.
func TestPartyNamed(t *testing.T) {
	for name, want := range map[string]bool{
		"Christian Democratic Union":   true,
		"Orange Democratic Movement":   true,
		"United Democratic Alliance":   true,
		"Free Democrats":               true,
		"Greens":                       true,
		"Party of the Regions":         true,
		"African Union":                false,
		"National Union of Students":   false,
		"Democratic Republic of Congo": false,
		"Liberal Arts College":         false,
		"Union Democratic Bank":        false,
	} {
		if got := partyNamed(name); got != want {
			t.Errorf("partyNamed(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestPartyNamedLeaderMember: the leader of a party known by its name's
// shape is its member too (GOLD.md); a union's leader is not.
func TestPartyNamedLeaderMember(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Anton Keller, who leads the Christian Social Union, rejected the deal.", true},
		{"Orange Democratic Movement leader Ruth Njeri called for protests.", true},
		{"Anton Keller, who leads the National Union of Miners, rejected the deal.", false},
	} {
		d := extractText(t, tc.text)
		got := false
		for _, f := range d.Facts {
			if f.Predicate == MemberOf && f.Rule == ruleImpliedLeader {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: implied membership %v, want %v (facts %v)", tc.text, got, tc.want, d.Facts)
		}
	}
}

// TestNationalSidesStoryPossessive: in a story where a country is read as
// its national side, a country's or town's possessive before a player's
// name is his side, and a national side vouches for a name no list of
// first names knows; in an individual sport, a club's story or a story
// with no national side, the possessive stays a nationality or a home
// town. Every sentence is invented.
func TestNationalSidesStoryPossessive(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string
	}{
		{"Scotland's Fraser Nairn says a late try was wrongly ruled out in his team's rugby defeat by Italy in Rome. Nairn said the referee had not seen the ball grounded in the match.", "Fraser Nairn memberOf Scotland"},
		{"Hooker Callum Reid is a doubt for Scotland's rugby match against Italy, after he hurt his knee in the defeat by France. Melrose's Neil Tait is the likely replacement in the squad.", "Neil Tait memberOf Melrose"},
		{"Japan beat Senegal 2-1 in their World Cup group match in Kazan on Sunday. Japan's Osako Yuya-Ren was booked for a late tackle.", "Osako Yuya-Ren memberOf Japan"},
		// No country read as a side: the country is a nationality.
		{"Harbour Town have signed three foreign players for the league this month. The other foreigners at the club are Portugal's Rui Matos and Ghana's Kofi Mensah, a striker.", ""},
		// An individual sport.
		{"Spain's Pablo Carreno beat Italy's Luca Vanni in the tennis quarter-final, where the top seed also went through.", ""},
		// "Grand Slam" in a rugby story is no tennis major: the town's
		// possessive is still the club; with no rugby word it is tennis.
		{"England chase a Grand Slam in the rugby Six Nations this season, and the squad meets on Monday. Gloucester's Tom Rowe and Leicester's Sam Kent are the two new caps in the squad.", "Tom Rowe memberOf Gloucester; Sam Kent memberOf Leicester"},
		{"The Grand Slam champion lost in the final in Madrid on Sunday. Madrid's Pablo Ruiz, a former champion, won the match in the final set.", ""},
		// Not a sports story at all.
		{"Spain's Rafael Ortiz opened the new gallery in Madrid on Monday, the museum said.", ""},
	} {
		d := extractText(t, tc.text)
		got := factLines(d, func(f Fact) bool { return f.Rule == ruleTeamPoss })
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: facts %q, want %q", tc.text, got, tc.want)
		}
	}
}
