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
	championship tournament players club clubs
	seed seeds semis semi-final semi-finals quarter-final quarter-finals
	tie-break medal medals tennis rugby football cricket athletics`)

// sportsStory reports whether the text has at least two sports words.
func (a *analysis) sportsStory() bool {
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

// isSportsTeam reports whether a manager's or coach's named owner is a
// team: a country (national side) or an organisation in a sports story.
// The title stage asks it only of organisations, since placeTeams has
// already made a place named as a team into one; the opening-team rule
// of bareCoachFacts still reads a national side opening the story.
func (a *analysis) isSportsTeam(owner int) bool {
	switch a.doc.Entities[owner].Type {
	case Country, Organization:
	default:
		return false
	}
	return a.sportsStory()
}

// placeTeams retypes a country or city as the team named after it when a
// sports story uses it as one (GOLD.md: a team's coach leads the team, an
// Organization, never the place):
//
//	"England coach Andy Robinson", "his Newcastle boss Rob Andrew",
//	"Wales's captain Gareth Thomas", "Bath prop Duncan Bell"
//	"Leicester, who signed White from Bristol" (both are clubs)
//	"Middlesbrough signed ...", "the Madrid president Florentino Perez"
//
// A sports story that names a place as a team means the team throughout
// (like cityTeams for "Norwich have signed"), so every mention of that
// name is retyped. Nationalities ("the English") are left alone: they
// name a place's people, not its side.
func (a *analysis) placeTeams() {
	ms := a.ments
	var teams []string
	for i := range ms {
		m := &ms[i]
		if m.kind != MentionName || (m.typ != Country && m.typ != City) {
			continue
		}
		if a.teamConstruction(m) {
			teams = appendTeam(teams, teamKey(m))
		}
	}
	if len(teams) == 0 || !a.sportsStory() {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.kind == MentionName && (m.typ == Country || m.typ == City) && contains(teams, teamKey(m)) {
			m.typ = Organization
		}
	}
}

func teamKey(m *mention) string {
	if m.canon != "" {
		return m.canon
	}
	return lower(m.surface)
}

func appendTeam(teams []string, k string) []string {
	if contains(teams, k) {
		return teams
	}
	return append(teams, k)
}

// teamConstruction reports whether the place mention m stands where only
// a team can: before a team role, as the subject of a signing, or as the
// club a player was signed from.
func (a *analysis) teamConstruction(m *mention) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	k := m.t1
	if k < hi && isPossessive(toks[k].Text) {
		k++
	}
	for k < hi && teamWords[toks[k].lc()] {
		k++
	}
	if k < hi {
		w := toks[k].lc()
		named := k+1 < hi && isCapWord(toks[k+1])
		switch {
		case teamSideRoles[w] && toks[k].flags&tUpper == 0:
			return true // "England coach", "the Wales captain, Gareth Thomas"
		case teamPositionRoles[w] && named:
			return true // "Bath prop Duncan Bell"
		case w == "president" && m.typ == City && named:
			return true // "Madrid president Florentino Perez"; a country's president is its head of state
		}
	}
	// "Leicester, who signed White", "Middlesbrough signed Mark Viduka"
	k = m.t1
	if k+1 < hi && toks[k].Text == "," && (toks[k+1].lc() == "who" || toks[k+1].lc() == "which") {
		k += 2
	}
	for k < hi && (toks[k].lc() == "have" || toks[k].lc() == "had" || toks[k].lc() == "has") {
		k++
	}
	if k < hi && clubSigningVerbs[toks[k].lc()] && k+1 < hi && isCapWord(toks[k+1]) {
		return true
	}
	// "signed White from Bristol": the player's old club.
	if p := m.t0 - 1; p > lo && toks[p].lc() == "from" {
		for q := p - 1; q >= max(lo, p-6); q-- {
			if clubSigningVerbs[toks[q].lc()] {
				return true
			}
		}
	}
	return false
}

// groundArrival reports whether the arrival verb at t reads "arriving at
// GROUND" in a sports story, with a place that is no town or country
// after "at": "Mutu scored six goals after arriving at Stamford Bridge"
// says he joined Chelsea, not that he visited a stadium.
func (s *relSent) groundArrival(t int) bool {
	if !s.word(t+1, "at") {
		return false
	}
	obj, _ := s.objectsAt(t + 2)
	if len(obj) != 1 || s.r.typeOf(obj[0]) != Place {
		return false
	}
	return s.r.a.sportsStory()
}

// typedOrganization reports whether some mention of entity e was typed an
// organisation by the text or the gazetteer, not by default: "moved to
// Arsenal" joins a club the story names as one, "had moved to Malibu"
// and "moved to the Bernabeu" name places the gazetteer does not know.
// An entity the mention stage never saw (built by hand) is taken as typed.
func (a *analysis) typedOrganization(e int) bool {
	seen := false
	for i := range a.ments {
		if a.ments[i].entity == e {
			if a.ments[i].typ == Organization {
				return true
			}
			seen = true
		}
	}
	return !seen
}

// formerBefore reports whether "former" (or "ex") opens the team names
// coordinated before token i: "former Wales and Lions prop Dai Young" was
// a Lions player, as "former Lions prop" is.
func (s *relSent) formerBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch w := s.low[k]; {
		case w == "former" || w == "ex" || w == "ex-":
			return true
		case w == "and" || w == "," || s.ment[k] >= 0:
			continue
		}
		return false
	}
	return false
}

// sportsFixture reports whether the meeting verb at t, with its object
// straight after it, is a fixture in a sports story: "He now meets
// Mariano Puerta", "England meet France on Saturday". A past "met" keeps
// its ordinary sense ("Ferguson met Glazer").
func (s *relSent) sportsFixture(t int) bool {
	switch s.low[t] {
	case "meet", "meets", "meeting":
		return s.r.a.sportsStory()
	}
	return false
}
