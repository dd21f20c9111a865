package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Named events with a lower-case head. News writes some event names with
// the common noun in lower case: "the Golden Joystick awards", "the Iraq
// war", "the Geneva motor show". The mention finder stops at the
// capitalised words, so the event has no mention at all ("Golden
// Joystick" alone is no name it forms) or only its place ("Iraq",
// "Geneva"). GOLD.md's annotators list such a phrase as an Event under
// the name as written, without the article. Unlike a described event
// ("the party's conference"), it is a name: it stays an entity whether or
// not a fact is told of it.
//
// Two shapes are read, each after "the":
//   - capitalised words no mention holds, then "awards": "the Golden
//     Joystick awards", "the PC Pro awards". The mention covers the whole
//     name. A run a mention holds ("the Bafta awards", "the MTV awards")
//     is left to the description rules, whose owner is that name.
//   - a country, city or place, then a head of namedPlaceHeads: "the
//     Iraq war", "the Vietnam war", "the Geneva motor show". The mention
//     covers the lower-case head only, so that the place keeps its own
//     mention for the relation rules (Geneva hosted the show); the
//     entity's name is the whole phrase.
// A head followed by a noun is a modifier of another thing ("the Iraq war
// veteran", "the Golden Joystick awards ceremony"): nothing is formed
// then, as the phrase names the other thing.

// namedAwardsHeads close a run of unknown capitalised words into an
// awards event's name.
var namedAwardsHeads = lexicon.WordSet(`awards`)

// namedPlaceHeads close a place's name into an event's name: the war
// fought there, the show held there. Each is one or two lower-case words.
var namedPlaceHeads = map[string]bool{
	"war":         true,
	"motor show":  true,
	"air show":    true,
	"boat show":   true,
	"motor-show":  true,
	"flower show": true,
}

// namedPlaceHeadMax is the most words a head of namedPlaceHeads has.
const namedPlaceHeadMax = 2

// findLowerHeadEvents adds the Event mentions of the names above.
func (x *Extractor) findLowerHeadEvents(a *analysis) {
	mentionAt := make(map[int]int) // token -> mention holding it
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind == MentionPronoun {
			continue
		}
		for t := m.t0; t < m.t1; t++ {
			mentionAt[t] = i + 1
		}
	}
	type found struct {
		sent, t0, t1, name0 int
		contextual          []string // the awards the ceremony is, when the story names them
	}
	var add []found
	for s, r := range a.sentTokens {
		for k := r.Start + 1; k < r.End; k++ {
			if a.tokens[k-1].Lower() != "the" {
				continue
			}
			if h := a.statuetteCeremony(k, r.End); h > 0 && mentionAt[h-1] == 0 && mentionAt[h] == 0 {
				add = append(add, found{sent: s, t0: h - 1, t1: h + 1, name0: h - 1, contextual: x.statuetteAwards(a.tokens[h-1].Text)})
				continue
			}
			if !isCapWord(a.tokens[k]) {
				continue
			}
			if m := mentionAt[k]; m == 0 {
				// Unknown capitalised words, then "awards".
				j := k
				for j < r.End && isCapWord(a.tokens[j]) && mentionAt[j] == 0 {
					j++
				}
				if j < r.End && namedAwardsHeads[a.tokens[j].Text] && j-k <= 4 && a.lowerHeadEnds(j+1, r.End) && !x.gazKnowsAny(a, k, j) {
					add = append(add, found{sent: s, t0: k, t1: j + 1, name0: k})
				}
				k = j - 1
				continue
			}
			pm := &a.ments[mentionAt[k]-1]
			if pm.t0 != k || pm.kind != MentionName || pm.hidden {
				continue
			}
			switch pm.typ {
			case Country, City, Place:
			default:
				continue
			}
			for n := namedPlaceHeadMax; n >= 1; n-- {
				h0, h1 := pm.t1, pm.t1+n
				if h1 > r.End || !a.lowerWords(h0, h1) || !namedPlaceHeads[a.wordsLower(h0, h1)] || !a.lowerHeadEnds(h1, r.End) {
					continue
				}
				if mentionAt[h0] != 0 {
					break
				}
				add = append(add, found{sent: s, t0: h0, t1: h1, name0: k})
				break
			}
			k = pm.t1 - 1
		}
	}
	for _, f := range add {
		surface := textseg.Clean(a.doc.Text[a.tokens[f.name0].Start:a.tokens[f.t1-1].End])
		a.insertMention(mention{sent: f.sent, t0: f.t0, t1: f.t1, kind: MentionName, typ: Event, strong: true,
			surface: surface, entity: -1, acrOf: -1, titleAttr: -1, contextual: f.contextual,
			Span: textseg.Span{Start: a.tokens[f.t0].Start, End: a.tokens[f.t1-1].End}})
	}
}

// gazKnowsAny reports whether the gazetteer knows the run of tokens
// [i, j), alone or with "Awards": "the Bafta awards" are the gazetteer's Bafta
// Awards, which the mention finder and the description rules read
// later; a name of their own here would stand in their way.
func (x *Extractor) gazKnowsAny(a *analysis, i, j int) bool {
	if x == nil || x.gaz == nil {
		return false
	}
	run := textseg.Clean(a.doc.Text[a.tokens[i].Start:a.tokens[j-1].End])
	if _, ok := x.gaz.Lookup(run); ok {
		return true
	}
	_, ok := x.gaz.Lookup(run + " Awards")
	return ok
}

// lowerWords reports whether tokens [i, j) are all lower-case words.
func (a *analysis) lowerWords(i, j int) bool {
	for k := i; k < j; k++ {
		t := a.tokens[k]
		if t.Flags&textseg.TAlpha == 0 || t.Flags&(textseg.TCap|textseg.TUpper) != 0 {
			return false
		}
	}
	return true
}

// wordsLower is the lower-cased words of tokens [i, j), space-separated.
func (a *analysis) wordsLower(i, j int) string {
	w := a.tokens[i].Lower()
	for k := i + 1; k < j; k++ {
		w += " " + a.tokens[k].Lower()
	}
	return w
}

// lowerHeadEnds reports whether the phrase ends before token k: no noun
// or name follows ("the Iraq war veteran", "the Golden Joystick awards
// ceremony" name another thing).
func (a *analysis) lowerHeadEnds(k, hi int) bool {
	if k >= hi {
		return true
	}
	t := a.tokens[k]
	if t.Flags&textseg.TAlpha == 0 {
		return true
	}
	return lowerHeadFollowers[t.Lower()]
}

// lowerHeadFollowers may follow the head of such a name: prepositions,
// conjunctions, verbs of being and the like. A closed list, as the
// tagger has not run yet: any other word may be a noun the head
// modifies.
var lowerHeadFollowers = lexicon.WordSet(`in at on of for from to with by and or
	but as than that which who where when while after before since during
	until is was are were has had have will would could can may might
	should must be been this last next earlier later began begun started
	ended ends began took takes saw sees`)

// statuetteCeremonyHeads, lower-case after an award's statuette, name
// the ceremony that gives it: "the Oscar ceremony", "the main Grammy
// ceremony". The statuette alone is no entity ("won an Oscar").
var statuetteCeremonyHeads = lexicon.WordSet(`ceremony`)

// statuetteCeremony reads "the [modifier] Oscar ceremony" from token k,
// the first after "the": at most one lower-case modifier ("main",
// "annual"), a statuette (awardStatuettes), then a head of
// statuetteCeremonyHeads that ends the phrase. It returns the head's
// index, or 0. "the Oscar ceremony host" names the host.
func (a *analysis) statuetteCeremony(k, hi int) int {
	if k < hi && a.lowerWords(k, k+1) && k+1 < hi && isCapWord(a.tokens[k+1]) {
		k++ // "the main Oscar ceremony"
	}
	h := k + 1
	if h >= hi || !isCapWord(a.tokens[k]) || !awardStatuettes[a.tokens[k].Lower()] || !statuetteCeremonyHeads[a.tokens[h].Text] {
		return 0
	}
	if !a.lowerHeadEnds(h+1, hi) {
		return 0
	}
	return h
}

// statuetteAwards returns the awards a statuette's ceremony is ("Oscar"
// gives the gazetteer's Academy Awards, written "Oscars"), for the
// ceremony to join them where the story names them too: "the Oscars ...
// the Oscar ceremony" are one event. A story that names only the
// ceremony keeps it under its own name.
func (x *Extractor) statuetteAwards(statuette string) []string {
	if x == nil || x.gaz == nil {
		return nil
	}
	if e, ok := x.gaz.Lookup(statuette + "s"); ok && e.Type == "Event" {
		return []string{e.Name}
	}
	return nil
}
