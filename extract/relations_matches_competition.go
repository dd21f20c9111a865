package extract

import "sort"

// The two sides of a match report's headline match in the story's
// competition. A report under "Wasps 31-37 Leicester" whose lead places
// the match in a competition ("to win a pulsating Heineken Cup
// encounter", "eased into the semi-final of the Scottish Cup with a win
// over Aberdeen") tells that both sides took part in that competition
// (GOLD.md: took part in an event), though no verb of the lead has them
// both as its arguments. sheetCompetition (relations_lineups_played.go)
// picks the competition, so a club report naming the Six Nations for a
// player's past gives none, and a competition of other sides than the
// match's none either.
// Tests: relations_matches_competition_test.go.

// ruleMatchSidesCompetition names the facts of matchSidesCompetition.
const ruleMatchSidesCompetition = "participatedIn/match-side-competition"

// matchSidesCompetition adds participatedIn of the story's competition
// for both sides of the headline's played match.
func (r *relState) matchSidesCompetition(match int, sides map[int]bool) {
	comp := r.sheetCompetition(match, sides)
	if comp < 0 {
		return
	}
	ordered := make([]int, 0, len(sides))
	for side := range sides {
		ordered = append(ordered, side)
	}
	sort.Ints(ordered) // the same facts in the same order on every run
	sent := r.firstSentenceNaming(comp)
	for _, side := range ordered {
		r.add(side, ParticipatedIn, comp, sent, ruleMatchSidesCompetition, 0.7)
	}
}

// firstSentenceNaming is the first sentence with a mention of entity e,
// the evidence shown for a fact read from the story's opening; 0 if none.
func (r *relState) firstSentenceNaming(e int) int {
	for _, m := range r.a.doc.Mentions {
		if m.Entity == e {
			return m.Sentence
		}
	}
	return 0
}
