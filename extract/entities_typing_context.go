package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// centreHeads are the head words that name a building as often as a body
// working in one: "the Staples Center" is an arena, "the Centre for
// Policy Research" a think-tank. The place-head rule types both Place;
// centreBodies reads the rest of the name to tell them apart.
var centreHeads = lexicon.WordSet(`centre center`)

// centreWorkNouns, right before a centre head, name the work its staff do
// rather than what visitors come for, which makes the centre a body:
// "Disaster Research Center", "European Policy Centre", "the Fraud
// Complaint Center", "the Infrastructure Security Coordination Centre",
// "Neighbourhood and Workers Service Centre". Nouns of what a visitor
// finds there ("Shopping", "Trade", "Convention", "Arts", "Media") stay
// places: a shopping centre, a convention centre, a product's "Media
// Center".
var centreWorkNouns = lexicon.WordSet(`research policy information complaint
	complaints coordination service services studies monitoring analysis
	intelligence longevity aerospace`)

// centreBodies retypes as an organisation a name the place-head rule
// typed Place for its head "Centre"/"Center" when the name says a body
// bears it:
//
//	the Centre for Economic Policy Research   "for" after the head names a purpose
//	the Disaster Research Center              a work noun before the head
//
// A body has no street address in its name, so the venues keep their
// type: "the Staples Center", "St David's Shopping Centre", "the
// Millennium Centre", "the Metro Toronto Convention Centre". Every
// mention of the same name and every acronym the text defines for it
// ("National Infrastructure Security Coordination Centre (NISCC)")
// follow. A gazetteer name keeps the gazetteer's type.
func (a *analysis) centreBodies() {
	ms := a.ments
	retyped := map[string]bool{}
	for k := range ms {
		m := &ms[k]
		if m.kind != MentionName || m.typ != Place || m.canon != "" || m.hidden {
			continue
		}
		if !a.centreBodyName(m) {
			continue
		}
		retyped[m.surface] = true
	}
	// A mention in a venue's slot keeps the name a place at every
	// mention: "a supercomputer based at Nasa's Ames Research Center".
	for k := range ms {
		if m := &ms[k]; m.kind == MentionName && retyped[m.surface] && a.venueSlot(m) {
			delete(retyped, m.surface)
		}
	}
	if len(retyped) == 0 {
		return
	}
	for k := range ms {
		m := &ms[k]
		if m.canon != "" || m.typ != Place {
			continue
		}
		switch {
		case m.kind == MentionName && retyped[m.surface]:
		case m.kind == MentionAcronym && m.acrOf >= 0 && m.acrOf < len(ms) && retyped[ms[m.acrOf].surface]:
		default:
			continue
		}
		m.typ = Organization
	}
}

// centreBodyName reports whether name mention m is headed by a centre
// head that "for" follows inside the name ("Centre for Vision") or a work
// noun precedes ("European Policy Centre").
func (a *analysis) centreBodyName(m *mention) bool {
	toks := a.tokens
	for k := m.t0; k < m.t1; k++ {
		if !centreHeads[strings.ToLower(toks[k].Text)] {
			continue
		}
		if k+1 < m.t1 && toks[k+1].Text == "for" {
			return true
		}
		if k+1 == m.t1 && k > m.t0 && centreWorkNouns[strings.ToLower(toks[k-1].Text)] {
			return true
		}
	}
	return false
}

// venueSlot reports whether m stands after "at" or "in" that a venue cue
// precedes (venueCues: "based at", "held at", "the match at"), past an
// article or an owner's possessive name: "based at Nasa's Ames Research
// Center", "the conference at the X Centre".
func (a *analysis) venueSlot(m *mention) bool {
	toks := a.tokens
	lo := a.sentTokens[m.sent].Start
	p := m.t0 - 1
	if p >= lo && isPossessive(toks[p].Text) {
		for p--; p >= lo && isCapWord(toks[p]); p-- {
		}
	}
	if p >= lo && strings.EqualFold(toks[p].Text, "the") {
		p--
	}
	if p-1 < lo || toks[p].Text != "at" && toks[p].Text != "in" {
		return false
	}
	return a.lowerAt(m.sent, p-1) && venueCues[toks[p-1].Lower()]
}
