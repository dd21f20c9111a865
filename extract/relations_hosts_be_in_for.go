package extract

// Being somewhere for an event: "Ms X, who is in Mexico City for a
// meeting of North American trade ministers", "the minister was in Oslo
// for the summit". The place hosts the event (done or under way) and
// the one who is there takes part in it. gatherFor reads the same shape
// after verbs of gathering, whose subject is any crowd; after a form of
// "be" the subject is a named person or body, there for the event.
//
// Only a plain present or past "is/are/was/were" counts: "will be in
// Oslo for the summit" is a plan (the future rules read it), and "is in
// talks", "was in London for a week" name no event.

// Rules of beInFor.
const (
	ruleBeInForHosted = "hosted/be-in-for"
	ruleBeInForPartIn = "participatedIn/be-in-for"
	beInForConfidence = 0.7
	// beInForMaxTimeSpan bounds the time passed over before "for"
	// ("in Helsinki last week for"): a longer stretch is another clause.
	beInForMaxTimeSpan = 4
)

// beInForVerbs are the forms of "be" read: present and past.
var beInForVerbs = relWords(`is are was were`)

// beInFor adds the facts of "SUBJECT is in PLACE [TIME] for EVENT" for
// the copula at token t.
func (s *relSent) beInFor(t int) {
	if !s.word(t+1, "in") {
		return
	}
	j, mod := s.chainLeft(t, false)
	if !mod.done() || s.condBefore(t) {
		return
	}
	places, end := s.objectsAt(t + 2)
	place, ev, end := s.eventForAtPlace(places, end, beInForMaxTimeSpan)
	if ev < 0 || s.clauseFuture(t, end) {
		return
	}
	if !s.r.seen[relFactKey{place, WillHost, ev}] {
		s.r.add(place, Hosted, ev, s.idx, ruleBeInForHosted, beInForConfidence)
	}
	for _, a := range s.subjectsOf(t, j) {
		if at := s.r.typeOf(a); at == Person || at == Organization || at == Country {
			s.r.add(a, ParticipatedIn, ev, s.idx, ruleBeInForPartIn, beInForConfidence)
		}
	}
}
