package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Seats in an elected body written beside a member's name: "Councillor
// Amina Qureshi of Sheffield City Council", "Senator Ann Rowe of the
// Kenyan Senate", "Tom Hale, a councillor on Leeds City Council". A seat
// holder is a member of the body (GOLD.md: a role that implies
// membership gives the fact). The body must be one whose name ends in a
// legislature's head word (legislatureHeads): "Councillor X of the Local
// Government Association" names where a councillor works, not a seat in
// it. Tests: titles_seats_test.go.

// ruleSeatOfBody names the facts of seatedMembers.
const ruleSeatOfBody = "title:seat-of-elected-body"

// bodySeatTitles are the seats of an elected body a title or an
// apposition gives a person.
var bodySeatTitles = lexicon.WordSet(`councillor councilor cllr alderman
	alderwoman senator assemblyman assemblywoman assemblymember legislator
	lawmaker deputy mp mep msp mla`)

// seatBodyLinks join a seat to its body: "of", "on" ("a councillor on
// Leeds City Council"), "in" ("a deputy in the State Duma").
var seatBodyLinks = lexicon.WordSet(`of on in`)

// seatedMembers adds memberOf for "SEAT NAME of BODY" and "NAME, a|the
// SEAT of|on|in BODY". "Former" or "ex-" before the seat blocks it.
func (a *analysis) seatedMembers(begins map[int]int) {
	toks := a.tokens
	for _, m := range a.ments {
		if m.kind != MentionName || m.entity < 0 || m.hidden || a.doc.Entities[m.entity].Type != Person {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		link := -1
		// "Councillor Amina Qureshi of Sheffield City Council"
		if t := m.t0 - 1; t >= lo && bodySeatTitles[strings.TrimSuffix(toks[t].Lower(), ".")] && !blockedBefore(a, t, lo) {
			link = m.t1
		}
		// "Tom Hale, a councillor on Leeds City Council"
		if k := m.t1; link < 0 && k+3 < hi && toks[k].Text == "," {
			if w := toks[k+1].Lower(); w == "a" || w == "an" || w == "the" {
				if bodySeatTitles[toks[k+2].Lower()] {
					link = k + 3
				}
			}
		}
		if link < 0 || link+1 >= hi || !seatBodyLinks[toks[link].Lower()] {
			continue
		}
		b := link + 1
		if toks[b].Lower() == "the" {
			b++
		}
		j, ok := begins[b]
		if !ok {
			continue
		}
		body := a.ments[j].entity
		fs := strings.Fields(a.doc.Entities[body].Name)
		if a.doc.Entities[body].Type != Organization || !legislatureHeads[strings.ToLower(fs[len(fs)-1])] {
			continue
		}
		if a.hasFact(m.entity, MemberOf, body) {
			continue
		}
		a.doc.Facts = append(a.doc.Facts, Fact{Subject: m.entity, Predicate: MemberOf, Object: body,
			Sentence: m.sent, Rule: ruleSeatOfBody, Confidence: confBareTitle})
	}
}
