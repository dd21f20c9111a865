package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A member suspended from a bloc is still its member (GOLD.md, and how
// blocs word it: "Mali, Burkina Faso and Niger, which remain suspended
// from the AU, were not represented"). Only countries and organisations:
// a person suspended from a club or a race is told of a sanction, and
// the sports rules read that.
const ruleWireSuspended = "wire:suspended-member" // "Mali, which remains suspended from the AU" -> memberOf

// wireSuspendVerbs may stand between the member and "suspended".
var wireSuspendVerbs = lexicon.WordSet(`remain remains remained was were is are been has have still`)

// wireSuspendedMembers adds memberOf for "X [which] [remains] suspended
// from ORG", X a country or an organisation, listed members included.
func (r *relState) wireSuspendedMembers() {
	a := r.a
	toks := a.tokens
	for s, sp := range a.sentTokens {
		for k := sp.Start + 1; k+2 < sp.End; k++ {
			if toks[k].Lower() != "suspended" || toks[k+1].Lower() != "from" {
				continue
			}
			o := k + 2
			if toks[o].Lower() == "the" {
				o++
			}
			bloc := a.entityAtToken(o)
			if bloc < 0 || r.typeOf(bloc) != Organization {
				continue
			}
			j := k - 1
			for j > sp.Start && wireSuspendVerbs[toks[j].Lower()] {
				j--
			}
			if toks[j].Lower() == "which" && j-1 > sp.Start && toks[j-1].Text == "," {
				j -= 2
			}
			for _, e := range a.namesEndingAt(j, sp.Start, nil) {
				if t := r.typeOf(e); t == Country || t == Organization {
					r.add(e, MemberOf, bloc, s, ruleWireSuspended, 0.7)
				}
			}
		}
	}
	// The other membership a bloc's role tells: holding its chair.
	r.wireChairMembers() // relations_wire_chairs.go
}
