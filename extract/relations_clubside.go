package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A player's club named as his "club side". Rugby and football stories set
// a player's club beside his country by the words "club side": the
// player's own ("Tom Hale's club side Rovers") or the club the subject of
// the clause is with ("Hale is on a two-year deal with Welsh club side
// Rovers", "Hale, who has a fine record with club side Rovers"). Hopes and
// plans before "with" ("wants to sign a deal with club side Rovers"),
// negation, a trial and a link give nothing; "his old club" or "his former
// club" is no "club side".

// ruleClubSide names the facts of clubSidePlayers.
const ruleClubSide = "memberOf/club-side" // "Hale is on a deal with club side Rovers"

// clubSideBlocks between the subject and "with" make the tie a hope, a
// plan, a denial or a trial: "wants to", "could", "not", "on trial".
var clubSideBlocks = lexicon.WordSet(`to will would could may might should can
	not never n't trial linked talks rumoured former old ex until before`)

// clubSidePlayers adds memberOf for the players the text ties to a side
// called their "club side" (the comment above). Called from sideCredits,
// so only in sports stories.
func (r *relState) clubSidePlayers(lx *lineupIndex) {
	a := r.a
	for si, st := range a.sentTokens {
		for k := st.Start + 1; k+2 < st.End; k++ {
			if a.tokens[k].Lower() != "club" || a.tokens[k+1].Lower() != "side" {
				continue
			}
			mi := a.mentionStartingAt(k+2, st.End)
			if mi < 0 || !lx.sideTyped(a.ments[mi].entity) {
				continue
			}
			side := lx.sideOf(a.ments[mi].entity, r)
			if side < 0 {
				continue
			}
			if p := a.clubSideOwner(k, st.Start); p >= 0 {
				r.add(p, MemberOf, side, si, ruleClubSide, 0.65)
			}
		}
	}
}

// clubSideOwner returns the person whose club side the "club" at token k
// names: the possessive name straight before ("Hale's club side"), or the
// person who opens the clause that reaches "with" (a demonym may stand
// between: "with Welsh club side"); -1 otherwise.
func (a *analysis) clubSideOwner(k, lo int) int {
	j := k - 1
	if j-1 >= lo && a.tokens[j].Text == "'s" {
		if mi := a.mentionEndingAt(j-1, lo); mi >= 0 && a.doc.Entities[a.ments[mi].entity].Type == Person {
			return a.ments[mi].entity
		}
		return -1
	}
	if j >= lo && a.tokens[j].Lower() != "with" {
		j-- // "with French club side"
	}
	if j < lo || a.tokens[j].Lower() != "with" {
		return -1
	}
	mi := a.mentionStartingAt(lo, j)
	if mi < 0 || a.doc.Entities[a.ments[mi].entity].Type != Person {
		return -1
	}
	for i := a.ments[mi].t1; i < j; i++ {
		if clubSideBlocks[a.tokens[i].Lower()] || a.nameCovering(i) >= 0 {
			return -1
		}
	}
	return a.ments[mi].entity
}
