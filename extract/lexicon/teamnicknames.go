package lexicon

import "strings"

// TeamNicknames maps a sports team's nickname to the names the team goes
// by in news text. Sports writing names a club once and then by its
// nickname ("Arsenal … Gunners boss Arsene Wenger"), so without the table
// one club becomes two entities and facts about the nickname miss the
// club. A nickname joins a team only when exactly one of its teams is
// named as an organisation in the same article: "Blues" stays itself in a
// story that names both Chelsea and Birmingham.
//
// Facts from common knowledge, written for this project. One line per
// nickname: `Nickname = Team name; other name the same team goes by`.
var TeamNicknames = parseTeamNicknames(`
Gunners = Arsenal
Pompey = Portsmouth
Canaries = Norwich; Norwich City
Addicks = Charlton; Charlton Athletic
Red Devils = Manchester United; Man Utd; Man United
Toffees = Everton
Magpies = Newcastle; Newcastle United
Saints = Southampton; Northampton; Northampton Saints
Hammers = West Ham; West Ham United
Boro = Middlesbrough
Foxes = Leicester; Leicester City
Baggies = West Brom; West Bromwich Albion
Black Cats = Sunderland
Owls = Sheffield Wednesday
Blades = Sheffield United
Bhoys = Celtic
Gers = Rangers
Wolves = Wolverhampton; Wolverhampton Wanderers
Trotters = Bolton; Bolton Wanderers
Potters = Stoke; Stoke City
Villans = Aston Villa
Clarets = Burnley
Hornets = Watford
Rams = Derby; Derby County
Tykes = Barnsley
Blues = Chelsea; Birmingham; Birmingham City
Reds = Liverpool
Spurs = Tottenham; Tottenham Hotspur
All Blacks = New Zealand
Wallabies = Australia
Springboks = South Africa
Pumas = Argentina
Azzurri = Italy
Les Bleus = France
Socceroos = Australia
Bafana Bafana = South Africa
`)

// parseTeamNicknames reads the table above into nickname → team names.
func parseTeamNicknames(table string) map[string][]string {
	out := map[string][]string{}
	for _, line := range strings.Split(table, "\n") {
		nick, teams, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		for _, t := range strings.Split(teams, ";") {
			if t = strings.TrimSpace(t); t != "" {
				out[strings.TrimSpace(nick)] = append(out[strings.TrimSpace(nick)], t)
			}
		}
	}
	return out
}
