package extract

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A business described by where it is: "UK Coal ... The South Yorkshire
// company, led by Gerry Spindler, said", "the Leeds firm", "the Ohio
// insurer". British and wire copy call a company by its home town or
// region as often as by its country ("the US firm"), and the place's
// name is then a modifier of the description, not an entity the
// description is about. Only a business or bank head takes one: "the
// Leeds side" and "the Manchester band" are read as one team or band
// among several (a place before a team names its city's other clubs as
// readily as its own), and stay unresolved as before.

// placeModifiedClasses are the description classes a city or region may
// modify.
const placeModifiedClasses = nomCompany | nomBank

// placeUnmodifiedHeads are business heads a capitalised word before
// which is more often the business's own name than its home: "the Tata
// group", "the Mercedes group" name the group (Tata, Mercedes) even where
// a gazetteer knows a town of that name.
var placeUnmodifiedHeads = lexicon.WordSet(`group`)

// placeNamedAt returns the token after a visible name of a city or other
// place (not a country: nominalModifiers reads those by the gazetteer)
// that opens at token t and closes by hi, or -1.
func (a *analysis) placeNamedAt(t, hi int) int {
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].t0 >= t })
	for ; i < len(a.ments) && a.ments[i].t0 == t; i++ {
		m := &a.ments[i]
		if m.hidden || m.entity < 0 || m.kind != MentionName || m.t1 > hi {
			continue
		}
		if typ := a.doc.Entities[m.entity].Type; typ == City || typ == Place {
			return m.t1
		}
	}
	return -1
}

// placeModifierIn reports whether a city or place name stands among a
// description's modifiers, tokens [lo, hi).
func (a *analysis) placeModifierIn(lo, hi int) bool {
	for m := lo; m < hi; m++ {
		if a.placeNamedAt(m, hi) > m {
			return true
		}
	}
	return false
}

// placedRecent keeps pick e (chosen because why) of a description whose
// modifiers name a city or place only when e was the one candidate of the
// nearest sentence naming any, with no other dominant candidate
// ("recent"). Unlike a country, the text seldom says where each company
// is based, so the place cannot tell two candidates apart, and the
// story's topic is as often the other side of a deal: "Falic Group
// bought two brands from LVMH. The Florida company also owns ..." is
// Falic, not the more often named LVMH.
func (a *analysis) placedRecent(lo, hi, e int, why string) (int, string) {
	if e < 0 || why == "recent" || !a.placeModifierIn(lo, hi) {
		return e, why
	}
	return -1, "placed, not the one recent"
}
