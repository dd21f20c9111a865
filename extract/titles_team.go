package extract

// teamLeaderRoles head a club or national side in the dev-gold
// conventions ("club manager/boss/coach"): leaders only when the title
// names the team ("Arsenal manager X", "England sevens coach X").
var teamLeaderRoles = wordSet(`manager coach`)

// teamWords may sit between a team's name and its coach ("England
// sevens coach", "Wales rugby coach").
var teamWords = wordSet(`sevens rugby football cricket hockey netball
	basketball national team squad women's men's under-21 under-20 head`)

// sportsWords mark a story about a sport, where a named organisation's
// manager or coach runs a team rather than a shop or a department.
var sportsWords = wordSet(`match matches league cup squad striker midfielder
	defender goalkeeper season fixture fixtures goal goals try tries
	championship tournament players club clubs`)

// isSportsTeam reports whether a manager's or coach's named owner is a
// team: a country (national side) or an organisation in a story with at
// least two sports words.
func (a *analysis) isSportsTeam(owner int) bool {
	switch a.doc.Entities[owner].Type {
	case Country, Organization:
	default:
		return false
	}
	n := 0
	for i := range a.tokens {
		if sportsWords[a.tokens[i].lc()] {
			n++
			if n >= 2 {
				return true
			}
		}
	}
	return false
}
