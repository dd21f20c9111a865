package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A described event's kind adjective may stand before its owner's name:
// "the full IOC session in Milan", "an emergency EU summit", "the annual
// CBI conference", "a special Nato meeting". The left scan of
// describeEvent takes lower-case modifiers only next to the head ("the
// annual conference"), so such an adjective was cut off and the event
// named "IOC session in Milan". GOLD.md names a described event by its
// whole description without the article, adjective and all; the form
// from the owner on stays an alias. Only adjectives that tell what kind
// of sitting it is are read: words that date it ("recent", "next") or
// grade it ("big", "key", "crucial") belong to the story, not the name.

// eventKindAdjectives tell the kind of a sitting before its owner's name.
var eventKindAdjectives = lexicon.WordSet(`full plenary annual emergency extraordinary
	special informal biennial inaugural`)

// kindBeforeOwner returns the first token of the run of kind adjectives
// ending right before token k+1 (the owner's first token), or k+1 when
// none stands there. At most two are read ("the annual extraordinary").
func (a *analysis) kindBeforeOwner(k, lo int, tag func(int) string) int {
	start := k + 1
	for j := k; j >= lo && j > k-2; j-- {
		t := a.tokens[j]
		if t.Flags&(textseg.TCap|textseg.TUpper) != 0 || !eventKindAdjectives[t.Lower()] ||
			!strings.HasPrefix(tag(j), "JJ") && !strings.HasPrefix(tag(j), "NN") {
			break
		}
		start = j
	}
	return start
}
