package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Dated events: a description is made one event by the date the text
// gives it, before the event noun ("the September election", "the
// December auction") or after it ("provincial elections in 2023", "the
// creditors' meeting on 12 January", "a hearing in June"). GOLD.md names
// such an event by the whole description, date included ("presidential
// elections in December").
//
// Only one-off gatherings and votes take a date this way. A contest
// ("the game in May") is left to the match readers, and talks, tours or
// training sessions run over days and are mostly no single event ("held
// talks in October and November").

// datedEventHeads are the event nouns a date alone makes one event:
// "the September election", "a referendum in 2003", "the summit in
// March", "the annual general meeting on May 25", "a disputed auction in
// December", "the hearing in June".
var datedEventHeads = lexicon.WordSet(`summit conference meeting congress convention
	election elections referendum ceremony funeral rally auction hearing
	inquest premiere gala`)

// eventDateEnd returns the token after a date complement starting at token
// p of a sentence ending before hi: "in May", "in May 2004", "in 2023",
// "on 12 January", "on 12 January 2005", "on May 25". It returns p when no
// date stands there. A weekday ("on Sunday") does not count: it dates an
// event the story already told of more often than it picks one out.
func (a *analysis) eventDateEnd(p, hi int) int {
	if p+1 >= hi {
		return p
	}
	prep := a.tokens[p].Text
	n := p + 1
	switch {
	case prep == "in" && a.capMonth(n):
		n++ // "in May"
	case prep == "in" && isYear(a.tokens[n].Text):
		return n + 1 // "in 2023"
	case prep == "on" && a.monthDay(n) && n+1 < hi && a.capMonth(n+1):
		n += 2 // "on 12 January"
	case prep == "on" && a.capMonth(n) && n+1 < hi && a.monthDay(n+1):
		n += 2 // "on May 25"
	default:
		return p
	}
	if n < hi && isYear(a.tokens[n].Text) {
		n++ // "in May 2004", "on 12 January 2005"
	}
	return n
}

// capMonth reports a month's name, capitalised, at token k.
func (a *analysis) capMonth(k int) bool {
	t := a.tokens[k]
	return t.Flags&textseg.TCap != 0 && monthNames[t.Lower()]
}

// monthDay reports a day of the month at token k ("12", "25th").
func (a *analysis) monthDay(k int) bool {
	w := strings.TrimRight(a.tokens[k].Text, "stndrh")
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !textseg.IsDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// countedEvents reports a cardinal written in words before a description
// ("two elections in December", "three meetings in May"): a set of
// events, not one.
func countedEvents(t textseg.Token, tag string) bool {
	return tag == "CD" && t.Flags&textseg.TAlpha != 0 && t.Flags&textseg.TDigit == 0
}

// endsName reports a visible name mention ending at token k: "the Theresa
// May election" is a person's, not a month's.
func (a *analysis) endsName(k int, nameEnd map[int]int) bool {
	_, ok := nameEnd[k]
	return ok
}
