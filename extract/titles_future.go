package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Future holders. GOLD.md's leaderOf is who heads a body now, and a post
// still to come is not yet held: "the incoming president of the European
// Commission, X", "chief executive-designate X", "In his new job as
// Renault chief executive, X will ...". futureHolder reads the role phrase
// before the holder's mention and an apposition after it, the mirror of
// pastHolder (titles_past.go), so the title rules leave such a holder out
// while "new chairman X" (appointed, so in post) keeps the fact.

// futureTitleMods before a role, or opening an apposition, put the post
// ahead of its holder: "incoming chairman", "prospective leader",
// "would-be president", "the future head".
var futureTitleMods = lexicon.WordSet(`incoming prospective would-be designate future`)

// newPostNouns after "new" and before "as" name a post being taken up:
// "in his new job as chief executive", "her new role as chairman".
var newPostNouns = lexicon.WordSet(`job role post position`)

// futureHolder reports whether sentence sent tells of person's post as one
// still to come.
func (a *analysis) futureHolder(person, sent int) bool {
	return a.holderTold(person, sent, func(m mention) bool { // titles_past.go
		return m.kind == MentionName && a.futureAround(m)
	})
}

// futureAround reads one name mention of a holder: the role phrase before
// it ("the incoming president of X, Y") and an apposition after it ("Y,
// the incoming president of X,").
func (a *analysis) futureAround(m mention) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
	low := func(i int) string { return toks[i].Lower() }
	k := a.rolePhraseEnd(m)
	for p := k - 1; p >= lo && p >= k-maxTitleTokens; p-- {
		if futureTitleMod(low(p)) {
			return true
		}
		// "In his new job as Renault chief executive, X will ...": the
		// post is taken up, and the clause's future tells it is not yet.
		if low(p) == "as" && p-2 >= lo && newPostNouns[low(p-1)] && low(p-2) == "new" {
			return a.futureVerbAt(m.t1, hi)
		}
		if !a.titleWord(p) {
			break
		}
	}
	// "X, the incoming chairman of Y, ...": a future modifier opening
	// the apposition.
	if v := m.t1; v < hi && toks[v].Text == "," {
		for p := v + 1; p < hi && p <= v+3; p++ {
			if futureTitleMod(low(p)) {
				return true
			}
			if toks[p].Text == "," {
				break
			}
		}
	}
	return false
}

// futureTitleMod reports a word that makes a role a post still to come,
// written alone or joined to the role ("president-elect",
// "chairman-designate").
func futureTitleMod(w string) bool {
	return futureTitleMods[w] || strings.HasSuffix(w, "-elect") || strings.HasSuffix(w, "-designate")
}

// futureVerbAt reports a future verb group at token v: "will", "would",
// "is to", "is set to".
func (a *analysis) futureVerbAt(v, hi int) bool {
	if v >= hi {
		return false
	}
	switch w := a.tokens[v].Lower(); w {
	case "will", "would", "'ll", "shall":
		return true
	case "is", "are":
		n := ""
		if v+1 < hi {
			n = a.tokens[v+1].Lower()
		}
		return n == "to" || n == "set" || n == "due"
	}
	return false
}
