package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A country named as the subject of a sports story is most often its
// national side, which British English makes plural like a club: "Scotland
// secured their first win of the campaign", "England, who have lost three
// games in a row, wasted a lead in their 18-17 defeat to France", "Wales
// beat Italy. They now face France." The possessive resolver binds "their"
// and a sentence-opening "They"/"Their" only to a body that takes a
// plural pronoun; this file says which do.
//
// Outside a sports story a country's "their" is its people's or its
// leaders' ("Britain and France said their troops ..."), and nothing is
// bound.

// takesPlural reports whether entity e is a body "they" and "their" can
// stand for: a sports team, a band or a party by the nominal resolver's
// evidence, or a country in a sports story (its national side).
func (a *analysis) takesPlural(e int, classes []nomClass) bool {
	switch a.doc.Entities[e].Type {
	case Organization:
		return e < len(classes) && classes[e]&pluralBodies != 0
	case Country:
		return a.sportsStory()
	}
	return false
}

// sideModifierNouns after a country make it a modifier of a person or a
// group, not the side itself: "US coach Patrick McEnroe wants Roddick ...
// to hone their skills", "England fans ... their". The tagger reads some
// of them as verbs ("coach", "boss"), which the namesModifier check does
// not catch.
var sideModifierNouns = lexicon.WordSet(`coach coaches manager boss captain
	skipper players player squad fans supporters selectors chief chiefs`)

// countryModifies reports whether the country mention m (a sentence's
// subject) modifies the noun after it ("US coach", "England fans").
func (a *analysis) countryModifies(m *mention) bool {
	return a.doc.Entities[m.entity].Type == Country && m.t1 < a.sentTokens[m.sent].End &&
		sideModifierNouns[a.tokens[m.t1].Lower()]
}

// relativeClauseEnd returns, when a relative clause set off by commas
// opens at token k (", who have lost three games in a row,") and closes
// before token t, the token after its closing comma; else k.
func (a *analysis) relativeClauseEnd(k, t int) int {
	if k+1 >= t || a.tokens[k].Text != "," {
		return k
	}
	switch a.tokens[k+1].Lower() {
	case "who", "which":
	default:
		return k
	}
	for j := k + 2; j < t; j++ {
		if a.tokens[j].Text == "," {
			return j + 1
		}
	}
	return k
}
