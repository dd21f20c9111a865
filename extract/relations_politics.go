package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Relative clauses of politics copy that name a body's leader or a
// person's party through "whose": "The Greens, whose leader Katrin Vogel
// ...", "Prime Minister Viktor Orban, whose Fidesz party has governed
// since 2010, ...". The parser attaches a "whose" clause's noun and the
// name after it erratically (the name as an apposition of the role, the
// party as the clause's subject), so the rule reads the tokens: the
// antecedent is the name just before ", whose".
const (
	ruleWhoseLeader = "politics:whose-leader" // "the Greens, whose leader Katrin Vogel" -> leaderOf
	ruleWhoseParty  = "politics:whose-party"  // "Viktor Orban, whose Fidesz party" -> memberOf
)

// whoseSkips may stand between "whose" and the role without changing
// whose post it is ("whose new leader", "whose party leader").
var whoseSkips = lexicon.WordSet(`new current party`)

// roleTails end a two-word leader's role after its first word.
var roleTails = lexicon.WordSet(`executive officer general`)

// whoseClauses adds leaderOf for "ORG, whose leader PERSON" and memberOf
// for "PERSON, whose ORG party". A past post ("whose former leader")
// gives nothing.
func (r *relState) whoseClauses() {
	a := r.a
	toks := a.tokens
	byStart := make(map[int]int, len(a.ments)) // first token -> index into a.ments
	byEnd := make(map[int]int, len(a.ments))   // token after the last -> index into a.ments
	for i, m := range a.ments {
		if m.entity < 0 || m.hidden || m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		byStart[m.t0] = i
		byEnd[m.t1] = i
	}
	for k := 1; k+2 < len(toks); k++ {
		if toks[k].Lower() != "whose" || toks[k-1].Text != "," {
			continue
		}
		ai, ok := byEnd[k-1]
		if !ok {
			continue
		}
		ante := a.ments[ai]
		j := k + 1
		for j < len(toks) && j < k+3 && whoseSkips[toks[j].Lower()] {
			j++
		}
		switch r.typeOf(ante.entity) {
		case Organization:
			if j >= len(toks) || !lexicon.LeaderRoles[toks[j].Lower()] || lexicon.FunctionalModifiers[toks[j-1].Lower()] {
				continue
			}
			n := j + 1
			for n < len(toks) && n < j+3 && (roleTails[toks[n].Lower()] || lexicon.LeaderRoles[toks[n].Lower()]) {
				n++ // "whose chief executive", "whose secretary general"
			}
			if n < len(toks) && toks[n].Text == "," {
				n++
			}
			if pi, ok := byStart[n]; ok && a.ments[pi].sent == ante.sent && r.typeOf(a.ments[pi].entity) == Person {
				r.add(a.ments[pi].entity, LeaderOf, ante.entity, ante.sent, ruleWhoseLeader, 0.8)
			}
		case Person:
			oi, ok := byStart[k+1]
			if !ok || a.ments[oi].sent != ante.sent {
				continue
			}
			o := a.ments[oi]
			if o.t1 < len(toks) && toks[o.t1].Lower() == "party" && r.typeOf(o.entity) == Organization {
				r.add(ante.entity, MemberOf, o.entity, ante.sent, ruleWhoseParty, 0.8)
			}
		}
	}
}
