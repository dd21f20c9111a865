package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A coach's own players. When the subject of a clause is a person who
// runs one side, a player named there by his bare position is that
// side's: "Benitez defended goalkeeper Jerzy Dudek", "Liverpool manager
// Rafael Benitez has ordered captain Steven Gerrard not to play down
// their ambitions", "Robinson has confirmed that fly-half Charlie Hodgson
// will be the first-choice kicker". A coach speaks of another side's
// player by naming the side ("Chelsea striker X", "the Ireland captain")
// or by marking him as the other's ("opposing skipper Roy Keane",
// "former captain Martin Johnson"), and those are left alone; a plural
// position reads the list after it ("strikers X and Y"); so is a
// sentence about a transfer ("wants to sign striker X": not yet his), a
// player the text ties to another body, a person who runs no side or two,
// and a sentence that names a team or place besides the coach's side.
// Tests: relations_lineups_coached_test.go.

// ruleCoachedPlayer names the facts of coachedPlayers.
const ruleCoachedPlayer = "memberOf/coach-subject-position"

// otherSideMarks before a bare position make the player someone else's:
// "opposing skipper", "former captain", "rival striker".
var otherSideMarks = lexicon.WordSet(`opposing opposition rival former ex
	ex- old one-time their his her its another whose visiting home`)

// coachedPlayers adds memberOf of the subject coach's side for the players
// a clause of his names by a bare position.
func (r *relState) coachedPlayers(lx *lineupIndex) {
	a := r.a
	targets := r.personsBeside(transferWords)
	teams := map[int][]int{}
	for _, f := range a.doc.Facts {
		if (f.Predicate == MemberOf || f.Predicate == LeaderOf) && r.typeOf(f.Subject) == Person {
			teams[f.Subject] = append(teams[f.Subject], f.Object)
		}
	}
	staff := r.nonPlayers()
	for si, st := range a.sentTokens {
		if si == 0 {
			continue // the headline
		}
		coach, side, from := r.subjectCoach(si, lx)
		if side < 0 {
			continue
		}
		if r.namesOtherBody(si, side, coach) {
			continue // "Benitez praised goalkeeper X after the win at Chelsea"
		}
		for k := from; k+1 < st.End; k++ {
			w := a.tokens[k].Lower()
			if w == ";" || w == ":" {
				break // another clause
			}
			plural := len(w) > 1 && w[len(w)-1] == 's' && squadPositions[w[:len(w)-1]]
			if !squadPositions[w] && !plural || a.tokens[k].Text != w {
				continue
			}
			if k > st.Start {
				prev := a.tokens[k-1]
				if otherSideMarks[prev.Lower()] || prev.Text != prev.Lower() || prev.Lower() == "'s" || prev.Lower() == "'" {
					continue // "opposing skipper", "Chelsea striker", "Gerrard's captain"
				}
			}
			players, _ := a.absentList(k+1, st.End) // "strikers X and Y"
			if !plural && len(players) > 1 {
				players = players[:1] // "striker X and Y": Y may be anyone
			}
			for _, p := range players {
				if p == coach || targets[p] || staff[p] || tiedElsewhere(teams[p], side) {
					continue
				}
				r.add(p, MemberOf, side, si, ruleCoachedPlayer, 0.6)
			}
		}
	}
}

// subjectCoach returns the person who opens sentence si as its subject
// ("Benitez defended", "Liverpool manager Rafael Benitez has ordered",
// "But Wenger insisted"), the one side he runs, and the token after his
// name; side is -1 when the sentence opens otherwise or he runs no side
// or two.
func (r *relState) subjectCoach(si int, lx *lineupIndex) (int, int, int) {
	a := r.a
	st := a.sentTokens[si]
	k := st.Start
	for k < st.End && (a.tokens[k].Text == "\"" || a.tokens[k].Text == "“" || coachClauseOpeners[a.tokens[k].Lower()]) {
		k++
	}
	// "Liverpool manager Rafael Benitez": the side and the role before him.
	if mi := a.mentionStartingAt(k, st.End); mi >= 0 && lx.sideTyped(a.ments[mi].entity) {
		k = a.ments[mi].t1
		if k < st.End && a.tokens[k].Lower() == "'s" {
			k++
		}
	}
	for k < st.End && sideLeaderRoles[a.tokens[k].Lower()] {
		k++
	}
	mi := a.mentionStartingAt(k, st.End)
	if mi < 0 {
		return -1, -1, 0
	}
	p := a.ments[mi].entity
	n := a.ments[mi].t1
	if lx.typeOf(p) != Person || n >= st.End || a.tokens[n].Text != a.tokens[n].Lower() || a.tokens[n].Text == "," || a.tokens[n].Lower() == "'s" {
		return -1, -1, 0 // no subject, or a list or apposition: "Benitez, whose side ..."
	}
	side := r.sideOrCoached(p, lx)
	if side < 0 || lx.sideTyped(p) {
		return -1, -1, 0
	}
	return p, side, n
}

// coachClauseOpeners may stand before a sentence's subject: "But Wenger
// insisted", "And Benitez added".
var coachClauseOpeners = lexicon.WordSet(`but and meanwhile however now so yet also`)

// namesOtherBody reports an organisation, country or city named in
// sentence si other than side and the coach's own team names.
func (r *relState) namesOtherBody(si, side, coach int) bool {
	a := r.a
	for _, m := range a.mentionsInSentence(si) {
		if m.entity < 0 || m.hidden || m.entity == side || m.entity == coach {
			continue
		}
		switch r.typeOf(m.entity) {
		case Organization, Country, City, Place:
			return true
		}
	}
	return false
}
