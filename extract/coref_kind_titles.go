package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Leaders named through a kind noun that stands for the body in their
// title: "The SUD-Rail union called the strike ... Union leader Martine
// Roux told a rally", "the turmoil around party leader Gordon Vickers".
// News names a party or a union once and then puts the bare kind word
// before its leader's role, as it puts "its" ("Its leader, X": the
// possessive titles of coref_possessive_titles.go, whose leader and
// official readings this pass shares). The title rules read no such noun
// ("party") or read a capitalised one as a body of its own ("Union").
//
// The noun stands for the one body of its kind the person is already tied
// to by a fact, else the one body of its kind the text has named up to the
// title. Two candidates ("Labour and the Tories ... party leader X") bind
// none: a wrong body makes a false fact, a missing one only loses it. A
// bloc or international body the gazetteer knows (the European Union, the
// African Union) is never a trade union's "union leader". A name before
// the noun ("Labour party leader X") is a title the title rules read; a
// word that makes the post another's or a past one ("former party leader
// X", "rival party leader X") reads nothing.

// Rules of the facts this pass adds.
const (
	ruleLeaderKindNoun = "leaderOf/kind-noun-coref" // "party leader Gordon Vickers"
	ruleMemberKindNoun = "memberOf/kind-noun-coref" // "party spokesman Tom Hale"
)

// kindTitleNouns are the kind nouns that stand for a body before its
// holder's role, with the nominal resolver's classes of the bodies each
// can mean (coref_nominals.go, coref_bodies.go).
var kindTitleNouns = map[string]nomClass{
	"party": nomParty, // "party leader Gordon Vickers"
	"union": nomUnion, // "union leader Martine Roux"
}

// kindNounLeaders adds the leaderOf (and a party's memberOf) facts of the
// roles after a bare kind noun.
func (x *Extractor) kindNounLeaders(a *analysis) {
	var classes []nomClass
	for s := range a.sentTokens {
		r := a.sentTokens[s]
		for k := r.Start; k+2 < r.End; k++ {
			cls, ok := kindTitleNouns[a.tokens[k].Lower()]
			if !ok {
				continue
			}
			own, ok := a.bareKindNoun(s, k)
			if !ok {
				continue
			}
			role := a.possessiveRoleAt(s, k+1)
			if role.person < 0 {
				continue
			}
			if classes == nil {
				classes = x.entityClasses(a)
			}
			body := a.personBodyOf(role.person, cls, classes)
			if body == own {
				body = -1 // "Union leader X": the title rules' body is the word itself
			}
			if body < 0 {
				body = x.soleKindNamed(a, k, own, cls, classes)
			}
			if body < 0 {
				continue
			}
			if role.lead {
				a.leadThroughPossessive(role.person, body, s, ruleLeaderKindNoun, ruleMemberKindNoun)
			} else if a.isParty(body) && !a.hasFact(role.person, MemberOf, body) {
				a.doc.Facts = append(a.doc.Facts, Fact{Subject: role.person, Predicate: MemberOf, Object: body, Sentence: s,
					Rule: ruleMemberKindNoun, Confidence: 0.7})
			}
		}
	}
}

// kindNounBlockers before the noun make the post another's or a past one:
// "former party leader X", "rival union leader X".
var kindNounBlockers = lexicon.WordSet(`former ex ex- rival opposing breakaway
	late then previous another other`)

// bareKindNoun reports whether the kind noun at token k of sentence s
// stands alone for a body: lower case, or capitalised only as the
// sentence's first word, with no name before it. A capitalised first
// word the mention stage took for a body's name ("Union") is returned as
// own, which then names no candidate; -1 when there is none.
func (a *analysis) bareKindNoun(s, k int) (own int, ok bool) {
	lo := a.sentTokens[s].Start
	t := a.tokens[k]
	if isCapWord(t) && k > lo && !isOpener(a.tokens[k-1], t) {
		return -1, false // "Labour Party leader", "Workers' Union leader": a name's word
	}
	if k > lo {
		p := a.tokens[k-1]
		if isCapWord(p) || kindNounBlockers[p.Lower()] || lexicon.NotLeaderModifiers[p.Lower()] || rivalWords[p.Lower()] {
			return -1, false
		}
	}
	own = -1
	for _, m := range a.mentionsInSentence(s) {
		if m.t0 > k || m.t1 <= k || m.hidden {
			continue
		}
		if m.t0 != k || m.t1 != k+1 || m.kind != MentionName {
			return -1, false // part of a longer name or title
		}
		own = m.entity
	}
	return own, true
}

// soleKindNamed returns the one organisation of class cls that the text
// names before token k, other than own and, for a union, the blocs the
// gazetteer knows, or -1 when there is none or more than one.
func (x *Extractor) soleKindNamed(a *analysis, k, own int, cls nomClass, classes []nomClass) int {
	found := -1
	for i := range a.ments {
		m := &a.ments[i]
		if m.t0 >= k {
			break
		}
		e := m.entity
		if e < 0 || e == own || e == found || m.hidden || m.kind != MentionName || e >= len(classes) || classes[e]&cls == 0 {
			continue
		}
		if ent := a.doc.Entities[e]; ent.Type != Organization || cls == nomUnion && x.gazOrg(ent.Name) {
			continue // the European Union is no trade union
		}
		if found >= 0 {
			return -1 // two bodies of the kind: which one is meant is open
		}
		found = e
	}
	if found >= 0 && a.otherKindNamed(k, found, cls) {
		return -1
	}
	return found
}

// otherKindNamed reports whether the text before token k writes a body
// of class cls by a capitalised word and the kind noun ("the Kestrel
// union") that names no mention of body found: a second body of the kind
// the mention stage did not take as a name still makes the noun's
// referent open.
func (a *analysis) otherKindNamed(k, found int, cls nomClass) bool {
	for j := 1; j < k; j++ {
		if c, ok := kindTitleNouns[a.tokens[j].Text]; !ok || c != cls || !isCapWord(a.tokens[j-1]) {
			continue
		}
		if !a.mentionOfAt(found, j-1) {
			return true
		}
	}
	return false
}

// mentionOfAt reports whether a mention of entity e covers token t. The
// token index of published mentions is not built yet when coreference
// runs, so the mentions are read.
func (a *analysis) mentionOfAt(e, t int) bool {
	for i := range a.ments {
		if m := &a.ments[i]; m.entity == e && m.t0 <= t && t < m.t1 {
			return true
		}
	}
	return false
}
