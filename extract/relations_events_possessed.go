package extract

// An act at an event named as a possessed noun: "their appearance at
// 1985's Live Aid", "his infamous appearance at the Monterey Festival",
// "their performance at this year's V Festival", "their August gig at
// the V Festival", "during his keynote speech at GDC". The possessor took part. The dependency rule
// participatedIn/appearance reads only an appearance made ("made his
// debut in"); the possessive says as much without the verb.

// ruleEventPossessed names the facts of possessedEventActs.
const ruleEventPossessed = "participatedIn/possessed-act"

// possessedActs are the nouns of an act at an event; possessedActsIn take
// "in" as well as "at" ("his debut in the Six Nations"), where a
// performance in a film is an actor's part, no event's. A side's display,
// showing or outing is its play in a contest ("their display in the
// Champions League", "England's best outing in the Six Nations"); an
// address or a lecture is a speech ("Microsoft's keynote address at the
// conference").
var (
	possessedActs = relWords(`appearance appearances performance performances debut speech keynote gig gigs
		display displays showing showings outing outings address lecture`)
	possessedActsIn = relWords(`appearance appearances debut display displays showing showings outing outings`)
)

// possessedTimeDets and possessedTimeNouns make the time possessive
// before an event's name: "this year's", "last week's".
var (
	possessedTimeDets  = relWords(`this last next`)
	possessedTimeNouns = relWords(`year week month weekend season`)
)

// possessedModifiers may stand between the possessive and the noun.
var possessedModifiers = relWords(`first last second final only infamous famous memorable
	triumphant stunning impressive brief live keynote opening closing headline
	best worst poor dismal disappointing strong superb fine brilliant solid
	january february march april may june july august september october november december`)

// possessedEventActs adds participatedIn for the person or the body whose
// act at an event the noun at token t names, when the clause does not put
// the act to come ("it will be her first performance at the Super Bowl").
func (s *relSent) possessedEventActs(t int) {
	if !s.word(t+1, "at") && !(s.word(t+1, "in") && s.is(t, possessedActsIn)) {
		return
	}
	k := t + 2
	if s.is(k, possessedTimeDets) {
		k++
	}
	if (s.is(k, possessedTimeNouns) || s.tag(k) == "CD") && (s.word(k+1, "'s") || s.word(k+1, "'")) {
		k += 2 // "at this year's V Festival", "at 1985's Live Aid"
	}
	e, _ := s.headRight(k)
	if e < 0 || !s.r.isEvent(e) {
		return
	}
	p := t - 1
	for p >= 0 && s.ment[p] < 0 && s.is(p, possessedModifiers) {
		p--
	}
	owner := -1
	switch {
	case s.word(p, "'s") || s.word(p, "'"):
		if m := s.mentionAt(p - 1); m != nil && m.last == p-1 {
			owner = m.entity
		}
	case s.tag(p) == "PRP$":
		if m := s.mentionAt(p); m != nil && m.kind == MentionPronoun && s.pronounFits(m) {
			owner = m.entity
		}
	}
	if owner < 0 || owner == e {
		return
	}
	if ty := s.r.typeOf(owner); ty != Person && ty != Organization {
		return
	}
	start := s.r.a.sentTokens[s.idx].Start
	if s.r.a.eventFuture(s.idx, start+p, start+t+1) || s.r.inQuotation(s.toks[t].Start) {
		return
	}
	s.r.add(owner, ParticipatedIn, e, s.idx, ruleEventPossessed, 0.7)
}
