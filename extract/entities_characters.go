package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// An actor plays a character: "Richard Griffiths, who plays Hector in
// The History Boys", "Hanks will play Robert Langdon", "Amanda Harris,
// who played Emilia in Othello". A character is no entity of GOLD.md's
// types, yet the name rules type it a person (or an organisation, when no
// first name opens it) and it carries open facts ("Tom Hanks play Robert
// Langdon"). A biopic's part is a real person ("playing Charles in the
// hit movie Ray", "persuaded DiCaprio to play Hughes"), whom the story
// names elsewhere too, in full or unframed: such a name is kept.

// playVerbs take the part an actor plays as their object.
var playVerbs = lexicon.WordSet(`play plays played playing portray portrays portrayed
	portraying`)

// playedCharacter reads the character after a play verb at k, in a story
// that speaks of works (a match report's "will play Federer" is an
// opponent). The part is a run of capitalised words right after the
// verb, closed by no noun or possessive ("play Hanks' partner", "played
// Wembley Arena"); no place, firm or event the gazetteer or a head word
// knows ("played Reading", "play Brixton Academy": venues). A biopic's
// part is told by its shape: one word that is no first name (a surname),
// or a name with an initial. And the name is a character only if every
// standing-alone mention of it follows a frame and no mention of it is
// part of a fuller name ("Ray Charles").
func (x *Extractor) playedCharacter(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	i := k + 1
	if i >= a.sentTokens[s].End || !isCapWord(toks[i]) || capArticle(toks[i].Text) {
		return 0, 0
	}
	a.tagSentence(s)
	if !strings.HasPrefix(toks[k].Tag, "VB") {
		return 0, 0 // "the play Othello": a work noun (entities_works.go)
	}
	return x.characterPart(a, s, i)
}

// characterPart reads the part an actor plays from token i of sentence s,
// after a play verb (playedCharacter) or a cast's "as"
// (entities_characters_cast.go), and returns its span, or 0, 0 when it
// is no character by the checks playedCharacter's comment gives.
func (x *Extractor) characterPart(a *analysis, s, i int) (int, int) {
	toks := a.tokens
	hi := a.sentTokens[s].End
	if i >= hi || !isCapWord(toks[i]) || capArticle(toks[i].Text) {
		return 0, 0
	}
	j := i
	for j < hi && j-i < 4 && isCapWord(toks[j]) {
		j++
	}
	if x.knownOrNationFirst(a, i, j) || x.gazInside(a, i, j) && !x.firstNamed(a, i, j) {
		return 0, 0
	}
	last := toks[j-1].Lower()
	if lexicon.OrgHeads[last] || lexicon.PlaceHeads[last] || lexicon.EventHeads[last] {
		return 0, 0
	}
	a.tagSentence(s)
	if j < hi && (isPossessive(toks[j].Text) || toks[j].Flags&textseg.TPunct == 0 && !isCapWord(toks[j]) && strings.HasPrefix(toks[j].Tag, "NN")) {
		return 0, 0 // "play Hanks' partner", "as Oscar presenters"
	}
	if j-i == 1 && x.names[toks[i].Lower()] == 0 {
		return 0, 0 // "persuaded DiCaprio to play Hughes": a surname alone is a real person's
	}
	for p := i; p < j; p++ {
		if len(toks[p].Text) == 1 {
			return 0, 0 // "played Hunter S Thompson": an initial is a real person's
		}
	}
	if !a.speaksOfWorksStory() || !framedEverywhere(a, i, j) || inFullerName(a, i, j) {
		return 0, 0
	}
	return i, j
}

// firstNamed reports whether toks[i:j] is shaped like a person's name: a
// first name the gazetteer does not know as a place or body, then more
// capitalised words. A surname may be a small town's name ("plays Vince
// Everett": Everett, Washington), which alone is no venue.
func (x *Extractor) firstNamed(a *analysis, i, j int) bool {
	return j-i >= 2 && x.names[a.tokens[i].Lower()] != 0 && !x.gazInside(a, i, i+1)
}

// inFullerName reports whether toks[i:j] stands somewhere in the document
// inside a longer capitalised run ("Charles" in "Ray Charles", "Hughes"
// in "Howard Hughes"): then it is a short form of a name the story gives
// in full, a real person's, not a character's.
func inFullerName(a *analysis, i, j int) bool {
	toks := a.tokens
	key, n := tokenKey(toks[i:j]), j-i
	for p := 0; p+n <= len(toks); p++ {
		if toks[p].Text != toks[i].Text || tokenKey(toks[p:p+n]) != key {
			continue
		}
		if p+n < len(toks) && isCapWord(toks[p+n]) {
			return true
		}
		if p > 0 && isCapWord(toks[p-1]) && !capArticle(toks[p-1].Text) && !isOpener(toks[max(p-2, 0)], toks[p-1]) {
			return true
		}
	}
	return false
}

// A character is also named right before the actor who plays it: "their
// wicked uncle Count Olaf, played by Carrey", "the husband of Grace,
// played by Debra Messing". The participle clause sets the part apart
// from the actor as plainly as "the role of" does, so the same checks
// hold as for characterName, and a biopic's real person ("Ray Charles,
// played by Jamie Foxx") is kept by the same tests as after a play verb:
// a name the gazetteer knows, a surname alone or a name inside a fuller
// one.

// playedParticiples join a part to its actor after a comma.
var playedParticiples = lexicon.WordSet(`played portrayed voiced`)

// playedByAt reports whether ", played by NAME" starts at token c (the
// comma), or "(played by NAME)" (the bracket): cast lists and reviews
// give the actor in brackets after the part ("Jed Crane (played by Kate
// Malone)"), which sets the two apart as the comma does.
func playedByAt(a *analysis, c int) bool {
	toks := a.tokens
	return c+3 < len(toks) && (toks[c].Text == "," || toks[c].Text == "(") && playedParticiples[toks[c+1].Lower()] &&
		toks[c+2].Lower() == "by" && isCapWord(toks[c+3])
}

// playedByCharacter reads the character before ", played by NAME" whose
// participle is at k.
func (x *Extractor) playedByCharacter(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	j := k - 1
	if j-1 < lo || k+2 >= hi || !playedByAt(a, j) || !isCapWord(toks[j-1]) {
		return 0, 0
	}
	i := j - 1
	for i-1 >= lo && j-i < 4 && isCapWord(toks[i-1]) && !capArticle(toks[i-1].Text) {
		i--
	}
	if i-1 >= lo && isCapWord(toks[i-1]) && !capArticle(toks[i-1].Text) {
		return 0, 0 // a longer capitalised run: no name this rule can bound
	}
	if x.knownOrNationFirst(a, i, j) || x.gazInside(a, i, j) {
		return 0, 0
	}
	last := toks[j-1].Lower()
	if lexicon.OrgHeads[last] || lexicon.PlaceHeads[last] || lexicon.EventHeads[last] {
		return 0, 0 // "the Globe Theatre, played by …": a venue
	}
	if j-i == 1 && x.names[toks[i].Lower()] == 0 {
		return 0, 0 // a surname alone is a real person's
	}
	if !a.speaksOfWorksStory() || !framedEverywhere(a, i, j) || inFullerName(a, i, j) {
		return 0, 0
	}
	return i, j
}
