package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A gathering told of by the people it brings together keeps its place
// after them: "the conference of German state premiers in Leipzig", "a
// summit of European Union leaders in Brussels", "a meeting of finance
// ministers in Rome". The event's mention ends at its head noun, so the
// host rule eventIn (relations_rules.go), which reads "in"/"at" right
// after the mention, met "of" and gave nothing. gatheringGroupSkip steps
// over the people's phrase, the same one entities_events_groups.go names
// the event by (groupGatheringHeads, gatheringGroupNouns), and nothing
// else: "the meeting of the WTO in Geneva" stays the body's meeting, read
// by other rules, and "the trial of Mr Lay in Houston" is no gathering.
//
// A body's own gathering keeps its place after the body too: "a summit of
// the Association of Southeast Asian Nations in Jakarta in November". The
// event-owner rule reads the body as its host; the place after the body's
// name holds the gathering all the same, so the step passes a named
// organisation when "in" or "at" follows it at once (a person, a nation
// or anything else after the name gives no step: "a meeting of Iraq in
// Geneva" may be the country's delegates anywhere).

// gatheringGroupSkip returns the token after the group phrase that
// follows gathering m at token p ("of" [the] [name] up to three
// lower-case words ending in a people noun), or p when none stands there.
func (s *relSent) gatheringGroupSkip(m *relMention, p int) int {
	if !s.word(p, "of") || m.last < 0 || !groupGatheringHeads[s.low[m.last]] {
		return p
	}
	k := p + 1
	if s.word(k, "the") {
		k++
	}
	if c := s.mentionAt(k); c != nil && c.first == k {
		// "of European Union leaders", "of German state premiers": the
		// people's body or nation, never a person.
		if c.kind == MentionPronoun || s.r.typeOf(c.entity) == Person {
			return p
		}
		k = c.last + 1
		if (c.kind == MentionName || c.kind == MentionAcronym) && s.r.typeOf(c.entity) == Organization && (s.word(k, "in") || s.word(k, "at")) {
			return k // "a summit of the Association of Southeast Asian Nations in Jakarta"
		}
	}
	for j := k; j < len(s.low) && j < k+3; j++ {
		t := s.toks[j]
		if s.mentionAt(j) != nil || t.Flags&(textseg.TCap|textseg.TUpper) != 0 ||
			!strings.HasPrefix(s.tag(j), "NN") && !strings.HasPrefix(s.tag(j), "JJ") {
			return p
		}
		if gatheringGroupNouns[s.low[j]] {
			if j+1 < len(s.low) && strings.HasPrefix(s.tag(j+1), "NN") && s.mentionAt(j+1) == nil {
				return p // "of party leaders committee": another head
			}
			return j + 1
		}
	}
	return p
}
