package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Sides represented at the story's gathering. A report of a summit or a
// conference names it in the headline or the lead and then tells who came
// for whom without naming it again: "Equatorial Guinea was represented by
// its vice-president", "Myanmar was again represented only by a junior
// official". The side took part in the story's event, and so did the
// person named after "by". The dependency rules (participate.txt,
// participatedIn/represented) read the sentence that names the event; this
// reads the ones that leave it to the story. A sentence naming another
// event, a negation ("was not represented"), a copula that is no past one
// ("will be represented", "is to be represented"), a conditional and a
// quotation give nothing.

// ruleRepresentedSide names the facts of representedSides.
const ruleRepresentedSide = "participatedIn/represented-side"

var (
	// representedBetween may stand between the copula and "represented":
	// "was again represented", "were also represented", "had been".
	representedBetween = lexicon.WordSet(`again also only officially instead just once been`)
	// representedDoubt in the sentence make the representation one not
	// done: "was not represented", "if Iran was represented".
	representedDoubt = lexicon.WordSet(`not n't never no if unless whether`)
	// representedPerfect are the auxiliaries of "had been represented".
	representedPerfect = lexicon.WordSet(`had has have`)
)

// representedAgentSkip is how many words may stand between "by" and the
// person named: "by its vice-president, X", "by foreign minister X".
const representedAgentSkip = 6

// representedSides adds participatedIn of the story's event for the
// countries and bodies later sentences say were represented, and for the
// person who represented them.
func (r *relState) representedSides() {
	a := r.a
	ev := r.leadEvent()
	if ev < 0 {
		return
	}
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		ms := a.mentionsInSentence(i)
		if r.namesOtherEvent(ms, ev) {
			continue
		}
		sp := a.sentTokens[i]
		doubted := false
		for k := sp.Start; k < sp.End; k++ {
			doubted = doubted || representedDoubt[a.tokens[k].Lower()]
		}
		if doubted {
			continue
		}
		for k := sp.Start + 1; k < sp.End; k++ {
			if a.tokens[k].Lower() != "represented" || r.inQuotation(a.tokens[k].Start) {
				continue
			}
			c := k - 1
			for c > sp.Start && representedBetween[a.tokens[c].Lower()] {
				c--
			}
			w := a.tokens[c].Lower()
			if !lexicon.PastCopulas[w] && !(representedPerfect[w] && a.tokens[k-1].Lower() == "been") {
				continue // "will be represented", "is represented"
			}
			side := r.sideEndingAt(ms, c)
			if side < 0 {
				side = r.sideBeforeRelative(ms, c)
			}
			if side < 0 {
				continue
			}
			r.add(side, ParticipatedIn, ev, i, ruleRepresentedSide, 0.7)
			if k+1 < sp.End && a.tokens[k+1].Lower() == "by" {
				if p := r.personAfter(ms, k+2, sp.End); p >= 0 {
					r.add(p, ParticipatedIn, ev, i, ruleRepresentedSide, 0.7)
				}
			}
		}
	}
}

// namesOtherEvent reports whether mentions ms name an event other than ev.
func (r *relState) namesOtherEvent(ms []mention, ev int) bool {
	for _, m := range ms {
		if m.entity >= 0 && m.entity != ev && r.isEvent(m.entity) {
			return true
		}
	}
	return false
}

// sideEndingAt returns the country or body whose mention ends right
// before token c (the copula), or -1.
func (r *relState) sideEndingAt(ms []mention, c int) int {
	for _, m := range ms {
		if m.t1 != c || m.entity < 0 {
			continue
		}
		if t := r.typeOf(m.entity); t == Country || t == Organization {
			return m.entity
		}
	}
	return -1
}

// sideBeforeRelative returns the country or body whose relative clause,
// set off by commas, ends just before token c: "Equatorial Guinea, which
// joined the bloc in 2014, was represented by its vice-president". The
// clause tells of the side; the copula after it is still the side's.
func (r *relState) sideBeforeRelative(ms []mention, c int) int {
	for _, m := range ms {
		if m.entity < 0 || m.t1 >= c || r.a.relativeClauseEnd(m.t1, c) != c {
			continue
		}
		if side := r.sideEndingAt(ms, m.t1); side >= 0 {
			return side
		}
	}
	return -1
}

// personAfter returns the first person named from token k on, within a
// few words and before the end of the clause (a comma closes an
// apposition only when a name follows it), or -1.
func (r *relState) personAfter(ms []mention, k, end int) int {
	a := r.a
	for _, m := range ms {
		if m.t0 < k || m.t0 > k+representedAgentSkip || m.t0 >= end || m.entity < 0 {
			continue
		}
		if r.typeOf(m.entity) != Person {
			continue
		}
		for j := k; j < m.t0; j++ {
			if w := a.tokens[j].Lower(); w == ";" || w == "and" || w == "while" || w == "but" {
				return -1
			}
		}
		return m.entity
	}
	return -1
}
