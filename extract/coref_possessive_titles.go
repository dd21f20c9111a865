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
// to it, and a missing one is added. The leader may also be named before
// the phrase, in apposition ("Nissan ... after Carlos Ghosn, its highly
// successful boss, takes charge at Renault").

// ruleLeaderPossessive and ruleMemberPossessive name the leaderOf and
// memberOf facts this pass adds.
const (
	ruleLeaderPossessive = "leaderOf/possessive-coref"
	ruleMemberPossessive = "memberOf/possessive-coref"
)

// possessiveRoleMods may stand between the possessive and its role:
// "its new chief executive", "their acting leader".
var possessiveRoleMods = lexicon.WordSet(`new current acting interim`)

// possessiveTimeMods are adjectives that date a post to before or after
// the story ("its late chairman", "its then boss", "its first president",
// "its next leader"): the holder is not its head now, so the descriptive
// adjectives possessiveRoleAt otherwise reads past ("its highly
// successful boss") stop the role here.
var possessiveTimeMods = lexicon.WordSet(`late then previous last next first
	original founding`)

// possessiveLeaderPhrases are the two-word leader roles after a
// possessive; only "prime minister" leads a country.
var possessiveLeaderPhrases = lexicon.RoleClass("possessive-leader-phrase")

// partySubRoles before a role make its holder one of a party's
// officials rather than its leader: "its deputy leader", "its general
// secretary", "its regional chairman".
var partySubRoles = lexicon.WordSet(`deputy general regional campaign parliamentary
	assistant vice`)

// partyOfficials are the posts whose holders a party counts among its
// members ("its spokesman, X", "their candidate X"), besides its leaders
// and the seats of partyRoles ("its MP X").
var partyOfficials = lexicon.RoleClass("party-possessive")

// possessiveRole is a role phrase after a possessive pronoun and the
// person it names.
type possessiveRole struct {
	person int  // the holder's entity
	lead   bool // a leader's role ("its chief executive", not "its deputy leader")
	place  bool // a role that leads a country ("its prime minister")
	end    int  // the token after the role words, -1 when no role was read
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
			// "Carlos Ghosn, its highly successful boss, takes charge":
			// the holder named before, the role in apposition to him.
			r.person = a.personApposedBefore(p, r.end)
		}
		if r.person < 0 {
			continue
		}
		if !r.lead {
			if a.isParty(p.entity) && !a.hasFact(r.person, MemberOf, p.entity) {
				a.doc.Facts = append(a.doc.Facts, Fact{Subject: r.person, Predicate: MemberOf, Object: p.entity, Sentence: p.sent,
					Rule: ruleMemberPossessive, Confidence: 0.7})
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
		a.leadThroughPossessive(r.person, p.entity, p.sent, ruleLeaderPossessive, ruleMemberPossessive)
	}
}

// possessiveRoleAt parses a role phrase opening at token k of sentence s,
// followed by a person's name directly or set off by a comma: a leader's
// role, or a party official's ("its deputy leader", "its Saxony leader",
// "its spokesman"). The person is -1 when there is none.
func (a *analysis) possessiveRoleAt(s, k int) possessiveRole {
	r := possessiveRole{person: -1, end: -1}
	end := a.sentTokens[s].End
	for k < end && possessiveRoleMods[a.tokens[k].Lower()] {
		k++
	}
	k = a.skipPraiseWords(s, k, end)
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
	r.end = k
	if k < end && a.tokens[k].Text == "," {
		k++
	}
	r.person = a.personNameAt(k)
	return r
}

// skipPraiseWords reads past the lower-case adverbs and adjectives that
// describe a holder without changing the post, from token k of sentence
// s: "its highly successful boss", "their popular leader". It stops at a
// word that makes the post another's, a part's or a past or future one
// ("former", "deputy", "finance", "European", "late", "next"), which the
// role reading then refuses or reads as a sub-role.
func (a *analysis) skipPraiseWords(s, k, end int) int {
	a.tagSentence(s)
	next := k
	for j := k; j < end && j-k < 3; j++ {
		t := a.tokens[j]
		w := t.Lower()
		// Role words ("chief", "managing", "prime") belong to the role.
		if t.Text != w || t.Tag != "JJ" && t.Tag != "RB" || isRoleWord(w) || lexicon.NotLeaderModifiers[w] || lexicon.PastTitleMods[w] ||
			futureTitleMods[w] || lexicon.FunctionalModifiers[w] || regionModifiers[w] || possessiveTimeMods[w] ||
			partySubRoles[w] || strings.HasPrefix(w, "ex-") {
			break
		}
		if t.Tag == "JJ" {
			next = j + 1 // an adverb alone ("its only boss") is no modifier of the role
		}
	}
	return next
}

// personApposedBefore returns the person whose name stands just before
// the comma that opens possessive p's role phrase, the role closing at
// token end with a comma, a full stop or the sentence end ("Carlos
// Ghosn, its highly successful boss, takes charge"), or -1. A name after
// the role is possessiveRoleAt's ("Vivendi, its chief executive X").
func (a *analysis) personApposedBefore(p mention, end int) int {
	lo, hi := a.sentTokens[p.sent].Start, a.sentTokens[p.sent].End
	if end < 0 || p.t0-2 < lo || a.tokens[p.t0-1].Text != "," {
		return -1
	}
	if end < hi && a.tokens[end].Text != "," && a.tokens[end].Text != "." && a.tokens[end].Text != ";" {
		return -1
	}
	for _, m := range a.mentionsInSentence(p.sent) {
		if m.t1 == p.t0-1 && !m.hidden && m.entity >= 0 && m.kind == MentionName && a.doc.Entities[m.entity].Type == Person {
			return m.entity
		}
	}
	return -1
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
// without one a fact is added. A party's leader is also its member. The
// facts carry the rule names of the caller's construction (leadRule,
// memberRule): the possessive's, or the kind noun's (coref_kind_titles.go).
func (a *analysis) leadThroughPossessive(person, body, s int, leadRule, memberRule string) {
	if a.isParty(body) && !a.hasFact(person, MemberOf, body) {
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: MemberOf, Object: body, Sentence: s,
			Rule: memberRule, Confidence: 0.7})
	}
	if a.hasFact(person, LeaderOf, body) {
		return
	}
	for i := range a.doc.Facts {
		f := &a.doc.Facts[i]
		if f.Subject == person && f.Predicate == LeaderOf && f.Sentence == s && strings.HasPrefix(f.Rule, "title:") {
			f.Object, f.Rule = body, leadRule
			return
		}
	}
	a.doc.Facts = append(a.doc.Facts, Fact{Subject: person, Predicate: LeaderOf, Object: body, Sentence: s,
		Rule: leadRule, Confidence: 0.7})
}
