package extract

import "strings"

// Two ways news text places an event at a site without the site having
// held it, read after the host rules eventIn (relations_rules.go) and
// hostPlaceAt (relations_hosts.go) have chosen hosted or willHost from
// the clause's verbs:
//
// An event still to come told without a future verb. Its clause may
// list it as something yet to do ("there are still scores to be
// settled, such as a first gold at the World Championships in
// Helsinki", "the final in Suva is yet to be played"), as a goal ("is
// training for the World Championships in Oslo"), or a preview may
// say what the event is expected to be
// ("the third-round game at Murrayfield has been billed as a decider",
// "Friday's game at Headingley got the go-ahead"). The place will host
// it: willHost, not hosted.
//
// One leg of a series, tour or circuit: "the first event of the World
// Sevens series in Dubai". The place held that leg only, never the whole
// series, and the leg is no entity of its own, so no fact is made.

// hostAheadCheck returns the host predicate for event mention m placed
// at a place ending at token placeLast, given the predicate pred the
// clause's verbs chose: "" when the event is a series of which the place
// holds one leg, WillHost when the clause tells of it as still to come,
// pred otherwise.
func (s *relSent) hostAheadCheck(m *relMention, placeLast int, pred string) string {
	if s.seriesLeg(m) {
		return ""
	}
	if pred == Hosted && (s.stillToComeBefore(m.first) || s.stillToComeAfter(placeLast) || s.forecastAfter(placeLast) ||
		s.aimedAt(m.first) || s.leadUpNounBefore(m.first) || s.timeAwayAfter(placeLast)) {
		return WillHost
	}
	return pred
}

// hostStillWords, two or three words before "to be", tell of something
// not yet done: "still scores to be settled", "yet to be decided",
// "remains to be won", "titles left to be won".
var hostStillWords = relWords(`still yet remain remains left outstanding`)

// hostExampleOpeners begin a clause that gives examples of the noun
// before its comma ("..., such as a first gold at the Championships"),
// so that noun's clause dates the examples too.
var hostExampleOpeners = relWords(`such including like notably`)

// stillToComeBefore reports "still/yet/remain(s) ... to be <done>" in the
// clause ending at token first, or in the clause before it when the
// event's clause only gives examples ("such as", "including").
func (s *relSent) stillToComeBefore(first int) bool {
	j := first - 1
	for clauses := 0; clauses < 2; clauses++ {
		for ; j >= 0 && !s.clauseEdge(j) && s.tag(j) != "."; j-- {
			if s.stillToBe(j) {
				return true
			}
		}
		// j is the clause's edge (or -1): read the clause before only
		// when this one opens with an example word.
		if j < 0 || !s.word(j, ",") || !s.is(j+1, hostExampleOpeners) {
			return false
		}
		j--
	}
	return false
}

// stillToComeAfter reports "still/yet/remain(s) ... to be <done>" as
// the rest of the clause of a place ending at token placeLast: "the final
// in Suva is yet to be played".
func (s *relSent) stillToComeAfter(placeLast int) bool {
	for j := placeLast + 1; j < len(s.low) && j <= placeLast+6 && !s.clauseEdge(j) && s.tag(j) != "."; j++ {
		if s.stillToBe(j) {
			return true
		}
	}
	return false
}

// stillToBe reports "to be" at token j after a word of hostStillWords at
// most three tokens before it.
func (s *relSent) stillToBe(j int) bool {
	if !s.word(j, "to") || !s.word(j+1, "be") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if s.is(k, hostStillWords) {
			return true
		}
	}
	return false
}

// hostGoalWords tell of an event as a goal someone works towards:
// "is training for", "aiming for gold at", "is targeting", "has her
// sights set on", "her preparations for", "dreams of a medal at". Told in
// the present, the event is still to come. "countdown" is a lead-up
// noun (hostLeadUpNouns).
var hostGoalWords = relWords(`training aiming aims targeting targets eyeing
	sights preparations preparing build-up dreams dreaming`)

// aimedAt reports a goal word (hostGoalWords) at most six tokens before
// the event at token first, in its clause, with no past verb there: "She
// is training for the World Championships in Oslo", not "She prepared for
// the Championships in Oslo by racing in Kenya".
func (s *relSent) aimedAt(first int) bool {
	if s.pastClause(first) {
		return false
	}
	for j := first - 1; j >= 0 && j >= first-6 && !s.clauseEdge(j); j-- {
		if s.word(j, "was") || s.word(j, "were") {
			return false // "was preparing for ... when she fell"
		}
		if s.is(j, hostGoalWords) && !s.goalNounDone(j) {
			return true
		}
	}
	return false
}

// goalNounDone reports a goal word at token j used as a noun that a
// verb after it says was dealt with: "the targets set out at the Lisbon
// summit" were agreed there, so the summit is behind them. "her sights
// set on the Games" still looks ahead.
func (s *relSent) goalNounDone(j int) bool {
	if !strings.HasPrefix(s.tag(j+1), "VB") {
		return false
	}
	return !(s.word(j+1, "set") && s.word(j+2, "on"))
}

// hostLeadUpNouns name what comes before an event, followed by "for" or
// "to" and the event: "tickets for", "the draw for", "the countdown to",
// "qualifying for", "the build-up to". Whatever the tense of their own
// verb ("the draw for the World Cup in Germany was made on Friday"), the
// event is still ahead of them.
var hostLeadUpNouns = relWords(`tickets draw countdown qualifying qualifiers build-up run-up`)

// leadUpNounBefore reports a lead-up noun (hostLeadUpNouns) with "for" or
// "to" right before the event at token first, over its article or a
// possessive date ("the draw for this year's Cup").
func (s *relSent) leadUpNounBefore(first int) bool {
	j := first - 1
	for k := 0; k < 3 && j >= 0 && (s.word(j, "the") || s.word(j, "this") || s.word(j, "next") || s.word(j, "year") || s.word(j, "'s")); k++ {
		j--
	}
	return (s.word(j, "for") || s.word(j, "to")) && s.is(j-1, hostLeadUpNouns)
}

// hostAwayUnits measure how far off an event is: "only weeks away",
// "two days away".
var hostAwayUnits = relWords(`days weeks months day week month`)

// timeAwayAfter reports "<be> (only|just|a few|two ...) days/weeks away"
// as the rest of the clause of the place ending at token placeLast.
func (s *relSent) timeAwayAfter(placeLast int) bool {
	for j := placeLast + 1; j < len(s.low) && j <= placeLast+5 && !s.clauseEdge(j); j++ {
		if s.is(j, hostAwayUnits) && s.word(j+1, "away") {
			return true
		}
	}
	return false
}

// hostForecastWords, as the verb of the event's own clause after its
// place, say what the event is expected to be, which only a preview
// says: "has been billed as a decider", "got the go-ahead", "is tipped to
// be a classic", "promises to be close".
var hostForecastWords = relWords(`billed go-ahead tipped promises promise previewed`)

// hostForecastAux may stand between the place and the forecast word.
var hostForecastAux = relWords(`has have had been is are was were got gets given the to be`)

// forecastAfter reports a forecast word (hostForecastWords) right after
// the event's place ending at token placeLast, over auxiliaries and a
// day ("on Saturday").
func (s *relSent) forecastAfter(placeLast int) bool {
	j := placeLast + 1
	if s.word(j, "on") || s.word(j, "this") || s.word(j, "next") {
		j += 2 // "at Murrayfield on Saturday has been billed"
	}
	for ; j < len(s.low) && j <= placeLast+6; j++ {
		switch {
		case s.is(j, hostForecastWords):
			return true
		case s.is(j, hostForecastAux):
		default:
			return false
		}
	}
	return false
}

// hostSeriesWords end the name of a competition held as legs in many
// places, or follow it: "the World Sevens series", "the ATP Tour", "the
// Grand Prix circuit".
var hostSeriesWords = relWords(`series tour circuit`)

// hostLegNouns name one leg of a series: "the first event of", "the third
// leg of", "the opening round of", "a stop on".
var hostLegNouns = relWords(`event events leg legs round rounds stage stages stop stops instalment tournament race meeting`)

// seriesLeg reports event mention m as a series (its name ends in, or is
// followed by, a series word) after "<leg noun> of (the)": "the first
// event of the IRB World Sevens series in Dubai".
func (s *relSent) seriesLeg(m *relMention) bool {
	k := m.first - 1
	if s.word(k, "the") {
		k--
	}
	if !s.word(k, "of") || !s.is(k-1, hostLegNouns) {
		return false
	}
	name := relFieldsLower(s.r.a.doc.Entities[m.entity].Name)
	if len(name) > 0 && hostSeriesWords[name[len(name)-1]] {
		return true
	}
	return s.is(s.eventNameEnd(m), hostSeriesWords)
}

// cityEventAhead applies hostAheadCheck to an event mention m named
// after its city ("the Boston Marathon"), which the city-named-event rule
// (relations_events.go) reads outside the sentence rules: the event is
// its own place, so the clause after the place is the clause after the
// event's name. It returns Hosted when the sentence cannot be read.
func (r *relState) cityEventAhead(m *mention) string {
	if m.sent >= len(r.a.sentTokens) {
		return Hosted
	}
	s := r.sentence(m.sent, true)
	if s == nil {
		return Hosted
	}
	rm := s.mentionAt(m.t0 - r.a.sentTokens[m.sent].Start)
	if rm == nil || rm.entity != m.entity {
		return Hosted
	}
	return s.hostAheadCheck(rm, rm.last, Hosted)
}

// hostAheadConjunctions open a clause about a time still ahead of the
// main clause: "before the event begins in Madrid", "until the Games open
// in Athens". Told in the present, that clause's event is still to come.
var hostAheadConjunctions = relWords(`before until till`)

// presentBeforeClause reports a clause opened by a word of
// hostAheadConjunctions right before its subject (first token first, over
// an article) whose verb at token t is in the present tense: "she need
// not decide until the event begins in Madrid", not "before the event
// began in Madrid".
func (s *relSent) presentBeforeClause(first, t int) bool {
	if first < 0 || (s.tag(t) != "VBZ" && s.tag(t) != "VBP" && s.tag(t) != "VB") { // VB: a plural name read as a bare verb
		return false
	}
	k := first - 1
	if s.word(k, "the") || s.word(k, "this") {
		k--
	}
	return s.is(k, hostAheadConjunctions)
}
