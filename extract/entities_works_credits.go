package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A work is credited to its makers in a participle clause after its
// title: "Tom Jones, directed by Tony Richardson", "Stone Harbour,
// written by Ann Lee". Neither firms nor places are directed or scripted
// by someone, so the name before such a clause is a title, which the
// name rules would type as a person or an organisation. An actor may be
// "directed by" someone as well ("Johnny Depp, directed by Tim Burton"),
// so a name shaped like a person's counts only inside a frame that no
// person stands in: right after "in" ("her debut in Tom Jones, directed
// by ...").

// creditParticiples credit a maker of a work; "by" must follow, or "and"
// with another of them ("written and directed by").
var creditParticiples = lexicon.WordSet(`directed co-directed scripted written co-written`)

// titleBeforeCredit reads the title before the participle at k: a comma
// after the title, then the participle and "by" (or "written and directed
// by").
func (x *Extractor) titleBeforeCredit(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	switch {
	case k+1 < hi && toks[k+1].Lower() == "by":
	case k+3 < hi && toks[k+1].Lower() == "and" && creditParticiples[toks[k+2].Lower()] && toks[k+3].Lower() == "by":
	default:
		return 0, 0
	}
	if k-2 <= lo || toks[k-1].Text != "," || !isCapWord(toks[k-2]) {
		return 0, 0
	}
	e := k - 1
	i := titleStart(a, lo, e, true)
	for i < e && (!isCapWord(toks[i]) || capArticle(toks[i].Text) && i+1 < e) {
		i++
	}
	if i >= e || x.titleEnd(a, s, i, true) != e {
		return 0, 0
	}
	framed := i-1 >= lo && toks[i-1].Lower() == "in"
	if x.names[toks[i].Lower()] != 0 && e-i >= 2 {
		if !framed || x.knownPrefix(a, i, e) {
			return 0, 0 // "Johnny Depp, directed by Tim Burton, plays ..."
		}
	} else if x.gazInside(a, i, e) {
		return 0, 0 // "the scenes in Leeds, directed by ..."
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok {
		return 0, 0
	}
	return i, e
}
