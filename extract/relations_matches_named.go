package extract

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// The facts of a match described through its competition (namedMatchAt,
// entities_matches_named.go). The description names the match whether it
// was played or is to come; what the sentence tells of its time decides
// the facts:
//   - played ("sustained during the Six Nations game against Italy last
//     weekend", "scored in the FA Cup win over Colchester", a result
//     noun told as had): both sides took part, the place after "in"
//     hosted it, and a player the sentence puts in it took part;
//   - to come ("the squad for the Six Nations match with Ireland in
//     Dublin", "a doubt for England's Six Nations opener against Wales
//     next weekend"): the place willHost it; nobody has taken part yet;
//   - neither told: the match is named, with no fact.
//
// A description with no owner ("the Six Nations game against Italy",
// "ahead of Saturday's Six Nations match with Ireland") is the match of
// the one other side the sentence names ("named in the Scotland training
// squad ... ahead of"), or, when it names no other side, of the story's
// side (storySide: "Wales coach Mike Ruddock has made two changes ...
// sustained during the Six Nations game against Italy"). Whoever owns the
// match is in its competition when the other side is (the fixture rules
// of deprules/rules/contest.txt tell that, played or to come, as a
// fixture is one of a competition under way), unless the sentence tells
// of an earlier season ("last year's", "in 2002").
//
// A match in a quotation, or one that might be ("could meet in the Cup
// tie against X", "if"), is not named.

// Rule names of namedMatchFacts.
const (
	ruleNamedMatchSide   = "participatedIn/named-match-side"   // "their Six Nations match against Ireland" (played)
	ruleNamedMatchPlayer = "participatedIn/named-match-player" // "X scored in the FA Cup win over Y"
	ruleNamedMatchGround = "hosted/named-match-ground"         // "the Cup tie with X in Dublin" (played)
	ruleNamedMatchPlan   = "willHost/named-match-ground"       // "the squad for the match with X in Dublin"
	// The owner no possessive names: the sentence's or the story's one side.
	ruleNamedMatchOwnSide = "participatedIn/named-match-own-side"
	// The owner of a fixture in the competition its other side is in.
	ruleNamedMatchCompetition = "participatedIn/named-match-competition"
	// A player in a played match in the competition it is described through.
	ruleNamedMatchPlayerCompetition = "participatedIn/named-match-player-competition"
)

// namedMatchAheadPreps put the match after the sentence's time: "the
// squad for", "ahead of", "before".
var namedMatchAheadPreps = lexicon.WordSet(`for before ahead`)

// namedMatchMaybe make a match one that might be, not one fixed: "could
// meet in the tie", "if they reach".
var namedMatchMaybe = lexicon.WordSet(`could would might may should must if unless
	whether`)

// namedMatchFacts makes an Event of every match described through its
// competition with its other side found, and adds its facts. made keys
// the events already made by the result parser, so one match told twice
// is one event.
func (r *relState) namedMatchFacts(lx *lineupIndex, made map[string]int, staff map[int]bool) {
	a := r.a
	lead := r.leadMatchSentence()
	nameStart, nameEnd := a.visibleNames()
	var tags []string
	for i := range a.sentTokens {
		if i >= len(a.doc.Sentences) || !a.sentenceHasWord(i, namedMatchHeads) && !a.sentenceHasWord(i, resultMatchNouns) {
			continue
		}
		tags = a.peekTags(i, tags[:0])
		sp := a.sentTokens[i]
		for h := sp.Start; h < sp.End; h++ {
			w := a.tokens[h].Text
			if !namedMatchHeads[w] && !resultMatchNouns[w] || a.nameMentionOver(h) || r.insideQuoteMarks(h) {
				continue
			}
			m, ok := a.namedMatchAt(i, h, tags, nameStart, nameEnd)
			if !ok {
				continue
			}
			r.namedMatch(m, i == lead, lx, made, staff)
		}
	}
}

// namedMatch adds the event of description m and the facts its time
// allows; lead is set for the sentence whose match is the headline's.
func (r *relState) namedMatch(m resultMatch, lead bool, lx *lineupIndex, made map[string]int, staff map[int]bool) {
	a := r.a
	i := m.sent
	p := a.parsed(i)
	if p == nil {
		return
	}
	v := wordAt(p, a.tokens[m.head].Start)
	if v < 0 {
		return
	}
	result := resultMatchNouns[a.tokens[m.head].Text]
	if !clauseFree(p, v, func(k int, w string) bool { return namedMatchMaybe[w] }) || result && !r.nounResultHad(p, v) && !r.absentFromResult(p, v) {
		return
	}
	opp := a.entityAt(m.opp0, m.opp1)
	if opp < 0 || r.isEvent(opp) {
		return
	}
	played := result || a.namedMatchPast(m, p, v)
	ahead := !played && a.namedMatchAhead(m, p, v)
	if played && lead {
		return // the headline's match, made by leadMatch
	}
	ents := r.competitorsAt(i, len(p.Words))
	own := r.matchOwner(m, p, v, ents, opp)
	ownRule := ruleNamedMatchSide
	if own < 0 && m.owner < 0 && m.sideWord < 0 && m.comp0 >= 0 {
		own, ownRule = r.fixtureOwnSide(p, ents, opp, a.entityAt(m.comp0, m.comp1)), ruleNamedMatchOwnSide
	}
	r.namedMatchCompetition(m, own, opp)
	names := m.names(a)
	key := "named|" + strings.ToLower(a.describedText(m.score0, m.head+1)) + "|" + strconv.Itoa(opp)
	ev := a.matchEvent(lx, made, key, names, m.head)
	var pl = -1
	if m.place >= 0 {
		pl = a.entityAt(m.place, m.placeEnd)
	}
	switch {
	case played:
		r.add(opp, ParticipatedIn, ev, i, ruleNamedMatchSide, 0.6)
		r.add(own, ParticipatedIn, ev, i, ownRule, 0.6)
		switch {
		case m.homeOwner && own >= 0:
			r.add(own, Hosted, ev, i, ruleNamedMatchGround, 0.6)
		case m.prep == "at" || m.awayOwner:
			r.add(opp, Hosted, ev, i, ruleNamedMatchGround, 0.6)
		}
		r.add(pl, Hosted, ev, i, ruleNamedMatchGround, 0.6)
		if r.typeOf(opp) == Person {
			return
		}
		comp := r.namedMatchPlayedCompetition(m)
		for _, k := range resultMatchPlayers(p, a.hostWord(m, p, v)) {
			e := competitorAt(p, ents, k)
			if e >= 0 && !staff[e] && r.typeOf(e) == Person && !r.inQuotation(p.Starts[k]) {
				r.add(e, ParticipatedIn, ev, i, ruleNamedMatchPlayer, 0.6)
				r.add(e, ParticipatedIn, comp, i, ruleNamedMatchPlayerCompetition, 0.6)
			}
		}
	case ahead:
		if m.homeOwner && own >= 0 {
			r.add(own, WillHost, ev, i, ruleNamedMatchPlan, 0.55)
		}
		r.add(pl, WillHost, ev, i, ruleNamedMatchPlan, 0.55)
	}
}

// fixtureOwnSide is the side whose match a description with no owner
// is: the one side of the other side's kind (national or club) the
// sentence names besides it, as the modifier of a person or a squad
// ("Chelsea's Damien Duff", "Rovers boss Mark Hughes", "the Scotland
// training squad"), or, when the sentence names no other side at all,
// the story's side; -1 when there are two, or none of its kind. A side
// standing as an argument of its own ("is likely to face Chelsea on
// Sunday") is in another match, so it leaves the owner untold. comp, the
// competition, and any body named as a league are no side.
func (r *relState) fixtureOwnSide(p *syntax.Sentence, ents []int, opp, comp int) int {
	national, ok := r.sideKind(opp)
	if !ok || !r.a.sportsStory() {
		return -1
	}
	own, others := -1, false
	for k, e := range ents {
		if e < 0 || e == opp || e == comp || k >= len(p.Words) || r.isEvent(e) || r.eventLike(e) ||
			r.typeOf(e) != Organization && r.typeOf(e) != Country || r.leagueName(e) {
			continue
		}
		if h := p.Head[k] - 1; h >= 0 && h < len(ents) && ents[h] == e {
			continue // inside the name: its head word decides
		}
		if p.Deprel[k] != "compound" && p.Deprel[k] != "nmod:poss" {
			return -1 // "to face Chelsea": a side of another match
		}
		if nat, _ := r.sideKind(e); nat != national {
			others = true
			continue
		}
		if own >= 0 && own != e {
			return -1 // two sides: whose match it is goes untold
		}
		own = e
	}
	if own >= 0 || others {
		return own
	}
	if side := r.storySide(); side >= 0 && side != opp {
		if nat, ok := r.sideKind(side); ok && nat == national {
			return side
		}
	}
	return -1
}

// leagueName reports an organisation named as a league or a cup ("the
// Premier League"): the competition, not a side.
func (r *relState) leagueName(e int) bool {
	ws := relFieldsLower(r.a.doc.Entities[e].Name)
	return len(ws) > 0 && namedMatchLeagueWords[ws[len(ws)-1]]
}

// namedMatchCompetition adds participatedIn of the competition match m
// is described through for its owner own, when its other side opp is
// already in that competition and the sentence tells of no earlier
// season.
func (r *relState) namedMatchCompetition(m resultMatch, own, opp int) {
	a := r.a
	if own < 0 || m.comp0 < 0 {
		return
	}
	comp := a.entityAt(m.comp0, m.comp1)
	if comp < 0 || !r.seen[relFactKey{opp, ParticipatedIn, comp}] {
		return
	}
	national, _ := r.sideKind(opp)
	if r.earlierMatch(m.sent, national) {
		return
	}
	r.add(own, ParticipatedIn, comp, m.sent, ruleNamedMatchCompetition, 0.6)
}

// namedMatchPlayedCompetition is the competition a played match m is
// described through ("sustained during the Six Nations game against
// Italy"), whose players took part in it as well as in the match: the
// description itself binds the match to it, so no other side need be
// known to be in it. -1 when the description names none, or the sentence
// tells of an earlier season ("in the 2003 Six Nations game", "last
// year's"), whose edition the competition's name may not stand for.
func (r *relState) namedMatchPlayedCompetition(m resultMatch) int {
	if m.comp0 < 0 {
		return -1
	}
	comp := r.a.entityAt(m.comp0, m.comp1)
	if comp < 0 || !r.isEvent(comp) || r.earlierMatch(m.sent, true) {
		return -1
	}
	return comp
}

// namedMatchPast reports a match the sentence tells as played: dated
// "last Saturday's" or followed by "last weekend", or hanging after "in"
// or "during" from a verb told as done ("was injured in", "a problem
// sustained during").
func (a *analysis) namedMatchPast(m resultMatch, p *syntax.Sentence, v int) bool {
	if a.tokens[m.name0].Lower() == "last" {
		return true
	}
	if e := m.end; e+1 < a.sentTokens[m.sent].End && a.tokens[e].Lower() == "last" && recentDays[a.tokens[e+1].Lower()] {
		return true
	}
	x := a.hostWord(m, p, v)
	if x >= 0 && strings.HasPrefix(p.XPOS[x], "NN") {
		x = governingVerb(p, x) // "criticised Gerrard's performance in the Cup final"
	}
	return x >= 0 && strings.HasPrefix(p.XPOS[x], "VB") && verbDone(p, x)
}

// namedMatchAhead reports a match the sentence tells as to come: dated
// "next Saturday", "next weekend", or put after the sentence's time by
// "for", "before" or "ahead of" under a clause not in the simple past
// ("has been dropped from the squad for", "is a doubt for"), or the
// object of a verb with "will".
func (a *analysis) namedMatchAhead(m resultMatch, p *syntax.Sentence, v int) bool {
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	if a.tokens[m.name0].Lower() == "next" || m.end+1 < hi && a.tokens[m.end].Lower() == "next" && recentDays[a.tokens[m.end+1].Lower()] {
		return true
	}
	k := m.name0 - 1
	if k >= lo && leadArticles[a.tokens[k].Lower()] {
		k--
	}
	if k > lo && a.tokens[k].Lower() == "of" && a.tokens[k-1].Lower() == "ahead" {
		k--
	}
	if k < lo || !namedMatchAheadPreps[a.tokens[k].Lower()] {
		return false
	}
	// The clause the preposition's phrase stands in must not be told in
	// the simple past: "was named in the squad for Saturday's match" may
	// be a report of it.
	for x, hops := v, 0; x >= 0 && hops < 6; hops++ {
		if strings.HasPrefix(p.XPOS[x], "VB") || p.Deprel[x] == "root" {
			if p.XPOS[x] == "VBD" {
				return false
			}
			for c := range p.Words {
				if p.Head[c]-1 == x && strings.HasPrefix(p.Deprel[c], "aux") && (p.XPOS[c] == "VBD" || strings.EqualFold(p.Words[c], "did")) {
					return false // "was dropped for"
				}
			}
			return true
		}
		x = p.Head[x] - 1
	}
	return false
}
