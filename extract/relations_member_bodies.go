package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Membership bodies that are no party: trade unions, federations,
// campaigns and non-governmental organisations. GOLD.md makes a party's
// named officials its members; the development sets do the same for such
// a body ("X of Amnesty International", a union's district leader is
// memberOf it) but not for a firm's analysts and staff or a think-tank's
// fellows, so the memberships read beside a name ("X of BODY", "BODY's
// X") that wirePartyMemberships and the title stage give for a party are
// given for these bodies too, and for no other organisation.
const (
	ruleWireBodyOf = "wire:person-of-body"        // "Lucia Ferraz of Amnesty International" -> memberOf
	ruleBodyPoss   = "title:body-possessive-name" // "the TUC's Brendan Barber" -> memberOf
	confMemberBody = 0.7
)

// membershipBody reports whether organisation e is a membership body and
// no union of states: by a word of its name ("National Union of
// Journalists", "Campaign for Nuclear Disarmament"), by its name
// (lexicon.MemberBodyNames), or by a word the text writes before or after
// one of its mentions ("union Unite", "rights group Liberty", "the Amicus
// union").
func (a *analysis) membershipBody(e int) bool {
	if e < 0 || a.doc.Entities[e].Type != Organization {
		return false
	}
	name := textseg.Lower(a.doc.Entities[e].Name)
	if lexicon.MemberBodyNames[name] {
		return true
	}
	named := false
	for _, w := range strings.Fields(name) {
		if lexicon.StateBlocNameWords[w] {
			return false
		}
		named = named || lexicon.MemberBodyNameWords[w]
	}
	if named {
		return true
	}
	return a.describedMemberBody(e)
}

// describedMemberBody reports whether the text writes a membership
// body's word before or after a mention of organisation e ("union Unite",
// "rights group Liberty", "the Amicus union"). The text is read once, on
// the first question: rules ask per mention, and a scan each time would
// make the stage quadratic in the mentions.
func (a *analysis) describedMemberBody(e int) bool {
	if a.describedMemberBodies != nil {
		return a.describedMemberBodies[e]
	}
	a.describedMemberBodies = make(map[int]bool)
	toks := a.tokens
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.hidden || a.doc.Entities[m.entity].Type != Organization {
			continue
		}
		sp := a.sentTokens[m.sent]
		if k := m.t0 - 1; k >= sp.Start && toks[k].Flags&textseg.TCap == 0 {
			w := toks[k].Lower()
			if lexicon.MemberBodyDescriptors[w] || w == "group" && k > sp.Start && lexicon.MemberBodyGroupKinds[toks[k-1].Lower()] {
				a.describedMemberBodies[m.entity] = true
			}
		}
		// Only "union" after a name asks blocNounAfter, which may tag
		// the sentence.
		if m.t1 < sp.End && toks[m.t1].Lower() == "union" && a.blocNounAfter(m)&nomUnion != 0 {
			a.describedMemberBodies[m.entity] = true
		}
	}
	return a.describedMemberBodies[e]
}
