package extract

// A country's event described before its name, the name set off after a
// comma:
//
//	Ireland's top music honours, the Meteor Awards
//	Norway's biggest folk festival, the Fjord Days
//
// The possessive says whose event it is, and for a country that is where
// it is held. A city's possessive is left out ("Hollywood's animation
// awards" names an industry as often as a town), as is anything but a
// kind of event before the comma ("Ireland's top band, the Corrs").

// Rules of appositiveHost.
const (
	ruleAppositiveHosted   = "hosted/country-event-apposition"
	ruleAppositiveWillHost = "willHost/country-event-apposition"
)

// appositiveEventHeads are the kinds of event the described phrase may
// end in.
var appositiveEventHeads = relWords(`festival festivals awards honours
	prizes championship championships tournament contest show fair games
	marathon ceremony carnival exhibition expo`)

// appositiveHost adds country hosted (or willHost) event for event name
// mention m set off after "COUNTRY's [modifiers] EVENT-NOUN,".
func (s *relSent) appositiveHost(m *relMention) {
	k := m.first - 1
	if s.word(k, "the") {
		k--
	}
	if !s.word(k, ",") || !s.is(k-1, appositiveEventHeads) {
		return
	}
	j := k - 2
	for j >= 0 && k-1-j <= 4 && !s.word(j, "'s") && !s.word(j, "'") {
		if t := s.tag(j); t != "JJ" && t != "JJS" && t != "NN" && t != "NNS" || s.mentionAt(j) != nil {
			return
		}
		j--
	}
	if j < 1 || !s.word(j, "'s") && !s.word(j, "'") {
		return
	}
	c := s.mentionAt(j - 1)
	if c == nil || c.last != j-1 || c.kind != MentionName || s.r.typeOf(c.entity) != Country {
		return
	}
	if s.negBefore(c.first, 4) || s.condBefore(c.first) || s.word(m.last+1, ",") && s.modalAt(m.last+2) {
		return // "never went to", "... Games, could be cancelled"
	}
	pred, rule := Hosted, ruleAppositiveHosted
	// The apposition has commas of its own: the tense is the clause's
	// around it, before the country or after the name's comma.
	if s.clauseFuture(c.first, c.first) || s.word(m.last+1, ",") && m.last+2 < len(s.low) && s.clauseFuture(m.last+2, m.last+2) {
		pred, rule = WillHost, ruleAppositiveWillHost
	}
	if s.r.seen[relFactKey{c.entity, otherHostPred(pred), m.entity}] {
		return
	}
	s.r.add(c.entity, pred, m.entity, s.idx, rule, 0.7)
}
