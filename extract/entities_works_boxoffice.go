package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// Only films are said to take money, top the charts or open "at the box
// office": the name that does so is a film's title ("Harbour Lights took
// $40m at the box office", "Ember Road topped the North American box
// office", "the Harbour Lights box office triumph"), which the name rules
// would type as a person or an organisation. Actors and studios are said
// to top the box office as well ("Robert De Niro has returned to the top
// of the box office with his film X"), so a name shaped like a person's,
// a short form of a fuller name in the story, a known name or a demonym
// keeps its entity.

// boxOfficeVerbs are the verbs whose subject earns at the box office.
var boxOfficeVerbs = lexicon.WordSet(`took takes take taking made makes grossed grosses
	earned earns topped tops top opened opens entered enters dominated dominates led leads`)

// boxOfficeOutcomes are the nouns after "box office" that tell how a
// film fared there.
var boxOfficeOutcomes = lexicon.WordSet(`triumph success hit takings receipts record records
	flop failure gross total performance`)

// boxOfficeAux may stand between the title and its verb ("has topped").
var boxOfficeAux = lexicon.WordSet(`has have had has'`)

// boxOfficeReach is the most tokens between a box-office verb and "box
// office" ("took $305m (£162m) at the box office").
const boxOfficeReach = 12

// titleAtBoxOffice reads the title before "box office" at k ("box" at k,
// "office" after it): right before it as a modifier, or as the subject
// of a box-office verb within boxOfficeReach tokens before it.
func (x *Extractor) titleAtBoxOffice(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k+1 >= hi || toks[k+1].Lower() != "office" {
		return 0, 0
	}
	e := -1
	if k-1 > lo && isCapWord(toks[k-1]) {
		// "the Harbour Lights box office triumph"; a venue has a box
		// office too, which sells tickets ("the Apollo box office will
		// write to customers"): only a film's box office has an outcome.
		if k+2 < hi && boxOfficeOutcomes[toks[k+2].Lower()] {
			e = k
		}
	} else {
		for p := k - 1; p > lo && p >= k-boxOfficeReach; p-- {
			if !boxOfficeVerbs[toks[p].Lower()] {
				continue
			}
			q := p
			if q-1 > lo && boxOfficeAux[toks[q-1].Lower()] {
				q--
			}
			if q-1 >= lo && isCapWord(toks[q-1]) {
				e = q
			}
			break
		}
	}
	if e < 0 {
		return 0, 0
	}
	return x.subjectTitle(a, lo, e)
}

// subjectTitle returns the title ending at token e (exclusive) that is
// the subject of a film's box-office or opening verb, or 0, 0. An
// opening article stays in the span but not in the checks ("The
// Incredibles took $436m"); an actor's name, a short form of a fuller
// name and a demonym ("the North American box office") are no titles.
func (x *Extractor) subjectTitle(a *analysis, lo, e int) (int, int) {
	toks := a.tokens
	i := titleStart(a, lo, e, true)
	b := i
	if capArticle(toks[b].Text) && b+1 < e {
		b++
	}
	if !x.plausibleTitle(a, b, e) || x.firstNamed(a, b, e) || inFullerName(a, b, e) {
		return 0, 0
	}
	if _, ok := x.gaz.DemonymEntry(toks[b].Text); ok {
		return 0, 0
	}
	return i, e
}
