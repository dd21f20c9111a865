package extract

// A party's leader referred to by the party alone: "Prime Minister Alan
// Prescott has carried out a reshuffle ... a fortnight in which the
// Labour leader lost two ministers". Parliamentary news titles the head
// of government by office in the opening and then by party; the role
// resolver (pickPerson) already binds "the Labour leader" to the one
// titled holder the phrase fits, but no title or apposition reads a fact
// from the bound phrase, so the party leadership it states was lost.
//
// A bound "the PARTY leader" (head "leader", no rank) whose holder a
// title made a leader or head of government (roleFits: the resolver also
// binds the phrase to a party's MP named by party alone) gives leaderOf and
// memberOf the party (GOLD.md: a party's leader is both), unless a fact
// already makes someone else the party's leader (the phrase is then
// more likely theirs) or ties the person to another party.

// Rules of the facts this pass adds.
const (
	ruleLeaderPartyRole = "leaderOf/party-leader-role" // "the Labour leader" bound to Alan Prescott
	ruleMemberPartyRole = "memberOf/party-leader-role"
)

// partyLeaderRoles adds the facts of bound "the PARTY leader" phrases.
func (x *Extractor) partyLeaderRoles(a *analysis) {
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionRole || m.typ != Person || m.hidden || m.entity < 0 || m.roleHead != "leader" || len(m.roleMods) > 0 || m.roleAttr == "" {
			continue
		}
		if a.tokens[m.t0].Lower() != "the" || !a.referential(m) {
			continue // "Labour leader X" is a title the title rules read
		}
		if !roleFits(a.ents[m.entity].roles, m) {
			continue // the resolver binds a party's MP by party alone: "Labour MP X ... the Labour leader"
		}
		party := a.entityNamed(m.roleAttr)
		if party < 0 || !a.isParty(party) || a.partyHasOtherLeader(party, m.entity) || a.tiedToOtherParty(m.entity, party) {
			continue
		}
		if a.hasFact(m.entity, LeaderOf, party) {
			continue // a title already read the leadership, and its rules the membership
		}
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: m.entity, Predicate: LeaderOf, Object: party, Sentence: m.sent,
			Rule: ruleLeaderPartyRole, Confidence: 0.7})
		if !a.hasFact(m.entity, MemberOf, party) {
			a.doc.Facts = append(a.doc.Facts, Fact{Subject: m.entity, Predicate: MemberOf, Object: party, Sentence: m.sent,
				Rule: ruleMemberPartyRole, Confidence: 0.7})
		}
	}
}

// partyHasOtherLeader reports whether a fact already makes someone other
// than person the party's leader.
func (a *analysis) partyHasOtherLeader(party, person int) bool {
	for _, f := range a.doc.Facts {
		if f.Predicate == LeaderOf && f.Object == party && f.Subject != person {
			return true
		}
	}
	return false
}

// tiedToOtherParty reports whether a fact makes person e a member or
// leader of a party other than party.
func (a *analysis) tiedToOtherParty(e, party int) bool {
	for _, f := range a.doc.Facts {
		if f.Subject == e && f.Object != party && (f.Predicate == MemberOf || f.Predicate == LeaderOf) && a.isParty(f.Object) {
			return true
		}
	}
	return false
}
