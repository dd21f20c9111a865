package quotes

import "strings"

// "The spokesman" refers back. A story introduces a body's spokesman
// once ("…," an NFA spokesman said) and later calls him "the spokesman"
// ("…," added the spokesman); the definite article points to the
// spokesman last introduced, so the quotation goes to that one's body
// (GOLD.md: a spokesman's words go to the body spoken for), even across
// paragraphs about other people. Without this, a bare spokesman at a
// paragraph's start went to the one body the paragraph before named,
// which for "the spokesman" is often a body he was talking about.
//
// Not: "a spokesman said" (indefinite: a new voice, spokesLookback's
// rules), "the club's spokesman" or "the spokesman for Acme" (the body is
// named), "the spokesman" with no spokesman introduced within reach.

// qDefiniteSpokesReach bounds how many sentences back the introduction
// is looked for.
const qDefiniteSpokesReach = 12

// definiteSpokesBody returns the body of the spokesman a bare "the
// spokesman" in ts refers back to, or -1.
func (q *quoter) definiteSpokesBody(ts []qtok, pos int) int {
	if !q.bareSpokesman(ts) || !q.definiteSpokes(ts) {
		return -1
	}
	si := q.sentenceAt(pos)
	for s := si - 1; s >= 0 && s >= si-qDefiniteSpokesReach; s-- {
		sp := q.doc.Sentences[s]
		end := min(sp.End, sp.Start+600)
		buf := qTokenize(q.text, sp.Start, end, q.getBuf())
		e, _ := q.spokesOrg(buf)
		q.putBuf(buf)
		if e >= 0 {
			return e
		}
	}
	return -1
}

// definiteSpokes reports whether a spokesperson word in ts comes right
// after "the".
func (q *quoter) definiteSpokes(ts []qtok) bool {
	for k := 1; k < len(ts); k++ {
		switch strings.ToLower(q.text[ts[k].s:ts[k].e]) {
		case "spokesman", "spokeswoman", "spokesperson":
			if strings.EqualFold(q.text[ts[k-1].s:ts[k-1].e], "the") {
				return true
			}
		}
	}
	return false
}
