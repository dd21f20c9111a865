package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A capitalised verb in -ing with a name as its object is the title of a
// work, not a person or a firm: "Finding Neverland", "Being Julia",
// "Saving Private Ryan", "Chasing Amy". Names of bodies do not open with
// a verb and its object; those that open with an -ing word have a head
// ("Advertising Standards Authority", "Working Group") or no name after
// it ("Rolling Stone", "Evening Standard"). A sport's word and a town
// name a club ("Sporting Lisbon", "Racing Santander"), so an object the
// gazetteer knows as a place is left alone. Mid-sentence only: at a
// sentence's start the -ing word opens a clause ("Following Tony Blair's
// speech, ...").

// gerundTitle reports whether the run toks[i:j] of sentence s is a verb
// in -ing and its object: two or more words, the first an -ing form of a
// common verb (gerundOfVerb), the rest holding a word that is no common
// word, ending in no head word and no plural ("Talking Heads", "Smashing
// Pumpkins" are bands), and no place the gazetteer knows.
func (x *Extractor) gerundTitle(a *analysis, s, i, j int) bool {
	toks := a.tokens
	if j-i < 2 || i == a.sentTokens[s].Start || !gerundOfVerb(toks[i].Lower()) {
		return false
	}
	if p := toks[i-1]; isOpener(p, toks[i]) || p.Text == "." {
		return false
	}
	if strings.HasSuffix(toks[j-1].Lower(), "s") {
		return false
	}
	for k := i + 1; k < j; k++ {
		// A head anywhere: "Recording Industry Association of America".
		if h := toks[k].Lower(); lexicon.OrgHeads[h] || lexicon.EventHeads[h] || lexicon.PlaceHeads[h] || lexicon.WorkHeads[h] {
			return false
		}
	}
	if allCommonWords(toks[i+1 : j]) {
		return false
	}
	if e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i+1].Start:toks[j-1].End])); ok && e.Kind != gazetteer.Organization {
		return false
	}
	return true
}

// gerundOfVerb reports whether w is the -ing form of a common verb:
// "finding" (find), "saving" (save), "running" (run), "being" (be).
func gerundOfVerb(w string) bool {
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 2 || !lexicon.IsCommonWord(w) {
		return false
	}
	if lexicon.IsCommonWord(stem) || lexicon.IsCommonWord(stem+"e") {
		return true
	}
	n := len(stem)
	return n >= 3 && stem[n-1] == stem[n-2] && lexicon.IsCommonWord(stem[:n-1])
}
