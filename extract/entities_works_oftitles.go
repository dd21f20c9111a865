package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A title of a film, book or game is often built of capitalised common
// words, "of" and a name: "Day of the Jackal", "Christmas with the
// Kranks", "Chronicles of Riddick", "Revenge of the Sith". The name rules
// stop at the lower-case "of" and read the words after it alone, as an
// organisation or a person ("Jackal", "Kranks"), though the text names no
// such thing: the whole is one title, no entity of GOLD.md's types.
// joinedTitles (entities_works_joined.go) reads such titles when every
// word is an ordinary one ("Call of Duty"); this reads those whose tail
// is a name of its own.
//
// A body, a place, a role or a person is built the same way, so every
// word before "of" must be an ordinary title word (ordinaryTitleWord: no
// head of a body's, place's, event's or role's name, "Bank of England",
// "Director General of the ..."), and the name after it may hold no such
// head ("... of the National Academy", "... of the Chancay Valley"), must
// not go on past the span ("... of the British Chambers of Commerce"),
// and must be unknown to the gazetteer ("Gangs of New York" keeps New
// York); a month or an era after "of" makes a date or a time, no name
// ("the Fourth of July", "the Stone Age"). A period noun before "of" names a time after a person or a
// movement ("the Age of Tolstoy"), whose name is then a real one.
// Only a capital the text chose counts: the first part may not open the
// sentence ("Members of the Senate said"), unless a capitalised "The"
// opens the title there ("The Return of the King").
// Tests: entities_works_oftitles_test.go.

// titleLinks join the two parts of such a title; "with" only before
// "the" ("Christmas with the Kranks"), since "with" and a name after a
// capitalised word is mostly a team or a person beside another
// ("Championship with France").
var titleLinks = lexicon.WordSet(`of with`)

// periodNouns name a stretch of time after what follows "of" ("the Age of
// Tolstoy", "the Reign of Elizabeth"): the name after them is a person's
// or a movement's, not part of a title.
var periodNouns = lexicon.WordSet(`age ages era reign days times years century`)

// titleOfShape returns the span of a title whose link word is token k of
// sentence s ("Day of the Jackal"), or k, k.
func (x *Extractor) titleOfShape(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if !titleLinks[toks[k].Text] || k+2 >= hi {
		return k, k
	}
	// Left: ordinary capitalised words, none a first name; any other
	// capitalised word before them (a role, a head, a name) makes the
	// run part of that name instead.
	i := k
	for i > lo && toks[i-1].Text != "The" && toks[i-1].Flags&textseg.TUpper == 0 &&
		x.ordinaryTitleWord(toks[i-1]) && x.names[toks[i-1].Lower()] == 0 {
		i--
	}
	if i == k || i > lo && isCapWord(toks[i-1]) && toks[i-1].Text != "The" {
		return k, k // no part, or a name the walk stopped inside ("Jake Ward")
	}
	if periodNouns[toks[k-1].Lower()] {
		return k, k
	}
	if i > lo && toks[i-1].Text == "The" {
		i-- // "The Return of the King"
	} else if i == lo {
		return k, k // the sentence's first capital says nothing
	}
	// Right: [the] capitalised words, not opened by a first name, holding
	// no head word, unknown to the gazetteer and not going on.
	r := k + 1
	if toks[r].Text == "the" {
		r++
	} else if toks[k].Text == "with" {
		return k, k
	}
	j := r
	for j < hi && isCapWord(toks[j]) {
		if titleTailHead(toks[j].Lower()) {
			return k, k
		}
		j++
	}
	if j == r || j-i > 8 || x.names[toks[r].Lower()] != 0 || x.gazInside(a, r, j) {
		return k, k
	}
	if j < hi && (joinedTitleLinks[toks[j].Text] || isPossessive(toks[j].Text) || toks[j].Text == "-" || toks[j].Text == "&") {
		return k, k // "the British Chambers of Commerce": a longer name goes on
	}
	return i, j
}

// titleTailHead reports whether a word after "of" heads the name of a
// body, a place, an event or a role ("National Academy", "Huaral
// Valley"), so that the name after "of" is a real one, or makes it a
// time rather than a name ("the Fourth of July", "Queens of the Stone
// Age", a band named after an era as often as a title is).
func titleTailHead(w string) bool {
	if lexicon.OfHeads[w] || lexicon.OrgHeads[w] || lexicon.PlaceHeads[w] || lexicon.ForHeads[w] ||
		lexicon.PartyHeads[w] || lexicon.EventHeads[w] || lexicon.WorkHeads[w] || isRoleWord(w) ||
		lexicon.NotNames[w] || periodNouns[w] {
		return true
	}
	_, ok := lexicon.Honorifics[w]
	return ok
}
