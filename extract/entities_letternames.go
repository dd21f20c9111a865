package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Names opening with a lone letter. A single capital letter is no name
// by itself, so where one stands before "in the" and a capitalised word
// ("T in the Park", the festival) the letter and the phrase are one
// branded name, an event's: without this "T" is dropped and "Park" is
// taken for a place. A letter that labels a noun before it ("vitamin E
// in the UK", "Group C in the Champions League") or a known place or body
// after "in the" is not such a name.

// letterTakers are nouns a letter labels ("vitamin C", "plan B").
var letterTakers = lexicon.WordSet(`vitamin plan group pool type class grade category
	section zone division row block gate stand wing level tier form channel option model
	series phase stage part annex appendix exhibit figure table hepatitis`)

// letterInTheName returns the token after a name "L in the Name..."
// starting at token i, or -1. The letter may not be "A" or "I", which are
// words.
func (x *Extractor) letterInTheName(a *analysis, i, hi int) int {
	toks := a.tokens
	t := toks[i].Text
	if len(t) != 1 || t[0] < 'B' || t[0] > 'Z' || t == "I" {
		return -1
	}
	if i+3 >= hi || toks[i+1].Text != "in" || toks[i+2].Text != "the" || !isCapWord(toks[i+3]) {
		return -1
	}
	if i > 0 && letterTakers[toks[i-1].Lower()] {
		return -1
	}
	j := i + 4
	for j < hi && isCapWord(toks[j]) {
		j++
	}
	if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i+3].Start:toks[j-1].End])); ok {
		return -1 // "E in the UK"
	}
	return j
}
