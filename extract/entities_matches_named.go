package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Matches described through their competition. A report names a match
// of a named competition by the competition, a match noun and the other
// side: "the Six Nations game against Italy", "Saturday's Six Nations
// clash with Wales", "Tottenham's Premiership fixture with Charlton",
// "the Champions League tie against Bayer Leverkusen", "the Heineken Cup
// quarter-final tie against Biarritz", and by a result noun with no
// score: "the FA Cup win over Colchester", "Chelsea's Champions League
// defeat at Barcelona". The competition and the other side make it one
// match (GOLD.md's described event); the competition stays an Event of
// its own, which the competition rules give their facts.
//
// describeEvent (entities_events.go) leaves a description whose named
// modifier is an Event to the named event; this parser reads only that
// case, with a side after the noun, and its event is made by
// namedMatchFacts (relations_matches_named.go) after the other rules, as
// the matches described by their result are.

// namedMatchHeads name one match of a competition: "the Six Nations
// game", "the Champions League tie". Plural forms ("games") are a run of
// matches, never one.
var namedMatchHeads = lexicon.WordSet(`match game tie clash fixture encounter
	opener showdown decider final semi-final quarter-final`)

// namedMatchRoundHeads are a competition's rounds: their side comes after
// "against" only, since "the Champions League final with Porto" may name
// the side the subject played it for.
var namedMatchRoundHeads = lexicon.WordSet(`final semi-final quarter-final`)

// namedMatchOpponentPreps bring the other side after a match noun:
// "against Italy", "with Ireland", "v Wales". "at" brings a ground and is
// read only after a result noun ("the Premiership win at Blackburn").
var namedMatchOpponentPreps = lexicon.WordSet(`against with v v. vs vs. versus`)

// namedMatchLeagueWords end the name of a league or cup typed as the body
// that runs it ("Premiership", "Premier League", "Uefa Cup"): such a name
// before a match noun is the competition too.
var namedMatchLeagueWords = lexicon.WordSet(`league premiership cup trophy
	championship conference shield`)

// namedMatchMaxMods bounds the lower-case words between the competition's
// name and the noun ("quarter-final tie", "tour match", "group game").
const namedMatchMaxMods = 2

// namedMatchAt reads the description of a match through its competition
// around match or result noun h of sentence s. comp0 and comp1 in the
// returned match hold the competition's name, through bare0 (the name
// without a date or owner starts at the competition).
func (a *analysis) namedMatchAt(s, h int, tags []string, nameStart, nameEnd map[int]int) (resultMatch, bool) {
	r := a.sentTokens[s]
	lo, hi := r.Start, r.End
	tag := func(k int) string { return tags[k-lo] }
	m := resultMatch{sent: s, head: h, owner: -1, place: -1, sideWord: -1, comp0: -1}
	hw := a.tokens[h].Text
	result := resultMatchNouns[hw]
	if !namedMatchHeads[hw] && !result {
		return m, false
	}
	// After a competition's name the word is the noun whatever its tag
	// ("the Cup final" may be tagged an adjective, "the Cup win" a
	// verb); the name is checked below.
	if th := tag(h); !strings.HasPrefix(th, "NN") && !strings.HasPrefix(th, "JJ") && !strings.HasPrefix(th, "VB") {
		return m, false
	}
	// Left: a few lower-case modifiers, then the competition's name.
	k := h - 1
	for n := 0; k >= lo && n < namedMatchMaxMods; n++ {
		t := a.tokens[k]
		w := t.Lower()
		if _, named := nameEnd[k]; named || t.Flags&textseg.TAlpha == 0 || isCapWord(t) || eventDeterminers[w] ||
			eventPronouns[w] || eventQuantifiers[w] || eventEditionWords[w] || isPossessive(t.Text) ||
			!strings.HasPrefix(tag(k), "JJ") && !strings.HasPrefix(tag(k), "NN") {
			break
		}
		k-- // "quarter-final", "tour", "group"
	}
	ci, named := nameEnd[k]
	if !named || k < lo {
		return m, false
	}
	comp := a.ments[ci]
	if comp.kind != MentionName || isPossessive(a.tokens[k].Text) || !a.competitionMention(comp) {
		return m, false
	}
	m.bare0, m.score0, m.name0 = comp.t0, comp.t0, comp.t0
	m.comp0, m.comp1 = comp.t0, comp.t1
	// Before the competition: an article, an owner, a date, or a word
	// that opens no noun phrase ("for Six Nations matches" is plural and
	// read above).
	k = comp.t0 - 1
	if k >= lo {
		t := a.tokens[k]
		w := t.Lower()
		switch {
		case leadArticles[w]:
		case eventPronouns[w]:
			m.name0, m.owner, m.ownerEnd = k, k, k+1 // "their Six Nations match"
		case isPossessive(t.Text) && k > lo:
			p := k - 1
			if mi, ok := nameEnd[p]; ok && a.ments[mi].kind == MentionName && a.ments[mi].typ != Event {
				m.name0, m.owner, m.ownerEnd = a.ments[mi].t0, a.ments[mi].t0, p+1 // "England's Six Nations opener"
			} else if eventTimeWords[a.tokens[p].Lower()] {
				m.name0 = p // "Saturday's Six Nations clash", "last Saturday's"
				if p > lo && eventEditionWords[a.tokens[p-1].Lower()] {
					m.name0 = p - 1
				}
			} else {
				return m, false
			}
		case resultScore(t.Text) || eventQuantifiers[w] || eventEditionWords[w] || isOrdinal(w) || t.Flags&textseg.TDigit != 0:
			// A score is the result parser's ("19-13 Six Nations loss");
			// "another", "next", "second", "2003" are read by others.
			return m, false
		case t.Flags&textseg.TAlpha != 0 && !isCapWord(t) && (strings.HasPrefix(tag(k), "JJ") || strings.HasPrefix(tag(k), "NN")):
			return m, false // "a crucial Six Nations game": not read here
		}
	}
	e := h + 1
	if e+1 >= hi {
		return m, false
	}
	pw := a.tokens[e].Lower()
	switch {
	case namedMatchRoundHeads[hw] && pw == "with":
		return m, false
	case namedMatchOpponentPreps[pw]:
	case result && leadSidePreps[pw]:
	case pw == "at" && e+2 < hi && a.tokens[e+1].Lower() == "home" && a.tokens[e+2].Lower() == "to":
		// "the quarter-final at home to Bristol"
	default:
		return m, false
	}
	if !a.matchOtherSide(&m, e, hi, nameStart) {
		return m, false
	}
	if m.prep == "versus" || m.prep == "v" || m.prep == "v." || m.prep == "vs" || m.prep == "vs." {
		m.prep = "against"
	}
	if !result && m.prep == "at" {
		return m, false // "the Six Nations clash at Twickenham": a ground, no side
	}
	if m.prep == "at" {
		if oi, ok := nameStart[m.opp0]; ok && a.ments[oi].typ == City {
			return m, false // "the FA Cup defeat at Newcastle": the town or its club, not told
		}
	}
	return m, true
}

// competitionMention reports a name mention that names a competition: an
// Event, or a body named as a league or a cup ("the Premiership").
func (a *analysis) competitionMention(m mention) bool {
	if m.typ == Event {
		return true
	}
	return m.typ == Organization && namedMatchLeagueWords[a.tokens[m.t1-1].Lower()]
}
