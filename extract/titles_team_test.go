package extract

import (
	"slices"
	"strings"
	"testing"
)

// factsOf lists a document's facts of the given predicates as
// "Subject predicate Type:Object", sorted.
func factsOf(d *Document, preds ...string) []string {
	var out []string
	for _, f := range d.Facts {
		if slices.Contains(preds, f.Predicate) {
			o := d.Entities[f.Object]
			out = append(out, d.Entities[f.Subject].Name+" "+f.Predicate+" "+string(o.Type)+":"+o.Name)
		}
	}
	slices.Sort(out)
	return out
}

// checkListed fails for each wanted line missing from got and each
// unwanted one in it.
func checkListed(t *testing.T, got, want, not []string) {
	t.Helper()
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing %q; got %q", w, got)
		}
	}
	for _, w := range not {
		if slices.Contains(got, w) {
			t.Errorf("unexpected %q", w)
		}
	}
}

// TestTeamsNamedAfterPlaces: in a sports story a place named as a team
// is the team, an Organization, and its coach leads the team, never the
// country or city (GOLD.md); a job with a nationality or a town leads
// nothing; a head of state, government or city still leads the place.
// Every sentence is invented.
func TestTeamsNamedAfterPlaces(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // leaderOf, joined, left and memberOf facts
		place      string   // "Type:Name" of an entity that must exist, if any
	}{
		{"national coach", "England coach Tom Hale named his squad for the match against Wales on Saturday.",
			[]string{"Tom Hale leaderOf Organization:England"}, "Organization:England"},
		{"team words between", "England sevens coach Ben Frame picked his players for the tournament in Dubai.",
			[]string{"Ben Frame leaderOf Organization:England"}, "Organization:England"},
		{"club boss", "Middlesbrough boss Ned Kerr praised his players after the league match.",
			[]string{"Ned Kerr leaderOf Organization:Middlesbrough"}, "Organization:Middlesbrough"},
		{"club chairman", "Portsmouth chairman Ivo Renk said the club would not sell its players this season.",
			[]string{"Ivo Renk leaderOf Organization:Portsmouth"}, "Organization:Portsmouth"},
		{"signing club and old club", "Leicester, who signed Tom Hale from Bristol in the summer, lead the league after ten matches.",
			[]string{"Tom Hale joined Organization:Leicester", "Tom Hale left Organization:Bristol", "Tom Hale memberOf Organization:Leicester"}, "Organization:Leicester"},
		{"a player's position", "Gloucester prop Ned Kerr has been added to the squad for the match.",
			[]string{"Ned Kerr memberOf Organization:Gloucester"}, "Organization:Gloucester"},
		// Outside a sports story the town stays a town and its "boss"
		// leads nothing.
		{"no sports story", "Newcastle boss Ned Kerr said the shop would close in March.", nil, "City:Newcastle"},
		// A job with a nationality or a place leads nothing.
		{"nationality and a job", "British director Jo Marsh won the award for her new film.", nil, ""},
		{"city and a job", "Hong Kong director Wai Lam was honoured for his films.", nil, ""},
		{"an occupation before a stage name", "The show will be hosted by Chicago actress Queen Latifah.", nil, ""},
		// Heads of state, government and cities lead the place.
		{"prime minister", "Italian Prime Minister Carlo Bruni met union leaders in Rome.",
			[]string{"Carlo Bruni leaderOf Country:Italy"}, "Country:Italy"},
		{"mayor", "London mayor Ken Dale opened the new bridge on Monday.",
			[]string{"Ken Dale leaderOf City:London"}, "City:London"},
		{"president in a sports story", "Russian president Ivan Petrov watched the match and the league final.",
			[]string{"Ivan Petrov leaderOf Country:Russia"}, "Country:Russia"},
	} {
		d := extractText(t, tc.text)
		got := factsOf(d, LeaderOf, Joined, Left, MemberOf)
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: %q\n got  %q\n want %q", tc.name, tc.text, got, tc.want)
		}
		if tc.place == "" {
			continue
		}
		found := false
		for _, e := range d.Entities {
			found = found || string(e.Type)+":"+e.Name == tc.place
		}
		if !found {
			t.Errorf("%s: no entity %s among %v", tc.name, tc.place, d.Entities)
		}
	}
}

// TestMovementNotReadLiterally: arriving at a club's ground is no visit,
// and moving to a place the text does not make an organisation joins
// nothing; a real visit and a move to a club still count.
func TestMovementNotReadLiterally(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"arriving at a ground", "Ned Kerr scored six goals in the league after arriving at Stamford Bridge, and the club won the cup.", nil},
		{"arriving in a city", "Ned Kerr arrived in Paris on Monday for talks.", []string{"Ned Kerr visited City:Paris"}},
		{"moving to an unknown name", "Police said Tom Hale had moved to Malibu in 1968.", nil},
		{"moving to a club", "Tom Hale moved to Acme Foods in 2001 as finance director.", []string{"Tom Hale joined Organization:Acme Foods"}},
	} {
		d := extractText(t, tc.text)
		got := factsOf(d, Visited, Joined)
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: %q\n got  %q\n want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestQuoteNotToThePersonSpokenAbout: "he said" after a sentence whose
// subject speaks about another person goes to the subject, not to the
// person named after a preposition; a passive agent ("echoed by X") is
// the speaker.
func TestQuoteNotToThePersonSpokenAbout(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"object of a preposition",
			"Jose Mourinho is looking forward to the match against his old club at the stadium of Carlos Vela. He said: \"I would not be surprised if it went to extra time.\"",
			"Jose Mourinho"},
		{"passive agent",
			"Mr Prater's views were echoed by Christine Rush, director of the market. \"We have been careful to respect the victims of the disaster,\" she said.",
			"Christine Rush"},
	} {
		d := extractText(t, tc.text)
		got := ""
		for _, q := range d.Quotes {
			if q.Speaker >= 0 {
				got = d.Entities[q.Speaker].Name
			}
		}
		if got != tc.want {
			t.Errorf("%s: speaker %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestNotTheHead: a director among several, a club's director, a former
// player of two sides and a sports fixture give no fact; the head of a
// body and a real meeting still do.
func TestNotTheHead(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a director of", "\"We will fight the sale,\" said Tim Hale, a director of Acme Foods.", nil},
		{"the director of", "\"We will fight the sale,\" said Tim Hale, director of Acme Foods.", []string{"Tim Hale leaderOf Organization:Acme Foods"}},
		{"an org director", "\"Growth is strong,\" Tim Hale, an IMF director, said on Monday.", nil},
		{"club director", "Arsenal director Tim Hale wants the manager to stay for the league season and the cup.", nil},
		{"company chairman in a sports story", "Arsenal chairman Tim Hale wants the manager to stay for the league season and the cup.",
			[]string{"Tim Hale leaderOf Organization:Arsenal"}},
		{"former, coordinated", "The side was coached by former Wales and Lions prop Tim Hale after the tournament.", nil},
		{"current player", "Lions prop Tim Hale was picked for the match.", []string{"Tim Hale memberOf Organization:Lions"}},
		{"a fixture", "Tim Hale reached the semi-finals of the tournament. He now meets top seed Ned Kerr.", nil},
		{"a meeting", "Tim Hale met Ned Kerr in London on Monday to discuss the merger.", []string{"Tim Hale metWith Person:Ned Kerr"}},
	} {
		d := extractText(t, tc.text)
		got := factsOf(d, LeaderOf, MemberOf, MetWith)
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: %q\n got  %q\n want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestIntentMakesHostingFuture: an event someone intends, hopes or is
// expected to attend is still to come, so its city will host it.
func TestIntentMakesHostingFuture(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"expected to", "He is expected to present his report at the Acme Trade Summit in Lisbon.", []string{"Lisbon willHost Event:Acme Trade Summit"}},
		{"hopes to", "She hopes to run at the European Indoor Championships in Madrid.", []string{"Madrid willHost Event:European Indoor Championships"}},
		{"undecided about", "She is still undecided about competing in the European Indoor Championships in Madrid.", []string{"Madrid willHost Event:European Indoor Championships"}},
		{"done", "She won the 800m at the European Indoor Championships in Madrid.", []string{"Madrid hosted Event:European Indoor Championships"}},
		{"plans as a noun", "At the Acme Trade Summit in Lisbon, ministers backed plans to cut tariffs.", []string{"Lisbon hosted Event:Acme Trade Summit"}},
	} {
		d := extractText(t, tc.text)
		got := factsOf(d, Hosted, WillHost)
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s: %q\n got  %q\n want %q", tc.name, tc.text, got, tc.want)
		}
	}
}

// TestQuoteFromTheCitedSource: "According to X, Y vowed …" then "…," he
// said: X, the source the sentence cites, is speaking.
func TestQuoteFromTheCitedSource(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"according to", "According to Peter Ford, Harry Dale vowed he would stay at the club. \"I asked Harry to stay and he told me he would,\" he said.", "Peter Ford"},
		{"no citation", "Peter Ford met Harry Dale at the club. Harry Dale vowed he would stay at the club. \"I will stay here for as long as they want me,\" he said.", "Harry Dale"},
	} {
		d := extractText(t, tc.text)
		got := ""
		for _, q := range d.Quotes {
			if q.Speaker >= 0 {
				got = d.Entities[q.Speaker].Name
			}
		}
		if got != tc.want {
			t.Errorf("%s: speaker %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestLeagueMembers: a side's competition ("Spain's Davis Cup victory",
// "the Six Nations match with Ireland", with stage words such as "fourth
// round" or "group" before the match noun, and "their" after the side that opens
// the sentence) gives participatedIn, but not a
// ground or city after "at" nor a noun past a word that is no stage; team-mates share a side ("his Wales team-mates",
// "England team-mate X"); a club placed in a league by a league title before
// its name or by its possessive before the league gives memberOf the
// league; a former one, or a league word that is no league, gives none.
// Every text is invented.
func TestLeagueMembers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want, not  []string
	}{
		{"league title before the club", "Rovers stun leaders\n\nPremiership leaders Chelsea lost 2-0 at home to Rovers in the league match on Saturday.",
			[]string{"Chelsea memberOf Organization:Premier League"}, nil},
		{"club's league standing", "Rovers stun leaders\n\nRovers cut Arsenal's Premiership lead to five points with a win in the league match on Saturday.",
			[]string{"Arsenal memberOf Organization:Premier League"}, nil},
		{"his side's team-mates", "Hale the hero\n\nTom Hale kicked the winning try in the rugby match. His form was shared by his Wales team-mates in the league.",
			[]string{"Tom Hale memberOf Organization:Wales"}, nil},
		{"a team-mate named", "Hale the hero\n\nTom Hale scored twice in the league match, and England team-mate Ned Kerr scored once.",
			[]string{"Ned Kerr memberOf Organization:England"}, nil},
		{"a former side's team-mate", "Hale the hero\n\nTom Hale scored twice in the league match, and his former Leeds team-mate Ned Kerr scored once.",
			nil, []string{"Ned Kerr memberOf Organization:Leeds", "Tom Hale memberOf Organization:Leeds"}},
		{"a side's campaign in a competition", "Moya the hero\n\nCarlos Moya described Spain's Davis Cup victory as the highlight of his career in tennis and the final.",
			[]string{"Spain participatedIn Event:Davis Cup"}, nil},
		{"the opponent in a competition's match", "Kerr named\n\nSam Kerr has been named in the squad for Saturday's Six Nations match with Ireland in the rugby league.",
			[]string{"Ireland participatedIn Event:Six Nations"}, nil},
		{"an opponent named by a demonym", "Kerr named\n\nHe starred in the Uefa Cup match against Scottish side Dunfermline in the league this season.",
			nil, []string{"Scotland participatedIn Event:Uefa Cup"}},
		{"stage words before the replay, a club after at", "Kerr rested\n\nSam Kerr will be rested for the FA Cup fourth round replay at Everton in the football league.",
			[]string{"Everton participatedIn Event:FA Cup"}, nil},
		{"group before the tie", "Kerr named\n\nSam Kerr starts Wednesday's Champions League group tie against Rosenborg in the football league.",
			[]string{"Rosenborg participatedIn Event:Champions League"}, nil},
		{"a side's quarter-final tie and its opponent", "Cup tie moved\n\nLeinster's Heineken Cup quarter-final tie against Munster has been moved to a bigger ground in the rugby league.",
			[]string{"Leinster participatedIn Event:Heineken Cup", "Munster participatedIn Event:Heineken Cup"}, nil},
		{"a win against the opponent", "Kerr recalled\n\nSam Kerr recalled the famous World Cup final win against Australia in the rugby league.",
			[]string{"Australia participatedIn Event:World Cup"}, nil},
		{"a ground after at", "Kerr scores\n\nSam Kerr scored twice in the Six Nations clash at Twickenham in the rugby league.",
			nil, []string{"Twickenham participatedIn Event:Six Nations"}},
		{"a city after at", "Kerr scores\n\nSam Kerr scored twice in the FA Cup final at Cardiff in the football league.",
			nil, []string{"Cardiff participatedIn Event:FA Cup"}},
		{"no stage word before the noun", "Kerr named\n\nSam Kerr spoke of the Six Nations table after the win against Italy in the rugby league.",
			nil, []string{"Italy participatedIn Event:Six Nations"}},
		{"their after the side that opens the sentence", "Cup tie won\n\nUlster wrapped up their Heineken Cup pool tie against Leinster with two tries in the rugby league.",
			[]string{"Ulster participatedIn Event:Heineken Cup", "Leinster participatedIn Event:Heineken Cup"}, nil},
		{"their after a side later in the sentence", "Cup tie lost\n\nThe squad lost to Ulster in their Heineken Cup opener in the rugby league.",
			nil, []string{"Ulster participatedIn Event:Heineken Cup"}},
		{"his debut for a side", "Hale retires\n\nTom Hale will retire at the end of the season. Hale made his Scotland debut in 1995 against Italy in the rugby league.",
			[]string{"Tom Hale memberOf Organization:Scotland"}, nil},
		{"a possessive's career for a side", "Hale retires\n\nThe rugby season is over, and Tom Hale's 60-cap Scotland career ends with the league final.",
			[]string{"Tom Hale memberOf Organization:Scotland"}, nil},
		{"a debut only hoped for", "Hale called up\n\nWith two props injured in the rugby league, Tom Hale could make his Scotland debut on Saturday.",
			nil, []string{"Tom Hale memberOf Organization:Scotland"}},
		{"his after someone else's object pronoun", "Kerr stays\n\nThe winger revealed how manager Sam Kerr talked him into extending his Scotland career in the football league.",
			nil, []string{"Sam Kerr memberOf Organization:Scotland"}},
		{"a league match's opponent", "Kerr injured\n\nSam Kerr was hurt in the Premiership match against Everton on Saturday and misses the cup tie.",
			[]string{"Everton memberOf Organization:Premier League"}, nil},
		{"a league game between two clubs", "Kerr banned\n\nSam Kerr was banned after a Premiership game between Fulham and Everton in the football season.",
			[]string{"Fulham memberOf Organization:Premier League", "Everton memberOf Organization:Premier League"}, nil},
		{"a ground after at in a league match", "Kerr injured\n\nSam Kerr was hurt in the Premiership win at Goodison Park in the football season.",
			nil, []string{"Goodison Park memberOf Organization:Premier League"}},
		{"a league's name run over a possessive", "Kerr named\n\nSam Kerr is needed for the Blues' Celtic League match with Munster in the rugby season.",
			nil, []string{"Munster memberOf Organization:Blues' Celtic League"}},
		{"a former league club", "Rovers stun leaders\n\nThe former Premiership side Wimbledon lost the cup match and the league game on Saturday.",
			nil, []string{"Wimbledon memberOf Organization:Premier League", "Wimbledon memberOf Organization:Premiership"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := extractText(t, tc.text)
			got := factsOf(d, MemberOf, ParticipatedIn)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestTeamRoleModifiers: in a sports story a side's name before a player's
// role makes the player a member even with a possessive, modifiers or an
// age between them, with "number eight" as the role and with roles such as
// "wing" and "star" that say nothing outside sport; a former side, a
// transfer sentence and a story about something else give nothing. Every
// text is invented.
func TestTeamRoleModifiers(t *testing.T) {
	const lead = "Squad named\n\nThe rugby squad was named for the league match. "
	for _, tc := range []struct {
		name, text string
		want, not  []string // memberOf facts
	}{
		{"wing", lead + "Ulster wing Tam Bowden could also travel.",
			[]string{"Tam Bowden memberOf Organization:Ulster"}, nil},
		{"possessive and age", lead + "Newcastle's 18-year-old centre Matt Tavish impressed again.",
			[]string{"Matt Tavish memberOf Organization:Newcastle"}, nil},
		{"number eight", lead + "Wales number eight Mike Orwen could also travel.",
			[]string{"Mike Orwen memberOf Organization:Wales"}, nil},
		{"two modifiers", lead + "England tight-head prop Phil Vickers could also travel.",
			[]string{"Phil Vickers memberOf Organization:England"}, nil},
		{"star in a sports story", lead + "Leicester star Lew Moodie could also travel.",
			[]string{"Lew Moodie memberOf Organization:Leicester"}, nil},
		{"former side", lead + "Former Ulster wing Tam Bowden could also travel.",
			nil, []string{"Tam Bowden memberOf Organization:Ulster"}},
		{"transfer sentence", lead + "Wasps have signed Ulster wing Tam Bowden on a two-year deal.",
			nil, []string{"Tam Bowden memberOf Organization:Ulster"}},
		{"not a sports story", "Show opens\n\nThe new show opened on Monday at the theatre. BBC star Lew Moodie took the lead role.",
			nil, []string{"Lew Moodie memberOf Organization:British Broadcasting Corporation"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkListed(t, factsOf(extractText(t, tc.text), MemberOf), tc.want, tc.not)
		})
	}
}

// TestScoreHeadlineMakesSportsStory: a match report under a score
// headline is a sports story even when its prose names no other word of
// the game, so its unlabelled team sheets are read; the same report under
// a headline with no score, or with the score not between two names, is
// not. Every text is invented.
func TestScoreHeadlineMakesSportsStory(t *testing.T) {
	const body = "Tom Hale put the hosts ahead on the hour, but Dan Voss levelled late on for the visitors.\n\n" +
		"Ward, Mills, Lane, Flood, Hale, Boyd, Prior, Nash, Quill, Reyes, Fenn.\n\n" +
		"Cole, Dunmore, Pike, Rusk, Voss, Tarn, Yale, Gault, Hume, Iles, Jory.\n\n"
	both := []string{"Tom Hale memberOf Organization:Millbrook", "Dan Voss memberOf Organization:Eastfield"}
	for _, tc := range []struct {
		name, headline string
		want, not      []string
	}{
		{"score between two names", "Millbrook 1-1 Eastfield", both, nil},
		{"no score", "Millbrook held by Eastfield", nil, both},
		{"score not between names", "Millbrook and Eastfield level at 1-1", nil, both},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := factsOf(extractText(t, tc.headline+"\n\n"+body), MemberOf)
			checkListed(t, got, tc.want, tc.not)
		})
	}
}

// TestSportsVocabulary: a rugby report whose sports words are a
// skipper, the replacements or a scrum is a sports story, so a national
// side's coach leads the side; a football club's full name is a team in
// any story; a firm's manager still leads nothing. Invented sentences.
func TestSportsVocabulary(t *testing.T) {
	for _, tc := range []struct {
		text      string
		want, not []string
	}{
		{"Dunmore shake-up\n\nLike skipper Tom Hale, Dan Voss misses out with an injury. \"We gave him a chance,\" said Dunmore coach Sam Cole. Rob Pike joins the replacements.",
			[]string{"Sam Cole leaderOf Organization:Dunmore"}, nil},
		{"Ferris keeps faith\n\nBrockley United manager Sam Cole said he had no regrets after his young side lost 3-0 away.",
			[]string{"Sam Cole leaderOf Organization:Brockley United"}, nil},
		{"Shop sales\n\nSales at Brightcode rose, said Brightcode manager Ann Lee.",
			nil, []string{"Ann Lee leaderOf Organization:Brightcode"}},
	} {
		got := factsOf(extractText(t, tc.text), LeaderOf)
		checkListed(t, got, tc.want, tc.not)
	}
}
