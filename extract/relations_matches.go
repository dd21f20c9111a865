package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// The players and the ground of the match a score-line headline names.
// A match report under "Wasps 31-37 Leicester" (matchHeadline makes the
// match an Event and its two sides its participants) tells who scored and
// who made the chances without naming the match again: "Andy Goode
// kicked the Tigers to victory with a penalty", "The Tigers stormed 22-6
// ahead through tries from Lewis Moody, Geordan Murphy and Martin
// Corry", "A late header by teenager Danny Graham earned Middlesbrough a
// draw", "Dimitri Yachvili booted France to victory". Each such player
// took part in the match (GOLD.md: took part in an event). Its lead
// says where it was played: "a pulsating Heineken Cup encounter at the
// Causeway Stadium", "a 3-2 win over Cotonsport Garoua in Accra", "a
// hard-fought win at Portsmouth" (a side's own ground): the ground, the
// city or the home side hosted it.
//
// The guards keep other matches out: a sentence that names another event
// or an earlier season or meeting ("beat them in last year's final", "in
// 2003"), words inside quotation marks, a result wished or denied
// ("hopes to score", "failed to score") and the staff (a coach, a
// manager) credit no one, and a sentence that turns to another match
// ("In the other Group B game") and those after it are passed over until
// one names a side of the headline's match and no other team.

// Rule names of headlineMatchPlayers.
const (
	ruleMatchPlayer = "participatedIn/headline-match-player" // "Andy Goode kicked the Tigers to victory"
	ruleMatchGround = "hosted/headline-match-ground"         // "an encounter at the Causeway Stadium"
	ruleLeadMatch   = "participatedIn/lead-match-side"       // "Safin suffered a shock loss to Kiefer"
)

// matchPlayVerbs tell of a player's part in the play, his subject: a
// score, a shot, a save or a chance missed ("Kieron Dyer smashed home
// the winner", "Steve McManaman wasted City's best chance", "Roy Carroll
// saved well").
var matchPlayVerbs = lexicon.WordSet(`smashed fired struck slammed lashed
	hooked swept stroked bundled poked prodded touched dived crashed rattled
	blazed dragged saved missed wasted squandered intercepted charged broke
	burst raced sprinted ran dummied sidestepped landed booted dropped
	collected completed`)

// matchLeadVerbs take the player as subject and his side as object:
// "Yachvili booted France to victory", "O'Driscoll guided Ireland to a
// victory", "his double earned City a win", "Graham earned Middlesbrough
// a draw".
var matchLeadVerbs = lexicon.WordSet(`guided guides booted boots kicked kicks
	fired fires inspired inspires earned earns led leads helped helps
	steered steers powered powers propelled propels carried carries sent
	sends put puts gave gives handed hands rescued rescues lifted lifts
	edged edges`)

// matchScoreNouns are a player's scores and shots that name him after
// "by" or "from", as a compound or as a possessor: "a late header by
// Danny Graham", "a Josh Lewsey try", "Six Chris Paterson penalties",
// "Mark van Gisbergen's boot".
var matchScoreNouns = lexicon.WordSet(`try tries goal goals effort efforts
	penalty penalties conversion conversions strike strikes header headers
	finish shot volley free-kick spot-kick drop-goal dropped boot winner
	equaliser equalizer double hat-trick brace`)

// otherMatchNouns after "other" turn a report to another match: "In the
// other Group B game".
var otherMatchNouns = lexicon.WordSet(`game games match matches tie ties
	fixture fixtures encounter`)

// headlineMatchPlayers adds participatedIn of the headline's match for
// the players its report credits with the play, and hosted for its
// ground (the package comment above).
func (r *relState) headlineMatchPlayers() {
	a := r.a
	match, sides := r.headlineMatch()
	if match < 0 {
		return
	}
	if len(a.sentTokens) > 1 && !r.turnsToOtherMatch(1) {
		r.matchGround(match, sides)
	}
	if r.typeOf(anyKey(sides)) == Person {
		return // a tennis report tells the tournament's other matches after its lead's
	}
	r.sheetStartersPlayed(match, sides)   // relations_lineups_played.go
	r.matchSidesCompetition(match, sides) // relations_matches_competition.go
	comp := r.storyCompetitionOf(competitionEnds)
	staff := r.nonPlayers()
	cues := []map[string]bool{scorerVerbs, matchPlayVerbs, matchLeadVerbs, matchScoreNouns}
	other := false // reading another match's sentences
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		if r.turnsToOtherMatch(i) {
			other = true
			continue
		}
		if other {
			if !r.namesOnlySides(i, sides) {
				continue
			}
			other = false // "Hearts of Oak started the game": back to the headline's match
		}
		if r.earlierInMatch(i) || r.eventBesides(i, match, comp) || !a.sentenceHasWord(i, cues...) {
			continue
		}
		r.creditMatchPlayers(i, match, sides, staff, false, ruleMatchPlayer, 0.65)
	}
}

// creditMatchPlayers adds participatedIn of match ev for the persons
// sentence i's parse shows making the play (matchPlayers), passing over
// the side staff, the sides themselves and words inside quotations.
// named replaces a role noun the parser took for a subject by the names
// beside it (namedSubjects).
func (r *relState) creditMatchPlayers(i, ev int, sides, staff map[int]bool, named bool, rule string, conf float64) {
	p := r.a.parsed(i)
	if p == nil {
		return
	}
	ents := r.competitorsAt(i, len(p.Words))
	for v := range p.Words {
		if r.inQuotation(p.Starts[v]) {
			continue
		}
		hs := matchPlayers(p, v, ents, sides)
		if named {
			hs = namedSubjects(p, ents, hs)
		}
		for _, h := range hs {
			e := competitorAt(p, ents, h)
			if e < 0 || staff[e] || sides[e] || r.typeOf(e) != Person || r.inQuotation(p.Starts[h]) {
				continue
			}
			r.add(e, ParticipatedIn, ev, i, rule, conf)
		}
	}
}

// anyKey returns a key of m, or -1.
func anyKey(m map[int]bool) int {
	for k := range m {
		return k
	}
	return -1
}

// headlineMatch returns the match a score-line headline names and its
// sides, or -1.
func (r *relState) headlineMatch() (int, map[int]bool) {
	match, sides := -1, map[int]bool{}
	for _, f := range r.a.doc.Facts {
		if f.Rule != ruleMatchHeadline {
			continue
		}
		if match >= 0 && f.Object != match {
			return -1, nil
		}
		match = f.Object
		sides[f.Subject] = true
	}
	if match < 0 && len(r.a.ofSides()) > 0 {
		return r.ofSidesMatch()
	}
	if match < 0 && r.a.headlineScoreSides() == nil {
		return r.leadMatch()
	}
	return match, sides
}

// leadResultNouns name a match by its result: "a hard-fought win at
// Portsmouth", "a shock loss to Nicolas Kiefer".
var leadResultNouns = lexicon.WordSet(`win victory defeat loss draw`)

// leadSidePreps bring the other side of a result noun: "win over",
// "loss to", "defeat against", "win at" (the home side's ground).
var leadSidePreps = lexicon.WordSet(`over against to at with by`)

// leadMatchMaxTokens bounds a match report's headline.
const leadMatchMaxTokens = 12

// leadMatch makes the match a report tells under a headline that is no
// score line an Event, named by the lead's description of the result
// with the headline as its other name: "Campbell rescues Arsenal" over
// "Sol Campbell proved to be an
// unlikely match-winner to earn Arsenal a hard-fought win at Portsmouth",
// "Safin slumps to shock Dubai loss" over "Marat Safin suffered a shock
// loss to unseeded Nicolas Kiefer". The lead (sentence 1) must tell the
// result as had (no modal, negation or wish above it) with both sides
// named, of one kind (two players or two teams), and the headline must
// name one of them.
func (r *relState) leadMatch() (int, map[int]bool) {
	a := r.a
	if len(a.doc.Paragraphs) < 2 || len(a.sentTokens) < 2 || !a.sportsStory() || r.earlierInMatch(1) {
		return -1, nil
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo < 2 || hi-lo > leadMatchMaxTokens || a.sentenceOfToken(lo) != 0 || a.sentenceOfToken(hi-1) != 0 {
		return -1, nil
	}
	sp := a.sentTokens[1]
	for t := sp.Start; t < sp.End; t++ {
		if !leadResultNouns[a.tokens[t].Lower()] || r.inQuotation(a.tokens[t].Start) || !r.resultHadAt(t) {
			continue
		}
		one, other, first, last := r.resultSidesAt(t, sp.Start, sp.End)
		if one < 0 || other < 0 || one == other || !r.sameSideKind(one, other) || !r.headlineNames(one, other) {
			continue
		}
		// No mention over the headline: the open facts would read the
		// headline's own words as a link to its match.
		match := newLineupIndex(a).create(a.surface(lo, hi), Event, lo, hi)
		// GOLD.md names an event the text identifies by description by
		// that description; a headline such as "Campbell rescues
		// Arsenal" is a sentence about the match, so it stays only as
		// the other name.
		if d := a.surface(first, last+1); d != "" && d != a.doc.Entities[match].Name {
			ent := &a.doc.Entities[match]
			ent.Aliases = append(ent.Aliases, ent.Name)
			ent.Name = d
		}
		for _, e := range []int{one, other} {
			r.add(e, ParticipatedIn, match, 1, ruleLeadMatch, 0.65)
		}
		r.headlineCity(match)
		return match, map[int]bool{one: true, other: true}
	}
	return -1, nil
}

// resultHadAt reports the result noun at token t told as had: a noun in
// the parse with no modal, negation or wish above it ("need a win").
func (r *relState) resultHadAt(t int) bool {
	a := r.a
	p := a.parsed(1)
	if p == nil {
		return false
	}
	for v := range p.Words {
		if v < len(p.Starts) && p.Starts[v] == a.tokens[t].Start {
			return strings.HasPrefix(p.XPOS[v], "NN") && !strings.HasPrefix(p.Deprel[v], "nsubj") &&
				clauseFree(p, v, resultDenied) && !reactionAbove(p, v)
		}
	}
	return false
}

// reactionWords tell of a reaction to a result rather than the result:
// "Benitez was satisfied after his team's win", "Wenger claimed their
// display in the defeat was poor", "Ferguson has praised his players in
// the win". Such a lead is a reaction piece's, whose headline names no
// match.
var reactionWords = lexicon.WordSet(`said says claimed claims admitted admits
	praised praises hailed hails satisfied pleased delighted disappointed
	dejected furious angry criticised criticized criticising criticizing
	insisted insists revealed reveals blamed blames defended defends
	welcomed welcomes facing faces dominated believes believed apologised
	accused`)

// reactionAbove reports one of reactionWords on the path from word v to
// the root.
func reactionAbove(p *syntax.Sentence, v int) bool {
	for hops := 0; v >= 0 && hops < len(p.Words); hops++ {
		if reactionWords[strings.ToLower(p.Words[v])] {
			return true
		}
		v = p.Head[v] - 1
	}
	return false
}

// resultSidesAt returns the two sides of the result noun at token t, in
// sentence tokens [lo, hi), and the first and last tokens of its
// description: the other side named after one of leadSidePreps ("loss
// to unseeded Nicolas Kiefer", "win over Cameroon's Cotonsport
// Garoua"), and the possessor ("their defeat"), the receiver just before
// the article ("earn Arsenal a win") or the name opening the sentence
// ("Marat Safin suffered a loss").
func (r *relState) resultSidesAt(t, lo, hi int) (one, other, first, last int) {
	a := r.a
	one, other, first, last = -1, -1, t, -1
	// The other side: a preposition, at most two lower-case words, a name.
	if t+1 < hi && leadSidePreps[a.tokens[t+1].Lower()] {
		for k := t + 2; k < hi && k <= t+4; k++ {
			if mi := a.mentionStartingAt(k, hi); mi >= 0 {
				m := a.ments[mi]
				if m.t1+1 < hi && (a.tokens[m.t1].Text == "'s" || a.tokens[m.t1].Text == "’s") {
					if n := a.mentionStartingAt(m.t1+1, hi); n >= 0 {
						m = a.ments[n] // "Cameroon's Cotonsport Garoua"
					}
				}
				other, last = m.entity, m.t1-1
				break
			}
			if isCapWord(a.tokens[k]) || clauseBreaks[a.tokens[k].Lower()] || leadStopWords[a.tokens[k].Lower()] {
				break // "at a loss to explain why Newcastle": no side
			}
		}
	}
	// Back over the noun's modifiers to its article or possessor.
	k := t - 1
	for k >= lo && k >= t-4 && !isCapWord(a.tokens[k]) && !leadArticles[a.tokens[k].Lower()] && a.tokens[k].Text != "'s" && a.tokens[k].Text != "’s" && !clauseBreaks[a.tokens[k].Lower()] && !leadStopWords[a.tokens[k].Lower()] {
		k--
	}
	first = k + 1
	if k < lo {
		return
	}
	switch w := a.tokens[k].Lower(); {
	case w == "'s" || w == "’s":
		if mi := a.mentionEndingAt(k-1, lo); mi >= 0 {
			one = a.ments[mi].entity
		}
	case w == "their" || w == "his" || w == "her" || w == "its":
		for _, m := range a.mentionsInSentence(1) {
			if m.t0 == k && m.entity >= 0 {
				one = m.entity
			}
		}
	case leadArticles[w]:
		if mi := a.mentionEndingAt(k-1, lo); mi >= 0 {
			one = a.ments[mi].entity // "earn Arsenal a hard-fought win"
		}
	}
	if one < 0 {
		if mi := a.mentionStartingAt(lo, hi); mi >= 0 {
			one = a.ments[mi].entity // "Marat Safin suffered a shock loss"
		}
	}
	return
}

// leadStopWords end the words around a result noun: prepositions and
// words of a clause ("with victory over", "at a loss to explain why").
var leadStopWords = lexicon.WordSet(`with in on at for of by from to over
	against after before as into explain why how what when where who which
	that`)

// leadArticles open a result's noun phrase.
var leadArticles = lexicon.WordSet(`a an the`)

// sameSideKind reports two players or two teams.
func (r *relState) sameSideKind(x, y int) bool {
	team := func(e int) bool {
		t := r.typeOf(e)
		return t == Organization || t == Country || t == City
	}
	return r.typeOf(x) == Person && r.typeOf(y) == Person || team(x) && team(y)
}

// headlineNames reports the headline naming one of the sides.
func (r *relState) headlineNames(x, y int) bool {
	for _, m := range r.a.mentionsInSentence(0) {
		if m.kind == MentionName && (m.entity == x || m.entity == y) {
			return true
		}
	}
	return false
}

// headlineCity adds hosted of the match for a city the headline places
// it in: "Hewitt overcomes wobble in Sydney".
func (r *relState) headlineCity(match int) {
	a := r.a
	for _, m := range a.mentionsInSentence(0) {
		if m.entity >= 0 && m.kind == MentionName && m.t0 > 0 && a.tokens[m.t0-1].Lower() == "in" && r.typeOf(m.entity) == City {
			r.add(m.entity, Hosted, match, 0, ruleMatchGround, 0.6)
		}
	}
}

// ofSidesMatch makes the match of a score-line headline whose side is a
// name with "of" ("Hearts of Oak 3-2 Cotonsport"), which matchHeadline
// does not read as a name, an Event with both sides taking part in it.
func (r *relState) ofSidesMatch() (int, map[int]bool) {
	a := r.a
	ss := a.headlineScoreSides()
	if ss == nil {
		return -1, nil
	}
	lx := newLineupIndex(a)
	home, away := lx.team(ss[0][0], ss[0][1], r), lx.team(ss[1][0], ss[1][1], r)
	if home < 0 || away < 0 || home == away {
		return -1, nil
	}
	match := lx.create(a.surface(ss[0][0], ss[1][1]), Event, ss[0][0], ss[1][1])
	lx.commit()
	r.add(home, ParticipatedIn, match, 0, ruleMatchHeadline, confLineup)
	r.add(away, ParticipatedIn, match, 0, ruleMatchHeadline, confLineup)
	return match, map[int]bool{home: true, away: true}
}

// matchPlayers returns the heads of the players word v credits with the
// play: the subject of a play verb told as done, the subject of a lead
// verb whose object is a side, and the scorer of a score noun.
func matchPlayers(p *syntax.Sentence, v int, ents []int, sides map[int]bool) []int {
	w := strings.ToLower(p.Words[v])
	switch {
	case (scorerVerbs[w] || matchPlayVerbs[w]) && verbDone(p, v):
		return withConjuncts(p, clauseSubjects(p, v))
	case matchLeadVerbs[w] && verbDone(p, v):
		for k := range p.Words {
			if p.Head[k]-1 == v && (p.Deprel[k] == "obj" || p.Deprel[k] == "iobj") && ents[k] >= 0 && sides[ents[k]] {
				return withConjuncts(p, clauseSubjects(p, v))
			}
		}
	case matchScoreNouns[w] && strings.HasPrefix(p.XPOS[v], "NN") && clauseFree(p, v, resultDenied):
		var out []int
		for k := range p.Words {
			if p.Head[k]-1 != v {
				continue
			}
			rel := p.Deprel[k]
			if rel == "nmod:poss" || rel == "compound" || strings.HasPrefix(rel, "nmod") && (caseWord(p, k) == "by" || caseWord(p, k) == "from") {
				out = append(out, k)
				out = append(out, conjuncts(p, k)...)
			}
		}
		return out
	}
	return nil
}

// resultDenied reports a dependent that makes a score one wished, denied
// or conditional: "could have had a third", "no goal", "if".
func resultDenied(k int, w string) bool {
	return matchModals[w] || matchNegators[w] || resultWanted[w] || w == "if" || w == "unless"
}

// turnsToOtherMatch reports sentence i turning to another match than the
// headline's: "In the other Group B game".
func (r *relState) turnsToOtherMatch(i int) bool {
	return r.a.turnsToOtherMatch(i)
}

// namesOnlySides reports sentence i naming a side of the headline's
// match and no other team.
func (r *relState) namesOnlySides(i int, sides map[int]bool) bool {
	side := false
	for _, m := range r.a.mentionsInSentence(i) {
		if m.entity < 0 || m.hidden {
			continue
		}
		switch {
		case sides[m.entity]:
			side = true
		case r.typeOf(m.entity) == Organization:
			return false
		}
	}
	return side
}

// eventBesides reports sentence i naming an event other than the match
// and the story's competition.
func (r *relState) eventBesides(i, match, comp int) bool {
	a := r.a
	for _, m := range a.mentionsInSentence(i) {
		if m.entity >= 0 && !m.hidden && m.entity != match && m.entity != comp && r.isEvent(m.entity) && !titleAfter(a.doc.Text[m.End:]) {
			return true
		}
	}
	return false
}

// inMatchEarlierWords tell of an earlier match than the headline's: "two
// years ago", "his previous goal", "his career". A match report's "past"
// ("fired past the keeper") and "last" ("in the last minute") tell of
// none; "last" does before a season or a day (lastSeasonWords).
var inMatchEarlierWords = lexicon.WordSet(`ago previous previously career
	history meetings`)

// lastSeasonWords after "last" tell of an earlier match: "last season",
// "last Saturday's defeat".
var lastSeasonWords = lexicon.WordSet(`year year's season season's week
	week's weekend weekend's month month's time meeting monday tuesday
	wednesday thursday friday saturday sunday monday's tuesday's
	wednesday's thursday's friday's saturday's sunday's`)

// earlierInMatch reports sentence i of the headline's report telling of
// an earlier match: a year, one of inMatchEarlierWords, or "last" before
// a season or a day.
func (r *relState) earlierInMatch(i int) bool {
	a := r.a
	sp := a.sentTokens[i]
	for k := sp.Start; k < sp.End; k++ {
		w := a.tokens[k].Lower()
		if textseg.YearWord(w) || inMatchEarlierWords[w] || w == "last" && k+1 < sp.End && lastSeasonWords[a.tokens[k+1].Lower()] {
			return true
		}
	}
	return false
}

// matchGround adds hosted of the match for the ground, the city or the
// home side its lead (sentence 1) names after "at" or "in": "at the
// Causeway Stadium", "in Accra", "a hard-fought win at Portsmouth".
func (r *relState) matchGround(match int, sides map[int]bool) {
	a := r.a
	if r.earlierInMatch(1) {
		return // "at Twickenham in 2003": an earlier meeting's ground
	}
	sp := a.sentTokens[1]
	for _, m := range a.mentionsInSentence(1) {
		if m.entity < 0 || m.hidden || m.kind != MentionName || m.t0 <= sp.Start || r.inQuotation(m.Start) {
			continue
		}
		k := m.t0 - 1
		if a.tokens[k].Lower() == "the" && k > sp.Start {
			k--
		}
		switch w := a.tokens[k].Lower(); {
		case w == "at" && (r.typeOf(m.entity) == Place || r.typeOf(m.entity) == City || sides[m.entity]):
		case w == "in" && (r.typeOf(m.entity) == City || r.typeOf(m.entity) == Place):
		default:
			continue
		}
		r.add(m.entity, Hosted, match, 1, ruleMatchGround, 0.6)
	}
}
