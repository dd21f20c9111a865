package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A story lists music acts after a plural noun for bands and a word that
// opens examples: "bands including Keane, Franz Ferdinand and Razorlight",
// "groups such as Kasabian". Every name of that list is an act, though
// its shape alone ("Keane", a surname; "Franz Ferdinand", a first name
// and a surname) says a person. Only nouns that name bands alone open
// such a list: "acts" and "artists" include solo singers ("artists
// including Dido"), and bandsByNoun still keeps a name the text marks as
// a person elsewhere.

// actListNouns are plural nouns whose examples are bands.
var actListNouns = lexicon.WordSet(`bands groups`)

// actListOpeners open a list of examples after a plural noun; "such as"
// is matched on its last word.
var actListOpeners = lexicon.WordSet(`including like as featuring`)

// actListMember reports whether m stands in a list of names opened by an
// act list noun and an opener ("bands including X, Y and Z"): walking
// left from m over commas, "and" and capitalised words, the walk must
// reach an opener right after an act list noun.
func (a *analysis) actListMember(m *mention) bool {
	lo := a.sentTokens[m.sent].Start
	k := m.t0 - 1
	for k >= lo {
		t := a.tokens[k]
		if t.Text == "," || t.Text == "and" || isCapWord(t) {
			k--
			continue
		}
		break
	}
	if k < lo+1 || !actListOpeners[a.tokens[k].Lower()] {
		return false
	}
	if a.tokens[k].Lower() == "as" {
		if k < lo+2 || a.tokens[k-1].Lower() != "such" {
			return false
		}
		k-- // "such as"
	}
	return actListNouns[a.tokens[k-1].Lower()]
}
