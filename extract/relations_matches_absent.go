package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// A player kept out of a match that was played: "Reid did not play in the
// Cup win over X", "Reid didn't feature in the 2-1 defeat". The denial is
// of the player's part, not of the result: the match was had and its
// sides took part; the player did not (the player rules need a verb told
// as done, which a denied one is not). Only the past ("did not", "was
// not") is read: "will not play in the win" is no report, and a modal
// ("could not play") leaves the clause doubted.

// absentPlayVerbs are the base forms a denied past puts a player out of a
// match with: "did not play in", "didn't feature in".
var absentPlayVerbs = lexicon.WordSet(`play feature appear start figure`)

// absentFromResult reports a result noun at word v that hangs, through
// "in" or "during", from a play verb denied in the past ("did not play
// in the win"), with nothing above that verb doubting or wishing it.
func (r *relState) absentFromResult(p *syntax.Sentence, v int) bool {
	if p.Deprel[v] != "obl" {
		return false
	}
	if c := caseWord(p, v); c != "in" && c != "during" {
		return false
	}
	x := p.Head[v] - 1
	if x < 0 || p.XPOS[x] != "VB" || !absentPlayVerbs[strings.ToLower(p.Words[x])] {
		return false
	}
	past, denied := false, false
	for k := range p.Words {
		if p.Head[k]-1 != x {
			continue
		}
		w := strings.ToLower(p.Words[k])
		switch {
		case p.Deprel[k] == "aux" && w == "did":
			past = true
		case p.Deprel[k] == "aux" && matchModals[w]:
			return false // "could not play in": a doubt
		case (p.Deprel[k] == "advmod" || p.Deprel[k] == "aux") && matchNegators[w]:
			denied = true
		case p.Deprel[k] == "mark":
			return false // "if he did not play", "to play"
		}
	}
	if !past || !denied {
		return false
	}
	// Above the denied verb the clause must be free: "said he did not
	// play in the win" is a report, "hopes he did not" is no result.
	return p.Head[x] == 0 || r.nounResultHad(p, p.Head[x]-1)
}
