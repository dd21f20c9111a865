package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Bodies of states. A country chairs, or holds the presidency of, a body
// whose members are states: "the UK's chairmanship of the G8", "Britain's
// presidency of the European Union", "Japan's presidency of the UN
// Security Council". A learned society, a club or a firm has persons or
// companies as members, and a country does not chair it, so "the UK's
// chairmanship of the Royal Society" makes the country no member of it.
// The body is read from its name's shape: a word that names a union of
// states, or a "G" with a number. Tests: titles_state_bodies_test.go.

// stateBodyWords in an organisation's name make it a body of states:
// "United Nations", "European Union", "Security Council", "Arab League",
// "Commonwealth", "North Atlantic Treaty Organization", "Group of Eight".
var stateBodyWords = lexicon.WordSet(`nations union council commonwealth community
	league alliance treaty organization organisation group bloc assembly
	cooperation co-operation partnership pact`)

// stateBodyNames are bodies of states known by a short name with none of
// the words above.
var stateBodyNames = lexicon.WordSet(`nato opec asean apec mercosur ecowas sadc
	brics oecd osce wto imf eu un au caricom`)

// stateBody reports whether an organisation's name (or one of its
// aliases) names a body of states.
func stateBody(ent *Entity) bool {
	for _, name := range append([]string{ent.Name}, ent.Aliases...) {
		if stateBodyName(name) {
			return true
		}
	}
	return false
}

// stateBodyName reads one name: "G8", "G-20", a known short name, or a
// name with a word of stateBodyWords.
func stateBodyName(name string) bool {
	low := strings.ToLower(name)
	if stateBodyNames[low] {
		return true
	}
	if g := strings.TrimPrefix(strings.TrimPrefix(low, "g"), "-"); len(low) > 1 && low[0] == 'g' && g != "" && strings.Trim(g, "0123456789") == "" {
		return true // "G8", "G-20"
	}
	for _, w := range strings.Fields(low) {
		if stateBodyWords[w] {
			return true
		}
	}
	return false
}
