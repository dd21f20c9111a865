package extract

import (
	"unicode"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A player's record for his side. Sports stories tell whom a player plays
// for through what he does or has done for the side named after "for":
// he plays for it ("Kirk Dawes, who is now playing for Hull"), he last
// played for it ("Lane last played for Wales in March"), or a tally or
// first of his is counted for it ("Ola Berg has grabbed nine goals for
// Rovers", "Ian Marsh made his debut for Ireland", "Rob Kent won his
// 20th cap for Scotland"). The player is the name that is the subject of
// the clause, straight before the verb or before ", who", or a pronoun
// the text resolves to him. Hopes and plans
// ("wants to play for England", "could play for Wales again"), negation
// ("has not played for England since 2003"), a last game of a player
// the text calls former ("the former international Ian Marsh, who last
// played for Wales in 2001"), the bare past ("Gibbs
// played for St Helens from 1994-96", as often a former side) and a record
// followed by a move ("made 110 appearances for Chelsea before joining
// Everton") give nothing.

// rulePlayerRecord names the facts of playerRecords.
const rulePlayerRecord = "memberOf/player-record-for" // "Ola Berg has grabbed nine goals for Rovers"

// playingVerbs stand straight before "for" and the side: "plays for",
// "playing for"; "played" only after "last" (the bare past is often a
// former side).
var playingVerbs = lexicon.WordSet(`plays playing featuring`)

// recordNouns are a player's tallies and firsts for a side: "nine goals
// for", "his debut for", "his 20th cap for".
var recordNouns = lexicon.WordSet(`goal goals try tries cap caps appearance
	appearances debut start starts hat-trick`)

// recordVerbs take a record noun as object: "grabbed nine goals", "made
// his debut", "won his 20th cap".
var recordVerbs = lexicon.WordSet(`scored scores grabbed grabs netted nets
	made makes won wins earned earns collected collects added adds has had
	claimed claims`)

// recordFillers may stand between a record verb and its noun: "his first",
// "a second", "seven senior", "his international".
var recordFillers = lexicon.WordSet(`his her a an the first second third
	fourth fifth sixth latest maiden senior international competitive full
	league test two three four five six seven eight nine ten eleven twelve
	more further only`)

// subjectLinks may stand between a player's name and his verb: tense
// auxiliaries and adverbs of time ("has now", "is still", "last").
var subjectLinks = lexicon.WordSet(`is was has have had 's been now also still
	currently already just regularly last then`)

// recordMoves after the side make the record a former side's: "made 110
// appearances for Chelsea before joining Everton".
var recordMoves = lexicon.WordSet(`joining moving signing leaving returning
	switching retiring`)

// playerRecords adds memberOf for the players whose play or record the
// sentence counts for a side (the comment above). Called from sideCredits,
// so only in sports stories.
func (r *relState) playerRecords(lx *lineupIndex) {
	a := r.a
	for si, st := range a.sentTokens {
		for k := st.Start + 2; k+1 < st.End; k++ {
			if a.tokens[k].Lower() != "for" {
				continue
			}
			v := a.recordVerbBefore(k, st.Start)
			if v < 0 {
				continue
			}
			side := a.sideAfterFor(k, st.End, lx, r)
			if side < 0 || a.moveAfter(k, st.End) {
				continue
			}
			p := a.recordSubject(v, st.Start)
			if p < 0 || a.tokens[v].Lower() == "played" && a.calledFormer(p) {
				continue
			}
			r.add(p, MemberOf, side, si, rulePlayerRecord, 0.65)
		}
	}
}

// recordVerbBefore returns the first token of the verb phrase that ends
// before the "for" at token k: "playing", "last played", "grabbed nine
// goals", "made his debut"; -1 when the words before "for" are none of
// these.
func (a *analysis) recordVerbBefore(k, lo int) int {
	j := k - 1
	w := a.tokens[j].Lower()
	switch {
	case playingVerbs[w]:
		return j
	case w == "played" || w == "play":
		// "last played for", "has played for": the bare past and the
		// infinitive give nothing.
		if j-1 >= lo {
			if p := a.tokens[j-1].Lower(); p == "last" || w == "played" && (p == "has" || p == "have") {
				return j
			}
		}
		return -1
	case recordNouns[w]:
		for i, n := j-1, 0; i >= lo && n < 5; i, n = i-1, n+1 {
			t := a.tokens[i].Lower()
			switch {
			case recordVerbs[t]:
				return i
			case recordFillers[t] || isNumberWord(a.tokens[i].Text):
				continue
			case isOrdinal(t) && t != "next" && t != "last" && t != "annual":
				continue // "his 20th cap"; a next or last cap is no present one
			case a.tokens[i].Flags&textseg.TCap != 0 && !a.personCovering(i):
				continue // a competition's name: "his Six Nations debut"
			}
			return -1
		}
	}
	return -1
}

// recordSubject returns the person whose name ends just before the verb
// at token v, past tense auxiliaries and adverbs ("Lane last played") and
// a relative link ("Dawes, who is now playing"); -1 when a hedge,
// negation or anything else stands between, or the name is no person's.
func (a *analysis) recordSubject(v, lo int) int {
	j := v - 1
	for j >= lo && subjectLinks[a.tokens[j].Lower()] {
		j--
	}
	if j-1 >= lo && a.tokens[j].Lower() == "who" && a.tokens[j-1].Text == "," {
		j -= 2
	}
	if j < lo {
		return -1
	}
	mi := a.mentionEndingAt(j, lo)
	if mi < 0 {
		mi = a.pronounAt(j)
	}
	if mi < 0 {
		return -1
	}
	e := a.ments[mi].entity
	if a.doc.Entities[e].Type != Person {
		return -1
	}
	return e
}

// moveAfter reports a move told after the "for" at token k in the same
// sentence ("before joining Everton"): the record is then a former
// side's.
func (a *analysis) moveAfter(k, hi int) bool {
	for i := k + 1; i < hi; i++ {
		if recordMoves[a.tokens[i].Lower()] {
			return true
		}
	}
	return false
}

// calledFormer reports whether the text calls person e former anything
// ("Toulouse's former Irish international Trevor Brennan"): his last game
// for a side may then be long past.
func (a *analysis) calledFormer(e int) bool {
	for _, m := range a.ments {
		if m.entity != e {
			continue
		}
		for i := m.t0 - 1; i >= 0 && i >= m.t0-4; i-- {
			if w := a.tokens[i].Lower(); w == "former" || w == "ex" {
				return true
			}
		}
	}
	return false
}

// pronounAt returns the resolved pronoun mention at token j ("when he
// makes his debut"), or -1.
func (a *analysis) pronounAt(j int) int {
	for i := range a.ments {
		m := &a.ments[i]
		if m.t0 == j && m.t1 == j+1 && m.entity >= 0 && m.kind == MentionPronoun {
			return i
		}
	}
	return -1
}

// personCovering reports whether token i is part of a person's name.
func (a *analysis) personCovering(i int) bool {
	mi := a.nameCovering(i)
	return mi >= 0 && a.doc.Entities[a.ments[mi].entity].Type == Person
}

// isNumberWord reports a numeral token: "11", "110".
func isNumberWord(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !unicode.IsDigit(c) {
			return false
		}
	}
	return true
}
