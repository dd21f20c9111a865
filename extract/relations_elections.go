package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Candidates in a reported election. A results story names the election
// once ("The Hong Kong legislative election was held on Sunday") and then
// who was elected, re-elected or defeated: everyone so reported took part
// in it (wikinews README: "everyone reported elected in an election took
// part in it"). Only an election the story says was held (past tense)
// counts, so that "Mr Blair was elected in 1997" in a story about an
// election to come is not read as a candidacy in it. Tests:
// relations_elections_test.go.

// Rule names shown by --explain.
const (
	ruleElectionHeld      = "hosted/election-held"           // "The Hong Kong legislative election was held on Sunday"
	ruleElectionCandidate = "participatedIn/election-result" // "X was re-elected", "candidates elected were X and Y"
	confElection          = 0.75
)

// electionModifiers stand between a place and "election": "the Hong Kong
// legislative election".
var electionModifiers = lexicon.WordSet(`legislative general presidential parliamentary
	local regional mayoral municipal national state federal provincial council assembly
	senate congressional by-election snap`)

// resultVerbs report a candidate's result in the passive ("was elected")
// or as a reduced relative ("candidates elected were").
var resultVerbs = lexicon.WordSet(`elected re-elected reelected defeated`)

// resultAux carry the passive: "was elected", "get re-elected".
var resultAux = lexicon.WordSet(`was were is are be been get got getting`)

// resultSeatVerbs report a result with the seat as object: "lost her seat",
// "retained his seat".
var resultSeatVerbs = lexicon.WordSet(`lost retained kept won held`)

// electionCandidates adds the held election's host and its candidates.
func (r *relState) electionCandidates() {
	a := r.a
	ev, place, held := r.heldElection()
	if ev < 0 {
		return
	}
	if place >= 0 {
		r.add(place, Hosted, ev, held, ruleElectionHeld, confElection)
	}
	for s := held + 1; s < len(a.sentTokens); s++ {
		for _, p := range a.electionResults(s) {
			r.add(p, ParticipatedIn, ev, s, ruleElectionCandidate, confElection)
		}
	}
}

// heldElection finds "[the] PLACE ADJ* election was held / took place":
// the election entity (made when the entity stage left the phrase
// unnamed), the place that named it, and the sentence.
func (r *relState) heldElection() (ev, place, sent int) {
	a := r.a
	for s, st := range a.sentTokens {
		for k := st.Start + 1; k+2 < st.End; k++ {
			if a.tokens[k].Lower() != "election" {
				continue
			}
			w1, w2 := a.tokens[k+1].Lower(), a.tokens[k+2].Lower()
			if !(w1 == "was" && w2 == "held" || w1 == "took" && w2 == "place") {
				continue
			}
			// Back over modifiers and one place name to "the" or the
			// sentence's start.
			j := k - 1
			for j >= st.Start && electionModifiers[a.tokens[j].Lower()] {
				j--
			}
			pl := -1
			for _, m := range a.mentionsInSentence(s) {
				if m.t1 == j+1 && m.entity >= 0 && m.kind == MentionName {
					switch a.doc.Entities[m.entity].Type {
					case City, Country, Place:
						pl = m.entity
						j = m.t0 - 1
					}
				}
			}
			if pl < 0 {
				continue // "the election was held": which one is not said here
			}
			if j >= st.Start && a.tokens[j].Lower() != "the" || j < st.Start-1 {
				continue
			}
			name := a.surface(j+1, k+1)
			lx := newLineupIndex(a)
			e := -1
			for _, c := range lx.byName[strings.ToLower(name)] {
				if lx.typeOf(c) == Event {
					e = c
				}
			}
			if e < 0 {
				e = lx.create(name, Event, j+1, k+1)
				lx.commit()
			}
			return e, pl, s
		}
	}
	return -1, -1, -1
}

// electionResults returns the persons sentence s reports elected,
// re-elected or defeated:
//
//	"Regina Ip was re-elected with 60,760 votes"          subjects of the passive
//	"Other candidates elected in this district were A, B"  the list after the copula
//	"Yau Wai-ching defeated Raymond Wong"                  both sides of the active
//	"Cyd Ho lost her seat"                                 the seat's holder
func (a *analysis) electionResults(s int) []int {
	toks := a.sentenceTokens(s)
	st := a.sentTokens[s].Start
	var out []int
	persons := func(lo, hi int) { out = append(out, a.namedPersons(lo, hi)...) }
	for i := range toks {
		k := st + i
		w := toks[i].Lower()
		switch {
		case resultVerbs[w] && a.passiveAux(k, st):
			persons(a.clauseStart(k, st), k)
		case (w == "elected" || w == "elects") && !a.passiveAux(k, st):
			// "candidates elected (in this district) were A, B and C"
			for j := k + 1; j < k+7 && j < st+len(toks); j++ {
				if x := a.tokens[j].Lower(); x == "were" || x == "are" || x == "was" {
					persons(j+1, a.clauseEnd(j+1, st+len(toks)))
					break
				}
				if a.tokens[j].Text == "," || a.tokens[j].Text == ";" {
					break
				}
			}
		case (w == "defeated" || w == "defeating") && !a.passiveAux(k, st):
			persons(a.clauseStart(k, st), a.clauseEnd(k+1, st+len(toks)))
		case resultSeatVerbs[w] && i+2 < len(toks) && toks[i+2].Lower() == "seat" && toks[i+1].Tag == "PRP$":
			persons(a.clauseStart(k, st), k)
		}
	}
	return out
}

// passiveAux reports "was/were (adverb) VERB" before token k.
func (a *analysis) passiveAux(k, st int) bool {
	j := k - 1
	if j >= st && strings.HasSuffix(a.tokens[j].Lower(), "ly") {
		j-- // "successfully", "narrowly"
	}
	return j >= st && resultAux[a.tokens[j].Lower()]
}

// clauseStart returns the first token of the clause holding token k: after
// a semicolon, or the sentence's start. An opening phrase ("In the New
// Territories West constituency, ...") holds no person, so it is left in.
func (a *analysis) clauseStart(k, st int) int {
	for j := k - 1; j >= st; j-- {
		switch a.tokens[j].Text {
		case ";", ":":
			return j + 1
		}
		if a.tokens[j].Tag == "VBD" || a.tokens[j].Tag == "VBZ" || a.tokens[j].Tag == "VBP" {
			if !resultAux[a.tokens[j].Lower()] {
				return j + 1 // "Rathbun said X was elected": the clause after the verb
			}
		}
	}
	return st
}

// clauseEnd returns the end of the clause from token k: a semicolon, or
// the sentence's end.
func (a *analysis) clauseEnd(k, end int) int {
	for j := k; j < end; j++ {
		if a.tokens[j].Text == ";" {
			return j
		}
	}
	return end
}
