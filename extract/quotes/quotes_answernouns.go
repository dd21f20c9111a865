package quotes

// A speaker's answer introduced by a colon, with no verb of saying:
//
//	Olsen was asked whether taxes would rise. His answer: "Not this year."
//	Dahl's reply was blunt: "This budget does nothing for families."
//	Her verdict: "It is the best plan we have seen."
//
// The noun names what its possessor said, so the possessor speaks (as
// "his statement" gives the statement's owner, quotes_statements.go).
// Not: "The answer: …" (no possessor), "His book: …" (not something
// said), "His answer to the critics was a new law: …" (more than a short
// complement between the noun and the colon).

// qAnswerNouns name what someone said.
var qAnswerNouns = qWordSet(`answer reply response verdict retort riposte
	advice explanation message comment comments words`)

// qAnswerCopulas may link the noun to a short judgement before the colon.
var qAnswerCopulas = qWordSet(`was is`)

// answerOwner returns the possessor of the answer noun that ends the
// clause ts (before its colon), or -1.
func (q *quoter) answerOwner(ts []qtok) (int, int) {
	n := len(ts)
	if n > 0 && q.text[ts[n-1].s:ts[n-1].e] == ":" {
		n--
	}
	// at most a copula and one judging word after the noun: "was blunt"
	for back := 0; back <= 2 && n-1-back >= 0; back++ {
		t := ts[n-1-back]
		if t.kind != qkWord {
			return -1, 0
		}
		w := q.text[t.s:t.e]
		if qAnswerNouns[w] {
			// the word after the noun is a copula ("was blunt:",
			// "was:"), or nothing comes between noun and colon
			if back > 0 && !qAnswerCopulas[q.text[ts[n-back].s:ts[n-back].e]] {
				return -1, 0
			}
			return q.possessor(t.s)
		}
	}
	return -1, 0
}
