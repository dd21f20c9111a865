package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A hotel, stadium, theatre or court is often named after a person
// ("the Waldorf Astoria", "Roland Garros", "the Carrow Palmer"): with no
// head word, the name rules read its two capitalised words as a first
// name and a surname and type it Person. Where the sentence places
// something at it, the name is a place (GOLD.md's Place: other named
// locations):
//
//	a dinner at the Waldorf Astoria     "at the" before it: no person takes the article
//	the final at Roland Garros          a venue cue before "at" (venueSlot)
//	the semi-finals at Roland Garros    the cue in the plural
//	a ceremony at New York's Waldorf Astoria   a city's or country's possessive after "at"
//
// A person is aimed at, looked at or angry at by name, never "at the"
// name, and a venue cue ("held", "match", "based") says the "at" is one
// of place. A name the article marks as a person elsewhere (an honorific,
// a title) keeps its type; a noun after it ("at the Bill Cole
// foundation") makes it a modifier of something else, and every mention
// of the name follows the one retyped.
func (a *analysis) personNamedVenues() {
	ms := a.ments
	retyped := map[string]bool{}
	for k := range ms {
		m := &ms[k]
		if !m.personByShapeOnly() || retyped[m.surface] {
			continue
		}
		if !a.atTheName(m) && !a.venueSlot(m) && !a.atPlacesName(m) && !a.pluralCueAt(m) {
			continue
		}
		if a.modifiesNoun(m) || a.usedAsPerson(k, true) {
			continue
		}
		retyped[m.surface] = true
	}
	a.retypeShapePersons(retyped, Place)
}

// retypeShapePersons gives typ to every bare name mention typed Person
// whose surface is in retyped: the typing passes decide on one mention
// and every mention of the same name follows it.
func (a *analysis) retypeShapePersons(retyped map[string]bool, typ EntityType) {
	for k := range a.ments {
		if o := &a.ments[k]; o.kind == MentionName && o.typ == Person && o.canon == "" && retyped[o.surface] {
			o.typ, o.strong, o.firstName, o.gender = typ, true, false, 0
		}
	}
}

// atTheName reports whether m follows "at the" with a lower-case "at".
func (a *analysis) atTheName(m *mention) bool {
	toks := a.tokens
	p := m.t0 - 1
	return a.lowerAt(m.sent, p) && a.lowerAt(m.sent, p-1) && toks[p].Text == "the" && toks[p-1].Text == "at"
}

// atPlacesName reports whether m follows "at" and a place's possessive:
// "at New York's Waldorf Astoria", "at London's Carrow Palmer". A person
// is a city's only with a role between ("London's mayor Ken Livingstone").
func (a *analysis) atPlacesName(m *mention) bool {
	toks := a.tokens
	p := m.t0 - 1
	if p < a.sentTokens[m.sent].Start || !isPossessive(toks[p].Text) {
		return false
	}
	o := a.nameEndingAt(p - 1)
	if o == nil || o.typ != City && o.typ != Country && o.typ != Place {
		return false
	}
	return a.lowerAt(m.sent, o.t0-1) && toks[o.t0-1].Text == "at"
}

// pluralCueAt reports whether m follows "at" after a venue cue in the
// plural ("the semi-finals at Roland Garros", "matches at Carrow
// Palmer"), which venueSlot reads only in the singular.
func (a *analysis) pluralCueAt(m *mention) bool {
	toks := a.tokens
	p := m.t0 - 1
	if !a.lowerAt(m.sent, p) || toks[p].Text != "at" || !a.lowerAt(m.sent, p-1) {
		return false
	}
	w := toks[p-1].Lower()
	return strings.HasSuffix(w, "s") && (venueCues[strings.TrimSuffix(w, "s")] || venueCues[strings.TrimSuffix(w, "es")])
}

// hotelNouns, lower-case right after a name of two words or more, say it
// is a venue's as the venue heads do ("at the Beverly Hilton hotel"); one
// word before "hotel" is a chain's brand ("the Hilton hotel in Paris"),
// an organisation's name (see venueHeadNouns).
var hotelNouns = lexicon.WordSet(`hotel hotels`)

// modifiesNoun reports whether m is a modifier of a word after it rather
// than a whole name: a possessive, a digit or capitalised word, or a
// lower-case word that no preposition, conjunction, adverb or finite verb
// is ("at the Bill Cole foundation", "at the Jose M Cagigal Memorial
// meeting", "at the Alma Rees conducting competition"). A venue's head
// noun after it ("at the Beverly Hilton hotel") keeps it a place, unless
// that noun itself modifies another ("at the Rosa Diaz theatre academy").
func (a *analysis) modifiesNoun(m *mention) bool {
	k := m.t1
	if k < a.sentTokens[m.sent].End {
		w := a.tokens[k].Lower()
		if venueHeadNouns[w] || hotelNouns[w] && m.t1-m.t0 >= 2 {
			k++
		}
	}
	return !a.closesName(m.sent, k)
}

// closesName reports whether token k of sentence s ends the noun phrase
// before it: the sentence's end, punctuation other than a possessive,
// or a lower-case preposition, conjunction, adverb, modal, wh-word or
// finite verb.
func (a *analysis) closesName(s, k int) bool {
	if k >= a.sentTokens[s].End {
		return true
	}
	a.tagSentence(s)
	t := a.tokens[k]
	if isPossessive(t.Text) {
		return false
	}
	if t.Flags&textseg.TPunct != 0 {
		return true
	}
	if t.Flags&(textseg.TCap|textseg.TUpper|textseg.TDigit) != 0 {
		return false
	}
	switch {
	case t.Tag == "IN" || t.Tag == "TO" || t.Tag == "CC" || t.Tag == "MD" || strings.HasPrefix(t.Tag, "RB") || strings.HasPrefix(t.Tag, "W"):
		return true
	case strings.HasPrefix(t.Tag, "VB") && t.Tag != "VBG" && t.Tag != "VBN":
		return true
	}
	return false
}
