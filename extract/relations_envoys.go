package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Who an envoy's sender can be. An envoy to a body speaks for a member
// of it: "Afghanistan's envoy to the United Nations", "the European Union
// ambassador to the WTO". A state sends one, and so does a union of
// states that sits in the body as a member; an agency, a charity or a
// company sends envoys to bodies it is no member of ("the Red Cross envoy
// to the United Nations", "a World Bank envoy to the African Union").

// stateUnionWords, in an organisation's name, make it a union of states:
// "European Union", "Caribbean Community", "Arab League", "Association of
// Southeast Asian Nations", "Organisation of American States". The list
// is narrower than stateBody's (titles_state_bodies.go), which also takes
// organisations, councils and groups of states: those are bodies a
// country chairs, but their envoys ("a World Health Organization envoy to
// the UN") speak for an agency, not for a member.
var stateUnionWords = lexicon.WordSet(`union community league nations states
	countries alliance`)

// envoySender reports an entity that can send an envoy as a member of
// the body it is sent to: a country, or an organisation named as a union
// of states.
func (r *relState) envoySender(e int) bool {
	switch r.typeOf(e) {
	case Country:
		return true
	case Organization:
		for _, w := range relFieldsLower(r.a.doc.Entities[e].Name) {
			if stateUnionWords[w] {
				return true
			}
		}
	}
	return false
}
