package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A number word opening a sentence ("Six people died", "Two Labour MPs
// resigned") is no part of a name, so processRun drops it with the other
// sentence starters. Some names open with one though: "Six Nations rivals
// France and Ireland", "Three Gorges Dam is finished", "Big Four". When
// the capitalised run from the number word is a name the gazetteer
// knows, or the document writes the same two capitalised words inside a
// sentence ("won the Six Nations"), the number word belongs to the name
// and stays. The pair must recur, not the number word alone: "Six"
// inside "the Six Nations" says nothing of "Six Chris Paterson penalties
// gave Scotland victory".

// nameNumberWords are the number words that open names in English news.
var nameNumberWords = lexicon.WordSet(`one two three four five six seven
	eight nine ten eleven twelve twenty hundred thousand`)

// numberNameOpening reports whether the sentence-initial number word at
// toks[i] opens the name toks[i:j] rather than counting what follows.
func (x *Extractor) numberNameOpening(a *analysis, i, j int) bool {
	t := a.tokens[i]
	if j-i < 2 || !nameNumberWords[t.Lower()] {
		return false
	}
	if a.pairInsideSentence(t.Text, a.tokens[i+1].Text) {
		return true // "... won the Six Nations" elsewhere in the text
	}
	for m := min(j, i+x.gaz.MaxWords()); m >= i+2; m-- {
		if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[t.Start:a.tokens[m-1].End])); ok {
			return true
		}
	}
	return false
}

// pairInsideSentence reports whether the document writes the words w1 w2
// in a row inside a sentence, after a word that is not capitalised, so
// that their capitals are the name's and not the sentence's.
func (a *analysis) pairInsideSentence(w1, w2 string) bool {
	for _, r := range a.sentTokens {
		for k := r.Start + 1; k+1 < r.End; k++ {
			if a.tokens[k].Text != w1 || a.tokens[k+1].Text != w2 {
				continue
			}
			if prev := a.tokens[k-1]; !isCapWord(prev) && !isOpener(prev, a.tokens[k]) {
				return true
			}
		}
	}
	return false
}
