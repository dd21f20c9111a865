package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A subject "it" need not open its sentence to carry the body the story
// was about: news puts a connective or a time phrase first ("But it
// emerged from bankruptcy in 2003", "Instead, it plans to focus on
// rail", "Last month, it signed a deal with Nissan", "Earlier this year
// it bought a stake in X"). The word after "it" is held to the same
// guards as after a sentence-opening "It" (itNonReferential): "But it
// was...", "However, it said..." stay open.

// itConnectives may stand before a subject "it", with or without a
// comma: "But it", "However, it", "Instead, it".
var itConnectives = lexicon.WordSet(`but and however instead meanwhile now also
	previously recently already later earlier yet so then subsequently
	eventually finally since`)

// itTimeOpeners open a fronted time phrase: "Last month", "Earlier this
// year", "In September", "On Monday", "In 2003".
var itTimeOpeners = lexicon.WordSet(`last this earlier later in on during by next`)

// itTimeNouns end a fronted time phrase; a four-digit year ends one too.
var itTimeNouns = lexicon.WordSet(`week weekend month year quarter season
	morning afternoon evening night day summer winter spring autumn
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october
	november december`)

// itTimePhraseLen is the most words a fronted time phrase takes before
// "it": "Earlier this month", "In late September 2004".
const itTimePhraseLen = 4

// frontedIt returns the index of a lower-case subject "it" that follows
// a connective or a time phrase opening sentence s ("But it", "Last
// month, it", "Earlier this year it"), or -1.
func (a *analysis) frontedIt(s int) int {
	r := a.sentTokens[s]
	k := r.Start
	first := a.tokens[k].Lower()
	if end := a.timePhraseEnd(s); end > k {
		k = end
	} else if itConnectives[first] {
		k++
	} else {
		return -1
	}
	if k < r.End && a.tokens[k].Text == "," {
		k++
	}
	if k+1 >= r.End || a.tokens[k].Text != "it" {
		return -1
	}
	return k
}

// timePhraseEnd returns the token after a time phrase opening sentence s
// ("Last month", "Earlier this year", "In 2003"), or -1.
func (a *analysis) timePhraseEnd(s int) int {
	r := a.sentTokens[s]
	k := r.Start
	if !itTimeOpeners[a.tokens[k].Lower()] {
		return -1
	}
	end := -1
	for j := k + 1; j < r.End && j <= k+itTimePhraseLen; j++ {
		w := a.tokens[j]
		if itTimeNouns[w.Lower()] || isYear(w.Text) {
			end = j + 1
		}
		if w.Text == "," || w.Lower() == "it" {
			break
		}
	}
	return end
}
