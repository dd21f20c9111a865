package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// teamLeaderRoles head a club or national side in the dev-gold
// conventions ("club manager/boss/coach"): leaders only when the title
// names the team ("Arsenal manager X", "England sevens coach X").
var teamLeaderRoles = lexicon.RoleClass("team-leader")

// teamWords may sit between a team's name and its coach ("England
// sevens coach", "Wales rugby coach").
var teamWords = lexicon.WordSet(`sevens rugby football cricket hockey netball
	basketball national team squad women's men's under-21 under-20 head`)

// sportsWords mark a story about a sport, where a named organisation's
// manager or coach runs a team rather than a shop or a department.
var sportsWords = lexicon.WordSet(`match matches league cup squad striker midfielder
	defender goalkeeper strikers midfielders defenders goalkeepers goalless
	season fixture fixtures goal goals try tries
	championship tournament players club clubs
	seed seeds semis semi-final semi-finals quarter-final quarter-finals
	tie-break medal medals tennis rugby football cricket athletics
	fly-half scrum-half flanker flankers winger wingers full-back midfield
	referee capped skipper replacements team-mate team-mates scrum scrums
	kick-off sin-bin line-out line-outs premiership`)

// sportsStory reports whether the text has at least two sports words,
// or a match score for its headline ("Hereford 1-1 Doncaster": a short
// match report may name no other word of the game).
func (a *analysis) sportsStory() bool {
	return a.storyOnce(storySports, func() bool {
		if a.scoreHeadline() || a.fixtureHeadline() {
			return true
		}
		return a.storyHasWords(sportsWords, 2)
	})
}

// scoreHeadline reports a headline "A 1-1 B": a score between two
// capitalised names, in a headline of at most ten tokens.
func (a *analysis) scoreHeadline() bool {
	if len(a.doc.Paragraphs) < 2 {
		return false
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo > 10 || hi-lo < 3 {
		return false
	}
	s0, s1 := a.scoreAt(lo+1, hi-1)
	return s0 > lo && s1 < hi && isCapWord(a.tokens[s0-1]) && isCapWord(a.tokens[s1])
}

// fixtureHeadline reports a headline "A v B": a fixture between two
// capitalised names, in a headline of at most ten tokens ("Leeds v
// Saracens (Fri)": a preview may print its team sheets with no other
// word of the game than "fly-half").
func (a *analysis) fixtureHeadline() bool {
	if len(a.doc.Paragraphs) < 2 {
		return false
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo > 10 || hi-lo < 3 {
		return false
	}
	for k := lo + 1; k+1 < hi; k++ {
		if w := a.tokens[k].Text; (w == "v" || w == "vs") && isCapWord(a.tokens[k-1]) && isCapWord(a.tokens[k+1]) {
			return true
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
		if m.kind == MentionName && (m.typ == Country || m.typ == City) && textseg.Contains(teams, teamKey(m)) {
			m.typ = Organization
		}
	}
	a.teamDemonyms(teams) // entities_teams.go
}

func teamKey(m *mention) string {
	if m.canon != "" {
		return m.canon
	}
	return textseg.Lower(m.surface)
}

func appendTeam(teams []string, k string) []string {
	if textseg.Contains(teams, k) {
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
	for k < hi && teamWords[toks[k].Lower()] {
		k++
	}
	for n := 0; n < 2 && k < hi && (teamRoleModifiers[toks[k].Lower()] && !teamWords[toks[k].Lower()] || strings.HasSuffix(toks[k].Lower(), "-year-old")); n++ {
		k++ // "Newcastle's 18-year-old centre Mathew Tait"
	}
	if k < hi {
		w := toks[k].Lower()
		named := k+1 < hi && isCapWord(toks[k+1])
		switch {
		case w == "number" && k+2 < hi && toks[k+1].Lower() == "eight" && isCapWord(toks[k+2]):
			return true // "Wales number eight Michael Owen"
		case teamRolesInSport[w] && w != "international" && named:
			return true // "Leicester star Lewis Moody", "Ulster wing Tommy Bowe"
		case lexicon.TeamSideRoles[w] && toks[k].Flags&textseg.TUpper == 0:
			return true // "England coach", "the Wales captain, Gareth Thomas"
		case lexicon.TeamPositionRoles[w] && named:
			return true // "Bath prop Duncan Bell"
		case w == "president" && m.typ == City && named:
			return true // "Madrid president Florentino Perez"; a country's president is its head of state
		}
	}
	// "Leicester, who signed White", "Middlesbrough signed Mark Viduka"
	k = m.t1
	if k+1 < hi && toks[k].Text == "," && (toks[k+1].Lower() == "who" || toks[k+1].Lower() == "which") {
		k += 2
	}
	for k < hi && (toks[k].Lower() == "have" || toks[k].Lower() == "had" || toks[k].Lower() == "has") {
		k++
	}
	if k < hi && lexicon.ClubSigningVerbs[toks[k].Lower()] && k+1 < hi && isCapWord(toks[k+1]) {
		return true
	}
	// "signed White from Bristol": the player's old club.
	if p := m.t0 - 1; p > lo && toks[p].Lower() == "from" {
		for q := p - 1; q >= max(lo, p-6); q-- {
			if lexicon.ClubSigningVerbs[toks[q].Lower()] {
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

// Rule names shown by --explain.
const (
	ruleTitleHolder   = "participatedIn/title-holder"   // "French Open champion X"
	ruleTitleDefended = "participatedIn/title-defended" // "X returns to defend his title"
)

// pastTitleRoles are the standings a player holds from a tournament
// already played: "French Open champion Anastasia Myskina", "runner-up
// Carlos Moya", "Olympic champion Justine Henin-Hardenne".
var pastTitleRoles = lexicon.WordSet(`champion champions winner winners runner-up
	runners-up finalist finalists semi-finalist semi-finalists medallist
	title-holder holder holders`)

// tournamentHeads end the names of tournaments ("Sydney International",
// "Australian Open", "Davis Cup"), which the entity stage may type an
// organisation.
var tournamentHeads = lexicon.WordSet(`open international classic masters championship
	championships cup trophy games prix tournament olympics invitational
	series`)

// pastTitles adds participatedIn for a title held before a name: the
// tournament named before the role ("French Open champion X"), the
// Olympic Games for "Olympic champion X", and for a defending champion or
// a runner-up with no tournament named, the one tournament the sentence
// or else the story's opening names. "will also compete" gives nothing:
// only the title says the player took part. GOLD.md (holdout3 README).
func (r *relState) pastTitles(lx *lineupIndex) {
	a := r.a
	if !a.sportsStory() {
		return
	}
	r.defendedTitles(lx)
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || a.doc.Entities[m.entity].Type != Person {
			continue
		}
		lo := a.sentTokens[m.sent].Start
		k := m.t0 - 1
		if k < lo {
			continue
		}
		role, j := a.tokens[k].Lower(), k-1
		if k-2 >= lo && a.tokens[k-1].Text == "-" {
			role, j = a.tokens[k-2].Lower()+"-"+role, k-3 // "runner - up" as the tokenizer split it
		}
		if !pastTitleRoles[role] {
			continue
		}
		ev := -1
		switch prev := a.mentionEndingAt(j, lo); {
		case j >= lo && (a.tokens[j].Lower() == "olympic" || a.tokens[j].Lower() == "olympics"):
			ev = lx.olympicGames(j)
		case prev >= 0:
			ev = lx.tournament(a.ments[prev].entity)
		case j >= lo && (a.tokens[j].Lower() == "defending" || a.tokens[j].Lower() == "reigning"):
			ev = lx.storyTournament(m.sent)
		case role == "runner-up" || role == "finalist":
			if j > lo && (isCapWord(a.tokens[j]) || a.tokens[j].Lower() == "former") {
				continue // "European runner-up X": a title from elsewhere
			}
			ev = lx.storyTournament(m.sent)
		}
		if ev >= 0 {
			r.add(m.entity, ParticipatedIn, ev, m.sent, ruleTitleHolder, 0.7)
		}
	}
}

// defendedTitles adds participatedIn for "X returns to defend his title",
// "she will defend her titles in Sydney and at the Australian Open": a
// title defended was won there before. The tournaments are those the
// clause names after the title, a city standing for the story's
// tournament named after it ("in Sydney" for the Sydney International),
// else the story's one tournament.
func (r *relState) defendedTitles(lx *lineupIndex) {
	a := r.a
	for si, st := range a.sentTokens {
		for k := st.Start; k+2 < st.End; k++ {
			switch a.tokens[k].Lower() {
			case "defend", "defends", "defending":
			default:
				continue
			}
			t := k + 1
			if w := a.tokens[t].Lower(); w == "his" || w == "her" || w == "their" || w == "its" {
				t++
			}
			if w := a.tokens[t].Lower(); w != "title" && w != "titles" && w != "crown" {
				continue
			}
			holder := -1
			for _, m := range a.ments {
				if m.sent == si && m.t1 <= k && m.entity >= 0 && !m.hidden && a.doc.Entities[m.entity].Type == Person &&
					(m.kind == MentionName || m.kind == MentionPronoun) {
					holder = m.entity // the nearest person before
				}
			}
			if holder < 0 {
				continue
			}
			opening := lx.storyTournament(-1) // the one the headline or first sentence names
			var evs []int
			for _, m := range a.ments {
				if m.sent != si || m.t0 <= t || m.entity < 0 || m.hidden || m.kind != MentionName {
					continue
				}
				switch e := m.entity; a.doc.Entities[e].Type {
				case Event:
					evs = append(evs, e)
				case City:
					if opening >= 0 && strings.HasPrefix(textseg.Lower(a.doc.Entities[opening].Name), textseg.Lower(a.doc.Entities[e].Name)+" ") {
						evs = append(evs, opening)
					}
				}
			}
			if len(evs) == 0 {
				if e := lx.storyTournament(si); e >= 0 {
					evs = append(evs, e)
				}
			}
			for _, e := range evs {
				r.add(holder, ParticipatedIn, e, si, ruleTitleDefended, 0.7)
			}
		}
	}
}

// mentionEndingAt returns the index in ments of a visible name mention
// ending at token j within the sentence starting at lo, or -1.
func (a *analysis) mentionEndingAt(j, lo int) int {
	return a.mentionEndingWhere(j, lo, visibleName)
}

// mentionStartingAt returns the visible name mention that starts at token
// j and ends before hi, or -1.
func (a *analysis) mentionStartingAt(j, hi int) int {
	return a.mentionStartingWhere(j, hi, visibleName)
}

// visibleName accepts a visible name mention with its entity.
func visibleName(m *mention) bool { return m.entity >= 0 && !m.hidden && m.kind == MentionName }

// mentionEndingWhere returns the index in ments of a mention ok accepts
// ending at token j within the sentence starting at lo, or -1.
func (a *analysis) mentionEndingWhere(j, lo int, ok func(*mention) bool) int {
	if j < lo {
		return -1
	}
	// a.ments is sorted by start, and a mention ending at j starts in
	// [lo, j]: search that stretch only, so a rule asking at every word
	// of a long sentence stays linear.
	for i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= lo }); i < len(a.ments) && a.ments[i].t0 <= j; i++ {
		if m := &a.ments[i]; m.t1 == j+1 && ok(m) {
			return i
		}
	}
	return -1
}

// mentionStartingWhere returns the index in ments of a mention ok accepts
// starting at token j and ending before hi, or -1.
func (a *analysis) mentionStartingWhere(j, hi int, ok func(*mention) bool) int {
	for i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= j }); i < len(a.ments) && a.ments[i].t0 == j; i++ {
		if m := &a.ments[i]; m.t1 <= hi && ok(m) {
			return i
		}
	}
	return -1
}

// tournament returns e when it names a tournament (an Event, or an
// organisation whose name ends like one, retyped), else -1.
func (lx *lineupIndex) tournament(e int) int {
	ent := lx.a.doc.Entities[e]
	switch ent.Type {
	case Event:
		return e
	case Organization:
		ws := strings.Fields(textseg.Lower(ent.Name))
		if len(ws) >= 2 && tournamentHeads[ws[len(ws)-1]] && !lx.inBodyFact(e) && lx.setType(e, Event) {
			return e
		}
	}
	return -1
}

// storyTournament returns the one tournament sentence s names, else the
// one the headline and first sentence name, else -1.
func (lx *lineupIndex) storyTournament(s int) int {
	a := lx.a
	one := func(sents ...int) int {
		found, fname := -1, ""
		for _, si := range sents {
			if si < 0 || si >= len(a.sentTokens) {
				continue
			}
			for _, m := range a.ments {
				if m.sent != si || m.kind != MentionName || m.entity < 0 || m.hidden {
					continue
				}
				ent := a.doc.Entities[m.entity]
				ws := strings.Fields(textseg.Lower(ent.Name))
				if ent.Type != Event && !(ent.Type == Organization && len(ws) >= 2 && tournamentHeads[ws[len(ws)-1]]) {
					continue
				}
				switch name := textseg.Lower(ent.Name); {
				case found < 0:
					found, fname = m.entity, name
				case found == m.entity:
				case strings.Contains(name, fname) || strings.Contains(fname, name):
					// "Sydney International tournament" beside "Sydney
					// International": one tournament, by its name.
					if len(name) < len(fname) {
						found, fname = m.entity, name
					}
				default:
					return -2
				}
			}
		}
		return found
	}
	e := one(s)
	if e == -1 {
		e = one(0, 1)
	}
	if e < 0 {
		return -1
	}
	return lx.tournament(e)
}

// olympicGames returns the Olympic Games entity, made from token t
// ("Olympic champion") when the story names them no other way.
func (lx *lineupIndex) olympicGames(t int) int {
	for _, k := range []string{"olympic games", "olympics"} {
		for _, e := range lx.byName[k] {
			if lx.typeOf(e) == Event {
				return e
			}
		}
	}
	return lx.create("Olympic Games", Event, t, t+1)
}

// inBodyFact reports whether a fact uses entity e as a body one belongs
// to or runs, which no tournament is.
func (lx *lineupIndex) inBodyFact(e int) bool {
	for _, f := range lx.a.doc.Facts {
		if f.Object == e {
			switch f.Predicate {
			case MemberOf, LeaderOf, Joined, Left, PlansToLeave:
				return true
			}
		}
	}
	return false
}

// ruleLeagueTeam names the facts of leagueMembers.
const ruleLeagueTeam = "memberOf/league-team"

// leagueTeamNouns follow a league's name and stand before a club in it:
// "Premiership leaders Chelsea", "the Championship side Reading".
var leagueTeamNouns = lexicon.WordSet(`club clubs side sides team teams leaders
	champions strugglers outfit newcomers rivals high-flyers pacesetters
	basement`)

// leagueOwnedNouns follow "CLUB's LEAGUE" and say the club plays in it:
// "Chelsea's Premiership lead", "Arsenal's Premiership title defence".
var leagueOwnedNouns = lexicon.WordSet(`lead title campaign season position status
	survival form fixture fixtures match game clash defeat victory win
	record challenge rivals leadership run`)

// leagueNames are the competitions whose clubs are members, by the last
// word of their name ("Premier League", "Celtic League") or whole.
var leagueNames = lexicon.WordSet(`league premiership liga bundesliga eredivisie
	conference`)

// isLeague reports whether entity e is a football or rugby league.
func (a *analysis) isLeague(e int) bool {
	ent := a.doc.Entities[e]
	if ent.Type != Organization {
		return false
	}
	ws := strings.Fields(textseg.Lower(ent.Name))
	switch {
	case len(ws) == 0:
		return false
	case leagueNames[ws[len(ws)-1]]:
		return true
	}
	n := strings.Join(ws, " ")
	return n == "serie a" || n == "ligue 1" || n == "la liga"
}

// leagueMembers adds memberOf a league for the club a sports story
// places in it: "Premiership leaders Chelsea" and "Chelsea's Premiership
// lead". A club named after its town is the club (an Organization);
// "former Premiership side X" says nothing of today.
func (r *relState) leagueMembers(lx *lineupIndex) {
	a := r.a
	if !a.sportsStory() {
		return
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.entity < 0 || m.hidden || !a.isLeague(m.entity) {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		if m.t0 > lo && (a.tokens[m.t0-1].Lower() == "former" || a.tokens[m.t0-1].Lower() == "ex") {
			continue
		}
		team := -1
		switch {
		case m.t1+1 < hi && leagueTeamNouns[a.tokens[m.t1].Lower()]:
			if j := a.entityAtToken(m.t1 + 1); j >= 0 {
				team = j
			}
		case m.t0-2 >= lo && isPossessive(a.tokens[m.t0-1].Text) && m.t1 < hi && leagueOwnedNouns[a.tokens[m.t1].Lower()]:
			if p := a.mentionEndingAt(m.t0-2, lo); p >= 0 && a.ments[p].t0 < m.t0-1 {
				team = a.ments[p].entity
			}
		}
		if team >= 0 && team != m.entity {
			if team = lx.sideOf(team, r); team >= 0 {
				r.add(team, MemberOf, m.entity, m.sent, ruleLeagueTeam, 0.7)
			}
		}
		for _, o := range r.leagueOpponents(lx, m, hi) {
			r.add(o, MemberOf, m.entity, m.sent, ruleLeagueTeam, 0.7)
		}
	}
}

// leagueOpponents returns the sides a league match names after the
// league's mention m: "the Premiership match against Charlton",
// "Tottenham's Premiership fixture with Charlton", "a Premiership game
// between Sheffield Wednesday and Arsenal". A league's match is played
// by two of its clubs. As with eventSides, a name after "at" counts only
// when it is a known club ("the Premiership win at Blackburn", not "at
// Turf Moor"), and a name must follow, not a demonym.
func (r *relState) leagueOpponents(lx *lineupIndex, m *mention, hi int) []int {
	a := r.a
	if strings.ContainsAny(a.doc.Entities[m.entity].Name, "'’") {
		return nil // "the Blues' Celtic League match": the name ran over a possessive
	}
	k := a.eventMatchNoun(m.t1, hi, eventMatchNouns)
	if k < 0 || k+2 >= hi {
		return nil
	}
	side := func(t int) int {
		if t >= hi || a.tokMention[t] == 0 {
			return -1
		}
		c := &a.ments[a.tokMention[t]-1]
		if c.t0 != t || c.kind != MentionName || c.entity < 0 || c.entity == m.entity || lx.typeOf(c.entity) == Person {
			return -1
		}
		if a.tokens[k+1].Lower() == "at" && (lx.typeOf(c.entity) != Organization || !a.typedOrganization(c.entity)) {
			return -1
		}
		return lx.sideOf(c.entity, r)
	}
	var out []int
	switch a.tokens[k+1].Lower() {
	case "with", "against", "v", "versus", "at":
		if s := side(k + 2); s >= 0 {
			out = append(out, s)
		}
	case "between":
		s0 := side(k + 2)
		if s0 < 0 {
			return nil
		}
		c := &a.ments[a.tokMention[k+2]-1]
		if c.t1+1 < hi && a.tokens[c.t1].Lower() == "and" {
			if s1 := side(c.t1 + 1); s1 >= 0 {
				out = append(out, s0, s1)
			}
		}
	}
	return out
}

// ruleTeamMates names the facts of teamMates.
const ruleTeamMates = "memberOf/team-mates"

// teamMateNouns name fellow members of a side.
var teamMateNouns = lexicon.WordSet(`team-mate team-mates teammate teammates
	colleague colleagues clubmate clubmates club-mate club-mates`)

// teamMates adds memberOf for "his Wales team-mates" (he plays for
// Wales), "Falcons' team-mate Jamie Noon" and "Ulster colleagues Roger
// Wilson" (the team-mate named plays for the side) in a sports story.
// A side named after a place is the team, an Organization.
func (r *relState) teamMates(lx *lineupIndex) {
	a := r.a
	if !a.sportsStory() {
		return
	}
	for k := range a.tokens {
		if !teamMateNouns[a.tokens[k].Lower()] {
			continue
		}
		s := a.sentenceOfToken(k)
		lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
		p := a.mentionEndingAt(k-1, lo)
		if p < 0 && k-2 >= lo && isPossessive(a.tokens[k-1].Text) {
			p = a.mentionEndingAt(k-2, lo) // "Falcons' team-mate"
		}
		if p < 0 {
			continue
		}
		team := lx.sideOf(a.ments[p].entity, r)
		if team < 0 {
			continue
		}
		if a.ments[p].t0 > lo && (a.tokens[a.ments[p].t0-1].Lower() == "former" || a.tokens[a.ments[p].t0-1].Lower() == "ex") {
			continue
		}
		// The team-mate named after the noun.
		if k+1 < hi {
			if j := a.entityAtToken(k + 1); j >= 0 && lx.typeOf(j) == Person {
				r.add(j, MemberOf, team, s, ruleTeamMates, 0.7)
			}
		}
		// The one whose team-mates they are: "his", "Henson's".
		if q := a.ments[p].t0 - 1; q >= lo {
			holder := -1
			if isPossessive(a.tokens[q].Text) {
				if h := a.mentionEndingAt(q-1, lo); h >= 0 {
					holder = a.ments[h].entity
				}
			} else if w := a.tokens[q].Lower(); w == "his" || w == "her" {
				// "his": the person last named or referred to, in this
				// sentence or the two before it.
				first := a.sentTokens[max(0, s-2)].Start
				for _, m := range a.ments {
					if m.t1 <= q && m.t0 >= first && m.entity >= 0 && !m.hidden && lx.typeOf(m.entity) == Person {
						holder = m.entity
					}
				}
			}
			if holder >= 0 && lx.typeOf(holder) == Person {
				r.add(holder, MemberOf, team, s, ruleTeamMates, 0.7)
			}
		}
	}
}

// ruleTeamCareer names the facts of teamCareers.
const ruleTeamCareer = "memberOf/team-career"

// teamCareerNouns follow "his TEAM" and say he plays for the team: "made
// his Wales debut", "his Celtic career", "most of his England caps".
var teamCareerNouns = lexicon.WordSet(`debut career caps shirt start starts`)

// teamCareerModifiers may stand between the possessive and the team: "his
// 92-cap Wales career", "his first England start".
var teamCareerModifiers = lexicon.WordSet(`first senior full competitive international`)

// teamCareerHopes before the possessive make the debut a hope, not a
// fact: "Bell could make his England debut", "is set to make his debut".
var teamCareerHopes = lexicon.WordSet(`could would will may might hope hopes
	hoping set expected chance bid aims aim want wants if`)

// teamCareers adds memberOf for the player whose debut, career or caps a
// team's name qualifies: "Llewellyn made his Wales debut in 1989", "the
// Manchester United wing talked about extending his Wales career". The
// holder is the person a possessive names ("Henson's Wales career") or,
// for "his"/"her", the person last named in this sentence or the two
// before it, as teamMates reads it. A former side, a hope ("could make
// his England debut") and a team the holder leads give nothing.
func (r *relState) teamCareers(lx *lineupIndex) {
	a := r.a
	if !a.sportsStory() {
		return
	}
	for k := range a.tokens {
		if !teamCareerNouns[a.tokens[k].Lower()] {
			continue
		}
		s := a.sentenceOfToken(k)
		lo := a.sentTokens[s].Start
		p := a.mentionEndingAt(k-1, lo)
		if p < 0 || a.ments[p].kind != MentionName {
			continue
		}
		team := lx.sideOf(a.ments[p].entity, r)
		if team < 0 {
			continue
		}
		q := a.ments[p].t0 - 1
		for q >= lo && (teamCareerModifiers[a.tokens[q].Lower()] || strings.HasSuffix(a.tokens[q].Lower(), "-cap")) {
			q--
		}
		if q < lo || formerWords[a.tokens[q].Lower()] {
			continue
		}
		hope := false
		for t := lo; t < q; t++ {
			hope = hope || teamCareerHopes[a.tokens[t].Lower()]
		}
		if hope {
			continue
		}
		holder := -1
		if isPossessive(a.tokens[q].Text) {
			if h := a.mentionEndingAt(q-1, lo); h >= 0 {
				holder = a.ments[h].entity
			}
		} else if w := a.tokens[q].Lower(); w == "his" || w == "her" {
			holder = a.careerHolder(s, q, lx)
		}
		if holder < 0 || lx.typeOf(holder) != Person || r.seen[relFactKey{holder, LeaderOf, team}] {
			continue
		}
		r.add(holder, MemberOf, team, s, ruleTeamCareer, 0.7)
	}
}

// careerHolder returns the person "his" at token q refers to: the person
// last named or referred to in sentence s or the two before it. An object
// pronoun between that person and q that refers to someone else ("Sir
// Alex Ferguson talked him into extending his Wales career") or that no
// resolution ties to anyone leaves the owner unknown (-1).
func (a *analysis) careerHolder(s, q int, lx *lineupIndex) int {
	first := a.sentTokens[max(0, s-2)].Start
	holder, end := -1, -1
	for _, m := range a.ments {
		if m.t1 <= q && m.t0 >= first && m.entity >= 0 && !m.hidden && lx.typeOf(m.entity) == Person && m.t0 > end {
			holder, end = m.entity, m.t0
		}
	}
	if holder < 0 {
		return -1
	}
	for t := end + 1; t < q; t++ {
		if w := a.tokens[t].Lower(); w != "him" && w != "himself" && w != "her" && w != "herself" {
			continue
		}
		if e := a.entityAtToken(t); e != holder {
			return -1
		}
	}
	return holder
}

// sideOf returns the team entity e names in a sports story: e itself if
// an organisation; for a country or city, the organisation of the same
// name the story already has, else e retyped (GOLD.md: a team named after
// a place is an Organization); else -1.
func (lx *lineupIndex) sideOf(e int, r *relState) int {
	switch lx.typeOf(e) {
	case Organization:
		return e
	case Country, City:
		for _, o := range lx.byName[textseg.Lower(lx.a.doc.Entities[e].Name)] {
			if lx.typeOf(o) == Organization {
				return o
			}
		}
		if lx.placeRetypable(e, r) && lx.setType(e, Organization) {
			return e
		}
	}
	return -1
}

// ruleEventSide and ruleEventPlayer name the facts of eventSides.
const (
	ruleEventSide   = "participatedIn/event-side"   // "Spain's Davis Cup victory"
	ruleEventPlayer = "participatedIn/event-player" // "Federer's Australian Open win"
)

// sideEventNouns follow "TEAM's EVENT" and say the team played in it:
// "Spain's Davis Cup victory", "Wales's Six Nations campaign".
var sideEventNouns = lexicon.WordSet(`victory win defeat loss final campaign match
	clash tie game opener triumph success exit semi-final quarter-final replay`)

// eventMatchNouns follow an event's name before the opponent: "the
// Champions League tie against Bayer Leverkusen", "Saturday's Six Nations
// match with Ireland", "the FA Cup replay at Sheffield United".
var eventMatchNouns = lexicon.WordSet(`match clash tie game fixture encounter
	showdown meeting opener replay final semi-final quarter-final win victory
	defeat`)

// eventStageWords may stand between an event's name and its match noun:
// "the FA Cup fifth round replay", "the Champions League group tie". A
// closed list, because an open run of lower-case words reads past the
// match ("the Six Nations table following defeat", "the Davis Cup final
// alive with victory").
var eventStageWords = lexicon.WordSet(`first second third fourth fifth sixth
	round first-round second-round third-round fourth-round fifth-round
	sixth-round group pool qualifying qualifier knockout quarter-final semi-final
	final leg first-leg second-leg opening crunch away home last-16 last-eight`)

// eventMatchNoun returns the last token of a run of at most four stage
// words and match nouns that starts at token k, after an event's name, when
// the run holds one of nouns ("the FA Cup fifth round replay", "the
// Champions League semi-final first leg"), or -1.
func (a *analysis) eventMatchNoun(k, hi int, nouns map[string]bool) int {
	start, found := k, false
	for ; k < hi && k-start < 4; k++ {
		w := a.tokens[k].Lower()
		if !nouns[w] && !eventStageWords[w] {
			break
		}
		found = found || nouns[w]
	}
	if !found {
		return -1
	}
	return k - 1
}

// sentenceOpener returns the entity of the name that opens the sentence
// starting at lo, when it ends before token end, or -1: the side "their"
// points back to in "Hearts wrapped up their Scottish Cup quarter-final
// tie". Only the opening name, because a name later in the sentence is as
// often the opponent ("lost to Wales in their Six Nations opener").
func (a *analysis) sentenceOpener(lo, end int) int {
	if lo >= end || a.tokMention[lo] == 0 {
		return -1
	}
	m := &a.ments[a.tokMention[lo]-1]
	if m.t0 != lo || m.t1 > end || m.kind != MentionName || m.hidden {
		return -1
	}
	return m.entity
}

// eventSides adds participatedIn for a side a sports story places in a
// competition: "Spain's Davis Cup victory", "Munster's Heineken Cup
// quarter-final tie" and "the Six Nations match with Ireland". A side named
// after a place is the team; a side after "at" must be a known club, as
// "the final at Cardiff" names the ground's city.
func (r *relState) eventSides(lx *lineupIndex) {
	a := r.a
	if !a.sportsStory() {
		return
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.entity < 0 || m.hidden || lx.typeOf(m.entity) != Event {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		if m.t1 >= hi {
			continue
		}
		side := -1
		if k := a.eventMatchNoun(m.t1, hi, sideEventNouns); k >= 0 && m.t0-1 >= lo {
			switch w := a.tokens[m.t0-1]; {
			case m.t0-2 >= lo && isPossessive(w.Text):
				if p := a.mentionEndingAt(m.t0-2, lo); p >= 0 {
					side = a.ments[p].entity
				}
			case w.Lower() == "their":
				side = a.sentenceOpener(lo, m.t0)
			}
		}
		if k := a.eventMatchNoun(m.t1, hi, eventMatchNouns); k >= 0 && k+2 < hi {
			prep := a.tokens[k+1].Lower()
			switch prep {
			case "with", "against", "v", "versus", "v.", "at":
				// A name, not a demonym: "against Scottish side
				// Dunfermline" is no match against Scotland.
				if j := a.entityAtToken(k + 2); j >= 0 && a.ments[a.tokMention[k+2]-1].kind == MentionName {
					// After "at" a ground is as likely as the home
					// side: only a name the text or the gazetteer
					// types a club counts ("at Everton", not "at
					// Twickenham").
					if prep == "at" && (lx.typeOf(j) != Organization || !a.typedOrganization(j)) {
						break
					}
					if s := lx.sideOf(j, r); s >= 0 {
						r.add(s, ParticipatedIn, m.entity, m.sent, ruleEventSide, 0.7)
					}
				}
			}
		}
		if side < 0 {
			continue
		}
		if lx.typeOf(side) == Person {
			// A player's own result or debut puts him in the
			// competition as a side's puts the side ("Federer's
			// Australian Open win"); one still to come ("will make his
			// Six Nations debut") puts him in nothing yet.
			if !a.eventFuture(m.sent, m.t0, m.t1) {
				r.add(side, ParticipatedIn, m.entity, m.sent, ruleEventPlayer, 0.7)
			}
			continue
		}
		if s := lx.sideOf(side, r); s >= 0 {
			r.add(s, ParticipatedIn, m.entity, m.sent, ruleEventSide, 0.7)
		}
	}
}

// teamRoleModifiers may stand between a team's name and a player's role:
// "England tight-head prop", "England rugby union captain", "Newcastle's
// teenage centre", "Wales international colleague".
var teamRoleModifiers = lexicon.WordSet(`tight-head loose-head teenage young
	rugby union league football national international first-choice
	first-team regular reserve on-loan`)

// teamRolesInSport are roles that name a team's player only in a sports
// story ("Leicester star Lewis Moody", "Ulster wing Tommy Bowe").
var teamRolesInSport = lexicon.RoleClass("sport-story-role")

// teamRoleAt returns the token of a player's role a team's name leads to
// from token i, past a possessive and at most two modifiers or an age
// ("18-year-old"), with a person named right after it; "number eight" is
// the role "eight". It returns -1 when no such role stands there.
func (s *relSent) teamRoleAt(i int) int {
	if !s.r.a.sportsStory() {
		return -1
	}
	if s.word(i, "'s") || s.word(i, "'") {
		i++
	}
	named := func(k int) bool {
		c := s.mentionAt(k)
		return c != nil && c.first == k && c.kind == MentionName && s.r.typeOf(c.entity) == Person
	}
	for n := 0; n <= 2 && i < len(s.low); n++ {
		w := s.low[i]
		switch {
		case s.word(i, "number") && s.word(i+1, "eight") && named(i+2):
			return i + 1
		case (relSquad[w] || teamRolesInSport[w]) && named(i+1):
			return i
		case teamRoleModifiers[w] || strings.HasSuffix(w, "-year-old"):
			i++
		default:
			return -1
		}
	}
	return -1
}
