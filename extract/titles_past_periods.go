package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Past holders told by a closed period. A simple past of a leading verb
// says nothing by itself of whether the post goes on ("X led the party to
// victory in May" may still lead it), but a period after it that is over
// does: "X headed the bank in the 1980s", "X led the party from 1990 to
// 1997", "X ran the firm for a decade" (a stretch of time with the
// simple past is finished; "has led it for a decade" is the perfect and
// still held). "Once" or "previously" before the verb says the same:
// "X, who once led the party". pastAround calls periodPast for the verb
// after the holder's mention.

// periodWindow is how many tokens after the verb the period may start:
// the object's name and a short modifier ("headed the state-owned Bavaria
// Bank in the 1980s").
const periodWindow = 10

// decadeMods may stand between "the" and a decade: "in the late 1990s".
var decadeMods = lexicon.WordSet(`early mid late mid- first second`)

// durationUnits end a stretch of time: "for ten years", "for a decade",
// "for more than two decades".
var durationUnits = lexicon.WordSet(`year years decade decades`)

// pastOnceWords before a simple-past leading verb place the post in the
// past: "who once led the party", "X previously headed the bank".
var pastOnceWords = lexicon.WordSet(`once previously formerly`)

// periodPast reports a closed period in the clause after the simple-past
// leading verb at v (tokens up to hi): "until", "between", "from 1990",
// "in the 1980s", "during the late 1990s", "for a decade".
func (a *analysis) periodPast(v, hi int) bool {
	low := func(i int) string {
		if i < hi {
			return a.tokens[i].Lower()
		}
		return ""
	}
	for p := v + 1; p < hi && p <= v+periodWindow; p++ {
		switch x := low(p); x {
		case ",", ";":
			return false // the clause ends; a period after it is another's
		case "until", "between":
			return true
		case "from":
			if textseg.YearWord(low(p + 1)) {
				return true // "from 1990 to 1997"
			}
		case "in", "during", "throughout", "through":
			if low(p+1) == "the" && decadeAt(low, p+2) {
				return true // "in the 1980s", "during the late 1990s"
			}
		case "for":
			if durationAt(low, p+1) {
				return true // "for ten years", "for a decade"
			}
		}
	}
	return false
}

// onceLed reports "once led", "previously headed" at v: a past-time
// adverb right before a simple-past leading verb.
func (a *analysis) onceLed(v, hi int) bool {
	return v+1 < hi && pastOnceWords[a.tokens[v].Lower()] && pastLeadVerbs[a.tokens[v+1].Lower()]
}

// decadeAt reports a decade at p, after at most one modifier: "1980s",
// "80s", "'80s", "late 1990s", "mid-1990s".
func decadeAt(low func(int) string, p int) bool {
	if decadeMods[low(p)] {
		p++
	}
	w := strings.TrimPrefix(strings.TrimPrefix(low(p), "mid-"), "'")
	n, ok := strings.CutSuffix(w, "s")
	if !ok || len(n) != 2 && len(n) != 4 {
		return false
	}
	return digitsOnly(n) && strings.HasSuffix(n, "0")
}

// durationAt reports a stretch of years at p: "ten years", "a decade",
// "more than two decades", "15 years", "nearly a decade".
func durationAt(low func(int) string, p int) bool {
	for k := p; k < p+4; k++ {
		w := low(k)
		if durationUnits[w] {
			return k > p // a count or article before the unit
		}
		if w == "" || w == "," || w == "." {
			return false
		}
	}
	return false
}

// digitsOnly reports a non-empty string of ASCII digits.
func digitsOnly(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}
