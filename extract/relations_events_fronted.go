package extract

// An event fronted before the clause that tells what was said or shown
// there: "At a meeting in Thailand, ABD president Thadao Chino said ...",
// "In a press conference at the Consumer Electronics Show, Toshiba
// announced ...", "At the show in Las Vegas Microsoft boss Bill Gates said
// ...". The subject of the main verb took part, as in actsAtEvents, which
// reads the event only after the verb.

// frontedOpeners open a sentence with the place or time of an act.
var frontedOpeners = relWords(`at during in`)

// frontedEventActs reads a sentence that opens with "At/During the Z" or
// "In a press conference at the Z" and passes the event and the main verb
// of saying or showing after it to actedAt, which checks the verb's mood
// and finds its subjects.
func (s *relSent) frontedEventActs() {
	if len(s.low) < 4 || !s.is(0, frontedOpeners) {
		return
	}
	at := 0
	if s.word(0, "in") {
		// "In a (separate) press conference at the Z": the event is what
		// follows a later "at", with no name or verb before it.
		at = -1
		for k := 1; k < len(s.low) && k <= 6; k++ {
			if s.ment[k] >= 0 || s.clauseEdge(k) || s.otherVerb(k) {
				break
			}
			if s.word(k, "at") {
				at = k
				break
			}
		}
		if at < 0 {
			return
		}
	}
	e, end := s.headRight(at + 1)
	if e < 0 || !s.r.isEvent(e) {
		return
	}
	commas := 0
	for k := end; k < len(s.low) && k <= end+14; k++ {
		if actAtVerbs[s.low[k]] && (s.tag(k) == "VBD" || s.tag(k) == "VBZ") {
			s.actedAt(k, e)
			return
		}
		if s.quoteMark(k) || s.word(k, "that") || s.word(k, "and") || s.word(k, "which") || s.word(k, "who") {
			return // another clause: "At the summit, which Y attended, X said"
		}
		if s.clauseEdge(k) {
			if commas++; commas > 1 || !s.word(k, ",") {
				return
			}
			continue
		}
		if s.ment[k] < 0 && s.otherVerb(k) {
			return
		}
	}
}
