package extract

// A description after a quotation about the story's person: "'He won't
// be fit for Dublin,' Falcons chief Andrew told the BBC. The 25-year-old
// has not played since the World Cup final." The nearest sentence names
// one person, the speaker, but the speaker talks about the story's
// dominant person as "he"/"she", and the description that follows goes
// on about the one spoken of, not the one speaking. pickDescribed leaves
// such a description to the nearest person's sentence, where the only
// name is the speaker's; spokenOf says when the dominant person is meant
// instead:
//   - a "he"/"she" inside quotation marks, in the sentences from the
//     nearest person's up to the description's, is bound to the dominant
//     person, and none there to the nearest person;
//   - the description does not speak itself ("The Scot added: ..."),
//     which would continue the speaker's words rather than the story.

// spokenOf reports whether description d in sentence s stands for topic,
// the story's dominant person, rather than one, the only person named in
// sentence from (the nearest sentence naming a person), because a quoted
// pronoun between them speaks of topic.
func (a *analysis) spokenOf(topic, one, from, s int, d personDesc) bool {
	if topic == one || a.speechAfter(d.t1) {
		return false
	}
	var quoted []bool
	spoken := false
	for i := range a.ments {
		m := &a.ments[i]
		if m.sent < from {
			continue
		}
		if m.sent >= s {
			break
		}
		if m.kind != MentionPronoun || m.hidden || m.entity < 0 {
			continue
		}
		if quoted == nil {
			quoted = a.quotedTokens()
		}
		if !quoted[m.t0] {
			continue
		}
		switch m.entity {
		case one:
			return false // the speaker speaks of the nearest person too
		case topic:
			spoken = true
		}
	}
	return spoken
}
