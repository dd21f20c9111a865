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
// A match in a quotation, or one that might be ("could meet in the Cup
// tie against X", "if"), is not named.

// Rule names of namedMatchFacts.
const (
	ruleNamedMatchSide   = "participatedIn/named-match-side"   // "their Six Nations match against Ireland" (played)
	ruleNamedMatchPlayer = "participatedIn/named-match-player" // "X scored in the FA Cup win over Y"
	ruleNamedMatchGround = "hosted/named-match-ground"         // "the Cup tie with X in Dublin" (played)
	ruleNamedMatchPlan   = "willHost/named-match-ground"       // "the squad for the match with X in Dublin"
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
		r.add(own, ParticipatedIn, ev, i, ruleNamedMatchSide, 0.6)
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
		for _, k := range resultMatchPlayers(p, a.hostWord(m, p, v)) {
			e := competitorAt(p, ents, k)
			if e >= 0 && !staff[e] && r.typeOf(e) == Person && !r.inQuotation(p.Starts[k]) {
				r.add(e, ParticipatedIn, ev, i, ruleNamedMatchPlayer, 0.6)
			}
		}
	case ahead:
		if m.homeOwner && own >= 0 {
			r.add(own, WillHost, ev, i, ruleNamedMatchPlan, 0.55)
		}
		r.add(pl, WillHost, ev, i, ruleNamedMatchPlan, 0.55)
	}
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
