package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A side given a result by its player's score. Match reports credit a
// score with what it won for the side: "Novo gave Rangers a scrappy
// victory", "Graham earned Middlesbrough a battling draw", "Toure's late
// goal gives the Gunners hope for the second leg". The player (or the
// owner of the shot, as in scorerBefore) opens the clause, the side
// follows the verb straight away, and a result the side gains follows
// the side: the scorer is the side's member. A lead is read by
// scorerCredits ("gave Liverpool the lead"); this reads the other gains.
//
// A manager or any of the side's staff also "gives a side hope", so a
// person the text makes a leader of anything is no scorer here; a gain
// that is no result of play ("gave Chelsea a penalty" is the referee's,
// "gave Arsenal a boost" is anyone's) is not in the list, and an own
// goal, a person as the object ("gave Henman a vital break") and a
// modal or "to" before the verb (a hope: "could give Wales victory")
// say nothing.

// ruleScoreGift names the facts of scoreGifts.
const ruleScoreGift = "memberOf/score-gave-side"

// scoreGiftVerbs give the side straight after them a result: "gave
// Rangers a victory", "earned Middlesbrough a draw".
var scoreGiftVerbs = lexicon.WordSet(`gave give gives giving earned earns
	earning secured secures securing snatched snatches clinched clinches
	sealed seals salvaged salvages rescued rescues handed hands`)

// scoreGiftNouns are the results of play a score wins a side: "a
// scrappy victory", "a battling draw", "hope for the second leg", "an
// ideal start".
var scoreGiftNouns = lexicon.WordSet(`victory win draw point points hope
	hopes start lifeline reprieve triumph success consolation equaliser
	cushion`)

// scoreGiftDeterminers may open the result: "a", "their first", "the".
var scoreGiftDeterminers = lexicon.WordSet(`a an the their its his`)

// scoreGiftBareVerbs take two objects with no determiner between them
// ("gave Rangers victory", "gives the Gunners hope"); after the others a
// bare noun makes one compound object, as in a headline's "Ivanovic
// seals Canberra victory" (a victory at Canberra, no side's).
var scoreGiftBareVerbs = lexicon.WordSet(`gave give gives giving earned earns
	earning handed hands`)

// scoreGifts adds memberOf for the scorers whose score gave a side a
// result (the file comment above).
func (r *relState) scoreGifts(lx *lineupIndex) {
	a := r.a
	leaders := map[int]bool{}
	for _, f := range a.doc.Facts {
		if f.Predicate == LeaderOf {
			leaders[f.Subject] = true
		}
	}
	for si, st := range a.sentTokens {
		if si == 0 {
			continue // a headline's words are too few to tell objects apart
		}
		for k := st.Start + 1; k+2 < st.End; k++ {
			if !scoreGiftVerbs[a.tokens[k].Lower()] || scoreHedges[a.tokens[k-1].Lower()] {
				continue
			}
			side := r.sideGivenResult(lx, k, st.End)
			if side < 0 {
				continue
			}
			p := a.scorerBefore(k, st.Start)
			if p < 0 || leaders[p] {
				continue
			}
			r.add(p, MemberOf, side, si, ruleScoreGift, 0.6)
		}
	}
}

// sideGivenResult returns the side straight after the verb at token k
// ("gave Rangers", "gives the Gunners") when a result of play follows it
// ("a scrappy victory", "hope"); else -1.
func (r *relState) sideGivenResult(lx *lineupIndex, k, hi int) int {
	a := r.a
	t := k + 1
	if a.tokens[t].Lower() == "the" {
		t++
	}
	mi := a.sideMentionStartingAt(t, hi)
	if mi < 0 {
		return -1
	}
	m := a.ments[mi]
	if m.entity < 0 || !lx.sideTyped(m.entity) {
		return -1
	}
	n := m.t1
	if n < hi && scoreGiftDeterminers[a.tokens[n].Lower()] {
		n++
	} else if !scoreGiftBareVerbs[a.tokens[k].Lower()] {
		return -1
	}
	// Up to two modifiers before the noun: "a scrappy victory", "an
	// ideal start", "a late, late win".
	for i := n; i < hi && i <= n+2; i++ {
		w := a.tokens[i].Lower()
		if scoreGiftNouns[w] {
			return lx.sideOf(m.entity, r)
		}
		if isCapWord(a.tokens[i]) || clauseBreaks[w] || w == "own" {
			return -1
		}
	}
	return -1
}
