package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A side's absent players. A side, or the coach who runs it, is "without"
// only its own players: "Arsenal are also without winger Robert Pires",
// "England coach Andy Robinson is already without centre Will Greenwood
// and flanker Richard Hill", "the Teessiders, who have been without
// Gaizka Mendieta, George Boateng and Mark Viduka". The same holds when
// the absence opens the sentence and the side or its coach is the
// subject after the comma: "Even without Van Nistelrooy, United made it
// 13 wins", "Despite being without flanker Keith Gleeson, coach Eddie
// O'Sullivan has ...". Anything else before "without" (a person who runs
// no side, "took gold without the services of X", "leaving without
// breaking X's record") reads no absence. Tests:
// relations_lineups_without_test.go.

// absenceWords say why a side is without a player: "without injured
// winger Robert Pires", "without the suspended X".
var absenceWords = lexicon.WordSet(`the injured suspended banned ill sick
	influential inspirational key`)

// withoutBe are the forms of "be" between a side and "without": "Arsenal
// are also without", "Wales will be without", "who have been without".
var withoutBe = lexicon.WordSet(`are is were was be been`)

// withoutAdverbs may stand between "be" and "without": "are also
// without", "is already without".
var withoutAdverbs = lexicon.WordSet(`also still already now again currently`)

// withoutListOpeners may open the list of absent players: "without
// players like X and Y", "without the likes of X".
var withoutListOpeners = lexicon.WordSet(`players like likes of such as`)

// absentPlayers adds memberOf of the side that is without the players
// listed after "without" at token k of sentence si.
func (r *relState) absentPlayers(lx *lineupIndex, si, k int) {
	a := r.a
	st := a.sentTokens[si]
	players, end := a.absentList(k+1, st.End)
	if len(players) == 0 {
		return
	}
	side := r.sideBeforeWithout(k, st.Start, lx)
	if side < 0 && end < st.End && a.tokens[end].Text == "," && a.frontedAbsence(k, st.Start) {
		side = r.sideOpeningAt(end+1, st.End, lx)
	}
	if side < 0 {
		return
	}
	for _, p := range players {
		r.add(p, MemberOf, side, si, ruleWithout, 0.6)
	}
}

// absentList returns the persons listed from token k ("winger Robert
// Pires", "centre Will Greenwood and flanker Richard Hill", "players
// like X, Y and Z") and the token right after the list.
func (a *analysis) absentList(k, hi int) ([]int, int) {
	skip := func(k int) int {
		k = a.skipAbsentDescriptor(k, hi)
		for k < hi {
			w := a.tokens[k].Lower()
			if !teamRoleModifiers[w] && !absenceWords[w] && !squadPositions[w] && !withoutListOpeners[w] && w != "and" {
				break
			}
			k++ // "captain and goal-kicker", "flanker", "players like"
		}
		return k
	}
	var out []int
	k = skip(k)
	for k < hi {
		mi := a.nameCovering(k)
		if mi < 0 || a.ments[mi].t0 != k || a.doc.Entities[a.ments[mi].entity].Type != Person {
			break
		}
		out = append(out, a.ments[mi].entity)
		k = a.ments[mi].t1
		if k+1 >= hi || a.tokens[k].Text != "," && a.tokens[k].Lower() != "and" {
			break
		}
		n := skip(k + 1)
		if mi := a.nameCovering(n); mi < 0 || a.ments[mi].t0 != n || a.doc.Entities[a.ments[mi].entity].Type != Person {
			break // the list ends at the comma: "Even without X, United ..."
		}
		k = n
	}
	return out, k
}

// absentDescriptors are plural nouns that describe the players listed
// after them, behind a capitalised run that names what they won or where
// they play: "without World Cup winners X, Y and Z", "without Lions
// tourists X and Y".
var absentDescriptors = lexicon.WordSet(`winners champions stars internationals
	regulars veterans tourists`)

// skipAbsentDescriptor returns the token after a descriptor of the listed
// players starting at token k ("World Cup winners"): up to three
// capitalised words no person's name covers, then one of
// absentDescriptors; else k.
func (a *analysis) skipAbsentDescriptor(k, hi int) int {
	for n := k; n < hi && n < k+4; n++ {
		if absentDescriptors[a.tokens[n].Lower()] {
			return n + 1
		}
		t := a.tokens[n]
		if t.Text == t.Lower() {
			return k // a lower-case word before any descriptor
		}
		if mi := a.nameCovering(n); mi >= 0 && a.doc.Entities[a.ments[mi].entity].Type == Person {
			return k
		}
	}
	return k
}

// sideBeforeWithout returns the side before "be (also|already...)
// without" at token k, made the team when it is a place: the side
// itself, the one side its subject coaches, or the side a ", who" clause
// hangs on; else -1.
func (r *relState) sideBeforeWithout(k, lo int, lx *lineupIndex) int {
	a := r.a
	b := k - 1
	if b >= lo && withoutAdverbs[a.tokens[b].Lower()] {
		b--
	}
	if b < lo || !withoutBe[a.tokens[b].Lower()] {
		return -1
	}
	switch {
	case a.tokens[b].Lower() == "be" && b-1 >= lo && (a.tokens[b-1].Lower() == "will" || a.tokens[b-1].Lower() == "could"):
		b--
	case a.tokens[b].Lower() == "been" && b-1 >= lo && haveForms[a.tokens[b-1].Lower()]:
		b--
	case a.tokens[b].Lower() == "been" || a.tokens[b].Lower() == "be":
		return -1
	}
	if b-2 >= lo && a.tokens[b-1].Lower() == "who" && a.tokens[b-2].Text == "," {
		b -= 2 // "the Teessiders, who have been without"
	}
	mi := a.mentionEndingAt(b-1, lo)
	if mi < 0 {
		return -1
	}
	return r.sideOrCoached(a.ments[mi].entity, lx)
}

// haveForms come before "been": "who have been without".
var haveForms = lexicon.WordSet(`have has had`)

// frontedAbsence reports a "without" at token k that opens its sentence
// after lower-case words only ("Even without", "Despite being without",
// "As well as entering the tournament without"), a quotation mark aside.
func (a *analysis) frontedAbsence(k, lo int) bool {
	for j := lo; j < k; j++ {
		t := a.tokens[j]
		switch {
		case t.Text == "\"" || t.Text == "“" || t.Text == "'":
		case t.Text == "," || t.Text == ";" || t.Text == ":":
			return false
		case j > lo && t.Text != t.Lower():
			return false // a name: the absence is another subject's
		case a.tokMention != nil && a.tokMention[j] != 0:
			return false
		}
	}
	return true
}

// sideOpeningAt returns the side that opens the clause at token k: a side
// ("United made it"), or a coach's name with his role before it ("coach
// Eddie O'Sullivan has", "England coach Andy Robinson"); else -1.
func (r *relState) sideOpeningAt(k, hi int, lx *lineupIndex) int {
	a := r.a
	for k < hi && (a.tokens[k].Lower() == "the" || sideLeaderRoles[a.tokens[k].Lower()]) {
		k++ // "the", "coach Eddie O'Sullivan"
	}
	mi := a.mentionStartingAt(k, hi)
	if mi < 0 {
		return -1
	}
	e := a.ments[mi].entity
	n := a.ments[mi].t1
	if lx.sideTyped(e) && n < hi && sideLeaderRoles[a.tokens[n].Lower()] {
		// "England coach Andy Robinson": the coach's side.
		if pi := a.mentionStartingAt(n+1, hi); pi >= 0 && lx.typeOf(a.ments[pi].entity) == Person {
			return lx.sideOf(e, r)
		}
		return -1
	}
	return r.sideOrCoached(e, lx)
}

// sideOrCoached returns entity e made a side when it can be one, or the
// one side the person e coaches or manages; else -1.
func (r *relState) sideOrCoached(e int, lx *lineupIndex) int {
	if lx.sideTyped(e) {
		return lx.sideOf(e, r)
	}
	if lx.typeOf(e) != Person {
		return -1
	}
	side := -1
	for _, f := range r.a.doc.Facts {
		if f.Predicate != LeaderOf || f.Subject != e || lx.typeOf(f.Object) != Organization {
			continue
		}
		if side >= 0 && side != f.Object {
			return -1 // two bodies: no one side
		}
		side = f.Object
	}
	return side
}
