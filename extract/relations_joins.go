package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Relative clauses of joining and leaving that the parser often attaches
// to the wrong head, so the dependency rules miss them: the subject
// relative after a listed antecedent ("Chad, Sudan and Eritrea, which quit
// the Arab League in 2023", also "..., which remain X and which quit the
// Y") and the object relative whose antecedent is the body joined ("the
// Commonwealth, which Rwanda joined in 2009"). Joined implies memberOf
// through the implied pass that runs after this one.
const (
	ruleRelJoinSubj = "joins:relative-subject" // "Chad, which quit the Arab League" -> left
	ruleRelJoinObj  = "joins:relative-object"  // "the Commonwealth, which Rwanda joined" -> joined
)

// relJoinVerbs maps a past-tense verb to its predicate.
var relJoinVerbs = map[string]string{
	"joined": Joined, "rejoined": Joined, "quit": Left, "left": Left,
}

// relJoinAdverbs may stand between "which" and the verb.
var relJoinAdverbs = lexicon.WordSet(`also later then itself subsequently formally`)

// relJoinBlocNouns may follow the body's name before the comma ("the
// SkyTeam alliance, which ...").
var relJoinBlocNouns = lexicon.WordSet(`alliance bloc group grouping pact union coalition partnership agreement organisation organization federation`)

// relativeJoins adds joined and left from the two relative clauses and
// from a lawmaker crossing the floor.
func (r *relState) relativeJoins() {
	a := r.a
	toks := a.tokens
	r.crossedFloor()
	r.reportedJoins()
	for s, sp := range a.sentTokens {
		for k := sp.Start + 1; k+2 < sp.End; k++ {
			if toks[k].Lower() != "which" {
				continue
			}
			r.relJoinSubject(s, sp.Start, sp.End, k)
			r.relJoinObject(s, sp.Start, sp.End, k)
		}
	}
}

// relJoinSubject reads "X, which [also] VERB [the] ORG" at "which" k.
func (r *relState) relJoinSubject(s, lo, hi, k int) {
	a := r.a
	toks := a.tokens
	v := k + 1
	for v < hi && relJoinAdverbs[toks[v].Lower()] {
		v++
	}
	if v+1 >= hi {
		return
	}
	pred := relJoinVerbs[toks[v].Lower()]
	if pred == "" {
		return
	}
	// "the bloc" resolved to a body is a mention from its "the" on
	body := a.entityAtToken(v + 1)
	if body < 0 && toks[v+1].Lower() == "the" && v+2 < hi {
		body = a.entityAtToken(v + 2)
	}
	if body < 0 || r.typeOf(body) != Organization {
		return
	}
	ante := r.relAntecedent(lo, k)
	for _, e := range a.namesEndingAt(ante, lo, nil) {
		if t := r.typeOf(e); t == Country || t == Organization || pred == Joined && t == Person {
			r.add(e, pred, body, s, ruleRelJoinSubj, 0.7)
		}
	}
}

// relAntecedent returns the last token of the antecedent of "which" at
// k: the word before ", which", or for "... and which" the antecedent of
// the earlier ", which" of the same sentence; -1 when there is none.
func (r *relState) relAntecedent(lo, k int) int {
	toks := r.a.tokens
	if k-1 > lo && toks[k-1].Text == "," {
		return k - 2
	}
	if k-1 <= lo || toks[k-1].Lower() != "and" {
		return -1
	}
	for j := k - 2; j > lo+1; j-- {
		if toks[j].Lower() == "which" && toks[j-1].Text == "," {
			return j - 2
		}
	}
	return -1
}

// relJoinObject reads "ORG [alliance], which X VERB" at "which" k, the
// verb with no object of its own ("which Rwanda joined in 2009").
func (r *relState) relJoinObject(s, lo, hi, k int) {
	a := r.a
	toks := a.tokens
	if k-2 < lo || toks[k-1].Text != "," {
		return
	}
	mi := a.mentionStartingAt(k+1, hi)
	if mi < 0 {
		return
	}
	subj := a.ments[mi].entity
	v := a.ments[mi].t1
	if v >= hi {
		return
	}
	pred := relJoinVerbs[toks[v].Lower()]
	if pred == "" {
		return
	}
	if v+1 < hi {
		if n := toks[v+1].Lower(); n == "the" || n == "a" || n == "an" || n == "its" || n == "their" || a.entityAtToken(v+1) >= 0 {
			return
		}
	}
	end := k - 2
	if relJoinBlocNouns[toks[end].Lower()] {
		end--
	}
	bm := a.mentionEndingAt(end, lo)
	if bm < 0 {
		return
	}
	body := a.ments[bm].entity
	if r.typeOf(body) != Organization {
		return
	}
	if t := r.typeOf(subj); t == Country || t == Organization || pred == Joined && t == Person {
		r.add(subj, pred, body, s, ruleRelJoinObj, 0.7)
	}
}

const ruleCrossedFloor = "joins:crossed-floor" // "X crossed the floor to join the Liberals" -> joined, and left X's old party

// crossedFloor reads a lawmaker's change of party: "X crossed the floor
// [to join ORG]" leaves the party the same sentence made X a member of
// ("Conservative lawmaker X crossed the floor") and joins ORG. Only the
// past tense: "threatened to cross the floor" is no move.
func (r *relState) crossedFloor() {
	a := r.a
	toks := a.tokens
	for s, sp := range a.sentTokens {
		for k := sp.Start + 1; k+2 < sp.End; k++ {
			if toks[k].Lower() != "crossed" || toks[k+1].Lower() != "the" || toks[k+2].Lower() != "floor" {
				continue
			}
			mi := a.mentionEndingAt(k-1, sp.Start)
			if mi < 0 || r.typeOf(a.ments[mi].entity) != Person {
				continue
			}
			who := a.ments[mi].entity
			body := -1
			if j := k + 3; j+1 < sp.End && toks[j].Lower() == "to" && toks[j+1].Lower() == "join" {
				// the body named within a few words: "to join Canada's governing Liberals"
				for o := j + 2; o < sp.End && o < j+7 && toks[o].Text != "," && toks[o].Text != "."; o++ {
					if e := a.entityAtToken(o); e >= 0 && r.typeOf(e) == Organization {
						body = e
					}
				}
			}
			var old []int
			for _, f := range a.doc.Facts {
				if f.Subject == who && f.Sentence == s && f.Predicate == MemberOf && f.Object != body && r.typeOf(f.Object) == Organization {
					old = append(old, f.Object)
				}
			}
			for _, o := range old {
				r.add(who, Left, o, s, ruleCrossedFloor, 0.7)
			}
			if body >= 0 {
				r.add(who, Joined, body, s, ruleCrossedFloor, 0.7)
			}
		}
	}
}
