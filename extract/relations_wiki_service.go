package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Wartime service. Biographies and obituaries tell a person's service in
// a force as dated by a war: "He served with the Royal Canadian Air Force
// during World War II", "World War II, during which he served in the Free
// French Forces". The war was taken part in, and stays so (the serve rule's
// participatedIn is kept), but the membership of the force is over, and
// GOLD.md's memberOf is membership now: the memberOf the serve rule reads
// off such a sentence is dropped. Service still going on ("is serving with
// the Black Watch during the Iraq war", "has served in the army since the
// Gulf war") keeps it.

// serveRule is the dependency rule (deprules/rules/serve.txt) whose
// memberOf a dated war service ends.
const serveRule = "dep:memberOf/serve"

// presentAux before "served" keep the service open: "has served", "is
// serving" (the latter is no "served" at all).
var presentAux = lexicon.WordSet(`has have having`)

// warDaters introduce the war that dates a service, before it ("during
// World War II") or, with "which", after it ("World War II, during which
// he served").
var warDaters = lexicon.WordSet(`during in throughout`)

// dropWartimeMemberships removes the serve rule's memberOf facts whose
// sentence tells of a service in the past dated by a war.
func (a *analysis) dropWartimeMemberships() {
	kept := a.doc.Facts[:0]
	for _, f := range a.doc.Facts {
		if f.Predicate == MemberOf && f.Rule == serveRule && a.wartimeService(f.Sentence) {
			continue
		}
		kept = append(kept, f)
	}
	a.doc.Facts = kept
}

// wartimeService reports whether sentence s has "served" in a past tense
// and a named war introduced by "during", "in" or "throughout" (or
// followed by "during which").
func (a *analysis) wartimeService(s int) bool {
	if s < 0 || s >= len(a.sentTokens) {
		return false
	}
	r := a.sentTokens[s]
	served := false
	for i := r.Start; i < r.End; i++ {
		if strings.EqualFold(a.tokens[i].Text, "served") && (i == r.Start || !presentAux[strings.ToLower(a.tokens[i-1].Text)]) {
			served = true
			break
		}
	}
	if !served {
		return false
	}
	for _, m := range a.mentionsInSentence(s) {
		if m.entity < 0 || m.entity >= len(a.doc.Entities) {
			continue
		}
		e := a.doc.Entities[m.entity]
		if e.Type != Event || !warName(e.Name) {
			continue
		}
		before := m.t0 - 1
		if before >= r.Start && strings.EqualFold(a.tokens[before].Text, "the") {
			before--
		}
		if before >= r.Start && warDaters[strings.ToLower(a.tokens[before].Text)] {
			return true
		}
		after := m.t1
		if after < r.End && a.tokens[after].Text == "," {
			after++
		}
		if after+1 < r.End && warDaters[strings.ToLower(a.tokens[after].Text)] && strings.EqualFold(a.tokens[after+1].Text, "which") {
			return true
		}
	}
	return false
}

// warName reports whether an event's name is a war's: "World War II",
// "the Second World War", "Korean War", "Finnish Civil War".
func warName(name string) bool {
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, "war") {
			return true
		}
	}
	return false
}
