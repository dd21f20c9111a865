package quotes

import (
	"sort"
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

// spokesBack returns the body whose spokesperson is still the one
// speaking in sentence s, or -1. Besides a sentence that itself opens
// with "A spokesman for X said" (spokesSpeaker), the spokesperson goes
// on speaking through the later sentences of a quotation opened there
// ("A spokesman for the Alliance said: "… . But …" He said …") and
// through sentences opening with "He"/"She" already given to a body
// ("He said piracy was … He said 29% of …"). It looks back at most
// qSpokesChainLimit sentences and never past the paragraph.
func (q *quoter) spokesBack(s, depth int) int {
	if s < 0 {
		return -1
	}
	if e := q.spokesSpeaker(s); e >= 0 {
		return e
	}
	ss := q.doc.Sentences
	if depth >= qSpokesChainLimit || s == 0 || ss[s-1].Paragraph != ss[s].Paragraph {
		return -1
	}
	if q.continuesQuote(s) {
		return q.spokesBack(s-1, depth+1)
	}
	if f := strings.Fields(q.text[ss[s].Start:min(ss[s].End, ss[s].Start+8)]); len(f) > 0 && (f[0] == "He" || f[0] == "She") {
		if e := q.sentSpeaker(s); e >= 0 && q.orgType(e) && q.spokesBack(s-1, depth+1) == e {
			return e
		}
	}
	return -1
}

// qSpokesChainLimit bounds how many sentences back a spokesperson's
// words are followed.
const qSpokesChainLimit = 4

// continuesQuote reports whether sentence s begins inside a quotation
// opened in an earlier sentence (the second sentence of a quote).
func (q *quoter) continuesQuote(s int) bool {
	start := q.doc.Sentences[s].Start
	ps := q.pieces
	i := sort.Search(len(ps), func(i int) bool { return ps[i].start > start })
	return i > 0 && ps[i-1].open < start && start < ps[i-1].end
}
