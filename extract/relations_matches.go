package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
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
		if i == 1 {
			r.matchGround(match, sides)
		}
		if r.earlierInMatch(i) || r.eventBesides(i, match, comp) || !a.sentenceHasWord(i, cues...) {
			continue
		}
		p := a.parsed(i)
		if p == nil {
			continue
		}
		ents := r.competitorsAt(i, len(p.Words))
		for v := range p.Words {
			if r.inQuotation(p.Starts[v]) {
				continue
			}
			for _, h := range matchPlayers(p, v, ents, sides) {
				e := competitorAt(p, ents, h)
				if e < 0 || staff[e] || sides[e] || r.typeOf(e) != Person || r.inQuotation(p.Starts[h]) {
					continue
				}
				r.add(e, ParticipatedIn, match, i, ruleMatchPlayer, 0.65)
			}
		}
	}
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
	return match, sides
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
	a := r.a
	sp := a.sentTokens[i]
	for k := sp.Start; k+1 < sp.End; k++ {
		if a.tokens[k].Lower() != "other" {
			continue
		}
		for j := k + 1; j < sp.End && j <= k+4; j++ {
			if otherMatchNouns[a.tokens[j].Lower()] {
				return true
			}
		}
	}
	return false
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
		if yearWord(w) || inMatchEarlierWords[w] || w == "last" && k+1 < sp.End && lastSeasonWords[a.tokens[k+1].Lower()] {
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
