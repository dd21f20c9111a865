package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// sideNouns after a place's name make it the team named after it in a
// sports story, when a determiner or "former" stands before the name and
// no player's name follows ("the England defender lashed home", "the
// former Liverpool player", "his Middlesbrough team"). placeTeams reads
// the same nouns only before a named player.
var sideNouns = lexicon.WordSet(`striker strikers midfielder midfielders defender
	defenders winger wingers keeper goalkeeper fly-half scrum-half full-back
	flanker prop hooker lock centre wing forward forwards stand-off player
	players team-mates team-mate star youngster veteran international
	internationals side team squad skipper captain coach manager boss fans
	supporters`)

// sideDeterminers stand before "X defender" when X is the team: "the",
// a possessive, or "former"/"ex" for a past club.
var sideDeterminers = lexicon.WordSet(`the a an his her their its former ex ex-`)

// opponentBefore are the words before a side's name when it is the
// opponent of a match ("against Biarritz", "beat England", "Wales v
// Italy"). "over", "to" and "by" count only after a result noun or
// verb (resultPreps).
var opponentBefore = lexicon.WordSet(`against beat beating v vs versus`)

// resultPreps pair a result or fixture word with the preposition that
// introduces the opponent after it ("victory over", "defeat to", "defeat
// by", "draw with", "clash with").
var resultPreps = map[string]bool{
	"win over": true, "victory over": true, "triumph over": true, "wins over": true,
	"defeat to": true, "defeat by": true, "defeats to": true, "defeats by": true,
	"loss to": true, "losses to": true, "lost to": true, "losing to": true,
	"beaten by": true, "defeated by": true, "thrashed by": true,
	"draw with": true, "drew with": true,
}

// placeResultPreps introduce only a place's side: "a clash with Ireland"
// is a fixture, "a clash with Sylvain Distin" a collision.
var placeResultPreps = map[string]bool{"clash with": true, "clashes with": true}

// sideTeams retypes a country or city as the team named after it in a
// sports story, from shapes placeTeams does not read: a side noun after
// the name with a determiner before it ("the England defender"), the
// name opening a sentence before a plural verb ("England were starting
// to show menace": British news writes a side so, never a country) or
// a match verb ("Spain won the Davis Cup"), the name as a match's
// opponent ("a display against England", "beat Italy"), after a side's
// title ("Tri-Nations champions South Africa"), before a possessive
// and a result ("Ireland's win over Italy"), and a town's possessive
// before a player's name ("Southampton's David Prutton"). A name the
// text also uses as a location ("in Biarritz", "Umaga, in England for
// the match", "in the UK") keeps its place type: the story means the
// place too, and the place carries facts a team would lose. Every other
// mention of the name follows, as in placeTeams.
func (a *analysis) sideTeams() {
	if !a.sportsStory() {
		return
	}
	ms := a.ments
	var teams, opponents, located, placeSides []string
	for i := range ms {
		m := &ms[i]
		if m.kind == MentionAcronym && (m.typ == Country || m.typ == City) && a.afterIn(m) {
			located = appendTeam(located, teamKey(m)) // "in the UK"
		}
		if m.kind == MentionName && m.typ == Place && (a.sideNounAfter(m) || a.pluralSubject(m) || a.placeOpensPlural(m)) {
			// A club named for a place and a place head ("Nottingham
			// Forest", "Crystal Palace") written as a side: "a
			// determined Nottingham Forest side", "Crystal Palace have
			// signed ...". Only the two cues a region or ground does not
			// take in a sports story.
			placeSides = appendTeam(placeSides, teamKey(m))
		}
		if m.kind != MentionName || (m.typ != Country && m.typ != City) {
			continue
		}
		k := teamKey(m)
		switch {
		case a.sideNounAfter(m) || a.pluralSubject(m):
			teams = appendTeam(teams, k)
		case a.opponentName(m):
			opponents = appendTeam(opponents, k)
		case a.clubUse(m) || a.sideTitleBefore(m) || a.resultAfter(m) || a.winningSubject(m) || a.homeClub(m):
			teams = appendTeam(teams, k)
		}
		if a.afterIn(m) {
			located = appendTeam(located, k)
		}
	}
	for _, k := range opponents {
		teams = appendTeam(teams, k)
	}
	clubs := a.opponentClubs()
	if len(teams) == 0 && len(clubs) == 0 && len(placeSides) == 0 {
		return
	}
	var sides []string
	for i := range ms {
		m := &ms[i]
		if m.kind == MentionName && m.typ == Place && m.canon == "" && textseg.Contains(placeSides, teamKey(m)) && !textseg.Contains(located, teamKey(m)) {
			m.typ = Organization
		}
		if m.kind == MentionName && (m.typ == Country || m.typ == City) && textseg.Contains(teams, teamKey(m)) && !textseg.Contains(located, teamKey(m)) {
			m.side = m.typ == Country
			m.typ = Organization
			sides = appendTeam(sides, teamKey(m))
		}
		if m.kind == MentionName && (m.typ == "" || m.typ == Person) && !m.strong && textseg.Contains(clubs, teamKey(m)) {
			m.typ = Organization
		}
	}
	a.teamDemonyms(sides)
}

// countryNouns after a demonym name the country itself, whose facts a
// side must not take: "the Spanish government", "French embassy".
var countryNouns = lexicon.WordSet(`government governments ministry ministries
	embassy embassies parliament authorities officials police army troops
	navy forces military state courts court people public economy`)

// teamDemonyms retypes the demonyms of a country the story names as its
// side ("English rugby", "the Welsh"): they share the country's key, and
// a few of them would outvote the side's own name when the entity is
// typed ("England coach Andy Robinson ... the English season" made
// England a Country and its coach a leader of the country). A demonym
// before a country noun or an office of state ("the Spanish government",
// "French President Jacques Chirac") keeps the country.
func (a *analysis) teamDemonyms(teams []string) {
	if len(teams) == 0 {
		return
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionDemonym || m.typ != Country || !textseg.Contains(teams, teamKey(m)) || a.stateDemonym(m) {
			continue
		}
		m.typ = Organization
	}
}

// stateDemonym reports whether demonym m stands before a country noun or a
// role of state, past any role modifier ("Spanish Prime Minister",
// "the French foreign ministry"); a side's roles (coach, captain,
// manager) do not count.
func (a *analysis) stateDemonym(m *mention) bool {
	hi := a.sentTokens[m.sent].End
	k := m.t1
	for k < hi && lexicon.RoleModifiers[a.tokens[k].Lower()] {
		k++
	}
	if k >= hi {
		return false
	}
	w := a.tokens[k].Lower()
	return countryNouns[w] || lexicon.RoleHeads[w] && !lexicon.TeamSideRoles[w]
}

// clubUse reports whether the town m stands before a possessive and a
// player's name in a team-sport story ("Southampton's David Prutton",
// "Parma's Sebastien Frey"): the stories where the memberOf rule reads
// the town as the player's club (titles_memberships.go). Towns only: a
// country's possessive is as often a nationality ("Brazil's Ronaldo" of
// a club side).
func (a *analysis) clubUse(m *mention) bool {
	toks := a.tokens
	if m.typ != City || m.t1+1 >= a.sentTokens[m.sent].End || !isPossessive(toks[m.t1].Text) {
		return false
	}
	n := a.nameStartingAt(m.t1 + 1)
	return n != nil && n.typ == Person && n.t1-n.t0 >= 2 && (n.firstName || n.strong) && a.placeSideStory()
}

// sideTitles before a place's name (or the list it opens) make it a side:
// "World Cup champions England", "Tri-Nations rivals Australia, New
// Zealand and South Africa", "Six Nations teams France, Ireland ...".
// "Hosts" is left out: a host nation hosts as a country.
var sideTitles = lexicon.WordSet(`champions holders title-holders rivals
	opponents teams sides finalists semi-finalists`)

// hostWords after a place's name make it the host country or town,
// whatever title stands before it ("former champions Zambia will host
// Lesotho ... in Lusaka").
var hostWords = lexicon.WordSet(`host hosts hosted hosting stage stages staged`)

// sideTitleBefore reports whether a side title stands before m, or before
// the list of names m closes or continues, with "the" allowed between
// ("Group B rivals the Netherlands"). A name before a possessive and a
// name is a nationality ("defending champion Ireland's Paul Brizzel"),
// and one before a hosting verb the host.
func (a *analysis) sideTitleBefore(m *mention) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	for k := m.t1; k < hi && k <= m.t1+2; k++ {
		if hostWords[toks[k].Lower()] {
			return false
		}
	}
	if m.t1+1 < hi && isPossessive(toks[m.t1].Text) && isCapWord(toks[m.t1+1]) {
		return false
	}
	p := m.t0 - 1
	for n := 0; n < 12 && p-1 > lo && (toks[p].Text == "," || toks[p].Lower() == "and"); n++ {
		prev := a.nameEndingAt(p - 1)
		if prev == nil || prev.typ != Country && prev.typ != City {
			return false
		}
		p = prev.t0 - 1
	}
	if p > lo && toks[p].Lower() == "the" {
		p--
	}
	return p >= lo && sideTitles[toks[p].Lower()]
}

// sideResultNouns name a match's result after a side's possessive:
// "England's 24-10 win", "Slovakia's win", "Spain's Davis Cup victory".
var sideResultNouns = lexicon.WordSet(`win wins victory victories defeat defeats loss
	losses draw triumph`)

// resultAfter reports whether m is a country before a possessive and,
// within four words, a result noun ("Ireland's win over Italy").
func (a *analysis) resultAfter(m *mention) bool {
	toks := a.tokens
	hi := a.sentTokens[m.sent].End
	if m.typ != Country || m.t1 >= hi || !isPossessive(toks[m.t1].Text) {
		return false
	}
	for k := m.t1 + 1; k < hi && k <= m.t1+5; k++ {
		if sideResultNouns[toks[k].Text] {
			return true
		}
	}
	return false
}

// sideWinVerbs, after a country opening its sentence, make it a side:
// "Spain won the Davis Cup", "England beat Fiji 26-21".
var sideWinVerbs = lexicon.WordSet(`won beat clinched retained defeated thrashed
	drew edged trailed`)

// bidWords after a match verb make the win a city's or a country's own:
// "France won the bid to stage ...".
var bidWords = lexicon.WordSet(`bid bids right rights vote race election`)

// winningSubject reports whether the country m opens its sentence before
// a match verb whose object is no bid ("Slovakia won the Cup").
func (a *analysis) winningSubject(m *mention) bool {
	toks := a.tokens
	hi := a.sentTokens[m.sent].End
	if m.typ != Country || m.t1 >= hi || !sideWinVerbs[toks[m.t1].Text] || !a.subjectPosition(m.sent, m.t0) {
		return false
	}
	for k := m.t1 + 1; k < hi && k <= m.t1+3; k++ {
		if bidWords[toks[k].Lower()] {
			return false
		}
	}
	return true
}

// nameEndingAt returns the name mention that closes at token t, or nil.
func (a *analysis) nameEndingAt(t int) *mention {
	for i := range a.ments {
		if m := &a.ments[i]; m.kind == MentionName && m.t1 == t+1 {
			return m
		}
	}
	return nil
}

// nameStartingAt returns the name mention that opens at token t, or nil.
func (a *analysis) nameStartingAt(t int) *mention {
	for i := range a.ments {
		if m := &a.ments[i]; m.kind == MentionName && m.t0 == t {
			return m
		}
	}
	return nil
}

// afterIn reports whether "in" or "in the" stands before m: a location
// ("in Biarritz", "elite sports in the UK").
func (a *analysis) afterIn(m *mention) bool {
	p := m.t0 - 1
	if p > 0 && a.tokens[p].Lower() == "the" {
		p--
	}
	return p >= 0 && a.tokens[p].Text == "in"
}

// opponentClubs returns the keys of names left untyped (or typed Person
// only for want of a better guess) that stand as a match's opponent in a team-sport story
// ("the tie against Bayer Leverkusen", "a win over Maccabi Tel Aviv"): a
// club named with a place or an unknown word. The name must have two
// words or more, the first no known first name, and carry no title or
// honorific; a lone surname ("against McPake") is as often the player
// marking him. The story must be a team-sport story with no word of an
// individual sport (titles_memberships.go): in tennis and athletics
// opponents are people.
func (a *analysis) opponentClubs() []string {
	var clubs []string
	checked, team := false, false
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.typ != "" && m.typ != Person || m.strong || m.firstName || m.honor != "" || len(m.titleWords) > 0 ||
			m.t1-m.t0 < 2 || !a.opponentName(m) {
			continue
		}
		if !checked {
			// A score-line headline between two sides ("Hearts of Oak
			// 3-2 Cotonsport") makes a team-sport story whatever words
			// the report uses.
			checked, team = true, (a.teamSportStory() || a.headlineScoreSides() != nil) && !a.individualSport()
		}
		if !team {
			return nil
		}
		clubs = appendTeam(clubs, teamKey(m))
	}
	return clubs
}

// sideNounAfter reports whether m stands between a side determiner (and
// an age) and a side noun not followed by a capitalised name ("the
// England defender needed little invitation", "the 24-year-old England
// midfielder is determined").
func (a *analysis) sideNounAfter(m *mention) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	p := m.t0 - 1
	if p > lo && strings.HasSuffix(toks[p].Lower(), "-year-old") {
		p-- // "The 24-year-old England midfielder"
	}
	if p < lo || m.t1 >= hi || !sideDeterminers[toks[p].Lower()] || !sideNouns[toks[m.t1].Text] {
		return false
	}
	return m.t1+1 >= hi || !isCapWord(toks[m.t1+1])
}

// pluralSubject reports whether the country m opens its sentence before a
// plural verb ("Scotland have ...", "England were ..."), or a country or
// town opens a clause after a clause opener before one ("Souness felt
// Newcastle were never in danger", "why Newcastle are languishing"): a
// place takes a singular verb, a side a plural one. A name after "and"
// or a comma is left out, as the verb may agree with the whole list.
func (a *analysis) pluralSubject(m *mention) bool {
	if m.t1 >= a.sentTokens[m.sent].End || !pluralVerbs[a.tokens[m.t1].Text] {
		return false
	}
	if m.typ == Country && a.subjectPosition(m.sent, m.t0) {
		return true
	}
	p := m.t0 - 1
	return p >= a.sentTokens[m.sent].Start && sideClauseOpeners[a.tokens[p].Lower()]
}

// sideClauseOpeners stand before the subject of a clause inside a sentence:
// a verb of saying or thinking, a complementiser or a conjunction that is
// no coordinator of names.
var sideClauseOpeners = lexicon.WordSet(`that why how whether because if when while
	although though unless until since said says admitted admits felt feels
	believes believed thinks thought insisted insists knows knew hopes
	warned claimed added`)

// homeClub reports whether the town m is the home side of a fixture:
// before "v" and a capitalised name ("Newcastle v Chelsea", "Birmingham v
// Leeds"). opponentName leaves the home side alone for a country, which
// may host the match as a place; a town before "v" is a club.
func (a *analysis) homeClub(m *mention) bool {
	k := m.t1
	return m.typ == City && k+1 < a.sentTokens[m.sent].End && opponentBefore[a.tokens[k].Lower()] &&
		a.tokens[k].Lower() != "against" && isCapWord(a.tokens[k+1])
}

// opponentName reports whether m is the opponent of a match: after
// "against", "beat", "v", or after a result word and its preposition
// ("victory over Wales", "defeat by Italy"); a place also after "clash
// with" and after "the" ("loss to the Netherlands").
func (a *analysis) opponentName(m *mention) bool {
	toks := a.tokens
	lo := a.sentTokens[m.sent].Start
	place := m.typ == Country || m.typ == City
	p := m.t0 - 1
	if place && p > lo && toks[p].Lower() == "the" {
		p-- // "loss to the Netherlands"; "against The Spongebob Squarepants movie" is no club
	}
	if p < lo {
		return false
	}
	if m.t1+1 < len(toks) && isPossessive(toks[m.t1].Text) && isCapWord(toks[m.t1+1]) {
		return false // "a win over Cameroon's Cotonsport Garoua": the club's country
	}
	if !place && p > lo && isPossessive(toks[p].Text) {
		// A club after its country's or town's possessive: "a win over
		// Cameroon's Cotonsport Garoua", "beat Ghana's Asante Kotoko".
		// The opponent word stands before the place, which the check
		// above keeps a place.
		owner := a.placeEndingAt(p)
		if owner == nil {
			return false
		}
		p = owner.t0 - 1
		if p < lo {
			return false
		}
	}
	// The home side before "v" is left alone: a fixture list names the
	// hosts ("Zambia v Swaziland" under "Zambia will host the group in
	// Lusaka"), whose place facts a team would lose.
	if opponentBefore[toks[p].Lower()] {
		return true
	}
	if p-1 < lo {
		return false
	}
	pair := toks[p-1].Lower() + " " + toks[p].Lower()
	return resultPreps[pair] || place && placeResultPreps[pair]
}

// placeEndingAt returns the name mention of a country or town that ends
// at token end, or nil.
func (a *analysis) placeEndingAt(end int) *mention {
	for i := range a.ments {
		m := &a.ments[i]
		if m.t1 == end && m.kind == MentionName && (m.typ == Country || m.typ == City) {
			return m
		}
	}
	return nil
}

// nationalSide reports whether entity e is a country's national side that
// sideTeams retyped from the country ("Seychelles v South Africa"): rules
// that read only a national side as a story's team still see it.
func (a *analysis) nationalSide(e int) bool {
	for i := range a.ments {
		if m := &a.ments[i]; m.entity == e && m.side {
			return true
		}
	}
	return false
}

// placeOpensPlural reports whether a name typed Place for its head word
// opens its sentence before a plural verb ("Nottingham Forest have
// confirmed ..."): in a sports story a side, as pluralSubject reads a
// country. A name that is itself plural in form ("the Alps", "the
// Highlands") takes a plural verb as a place, so it must not end in s.
func (a *analysis) placeOpensPlural(m *mention) bool {
	hi := a.sentTokens[m.sent].End
	if m.t1 >= hi || !pluralVerbs[a.tokens[m.t1].Text] || strings.HasSuffix(a.tokens[m.t1-1].Text, "s") {
		return false
	}
	return a.subjectPosition(m.sent, m.t0)
}

// sharedLeagueNames are league names that rugby union's English clubs
// share with football ("Premiership", football's Premier League until
// 2007); the gazetteer gives football's.
var sharedLeagueNames = lexicon.WordSet(`premiership`)

// rugbyLeague returns rugby's league as the name of the run toks[i:j],
// which ends in a shared league name, when the story speaks of rugby
// union (rugbyWords), or "". A sponsor's word before the name is part of
// it ("Zurich Premiership", "Guinness Premiership"), never the city; the
// bare name is short for the sponsored one the story writes elsewhere.
func (a *analysis) rugbyLeague(i, j int) string {
	toks := a.tokens
	if j-i > 2 || !sharedLeagueNames[toks[j-1].Lower()] || !a.storyHasWords(rugbyWords, 1) {
		return ""
	}
	if j-i == 2 {
		return toks[i].Text + " " + toks[j-1].Text
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].Text == toks[i].Text && isCapWord(toks[k-1]) && !capArticle(toks[k-1].Text) &&
			!isOpener(toks[max(k-2, 0)], toks[k-1]) {
			return toks[k-1].Text + " " + toks[k].Text
		}
	}
	return toks[i].Text
}
