package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Gatherings described by who gathers. Wire copy names a meeting by the
// group of people it brings together: "a summit of European Union
// leaders", "the conference of German state premiers in Leipzig", "a
// meeting of North American trade ministers", "a meeting of finance
// ministers in Rome". The description's "of" complement is then not a
// body ("the meeting of the WTO") but a plural noun of people, with the
// body or nation they come from before it. GOLD.md names the event by
// the whole description; reading only up to the name ("summit of
// European Union") cut it short, and took the body for the meeting's
// owner, which the relation rules read as its host ("European Union
// hosted the summit", "Germany hosted the conference"): the people's
// body or nation hosts nothing by that.
//
// A name before the people ("European Union leaders", "German state
// premiers") makes the gathering one event; people alone ("finance
// ministers") need a place or a date as any description does.

// groupGatheringHeads are the event nouns a group of people gathers at.
var groupGatheringHeads = lexicon.WordSet(`summit conference meeting session congress
	convention gathering talks forum`)

// gatheringGroupNouns are the plural nouns of people that close a gathering's
// "of" complement.
var gatheringGroupNouns = lexicon.WordSet(`leaders ministers premiers officials heads
	delegates governors bankers chiefs presidents representatives envoys
	negotiators executives lawmakers legislators mps senators mayors
	shareholders creditors donors diplomats commanders chairmen secretaries`)

// groupPhraseEnd returns the token after a run of lower-case nouns and
// adjectives from token p that ends in a noun of gatheringGroupNouns ("state
// premiers", "trade ministers", "leaders"), or p when none stands there.
// The run is at most three words long.
func (a *analysis) groupPhraseEnd(p, hi int, tag func(int) string) int {
	for k := p; k < hi && k < p+3; k++ {
		t := a.tokens[k]
		if isCapWord(t) || !strings.HasPrefix(tag(k), "NN") && !strings.HasPrefix(tag(k), "JJ") {
			return p
		}
		if gatheringGroupNouns[t.Lower()] {
			if k+1 < hi && strings.HasPrefix(tag(k+1), "NN") && !isCapWord(a.tokens[k+1]) {
				return p // "of the leaders' group", "of party leaders committee": another head
			}
			return k + 1
		}
	}
	return p
}

// capitalGroupEnd returns the token after "ADJ [ADJ] people" from token
// p, where the people's origin is written in capitals the mention finder
// names nothing by ("North American trade ministers", "Nordic finance
// ministers"), or p when none stands there. The capitals pick out the
// group as a name would; the run of them is at most two words, and none
// may start a name (a name's own path reads "of the WTO").
func (a *analysis) capitalGroupEnd(p, hi int, tag func(int) string, nameStart map[int]int) int {
	k := p
	for ; k < hi && k < p+2; k++ {
		if _, named := nameStart[k]; named || !isCapWord(a.tokens[k]) || a.tokens[k].Flags&textseg.TAlpha == 0 {
			break
		}
	}
	if k == p {
		return p
	}
	if end := a.groupPhraseEnd(k, hi, tag); end > k {
		return end
	}
	return p
}
