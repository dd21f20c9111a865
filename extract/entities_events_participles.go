package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Gatherings described by who holds or leads them. Wire copy picks out
// one meeting by a passive participle and its agent right after the event
// noun: "a business lunch hosted by the Australia-ASEAN Business Council
// at the Sydney Opera House", "a cabinet meeting chaired by President
// Léon Nguema Ndong". The agent makes the description one event as a
// possessor does ("the council's lunch"), and GOLD.md names it whole,
// participle, agent and place. A bare "a meeting" or a participle with
// no named agent ("a meeting chaired by a judge") stays no description.
//
// The host's fact was read by hostedByAfterEvent (relations_hosts_by.go)
// after the event's name; with the agent inside the name that rule no
// longer sees the participle, so the agent of a hosting participle is
// kept as the description's owner ('b') and eventOwners adds the fact.

// hostingParticiples are the participles whose agent holds the event: a
// body or a place ("hosted by the chamber", "organised by Oxfam"). A
// person is left out: a person "hosting" a show presents it.
var hostingParticiples = lexicon.WordSet(`hosted co-hosted organised organized
	staged convened`)

// chairParticiples are the participles whose agent leads the sitting: a
// person, with the title the text gives him ("chaired by President X"),
// or a body.
var chairParticiples = lexicon.WordSet(`chaired co-chaired`)

// participleAgentEnd reads "PARTICIPLE by [the] [Title] NAME" from token
// p, after the event noun h (tagged headTag) of a description, and
// returns the token after the agent's name, the token after the venue
// that may follow it (venueAfterAgent) and, for a hosting participle, the
// first token of the agent's mention (else -1). ok is false when no
// named agent of a fitting type stands there.
func (a *analysis) participleAgentEnd(h, p, hi int, headTag string, nameStart map[int]int) (agentEnd, end, owner int, ok bool) {
	if p+2 >= hi || a.tokens[p+1].Text != "by" || headTag == "NNS" && a.tokens[h].Lower() != "talks" {
		// "dinners hosted by the chamber": a series, not one event
		return p, p, -1, false
	}
	part := a.tokens[p].Lower()
	hosting, chairing := hostingParticiples[part], chairParticiples[part]
	if !hosting && !chairing || !groupGatheringHeads[a.tokens[h].Lower()] && !lexicon.OccasionNouns[a.tokens[h].Lower()] {
		return p, p, -1, false
	}
	n := p + 2
	if a.tokens[n].Lower() == "the" && n+1 < hi {
		n++
	}
	if chairing && n+1 < hi && isCapWord(a.tokens[n]) && lexicon.IsRoleHead(a.tokens[n].Lower()) {
		if _, named := nameStart[n]; !named {
			n++ // "chaired by President Léon Nguema Ndong": the title is in the name
		}
	}
	m, named := nameStart[n]
	if !named || a.ments[m].kind != MentionName && a.ments[m].kind != MentionAcronym {
		return p, p, -1, false
	}
	switch t := a.ments[m].typ; {
	case hosting && (t == Organization || t == Country || t == City || t == Place):
		return a.ments[m].t1, a.venueAfterAgent(a.ments[m].t1, hi, nameStart), a.ments[m].t0, true
	case chairing && (t == Person || t == Organization):
		return a.ments[m].t1, a.venueAfterAgent(a.ments[m].t1, hi, nameStart), -1, true
	}
	return p, p, -1, false
}

// venueAfterAgent returns the token after "at [the] VENUE" from token p,
// or p. After an agent the venue can only be where the event is held, so
// it belongs to the name, whatever type the mention finder guessed for
// it: a building's name is often typed as the body that runs it, or,
// with a city's name first, as a person ("the Sydney Opera House"). A
// name without "the" must be a body's: "at Smith's home" is no venue's.
// A town or country there is left to describeEvent's place, which also
// makes it the event's.
func (a *analysis) venueAfterAgent(p, hi int, nameStart map[int]int) int {
	if p+1 >= hi || a.tokens[p].Text != "at" {
		return p
	}
	m, ok := a.placeAfter(p, hi, nameStart)
	if !ok {
		return p
	}
	switch t := a.ments[m].typ; {
	case t == City || t == Country || t == Place:
		return p
	case t == Organization || a.tokens[p+1].Lower() == "the":
		return a.ments[m].t1
	}
	return p
}
