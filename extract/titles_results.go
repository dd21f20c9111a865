package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A match result between two named sides marks a team-sport story as
// surely as its words do: "Chelsea beat Everton 3-1 at home", "Leeds
// drew with Bath 20-20", "Wales lost to Italy 18-21". A short report may
// use no word of sportsWords ("Chelsea beat Everton 3-1 on Saturday.
// Chelsea's Tom Ward scored twice"), and without the result the
// possessive that names a club's player ("Chelsea's Tom Ward") is read
// nowhere. titleMemberships asks it with no word of an individual sport
// (tennis and boxing report results the same way). Tests:
// titles_results_test.go.

// matchResultVerb reports a verb that takes the beaten, winning or held
// side as its object, with the score after it: the match verbs of
// relations_competitions.go ("beat", "thrashed", "lost", "drew").
func matchResultVerb(w string) bool {
	return matchBeatVerbs[w] || matchLoseVerbs[w] || matchDrawVerbs[w]
}

// matchResultGlue may stand between a result verb and the opponent's name:
// "drew with Bath", "lost to Italy", "beat the Saints".
var matchResultGlue = lexicon.WordSet(`with to against the`)

// resultSentence reports a sentence with "NAME RESULT-VERB [glue] NAME
// SCORE": a capitalised word before a result verb (the winner's or
// loser's name), a capitalised name of at most three words after it,
// then a score.
func (a *analysis) resultSentence() bool {
	toks := a.tokens
	for _, sp := range a.sentTokens {
		for k := sp.Start; k < sp.End; k++ {
			if k == sp.Start || !matchResultVerb(toks[k].Lower()) || !isCapWord(toks[k-1]) {
				continue
			}
			n := k + 1
			for n < sp.End && matchResultGlue[toks[n].Lower()] {
				n++
			}
			e := n
			for e < sp.End && e < n+3 && isCapWord(toks[e]) {
				e++
			}
			if e == n || e >= sp.End {
				continue
			}
			if s0, _ := a.scoreAt(e, sp.End); s0 == e {
				return true
			}
		}
	}
	return false
}
