package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Facts of the matches a multi-match report heads with score lines
// (entities_matches.go): each side took part in its match and in the
// story's tournament, the ground named in the section's first sentence
// ("Belgium faced Panama at the Fisht Stadium in Sochi") and its city
// hosted the match, and the players the section credits to a side
// ("Romelu Lukaku doubled the lead for Belgium", "English captain Harry
// Kane") are members of it. Tests: relations_events_test.go.

// Rule names shown by --explain.
const (
	ruleMatchHeading    = "participatedIn/match-heading"    // "Group G — Belgium 3 – 0 Panama"
	ruleMatchTournament = "participatedIn/match-tournament" // the sides of a heading play in the story's World Cup
	ruleMatchVenue      = "hosted/match-venue"              // "faced Panama at the Fisht Stadium in Sochi"
	ruleMatchScorer     = "memberOf/match-credit"           // "doubled the lead for Belgium"
	ruleMatchDemonym    = "memberOf/match-demonym-role"     // "English captain Harry Kane"
	ruleMatchSideAction = "memberOf/match-side-action"      // "Korea substituted Park Joo-Ho"
	confMatch           = 0.8
)

// venueHeadWords end the names of grounds: "Fisht Stadium", "Volgograd
// Arena", "Lansdowne Road" is left out (a road is rarely a ground).
var venueHeadWords = lexicon.WordSet(`stadium stadion arena ground park field oval
	coliseum colosseum dome centre center bowl velodrome`)

// tournamentWords name a competition that matches are played in.
var tournamentWords = lexicon.WordSet(`cup championship championships games olympics
	olympiad tournament league trophy series euro`)

// creditVerbs credit a side with a player's action when followed by "for
// SIDE": "scored for", "doubled the lead for", "equalised for".
var creditVerbs = lexicon.WordSet(`scored scores scoring score doubled doubling
	netted nets netting equalised equalising equalized equalizing equalise equalize
	headed heading struck`)

// putVerbs take the side as object: "to put Sweden in the lead",
// "putting Sweden 1 – 0 up".
var putVerbs = lexicon.WordSet(`put puts putting`)

// playerRoleWords stand between a demonym or a side's possessive and a
// player's name: "English captain Harry Kane", "Tunisia's goalkeeper".
var playerRoleWords = lexicon.RoleClass("player-role")

// sideActionVerbs have a side as subject and its own players as objects:
// "Korea substituted Park Joo-Ho", "Belgium made a change, as Nacer
// Chadli replaced Axel Witsel", "England started the match with attempts
// from Jesse Lingard".
var sideActionVerbs = lexicon.WordSet(`substituted made started brought`)

// sideActionWords introduce the side's players after such a verb.
var sideActionWords = lexicon.WordSet(`substituted replaced attempts attempt from`)

// matchSection is one heading and the sentences under it.
type matchSection struct {
	match      int    // the match event
	sides      [2]int // the two sides
	head       int    // the heading's sentence
	lo, hi     int    // sentences [lo, hi) under the heading
	firstToken int
}

// matchReports adds the facts of a report's match headings.
func (r *relState) matchReports(lx *lineupIndex) {
	a := r.a
	r.squadSides(lx) // relations_events_squads.go: "France's squad for the Six Nations"
	heads := a.matchHeadings()
	if len(heads) == 0 {
		r.headlineSides(lx)
		return
	}
	if !a.teamSportStory() {
		return
	}
	var secs []matchSection
	for i, h := range heads {
		lo, _ := a.tokenRange(a.doc.Paragraphs[h.para+1])
		end := len(a.tokens)
		if i+1 < len(heads) {
			end, _ = a.tokenRange(a.doc.Paragraphs[heads[i+1].para])
		}
		sec := matchSection{head: a.sentenceOfToken(h.name[0]), lo: a.sentenceOfToken(lo), firstToken: lo}
		sec.hi = len(a.sentTokens)
		if end < len(a.tokens) {
			sec.hi = a.sentenceOfToken(end)
		}
		sec.sides[0] = r.headingSide(lx, h.home, sec)
		sec.sides[1] = r.headingSide(lx, h.away, sec)
		if sec.sides[0] < 0 || sec.sides[1] < 0 || sec.sides[0] == sec.sides[1] {
			continue
		}
		sec.match = lx.create(a.surface(h.name[0], h.name[1]), Event, h.name[0], h.name[1])
		for _, side := range sec.sides {
			r.add(side, ParticipatedIn, sec.match, sec.head, ruleMatchHeading, confMatch)
		}
		r.matchVenue(sec)
		secs = append(secs, sec)
	}
	if len(secs) == 0 {
		return
	}
	if t := r.storyTournament(secs[0].head); t >= 0 {
		for _, sec := range secs {
			for _, side := range sec.sides {
				r.add(side, ParticipatedIn, t, sec.head, ruleMatchTournament, confMatch-0.1)
			}
		}
	}
	sides := map[int]int{}
	for _, sec := range secs {
		sides[sec.sides[0]], sides[sec.sides[1]] = sec.sides[0], sec.sides[1]
	}
	r.creditPlayers(sides)
}

// headlineSides credits players in a single-match report whose headline
// is the score line ("Rovers 2-1 Athletic"; matchHeadline reads the match
// itself).
func (r *relState) headlineSides(lx *lineupIndex) {
	a := r.a
	if len(a.doc.Paragraphs) < 2 || !a.teamSportStory() {
		return
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo < 3 || hi-lo > matchHeadingMaxTokens {
		return
	}
	h, ok := a.matchHeadingAt(lo, hi)
	if !ok || h.name[0] != lo {
		return
	}
	home, away := lx.team(h.home[0], h.home[1], r), lx.team(h.away[0], h.away[1], r)
	if home < 0 || away < 0 || home == away {
		return
	}
	r.creditPlayers(map[int]int{home: home, away: away})
}

// creditPlayers adds the memberships the story's sentences credit to the
// sides.
func (r *relState) creditPlayers(sides map[int]int) {
	a := r.a
	a.sideShortNames(sides)
	for s := range a.sentTokens {
		r.matchCredits(s, sides)
	}
}

// sideShortNames maps to a side the teams and countries named by one word
// of its name: "Korea" for "South Korea". A word two sides share maps to
// neither.
func (a *analysis) sideShortNames(sides map[int]int) {
	owner := map[string]int{}
	for e, side := range sides {
		if e != side {
			continue
		}
		for _, w := range relFieldsLower(a.doc.Entities[e].Name) {
			if len(w) < 4 {
				continue
			}
			if o, ok := owner[w]; ok && o != e {
				owner[w] = -1
				continue
			}
			owner[w] = e
		}
	}
	for e, ent := range a.doc.Entities {
		if _, ok := sides[e]; ok || ent.Type != Organization && ent.Type != Country {
			continue
		}
		if side, ok := owner[textseg.Lower(ent.Name)]; ok && side >= 0 {
			sides[e] = side
		}
	}
}

// headingSide returns the team a heading's side names: the team of that
// name, or the Country or Organization of the section's first sentences
// sharing a word with it ("Korea Republic" for "South Korea"). A country
// becomes its national side, as GOLD.md types teams.
func (r *relState) headingSide(lx *lineupIndex, span [2]int, sec matchSection) int {
	a := r.a
	if e := lx.team(span[0], span[1], r); e >= 0 {
		return e
	}
	e := a.sideByWord(a.surface(span[0], span[1]), sec.lo, min(sec.lo+2, sec.hi))
	if e < 0 {
		return -1
	}
	if lx.typeOf(e) == Country && !(lx.placeRetypable(e, r) && lx.setType(e, Organization)) {
		return -1
	}
	return e
}

// matchVenue reads the ground and city from the section's first
// sentence: "at the Nizhny Novgorod Stadium", "at the Fisht Stadium in
// Sochi". Only a sentence naming a side tells where the match was.
func (r *relState) matchVenue(sec matchSection) {
	a := r.a
	if sec.lo >= sec.hi {
		return
	}
	ms := a.mentionsInSentence(sec.lo)
	named := false
	for _, m := range ms {
		if m.entity == sec.sides[0] || m.entity == sec.sides[1] {
			named = true
		}
	}
	if !named {
		return
	}
	for i, m := range ms {
		if m.entity < 0 || m.kind != MentionName || m.hidden {
			continue
		}
		k := m.t0 - 1
		if k >= 0 && a.tokens[k].Lower() == "the" {
			k--
		}
		if k < 0 || a.tokens[k].Lower() != "at" {
			continue
		}
		ent := a.doc.Entities[m.entity]
		words := relFieldsLower(ent.Name)
		venue := ent.Type == Place || ent.Type != Person && ent.Type != Event && len(words) > 1 && venueHeadWords[words[len(words)-1]]
		if !venue && ent.Type != City {
			continue
		}
		r.add(m.entity, Hosted, sec.match, sec.lo, ruleMatchVenue, confMatch)
		if ent.Type == City || i+1 >= len(ms) {
			return
		}
		c := ms[i+1]
		if c.t0 == m.t1+1 && a.tokens[m.t1].Lower() == "in" && c.entity >= 0 && a.doc.Entities[c.entity].Type == City {
			r.add(c.entity, Hosted, sec.match, sec.lo, ruleMatchVenue, confMatch-0.05)
		}
		return
	}
}

// storyTournament returns the one competition the story's headline or
// first body sentences name (an Event with a competition word: "the 2018
// FIFA football World Cup"), or -1 when none or several.
func (r *relState) storyTournament(firstHeading int) int {
	a := r.a
	found := -1
	for s := 0; s < firstHeading && s < 4; s++ {
		for _, m := range a.mentionsInSentence(s) {
			if m.entity < 0 || m.kind != MentionName || a.doc.Entities[m.entity].Type != Event {
				continue
			}
			comp := false
			for _, w := range relFieldsLower(a.doc.Entities[m.entity].Name) {
				comp = comp || tournamentWords[w]
			}
			if !comp {
				continue
			}
			if found >= 0 && found != m.entity {
				return -1
			}
			found = m.entity
		}
	}
	return found
}

// matchCredits adds the memberships sentence s credits to a side:
//
//	"Romelu Lukaku doubled the lead for Belgium"   person, credit verb, for SIDE
//	"Marcus Berg missed a chance to put Sweden in the lead"
//	"English captain Harry Kane", "Tunisia's goalkeeper Mouez Hassen"
//	"Korea substituted Park Joo-Ho ... replaced by Kim Min-Woo"
//
// A sentence naming both sides of a match credits nobody by the first
// two (whose goal "for" is then read against whom is left undecided).
func (r *relState) matchCredits(s int, sides map[int]int) {
	a := r.a
	ms := a.mentionsInSentence(s)
	var sideMs, people []int
	for i, m := range ms {
		// a side described in the match ("the African side") counts as
		// its name (coref_described_sides.go)
		if m.entity < 0 || m.kind != MentionName && !m.describedSide {
			continue
		}
		switch _, ok := sides[m.entity]; {
		case ok:
			sideMs = append(sideMs, i)
		case a.doc.Entities[m.entity].Type == Person && !m.hidden:
			people = append(people, i)
		}
	}
	if len(people) == 0 {
		return
	}
	// A side after "against" is the opponent, never the one credited
	// ("making attempts to put Belgium into the lead against Panama"): it
	// does not make the sentence name both sides.
	var ownSideMs []int
	for _, i := range sideMs {
		if !a.opponentSide(ms[i], s) {
			ownSideMs = append(ownSideMs, i)
		}
	}
	distinct := map[int]bool{}
	for _, i := range ownSideMs {
		distinct[sides[ms[i].entity]] = true
	}
	// teamOf holds the side this sentence gives each player, for the
	// substitute named as replacing him.
	teamOf := map[int]int{}
	defer func() {
		for _, p := range people {
			m := ms[p]
			if _, ok := teamOf[m.entity]; ok || !a.replacedBy(m) {
				continue
			}
			for q, side := range teamOf {
				if q != m.entity {
					r.add(m.entity, MemberOf, side, s, ruleMatchSideAction, confMatch-0.05)
					break
				}
			}
		}
	}()
	for _, p := range people {
		if side := r.demonymRoleSide(ms[p], sides); side >= 0 {
			r.add(ms[p].entity, MemberOf, side, s, ruleMatchDemonym, confMatch)
			teamOf[ms[p].entity] = side
		}
	}
	if len(distinct) != 1 {
		return
	}
	sm := ms[ownSideMs[0]]
	side := sides[sm.entity]
	// The side as a credit's beneficiary: "for SIDE", "put SIDE".
	credited := false
	for _, i := range ownSideMs {
		m := ms[i]
		k := m.t0 - 1
		if k >= 0 && a.tokens[k].Lower() == "the" {
			k--
		}
		if k < 0 {
			continue
		}
		switch w := a.tokens[k].Lower(); {
		case putVerbs[w] && m.kind == MentionName:
			// a described side is put ahead by scorerCredits, which
			// reads the scorer from the verb's own subject
			credited = true
		case w == "for" && a.creditVerbBefore(k, a.sentTokens[s].Start):
			credited = true
		}
		if credited {
			for _, p := range people {
				if ms[p].t1 <= k && a.subjectLike(ms[p], a.sentTokens[s].Start) {
					r.add(ms[p].entity, MemberOf, side, s, ruleMatchScorer, confMatch)
					teamOf[ms[p].entity] = side
				}
			}
			break
		}
	}
	// The side as subject of a substitution: its players follow.
	st := a.sentTokens[s].Start
	k := sm.t0
	for k > st && a.tokens[k-1].Text != "," {
		k--
	}
	if sm.t1 < len(a.tokens) && sideActionVerbs[a.tokens[sm.t1].Lower()] && a.clauseOpens(k, sm.t0) {
		for _, p := range people {
			m := ms[p]
			if m.t0 <= sm.t1 {
				continue
			}
			replacing := m.t1 < len(a.tokens) && a.tokens[m.t1].Lower() == "replaced"
			if replacing || sideActionWords[a.tokens[m.t0-1].Lower()] || a.listAfter(m, ms, people, sideActionWords) {
				r.add(m.entity, MemberOf, side, s, ruleMatchSideAction, confMatch-0.05)
				teamOf[m.entity] = side
			}
		}
	}
}

// opponentSide reports a side mention m in sentence s that follows an
// opponent word (coref_nominals.go), past at most two lower-case words
// ("against debutants Panama", "against the hosts Panama").
func (a *analysis) opponentSide(m mention, s int) bool {
	st := a.sentTokens[s].Start
	for k := m.t0 - 1; k >= st && k >= m.t0-3; k-- {
		t := a.tokens[k]
		if opponentWords[t.Lower()] {
			return true
		}
		if isCapWord(t) || clauseBreaks[t.Lower()] || t.Text == "." {
			return false
		}
	}
	return false
}

// creditVerbBefore reports a credit verb in the clause before token k.
func (a *analysis) creditVerbBefore(k, st int) bool {
	for j := k - 1; j >= st && j >= k-6; j-- {
		if creditVerbs[a.tokens[j].Lower()] {
			return true
		}
		if t := a.tokens[j].Text; t == ";" || t == "," {
			return false
		}
	}
	return false
}

// subjectLike reports a person mention that opens its clause (after the
// sentence start, an opening phrase's comma, or a list's comma or "and"),
// or after "with" ("with Romelu Lukaku making early attempts to put
// Belgium into the lead"): not the object of "from", "by" or "against".
func (a *analysis) subjectLike(m mention, st int) bool {
	if m.t0 == st {
		return true
	}
	switch a.tokens[m.t0-1].Lower() {
	case ",", "and", "&", "with":
		return true
	}
	return false
}

// clauseOpens reports that tokens [k, t) hold nothing but an opening
// adverbial that ends before t: the side is the clause's subject.
func (a *analysis) clauseOpens(k, t int) bool {
	return k == t
}

// listAfter reports person mention m standing in a comma or "and" list
// whose first item follows one of words: "attempts from Jesse Lingard,
// Harry Maguire, Harry Kane, and John Stones".
func (a *analysis) listAfter(m mention, ms []mention, people []int, words map[string]bool) bool {
	t := m.t0
	for {
		if t < 1 {
			return false
		}
		if words[a.tokens[t-1].Lower()] {
			return true
		}
		// Step back over ", ", ", and " or " and " to the item before.
		j := t - 1
		for j >= 0 && (a.tokens[j].Text == "," || a.tokens[j].Lower() == "and") {
			j--
		}
		if j == t-1 || j < 0 {
			return false
		}
		prev := -1
		for _, p := range people {
			if ms[p].t1 == j+1 {
				prev = p
			}
		}
		if prev < 0 {
			return false
		}
		t = ms[prev].t0
	}
}

// demonymRoleSide returns the side a player's role phrase names: a
// demonym ("English captain Harry Kane") or the side's possessive
// ("Tunisia's goalkeeper Mouez Hassen") before a player's role word.
func (r *relState) demonymRoleSide(m mention, sides map[int]int) int {
	a := r.a
	k := m.t0 - 1
	if k < 1 || !playerRoleWords[a.tokens[k].Lower()] {
		return -1
	}
	w := a.tokens[k-1]
	if w.Text == "'s" || w.Text == "’s" {
		for _, o := range a.mentionsInSentence(m.sent) {
			if side, ok := sides[o.entity]; ok && o.t1 == k-1 {
				return side
			}
		}
		return -1
	}
	if !isCapWord(w) || a.x.gaz == nil {
		return -1
	}
	name, ok := a.x.gaz.Demonym(w.Text)
	if !ok {
		return -1
	}
	for e, side := range sides {
		if e == side && textseg.Lower(a.doc.Entities[e].Name) == textseg.Lower(name) {
			return e
		}
	}
	return -1
}

// replacedBy reports a person named as the substitute: "was replaced by
// Kim Min-Woo", "substituted by".
func (a *analysis) replacedBy(m mention) bool {
	if m.t0 < 2 || a.tokens[m.t0-1].Lower() != "by" {
		return false
	}
	w := a.tokens[m.t0-2].Lower()
	return w == "replaced" || w == "substituted"
}

// Tense of hosting. A news story tells in the simple present what is
// scheduled ("The Bafta awards, which take place at the Odeon on 12
// February"; "the festival, which takes place at Balado in July"), and
// one qualifies for what is still to come ("the qualifying mark for the
// European Indoor Championships in Madrid in March"): both are willHost.

// habitualWords make a present tense a habit, not a schedule: "takes
// place in Davos every January".
var habitualWords = lexicon.WordSet(`every each annually usually traditionally always normally yearly`)

// scheduledPresent reports a hosting verb in the simple present ("takes
// place", "is held") whose clause dates it by a month or day after the
// place (tokens from end on): the event is to come.
func (s *relSent) scheduledPresent(t, end int) bool {
	present := false
	switch s.low[t] {
	case "take", "takes":
		present = s.tag(t) == "VBZ" || s.tag(t) == "VBP"
	case "held":
		present = t > 0 && (s.word(t-1, "is") || s.word(t-1, "are"))
	}
	if !present {
		return false
	}
	for k := t; k < len(s.low) && k < end+8; k++ {
		if habitualWords[s.low[k]] {
			return false
		}
	}
	for k := end; k < len(s.low) && k < end+6; k++ {
		if s.clauseEdge(k) {
			return false
		}
		if s.futureTimeAfter(k) {
			return true
		}
	}
	return false
}

// qualifyWords before an event phrase say the event is still to come:
// "the qualifying mark for", "qualified for", "a place at".
var qualifyWords = lexicon.WordSet(`qualifying qualify qualifies qualified qualification qualifier`)

// qualifyingFor reports an event phrase starting at token first that is
// the goal of qualifying: "qualified for the World Cup in Germany", "the
// qualifying mark for the European Indoor Championships in Madrid".
func (s *relSent) qualifyingFor(first int) bool {
	j := first - 1
	for j >= 0 && j >= first-3 && (s.word(j, "the") || s.word(j, "this") || s.word(j, "next") || s.tag(j) == "POS" || s.tag(j) == "JJ") {
		j--
	}
	if j < 1 || !(s.word(j, "for") || s.word(j, "to")) {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if qualifyWords[s.low[k]] {
			return true
		}
		if s.clauseEdge(k) {
			return false
		}
	}
	return false
}

// Events named by what they do. What "takes place" or "is held" is an
// event, so a name the entity stage typed as a person or a body ("The
// 22nd Fan Expo Canada took place at ...") is retyped an Event when it
// also holds a gathering's word (expo, festival, summit).

// eventsTakingPlace retypes the subjects of "took place" and "was held"
// that are named like gatherings.
func (r *relState) eventsTakingPlace() {
	a := r.a
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.kind != MentionName || m.t1+1 >= len(a.tokens) {
			continue
		}
		t := a.doc.Entities[m.entity].Type
		if t != Person && t != Organization || !r.eventLike(m.entity) {
			continue
		}
		w0, w1 := a.tokens[m.t1].Lower(), a.tokens[m.t1+1].Lower()
		took := (w0 == "took" || w0 == "takes" || w0 == "take") && w1 == "place" ||
			(w0 == "was" || w0 == "is" || w0 == "were" || w0 == "are") && (w1 == "held" || w1 == "staged")
		if took {
			r.retypeEvent(m.entity)
		}
	}
	r.stagesOfTournaments()
}

// stageNouns name a stage of a tournament: "the final of the Sydney
// International", "the quarter-finals of the Qatar Open".
var stageNouns = lexicon.WordSet(`final finals semi-final semi-finals semifinal
	semifinals quarter-final quarter-finals quarterfinal quarterfinals`)

// stagesOfTournaments retypes as an Event a body named like a tournament
// (its last word one of tournamentHeads: open, international, classic,
// cup) whose stage the text names: "in the final of the Sydney
// International", "the Sydney International final". A stage belongs to a
// contest, never to a firm or a club, so the cue outweighs the entity
// stage's guess from the place name inside ("Sydney International" as an
// airport or a body).
func (r *relState) stagesOfTournaments() {
	a := r.a
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.kind != MentionName || a.doc.Entities[m.entity].Type != Organization {
			continue
		}
		ws := relFieldsLower(a.doc.Entities[m.entity].Name)
		if len(ws) < 2 || !tournamentHeads[ws[len(ws)-1]] {
			continue
		}
		after := m.t1 < len(a.tokens) && stageNouns[a.tokens[m.t1].Lower()]
		j := m.t0 - 1
		if j >= 0 && a.tokens[j].Lower() == "the" {
			j--
		}
		before := j >= 1 && a.tokens[j].Lower() == "of" && stageNouns[a.tokens[j-1].Lower()]
		if after || before {
			r.retypeEvent(m.entity)
		}
	}
}

// retypeEvent makes entity e an Event, with its key and mentions.
func (r *relState) retypeEvent(e int) {
	a := r.a
	ent := &a.doc.Entities[e]
	key := strings.ToLower(string(Event)) + "/" + textseg.Slug(ent.Name)
	for i := range a.doc.Entities {
		if a.doc.Entities[i].Key == key {
			return // keys name one entity each
		}
	}
	ent.Type, ent.Key = Event, key
	for i := range a.ments {
		if a.ments[i].entity == e {
			a.ments[i].typ = Event
		}
	}
}

// participantNouns name those who take part in a gathering, before a
// list of them: "celebrity guests like Stan Lee, Mark Hamill and
// Margaret Atwood", "exhibitors such as Ubisoft".
var participantNouns = lexicon.WordSet(`guests guest speakers performers exhibitors participants
	attendees delegates competitors headliners panellists panelists presenters entrants
	winners`)

// listIntroducers open the list after such a noun.
var listIntroducers = lexicon.WordSet(`like including included include includes such`)

// earlierEditionWords before a participant noun make the list one of an
// earlier edition: "previous winners include", "past guests included".
var earlierEditionWords = lexicon.WordSet(`previous past former earlier`)

// guestLists adds participatedIn for the people and bodies listed as a
// gathering's guests: the event the sentence names before the list, else
// the one the headline names.
func (r *relState) guestLists() {
	a := r.a
	story := r.leadEvent()
	for s, st := range a.sentTokens {
		for k := st.Start; k+1 < st.End; k++ {
			if !participantNouns[a.tokens[k].Lower()] || k > st.Start && earlierEditionWords[a.tokens[k-1].Lower()] {
				continue
			}
			intro, at := k+1, -1
			if a.tokens[intro].Text == "," && intro+2 < st.End && a.tokens[intro+1].Lower() == "who" {
				// "several keynote speakers, who also included X"
				intro += 2
				if a.tokens[intro].Lower() == "also" && intro+1 < st.End {
					intro++
				}
				if w := a.tokens[intro].Lower(); w != "included" && w != "include" {
					continue
				}
			} else if !listIntroducers[a.tokens[intro].Lower()] {
				if intro, at = a.guestListAt(s, k, story, r.isEvent); intro < 0 {
					continue
				}
			}
			first := intro + 1
			if a.tokens[intro].Lower() == "such" {
				if first >= st.End || a.tokens[first].Lower() != "as" {
					continue
				}
				first++
			}
			ev := story
			for _, m := range a.mentionsInSentence(s) {
				if m.t1 <= k && m.entity >= 0 && r.isEvent(m.entity) {
					ev = m.entity
				}
			}
			if at >= 0 {
				ev = at
			}
			if ev < 0 {
				continue
			}
			for _, e := range a.listedNames(s, first) {
				if t := a.doc.Entities[e].Type; t == Person || t == Organization {
					r.add(e, ParticipatedIn, ev, s, "participatedIn/guest-list", 0.75)
				}
			}
		}
	}
}

// guestListAt reads a participant noun at token k of sentence s that a
// phrase places at an event before its list: "Guests at the ceremony
// included", "Other winners at the awards included". It returns the
// list introducer's token and the event the phrase names, by name or by a
// description bound to it, or -1, -1: an unbound "at the club" places
// them elsewhere.
func (a *analysis) guestListAt(s, k, story int, isEvent func(e int) bool) (intro, ev int) {
	st := a.sentTokens[s]
	if k+2 >= st.End || a.tokens[k+1].Lower() != "at" {
		return -1, -1
	}
	ms := a.mentionsInSentence(s)
	ev = -1
	for j := k + 2; j < st.End && j <= k+6; j++ {
		w := a.tokens[j].Lower()
		if listIntroducers[w] {
			if ev < 0 {
				return -1, -1
			}
			return j, ev
		}
		if w == "," || w == ";" {
			break
		}
		for _, m := range ms {
			if m.t0 <= j && j < m.t1 && m.entity >= 0 && isEvent(m.entity) {
				ev = m.entity
			}
		}
		if kinds, ok := eventDescKinds[w]; ok && ev < 0 && story >= 0 && a.tokens[j-1].Lower() == "the" {
			// "at the ceremony" left unbound (another event named in
			// passing) is the story's own when it is of that kind.
			name := textseg.Lower(a.doc.Entities[story].Name)
			if eventFits(eventRef{words: nameWords(name), name: name}, kinds) {
				ev = story
			}
		}
	}
	return -1, -1
}

// leadEvent returns the one event the headline names, else the one event
// the first two sentences under it name, or -1: the event a story is
// about ("Oscar hopefuls Mike Leigh and Imelda Staunton were both winners
// at the 2004 Evening Standard British Film Awards").
func (r *relState) leadEvent() int {
	if e := r.headlineEvent(); e >= 0 {
		return e
	}
	found := -1
	for s := 1; s < 3 && s < len(r.a.sentTokens); s++ {
		for _, m := range r.a.mentionsInSentence(s) {
			if m.entity < 0 || m.hidden || m.kind != MentionName || !r.isEvent(m.entity) {
				continue
			}
			if found >= 0 && found != m.entity {
				return -1
			}
			found = m.entity
		}
	}
	return found
}

// listedNames returns the entities of the name list starting at token
// first of sentence s: names joined by commas and "and".
func (a *analysis) listedNames(s, first int) []int {
	ms := a.mentionsInSentence(s)
	var out []int
	t := first
	for {
		var hit *mention
		for i := range ms {
			if ms[i].t0 == t && ms[i].entity >= 0 && ms[i].kind == MentionName {
				hit = &ms[i]
			}
		}
		if hit == nil {
			if t < len(a.tokens) && (relNamePrefix[a.tokens[t].Lower()] || lexicon.WeakRoles[a.tokens[t].Text]) {
				t++ // "Dame Judi Dench", "actress Ruby Dee": the mention starts after
				continue
			}
			return out
		}
		if r := hit.t1; r+1 < len(a.tokens) && lexicon.RoleHeads[a.tokens[r].Text] {
			// "Microsoft chief Bill Gates": the person holding the post
			// is the one listed, not the organisation.
			for i := range ms {
				if ms[i].t0 == r+1 && ms[i].entity >= 0 && ms[i].kind == MentionName {
					hit = &ms[i]
				}
			}
		}
		out = append(out, hit.entity)
		t = hit.t1
		for t < len(a.tokens) && (a.tokens[t].Text == "," || a.tokens[t].Lower() == "and") {
			t++
		}
	}
}

// headlineEvent returns the one event the headline names, or -1.
func (r *relState) headlineEvent() int {
	found := -1
	for _, m := range r.a.mentionsInSentence(0) {
		if m.entity < 0 || !r.isEvent(m.entity) {
			continue
		}
		if found >= 0 && found != m.entity {
			return -1
		}
		found = m.entity
	}
	return found
}

// Events told through who owns them. A described event's owner
// (entities_events.go) is who held it when the event is a gathering of a
// body ("the Fed's latest meeting", "a hearing of the Senate finance
// committee", "the Labour conference"): hosted, or willHost when it is
// still to come. A person or body on trial stands in the proceeding
// ("Ebbers' trial", "the trial of Mr Lay"): participatedIn, once under
// way.

// Rule names shown by --explain.
const (
	ruleOwnerHosted      = "hosted/event-owner"           // "the Fed's latest meeting"
	ruleOwnerWillHost    = "willHost/event-owner"         // "the Fed's meeting later on Tuesday"
	ruleOwnerDefender    = "participatedIn/proceeding-of" // "Ebbers' trial"
	ruleCityHosted       = "hosted/city-named-event"      // "this year's Berlin Film Festival"
	ruleCityWillHost     = "willHost/city-named-event"    // "she will run the London Marathon"
	ruleCityNounHosted   = "hosted/city-event-noun"       // "at the Cannes ceremony"
	ruleCityNounWillHost = "willHost/city-event-noun"     // "the Glasgow meeting will see"
)

// gatheringHeads are the described events a body holds, with the
// general nouns an organisation's name before them makes its own ("a BMW
// event").
var gatheringHeads = unionWords(lexicon.WordSet(`meeting meetings session conference congress
	convention summit hearing inquiry assembly`), lexicon.HostedEventNouns)

// bodyProceedingHeads are the gatherings a modifier names the holder of:
// "the IFA hearing", "a Pentagon inquiry", "a BMW event"; "a Linux
// summit" is about Linux, held by others.
var bodyProceedingHeads = unionWords(lexicon.WordSet(`hearing inquiry`), lexicon.HostedEventNouns)

// eventFutureBefore, just before an event, put it ahead of the sentence's
// time: "ahead of the meeting", "the next summit", "announce a new
// Glasgow concert".
var eventFutureBefore = lexicon.WordSet(`next upcoming forthcoming coming ahead
	await awaits awaiting new`)

// eventFutureAfter, just after an event, date it to come: "the meeting
// later on Tuesday", "the conference tomorrow".
var eventFutureAfter = lexicon.WordSet(`later tomorrow next`)

// eventPastBefore date an event behind the sentence's time even in a
// future clause: "last week's meeting", "after the meeting".
var eventPastBefore = lexicon.WordSet(`last previous recent after following since`)

// eventModalFuture open a clause about what is to come.
var eventModalFuture = lexicon.WordSet(`will 'll shall would`)

// eventOpenVerbs, in the present tense right after an event, tell when it
// starts; with a time after them the start is still ahead: "the festival,
// which opens on Thursday", "the tournament begins next week". The past
// ("opened on Thursday") and a running event ("runs until Sunday") are
// not in the set.
var eventOpenVerbs = lexicon.WordSet(`opens starts begins`)

// eventOpenTimes follow an opening verb to date a start ahead.
var eventOpenTimes = lexicon.WordSet(`on next later tomorrow this in`)

// eventOpensAhead reports an opening verb with a time just after an
// event ending at t1, itself or in its relative clause (", which opens on
// Thursday").
func (a *analysis) eventOpensAhead(t1, hi int) bool {
	k := t1
	if k < hi && a.tokens[k].Text == "," {
		k++
	}
	if k < hi && a.tokens[k].Lower() == "which" {
		k++
	} else if k != t1 {
		return false // ", opens": not the event's clause
	}
	if k+1 >= hi || !eventOpenVerbs[a.tokens[k].Lower()] {
		return false
	}
	return eventOpenTimes[a.tokens[k+1].Lower()]
}

// eventOwners adds the facts of described events' owners.
func (r *relState) eventOwners() {
	a := r.a
	for _, d := range a.described {
		if d.owner < 0 {
			continue
		}
		ev, owner := a.entityAtToken(d.t0), a.entityAtToken(d.owner)
		if ev < 0 || owner < 0 || ev == owner || !r.isEvent(ev) || r.isEvent(owner) {
			continue // "a meeting of the WSIS": the event itself
		}
		if m := a.tokMention[d.owner] - 1; m < 0 || a.ments[m].kind != MentionName && a.ments[m].kind != MentionAcronym {
			continue // a demonym ("the French conference") names no host
		}
		s := a.sentenceOfToken(d.t0)
		future := a.eventFuture(s, min(d.t0, d.owner), max(r.describedEnd(d), a.mentionEndAt(d.owner))) || r.nextEdition(ev)
		t := r.typeOf(owner)
		switch {
		case d.ownerHow == 'b':
			// "a business lunch hosted by the chamber": the participle's
			// agent, inside the description's name, where
			// hostedByAfterEvent no longer reads it.
			r.addHosting(owner, ev, s, future, ruleWillHostedBy, ruleHostedBy)
		case gatheringHeads[d.head] && (t == Organization && (d.ownerHow != 'c' || bodyProceedingHeads[d.head]) || t == Country && d.ownerHow != 'c'):
			r.addHosting(owner, ev, s, future, ruleOwnerWillHost, ruleOwnerHosted)
		case proceedingHeads[d.head] && t == Person && !future && a.courtStory():
			r.add(owner, ParticipatedIn, ev, s, ruleOwnerDefender, 0.7)
		}
	}
}

// addHosting adds host willHost or hosted event, unless a rule reading
// the tense from the event's own sentence has already said the other:
// these rules see the event's name, not how the text dates it.
func (r *relState) addHosting(host, ev, sent int, future bool, ruleFuture, rulePast string) {
	if future {
		if !r.seen[relFactKey{host, Hosted, ev}] {
			r.add(host, WillHost, ev, sent, ruleFuture, 0.7)
		}
	} else if !r.seen[relFactKey{host, WillHost, ev}] {
		r.add(host, Hosted, ev, sent, rulePast, 0.7)
	}
}

// nextEdition reports an event whose name dates it still to come ("next
// meeting of G7"): every mention of it speaks of the future.
func (r *relState) nextEdition(ev int) bool {
	w := relFieldsLower(r.a.doc.Entities[ev].Name)
	return len(w) > 0 && (w[0] == "next" || w[0] == "upcoming" || w[0] == "forthcoming")
}

// courtWords tell a court's trial from a trial run ("the trial of Buntes
// Fernsehen", a net TV station on test).
var courtWords = lexicon.WordSet(`court courts jury judge prosecutor prosecutors
	prosecution charged charges guilty accused defendant lawyer lawyers verdict
	testify testified acquitted convicted fraud murder`)

// courtStory reports whether the text speaks of a court case: two of
// its words are courtWords.
func (a *analysis) courtStory() bool {
	return a.storyHasWords(courtWords, 2) // story_memo.go
}

// mentionEndAt returns the token after the mention starting at token t,
// or t+1 when none does. An owner named after its event ("the trial of
// Jonas Kessler will open") ends where its whole name ends, so the words
// that date the event are read after the name, not inside it.
func (a *analysis) mentionEndAt(t int) int {
	if m := a.tokMention[t] - 1; m >= 0 && a.ments[m].t1 > t {
		return a.ments[m].t1
	}
	return t + 1
}

// describedEnd returns the token after described event d's mention.
func (r *relState) describedEnd(d describedName) int {
	if m := r.a.tokMention[d.t0] - 1; m >= 0 {
		return r.a.ments[m].t1
	}
	return d.t0 + 1
}

// eventFuture reports whether the event mentioned over tokens [t0, t1) of
// sentence s is still to come: a word just after or before it dates it
// ("later on Tuesday", "ahead of", "next"), else a modal of the future
// before it in the sentence ("will run in the London Marathon"), unless
// the event hangs from a noun ("of the Athens Olympics"). A word that
// puts it behind ("last week's", "after the") wins over the modal.
func (a *analysis) eventFuture(s, t0, t1 int) bool {
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	for k := t1; k < hi && k < t1+4; k++ {
		if eventFutureAfter[a.tokens[k].Lower()] {
			return true // "following the Fed's meeting later on Tuesday"
		}
	}
	if t1 < hi && eventModalFuture[a.tokens[t1].Lower()] {
		return true // "the Glasgow meeting will see Holmes compete"
	}
	if a.eventOpensAhead(t1, hi) {
		return true // "the festival, which opens on Thursday"
	}
	for k := t0 - 1; k >= lo && k >= t0-3; k-- {
		w := a.tokens[k].Lower()
		if eventPastBefore[w] {
			return false
		}
		if eventFutureBefore[w] {
			return true
		}
	}
	for k := t0 - 1; k >= lo; k-- {
		w := a.tokens[k].Lower()
		if w == "of" && k >= t0-2 {
			return false // "the disappointment of the Athens Olympics": the verb is not the event's
		}
		if eventModalFuture[w] || (w == "is" || w == "are") && k+1 < t0 && a.tokens[k+1].Lower() == "to" {
			return true
		}
	}
	return false
}

// cityEventHeads end the names of events a city holds under its own
// name: "Berlin Film Festival", "London Marathon", "Dubai Open".
var cityEventHeads = lexicon.WordSet(`festival olympics games marathon open show fair
	summit sevens championships championship classic international masters
	expo carnival biennale tournament prix`)

// sideHeads, like contestHeads, take a city that names a side: "the
// Dublin race" may be the Dublin club's.
var sideHeads = lexicon.WordSet(`race tie fixture clash`)

// cityEventStops are words of a company's or a team's name, not an
// event's: "Norwich Union Grand Prix" is a sponsor's.
var cityEventStops = lexicon.WordSet(`union united city county rovers town bank group
	insurance fc`)

// cityNamedEvents adds hosted (willHost when still to come) for a city
// an event is named after: "this year's Berlin Film Festival" was held in
// Berlin, "she will run the London Marathon" in London. Only a city the
// text names as such takes the fact.
func (r *relState) cityNamedEvents() {
	a := r.a
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.entity < 0 || m.hidden || r.typeOf(m.entity) != Event || m.t1-m.t0 < 2 {
			continue
		}
		t0 := m.t0
		if isYear(a.tokens[t0].Text) {
			t0++ // "the 2004 Athens Olympics"
		}
		if !cityEventHeads[a.tokens[m.t1-1].Lower()] {
			continue
		}
		city := -1
		for k := t0 + 1; k < m.t1 && k <= t0+3; k++ {
			if c := r.entityNamed(a.describedText(t0, k)); c >= 0 && r.typeOf(c) == City {
				city = c
				if !r.cityEventRest(k, m.t1) {
					city = -1
				}
				break
			}
		}
		if city < 0 {
			continue
		}
		future := a.eventFuture(m.sent, m.t0, m.t1)
		if !future {
			// An edition still to come told without a future verb ("the
			// London Marathon remains to be conquered"), or one leg of a
			// series: the clause checks of relations_hosts_ahead.go.
			switch r.cityEventAhead(m) {
			case "":
				continue
			case WillHost:
				future = true
			}
		}
		r.addHosting(city, m.entity, m.sent, future, ruleCityWillHost, ruleCityHosted)
	}
	// "the Taipei lantern festival", "the Brighton conference": a city
	// before an event noun that stands for an event of the text.
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.entity < 0 || m.hidden || r.typeOf(m.entity) != City {
			continue
		}
		hi := a.sentTokens[m.sent].End
		h := m.t1
		for h < hi && h < m.t1+3 && !describedHeads[a.tokens[h].Lower()] && a.tokens[h].Flags&(textseg.TCap|textseg.TUpper|textseg.TDigit) == 0 && a.tokens[h].Flags&textseg.TAlpha != 0 &&
			!relPrep[a.tokens[h].Lower()] && !eventDeterminers[a.tokens[h].Lower()] {
			h++ // "lantern", "annual"; "Davis at a funeral" is no Davis funeral
		}
		if h >= hi || !describedHeads[a.tokens[h].Lower()] || a.tokens[h].Flags&(textseg.TCap|textseg.TUpper) != 0 {
			continue
		}
		if contestHeads[a.tokens[h].Lower()] || sideHeads[a.tokens[h].Lower()] {
			continue // "the Barcelona game": a side, not the ground
		}
		ev := a.entityAtToken(h)
		if ev < 0 {
			ev = r.eventEndingIn(a.tokens[m.t1 : h+1])
		}
		if ev >= 0 && ev != m.entity && r.typeOf(ev) == Event {
			r.addHosting(m.entity, ev, m.sent, a.eventFuture(m.sent, m.t0, h+1), ruleCityNounWillHost, ruleCityNounHosted)
		}
	}
}

// eventEndingIn returns the one event of the text whose name ends in the
// words toks ("the Taipei lantern festival" for the "Lantern Festival"
// the headline names), or -1.
func (r *relState) eventEndingIn(toks []textseg.Token) int {
	tail := ""
	for _, t := range toks {
		tail += " " + t.Lower()
	}
	found := -1
	for i, e := range r.a.doc.Entities {
		if e.Type != Event || !strings.HasSuffix(" "+strings.ToLower(e.Name), tail) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// cityEventRest reports whether tokens [k, end) after a city's name are
// an event's words: capitalised, no digit ("Newcastle 2-1 Bolton" is a
// score line) and no word of a body's name.
func (r *relState) cityEventRest(k, end int) bool {
	for ; k < end; k++ {
		t := r.a.tokens[k]
		if t.Flags&textseg.TDigit != 0 || cityEventStops[t.Lower()] {
			return false
		}
	}
	return true
}

// Acting at an event. Whoever said, showed, performed or paid tribute at a
// gathering was there: "the company said at the Detroit Motor Show",
// "Ford unveiled its new model at the Geneva Motor Show", "stars paid
// tribute to him at a funeral in New York", "she performed at the Brit
// Awards". Verbs that a thing does as well as a person ("was screened",
// "premiered", "was based") are left out, and so is winning, which the
// contest rules read.

// ruleActedAt names the facts of actsAtEvents.
const ruleActedAt = "participatedIn/acted-at"

// actAtVerbs are past forms of saying, showing and performing.
var actAtVerbs = lexicon.WordSet(`said announced unveiled showcased revealed
	hinted declared told performed sang appeared presented paid gathered
	demonstrated displayed exhibited launched`)

// actsAtEvents runs the rules of sentences that name an event: the
// subject of an act done at an event named a few words after the verb, in
// the same clause, or fronted before it, took part in it; a venue named
// after an event hosted it.
func (r *relState) actsAtEvents() {
	r.eachSentence(r.eventInSentence, func(s *relSent) {
		s.eventVenues()
		s.frontedEventActs() // relations_events_fronted.go: "At the Z, X said"
		s.tourPlaces()       // relations_events_tours.go: "the 1997 Lions tour to South Africa"
		for t := range s.low {
			if resultNouns[s.low[t]] {
				s.resultOpponents(t)
			}
			if s.word(t, "to") && t+1 < len(s.low) && comebackGoals[s.low[t+1]] {
				s.comebackTo(t)
			}
			if possessedActs[s.low[t]] {
				s.possessedEventActs(t) // relations_events_possessed.go
			}
			if s.word(t, "their") {
				s.delegatesOwnEvent(t) // relations_events_delegates.go
			}
			if s.word(t, "winners") || s.word(t, "winner") {
				s.winnersAt(t)
			}
			if s.word(t, "present") {
				s.presentAt(t) // relations_events_present.go
			}
			if !actAtVerbs[s.low[t]] || !strings.HasPrefix(s.tag(t), "VB") {
				continue
			}
			if s.low[t] == "paid" && !s.word(t+1, "tribute") && !s.word(t+2, "tribute") {
				continue // "paid $5m at the auction" is a buyer's, read elsewhere
			}
			for k := t + 1; k < len(s.low) && k <= t+8; k++ {
				if s.clauseEdge(k) || s.quoteMark(k) || s.ment[k] < 0 && (s.tag(k) == "MD" || s.otherVerb(k)) ||
					s.word(k, "that") || s.word(k, "and") || s.word(k, "but") || s.word(k, "when") || s.word(k, "after") || s.word(k, "before") {
					break // "said he would seek action at the next meeting": another verb's
				}
				if s.word(k, "at") {
					if e, _ := s.headRight(k + 1); e >= 0 && s.r.isEvent(e) {
						s.actedAt(t, e)
					}
					break
				}
			}
		}
	})
	r.setScoreMatches()  // relations_tournaments.go: the players of a report's matches
	r.teamScoreMatches() // relations_tournaments.go: the sides of a report's results
	r.ceremonyWinners()  // relations_events_awards.go: the winners of a ceremony
	r.placedFinishers()  // relations_events_placings.go: the placings in a contest
	r.representedSides() // relations_events_represented.go: the sides represented at a gathering
}

// winnerWords may stand between a copula and "winners": "were both
// winners at", "were the big winners in", "was among the winners at".
var winnerWords = lexicon.WordSet(`both all also the big biggest main
	among surprise joint double multiple top two three`)

// winnersAt: "Mike Leigh and Imelda Staunton were both winners at the
// Evening Standard British Film Awards", "Swank and Foxx were among the
// winners at the Screen Actors Guild awards", "Scissor Sisters led the
// winners at the Brit Awards": the subject of the copula (or of "led")
// before "winners", with the event named right after "at" or "in", took
// part in it. "winner in Dublin" names a place, not an event, and gives
// nothing.
func (s *relSent) winnersAt(t int) {
	if !s.word(t+1, "at") && !s.word(t+1, "in") {
		return
	}
	e, _ := s.headRight(t + 2)
	if e < 0 || !s.r.isEvent(e) {
		return
	}
	v := t - 1
	for v >= 0 && v >= t-4 && s.ment[v] < 0 && winnerWords[s.low[v]] {
		v--
	}
	if v < 0 || s.ment[v] >= 0 || !s.word(v, "were") && !s.word(v, "was") && !s.word(v, "led") {
		return
	}
	s.actedAt(v, e)
}

// actedAt adds participatedIn of event e for the subjects of the verb at
// token t, when the verb tells of something done: not denied, wished,
// conditional or to come, and not a passive ("was presented at the
// festival" is a film's). A subject inside a quotation is the quoted
// speaker's word, not the verb's subject ("'... Democrat or Republican,'
// Moore told the audience at the ceremony").
func (s *relSent) actedAt(t, e int) {
	s.actedAtRule(t, e, ruleActedAt)
}

// actedAtRule is actedAt with the rule's name given.
func (s *relSent) actedAtRule(t, e int, rule string) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) || !mod.done() && !mod.prog {
		return
	}
	subjects := s.subjectsOf(t, j)
	// "stars including A, B and C paid tribute": every name listed
	// (relations_events_lists.go).
	subjects = append(subjects, s.exampleSubjects(j)...)
	for _, a := range subjects {
		if s.namedOutsideQuotes(a, t) {
			s.r.add(a, ParticipatedIn, e, s.idx, rule, 0.75)
		}
	}
}

// namedOutsideQuotes reports a mention of entity a before token t that
// lies outside any quotation.
func (s *relSent) namedOutsideQuotes(a, t int) bool {
	for k := 0; k < t; k++ {
		if m := s.mentionAt(k); m != nil && m.first == k && m.entity == a && !s.r.inQuotation(s.toks[k].Start) {
			return true
		}
	}
	return false
}

// otherVerb reports a verb at token k; a bare form before a name is a
// role noun the tagger took for one ("paid tribute to actor Ossie Davis").
func (s *relSent) otherVerb(k int) bool {
	tg := s.tag(k)
	if !strings.HasPrefix(tg, "VB") {
		return false
	}
	return tg != "VB" || k+1 >= len(s.low) || s.ment[k+1] < 0
}

// Results told by a noun. "X suffered a shock loss to Y in round one of
// the Z", "the 11-9 Six Nations win over England", "a 6-1 7-5 victory over
// Y at the Z": the opponent named after the noun took part in the event
// named right before the noun or after the opponent, and so did the
// subject of a verb that has the result ("suffered", "recorded"). The
// dependency rule contest-opponent reads the same when the parse holds;
// the scores and seedings between the words often break it, so this rule
// reads the words. A result still wanted ("need a win over Y in the Z",
// "hopes of a victory over Y") gives nothing.

// ruleResultOpponent names the facts of resultOpponents.
const ruleResultOpponent = "participatedIn/result-opponent"

// resultNouns name a match's result; resultCases introduce the opponent.
var (
	resultNouns = lexicon.WordSet(`win victory defeat loss triumph exit`)
	resultCases = lexicon.WordSet(`over against to by`)
	// resultWanted, before the noun in its clause, make the result one
	// not yet had.
	resultWanted = lexicon.WordSet(`need needs needed hope hopes hoping
		hoped want wants wanted chance chances bid seek seeks seeking target
		aim aims eye eyes would will could should must can may might if
		unless hunt search quest looking desperate`)
	// resultHaveVerbs have the result as object: their subject took part.
	resultHaveVerbs = lexicon.WordSet(`suffered recorded earned secured sealed
		clinched gained notched registered completed claimed`)
	// resultStages name the part of an event a result came in: "in round
	// one of", "in the quarter-finals of".
	resultStages = lexicon.WordSet(`final finals semi-final semi-finals
		quarter-final quarter-finals round rounds stage match tie opening
		first second third fourth fifth one two three four last 16 eight
		group leg first-round second-round third-round fourth-round`)
)

// resultOpponents adds participatedIn for the opponent of the result noun
// at token t (and the subject that had the result) in the event the words
// around it name.
func (s *relSent) resultOpponents(t int) {
	// The opponent's first word: after "over", "to", or "at the hands of"
	// ("a Uefa Cup exit at the hands of Steaua Bucharest").
	start := t + 2
	switch {
	case t+1 < len(s.low) && resultCases[s.low[t+1]]:
	case s.word(t+1, "at") && s.word(t+2, "the") && s.word(t+3, "hands") && s.word(t+4, "of"):
		start = t + 5
	default:
		return
	}
	// The noun phrase's left edge: a score, an adjective, an article or
	// an event's name before the noun ("a convincing 6-2 6-4 win", "the
	// 11-9 Six Nations win").
	left, ev := t-1, -1
	for left >= 0 && s.ment[left] < 0 && (scoreToken(s.low[left]) || s.tag(left) == "JJ" || s.tag(left) == "CD") {
		left--
	}
	if m := s.mentionAt(left); m != nil && m.last == left && s.r.isEvent(m.entity) {
		ev, left = m.entity, m.first-1
		for left >= 0 && s.ment[left] < 0 && (scoreToken(s.low[left]) || s.tag(left) == "JJ" || s.tag(left) == "CD") {
			left--
		}
	}
	if !strings.HasPrefix(s.tag(t), "NN") && ev < 0 && !s.word(left, "a") && !s.word(left, "the") {
		return // "they win over fans": a verb
	}
	for k := t - 1; k >= 0 && k >= t-12 && !s.clauseEdge(k); k-- {
		if resultWanted[s.low[k]] || relNotDone[s.low[k]] {
			return
		}
	}
	// The opponent, after seedings and demonyms: "to unseeded Nicolas
	// Kiefer", "over seventh seed Feliciano Lopez".
	k := start
	for k < len(s.low) && k < start+4 && s.ment[k] < 0 && !s.clauseEdge(k) &&
		(s.tag(k) == "JJ" || s.tag(k) == "NN" || s.tag(k) == "CD" || s.tag(k) == "DT" || s.tag(k) == "VBN") {
		k++
	}
	if s.mentionAt(k) == nil {
		return
	}
	opp, end := s.objectsAt(k)
	if ev < 0 {
		ev = s.resultEventAfter(end)
	}
	if ev < 0 {
		w := left
		for w >= 0 && s.ment[w] < 0 && (s.tag(w) == "DT" || s.tag(w) == "JJ" || s.tag(w) == "VBG" || s.tag(w) == "NN" || s.tag(w) == "CD" || scoreToken(s.low[w])) {
			w--
		}
		ev = s.resultEventBefore(w)
	}
	if ev < 0 {
		return
	}
	var sides []int
	for _, o := range opp {
		if typ := s.r.typeOf(o); typ == Person || typ == Organization || typ == Country {
			sides = append(sides, o)
		}
	}
	if len(sides) == 0 {
		return
	}
	// The verb before the noun phrase: "suffered a shock defeat".
	v := left
	for v >= 0 && s.ment[v] < 0 && (s.tag(v) == "DT" || s.tag(v) == "JJ" || s.tag(v) == "NN" || s.tag(v) == "CD") {
		v--
	}
	if v >= 0 && v < t-1 && resultHaveVerbs[s.low[v]] {
		j, mod := s.chainLeft(v, false)
		if mod.done() && !mod.passive && !s.condBefore(v) {
			sides = append(sides, s.subjectsOf(v, j)...)
		}
	}
	for _, a := range sides {
		if a != ev {
			s.r.add(a, ParticipatedIn, ev, s.idx, ruleResultOpponent, 0.7)
		}
	}
}

// Results reached through a comeback. "X survived an early scare to reach
// the last eight of the Z", "X came from a set down to beat Y at the Z",
// "X shook off an upset stomach to win the 60m at the Z": the infinitive
// after a past verb of struggling tells what was done, not what was
// planned, so its subject took part in the event the infinitive's clause
// names, and so did the one beaten.

// ruleComeback names the facts of comebackTo.
const ruleComeback = "participatedIn/comeback-to"

var (
	// comebackVerbs are the past verbs of struggling or pressing on whose
	// "to" infinitive is their outcome.
	comebackVerbs = lexicon.WordSet(`survived battled fought came rallied
		recovered stormed powered cruised eased raced romped shook overcame
		bounced hit dug held hung went`)
	// comebackGoals are the infinitives of a result; beat, defeat and
	// overcome take the beaten as object.
	comebackGoals = lexicon.WordSet(`reach win beat defeat claim clinch
		book seal take secure retain overcome`)
	comebackBeat = lexicon.WordSet(`beat defeat overcome`)
)

// comebackTo reads the infinitive whose "to" is token t.
func (s *relSent) comebackTo(t int) {
	// The struggling verb, a few words before: "survived an early scare
	// to", "came from two sets down to".
	v := -1
	for k := t - 1; k >= 0 && k >= t-7 && !s.clauseEdge(k) && s.ment[k] < 0; k-- {
		if comebackVerbs[s.low[k]] && s.tag(k) == "VBD" {
			v = k
			break
		}
	}
	if v < 0 {
		return
	}
	j, mod := s.chainLeft(v, false)
	if !mod.done() || mod.passive || s.condBefore(v) {
		return
	}
	subj := s.subjectsOf(v, j)
	// The event: the first one named in the infinitive's clause, as its
	// object or after in, at or of.
	ev := -1
	for k := t + 2; k < len(s.low) && k <= t+14 && !s.clauseEdge(k); k++ {
		m := s.mentionAt(k)
		if m == nil || m.first != k || !s.r.isEvent(m.entity) {
			continue
		}
		p := k - 1
		if s.word(p, "the") || s.word(p, "this") {
			p--
		}
		if s.word(p, "in") || s.word(p, "at") || s.word(p, "of") || p == t+1 {
			ev = m.entity
		}
		break
	}
	if ev < 0 {
		return
	}
	sides := subj
	if comebackBeat[s.low[t+1]] {
		k := t + 2
		for k < len(s.low) && k < t+5 && s.ment[k] < 0 && s.tag(k) == "JJ" {
			k++
		}
		// "to beat Russia's Elena Bovina": the player, not her country.
		if m := s.mentionAt(k); m != nil && s.word(m.last+1, "'s") && s.mentionAt(m.last+2) != nil {
			k = m.last + 2
		}
		if s.mentionAt(k) != nil {
			beaten, _ := s.objectsAt(k)
			sides = append(sides, beaten...)
		}
	}
	for _, a := range sides {
		if typ := s.r.typeOf(a); a != ev && (typ == Person || typ == Organization || typ == Country) {
			s.r.add(a, ParticipatedIn, ev, s.idx, ruleComeback, 0.7)
		}
	}
}

// resultEventBefore returns, for a result introduced by "with" at token
// w, the event of the clause it completes: "booked her place in the last
// 16 of the Australian Open with a win over Y", "went out of the Heineken
// Open in Auckland with a loss to Y". The event follows of, in, at or
// "out of"; a plan in between ("hopes to reach the final of Z with a win
// over Y") gives nothing.
func (s *relSent) resultEventBefore(w int) int {
	if !s.word(w, "with") {
		return -1
	}
	for k := w - 1; k >= 0 && k >= w-16 && !s.clauseEdge(k); k-- {
		if resultWanted[s.low[k]] || relNotDone[s.low[k]] || s.low[k] == "to" {
			return -1
		}
		m := s.mentionAt(k)
		if m == nil || m.first != k {
			continue
		}
		if !s.r.isEvent(m.entity) {
			continue
		}
		p := k - 1
		if s.word(p, "the") {
			p--
		}
		if s.word(p, "of") || s.word(p, "in") || s.word(p, "at") {
			return m.entity
		}
		return -1
	}
	return -1
}

// resultEventAfter returns the event named after an opponent ending at
// token end: "in the quarter-finals of the SAP Open", "at the Kooyong
// Classic", past a score, or -1.
func (s *relSent) resultEventAfter(end int) int {
	k := end
	for k < len(s.low) && k < end+3 && (scoreToken(s.low[k]) || s.tag(k) == "CD" || s.word(k, "(") || s.word(k, ")")) {
		k++
	}
	if !s.word(k, "in") && !s.word(k, "at") {
		return -1
	}
	k++
	if s.word(k, "the") {
		k++
	}
	if m := s.mentionAt(k); m != nil && m.first == k && s.r.isEvent(m.entity) {
		return m.entity
	}
	n := 0
	for k < len(s.low) && n < 4 && s.ment[k] < 0 && resultStages[s.low[k]] {
		k, n = k+1, n+1
	}
	if n == 0 || !s.word(k, "of") {
		return -1
	}
	k++
	if s.word(k, "the") || s.word(k, "this") {
		k++
	}
	if m := s.mentionAt(k); m != nil && m.first == k && s.r.isEvent(m.entity) {
		return m.entity
	}
	return -1
}

// eventInSentence reports an event mention in sentence i: only those
// sentences are worth tagging.
func (r *relState) eventInSentence(i int) bool {
	for _, m := range r.a.mentionsIn(i) {
		if m.Entity >= 0 && r.isEvent(m.Entity) {
			return true
		}
	}
	return false
}

// Events at a venue. An event named with the place it is held at, "the
// Brit Awards ceremony at London's Earls Court", "the exhibition at the
// National Gallery", "the replay at Villa Park", was hosted by the venue
// (willHost when still to come), and by the city whose possessive names
// the venue. Only a place whose name ends in a venue's word counts: "the
// match at Arsenal" names a side, "the summit at Blair's request" no place.

// ruleVenueHosted and ruleVenueWillHost name the facts of eventVenues.
const (
	ruleVenueHosted   = "hosted/event-at-venue"
	ruleVenueWillHost = "willHost/event-at-venue"
)

// venueNameHeads end the names of the places that hold events.
var venueNameHeads = lexicon.WordSet(`hall arena centre center theatre theater
	stadium palace museum gallery park court dome hotel church cathedral abbey
	garden gardens square`)

// eventVenues adds hosted (willHost when the clause speaks of what is to
// come: "is due to perform at the ceremony at Earls Court") for the venue
// named right after an event in sentence s.
func (s *relSent) eventVenues() {
	for _, m := range s.ms {
		if m.entity < 0 || m.kind != MentionName || !s.r.isEvent(m.entity) {
			continue
		}
		k := m.last + 1
		for k < len(s.low) && k < m.last+3 && (describedHeads[s.low[k]] || eventStageWords[s.low[k]]) && (s.ment[k] < 0 || s.mentionAt(k).kind == MentionRole) {
			k++ // "the Brit Awards ceremony at", "the FA Cup replay at"
		}
		if !s.word(k, "at") {
			continue
		}
		k++
		if s.word(k, "the") {
			k++
		}
		city := -1
		if c := s.mentionAt(k); c != nil && c.first == k && s.r.typeOf(c.entity) == City && c.last+1 < len(s.toks) && isPossessive(s.toks[c.last+1].Text) {
			city, k = c.entity, c.last+2 // "London's Earls Court"
		}
		v := s.mentionAt(k)
		if v == nil || v.first != k || v.kind != MentionName || v.entity == m.entity || s.r.isEvent(v.entity) {
			continue
		}
		if t := s.r.typeOf(v.entity); t != Place && t != Organization || !venueNameHeads[strings.ToLower(s.toks[v.last].Text)] {
			continue
		}
		if s.negBefore(m.first, 4) || s.condBefore(m.first) {
			continue
		}
		hypothetical, ahead := s.venueClauseMood(m.first, v.last)
		if hypothetical {
			continue
		}
		future := ahead || s.clauseFuture(m.first, v.last) || s.futureTimeAfter(v.last+1) && !s.pastClause(m.first) ||
			s.nextEditionBefore(m.first) || s.aheadOfEvent(m.first) && !s.pastClause(m.first)
		s.r.addHosting(v.entity, m.entity, s.idx, future, ruleVenueWillHost, ruleVenueHosted)
		if city >= 0 {
			s.r.addHosting(city, m.entity, s.idx, future, ruleVenueWillHost, ruleVenueHosted)
		}
	}
}

// achievementName reports an event-like name that is a prize won over a
// season ("the Grand Slam", "the Triple Crown"): the ground where it is
// clinched did not host it.
func achievementName(words []string) bool {
	n := len(words)
	return n >= 2 && (words[n-2] == "grand" && words[n-1] == "slam" || words[n-2] == "triple" && words[n-1] == "crown")
}

// relRoundNouns name a knock-out stage of a tournament: "the final of",
// "the second round of".
var relRoundNouns = relWords(`final finals semi-final semi-finals semifinal
	semifinals semis quarter-final quarter-finals quarterfinal quarterfinals round`)

// stageUnderWay reports an event phrase starting at first that follows
// "<stage> of (the)": the stage may be to come, but a tournament that
// has reached its final or a later round is under way, so it is hosted
// (GOLD: done or ongoing). The next edition's stages and a stage someone
// qualifies for are still to come.
func (s *relSent) stageUnderWay(first int) bool {
	j := first - 1
	if s.word(j, "the") {
		j--
	}
	if !s.word(j, "of") || !s.is(j-1, relRoundNouns) {
		return false
	}
	return !s.nextEditionBefore(first) && !s.nextEditionBefore(j-1) && !s.qualifyingFor(j-1)
}

// relOccasionNouns name events held on a single day: the day of the
// game is the day of the event.
var relOccasionNouns = relWords(`game match fixture concert gig ceremony hearing
	race rally auction`)

// scheduledOccasion reports a one-day event that a present-simple verb
// dates to a weekday: "when Weaver makes his return in a reserve game at
// Blackburn on Tuesday" is a schedule, still to come. The headline is
// left out (its present tense tells of what has happened), and so is a
// tournament ("makes her return at the Open in Pattaya on Tuesday" may be
// in its first week).
//
// A host verb in the present progressive with a time ahead after the
// place is a schedule too, whatever the event ("are hosting a gadget show
// in London this weekend"): see hostingAhead.
func (s *relSent) scheduledOccasion(first, last int, words []string) bool {
	if s.hostingPlanBefore(first, last) {
		return true
	}
	if s.idx == 0 || !s.word(last+1, "on") || !s.is(last+2, relWeekdays) {
		return false
	}
	occasion := false
	for _, w := range words {
		if w == "at" || w == "in" {
			break
		}
		occasion = occasion || relOccasionNouns[w]
	}
	if !occasion {
		return false
	}
	for j := first - 1; j >= 0 && !s.clauseEdge(j); j-- {
		switch t := s.tag(j); {
		case t == "VBZ" || t == "VBP":
			return !s.is(j, relBe) && !s.is(j, relHave) && !relSayVerbs[s.low[j]]
		case strings.HasPrefix(t, "VB") || t == "MD":
			return false
		}
	}
	return false
}

// relSayVerbs report speech, whose present tense dates nothing.
var relSayVerbs = relWords(`says say tells tell insists insist admits admit claims claim`)
