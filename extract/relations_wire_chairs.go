package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A country holding a bloc's chair is a member of the bloc: "the UK's
// chairmanship of the G8", "Britain's 2005 presidency of the European
// Union", "Malaysia, which holds the rotating ASEAN chair", "President X,
// whose country will take over the ASEAN chair in January". A bloc's
// chair or presidency passes among its members, so the text states the
// membership whether the turn is now, past or to come. Only a country:
// a person's presidency of a body is a post the title rules read.
const (
	ruleWireChairMember = "wire:country-holds-chair" // "the UK's chairmanship of the G8" -> memberOf
	confWireChairMember = 0.7
)

// wireChairNouns are a bloc's turn at its head.
var wireChairNouns = lexicon.WordSet(`presidency chairmanship chair chairship`)

// wireChairVerbs take the turn as their object: "takes over the
// presidency", "held the chair", "assumes the chairmanship". "Over" after
// take is read with it.
var wireChairVerbs = lexicon.WordSet(`take takes took taken taking hold holds held
	holding assume assumes assumed assuming`)

// wireChairAuxiliaries may stand between the country and its verb: "will
// take over", "is due to assume", "has held".
var wireChairAuxiliaries = lexicon.WordSet(`will would is was are has have had
	set due to currently now also already then`)

// wireChairModifiers may stand before the chair noun: "the rotating
// presidency", "its 2005 presidency".
var wireChairModifiers = lexicon.WordSet(`rotating current annual six-month`)

// wireChairMembers adds memberOf for a country that holds, held or takes a
// bloc's chair (the constructions above).
func (r *relState) wireChairMembers() {
	a := r.a
	toks := a.tokens
	for s, sp := range a.sentTokens {
		for k := sp.Start + 1; k < sp.End; k++ {
			if !wireChairNouns[toks[k].Lower()] || toks[k].Text != toks[k].Lower() {
				continue
			}
			bloc := r.wireChairBloc(k, sp.Start, sp.End)
			if bloc < 0 || !stateBody(&a.doc.Entities[bloc]) {
				continue // a country chairs a body of states only (titles_state_bodies.go)
			}
			// The words before the noun: modifiers, the bloc's own
			// name, a year.
			j := k - 1
			for j > sp.Start && (wireChairModifiers[toks[j].Lower()] || isYear(toks[j].Text) || a.entityAtToken(j) == bloc) {
				j--
			}
			var countries []int
			switch w := toks[j].Lower(); {
			case isPossessive(toks[j].Text): // "the UK's chairmanship of the G8"
				countries = a.namesEndingAt(j-1, sp.Start, nil)
			case w == "the":
				countries = r.wireChairTaker(j, sp.Start)
			}
			for _, c := range countries {
				if r.typeOf(c) == Country {
					r.add(c, MemberOf, bloc, s, ruleWireChairMember, confWireChairMember)
				}
			}
		}
	}
}

// wireChairBloc returns the organisation whose chair the noun at token k
// names: "of [the] ORG" after it, or "ORG" right before it ("the rotating
// ASEAN chair"); -1 when neither is there.
func (r *relState) wireChairBloc(k, lo, end int) int {
	a := r.a
	if k+1 < end && a.tokens[k+1].Lower() == "of" {
		o := k + 2
		if o < end && a.tokens[o].Lower() == "the" {
			o++
		}
		if e := a.entityAtToken(o); e >= 0 && r.typeOf(e) == Organization {
			return e
		}
		return -1
	}
	if e := a.entityAtToken(k - 1); k-1 > lo && e >= 0 && r.typeOf(e) == Organization {
		return e
	}
	return -1
}

// wireChairTaker reads the country that takes or holds the chair from
// "the" at token j back: a verb of wireChairVerbs ("take over"), the
// auxiliaries before it, and the country's name, after "which" and a
// comma or alone; or "whose country" after a person who leads one
// ("President X, whose country will take over the ASEAN chair").
func (r *relState) wireChairTaker(j, lo int) []int {
	a := r.a
	toks := a.tokens
	v := j - 1
	if v > lo && toks[v].Lower() == "over" {
		v--
	}
	if v <= lo || !wireChairVerbs[toks[v].Lower()] {
		return nil
	}
	if w := toks[v].Lower(); (w[0] == 't') != (toks[v+1].Lower() == "over") {
		return nil // "take" without "over" takes no chair: "took the chair's seat"
	}
	n := v - 1
	for n > lo && wireChairAuxiliaries[toks[n].Lower()] {
		n--
	}
	if n > lo+1 && toks[n].Lower() == "country" && toks[n-1].Lower() == "whose" && toks[n-2].Text == "," {
		if mi := a.mentionEndingAt(n-3, lo); mi >= 0 {
			return r.countryLedBy(a.ments[mi].entity)
		}
		return nil
	}
	if n > lo+1 && toks[n].Lower() == "which" && toks[n-1].Text == "," {
		n -= 2
	}
	return a.namesEndingAt(n, lo, nil)
}

// countryLedBy returns the country person p leads by a fact already
// found, as a one-item list, or nil.
func (r *relState) countryLedBy(p int) []int {
	if p < 0 || r.typeOf(p) != Person {
		return nil
	}
	for _, f := range r.a.doc.Facts {
		if f.Subject == p && f.Predicate == LeaderOf && r.typeOf(f.Object) == Country {
			return []int{f.Object}
		}
	}
	return nil
}
