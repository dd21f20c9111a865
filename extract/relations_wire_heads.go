package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// The holder of a post named in a relative clause hanging on a body:
// "France Unbowed, whose coordinator, Manon Ribeiro, accused ...", "The
// Greens, whose leader Katrin Vogel will become vice-chancellor, ...",
// "Brightcode, whose chief executive, Tom Hale, said ...". The clause
// makes the named person the holder of the post in the body before
// "whose". GOLD.md: a party's leader or chairman is leaderOf and memberOf
// it and its named officials memberOf it (wirePartyMemberships reads a
// party); the head of a company, agency or other body is leaderOf it
// only, which wireBodyWhoseHead reads for a body that is no party.
const (
	ruleWireBodyWhoseHead = "wire:body-whose-head" // "Brightcode, whose chairman, Tom Hale, said" -> leaderOf
	confWireBodyWhoseHead = 0.7
)

// bodyWhoseHeads are the posts that head a body that is no party. A
// party's posts such as "coordinator" or "first secretary" are left to
// the party rule: in a firm or an agency a coordinator runs one project.
var bodyWhoseHeads = lexicon.RoleClass("whose-head")

// wireWhosePost reads ", whose POST[,] NAME" right after mention m: the
// post as wirePostThenName reads it, the name after a comma or straight
// after the post. It returns the named person and whether the post heads
// the body.
func (a *analysis) wireWhosePost(m mention, end int) (int, bool, bool) {
	toks := a.tokens
	k := m.t1
	if k+2 >= end || toks[k].Text != "," || toks[k+1].Lower() != "whose" {
		return -1, false, false
	}
	for _, comma := range []bool{true, false} {
		if p, head, ok := a.wirePostThenName(k+2, end, comma); ok && a.doc.Entities[p].Type == Person {
			return p, head, true
		}
	}
	return -1, false, false
}

// wireBodyWhoseHead adds leaderOf the body of mention m, no party, for
// the person a ", whose chairman, NAME" clause after it names. "Chief
// executive" heads a firm too. The post must follow "whose" straight:
// a word before it ("whose deputy chairman", "whose former boss",
// "whose regional head") makes it another's post or a past one.
func (r *relState) wireBodyWhoseHead(m mention, end int) {
	a := r.a
	toks := a.tokens
	k := m.t1 + 2
	if k >= end || toks[m.t1].Text != "," || toks[m.t1+1].Lower() != "whose" {
		return
	}
	switch {
	case k+1 < end && toks[k].Lower() == "chief" && toks[k+1].Lower() == "executive":
		k += 2
	case bodyWhoseHeads[toks[k].Lower()] && toks[k].Text == toks[k].Lower():
		k++
	default:
		return
	}
	if k < end && toks[k].Text == "," {
		k++
	}
	p := a.entityAtToken(k)
	if p < 0 || r.typeOf(p) != Person || p == m.entity {
		return
	}
	r.add(p, LeaderOf, m.entity, m.sent, ruleWireBodyWhoseHead, confWireBodyWhoseHead)
}
