package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Matches described by their result. A sports report names a match it
// does not head by its score, its result and the other side: "the 3-1
// defeat against Bayern Munich", "last Saturday's 24-18 defeat to
// Wales", "Sunday's 19-13 Six Nations loss to Ireland in Dublin",
// "England's 18-17 defeat to France", "a 6-1 6-2 win over seventh seed
// Feliciano Lopez". The score makes it one match that was played, and
// the side after the preposition makes it specific, so GOLD.md's
// described-event rule applies: the description, without its leading
// article, names an Event; its forms without the leading date or owner
// ("24-18 defeat to Wales") and without the place are its aliases.
//
// The event is made after every other relation rule has run, by
// resultMatchFacts (relations_matches_described.go), and only when a
// side is found: no mention stands over the description while the other
// rules read the sentence, so a competition's rules still take "Wales'
// 11-9 Six Nations win over England" for a result of the Six Nations.

// resultMatchNouns name a match by its result.
var resultMatchNouns = lexicon.WordSet(`win victory defeat loss draw triumph
	success thrashing drubbing hammering rout`)

// resultMatchHomeWords before the result noun say whose ground it was:
// "a 3-2 home success" was the owner's, "an away win" the other side's.
var resultMatchHomeWords = lexicon.WordSet(`home away`)

// resultSideNouns may follow the other side's name inside the
// description: "a loss to a Swansea side".
var resultSideNouns = lexicon.WordSet(`side team outfit squad XV`)

// resultMatchMaxLeft bounds the words between the score and the noun
// ("19-13 Six Nations loss", "3-0 FA Cup fifth-round victory").
const resultMatchMaxLeft = 6

// resultMatch is one description of a match by its result, in tokens.
type resultMatch struct {
	sent        int
	name0, end  int // the whole description [name0, end)
	bare0       int // the description without a leading date or owner: its first modifier or score
	score0      int // the first score
	head        int // the result noun: the mention
	owner       int // first token of the owner's name ("England's") or of its pronoun ("their"), or -1
	ownerEnd    int // the token after the owner's name
	opp0, opp1  int // the other side's name
	prep        string
	homeOwner   bool // "at home to", "a home win": the owner's ground
	awayOwner   bool // "an away win": the other side's ground
	place       int  // first token of a place after "in" or "at" closing the description, or -1
	placeEnd    int
	placeBefore int // the token where "in"/"at" before the place stands
	sideWord    int // "side" of "his side's 3-2 victory": the owner is the team it stands for, or -1
	comp0       int // first token of the competition a match is described through ("the Six Nations game"), or -1
	comp1       int
}

// names returns the description's name and its other names: without
// its date, owner or opening modifier ("24-18 defeat to Wales"), and
// without its place ("19-13 Six Nations loss to Ireland").
func (m resultMatch) names(a *analysis) []string {
	var out []string
	add := func(t0, t1 int) {
		if n := a.describedText(t0, t1); !textseg.Contains(out, n) {
			out = append(out, n)
		}
	}
	add(m.name0, m.end)
	add(m.bare0, m.end)
	add(m.score0, m.end)
	if m.place >= 0 {
		add(m.name0, m.placeBefore)
		add(m.bare0, m.placeBefore)
		add(m.score0, m.placeBefore)
	}
	return out
}

// nameMentionOver reports a visible name mention already over token t:
// the noun is part of a name ("Victory Day").
func (a *analysis) nameMentionOver(t int) bool {
	for i := range a.ments {
		if m := &a.ments[i]; m.kind == MentionName && m.t0 <= t && t < m.t1 && !m.hidden {
			return true
		}
	}
	return false
}

// visibleNames maps the first and the last token of every visible name
// mention (names, acronyms, demonyms) to the mention.
func (a *analysis) visibleNames() (start, end map[int]int) {
	start, end = map[int]int{}, map[int]int{}
	for i := range a.ments {
		m := &a.ments[i]
		if m.hidden || m.kind != MentionName && m.kind != MentionAcronym && m.kind != MentionDemonym {
			continue
		}
		start[m.t0] = i
		end[m.t1-1] = i
	}
	return start, end
}

// resultScore reports a token that is a match's score: "3-1", "24-18",
// "3–1", and a tennis set ("6-2").
func resultScore(t string) bool { return scoreToken(t) || scoreTokenDash(t) }

// resultMatchAt reads the description around result noun h of sentence
// s (tags are the sentence's POS tags).
func (a *analysis) resultMatchAt(s, h int, tags []string, nameStart, nameEnd map[int]int) (resultMatch, bool) {
	r := a.sentTokens[s]
	lo, hi := r.Start, r.End
	tag := func(k int) string { return tags[k-lo] }
	m := resultMatch{sent: s, head: h, owner: -1, place: -1, sideWord: -1, comp0: -1}
	if !strings.HasPrefix(tag(h), "NN") {
		return m, false // "to win 2-0", "to draw"
	}
	// Left: the words between the score and the noun (lower-case
	// modifiers and a competition's name), then the score or scores.
	k := h - 1
	for k >= lo && h-k <= resultMatchMaxLeft && !resultScore(a.tokens[k].Text) {
		t := a.tokens[k]
		w := t.Lower()
		switch mi, named := nameEnd[k]; {
		case named && a.ments[mi].kind == MentionName && !isPossessive(t.Text):
			k = a.ments[mi].t0 - 1 // "Six Nations", "FA Cup"
			continue
		case t.Flags&textseg.TAlpha != 0 && !isCapWord(t) && !eventDeterminers[w] && !eventPronouns[w] &&
			(strings.HasPrefix(tag(k), "JJ") || strings.HasPrefix(tag(k), "NN") || tag(k) == "VBN"):
			if resultMatchHomeWords[w] {
				m.homeOwner, m.awayOwner = w == "home", w == "away"
			}
			k-- // "home", "derby", "fifth-round"
			continue
		}
		return m, false
	}
	if k < lo || !resultScore(a.tokens[k].Text) {
		return m, false
	}
	for k >= lo {
		switch t := a.tokens[k].Text; {
		case resultScore(t):
			m.bare0, m.score0 = k, k
			k--
			continue
		case t == ")" && k-2 >= lo && a.tokens[k-2].Text == "(" && smallNumber(strings.ReplaceAll(a.tokens[k-1].Text, "-", "")):
			k -= 3 // a tie-break: "6-7 (3-7) 6-3"
			continue
		}
		break
	}
	// Modifiers before the score: "a crushing 19-0 victory", "Leicester's
	// record 83-10 win".
	for j := 0; j < 2 && k >= lo; j++ {
		t := a.tokens[k]
		w := t.Lower()
		if t.Flags&textseg.TAlpha == 0 || isCapWord(t) || eventDeterminers[w] || eventPronouns[w] || eventQuantifiers[w] ||
			!strings.HasPrefix(tag(k), "JJ") && !strings.HasPrefix(tag(k), "NN") {
			break
		}
		m.bare0 = k
		k--
	}
	m.name0 = m.bare0
	if k >= lo {
		switch t := a.tokens[k]; {
		case eventQuantifiers[t.Lower()]:
			return m, false // "another 2-0 win"
		case eventPronouns[t.Lower()]:
			m.name0, m.owner, m.ownerEnd = k, k, k+1 // "their 18-17 defeat"
		case isPossessive(t.Text) && k > lo:
			p := k - 1
			pw := a.tokens[p].Lower()
			if mi, named := nameEnd[p]; named && a.ments[mi].kind == MentionName && a.ments[mi].typ != Event {
				m.name0, m.owner, m.ownerEnd = a.ments[mi].t0, a.ments[mi].t0, p+1 // "England's 18-17 defeat"
			} else if eventTimeWords[pw] {
				m.name0 = p // "Sunday's 19-13 loss", "last Saturday's"
				if p > lo && eventEditionWords[a.tokens[p-1].Lower()] {
					m.name0 = p - 1
				}
			} else if coachSideNouns[pw] && p > lo && eventPronouns[a.tokens[p-1].Lower()] {
				// "his side's 3-2 victory", "their team's 3-1 win": the
				// owner is the team the pronoun's coach or players stand
				// for, read from the parse (resultOwner).
				m.name0, m.sideWord = p-1, p
			} else {
				return m, false // "the club's 2-0 win": an owner not read here
			}
		}
	}
	// Right: the other side, then the place.
	e := h + 1
	if e+1 >= hi || !leadSidePreps[a.tokens[e].Lower()] {
		return m, false
	}
	return m, a.matchOtherSide(&m, e, hi, nameStart)
}

// matchOtherSide reads the other side of a described match from the
// preposition at token e ("defeat to Wales", "match with Ireland"), then
// the place closing the description ("in Dublin"), into m; hi ends the
// sentence.
func (a *analysis) matchOtherSide(m *resultMatch, e, hi int, nameStart map[int]int) bool {
	m.prep = a.tokens[e].Lower()
	n := e + 1
	switch {
	case m.prep == "at" && a.tokens[n].Lower() == "home" && n+2 < hi && a.tokens[n+1].Lower() == "to":
		m.homeOwner, m.prep, n = true, "to", n+2 // "a 2-0 defeat at home to Atletico Madrid"
	case m.prep == "at" && a.tokens[n].Lower() == "the" && n+3 < hi && a.tokens[n+1].Lower() == "hands" && a.tokens[n+2].Lower() == "of":
		m.prep, n = "by", n+3 // "a 1-0 defeat at the hands of Sevilla"
	}
	opp := -1
	for j := n; j < hi && j <= n+3; j++ {
		if mi, ok := nameStart[j]; ok {
			if a.ments[mi].kind == MentionDemonym && a.ments[mi].t1 < hi {
				if _, more := nameStart[a.ments[mi].t1]; more {
					continue // "Argentine David Nalbandian"
				}
				if d := a.ments[mi].t1; d+1 < hi && resultSideNouns[a.tokens[d].Text] {
					if _, more := nameStart[d+1]; more {
						j = d // "against Scottish side Dunfermline": the name after the side noun
						continue
					}
				}
			}
			opp = mi
			break
		}
		t := a.tokens[j]
		if t.Flags&textseg.TAlpha == 0 || isCapWord(t) || leadStopWords[t.Lower()] || clauseBreaks[t.Lower()] {
			return false
		}
	}
	if opp < 0 || a.ments[opp].typ == Event || a.ments[opp].kind != MentionName {
		return false
	}
	om := a.ments[opp]
	if om.t1+1 < hi && isPossessive(a.tokens[om.t1].Text) {
		if mi, ok := nameStart[om.t1+1]; ok && a.ments[mi].kind == MentionName {
			om = a.ments[mi] // "Cameroon's Cotonsport Garoua"
		} else {
			return false // "over England's pack": no side
		}
	}
	if m.prep == "at" && (om.typ == Place || om.typ == Country) {
		return false // "a 1-0 win at Lansdowne Road": a ground, no side
	}
	m.opp0, m.opp1 = om.t0, om.t1
	m.end = om.t1
	if m.end < hi && resultSideNouns[a.tokens[m.end].Text] {
		m.end++ // "an 11-3 loss to a Swansea side"
	}
	if p := m.end; p+1 < hi && (a.tokens[p].Text == "in" || a.tokens[p].Text == "at") {
		if mi, ok := nameStart[p+1]; ok && (a.ments[mi].t1 >= hi || !isPossessive(a.tokens[a.ments[mi].t1].Text)) {
			switch a.ments[mi].typ {
			case City, Country, Place:
				m.place, m.placeEnd, m.placeBefore = a.ments[mi].t0, a.ments[mi].t1, p
				m.end = a.ments[mi].t1
			}
		}
	}
	return true
}
