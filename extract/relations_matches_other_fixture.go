package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A competition the lead names for another fixture is not the headline
// match's: under "Rovers 2-1 Athletic", "Rovers beat Athletic at the
// weekend, a week before they face United in the Western Cup" puts
// Rovers' next fixture in the Western Cup, not the match reported, and
// Athletic in no cup at all. sheetCompetition asks that the competition
// be named at least once in a clause about the headline's match or the
// sides' season; a clause opened by a word that looks ahead to another
// fixture, or naming a side the headline does not, is about another.
// Tests: relations_matches_other_fixture_test.go.

// otherFixtureOpeners open a clause about a fixture other than the one
// reported: one still to come ("a week before they face United in the
// Cup", "ahead of next week's Cup tie") or the next one.
var otherFixtureOpeners = lexicon.WordSet(`before ahead next`)

// clauseBreakWords end the clause a competition's mention is read in,
// looking back from it: a subordinator or a coordinator starts the
// clause that the mention belongs to.
var clauseBreakWords = lexicon.WordSet(`before after ahead when while as
	and but since until where which who next`)

// competitionNamedForMatch reports whether some mention of comp in the
// story's first sentences names it in a clause about the headline's
// match: no opener of another fixture and no side outside sides between
// the clause's start and the mention.
func (r *relState) competitionNamedForMatch(comp int, sides map[int]bool) bool {
	a := r.a
	for s := 0; s < 3 && s < len(a.doc.Sentences); s++ {
		ms := a.mentionsIn(s)
		for _, m := range ms {
			if m.Entity != comp {
				continue
			}
			from, opener := clauseStartBefore(a.doc.Text, a.doc.Sentences[s].Start, m.Start)
			if otherFixtureOpeners[opener] {
				continue
			}
			if !r.otherSideBetween(ms, from, m.Start, comp, sides) {
				return true
			}
		}
	}
	return false
}

// clauseStartBefore looks back from offset end to sentence start lo for the
// nearest clause break (a word of clauseBreakWords, or a comma or a
// semicolon) and returns where the clause starts and the break word ("" for
// punctuation or the sentence start).
func clauseStartBefore(text string, lo, end int) (int, string) {
	i := end
	for i > lo {
		j := i - 1
		c := text[j]
		if c == ',' || c == ';' {
			return i, ""
		}
		if isWordByte(c) {
			k := j
			for k > lo && isWordByte(text[k-1]) {
				k--
			}
			if w := strings.ToLower(text[k : j+1]); clauseBreakWords[w] {
				return k, w
			}
			i = k
			continue
		}
		i = j
	}
	return lo, ""
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '\'' || c == '-'
}

// otherSideBetween reports a side the headline does not name (an
// organisation, or a country not written as a possessive, other than the
// competition) among the mentions between offsets from and to.
func (r *relState) otherSideBetween(ms []Mention, from, to, comp int, sides map[int]bool) bool {
	for _, m := range ms {
		if m.Start < from || m.End > to || m.Entity < 0 || m.Entity == comp || sides[m.Entity] {
			continue
		}
		switch r.a.doc.Entities[m.Entity].Type {
		case Organization:
			return true
		case Country:
			// "England's Tom Hale kicked Rovers to victory in the
			// Cup": a player's country is no side of the fixture.
			if rest := r.a.doc.Text[m.End:]; !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
				return true
			}
		}
	}
	return false
}
