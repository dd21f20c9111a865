package extract

import "github.com/newsgraph/newsgraph/extract/lexicon"

// A film "opens in cinemas", "opens in the UK on Friday" or "opened at
// number two with $30m": the name that opens so is a title, which the
// name rules would type as a person or an organisation ("Hostage opened
// at number four"). Shops, venues and firms open too ("Quillsoft opened
// in the UK last year", "the Marlowe Arena opens in May"), so a country
// after "in" counts only in a story about films, shows or records, and
// the subject must pass the same checks as a box-office subject: no
// known name, no person-shaped name, no short form of a fuller name.

// openingVerbs are the forms of "open" whose subject may be a release.
var openingVerbs = lexicon.WordSet(`opens opened open opening`)

// screenPlaces are where only a film, show or play opens ("opens in
// cinemas", "opened in theatres").
var screenPlaces = lexicon.WordSet(`cinemas cinema theatres theaters multiplexes`)

// releaseMarkets are the markets a release opens in ("opens in the UK");
// a firm opens in them too, so they count only in a story about works.
var releaseMarkets = lexicon.WordSet(`uk us usa britain america`)

// chartRanks are the words that follow "at number" or "at No" and rank a
// chart entry ("opened at number two").
var chartRanks = lexicon.WordSet(`one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10`)

// openedAs reports whether the opening verb at k is framed as a release:
// "in cinemas", "in the UK" (in a works story) or "at number N"/"at No N".
func (x *Extractor) openedAs(a *analysis, k, hi int) bool {
	toks := a.tokens
	if k+2 >= hi {
		return false
	}
	switch toks[k+1].Lower() {
	case "in":
		p := k + 2
		if toks[p].Lower() == "the" && p+1 < hi {
			p++
		}
		w := toks[p].Lower()
		if screenPlaces[w] {
			return true
		}
		return releaseMarkets[w] && a.speaksOfWorks()
	case "at":
		w := toks[k+2].Lower()
		if (w == "number" || w == "no") && k+3 < hi {
			return chartRanks[toks[k+3].Lower()]
		}
	}
	return false
}

// titleAtOpening reads the title before the opening verb at k ("Hostage
// opened at number four", "Ember Road has opened in cinemas").
func (x *Extractor) titleAtOpening(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if !x.openedAs(a, k, hi) {
		return 0, 0
	}
	e := k
	if e-1 > lo && boxOfficeAux[toks[e-1].Lower()] {
		e-- // "Ember Road has opened"
	}
	if e-1 < lo || !isCapWord(toks[e-1]) {
		return 0, 0
	}
	return x.subjectTitle(a, lo, e) // entities_works_boxoffice.go
}
