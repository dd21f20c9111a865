package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A cast is told as "ACTOR as CHARACTER" after a verb of starring: "the
// film stars Tom Reed as Jed Crane", "starring Kate Malone as Greta",
// "stars former soap actor Dan Price as Captain Vardley". The part after
// "as" is a character, no entity of GOLD.md's types, though the name
// rules type it a person. "as" after a name says many other things ("Mark
// Hughes as Wales coach", "Kate Winslet as Oscar presenters", "Brown as
// Chancellor"), so the star verb must open the clause a few words before
// the actor, and the part must pass the checks a played part passes (see
// playedCharacter; both call characterPart): no known name, no noun or possessive after it, no
// surname alone or initial (a biopic's real person), every standing-alone
// mention framed and none inside a fuller name.

// starVerbs put a cast after them.
var starVerbs = lexicon.WordSet(`star stars starred starring co-star co-stars co-starred co-starring`)

// starReach is how many tokens may stand between a star verb and "as":
// the actor's name and the words describing the actor ("stars former
// Quantum Leap actor Scott Bakula as ...").
const starReach = 9

// castCharacter reads the character after "as" at k when a name closes
// right before it and a star verb comes at most starReach tokens earlier
// in the sentence.
func (x *Extractor) castCharacter(a *analysis, s, k int) (int, int) {
	if k-1 < a.sentTokens[s].Start || !isCapWord(a.tokens[k-1]) || !starVerbBefore(a, s, k) {
		return 0, 0
	}
	return x.characterPart(a, s, k+1) // entities_characters.go
}

// starVerbBefore reports whether a lower-case star verb stands at most
// starReach tokens before k in sentence s, with no punctuation (a
// comma, a bracket) between.
func starVerbBefore(a *analysis, s, k int) bool {
	lo := a.sentTokens[s].Start
	for p := k - 1; p >= lo && k-p <= starReach; p-- {
		t := a.tokens[p]
		if t.Flags&textseg.TPunct != 0 {
			return false
		}
		if a.lowerAt(s, p) && starVerbs[t.Lower()] {
			return true
		}
	}
	return false
}
