package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A franchise is named after its hero, so its name is shaped like a
// person's ("Harry Potter", "James Bond"), and titleBeforeNoun leaves
// such names alone: "the Mike Leigh film" is the director's. Two
// constructions tell a franchise from a maker: a plural work noun after
// the name ("the Harry Potter films", "the James Bond films", "the Harry
// Potter games"): a director's or a star's works are "his films", and
// an ordinal before the name with a singular noun after it ("the third
// Harry Potter film", "the first James Bond book"): the name counts the
// instalments of a series. Left alone, the hero is typed a person in
// every story that mentions the films.

// castWords before a name make it a person's: "starring Jim Carrey"
// tells that "the ninth Jim Carrey film" counts an actor's films.
var castWords = lexicon.WordSet(`starring co-starring stars star actor actress director
	singer by with`)

// castElsewhere reports whether the name toks[i:e] follows a cast word
// anywhere in the document.
func castElsewhere(a *analysis, i, e int) bool {
	toks := a.tokens
	key, n := tokenKey(toks[i:e]), e-i
	for p := 1; p+n <= len(toks); p++ {
		if toks[p].Text == toks[i].Text && castWords[toks[p-1].Lower()] && tokenKey(toks[p:p+n]) == key {
			return true
		}
	}
	return false
}

// franchiseNouns are plural work nouns after a franchise's name.
var franchiseNouns = lexicon.WordSet(`films movies books novels games series franchise
	adventures sequels`)

// instalmentNouns are singular work nouns after an ordinal and a
// franchise's name.
var instalmentNouns = lexicon.WordSet(`film movie book novel game episode adventure sequel`)

// instalmentOrdinals count a series' instalments.
var instalmentOrdinals = lexicon.WordSet(`first second third fourth fifth sixth seventh
	eighth ninth tenth`)

// franchiseBeforeNoun reads a person-shaped franchise name before the
// work noun at k: "the Harry Potter films", "the third Harry Potter
// film" (an optional medium between: "the Harry Potter video games").
// The name is two or three capitalised words opening with a first name,
// after "the", a possessive or an ordinal, and is no name the gazetteer
// knows or that the story names after a cast word elsewhere; the noun
// heads its phrase.
func (x *Extractor) franchiseBeforeNoun(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	lw := toks[k].Lower()
	if !franchiseNouns[lw] && !instalmentNouns[lw] {
		return 0, 0
	}
	e := k
	if e-1 > lo && workNounModifiers[toks[e-1].Lower()] && toks[e-1].Flags&textseg.TUpper == 0 {
		e--
	}
	i := e
	for i-1 > lo && e-i < 3 && isCapWord(toks[i-1]) {
		i--
	}
	if e-i < 2 || x.names[toks[i].Lower()] == 0 {
		return 0, 0
	}
	d := toks[i-1].Lower()
	switch {
	case instalmentOrdinals[d]:
	case franchiseNouns[lw] && (d == "the" || isPossessive(d)):
	default:
		return 0, 0
	}
	if x.gazInside(a, i, e) || castElsewhere(a, i, e) {
		return 0, 0
	}
	a.tagSentence(s)
	if k+1 < hi && (isPossessive(toks[k+1].Text) || strings.HasPrefix(toks[k+1].Tag, "NN") && toks[k+1].Flags&(textseg.TCap|textseg.TUpper) == 0) {
		return 0, 0 // "the Harry Potter film series": the noun is a modifier
	}
	return i, e
}

// heroTitleAnd reads a title that pairs its hero with a thing, joined by
// the "and" at k: "Harry Potter and the Prisoner of Azkaban", "Harry
// Potter and the Goblet of Fire"). The hero is a person-shaped name
// (two or three capitalised words opening with a first name) that the
// story never uses elsewhere but in such a title; the thing after "the"
// is a title-case run with "of" inside (a person listed with a body or
// a group names no such thing: "Frank Sinatra and the Rat Pack", "Tom
// Reed and the Royal Opera House"), no known name, no role or honorific
// first ("Tony Reed and the Prince of Wales"), no body's or place's head
// and no plural last ("Bob Marley and the Wailers": a band). The story
// must speak of works.
func (x *Extractor) heroTitleAnd(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-2 < lo || k+2 >= hi || toks[k+1].Text != "the" || !isCapWord(toks[k+2]) || !isCapWord(toks[k-1]) {
		return 0, 0
	}
	i := k
	for i-1 >= lo && k-i < 3 && isCapWord(toks[i-1]) {
		i--
	}
	if k-i < 2 || i-1 >= lo && isCapWord(toks[i-1]) || x.names[toks[i].Lower()] == 0 {
		return 0, 0
	}
	b := k + 2
	j := x.titleEnd(a, s, b, false)
	first, last := toks[b].Lower(), toks[j-1].Text
	if _, ok := lexicon.Honorifics[first]; ok || lexicon.RoleHeads[first] || lexicon.PersonRoleNouns[first] {
		return 0, 0
	}
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		return 0, 0
	}
	of := false
	for p := b + 1; p < j-1; p++ {
		of = of || toks[p].Text == "of"
	}
	if !of || lexicon.OrgHeads[first] || lexicon.PlaceHeads[first] || lexicon.OrgHeads[strings.ToLower(last)] || lexicon.PlaceHeads[strings.ToLower(last)] {
		return 0, 0
	}
	if x.gazInside(a, i, j) || !a.speaksOfWorksStory() || !heroOnlyInTitles(a, i, k) {
		return 0, 0
	}
	return i, j
}

// heroOnlyInTitles reports whether every mention of the name toks[i:k]
// is followed by "and the", as in a title named after its hero.
func heroOnlyInTitles(a *analysis, i, k int) bool {
	toks := a.tokens
	key, n := tokenKey(toks[i:k]), k-i
	for p := 0; p+n <= len(toks); p++ {
		if toks[p].Text != toks[i].Text || tokenKey(toks[p:p+n]) != key {
			continue
		}
		if q := p + n; q+1 >= len(toks) || toks[q].Text != "and" || toks[q+1].Text != "the" {
			return false
		}
	}
	return true
}
