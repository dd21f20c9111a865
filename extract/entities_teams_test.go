package extract

import "testing"

// TestSideTeams: in a sports story a country or city used as a side (a
// side noun after "the", a plural verb after the opening name, a match's
// opponent) is the team, an Organization; the same name used as a
// location, a club's country before a possessive, and any name outside a
// sports story keep their place type.
func TestSideTeams(t *testing.T) {
	tests := []entityCase{
		// A side noun after a determiner, no player's name after it.
		{"Derby win\n\nThe striker scored twice in the league match. The Portugal midfielder was booked in the cup tie.",
			[]string{"Organization:Portugal"}, []string{"Country:Portugal"}},
		{"Derby win\n\nThe striker scored twice in the league match. The 24-year-old Portugal midfielder was booked in the cup tie.",
			[]string{"Organization:Portugal"}, []string{"Country:Portugal"}},
		// The opening name before a plural verb.
		{"Cup preview\n\nThe squad trained on Monday. Norway were the better side in the league match and Norway have a fit striker.",
			[]string{"Organization:Norway"}, []string{"Country:Norway"}},
		// A town opening a clause after a clause opener, before a plural
		// verb; a town after "and" in a list, and one before a singular
		// verb, stay places.
		{"Cup preview\n\nThe striker was fit for the league match. The manager felt Bristol were never in danger of losing the cup tie.",
			[]string{"Organization:Bristol"}, []string{"City:Bristol"}},
		{"Cup preview\n\nThe striker was fit for the league match. Nobody knows why Bristol are so poor in the cup this season.",
			[]string{"Organization:Bristol"}, []string{"City:Bristol"}},
		{"Cup preview\n\nThe striker was fit for the league match. The manager said Bristol is a fine town for the cup tie.",
			nil, []string{"Organization:Bristol"}},
		// A match's opponent, after "against", "v" and a result word.
		{"Rugby\n\nThe squad meets on Monday. The league match against Portugal follows a cup win over Chile.",
			[]string{"Organization:Portugal", "Organization:Chile"}, []string{"Country:Portugal", "Country:Chile"}},
		// The away side of a fixture line; the home side may be a
		// host named as a place.
		{"Cup draw\n\nThe squad meets for the league match on Monday.\n\nGhana v Togo",
			[]string{"Organization:Togo"}, []string{"Country:Togo"}},
		// A town as a fixture's home side.
		{"Cup draw\n\nThe squad meets for the league match on Monday.\n\nBristol v Chelsea",
			[]string{"Organization:Bristol"}, []string{"City:Bristol"}},
		// Also used as a location: the place.
		{"Cup tie\n\nThe squad travel to the cup match against Bilbao on Sunday. The striker was born in Bilbao.",
			[]string{"City:Bilbao"}, []string{"Organization:Bilbao"}},
		// The country of a club named after it.
		{"Cup final\n\nThe striker scored in the league and the cup. The side won 3-2 over Ghana's Asante Kotoko in the final.",
			nil, []string{"Organization:Ghana"}},
		// Not a sports story: a protest against a country is no match.
		{"Trade row\n\nFarmers staged a protest against Brazil over beef imports. The minister said talks would go on.",
			[]string{"Country:Brazil"}, []string{"Organization:Brazil"}},
	}
	checkEntityCases(t, tests)
}

// TestOpponentClubs: in a team-sport story an untyped name of two words
// or more, no first name, that stands as a match's opponent is a club; a
// lone surname, a person's full name and any opponent in a tennis story
// stay people.
func TestOpponentClubs(t *testing.T) {
	tests := []entityCase{
		{"Cup tie\n\nThe winger is fit for the league match. The squad travels for the tie against Zorvan Kelbeck on Tuesday.",
			[]string{"Organization:Zorvan Kelbeck"}, []string{"Person:Zorvan Kelbeck"}},
		{"Cup tie\n\nThe goalkeeper was fit for the league match. The club celebrated a win over Dravoc Ulmetz in the cup.",
			[]string{"Organization:Dravoc Ulmetz"}, []string{"Person:Dravoc Ulmetz"}},
		// The club after its country's or town's possessive, the
		// opponent word before the place.
		{"Cup tie\n\nThe winger is fit for the league match. The club had a 2-1 win over Norway's Zorvan Kelbeck in the cup.",
			[]string{"Organization:Zorvan Kelbeck", "Country:Norway"}, []string{"Person:Zorvan Kelbeck"}},
		{"Cup tie\n\nThe goalkeeper was fit for the league match. The side beat Lisbon's Dravoc Ulmetz in the cup.",
			[]string{"Organization:Dravoc Ulmetz"}, []string{"Person:Dravoc Ulmetz"}},
		// A score-line headline makes the team-sport story when the
		// report has none of the team-sport words; without it the
		// same report leaves the name a person.
		{"Dravoc 2-1 Zorvan\n\nDravoc reached the final with a 2-1 win over Norway's Zorvan Kelbeck in Oslo. Mark Tolley scored both goals for Dravoc.",
			[]string{"Organization:Zorvan Kelbeck"}, []string{"Person:Zorvan Kelbeck"}},
		{"Cup final\n\nDravoc reached the final with a 2-1 win over Norway's Zorvan Kelbeck in Oslo. Mark Tolley scored both goals for Dravoc.",
			nil, []string{"Organization:Zorvan Kelbeck"}},
		// Negatives: a known first name after the possessive is the
		// country's player; a possessive with no opponent word before
		// the place.
		{"Cup tie\n\nThe winger is fit for the league match. The defender played well against Norway's Harry Kelbeck in the cup.",
			[]string{"Person:Harry Kelbeck"}, []string{"Organization:Harry Kelbeck"}},
		{"Cup tie\n\nThe winger is fit for the league match. The coach praised Norway's Zorvan Kelbeck after the cup.",
			nil, []string{"Organization:Zorvan Kelbeck"}},
		// Negatives: a known first name, a tennis story.
		{"Cup tie\n\nThe winger is fit for the league match. The defender played well against Harry Kelbeck in the cup.",
			[]string{"Person:Harry Kelbeck"}, []string{"Organization:Harry Kelbeck"}},
		{"Open final\n\nThe top seed won the tennis match in the league of champions. He played well in the cup against Zorvan Kelbeck on Tuesday.",
			nil, []string{"Organization:Zorvan Kelbeck"}},
	}
	checkEntityCases(t, tests)
}

// TestTeamDemonyms: the demonyms of a country named as its side follow
// the side, so a few of them ("English rugby", "the English season") no
// longer outvote the side's name; demonyms before a state noun or an
// office of state keep the country.
func TestTeamDemonyms(t *testing.T) {
	tests := []entityCase{
		{"Squad named\n\nEngland coach Tom Arnott named his squad for the league match. English rugby needs a win and the English season is long. English fans are restless.",
			[]string{"Organization:England"}, []string{"Country:England"}},
		{"Cup tie\n\nThe striker scored twice in the league match. The Portugal midfielder was booked. Portuguese supporters sang and Portuguese radio cheered.",
			[]string{"Organization:Portugal"}, []string{"Country:Portugal"}},
		// State demonyms stay with the country and still outvote.
		{"Cup tie\n\nFrance coach Paul Varenne named the squad for the league match. French President Jacques Lamont met the French government and French officials.",
			[]string{"Country:France"}, []string{"Organization:France"}},
	}
	checkEntityCases(t, tests)
}

// TestClubUse: in a team-sport story a town's possessive before a
// player's full name is the club; a town's possessive before a common
// noun, and any town outside a team-sport story, stay places.
func TestClubUse(t *testing.T) {
	tests := []entityCase{
		{"Ban looms\n\nThe striker and the midfielder face the league. Redbourne's Tomas Varga was booked in the fixture.",
			[]string{"Organization:Redbourne"}, []string{"City:Redbourne"}},
		{"Ban looms\n\nThe striker and the midfielder face the league. Bristol's Tomas Varga was booked in the fixture.",
			[]string{"Organization:Bristol"}, []string{"City:Bristol"}},
		// Negatives: a common noun after the possessive; a tennis story.
		{"Ban looms\n\nThe striker and the midfielder face the league. Bristol's harbour was busy before the fixture.",
			[]string{"City:Bristol"}, []string{"Organization:Bristol"}},
		{"Open\n\nThe tennis seed played in the final. Bristol's Tomas Varga lost the tie-break.",
			nil, []string{"Organization:Bristol"}},
	}
	checkEntityCases(t, tests)
}

// TestOpponentShapes: a place is a side after "defeat by", "clash with"
// and after "the" ("loss to the Netherlands"); an unknown two-word name
// after "clash with" or after "against the" is no club (a collision, a
// film).
func TestOpponentShapes(t *testing.T) {
	tests := []entityCase{
		{"Rugby\n\nThe squad meets on Monday for the league. The coach still talks of the cup defeat by Portugal.",
			[]string{"Organization:Portugal"}, []string{"Country:Portugal"}},
		{"Rugby\n\nThe squad meets on Monday for the league. The winger is fit for the cup clash with Chile.",
			[]string{"Organization:Chile"}, []string{"Country:Chile"}},
		{"Cup\n\nThe striker was injured in the league match. He was hurt in the cup loss to the Netherlands.",
			[]string{"Organization:Netherlands"}, []string{"Country:Netherlands"}},
		{"Cup tie\n\nThe winger is fit for the league match. He limped off after a clash with Zorvan Kelbeck in the cup.",
			nil, []string{"Organization:Zorvan Kelbeck"}},
		{"Cup tie\n\nThe winger is fit for the league match. The film goes up against the Zorvan Kelbeck movie in the cup week.",
			nil, []string{"Organization:Zorvan Kelbeck"}},
	}
	checkEntityCases(t, tests)
}

// TestSideTitlesAndResults: a place after a side's title (and the list it
// opens), before a possessive and a result, or opening a sentence before
// a match verb is a side; a nationality before a player's name, a host,
// a bid won and a name also used "in the" place stay places.
func TestSideTitlesAndResults(t *testing.T) {
	tests := []entityCase{
		{"Charity match\n\nThe squad meets for the league. Tri-Nations rivals Australia, Chile and Portugal would feature in the cup team.",
			[]string{"Organization:Chile", "Organization:Portugal"}, []string{"Country:Chile", "Country:Portugal"}},
		{"Cup glory\n\nThe squad meets for the league. Portugal won the cup on their first appearance.",
			[]string{"Organization:Portugal"}, []string{"Country:Portugal"}},
		{"Cup glory\n\nThe squad meets for the league. The star of Portugal's 24-10 win was the fly-half.",
			[]string{"Organization:Portugal"}, []string{"Country:Portugal"}},
		// Negatives.
		{"Cross-country\n\nThe race was a league match. Defending champions Ireland's Tomas Varga took third in the cup.",
			[]string{"Country:Ireland"}, []string{"Organization:Ireland"}},
		{"Cup draw\n\nThe squad meets for the league. In June, former champions Zambia will host Lesotho in the cup.",
			[]string{"Country:Zambia"}, []string{"Organization:Zambia"}},
		{"Cup bid\n\nThe squad meets for the league. Portugal won the bid to stage the cup.",
			[]string{"Country:Portugal"}, []string{"Organization:Portugal"}},
		{"Relay\n\nThe squad won the league. The star of Britain's relay win thanked the coaches in the UK.",
			[]string{"Country:United Kingdom"}, []string{"Organization:United Kingdom"}},
	}
	checkEntityCases(t, tests)
}

// TestRugbyLeague: in a rugby story "Premiership", with a sponsor's word
// before it or alone, is rugby's league; in a football story it stays
// the gazetteer's Premier League.
func TestRugbyLeague(t *testing.T) {
	checkEntityCases(t, []entityCase{
		{"Sharks slip\n\nHalden lost all three Zurich Premiership matches, scoring two tries in the rugby.",
			[]string{"Organization:Zurich Premiership"}, []string{"Organization:Premier League", "City:Zurich"}},
		{"Sharks slip\n\nHalden lost all three Zurich Premiership matches. The rugby side are last in the Premiership.",
			[]string{"Organization:Zurich Premiership"}, []string{"Organization:Premiership", "Organization:Premier League"}},
		{"Kickers\n\nThe fly-half is the best kicker in the Premiership, his coach said.",
			[]string{"Organization:Premiership"}, []string{"Organization:Premier League"}},
		{"Title race\n\nThe striker scored twice as Halden Rovers went top of the Premiership in the league match.",
			[]string{"Organization:Premier League"}, []string{"Organization:Premiership"}},
	})
}
