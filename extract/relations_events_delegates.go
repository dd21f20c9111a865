package extract

// A body's own gathering told through the people it sends: "At their
// meeting in London, G7 finance ministers backed plans", "Opec oil
// ministers agreed at their meeting in Vienna to ...". The text names no
// person among the ministers or officials, so the body they speak for
// took part (GOLD.md: a body's officials stand for the body when no
// person is named). The dependency rule participatedIn/body-officials
// (deprules/rules/participate.txt) reads the same stand-in as the
// subject of "attend" or "take part"; here no verb of taking part is
// said, only the possessive "their" that ties the event to the subject.

// ruleDelegatesOwnEvent names the facts of delegatesOwnEvent.
const ruleDelegatesOwnEvent = "participatedIn/delegates-own-event"

// bodyEnvoyNouns are the plural nouns for the people a body sends to a
// gathering; the name before them is the body ("G7 finance ministers",
// "Nato officials", "EU leaders").
var bodyEnvoyNouns = relWords(`ministers officials delegates delegations representatives
	envoys leaders negotiators countries nations`)

// bodyEnvoyModifiers may stand between the body's name and its envoys:
// the ministry or the rank ("G7 finance ministers", "EU senior
// officials").
var bodyEnvoyModifiers = relWords(`finance foreign trade energy oil defence defense health
	environment agriculture interior economy justice senior top chief
	government member-state state`)

// delegatesMeetingNouns name a body's own gathering after "their", read
// as the meeting the article names for the body (orgMeeting).
var delegatesMeetingNouns = relWords(`meeting summit conference`)

// delegatesOwnEvent adds participatedIn for the body whose envoys are
// the subject of the sentence holding "their" + an event at token t
// ("At their meeting in London, G7 finance ministers backed plans").
// Only one envoy phrase may stand in the sentence, as the subject of a
// verb that is not a modal ("G7 ministers will use their meeting ..."
// speaks of the future); an event put to come gives nothing.
func (s *relSent) delegatesOwnEvent(t int) {
	if s.tag(t) != "PRP$" || s.inQuote(t) {
		return
	}
	var body *relMention
	found := 0
	for j := range s.low {
		if m := s.envoyPhrase(j); m != nil {
			found++
			body = m
		}
	}
	if found != 1 || s.r.isEvent(body.entity) {
		return
	}
	e, _ := s.headRight(t + 1)
	if (e < 0 || !s.r.isEvent(e)) && s.is(t+1, delegatesMeetingNouns) {
		// "their meeting" left bare where the article names the body's
		// meeting ("the G7 meeting ... At their meeting in London, G7
		// finance ministers"): that named meeting.
		e = s.r.orgMeeting(body.entity, s.r.a.doc.Text[s.toks[body.first].Start:s.toks[body.last].End])
	}
	if e < 0 || !s.r.isEvent(e) || e == body.entity {
		return
	}
	if ty := s.r.typeOf(body.entity); ty != Organization && ty != Country {
		return
	}
	start := s.r.a.sentTokens[s.idx].Start
	if s.r.a.eventFuture(s.idx, start+t, start+t+2) || s.negBefore(t, 4) {
		return
	}
	s.r.add(body.entity, ParticipatedIn, e, s.idx, ruleDelegatesOwnEvent, 0.7)
}

// envoyPhrase returns the body's mention in its envoys ending at token
// j ("G7 finance ministers") standing as a subject — before a verb in the
// past or the present, not a modal or "to" — or nil.
func (s *relSent) envoyPhrase(j int) *relMention {
	if !s.is(j, bodyEnvoyNouns) || s.ment[j] >= 0 && s.mentionAt(j).kind != MentionRole {
		return nil
	}
	k := j - 1
	for k >= 0 && s.ment[k] < 0 && s.is(k, bodyEnvoyModifiers) {
		k--
	}
	m := s.mentionAt(k)
	if m == nil || m.last != k || m.kind != MentionName && m.kind != MentionAcronym {
		return nil
	}
	if f := m.first - 1; f >= 0 && !(s.clauseEdge(f) || s.word(f, "the") || s.word(f, ",")) {
		return nil // "talks with EU ministers": an object, not the subject
	}
	// The tagger reads some past verbs after a plural noun as participles
	// ("officials agreed"): VBN is taken too, a reduced relative ("EU
	// officials invited to their summit") still having the envoys for
	// its subject.
	switch s.tag(j + 1) {
	case "VBD", "VBN", "VBZ", "VBP":
	default:
		return nil
	}
	return m
}
