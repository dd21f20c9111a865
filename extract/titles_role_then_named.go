package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Guards of roleThenNamed (titles_holders.go), the lede that gives a
// post's holder by role ("The chief executive of X has taken control of
// ...") and names a person in the next sentence ("Y has replaced ...").
// The name is the holder only when neither sentence says otherwise: a
// first sentence in which the holder goes ("The chief executive of X has
// resigned") leaves the post to someone else, and a name the next
// sentence gives another role ("Y, a shareholder, said") is someone
// other than the holder. Tests: titles_role_then_named_test.go.

// roleGoneWords, in the verb chain after the role, say the holder leaves
// the post or has left it: "has resigned", "was sacked", "is to step
// down", "has died".
var roleGoneWords = lexicon.WordSet(`resign resigned resigns resigning quit quits
	quitting retire retired retires retiring sacked fired dismissed ousted
	axed removed replaced deposed died dies leave leaves leaving left departed
	down`)

// roleHolderGoes reports a word of roleGoneWords in the first few words
// from the verb at token q: the verb chain of the role's sentence.
func roleHolderGoes(a *analysis, q, hi int) bool {
	for k := q; k < hi && k < q+5; k++ {
		w := a.tokens[k].Lower()
		if w == "," || w == "." || w == ";" {
			break
		}
		if roleGoneWords[w] {
			return true
		}
	}
	return false
}

// otherRoleAppos reports an apposition set off by commas right after a
// name ending at token t1 that says more than an age: "Paul Hendry, a
// shareholder, said" gives the person a role of his own; "Paul Hendry,
// 52, has replaced" does not.
func otherRoleAppos(a *analysis, t1, hi int) bool {
	c := apposEnd(a, t1, hi)
	if c < 0 {
		return false
	}
	for k := t1 + 1; k < c-1; k++ {
		if a.tokens[k].Flags&textseg.TDigit == 0 {
			return true
		}
	}
	return false
}
