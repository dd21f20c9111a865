package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Referents of placed descriptions. A definite description made specific
// only by its place ("the ceremony in Pasadena", "the meeting in Zurich")
// may refer back to an event the story named ("the People's Choice
// Awards ... the ceremony in Pasadena"), and findDescribedEvents leaves
// it to the role resolution then. But it can refer back only to an event
// of its own kind: after "the Africa Cup of Nations" or "the London
// Marathon", "the executive committee meeting in Zurich" and "the world
// junior championships in Italy" are events of their own, which the role
// resolution would leave unbound and so lose. namedReferentBefore tells
// the two apart.

// meetingHeads are the nouns of meetings, one of which a named event's
// name must hold for a gathering noun to refer back to it ("the meeting
// in Washington" after "the G7 summit").
var meetingHeads = lexicon.WordSet(`meeting meetings summit conference
	session talks congress convention forum assembly council`)

// namedReferentBefore reports whether an event named before description
// d is of d's kind, so that d may refer back to it: an event whose name
// holds a word of the head's kinds (eventDescKinds: "the ceremony" is an
// awards night), a gathering for a gathering noun, or an event whose name
// holds the head itself ("the hearing" of "the IFA hearing").
func (a *analysis) namedReferentBefore(d describedEvent) bool {
	head := a.tokens[d.head].Lower()
	kinds, kinded := eventDescKinds[head]
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.typ != Event || m.hidden || m.t0 >= d.core0 {
			continue
		}
		name := textseg.Lower(m.surface)
		ref := eventRef{words: nameWords(m.surface), name: name}
		switch {
		case kinded && kinds != nil && eventFits(ref, kinds):
			return true
		case kinded && kinds == nil && eventFits(ref, nil):
			return true // "the event": any contest or ceremony
		case meetingHeads[head] && anyWord(ref.words, meetingHeads):
			return true
		case strings.Contains(name, strings.TrimSuffix(head, "s")):
			return true
		}
	}
	return false
}

// anyWord reports whether one of words is in set.
func anyWord(words, set map[string]bool) bool {
	for w := range words {
		if set[w] {
			return true
		}
	}
	return false
}
