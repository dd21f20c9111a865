package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Parties and members the entity stage leaves unformed. Parties are as
// often named in common words ("Civic Passion", "People Power", "Law and
// Justice") as persons are ("Nathan Law", "Starry Lee"), and a run of
// capitalised common words is dropped as a slogan or a title. The
// constructions of election copy place them: "Raymond Chan of People
// Power" among other candidates "of" their parties, "localist group
// Civic Passion's Wong Yeung-tat", "Demosisto's Nathan Law" after a
// party's possessive. The run is made an organisation, or a person,
// only where the sentence is one of party politics. Tests:
// relations_politics_unformed_test.go.

// Rule names shown by --explain.
const (
	ruleUnformedPartyOf   = "politics:name-of-unformed-party"    // "Raymond Chan of People Power"
	ruleUnformedPartyPoss = "politics:unformed-party-possessive" // "group Civic Passion's Wong Yeung-tat"
	ruleUnformedMember    = "politics:party-possessive-unformed" // "Demosisto's Nathan Law"
)

// groupNouns before a capitalised run say it is a political group's name
// in a sentence about politics ("localist group Civic Passion", "the
// new movement Forward Together").
var groupNouns = lexicon.WordSet(`group party movement alliance faction bloc`)

// runJoiners may stand inside a party's name between capitalised words
// ("Brothers of Italy", "Law and Justice"), but not before a person's
// name: "Jed Marsh of Future Voice and Ann Lee of ..." is a list.
var runJoiners = lexicon.WordSet(`of and for`)

// unformedFirmTails end the names of firms and works, never a party's
// ("Green Valley Farms", "Red Door Studios").
var unformedFirmTails = lexicon.WordSet(`farms holdings industries enterprises products
	systems solutions technologies labs studios records pictures resources
	estates properties partners`)

// unformedParties adds the organisations and persons of the
// constructions above with the memberships they state.
func (r *relState) unformedParties() {
	a := r.a
	if len(a.tokens) == 0 {
		return
	}
	var lx *lineupIndex
	index := func() *lineupIndex {
		if lx == nil {
			lx = newLineupIndex(a)
		}
		return lx
	}
	political := map[int]bool{}
	for s := range a.sentTokens {
		political[s] = a.politicalSentence(s)
	}
	for _, m := range a.ments {
		if !political[m.sent] || m.kind != MentionName && m.kind != MentionAcronym || m.entity < 0 || m.hidden {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		switch r.typeOf(m.entity) {
		case Person:
			if m.kind != MentionName {
				continue
			}
			// "Raymond Chan of People Power": a party of common words.
			if t0, t1 := a.unformedRunAfterOf(m.t1, hi); t0 >= 0 && r.partyRun(m.sent, t0, t1, false) {
				if org := r.unformedEntity(index(), t0, t1, Organization); org >= 0 {
					r.add(m.entity, MemberOf, org, m.sent, ruleUnformedPartyOf, confBareTitle)
				}
			}
			// "localist group Civic Passion's Wong Yeung-tat".
			if k := m.t0 - 1; k-1 > lo && isPossessive(a.tokens[k].Text) {
				if t0 := a.unformedRunBefore(k, lo); t0 >= 0 && r.partyRun(m.sent, t0, k, true) {
					if org := r.unformedEntity(index(), t0, k, Organization); org >= 0 {
						r.add(m.entity, MemberOf, org, m.sent, ruleUnformedPartyPoss, confBareTitle)
					}
				}
			}
		case Organization:
			// "Demosisto's Nathan Law", "DAB's Starry Lee and Holden Chow".
			if !r.partyOrg(m.entity) || m.t1+2 >= hi || !isPossessive(a.tokens[m.t1].Text) {
				continue
			}
			t0 := m.t1 + 1
			t1 := t0
			for t1 < hi && t1-t0 < 3 && isCapWord(a.tokens[t1]) && !isPossessive(a.tokens[t1].Text) {
				t1++
			}
			if t1-t0 < 2 || t1 < hi && (isCapWord(a.tokens[t1]) || isPossessive(a.tokens[t1].Text)) {
				continue
			}
			p := r.possessedPerson(index(), t0, t1)
			if p < 0 {
				continue
			}
			r.add(p, MemberOf, m.entity, m.sent, ruleUnformedMember, confBareTitle)
			// The possessive covers a name coordinated after it.
			if t1+1 < hi && a.tokens[t1].Lower() == "and" {
				if q := a.personStartingAt(t1 + 1); q >= 0 {
					r.add(q, MemberOf, m.entity, m.sent, ruleUnformedMember, confBareTitle)
				}
			}
		}
	}
	if lx != nil {
		lx.commit()
	}
}

// unformedRunAfterOf returns the capitalised run after "of"/"from" (and
// "the") at token t, or -1, -1: at most five words with joiners inside,
// ending the clause (a comma, the sentence's end, "and", or a verb),
// not a noun phrase going on ("of the Social Welfare constituency").
func (a *analysis) unformedRunAfterOf(t, hi int) (int, int) {
	if t+1 >= hi || a.tokens[t].Lower() != "of" && a.tokens[t].Lower() != "from" {
		return -1, -1
	}
	t0 := t + 1
	if a.tokens[t0].Lower() == "the" {
		t0++
	}
	t1 := t0
	for t1 < hi && t1-t0 < 5 && (isCapWord(a.tokens[t1]) && !isPossessive(a.tokens[t1].Text) ||
		runJoiners[a.tokens[t1].Text] && t1 > t0 && t1+1 < hi && isCapWord(a.tokens[t1+1]) && a.personStartingAt(t1+1) < 0) {
		t1++
	}
	if t1 == t0 || t1 < hi && !a.clauseGoesOn(t1) {
		return -1, -1
	}
	return t0, t1
}

// clauseGoesOn reports whether token t after a name closes the phrase
// the name ends: punctuation, "and", or a word that is no noun going on
// with the name (a verb: "of People Power won").
func (a *analysis) clauseGoesOn(t int) bool {
	tok := a.tokens[t]
	if tok.Flags&textseg.TPunct != 0 {
		return !isPossessive(tok.Text) && tok.Text != "-"
	}
	w := tok.Lower()
	if w == "and" || w == "were" || w == "was" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" || w == "who" {
		return true
	}
	return strings.HasSuffix(w, "ed") && !isCapWord(tok)
}

// unformedRunBefore returns where the capitalised run ending right
// before the possessive at token k starts, after a group noun
// ("localist group Civic Passion's"), or -1.
func (a *analysis) unformedRunBefore(k, lo int) int {
	t0 := k
	for t0-1 >= lo && k-t0 < 4 && isCapWord(a.tokens[t0-1]) {
		t0--
	}
	if t0 == k || t0-1 < lo || !groupNouns[a.tokens[t0-1].Text] {
		return -1
	}
	return t0
}

// partyRun reports whether the unformed run [t0, t1) of sentence s is a
// party's name: no mention covers any of it but names inside ("Italy" in
// "Brothers of Italy"), no place or body the gazetteer knows, more than
// one word, and a party's shape ("Social Democrats"), a group noun
// before it (grouped: "localist group Civic Passion's"), or another
// party the sentence places a person in the same way ("Alvin Yeung from
// the Civic Party, Raymond Chan of People Power"): a think tank or a
// firm beside a party named otherwise is no party ("Tom Hale of Open
// Europe said Labour ...").
func (r *relState) partyRun(s, t0, t1 int, grouped bool) bool {
	a := r.a
	if t1-t0 < 2 {
		return false
	}
	for _, m := range a.ments {
		if m.t1 > t0 && m.t0 < t1 && (m.t0 < t0 || m.t1 > t1 || m.t0 == t0 && m.t1 == t1) {
			return false
		}
	}
	name := a.surface(t0, t1)
	if r.gaz != nil {
		if _, ok := r.gaz.Lookup(name); ok {
			return false
		}
	}
	last := a.tokens[t1-1].Lower()
	if unformedFirmTails[last] || companyTails[last] || nonGroupHeads[last] || firmOrPaperName(name) {
		return false
	}
	if partyNamed(name) || grouped {
		return true
	}
	return a.partyOfPerson(s, t0)
}

// partyOfPerson reports whether sentence s places a person in a party
// by "of"/"from" ("Fernando Cheung of the Labour Party") at a mention
// other than the one at token not.
func (a *analysis) partyOfPerson(s, not int) bool {
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	for _, m := range a.ments {
		if m.t0 < lo || m.t1 > hi || m.t0 == not || m.entity < 0 || m.hidden || !a.isParty(m.entity) {
			continue
		}
		p := m.t0 - 1
		if p >= lo && a.tokens[p].Lower() == "the" {
			p--
		}
		if p >= lo && lexicon.RespectiveWords[a.tokens[p].Lower()] {
			p-- // "Kwok Ka-ki and Andrew Wan of respectively Civic Party and ..."
		}
		if p-1 < lo || a.tokens[p].Lower() != "of" && a.tokens[p].Lower() != "from" {
			continue
		}
		if q := a.entityEndingAt(p); q >= 0 && a.doc.Entities[q].Type == Person {
			return true
		}
	}
	return false
}

// partyOrg reports whether organisation e, its possessive before a
// person's name in a sentence of politics, is a party: by its name or
// the text, or as a group that is no firm, paper, agency, sport's body
// or organisation the gazetteer knows ("DAB's Ben Chan").
func (r *relState) partyOrg(e int) bool {
	a := r.a
	if a.isParty(e) {
		return true
	}
	name := a.doc.Entities[e].Name
	if firmOrPaperName(name) || governingSportBody(name) {
		return false
	}
	fs := strings.Fields(name)
	if nonGroupHeads[strings.ToLower(fs[len(fs)-1])] {
		return false
	}
	if r.gaz != nil {
		if g, ok := r.gaz.Lookup(name); ok && g.Type == "Organization" {
			return false
		}
	}
	return true
}

// possessedPerson returns the person the run [t0, t1) after a party's
// possessive names: one made of it when no mention touches it, or the
// entity of a mention spanning it that the entity stage could not type
// and no fact uses ("Starry Lee", in common words, is left an
// organisation), retyped a person. Any other mention gives -1.
func (r *relState) possessedPerson(lx *lineupIndex, t0, t1 int) int {
	a := r.a
	for _, m := range a.ments {
		if m.t1 <= t0 || m.t0 >= t1 || m.entity < 0 {
			continue
		}
		if m.t0 != t0 || m.t1 != t1 || m.hidden || m.kind != MentionName {
			return -1
		}
		// A person already formed is left to the title stage's reading
		// (titles_affiliations.go).
		if m.typ == "" && r.typeOf(m.entity) == Organization && !lx.inFact(m.entity) && lx.setType(m.entity, Person) {
			return m.entity
		}
		return -1
	}
	return r.unformedEntity(lx, t0, t1, Person)
}

// personStartingAt returns the person entity of a visible name mention
// opening at token t, or -1.
func (a *analysis) personStartingAt(t int) int {
	for _, m := range a.ments {
		if m.t0 == t && m.entity >= 0 && !m.hidden && m.kind == MentionName && a.doc.Entities[m.entity].Type == Person {
			return m.entity
		}
	}
	return -1
}

// unformedEntity makes the entity the run [t0, t1) names, or finds the
// one an earlier sentence made of the same words.
func (r *relState) unformedEntity(lx *lineupIndex, t0, t1 int, typ EntityType) int {
	name := r.a.surface(t0, t1)
	for _, e := range lx.byName[textseg.Lower(name)] {
		if r.typeOf(e) == typ {
			return e
		}
		return -1
	}
	return lx.create(name, typ, t0, t1)
}
