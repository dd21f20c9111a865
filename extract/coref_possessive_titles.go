package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Leaders named through a resolved possessive: "The country joined the EU
// in 2004. Its prime minister, Marek Belka, ...", "The Conservatives
// launched their manifesto. Their leader, Michael Howard, said ...".
// The title rules run before coreference and read "its" as the latest
// organisation, country or city named (the EU, or London after "launched
// its manifesto in London"), and do not read "their" at all. Once the
// possessive resolver has bound the pronoun to the body the sentences are
// about, the leader of the role phrase after it leads that body: a title
// fact of the same person and sentence that named another body is moved
// to it, and a missing one is added.

// ruleLeaderPossessive names the leaderOf facts this pass adds.
const ruleLeaderPossessive = "leaderOf/possessive-coref"

// possessiveRoleMods may stand between the possessive and its role:
// "its new chief executive", "their acting leader".
var possessiveRoleMods = lexicon.WordSet(`new current acting interim`)

// possessiveLeaderPhrases are the two-word leader roles after a
// possessive; only "prime minister" leads a country.
var possessiveLeaderPhrases = map[string]bool{
	"prime minister": true, "chief executive": true, "secretary general": true,
	"managing director": true,
}

// partySubRoles before a role make its holder one of a party's
// officials rather than its leader: "its deputy leader", "its general
// secretary", "its regional chairman".
var partySubRoles = lexicon.WordSet(`deputy general regional campaign parliamentary
	assistant vice`)

// partyOfficials are the posts whose holders a party counts among its
// members ("its spokesman, X", "their candidate X"), besides its leaders
// and the seats of partyRoles ("its MP X").
var partyOfficials = lexicon.WordSet(`secretary treasurer spokesman spokeswoman
	candidate whip agent founder organiser lawmaker`)

// possessiveRole is a role phrase after a possessive pronoun and the
// person it names.
type possessiveRole struct {
	person int  // the holder's entity
	lead   bool // a leader's role ("its chief executive", not "its deputy leader")
	place  bool // a role that leads a country ("its prime minister")
}

// possessiveLeaders adds or moves the leaderOf facts of the role phrases
// after the possessive pronoun mentions in ms ("Its chief executive Rod
// Eddington", "Their leader, Michael Howard,"), and a party's memberOf
// for its officials ("Its general secretary, Kavita Menon,").
func (a *analysis) possessiveLeaders(ms []mention) {
	for _, p := range ms {
		if p.entity < 0 {
			continue
		}
		r := a.possessiveRoleAt(p.sent, p.t1)
		if r.person < 0 {
			continue
		}
		if !r.lead {
			if a.isParty(p.entity) && !a.hasFact(r.person, MemberOf, p.entity) {
				a.doc.Facts = append(a.doc.Facts, Fact{Subject: r.person, Predicate: MemberOf, Object: p.entity, Sentence: p.sent,
					Rule: "memberOf/possessive-coref", Confidence: 0.7})
			}
			continue
		}
		switch a.doc.Entities[p.entity].Type {
		case Organization:
		case Country:
			if !r.place {
				continue // "its chairman" of a country is a body's
			}
		default:
			continue
		}
		a.leadThroughPossessive(r.person, p.entity, p.sent)
	}
}

// possessiveRoleAt parses a role phrase opening at token k of sentence s,
// followed by a person's name directly or set off by a comma: a leader's
// role, or a party official's ("its deputy leader", "its Saxony leader",
// "its spokesman"). The person is -1 when there is none.
func (a *analysis) possessiveRoleAt(s, k int) possessiveRole {
	r := possessiveRole{person: -1}
	end := a.sentTokens[s].End
	for k < end && possessiveRoleMods[a.tokens[k].Lower()] {
		k++
	}
	sub := false
	if k+1 < end && isCapWord(a.tokens[k]) && !isCapWord(a.tokens[k+1]) {
		sub = true // "its Saxony leader": a branch's
		k++
	}
	for k < end && partySubRoles[a.tokens[k].Lower()] {
		sub = true
		k++
	}
	if k >= end || isCapWord(a.tokens[k]) {
		return r
	}
	w := a.tokens[k].Lower()
	switch {
	case k+1 < end && possessiveLeaderPhrases[w+" "+a.tokens[k+1].Lower()]:
		r.place = w == "prime"
		r.lead = !sub
		k += 2
	case lexicon.LeaderRoles[w]:
		r.place = lexicon.PlaceLeaderRoles[w]
		r.lead = !sub
		k++
	case partyOfficials[w] || partyRoles[w]:
		k++
	default:
		return r
	}
	if k < end && a.tokens[k].Text == "," {
		k++
	}
	r.person = a.personNameAt(k)
	return r
}

// personNameAt returns the person of the visible name mention opening at
// token t, or -1.
func (a *analysis) personNameAt(t int) int {
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= t })
	for ; i < len(a.ments) && a.ments[i].t0 == t; i++ {
		m := &a.ments[i]
		if !m.hidden && m.entity >= 0 && m.kind == MentionName && a.doc.Entities[m.entity].Type == Person {
			return m.entity
		}
	}
	return -1
}

// leadThroughPossessive makes person the leader of body in sentence s:
// a title fact of that sentence naming another body moves to it, and
// without one a fact is added. A party's leader is also its member.
func (a *analysis) leadThroughPossessive(person, body, s int) {
	if a.isParty(body) && !a.hasFact(person, MemberOf, body) {
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: MemberOf, Object: body, Sentence: s,
			Rule: "memberOf/possessive-coref", Confidence: 0.7})
	}
	if a.hasFact(person, LeaderOf, body) {
		return
	}
	for i := range a.doc.Facts {
		f := &a.doc.Facts[i]
		if f.Subject == person && f.Predicate == LeaderOf && f.Sentence == s && strings.HasPrefix(f.Rule, "title:") {
			f.Object, f.Rule = body, ruleLeaderPossessive
			return
		}
	}
	a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: LeaderOf, Object: body, Sentence: s,
		Rule: ruleLeaderPossessive, Confidence: 0.7})
}
