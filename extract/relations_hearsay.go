package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A trigger inside a clause the text passes on as report or rumour gives
// no fixed fact: "declined to comment on reports that Barclays held talks
// with Wells Fargo", "rumours have suggested that he wants to quit the
// band", "it is rumoured that she will leave the party". The writer
// asserts only that the report exists. A report the text confirms
// ("the bank confirmed reports that it held talks") is the writer's fact.
// Open facts drop such clauses by the parse (openfacts.doubtWords); the
// relation rules read surface words, so the clause is found from the
// trigger leftwards, within its clause.

// hearsayClause reports whether the trigger at t sits in a clause opened
// by a hearsay construction before it in the same clause.
func (s *relSent) hearsayClause(t int) bool {
	for j := t - 1; j > 0; j-- {
		if s.clauseEdge(j) || s.quoteMark(j) {
			return false
		}
		switch {
		case s.word(j, "that") || s.word(j, "of") || s.word(j, "about"):
			if s.hearsayNoun(j-1) || s.word(j, "that") && s.itIsRumoured(j-1) {
				return true
			}
		case s.is(j, lexicon.HearsayVerbs) && s.hearsayNounSubject(j):
			return true // "rumours have suggested (that) ..."
		}
	}
	return false
}

// hearsayNoun reports a noun of report at k that no confirming verb just
// before takes as its object ("confirmed press reports").
func (s *relSent) hearsayNoun(k int) bool {
	if !s.is(k, lexicon.HearsayNouns) || s.tag(k) != "NN" && s.tag(k) != "NNS" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if s.clauseEdge(j) {
			break
		}
		if s.is(j, lexicon.ConfirmingVerbs) {
			return false
		}
	}
	return true
}

// hearsayNounSubject reports a noun of report as the subject of the verb
// at v, across auxiliaries and adverbs: "recent rumours have suggested",
// "reports claimed".
func (s *relSent) hearsayNounSubject(v int) bool {
	for j := v - 1; j >= 0 && j >= v-4; j-- {
		switch {
		case s.hearsayNoun(j):
			return true
		case s.is(j, relHave) || s.is(j, relBe) || s.tag(j) == "RB" || s.tag(j) == "MD":
		default:
			return false
		}
	}
	return false
}

// itIsRumoured reports "it is rumoured", "it has been widely reported"
// ending at k.
func (s *relSent) itIsRumoured(k int) bool {
	if !s.is(k, lexicon.HearsayParticiples) {
		return false
	}
	sawBe := false
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch {
		case s.word(j, "it"):
			return sawBe
		case s.is(j, relBe):
			sawBe = true
		case s.is(j, relHave) || s.tag(j) == "RB":
		default:
			return false
		}
	}
	return false
}
