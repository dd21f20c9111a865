package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/syntax"
)

// The dependency rules (deprel.go) run after the surface rules and read
// tense from the parse alone, so "X is hosting Y ... next year" can give
// a dependency hosted fact beside the surface rules' willHost for the
// same pair and sentence, which read the time words. The surface reading
// is the finer one there; the dependency hosted is dropped.

// depHostedBesideWillHost reports a dependency fact sub hosted obj in
// sentence sent when the surface rules already gave sub willHost obj
// from that sentence.
func (r *relState) depHostedBesideWillHost(sub int, pred string, obj, sent int) bool {
	if pred != Hosted || !r.seen[relFactKey{sub, WillHost, obj}] {
		return false
	}
	for _, f := range r.a.doc.Facts {
		if f.Subject == sub && f.Predicate == WillHost && f.Object == obj && f.Sentence == sent {
			return true
		}
	}
	return false
}

// depHostedPassiveRule names the dependency rule that reads "EVENT was
// held in PLACE" (deprules/rules/host.txt).
const depHostedPassiveRule = "dep:hosted/passive"

// depHostUndone reports a dependency fact of depHostedPassiveRule whose
// clause the surface rules would not read as hosting (relations_hosts_undone.go):
// the event is called off after its place ("the summit, which was to be
// held in Riga, has been cancelled"), or is the subject of an infinitive
// someone only wishes or asks for ("asked for the summit to be held in
// Riga"). The parse's mood reads the verbs above the trigger's own
// clause only, and neither verb is above it. eventFirst and placeLast are
// the token indexes of the event mention's first word and the place
// mention's last; trigger is the passive verb's.
func (r *relState) depHostUndone(sent int, p *syntax.Sentence, trigger, eventFirst, placeLast int) bool {
	s := r.sentence(sent, true)
	if s == nil {
		return false
	}
	if s.hostCalledOffAfter(eventFirst, placeLast+1) {
		return true
	}
	return eventFirst < trigger && depInfinitive(p, trigger) && s.wishedBefore(eventFirst)
}

// depInfinitive reports a "to" marking verb v in parse p: "to be held".
func depInfinitive(p *syntax.Sentence, v int) bool {
	for k := range p.Words {
		if p.Head[k] == v+1 && p.Deprel[k] == "mark" && strings.EqualFold(p.Words[k], "to") {
			return true
		}
	}
	return false
}
