package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
)

// A spokesperson's title before the name may spell out the body in
// lower-case words, with its acronym in brackets: "Dutch football
// federation (KNVB) spokesman Frank Huizinga said", "the rail union
// (RMT) spokeswoman Jo Bloggs said". conjoinedSubject walks back over
// such a title to the conjunction that opens the clause ("Michels had
// undergone surgery and Dutch football federation (KNVB) spokesman Frank
// Huizinga said"), so that the spokesperson, not the subject of the
// clause before, speaks; spokesBody then gives the words to the body.

// qBodyWordLimit bounds how many body words a title may hold.
const qBodyWordLimit = 6

// bodyTitleWord reports whether ts[k] belongs to the body named in a
// spokesperson's title: a bracket, a word inside brackets, or a
// lower-case word that is no verb, preposition or clause link
// ("football", "federation"). Capitalised words are read by the caller.
func (q *quoter) bodyTitleWord(ts []qtok, k int) bool {
	t := ts[k]
	w := q.text[t.s:t.e]
	switch {
	case t.kind == qkPunct:
		return w == "(" || w == ")"
	case t.kind != qkWord:
		return false
	case k > 0 && q.text[ts[k-1].s:ts[k-1].e] == "(" && k+1 < len(ts) && q.text[ts[k+1].s:ts[k+1].e] == ")":
		return true // "(KNVB)"
	}
	r := w[0]
	if r < 'a' || r > 'z' {
		return false
	}
	return !qClauseLinks[w] && !qPreps[w] && !qVerbish(w) && !qIrregularPast[w] && !qDeterminers[w]
}

// bracketedBody reports whether body mention m is an acronym in brackets
// right before a spokesperson word, gap being the text between them:
// "federation (KNVB) spokesman" speaks for the KNVB as "KNVB spokesman"
// does.
func (q *quoter) bracketedBody(m model.Mention, gap string) bool {
	return gap == ")" && strings.HasSuffix(strings.TrimRight(q.text[max(0, m.Start-4):m.Start], " "), "(")
}
