package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// orgCue reports whether the capitalised run toks[i:j] of sentence s is
// marked as an organisation by the words around it. classify consults it
// only for runs of common words, which it would otherwise drop as titles
// or emphasis ("Talking Point") or keep only if they join a full name:
//
//	security firm Global Insight     a company descriptor right before
//	economist at Global Insight      "at" after a staff noun
//	Nationwide economist Alex Bannister   a staff noun, then a name
//	shares in Bombardier, Sharp shares   a holding in it
func (x *Extractor) orgCue(a *analysis, s, i, j int) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	lower := func(k int) bool {
		return k >= lo && k < hi && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0
	}
	// A name going on past "and" or "'s" ("Fact and Opinion Economics",
	// "Destiny's Child") is longer than the run: better none than half.
	if j+1 < hi && (toks[j].Text == "and" || isPossessive(toks[j].Text)) && toks[j+1].Flags&textseg.TCap != 0 {
		return false
	}
	// A capitalised word right after the run means the name runs on
	// past what the run rules took ("Pew Internet", "Giant Company
	// Software").
	if j < hi && toks[j].Flags&(textseg.TCap|textseg.TUpper) != 0 {
		return false
	}
	if lower(i-1) && lexicon.OrgDescriptors[toks[i-1].Lower()] {
		return true
	}
	if lower(i-1) && toks[i-1].Text == "at" && lower(i-2) && (lexicon.OrgStaff[toks[i-2].Lower()] || lexicon.OrgPostsAt[toks[i-2].Lower()]) {
		return true
	}
	if lower(j) && lexicon.OrgStaff[toks[j].Lower()] && j+1 < hi && toks[j+1].Flags&textseg.TCap != 0 {
		return true
	}
	if lower(i-1) && (toks[i-1].Text == "in" || toks[i-1].Text == "of") && (lower(i-2) || i-2 == lo) && lexicon.OrgHoldings[toks[i-2].Lower()] {
		return true
	}
	if lower(j) && (toks[j].Text == "shares" || toks[j].Text == "shareholders") {
		return true
	}
	return false
}

// allCommonWords reports whether every token of toks is a common English
// word ("Global Insight"), the shape of a slogan or a work's title unless
// something around it says otherwise.
func allCommonWords(toks []textseg.Token) bool {
	for _, t := range toks {
		if !lexicon.IsCommonWord(t.Lower()) {
			return false
		}
	}
	return true
}

// hyphenLowerInName reports whether the hyphen at toks[j] joins the word
// before it to a lower-case word inside a longer name, which the
// capitalised words after them, ending in a body's head word, show goes
// on: "the Blu-ray Disc Association", "the Anti-war Coalition".
// Participles and their kin make an adjective of the name before them
// instead ("UK-based Global Radio", "the US-led Coalition",
// "French-speaking Canada").
func hyphenLowerInName(toks []textseg.Token, j, hi int) bool {
	if j+2 >= hi || toks[j].Start != toks[j-1].End || toks[j+1].Start != toks[j].End {
		return false
	}
	w := toks[j+1]
	if w.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) != 0 || !isCapWord(toks[j+2]) ||
		lexicon.NotNames[toks[j+2].Lower()] {
		return false
	}
	l := w.Lower()
	for _, suf := range []string{"ed", "ing", "born", "run", "made", "style", "wide", "like", "free", "owned", "led", "hit", "held"} {
		if strings.HasSuffix(l, suf) {
			return false
		}
	}
	// Only a body's name: the capitalised words after it must reach a
	// head such as "Association"; otherwise the hyphened word is a
	// descriptor before a name ("Scrum-half Matt Dawson", "Car-maker
	// Honda") or a product ("Blu-ray DVD").
	for k := j + 2; k < hi && isCapWord(toks[k]); k++ {
		if h := toks[k].Lower(); lexicon.OrgHeads[h] || lexicon.EventHeads[h] {
			return true
		}
	}
	return false
}
