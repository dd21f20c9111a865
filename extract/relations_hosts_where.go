package extract

import "strings"

// Hosting told by a "where" clause after a place: the place is where
// people attend the event, so it holds it.
//
//	in Zurich, where CAF officials were attending FIFA's annual congress
//	at Lausanne, where delegates will attend the Olympic Congress
//
// The clause's own tense gives the predicate. Only "in" or "at" before
// the place makes it the scene of the clause ("flew in from Lyon, where"
// names an origin), and the attending verb must be the clause's verb:
// "in London, where he had flown after attending the summit" says where
// someone went after the event, not where it was.

// Rules of whereAttendHost.
const (
	ruleWhereAttendHosted   = "hosted/where-attending"
	ruleWhereAttendWillHost = "willHost/where-attending"
)

// whereClauseAux may stand between "where" and the attending verb besides
// the subject: auxiliaries and adverbs that leave "attend" the verb.
var whereClauseAux = relWords(`is are was were be been being am 're 's has
	have had will 'll also still already currently now`)

// whereAttendHost adds hosting for place mention c followed by ", where"
// and a clause whose verb attends an event (see above).
func (s *relSent) whereAttendHost(c *relMention) {
	if c.kind != MentionName || !s.word(c.first-1, "in") && !s.word(c.first-1, "at") {
		return
	}
	if t := s.r.typeOf(c.entity); t != City && t != Place && t != Country {
		return
	}
	k := c.last + 1
	if !s.word(k, ",") || !s.word(k+1, "where") {
		return
	}
	if s.negBefore(c.first, 4) || s.condBefore(c.first) {
		return
	}
	future := false
	v := -1
	for j := k + 2; j < len(s.low) && j <= k+12 && !s.clauseEdge(j); j++ {
		if s.is(j, relAttend) {
			v = j
			break
		}
		switch t := s.tag(j); {
		case s.word(j, "not") || s.word(j, "n't") || s.word(j, "never"):
			return
		case s.word(j, "will") || s.word(j, "'ll"):
			future = true
		case s.is(j, whereClauseAux):
		case strings.HasPrefix(t, "VB") || t == "MD" || t == "IN" || t == "TO" || t == "WDT" || t == "WP":
			return // another verb or a phrase of its own: "where he had flown after"
		}
	}
	if v < 0 {
		return
	}
	ev := s.attendedEvent(v + 1)
	if ev < 0 {
		return
	}
	pred, rule, other := Hosted, ruleWhereAttendHosted, WillHost
	if future {
		pred, rule, other = WillHost, ruleWhereAttendWillHost, Hosted
	}
	if s.r.seen[relFactKey{c.entity, other, ev}] {
		return
	}
	s.r.add(c.entity, pred, ev, s.idx, rule, 0.7)
}

// attendedEvent returns the event named right after an attending verb at
// token k (over an article), or -1. A possessive owner before the event's
// noun ("FIFA's annual congress") is part of the event's mention.
func (s *relSent) attendedEvent(k int) int {
	if s.word(k, "the") || s.word(k, "a") || s.word(k, "an") || s.word(k, "this") || s.word(k, "its") || s.word(k, "their") {
		k++
	}
	m := s.mentionAt(k)
	if m == nil || m.first != k {
		return -1
	}
	if s.r.isEvent(m.entity) {
		return m.entity
	}
	// The owner may be a mention of its own: "FIFA" in "FIFA's annual
	// congress"; the event's mention then starts at the owner too or right
	// after its "'s".
	if n := m.last + 1; s.word(n, "'s") || s.word(n, "'") {
		for j := n + 1; j < len(s.low) && j <= n+4; j++ {
			if e := s.mentionAt(j); e != nil && s.r.isEvent(e.entity) {
				return e.entity
			}
		}
	}
	return -1
}
