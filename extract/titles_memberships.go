package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Title constructions: membership read from a party's or a
// band's name in a title ("Democratic Senator X", "U2 frontman Bono",
// "his Democrat challenger, John Kerry", "Coldplay's Chris Martin"), and
// the leader of a body referred to by a common noun ("the committee
// chairman, MP Edward Leigh"). Tests: titles_memberships_test.go.

// Rule names shown by --explain.
const (
	rulePartyTitle     = "title:party-role-name"       // "Labour MP Diane Abbott", "Lib Dem peer Lord Smith"
	rulePartyRoleComma = "title:party-role-comma-name" // "his Democrat challenger, John Kerry"
	rulePartyPoss      = "title:party-possessive-name" // "Labour's Alan Milburn"
	ruleShadowRole     = "title:shadow-role-name"      // "shadow chancellor Oliver Letwin" in a story naming the Tories
	ruleBandTitle      = "title:band-role-name"        // "U2 frontman Bono"
	ruleBandPoss       = "title:band-possessive-name"  // "Coldplay's Chris Martin"
	ruleTeamPoss       = "title:team-possessive-name"  // "Chelsea's John Terry" in a sports story
	rulePartisanName   = "title:partisan-name"         // "fellow Democrat Sidney Yates"
	ruleBodyRoleComma  = "title:body-role-comma-name"  // "the committee chairman, MP Edward Leigh"
	ruleLinkedParty    = "title:name-is-party-role"    // "X is a Labour MP", "she sits as a Labour MP"
)

// partyMemberRoles are seats, ranks and standings held in a party: with
// the party's name before them they make the holder a member. Ministers
// and secretaries are left out ("Labour Minister Wolfgang Clement" runs
// a labour ministry), and leaders are the leaderOf rules' business.
var partyMemberRoles = lexicon.RoleClass("party-member")

// partyOfficialRoles are a party's named officials (GOLD.md: "its named
// officials (campaign director, agent) are memberOf it"): with the
// party's name before them ("Green Party campaign director X") the
// holder is a member. "Secretary" is left out: "Labour secretary" is as
// often a ministry's.
var partyOfficialRoles = lexicon.RoleClass("party-official")

// partyOfficeWords name the office of a party official ("campaign
// director", "press officer", "general secretary").
var partyOfficeWords = lexicon.WordSet(`campaign campaigns election communications
	press general chief policy research national`)

// partyRoleModifiers may stand between the party and the role.
var partyRoleModifiers = lexicon.WordSet(`shadow deputy senior junior leading
	prospective parliamentary caucus presidential new fellow treasury foreign
	home health education economic defence environment affairs transport
	trade culture justice rural business`)

// partyNames are parties whose names do not end in "Party".
// "Labor" is Australia's Labor Party as the entity stage names it.
var partyNames = map[string]bool{"Liberal Democrats": true, "Democrats": true, "Republicans": true, "Labor": true,
	"Conservatives": true, "Plaid Cymru": true, "Sinn Fein": true, "UK Independence Party": true,
	"UKIP": true, "SNP": true, "Scottish National Party": true}

// isParty reports whether entity e is a political party: by its name,
// or because the text calls it one.
func (a *analysis) isParty(e int) bool {
	if e < 0 {
		return false
	}
	ent := a.doc.Entities[e]
	if ent.Type != Organization {
		return false
	}
	return strings.HasSuffix(ent.Name, " Party") || partyNames[ent.Name] || partyNamed(ent.Name) || a.describedParty(e)
}

// partyCreeds are the political creeds a party's name states;
// partyBodies the words that then close it as a party: "Christian
// Democratic Union", "Orange Democratic Movement", "Social Democrats",
// "Socialist Alliance". A creed alone is no party ("Liberal Arts
// College", "Democratic Republic of Congo"), nor is a body word alone
// ("African Union", "National Union of Journalists").
var (
	partyCreeds = lexicon.WordSet(`democratic social socialist liberal
		conservative communist republican labour labor green christian
		progressive nationalist unionist`)
	partyBodies = lexicon.WordSet(`union alliance movement front coalition
		rally congress league bloc`)
)

// partyNamed reports a name that says it is a party: one of the plural
// party words ("Free Democrats", "Greens"), or a creed followed by a
// body word ("Christian Democratic Union", "Orange Democratic
// Movement").
func partyNamed(name string) bool {
	fs := strings.Fields(strings.ToLower(name))
	creed := false
	for _, w := range fs {
		switch {
		case partyShapeWords[w]:
			return true
		case partyCreeds[w]:
			creed = true
		case creed && partyBodies[w]:
			return true
		}
	}
	return false
}

// partyKinds qualify "party" as a political one: "the South African
// political party, the African National Congress", "the ruling party,
// Zanu-PF". A bare "party" may be a side to a contract or a celebration.
var partyKinds = lexicon.WordSet(`political ruling opposition governing`)

// describedParty reports whether the text calls organisation e a party
// in an apposition: "the ... political party, the African National
// Congress", "Sendero Luminoso, the ruling party", "X is a political
// party". The text is read once, on the first question: rules ask per
// mention, and a scan each time made the title stage quadratic.
func (a *analysis) describedParty(e int) bool {
	if a.describedParties == nil {
		a.describedParties = make(map[string]bool)
		for _, m := range a.ments {
			if m.entity >= 0 && !m.hidden && a.doc.Entities[m.entity].Type == Organization && a.partyDescribedAt(m) {
				a.describedParties[a.doc.Entities[m.entity].Name] = true
			}
		}
	}
	return a.describedParties[a.doc.Entities[e].Name]
}

// partyDescribedAt reports a "political party" phrase in apposition to
// mention m or after a linking verb: before it ("political party, the
// X"), or after it ("X, the ruling party", "X is a political party").
func (a *analysis) partyDescribedAt(m mention) bool {
	toks := a.tokens
	kind := func(k int) bool { // "political party" ending at token k
		// "his new party, Veritas": a party being founded.
		return k >= 1 && toks[k].Lower() == "party" && (partyKinds[toks[k-1].Lower()] || toks[k-1].Lower() == "new")
	}
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	// Wire copy qualifies a party's name itself: "the ruling Jubilee
	// Alliance", "Kenya's opposition ODM", "the Likud party". An article or
	// a possessive before the qualifier keeps out a court "ruling".
	if k := m.t0 - 1; k-1 >= lo && partyKinds[toks[k].Lower()] && toks[k].Lower() != "political" &&
		(toks[k-1].Lower() == "the" || toks[k-1].Text == "'s") {
		return true
	}
	if m.t1 < hi && toks[m.t1].Text == "party" {
		return true
	}
	k := m.t0 - 1
	if k >= lo && toks[k].Lower() == "the" {
		k--
	}
	if k >= lo && toks[k].Text == "," {
		k--
	}
	if k-1 >= lo && kind(k) {
		return true
	}
	k = m.t1
	if k < hi && (toks[k].Text == "," || toks[k].Lower() == "is" || toks[k].Lower() == "was") {
		k++
	}
	if k < hi && (toks[k].Lower() == "the" || toks[k].Lower() == "a") {
		k++
	}
	for j := k; j < min(hi, k+4); j++ {
		if kind(j) {
			return true
		}
		if toks[j].Text == "," || toks[j].Text == "." {
			break
		}
	}
	return false
}

// bandRoles are a band member's parts ("U2 frontman Bono", "Queen
// bassist John Deacon", "Happy Mondays dancer Bez"); two-word ones are
// in bandRolePairs.
var bandRoles = lexicon.WordSet(`frontman frontwoman singer vocalist guitarist
	drummer bassist keyboardist percussionist dancer`)

var bandRolePairs = map[string]bool{"keyboard player": true, "bass player": true,
	"lead singer": true, "lead guitarist": true, "lead vocalist": true}

// nameHonorifics may stand between a title and a name ("Lib Dem peer
// Lord Smith").
var nameHonorifics = lexicon.WordSet(`mr mrs ms dr sir lord lady baroness dame rev`)

// memberDeterminers open a role phrase set off before a name ("his
// Democrat challenger, John Kerry").
var memberDeterminers = lexicon.WordSet(`the a an his her their its`)

// titleMemberships adds the membership and body-leader facts.
func (x *Extractor) titleMemberships(a *analysis, starts map[int]int) {
	toks := a.tokens
	ents := a.doc.Entities
	ends := titleEnds(a)
	add := func(person, org, sent int, pred, rule string, conf float64) {
		if person == org || a.hasFact(person, pred, org) || pred == MemberOf && a.hasFact(person, LeaderOf, org) {
			return
		}
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: pred, Object: org,
			Sentence: sent, Rule: rule, Confidence: conf})
	}
	music := a.musicStory()
	// A football report may name no position or squad word ("Arsenal's
	// Patrick Vieira had earlier denied ..." in a story of a tunnel row)
	// yet hold several sports words; with no word of an individual sport
	// its possessive names are still a club's players.
	// A match result between two named sides ("Chelsea beat Everton
	// 3-1") says the same with no such word (titles_results.go).
	sport := a.teamSportStory() || !a.individualSport() && (a.sportsWordKinds() >= 3 || a.resultSentence())
	// In a team-sport story a city the place stage kept is still the
	// club a possessive names before a player ("Llanelli's Stephen
	// Jones", "Parma's Sebastien Frey"); tennis, golf and athletics use
	// the same shape for a home town, so placeSideStory keeps them out.
	// A country stays out in general: placeTeams has already made a
	// national side an organisation, and a country it left is most often
	// a nationality ("the other Africans at the club are DR Congo's X").
	// A story where the entity stage has already read a country as its
	// national side ("his side's loss to Ireland") is about national
	// sides, though: there a country left before a possessive and a
	// player's name stands for its side as well ("England's Josh Lewsey"),
	// and a town for its club even with a single clear team-sport word.
	sidesStory := sport && !a.individualSport() && a.namesNationalSide()
	placeSides := sport && (a.placeSideStory() || sidesStory)
	tories := a.entityNamed("Conservative Party")
	for mi, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden {
			continue
		}
		person := ents[m.entity].Type == Person
		lo := a.sentTokens[m.sent].Start
		k := m.t0 - 1
		if k >= lo && nameHonorifics[toks[k].Lower()] {
			k--
		}
		// "U2 frontman Bono": a one-word stage name is a person here
		// whatever the entity stage made of it.
		if b := a.bandRoleBefore(k, lo); b < k+1 && (person || m.t1-m.t0 == 1 && !m.strong) {
			if j, ok := ends[b]; ok && a.ments[j].t0 >= lo && ents[a.ments[j].entity].Type == Organization && !a.isParty(a.ments[j].entity) &&
				!blockedBefore(a, a.ments[j].t0, lo) && !genreLike(ents[a.ments[j].entity].Name) &&
				(a.ments[j].t0 == lo || a.tokens[a.ments[j].t0-1].Lower() != "of") {
				add(m.entity, a.ments[j].entity, m.sent, MemberOf, ruleBandTitle, confAppos)
				continue
			}
		}
		if !person {
			continue
		}
		if p := a.linkedPartyRole(mi, ends); p >= 0 {
			add(m.entity, p, m.sent, MemberOf, ruleLinkedParty, confAppos)
		}
		// "fellow Democrat Sidney Yates", "Republican Mike Hope".
		if p := a.partisanBefore(k, lo); p >= 0 {
			add(m.entity, p, m.sent, MemberOf, rulePartisanName, confAppos)
			continue
		}
		// "Labour MP Diane Abbott", "Tory shadow chancellor X".
		if p, ok := a.partyRoleBefore(k, lo, ends, false); ok {
			add(m.entity, p, m.sent, MemberOf, rulePartyTitle, confAppos)
			continue
		}
		// "Labour's Alan Milburn", "Coldplay's Chris Martin".
		if k >= lo+1 && k == m.t0-1 && isPossessive(toks[k].Text) && m.t1-m.t0 >= 2 {
			if j, ok := ends[k]; ok && a.ments[j].t0 >= lo && !blockedBefore(a, a.ments[j].t0, lo) {
				o := a.ments[j].entity
				switch {
				case a.isParty(o):
					add(m.entity, o, m.sent, MemberOf, rulePartyPoss, confAppos)
					continue
				case a.membershipBody(o):
					// "the TUC's Brendan Barber" (relations_member_bodies.go)
					add(m.entity, o, m.sent, MemberOf, ruleBodyPoss, confMemberBody)
					continue
				case music && m.firstName && ents[o].Type == Organization && !a.ments[j].strong && !firmOrPaperName(ents[o].Name) &&
					!genreLike(ents[o].Name) && a.musicSentence(m.sent):
					add(m.entity, o, m.sent, MemberOf, ruleBandPoss, confBareTitle)
					continue
				case sport && person && (m.firstName || a.namedAgain(mi) || clubNamed(ents[o].Name) || sidesStory && ents[o].Type == Organization) && !eventNamed(ents[m.entity].Name) &&
					(ents[o].Type == Organization || placeSides && ents[o].Type == City || sidesStory && ents[o].Type == Country) && (clubNamed(ents[o].Name) || !firmOrPaperName(ents[o].Name)) && !governingBody(ents[o].Name) &&
					!a.leadsSomething(m.entity) && !a.speaksOfHisSide(m.t1, a.sentTokens[m.sent].End):
					// "Chelsea's John Terry", "Connacht's Bernard Jackman":
					// in a sports story a club's or a national team's
					// player; its manager ("United's Alex Ferguson") leads
					// it and is skipped. A club's full name ("Tottenham
					// Hotspur's Ledley King") vouches for a person's name
					// whose first word no list knows, and so does a side
					// in a story about national sides, where players'
					// names come from every country ("Korea's Kim
					// Shin-Wook" in a World Cup report).
					add(m.entity, o, m.sent, MemberOf, ruleTeamPoss, confBareTitle)
					continue
				}
			}
		}
		// "his Democrat challenger, John Kerry"
		if k == m.t0-1 && k > lo && toks[k].Text == "," {
			if p, ok := a.partyRoleBefore(k-1, lo, ends, true); ok {
				add(m.entity, p, m.sent, MemberOf, rulePartyRoleComma, confAppos)
				continue
			}
		}
		// "shadow chancellor Oliver Letwin" with no party: the Tory
		// front bench in a story that names the Conservatives.
		if tories >= 0 && k == m.t0-1 && a.shadowRole(k, lo) {
			add(m.entity, tories, m.sent, MemberOf, ruleShadowRole, confBareTitle)
			continue
		}
		x.bodyRoleComma(a, starts, mi, k, add)
	}
}

// linkedPartyRole: "Ruth Donnelly is a Labour MP", "She sits as a Labour
// MP for a seat in Leeds", "X, who was elected as a Conservative
// councillor in 2010,": the subject of a linking or appointing verb, or
// of "sits/sat/stood as", whose complement is a party role (what
// partyRoleBefore reads before a name) is a member of the party. The
// same chain as linkedRoles: a modal, "to" or a negation between the
// subject and its verb gives nothing, and "former" blocks the role.
func (a *analysis) linkedPartyRole(mi int, ends map[int]int) int {
	toks := a.tokens
	m := a.ments[mi]
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	if hi-1 >= lo && toks[hi-1].Text == "?" {
		return -1
	}
	if m.kind == MentionPronoun && m.t0 > lo && toks[m.t0-1].Text != "," && toks[m.t0-1].Lower() != "and" && toks[m.t0-1].Lower() != "but" {
		return -1 // a pronoun only as a clause's subject
	}
	v := linkedRoleStart(a, m.t1, hi)
	if c := apposEnd(a, m.t1, hi); v == m.t1 && c > 0 && toks[c].Lower() != "who" && m.kind == MentionName {
		// "Ruth Donnelly, 54, is a Labour MP"
		if w := linkedRoleStart(a, c, hi); w > c {
			v = w
		}
	}
	if v == m.t1 {
		k := m.t1
		for k < hi && linkAdverbs[toks[k].Lower()] {
			k++
		}
		if k+1 < hi && seatVerbs[toks[k].Lower()] && toks[k+1].Lower() == "as" {
			v = k + 2
		}
	}
	if v == m.t1 || v >= hi || toks[v].Lower() == "its" {
		return a.frontedPartisan(m, lo)
	}
	if p := a.partyRoleAt(v, hi, ends); p >= 0 {
		return p
	}
	return a.partisanAt(v, hi)
}

// partisanEnds close a party member's noun used alone ("is a Democrat
// from Illinois", "was a Republican who served"): after it the phrase is
// over, so the party word is no modifier of a role noun ("a Republican
// senator" is partyRoleAt's).
var partisanEnds = lexicon.WordSet(`, . ; : who from since and representing until`)

// partisanAt reads a party member's noun alone after a linking verb: "a
// Democrat", "a Republican", "a Tory" (the gazetteer's party demonyms)
// followed by the end of the phrase. It returns the party or -1.
func (a *analysis) partisanAt(p, hi int) int {
	toks := a.tokens
	if p+1 >= hi || toks[p].Lower() != "a" && toks[p].Lower() != "an" {
		return -1
	}
	o, end := a.partyMentionAt(p + 1)
	if o < 0 || end < hi && !partisanEnds[toks[end].Lower()] {
		return -1
	}
	return o
}

// frontedPartisan reads a party member's noun set before its subject at
// the opening of a sentence: "A Republican, he has served in the House
// since 2014." It returns the party or -1.
func (a *analysis) frontedPartisan(m mention, lo int) int {
	toks := a.tokens
	if m.t0 < lo+3 || toks[m.t0-1].Text != "," || toks[lo].Lower() != "a" && toks[lo].Lower() != "an" {
		return -1
	}
	if o, end := a.partyMentionAt(lo + 1); o >= 0 && end == m.t0-1 {
		return o
	}
	return -1
}

// partisanNouns are the one-word names of a party's member used as a
// noun before a person's name ("fellow Democrat Sidney Yates"); a party's
// own name there ("Labour Tony Blair") is rare and is left alone.
var partisanNouns = lexicon.WordSet(`democrat republican tory conservative
	socialist communist liberal unionist nationalist`)

// partisanBefore reads a party member's noun ending at token k, right
// before a name: "fellow Democrat Sidney Yates", "Republican Mike Hope".
// The noun must be a mention of the party and not follow "former" or
// "ex-". It returns the party or -1.
func (a *analysis) partisanBefore(k, lo int) int {
	if k < lo || !partisanNouns[a.tokens[k].Lower()] || a.tokens[k].Flags&textseg.TCap == 0 || blockedBefore(a, k, lo) {
		return -1
	}
	for _, pm := range a.ments {
		if pm.t0 == k && pm.t1 == k+1 && pm.entity >= 0 && !pm.hidden && a.isParty(pm.entity) {
			return pm.entity
		}
	}
	return -1
}

// partyMentionAt returns the party a mention starting at token p
// resolves to, and the token after that mention; -1 when none does.
func (a *analysis) partyMentionAt(p int) (int, int) {
	for _, pm := range a.ments {
		if pm.t0 == p && pm.entity >= 0 && !pm.hidden && a.isParty(pm.entity) {
			return pm.entity, pm.t1
		}
	}
	return -1, p
}

// partyRoleAt reads a party role that starts at token p and ends at a
// clause boundary: "[a|the] Labour MP", "Labour's candidate in Leeds",
// "the party's deputy leader". It returns the party or -1.
func (a *analysis) partyRoleAt(p, hi int, ends map[int]int) int {
	toks := a.tokens
	if p < hi && memberDeterminers[toks[p].Lower()] && toks[p].Lower() != "its" && toks[p].Lower() != "the" || p < hi && toks[p].Lower() == "the" && (p+1 >= hi || toks[p+1].Lower() != "party") {
		p++
	}
	for k := p + 1; k < min(hi, p+6); k++ {
		if k+1 < hi && !roleEndWords[toks[k+1].Lower()] && toks[k+1].Lower() != "for" && !apposVerbs[toks[k+1].Lower()] && !speechVerbs[toks[k+1].Lower()] {
			continue
		}
		if o, ok := a.partyRoleBefore(k, p, ends, false); ok && a.partyStartsAt(p, o) {
			return o
		}
	}
	return -1
}

// partyStartsAt reports whether the party phrase at token p names party
// o: a mention of it starts there, or "the party's" does. The role read
// must open the phrase: "X, who backed Labour MP Y," makes Y the member.
func (a *analysis) partyStartsAt(p, o int) bool {
	if p+1 < len(a.tokens) && a.tokens[p].Lower() == "the" && a.tokens[p+1].Lower() == "party" {
		return true
	}
	for _, m := range a.ments {
		if m.t0 == p && m.entity == o && !m.hidden {
			return true
		}
	}
	return false
}

// seatVerbs take a party role after "as": "sits as a Labour MP", "stood
// as a Green candidate".
var seatVerbs = lexicon.WordSet(`sits sat sitting stood stands standing`)

// titleEnds maps the token index after a resolved name to its mention
// (the longest ending there): the party or band a role follows.
func titleEnds(a *analysis) map[int]int {
	ends := map[int]int{}
	for i, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun || m.kind == MentionDemonym {
			continue
		}
		if j, ok := ends[m.t1]; !ok || a.ments[j].t0 > m.t0 {
			ends[m.t1] = i
		}
	}
	return ends
}

// blockedBefore reports a "former" or "ex" right before token t.
func blockedBefore(a *analysis, t, lo int) bool {
	return t > lo && (formerWords[a.tokens[t-1].Lower()] || strings.HasPrefix(a.tokens[t-1].Lower(), "ex-"))
}

// bandRoleBefore steps back over a band role ending at token k and
// returns the index where it starts, or k+1 when there is none.
func (a *analysis) bandRoleBefore(k, lo int) int {
	if k < lo {
		return k + 1
	}
	if k > lo && bandRolePairs[a.tokens[k-1].Lower()+" "+a.tokens[k].Lower()] {
		return k - 1
	}
	if bandRoles[a.tokens[k].Lower()] {
		return k
	}
	return k + 1
}

// partyRoleBefore reads "PARTY [modifiers] ROLE" ending at token k: a
// party mention, then at most three role words whose last is a party
// role ("MP", "peer", "challenger"), a shadow post, one of the party's
// officials ("campaign director", "agent") or a post under its leader
// ("deputy leader", "vice chairman"). The party may be possessive
// ("Labour's deputy leader, X"). With appos, the phrase must open with
// a determiner or the sentence ("his Democrat challenger, X"); without,
// "former" before it blocks it. The party's own leader or chairman is
// left to the leaderOf rules, whose facts imply the membership.
func (a *analysis) partyRoleBefore(k, lo int, ends map[int]int, appos bool) (int, bool) {
	toks := a.tokens
	if k < lo {
		return -1, false
	}
	head := toks[k].Lower()
	shadow, under, official := false, false, false
	p := k
	for p >= lo && k-p < 3 {
		if j, ok := ends[p+1]; ok && p < k && a.isParty(a.ments[j].entity) {
			break // "Labour" reads as a role modifier too ("labour minister")
		}
		w := toks[p].Lower()
		if w == "shadow" {
			shadow = true
		} else if lexicon.NotLeaderModifiers[w] && !formerWords[w] && w != "outgoing" {
			under = true // "deputy leader": a post under the leader
		} else if p < k && partyOfficeWords[w] {
			official = true // "campaign director", "general secretary"
		} else if !partyMemberRoles[w] && !partyOfficialRoles[w] && !partyRoleModifiers[w] && !isRoleWord(w) {
			break
		}
		p--
	}
	if p == k {
		return -1, false
	}
	switch {
	case partyMemberRoles[head], shadow && lexicon.IsRoleHead(head):
	case partyOfficialRoles[head] && (under || official || !lexicon.LeaderRoles[head] && head != "director" && head != "official" && head != "officer"):
		// "Labour agent X", "Tory deputy chairman X", "Green Party
		// campaign director X"; a bare "Labour director" may be a
		// ministry's or a union's.
	default:
		return -1, false
	}
	for t := p + 1; t <= k; t++ {
		if formerWords[toks[t].Lower()] {
			return -1, false
		}
	}
	// "Labour's deputy leader": the party's possessive before the role.
	if p >= lo && isPossessive(toks[p].Text) {
		if j, ok := ends[p]; ok && a.ments[j].t0 >= lo && a.isParty(a.ments[j].entity) {
			p--
		} else if p-2 >= lo && toks[p-1].Lower() == "party" && toks[p-2].Lower() == "the" && (under || official || partyMemberRoles[head]) {
			// "the party's deputy leader": the party the story named
			// last, when that is a party (its leader is left to the
			// leaderOf rules).
			if o := a.latestOrgNamed(toks[p-2].Start, "party"); a.isParty(o) && !blockedBefore(a, p-2, lo) {
				return o, true
			}
			return -1, false
		}
	}
	j, ok := ends[p+1]
	if !ok || a.ments[j].t0 < lo || !a.isParty(a.ments[j].entity) {
		return -1, false
	}
	s := a.ments[j].t0
	if appos {
		if s > lo && !memberDeterminers[toks[s-1].Lower()] {
			return -1, false
		}
		if s-1 > lo && formerWords[toks[s-2].Lower()] {
			return -1, false
		}
	} else if blockedBefore(a, s, lo) {
		return -1, false
	}
	return a.ments[j].entity, true
}

// musicWords mark a story about music, where "X's Chris Martin" names
// a band and one of its members.
var musicWords = lexicon.WordSet(`band bands singer singers album albums single
	singles song songs chart charts gig gigs concert concerts recording
	music musician musicians guitarist drummer`)

// musicStory reports whether the story has at least three music words.
func (a *analysis) musicStory() bool {
	return a.storyOnce(storyMusic, func() bool { // story_memo.go
		return a.storyHasWords(musicWords, 3)
	})
}

// firmOrPaperName reports a name that ends like a firm or a publication
// ("Heat magazine", "Universal Records", "Entertainment Weekly").
func firmOrPaperName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	last := textseg.Lower(name[i+1:])
	return lexicon.OrgHeads[last] || last == "weekly" || last == "magazine" || last == "music" || last == "entertainment" ||
		last == "radio" || last == "tv" || last == "daily"
}

// clubHeads end a football club's name ("Aston Villa", "Manchester
// City", "Blackburn Rovers"); firmOrPaperName counts them among the
// heads of any organisation, but before a player's name in a sports
// story they make the club, not a firm.
var clubHeads = lexicon.WordSet(`fc united rovers athletic wanderers albion
	villa hotspur rangers city county`)

// clubNamed reports a name of two words or more ending in a club head.
func clubNamed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && clubHeads[textseg.Lower(name[i+1:])]
}

// entityNamed returns the entity called name, or -1.
func (a *analysis) entityNamed(name string) int {
	for e, ent := range a.doc.Entities {
		if ent.Name == name {
			return e
		}
	}
	return -1
}

// bodyRoleComma: "the committee chairman, MP Edward Leigh", "the
// council leader, Councillor Ann Lee": a leader role of a body the
// story refers to by a common noun, set off before the name; the body
// is what the role mention "the committee" resolved to.
func (x *Extractor) bodyRoleComma(a *analysis, starts map[int]int, mi, k int, add func(person, org, sent int, pred, rule string, conf float64)) {
	toks := a.tokens
	m := a.ments[mi]
	lo := a.sentTokens[m.sent].Start
	// An MP's or councillor's rank between the comma and the name.
	for n := 0; n < 2 && k >= lo && (partyMemberRoles[toks[k].Lower()] || hasStart(starts, k) && k+1 < m.t0 && partyMemberRoles[toks[k+1].Lower()]); n++ {
		k--
	}
	if k-2 >= lo && toks[k].Text != "," && lexicon.LeaderRoles[toks[k].Lower()] {
		k++ // "the committee chairman Tom Hale": no comma
	}
	if k-3 < lo || toks[k].Text != "," && !lexicon.LeaderRoles[toks[k-1].Lower()] {
		return
	}
	role := toks[k-1].Lower()
	if !lexicon.LeaderRoles[role] || role == "chief" {
		return
	}
	noun := toks[k-2].Lower()
	if !lexicon.OrgRoleNouns[noun] || noun == "party" || toks[k-3].Lower() != "the" {
		return
	}
	// The role mention is not resolved yet: the latest body named with
	// that noun ("Public Accounts Committee") within a few sentences.
	if o := a.latestOrgWithNoun(toks[k-3].Start, noun, m.sent); o >= 0 {
		add(m.entity, o, m.sent, LeaderOf, ruleBodyRoleComma, confBareTitle)
	}
}

// latestOrgWithNoun returns the last organisation named before byte
// offset off, at most five sentences before sentence sent, whose name
// contains noun; -1 if none.
func (a *analysis) latestOrgWithNoun(off int, noun string, sent int) int {
	for i := len(a.ments) - 1; i >= 0; i-- {
		m := a.ments[i]
		if m.Start >= off || m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun {
			continue
		}
		if sent-m.sent > 5 {
			break
		}
		if e := a.doc.Entities[m.entity]; e.Type == Organization && strings.Contains(textseg.Lower(e.Name), noun) {
			return m.entity
		}
	}
	return -1
}

// genreLike reports a music genre the entity stage may take for a band
// ("R&B singer Mark Morrison").
func genreLike(name string) bool {
	return strings.ContainsAny(name, "&/") || musicGenres[textseg.Lower(name)]
}

var musicGenres = lexicon.WordSet(`pop rock soul jazz punk folk indie rap hip-hop
	gospel reggae metal grunge disco techno garage country blues`)

// performWords mark a sentence about performing or recording, where
// "Coldplay's Chris Martin" names a band member.
var performWords = lexicon.WordSet(`recording recorded song songs gig gigs concert
	concerts performance performances performed performers stars single
	album sang band bands singer track tour`)

// musicSentence reports whether sentence s has a performing word.
func (a *analysis) musicSentence(s int) bool {
	for k := a.sentTokens[s].Start; k < a.sentTokens[s].End; k++ {
		if performWords[a.tokens[k].Lower()] {
			return true
		}
	}
	return false
}

// shadowRole reports a bare shadow post ending at token k: "shadow
// chancellor", "shadow home secretary", with no party or other owner
// and no "former" before it.
func (a *analysis) shadowRole(k, lo int) bool {
	toks := a.tokens
	if k-1 < lo || !lexicon.IsRoleHead(toks[k].Lower()) {
		return false
	}
	s := k - 1
	if toks[s].Lower() != "shadow" && s-1 >= lo && toks[s-1].Lower() == "shadow" && toks[s].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0 {
		s--
	}
	if toks[s].Lower() != "shadow" {
		return false
	}
	if s > lo && (formerWords[toks[s-1].Lower()] || strings.HasPrefix(toks[s-1].Lower(), "ex-") || isCapWord(toks[s-1]) || isPossessive(toks[s-1].Text)) {
		return false
	}
	return true
}

func hasStart(starts map[int]int, k int) bool {
	_, ok := starts[k]
	return ok
}

// ukParties are the parties whose naming makes a story British politics.
var ukParties = map[string]bool{"Labour Party": true, "Conservative Party": true, "Liberal Democrats": true}

// ukPartyStory returns the United Kingdom's entity when the story names
// it and a British party; else -1. A bare "Prime Minister X" in such a
// story that names no other country is Britain's.
func (a *analysis) ukPartyStory() int {
	uk, party := -1, false
	for _, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun {
			continue
		}
		switch e := a.doc.Entities[m.entity]; {
		case e.Name == "United Kingdom":
			uk = m.entity
		case e.Type == Country:
			if t := m.t0 - 1; !noHeadOfState[e.Name] && (t < 0 || !travelWords[a.tokens[t].Lower()] && a.tokens[t].Lower() != "of") {
				return -1 // another country the title might be held in; "a trip to China" is a scene
			}
		case ukParties[e.Name]:
			party = true
		}
	}
	if !party {
		return -1
	}
	return uk
}

// sceneCountry reports a country mention at token t that is a scene or
// a complement, not a title holder's own country: after a travel word
// or "of", also "of the" ("because of the United States'").
func (a *analysis) sceneCountry(t int) bool {
	p := t - 1
	if p > 0 && a.tokens[p].Lower() == "the" && a.tokens[p-1].Lower() == "of" {
		return true
	}
	return p >= 0 && (travelWords[a.tokens[p].Lower()] || a.tokens[p].Lower() == "of")
}

// otherCountryNear reports a country other than c named in a neighbour
// of sentence s, in any role but a demonym or a list of countries, or in
// s itself before token before, where the title stands: a country set as
// the scene ahead of the title ("an agent in Benin claiming ties with
// President Kerekou") makes the neighbours' country a guess, while one
// after it is most often where the holder went ("told the summit in
// Chile").
func (a *analysis) otherCountryNear(s, c, before int) bool {
	for i, m := range a.ments {
		if m.sent != s-1 && m.sent != s+1 && (m.sent != s || m.t1 > before) || m.entity < 0 || m.kind == MentionDemonym || m.entity == c || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun {
			continue
		}
		if a.inCountryList(i) {
			continue // "how to deal with Iran, Iraq and China": the topic
		}
		if e := a.doc.Entities[m.entity]; e.Type == Country && !noHeadOfState[e.Name] {
			return true
		}
	}
	return false
}

// inTitleList reports a title at token t inside a list of capitalised
// items that are not names ("including Frontrunner, eLections, President
// Forever and ..."): titles of works, not office holders.
func (a *analysis) inTitleList(t, lo int) bool {
	if t-2 < lo || a.tokens[t-1].Text != "," {
		return false
	}
	w := a.tokens[t-2]
	if dateWords[w.Lower()] {
		return false // "On Wednesday, Prime Minister X said"
	}
	if w.Flags&(textseg.TCap|textseg.TUpper) == 0 && !strings.ContainsAny(w.Text[1:], "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
		return false
	}
	for _, m := range a.ments {
		if m.t0 <= t-2 && t-2 < m.t1 && m.entity >= 0 {
			return false // "In Washington, President Bush"
		}
	}
	return true
}

// Rule names of the membership phrases around titles.
const (
	ruleChairmanship = "title:country-chairmanship-of" // "the UK's chairmanship of the G8"
	ruleFoundingOne  = "title:one-of-org-members"      // "Japan, one of the WTO's founding members,"
	rulePartySeat    = "title:defends-party-seat"      // "X ... defending the Labour stronghold of Y"
	rulePossMember   = "title:body-possessive-member"  // "Nato's newest member, Finland"
)

// memberTypes can be members of a body.
var memberTypes = map[EntityType]bool{Country: true, Person: true, Organization: true}

// memberAdjectives may stand between a body's possessive and "member":
// they rank or date the membership without denying it.
var memberAdjectives = lexicon.WordSet(`newest latest youngest oldest founding
	original biggest largest smallest richest poorest full permanent
	longest-serving leading senior junior new`)

// memberNounEnd reads "[adjectives] member" from token k and returns the
// index after "member", or -1. "former" or any other word stops it.
func memberNounEnd(a *analysis, k, hi int) int {
	for n := 0; n < 2 && k < hi && memberAdjectives[a.tokens[k].Lower()]; n++ {
		k++
	}
	if k < hi && a.tokens[k].Lower() == "member" {
		return k + 1
	}
	return -1
}

// seatNouns are what a candidate defends for a party.
var seatNouns = lexicon.WordSet(`seat stronghold marginal constituency heartland`)

// defendVerbs: defending a party's seat makes the candidate its member
// ("won the Labour seat" may be a gain from it, so "win" is left out).
var defendVerbs = lexicon.WordSet(`defend defends defending defended hold holds
	holding retain retains retaining`)

// phraseMemberships reads membership from three phrases: a country's
// chairmanship or presidency of a body, an apposition "one of the X's
// members", and a person who defends a party's seat.
func (x *Extractor) phraseMemberships(a *analysis, starts map[int]int) {
	toks := a.tokens
	ents := a.doc.Entities
	add := func(s, o, sent int, rule string, conf float64) {
		if s != o && !a.hasFact(s, MemberOf, o) {
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: s, Predicate: MemberOf, Object: o,
				Sentence: sent, Rule: rule, Confidence: conf})
		}
	}
	orgAt := func(k, hi int) int {
		if k < hi && toks[k].Lower() == "the" {
			k++
		}
		if j, ok := starts[k]; ok && ents[a.ments[j].entity].Type == Organization {
			return a.ments[j].entity
		}
		return -1
	}
	for mi, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind == MentionRole || m.kind == MentionPronoun || m.kind == MentionDemonym {
			continue
		}
		hi := a.sentTokens[m.sent].End
		typ := ents[m.entity].Type
		k := m.t1
		// "the UK's chairmanship of the G8 group of industrialised states"
		if typ == Country && k+3 < hi && isPossessive(toks[k].Text) {
			if w := toks[k+1].Lower(); (w == "chairmanship" || w == "presidency") && toks[k+2].Lower() == "of" {
				// Only a body of states has a country for its chair.
				if o := orgAt(k+3, hi); o >= 0 && !a.isParty(o) && stateBody(&ents[o]) {
					add(m.entity, o, m.sent, ruleChairmanship, 0.7)
				}
			}
		}
		// "Japan, one of the WTO's founding members,"
		if (typ == Country || typ == Organization) && k+5 < hi && toks[k].Text == "," && toks[k+1].Lower() == "one" &&
			toks[k+2].Lower() == "of" && toks[k+3].Lower() == "the" {
			if j, ok := starts[k+4]; ok && ents[a.ments[j].entity].Type == Organization {
				e := a.ments[j].t1
				if e < hi && isPossessive(toks[e].Text) {
					e++
					for n := 0; n < 2 && e < hi && (toks[e].Lower() == "founding" || toks[e].Lower() == "original" || toks[e].Lower() == "biggest" ||
						toks[e].Lower() == "largest" || toks[e].Lower() == "richest" || toks[e].Lower() == "newest" || toks[e].Flags&textseg.TDigit != 0); n++ {
						e++
					}
					if e < hi && toks[e].Lower() == "members" {
						add(m.entity, a.ments[j].entity, m.sent, ruleFoundingOne, 0.75)
					}
				}
			}
		}
		// "Nato's newest member, Finland," and "Finland, Nato's newest
		// member,": a body's possessive before its member noun, set off
		// against the member's name.
		if typ == Organization && k+3 < hi && isPossessive(toks[k].Text) {
			if e := memberNounEnd(a, k+1, hi); e > 0 && e+1 < hi && toks[e].Text == "," {
				if j, ok := starts[e+1]; ok && a.ments[j].kind == MentionName && memberTypes[ents[a.ments[j].entity].Type] {
					if t := a.ments[j].t1; t >= hi || toks[t].Text == "," || toks[t].Text == "." {
						add(a.ments[j].entity, m.entity, m.sent, rulePossMember, 0.75)
					}
				}
			}
		}
		if memberTypes[typ] && m.kind == MentionName && k+4 < hi && toks[k].Text == "," {
			if j, ok := starts[k+1]; ok && ents[a.ments[j].entity].Type == Organization {
				if t := a.ments[j].t1; t+1 < hi && isPossessive(toks[t].Text) {
					if e := memberNounEnd(a, t+1, hi); e > 0 && (e >= hi || toks[e].Text == "," || toks[e].Text == ".") {
						add(m.entity, a.ments[j].entity, m.sent, rulePossMember, 0.75)
					}
				}
			}
		}
		// "Mr Balls won the right to ... run for parliament, defending
		// the Labour stronghold of Normanton": the sentence's first
		// person, when no other person comes before the verb.
		if typ == Person && m.kind == MentionName && a.firstPersonOf(mi) {
			for v := k; v+3 < hi; v++ {
				if !defendVerbs[toks[v].Lower()] || toks[v+1].Lower() != "the" {
					continue
				}
				j, ok := starts[v+2]
				if !ok || !a.isParty(a.ments[j].entity) || a.ments[j].t1 >= hi || !seatNouns[toks[a.ments[j].t1].Lower()] {
					continue
				}
				if a.personBetween(m.t1, v) || a.negatedBefore(v, a.sentTokens[m.sent].Start) {
					break
				}
				add(m.entity, a.ments[j].entity, m.sent, rulePartySeat, confBareTitle)
				break
			}
		}
	}
}

// firstPersonOf reports whether mention mi is the first person named in
// its sentence.
func (a *analysis) firstPersonOf(mi int) bool {
	m := a.ments[mi]
	for i := mi - 1; i >= 0 && a.ments[i].sent == m.sent; i-- {
		if o := a.ments[i]; o.entity >= 0 && !o.hidden && a.doc.Entities[o.entity].Type == Person {
			return false
		}
	}
	return true
}

// personBetween reports a person mentioned in tokens [p, q).
func (a *analysis) personBetween(p, q int) bool {
	for _, o := range a.ments {
		if o.t0 >= p && o.t1 <= q && o.entity >= 0 && !o.hidden && a.doc.Entities[o.entity].Type == Person {
			return true
		}
	}
	return false
}

// negatedBefore reports a negation or a modal among the few words before
// token v ("will not defend", "could hold").
func (a *analysis) negatedBefore(v, lo int) bool {
	for k := max(lo, v-3); k < v; k++ {
		if monthMayAt(a.tokens, k) {
			continue
		}
		switch a.tokens[k].Lower() {
		case "not", "never", "n't", "no", "could", "might", "may", "would", "hopes", "hoping":
			return true
		}
	}
	return false
}

// governingBody reports an organisation named as a sport's governing or
// funding body, whose named people are its officials, not its players
// ("Tennis Australia's Geoff Pollard").
func governingBody(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "association", "federation", "federations", "committee", "council", "board", "league", "agency",
			"commission", "union", "tennis", "athletics", "sport", "fa", "iaaf", "fifa", "uefa", "ioc", "wada", "icc":
			return true
		}
	}
	return false
}

// namesNationalSide reports whether the entity stage read some country of
// the story as its national side (sideTeams marks the mentions it
// retyped so): the story is then about national sides, not only clubs.
// A country typed a side only before a player's role ("Zimbabwe
// goalkeeper X") does not count: a club's story names its players'
// nations so too.
func (a *analysis) namesNationalSide() bool {
	for i := range a.ments {
		if a.ments[i].side {
			return true
		}
	}
	return false
}

// leadsSomething reports a leaderOf fact already held by entity e.
func (a *analysis) leadsSomething(e int) bool {
	for _, f := range a.doc.Facts {
		if f.Subject == e && f.Predicate == LeaderOf {
			return true
		}
	}
	return false
}

// namedAgain reports whether the person of name mention mi is named
// again elsewhere in the text by a shorter name ("Kim Shin-Wook ...
// Kim"): a name whose first word is no known first name is then still a
// person's, not a ground or a trophy the possessive owns.
func (a *analysis) namedAgain(mi int) bool {
	m := a.ments[mi]
	if m.t1-m.t0 < 2 {
		return false
	}
	for j, o := range a.ments {
		if j != mi && o.entity == m.entity && o.kind == MentionName && o.t1-o.t0 < m.t1-m.t0 {
			return true
		}
	}
	return false
}

// clearTeamSportWords name positions and parts of a team game that an
// individual sport or an everyday sentence does not use ("try", "lock",
// "centre" and "club" do).
var clearTeamSportWords = lexicon.WordSet(`squad squads striker strikers
	midfielder midfielders defender defenders goalkeeper goalkeepers winger
	wingers scrum-half fly-half flanker flankers hooker full-back premiership
	fixture fixtures tries caps rugby football`)

// individualSportWords mark a story where a place before a competitor's
// name is a home, not a side.
var individualSportWords = lexicon.WordSet(`tennis golf athletics marathon
	sprinter sprint boxing boxer snooker seed seeds tie-break slam
	hurdles hurdler skier skiing cycling cyclist jockey`)

// rugbyWords name rugby union, where "Grand Slam" is a Six Nations side's
// clean sweep, not a tennis major.
var rugbyWords = lexicon.WordSet(`rugby scrum scrum-half fly-half flanker
	lineout tries`)

// individualSport reports a story holding a word of an individual sport
// ("seed", "athletics"), whose opponents are people. "Slam" does not
// count in a rugby story ("Grand Slam winners France").
func (a *analysis) individualSport() bool {
	slam := false
	for i := range a.tokens {
		switch w := a.tokens[i].Lower(); {
		case w == "slam":
			slam = true
		case individualSportWords[w]:
			return true
		}
	}
	return slam && !a.storyHasWords(rugbyWords, 1)
}

// placeSideStory reports a team-sport story (two clear team-sport words)
// with no word of an individual sport.
func (a *analysis) placeSideStory() bool {
	if a.individualSport() {
		return false
	}
	team := 0
	for i := range a.tokens {
		if clearTeamSportWords[a.tokens[i].Lower()] {
			team++
		}
	}
	return team >= 2
}

// teamSportWords mark a story about a team sport, where "Chelsea's John
// Terry" is a player of the club; in athletics or tennis "Ireland's X" is
// a nationality.
var teamSportWords = lexicon.WordSet(`club clubs squad striker midfielder defender
	goalkeeper winger keeper fixture fixtures league premiership scrum-half
	fly-half flanker lock prop hooker centre tries try`)

// sportsWordKinds counts the different sports words of the text
// (sportsWords and teamSportWords): a technology story's "media players"
// said three times is one word, not a football report.
func (a *analysis) sportsWordKinds() int {
	seen := map[string]bool{}
	for i := range a.tokens {
		if w := a.tokens[i].Lower(); sportsWords[w] || teamSportWords[w] {
			seen[w] = true
		}
	}
	return len(seen)
}

// ownSideNouns are what only a manager calls his team ("praised his
// players"); a captain speaks of "his side" too.
var ownSideNouns = lexicon.WordSet(`players charges`)

// speaksOfHisSide reports "his players", "her charges" after token t in its
// sentence: the person named there runs the team ("Manchester United's
// Alex Ferguson has praised his players' gutsy performance").
func (a *analysis) speaksOfHisSide(t, hi int) bool {
	for k := t; k+1 < hi; k++ {
		if w := a.tokens[k].Lower(); (w == "his" || w == "her") && ownSideNouns[a.tokens[k+1].Lower()] {
			return true
		}
	}
	return false
}

// teamSportStory reports a story with a team-sport word
// and three sports words in all.
func (a *analysis) teamSportStory() bool {
	return a.storyOnce(storyTeamSport, func() bool { // story_memo.go
		team, all := 0, 0
		for i := range a.tokens {
			w := a.tokens[i].Lower()
			if teamSportWords[w] {
				team++
			}
			if sportsWords[w] || teamSportWords[w] {
				all++
			}
		}
		return team >= 1 && all >= 3
	})
}

// eventNamed reports a name holding a word that names a gathering ("Asia
// Aid", typed Person for its first word).
func eventNamed(name string) bool {
	for _, w := range relFieldsLower(name) {
		if relEventWords[w] || w == "aid" {
			return true
		}
	}
	return false
}

// ruleBandRun names the facts of bandRoleNames.
const ruleBandRun = "title:band-run-role-name" // "Oasis singer Liam Gallagher", the band named nowhere else

// bandRoleNames reads "BAND ROLE NAME" in a music story when the entity
// stage did not make the band an organisation: "Oasis singer Liam
// Gallagher", "The Who drummer Kenny Jones", "Franz Ferdinand frontman
// Alex Kapranos" (typed a person for its first name), "Linkin Park singer
// Chester Bennington" (a place). A run of one to four capitalised words
// right before a band member's role, itself right before a person's
// name, is the band: it is made an organisation, or retyped one when
// nothing else uses it. Not a genre ("Soul singer"), a nationality or a
// place the gazetteer knows ("French singer", "Devon singer"), a run with
// a lower-case part ("Grammy Award-winning singer"), or a run opening
// with "former"/"ex-" ("Former Boyzone singer": the membership is over).
func (r *relState) bandRoleNames() {
	a := r.a
	if len(a.tokens) == 0 || !a.musicStory() {
		return
	}
	var lx *lineupIndex
	for _, m := range a.ments {
		// A headline drops the words that make the run a band's name
		// ("Hillbillies singer Scoggins dies": the singer of The Beverly
		// Hillbillies' theme).
		if m.kind != MentionName || m.entity < 0 || m.hidden || r.typeOf(m.entity) != Person || m.sent == 0 && len(a.doc.Paragraphs) > 1 {
			continue
		}
		lo := a.sentTokens[m.sent].Start
		k := m.t0 - 1
		b := a.bandRoleBefore(k, lo)
		if b > k || b-1 < lo {
			continue
		}
		t0, t1 := a.bandRun(b, lo)
		if t0 < 0 {
			continue
		}
		if lx == nil {
			lx = newLineupIndex(a)
		}
		band := r.bandEntity(lx, t0, t1)
		if band < 0 || band == m.entity || r.seen[relFactKey{m.entity, MemberOf, band}] {
			continue
		}
		r.add(m.entity, MemberOf, band, m.sent, ruleBandRun, confBareTitle)
	}
	if lx != nil {
		lx.commit()
	}
	// The bands named before a part are known now: the story's own band
	// takes the members named by their part alone (titles_bandstory.go).
	r.storyBandMembers()
}

// bandRun returns the run of capitalised words ending right before token
// b that names a band, or -1, -1.
func (a *analysis) bandRun(b, lo int) (int, int) {
	t0 := b
	for t0-1 >= lo && b-t0 < 4 && a.tokens[t0-1].Flags&textseg.TCap != 0 {
		t0--
	}
	if t0 < b && a.tokens[t0].Lower() == "the" && t0 > lo {
		t0++ // "with the Who drummer": lower-case "the" is no part of it
	}
	if t0 == b || b-t0 == 1 && a.tokens[t0].Lower() == "the" {
		return -1, -1
	}
	// A one-word run opening the sentence is capitalised for that
	// alone ("Local singer X"), unless the text writes it capitalised
	// elsewhere too ("Queen bassist John Deacon ... Queen's tour").
	if t0 == lo && b-t0 == 1 && !a.capitalisedElsewhere(t0) {
		return -1, -1
	}
	for t := t0; t < b; t++ {
		w := a.tokens[t].Text
		if strings.ContainsAny(w, "-/&'’") || formerWords[a.tokens[t].Lower()] {
			return -1, -1
		}
	}
	if t0 > lo && (formerWords[a.tokens[t0-1].Lower()] || strings.HasPrefix(a.tokens[t0-1].Lower(), "ex-") || isPossessive(a.tokens[t0-1].Text)) {
		return -1, -1
	}
	name := a.surface(t0, b)
	if genreLike(name) || musicGenres[a.tokens[t0].Lower()] || lexicon.RoleModifiers[a.tokens[t0].Lower()] {
		return -1, -1
	}
	return t0, b
}

// capitalisedElsewhere reports whether the word of token t stands,
// capitalised, somewhere in the text other than at a sentence's start.
func (a *analysis) capitalisedElsewhere(t int) bool {
	w := a.tokens[t].Text
	for _, st := range a.sentTokens {
		for k := st.Start + 1; k < st.End; k++ {
			if k != t && a.tokens[k].Text == w {
				return true
			}
		}
	}
	return false
}

// bandEntity returns the organisation the run [t0, t1) names: the
// entity of a mention spanning exactly the run (retyped an organisation
// when it is a person or place no fact uses), or a new organisation when
// no mention touches the run. A country, city or place the gazetteer
// knows, a demonym or a mention reaching past the run gives -1.
func (r *relState) bandEntity(lx *lineupIndex, t0, t1 int) int {
	a := r.a
	for _, m := range a.ments {
		if m.t1 <= t0 || m.t0 >= t1 || m.hidden {
			continue
		}
		if m.t0 != t0 || m.t1 != t1 || m.entity < 0 || m.kind != MentionName {
			return -1
		}
		switch r.typeOf(m.entity) {
		case Organization:
			return m.entity
		case Person, Place:
			if r.gazKnows(a.doc.Entities[m.entity].Name) || lx.inFact(m.entity) || !lx.setType(m.entity, Organization) {
				return -1
			}
			return m.entity
		}
		return -1
	}
	if name := a.surface(t0, t1); !r.gazKnows(name) {
		return lx.create(name, Organization, t0, t1)
	}
	return -1
}

// gazKnows reports a name the gazetteer lists as a place, country or
// demonym ("Devon", "French"): before a singer it says where from, not
// which band. Without a gazetteer (hand-built tests) nothing is known.
func (r *relState) gazKnows(name string) bool {
	if r.gaz == nil {
		return false
	}
	if _, ok := r.gaz.DemonymEntry(name); ok {
		return true
	}
	e, ok := r.gaz.Lookup(name)
	return ok && (e.Type == "Place" || e.Type == "Country" || e.Type == "City")
}
