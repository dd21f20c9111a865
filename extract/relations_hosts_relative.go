package extract

import "strings"

// Hosting told in a relative clause whose object is the event before it:
//
//	the 2026 Winter Olympics, which Italy is hosting
//	the Asian Cup, which Qatar hosted in 2011
//	next year's summit, which Lisbon will host
//
// The relative pronoun stands for the event, and the clause's subject is
// the host. hostVerb (relations_rules.go) reads a host verb's subject and
// the object after it; here the object came first, and the parser often
// hangs such a clause from the wrong word, so the words are read in order:
// the event, "which" or "that", the host's name, its verb group, and then
// no object of the verb's own.

// Rules of relativeHost.
const (
	ruleRelativeHosted   = "hosted/event-which-host"
	ruleRelativeWillHost = "willHost/event-which-host"
)

// relativeHostVerbs are the verbs whose object the relative pronoun may
// be.
var relativeHostVerbs = relWords(`host hosts hosted hosting co-host co-hosts
	co-hosted co-hosting stage stages staged staging co-stage co-stages
	co-staged co-staging`)

// relativeEventAhead, before an event's name, put it after the story's
// time: "on the eve of", "ahead of", "before".
var relativeEventAhead = relWords(`eve ahead before`)

// relativeHost adds host hosted (or willHost) event for event mention m
// followed by ", which X [will|is] host(s|ed|ing)".
func (s *relSent) relativeHost(m *relMention) {
	k := s.eventNameEnd(m)
	if s.word(k, ",") {
		k++
	}
	if !s.word(k, "which") && !s.word(k, "that") {
		return
	}
	c := s.mentionAt(k + 1)
	if c == nil || c.first != k+1 || c.kind != MentionName && c.kind != MentionAcronym && c.kind != MentionDemonym {
		return
	}
	if t := s.r.typeOf(c.entity); t != Country && t != City && t != Place && t != Organization {
		return
	}
	v := -1
	for j := c.last + 1; j < len(s.low) && j <= c.last+4; j++ {
		if s.is(j, relativeHostVerbs) && strings.HasPrefix(s.tag(j), "VB") {
			v = j
			break
		}
	}
	if v < 0 {
		return
	}
	j, mod := s.chainLeft(v, false)
	if j != c.last || mod.neg || mod.cond || mod.passive || mod.intend || s.condBefore(v) {
		return // another word between the host and its verb, or a doubt
	}
	if !s.noObjectAfter(v + 1) {
		return // "which Italy hosted a party for": the verb has its own object
	}
	pred, rule := Hosted, ruleRelativeHosted
	switch {
	case mod.future:
		pred, rule = WillHost, ruleRelativeWillHost
	case mod.inf:
		return // "which Italy wants to host"
	case mod.prog && (s.hostingAhead(v, v+1) || s.eventAheadBefore(m.first)):
		pred, rule = WillHost, ruleRelativeWillHost
	}
	if s.r.seen[relFactKey{c.entity, otherHostPred(pred), m.entity}] {
		return
	}
	s.r.add(c.entity, pred, m.entity, s.idx, rule, 0.75)
}

// noObjectAfter reports that no object of a verb begins at token k: the
// clause ends, or a preposition, adverb or time follows.
func (s *relSent) noObjectAfter(k int) bool {
	if k >= len(s.low) || s.clauseEdge(k) || s.tag(k) == "." {
		return true
	}
	if strings.HasPrefix(s.tag(k), "VB") || s.tag(k) == "MD" {
		return true // the main clause resumes: "the Open that Perth is hosting has sold out"
	}
	if s.mentionAt(k) != nil || s.word(k, "to") || s.word(k, "by") {
		return false // "played host to", "hosted by"
	}
	switch t := s.tag(k); {
	case t == "IN", t == "RB", t == "CC", t == "WRB":
		return true
	case (t == "DT" || t == "JJ") && (s.is(k, relTemporal) || s.is(k+1, relTemporal)):
		return true // "this year", "next month"
	}
	return s.is(k, relTemporal)
}

// eventAheadBefore reports a sentence that puts the event named from
// token first after the story's time: a "will" before it ("will be taken
// during the Games") or "on the eve of", "ahead of", "before" right
// before its name.
func (s *relSent) eventAheadBefore(first int) bool {
	for j := 0; j < first; j++ {
		if s.word(j, "will") || s.word(j, "'ll") || s.word(j, "shall") {
			return true
		}
	}
	for j := first - 1; j >= 0 && j >= first-4; j-- {
		if s.is(j, relativeEventAhead) {
			return true
		}
	}
	return false
}
