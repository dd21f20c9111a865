package extract

// Hosting told by a passive participle after the event: wire copy names
// the host country or body of a summit or tournament that way.
//
//	the bloc's annual summit in Kuala Lumpur, hosted by Malaysia
//	the summit, which was hosted by Ethiopia
//	the 2002 World Cup, co-hosted by Japan and South Korea
//	a business lunch hosted by the chamber of commerce
//	next year's games, which will be hosted by Chile
//
// Only a country, city, place or organisation is read as the host: a
// person "hosting" an awards show or a concert is its presenter.

// ruleHostedBy names the facts of hostedByAfterEvent.
const (
	ruleHostedBy     = "hosted/event-hosted-by"
	ruleWillHostedBy = "willHost/event-hosted-by"
)

// hostedByVerbs are the participles read after the event.
var hostedByVerbs = relWords(`hosted co-hosted staged co-staged`)

// hostedByAfterEvent adds host hosted event for event mention m followed
// by "[,] [which was|is|will be] (co-)hosted by X [and Y]".
func (s *relSent) hostedByAfterEvent(m *relMention) {
	k := s.eventNameEnd(m)
	if s.word(k, "in") || s.word(k, "at") {
		// "the summit in Kuala Lumpur, hosted by Malaysia": the place
		// ends a described event's name, or follows a named one.
		j := k + 1
		if s.word(j, "the") {
			j++
		}
		c := s.mentionAt(j)
		if c == nil || c.first != j {
			return
		}
		if t := s.r.typeOf(c.entity); t != City && t != Place && t != Country {
			return
		}
		k = c.last + 1
	}
	if s.word(k, ",") {
		k++
	}
	pred := Hosted
	switch {
	case s.word(k, "which") && (s.word(k+1, "is") || s.word(k+1, "are")) && s.word(k+2, "to") && s.word(k+3, "be"):
		pred, k = WillHost, k+4
	case s.word(k, "which") && (s.word(k+1, "was") || s.word(k+1, "is") || s.word(k+1, "were") || s.word(k+1, "are")):
		k += 2
	case s.word(k, "which") && s.word(k+1, "will") && s.word(k+2, "be"):
		pred, k = WillHost, k+3
	}
	if !s.is(k, hostedByVerbs) || !s.word(k+1, "by") {
		return
	}
	if s.negBefore(m.first, 4) || s.otherEdition(m.first, m.entity) {
		return // "the 2002 World Cup, co-hosted by ..." bound to the story's 2011 edition
	}
	if pred == Hosted && (s.clauseFuture(m.first, m.last) || s.nextEditionBefore(m.first)) {
		pred = WillHost // "next year's summit, hosted by Chile"
	}
	for j := k + 2; j < len(s.low); {
		if s.word(j, "the") {
			j++
		}
		c := s.mentionAt(j)
		if c == nil || c.first != j || c.kind != MentionName && c.kind != MentionAcronym {
			return
		}
		if t := s.r.typeOf(c.entity); t != Country && t != City && t != Place && t != Organization {
			return
		}
		if s.r.seen[relFactKey{c.entity, otherHostPred(pred), m.entity}] {
			return
		}
		rule := ruleHostedBy
		if pred == WillHost {
			rule = ruleWillHostedBy
		}
		s.r.add(c.entity, pred, m.entity, s.idx, rule, 0.7)
		if !s.word(c.last+1, "and") {
			return
		}
		j = c.last + 2
	}
}

// otherHostPred returns the other tense of hosting.
func otherHostPred(pred string) string {
	if pred == WillHost {
		return Hosted
	}
	return WillHost
}
