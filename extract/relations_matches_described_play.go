package extract

import "github.com/newsgraph/newsgraph/syntax"

// The play of a described match told in the sentence after its result.
// A report that names a match by its result ("England wasted a lead in
// their 18-17 defeat to France", "their display in the 3-1 defeat against
// Bayern Munich") goes on to tell who made the play without naming the
// match again: "Goal-kickers Charlie Hodgson and Olly Barkley missed six
// penalty attempts", "Kolo Toure's late goal gives the Gunners hope".
// Those players took part in the match, as headlineMatchPlayers credits
// the players after a score-line headline's lead.
//
// Only the very next sentence is read, and only when it can be about no
// other match: a story with a headline match (whose report the players
// are credited to already), a sentence that tells another result, turns
// to another match, names an earlier season or another event, or names a
// team that is neither side, credits no one. A coach or a manager
// (nonPlayers), a side itself and a name inside a quotation are no
// players.

// ruleResultMatchNextPlayer names the facts of resultMatchNextPlayers.
const ruleResultMatchNextPlayer = "participatedIn/result-match-next-player" // "... in their 18-17 defeat to France. Hodgson missed six penalty attempts."

// resultMatchNextPlayers adds participatedIn of the described match ev,
// told in sentence i with sides own and opp, for the players sentence
// i+1 credits with the play (the file comment above).
func (r *relState) resultMatchNextPlayers(ev, own, opp, i int, staff map[int]bool) {
	a := r.a
	j := i + 1
	if opp < 0 || j >= len(a.sentTokens) || j >= len(a.doc.Sentences) || r.storyHasHeadlineMatch() {
		return
	}
	if !a.sentenceHasWord(j, scorerVerbs, matchPlayVerbs, matchLeadVerbs, matchScoreNouns) || a.sentenceHasWord(j, resultMatchNouns) {
		return
	}
	sides := map[int]bool{opp: true}
	if own >= 0 {
		sides[own] = true // "their display in the 3-1 defeat" may leave the owner unknown
	}
	if r.turnsToOtherMatch(j) || r.earlierInMatch(j) || r.eventBesides(j, ev, r.storyCompetitionOf(competitionEnds)) || r.otherSideBetween(a.mentionsIn(j), a.doc.Sentences[j].Start, a.doc.Sentences[j].End, ev, sides) {
		return
	}
	r.creditMatchPlayers(j, ev, sides, staff, true, ruleResultMatchNextPlayer, 0.6)
}

// storyHasHeadlineMatch reports a match the headline names (a score line)
// or the lead tells under it (leadMatch), whose players
// headlineMatchPlayers has credited.
func (r *relState) storyHasHeadlineMatch() bool {
	for _, f := range r.a.doc.Facts {
		if f.Rule == ruleMatchHeadline || f.Rule == ruleLeadMatch {
			return true
		}
	}
	return r.a.headlineScoreSides() != nil
}

// namedSubjects returns heads hs with a role noun the parser took for the
// subject beside the names ("Goal-kickers Charlie Hodgson and Olly
// Barkley missed": two nsubj of one verb) replaced by the named subjects
// and their conjuncts.
func namedSubjects(p *syntax.Sentence, ents []int, hs []int) []int {
	var out []int
	for _, h := range hs {
		if competitorAt(p, ents, h) >= 0 || p.Deprel[h] != "nsubj" {
			out = append(out, h)
			continue
		}
		for k := range p.Words {
			if k != h && p.Head[k] == p.Head[h] && p.Deprel[k] == "nsubj" && ents[k] >= 0 {
				out = append(out, withConjuncts(p, []int{k})...)
			}
		}
	}
	return out
}
