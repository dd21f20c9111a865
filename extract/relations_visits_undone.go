package extract

// A trip or visit named as a noun ("X's trip to Y", "X's visit to Y")
// tells a visit only when it took place. The words before the noun are
// checked already (planned, upcoming, not); these are the words after the
// destination, in the same clause, that say it did not or has not yet:
//
//	"Anna Berg's trip to Japan next month"           - still to come
//	"Anna Berg's trip to Japan was called off"       - cancelled
//	"Anna Berg's visit to Peru has been postponed"   - put back
//	"Anna Berg's visit to Peru in May was a success" - took place

// visitCancelWords are participles that undo a trip: "was cancelled",
// "has been scrapped".
var visitCancelWords = relWords(`cancelled canceled postponed scrapped
	abandoned shelved delayed axed deferred aborted suspended`)

// visitCancelParticles complete a phrasal verb of cancelling: "called
// off", "put off", "put back".
var visitCancelParticles = map[string]map[string]bool{
	"called": relWords(`off`),
	"put":    relWords(`off back`),
}

// visitAheadUnits follow "next" or "coming" in a time phrase: "next
// month", "the coming weeks".
var visitAheadUnits = relWords(`week weeks month months year years weekend
	spring summer autumn fall winter season monday tuesday wednesday
	thursday friday saturday sunday`)

// visitUndoneAfter reports, in the clause after a trip's destination
// (from token end), a time still to come or a verb of cancelling.
func (s *relSent) visitUndoneAfter(end int) bool {
	for k := end; k < len(s.low) && k < end+10; k++ {
		w := s.low[k]
		switch {
		case w == ";" || w == ":" || s.is(k, relRel) && !s.word(k-1, ","):
			return false
		case w == "tomorrow":
			return true
		case (w == "next" || w == "coming") && s.is(k+1, visitAheadUnits):
			return true
		case w == "later" && (s.word(k+1, "this") || s.word(k+1, "next")):
			return true
		case s.cancelledAt(k):
			return true
		}
	}
	return false
}

// cancelledAt reports a passive verb of cancelling at token k: "was
// cancelled", "has been called off", "was quietly scrapped".
func (s *relSent) cancelledAt(k int) bool {
	w := s.low[k]
	return (visitCancelWords[w] || visitCancelParticles[w] != nil && s.is(k+1, visitCancelParticles[w])) && s.beBefore(k)
}

// visitAheadBefore: "next month's visit to Peru".
func (s *relSent) visitAheadBefore(t int) bool {
	return s.word(t-1, "'s") && s.is(t-2, visitAheadUnits) && (s.word(t-3, "next") || s.word(t-3, "coming"))
}

// beBefore reports a form of "be" before token k, past one adverb: "was
// cancelled", "was quietly scrapped".
func (s *relSent) beBefore(k int) bool {
	if s.is(k-1, relAdverb) || s.tag(k-1) == "RB" {
		k--
	}
	return s.is(k-1, relBe)
}
