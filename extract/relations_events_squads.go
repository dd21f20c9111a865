package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A side's squad for a competition. Sports news names the squad, team or
// camp a side takes to a competition rather than the matches it plays:
// "England's Six Nations squad", "France's squad for the Six Nations match
// with Ireland", "the Scotland training squad ahead of Saturday's Six
// Nations match", "England's Six Nations training camp". The side that
// owns the squad takes part in the competition, whatever the sentence
// tells of a player in it (named, dropped, recalled): the squad is the
// side's, and picking it says the side plays.
//
// The owner is a name right before the squad noun, possessive ("France's
// squad") or as a modifier ("the Scotland squad"), never a person ("Sir
// Clive Woodward's Lions squad" is the coach's); the competition is an
// Event named between them or after "for" or "ahead of". A squad of
// another grade ("England's under-21 squad", "the women's squad") is
// another side, and a squad for a qualifier plays for a place in the
// competition, not in it: both give nothing.

// ruleSquadSide names the facts of squadSides.
const ruleSquadSide = "participatedIn/squad-side"

// squadNouns name the players a side picks for a competition.
var squadNouns = lexicon.WordSet(`squad team camp xv line-up lineup`)

// squadModifiers may stand between the owner or the competition and the
// squad noun: "England's Six Nations training squad", "the provisional
// 30-man squad". A closed list: a grade ("under-21", "women's", "A")
// names another side.
var squadModifiers = lexicon.WordSet(`training provisional preliminary
	final full initial extended new latest senior first-choice`)

// squadForWords lead from the squad to the competition: "squad for",
// "squad ahead of".
var squadForWords = lexicon.WordSet(`for ahead`)

// squadQualifyWords after the competition's name make the match one for a
// place in it: "the squad for the World Cup qualifier".
var squadQualifyWords = lexicon.WordSet(`qualifier qualifiers qualifying
	qualification play-off play-offs`)

// squadSides adds participatedIn of a competition for the side whose
// squad for it a sentence names.
func (r *relState) squadSides(lx *lineupIndex) {
	a := r.a
	for s := range a.sentTokens {
		lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
		for k := lo; k < hi; k++ {
			if !squadNouns[a.tokens[k].Lower()] || a.tokens[k].Flags&textseg.TCap != 0 && k > lo {
				continue
			}
			side, ev := r.squadOwner(lx, k, lo)
			if side < 0 {
				continue
			}
			if ev < 0 {
				ev = r.squadCompetitionAfter(lx, k+1, hi)
			}
			if ev < 0 || r.inQuotation(a.tokens[k].Start) || ownEvent(a.doc.Entities[ev].Name, a.doc.Entities[side].Name) {
				continue
			}
			if sd := lx.sideOf(side, r); sd >= 0 {
				r.add(sd, ParticipatedIn, ev, s, ruleSquadSide, 0.7)
			}
		}
	}
}

// squadOwner reads the name that owns the squad noun at token k, walking
// left over its modifiers and over a competition named before it ("Six
// Nations"): the side's entity, and the competition's entity when one
// stands between them (else -1).
func (r *relState) squadOwner(lx *lineupIndex, k, lo int) (side, ev int) {
	a := r.a
	j := k - 1
	for j >= lo && j >= k-2 && a.tokMention[j] == 0 && squadModifier(a.tokens[j].Lower()) {
		j--
	}
	ev = -1
	if m := a.mentionEndingAt(j, lo); m >= 0 && lx.typeOf(a.ments[m].entity) == Event {
		ev = a.ments[m].entity
		j = a.ments[m].t0 - 1
	}
	if j < lo {
		return -1, -1
	}
	if isPossessive(a.tokens[j].Text) {
		j--
	}
	m := a.mentionEndingAt(j, lo)
	if m < 0 {
		return -1, -1
	}
	switch lx.typeOf(a.ments[m].entity) {
	case Country, City, Organization:
	default:
		return -1, -1
	}
	if p := a.ments[m].t0 - 1; p >= lo && squadGrades[a.tokens[p].Lower()] {
		return -1, -1 // "the women's England squad"
	}
	return a.ments[m].entity, ev
}

// squadGrades before the owner or the squad noun name another side than
// the senior one.
var squadGrades = lexicon.WordSet(`women's women under-21 under-20 under-19
	under-18 under-16 u21 u20 u19 youth junior a sevens`)

// ownEvent reports an event named after the side itself ("the 44-man
// Lions tour squad"): the side's own tour, whose tense the tour rules
// read (relations_events_tours.go); its squad says nothing of it.
func ownEvent(event, side string) bool {
	return strings.HasPrefix(textseg.Lower(event), textseg.Lower(side)+" ")
}

// squadModifier reports a word that may stand between the owner and the
// squad noun: one of squadModifiers or a squad's size ("30-man").
func squadModifier(w string) bool {
	return squadModifiers[w] || strings.HasSuffix(w, "-man") || strings.HasSuffix(w, "-strong")
}

// squadCompetitionAfter returns the competition named after "for" or
// "ahead of" at token k ("squad for the Six Nations", "squad ahead of
// Saturday's Six Nations match with Ireland"), or -1.
func (r *relState) squadCompetitionAfter(lx *lineupIndex, k, hi int) int {
	a := r.a
	if k >= hi || !squadForWords[a.tokens[k].Lower()] {
		return -1
	}
	if a.tokens[k].Lower() == "ahead" {
		if k+1 >= hi || a.tokens[k+1].Lower() != "of" {
			return -1
		}
		k++
	}
	k++
	// Determiners and a date before the name: "the", "their",
	// "Saturday's", "next week's".
	for n := 0; k < hi && n < 3 && a.tokMention[k] == 0; n++ {
		w := a.tokens[k].Lower()
		if !eventDeterminers[w] && !eventPronouns[w] && !eventTimeWords[w] && !eventEditionWords[w] && !isPossessive(w) {
			break
		}
		k++
	}
	m := a.mentionStartingAt(k, hi)
	if m < 0 || lx.typeOf(a.ments[m].entity) != Event {
		return -1
	}
	if e := a.ments[m].t1; e < hi && squadQualifyWords[a.tokens[e].Lower()] {
		return -1
	}
	return a.ments[m].entity
}
