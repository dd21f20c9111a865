package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Present at an event. Whoever the text says was present at a gathering
// took part in it: "Mr Hale was present at the summit", "Also present at
// the service was former president X and singer Y", "Among those present
// at the ceremony were X and Y". The adjective has no verb of its own, so
// the dependency rules (which start from a verb or an event noun) miss
// it. The copula carries the tense: "will be present", "was not present"
// and "is expected to be present" give nothing; a copula after the event
// ("Also present at the summit was X") must be a past one.

// rulePresentAt names the facts of presentAt.
const rulePresentAt = "participatedIn/present-at"

// presentBetween may stand between the copula and "present": "were both
// present", "was also present".
var presentBetween = lexicon.WordSet(`also both all among`)

// presentAt reads "present" at token t, before "at" and an event.
func (s *relSent) presentAt(t int) {
	if !s.word(t+1, "at") || strings.HasPrefix(s.tag(t), "VB") {
		return // "to present the prize at the awards": the verb
	}
	e, end := s.headRight(t + 2)
	if e < 0 || !s.r.isEvent(e) {
		return
	}
	v := t - 1
	for v >= 0 && v >= t-2 && s.is(v, presentBetween) {
		v--
	}
	if v >= 0 && s.is(v, relBe) {
		// "X was present at E": the copula's subject, as for an act.
		s.actedAtRule(v, e, rulePresentAt)
		return
	}
	// "Also present at E was X and Y", "Among those present at E were X":
	// the names after a past copula right after the event. The clause
	// must open with the phrase, so that "the delegates present at E were
	// X's" is not read.
	open := t - 1
	if s.word(open, "those") && s.word(open-1, "among") {
		open -= 2
	} else if s.word(open, "also") {
		open--
	}
	if open >= 0 && !s.word(open, ",") && !s.word(open, ";") || !s.is(end, lexicon.PastCopulas) {
		return
	}
	for _, p := range s.peopleAfter(end+1, false) {
		if s.namedOutsideQuotes(p, len(s.low)) {
			s.r.add(p, ParticipatedIn, e, s.idx, rulePresentAt, 0.7)
		}
	}
}
