package extract

// Hosting undone: the clause names an event and its place, and then
// cancels it or only wishes for it.
//
// An event told with its place ("the Baltic Summit in Riga") is read as
// held there, by tense. The clause may go on to undo it: "the summit in
// Riga was called off", "the final in Leeds has been moved to York". A
// cancelled or moved event was not held in the place and will not be,
// and one put back is not yet dated: the place hosts nothing by the
// sentence. The words are those that undo a trip (visitCancelWords,
// visitCancelParticles), and verbs of moving an event away.

// hostMovedWords are participles that take an event away from its place
// when "to", "from" or "away" follows: "was moved to York", "has been
// switched from Leeds".
var hostMovedWords = relWords(`moved switched relocated transferred shifted`)

// hostMovedParticles follow hostMovedWords when the event leaves the place.
var hostMovedParticles = relWords(`to from away elsewhere`)

// hostCalledOffAfter reports, in the clause after the place (from token
// end) of the event whose phrase starts at token first (-1: unknown), a
// passive verb that cancels, puts back or moves the event away: "was
// cancelled", "has been called off", "was due to be held in Riga but was
// moved to Tallinn". The event must be the clause's subject: after a
// preposition ("tickets for the final in Leeds were cancelled") the verb
// undoes something else, and a negated verb ("was not cancelled") undoes
// nothing.
func (s *relSent) hostCalledOffAfter(first, end int) bool {
	if first >= 0 && s.afterPreposition(first) {
		return false
	}
	for k := end; k < len(s.low) && k < end+10; k++ {
		switch {
		case s.word(k, ";") || s.word(k, ":") || s.is(k, relRel) && !s.word(k-1, ","):
			return false
		case (s.word(k, "but") || s.word(k, "and")) && !s.is(k+1, relBe) && !s.is(k+1, relHave):
			// another clause with its own subject ("but the dinner was
			// cancelled"); "but was moved to" goes on with the event's
			return false
		case s.is(k-1, hostUndoNegations):
		case s.cancelledAt(k):
			return true
		case s.is(k, hostMovedWords) && s.is(k+1, hostMovedParticles) && s.beBefore(k):
			return true
		}
	}
	return false
}

// hostUndoNegations before a verb of cancelling say it did not happen:
// "was not cancelled", "was never moved to".
var hostUndoNegations = relWords(`not n't never`)

// afterPreposition reports a preposition before the noun phrase whose
// mention starts at token first, past its article or possessive and
// modifiers, names among them: "for the final", "at this year's summit",
// "for the Baltic Cup final" (a described event's mention may hold its
// head noun only).
func (s *relSent) afterPreposition(first int) bool {
	k := first - 1
	for k >= 0 && k >= first-6 && (s.tag(k) == "DT" || s.tag(k) == "PRP$" || s.tag(k) == "JJ" || s.tag(k) == "CD" ||
		s.tag(k) == "NNP" || s.tag(k) == "NNPS" || s.tag(k) == "POS" || s.tag(k) == "NN" && s.word(k+1, "'s")) {
		k--
	}
	return k >= 0 && (s.tag(k) == "IN" || s.tag(k) == "TO")
}

// hostRequestVerbs ask for an event to be held somewhere: "asked for the
// summit to be held in Riga", "urged the final to be played in Leeds".
// Like the verbs of intention (relIntend: "want the summit to be held in
// Riga"), they tell a wish, not where the event will be.
var hostRequestVerbs = relWords(`asked ask asks asking urged urge urges
	urging called calls call pressed pushed pushing demanded demand demands
	prefer prefers preferred`)

// wishedBefore reports a verb of wanting or asking before the noun phrase
// whose mention starts at token first, the infinitive's subject: "want
// the Baltic Summit (to be held in Riga)", "asked for the summit".
func (s *relSent) wishedBefore(first int) bool {
	k := first - 1
	for k >= 0 && k >= first-4 && (s.tag(k) == "DT" || s.tag(k) == "PRP$" || s.tag(k) == "JJ" || s.tag(k) == "CD" || s.tag(k) == "NNP" || s.tag(k) == "POS") {
		k--
	}
	if s.word(k, "for") {
		k--
	}
	return k >= 0 && (s.is(k, relIntend) || s.is(k, hostRequestVerbs))
}
