package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A work is often named after its maker's possessive: "Jules Massenet's
// Manon", "Lily Tuck's The News From Paraguay", "Robbie Williams' Angels".
// In a story about films, books, records or the stage, a person's
// possessive before a capitalised run that is no person's name, firm,
// place or known name marks that run as a title; left alone, the name
// rules type such titles as people ("Norma", "Le Roi de Lahore") and they
// carry open facts ("Jules Massenet have Le Roi de Lahore").

// worksStoryWords are words a story about works uses; the possessive
// rule is read only in such a story, where "Mr Lula's Worker Party" and
// "Wenger's Arsenal" are rare and a maker's possessive is common. A
// soap opera is most often written "soap" alone ("a US soap based on
// the BBC's EastEnders").
var worksStoryWords = lexicon.WordSet(`film films movie movies sitcom album albums novel novels
	cinema opera operas song songs poem poems musical soap soaps`)

// speaksOfWorksStory reports whether the document uses a word of
// worksStoryWords.
func (a *analysis) speaksOfWorksStory() bool {
	for _, t := range a.tokens {
		if t.Flags&textseg.TPunct == 0 && worksStoryWords[t.Lower()] {
			return true
		}
	}
	return false
}

// foreignTitleJoiners are the small words of titles in other languages
// ("Le Roi de Lahore", "Ariadne auf Naxos", "Un Long Dimanche de
// Fiancailles"), read only after a maker's possessive, where the run is
// already known to be a title.
var foreignTitleJoiners = lexicon.WordSet(`de du des la le di del della auf von der`)

// titleAfterMaker reads a title after the possessive at k: "Jules
// Massenet's Manon", "Lily Tuck's The News From Paraguay", "Green Day's
// Warning". The owner (one to three capitalised words) may be a person, a
// band, a studio or a broadcaster, but no place or demonym ("France's
// Pernod Ricard" is a firm). The title must be shaped like one (see
// framedTitle: no full name of a person, "Coldplay's Chris Martin"; the
// whole of it or its first word no known name; no firm's or place's
// head), close its phrase (a noun after it makes it a modifier:
// "Scorsese's Howard Hughes biopic", "Jay-Z's Roc-A-Fella label") and the
// story must speak of works.
func (x *Extractor) titleAfterMaker(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-1 < lo || k+1 >= hi || !isCapWord(toks[k-1]) || toks[k].Start != toks[k-1].End {
		return 0, 0
	}
	if t := toks[k].Text; (t == "'" || t == "’") && !strings.HasSuffix(toks[k-1].Text, "s") {
		return 0, 0 // "Lil' Kim": an apostrophe, no possessive
	}
	o := k - 1
	for o-1 >= lo && isCapWord(toks[o-1]) && k-o < 3 {
		o--
	}
	for o < k-1 && titleLeaders[toks[o].Lower()] {
		o++
	}
	if k-o == 1 && toks[o].Flags&textseg.TUpper == 0 && lexicon.IsCommonWord(toks[o].Lower()) {
		return 0, 0 // "the Director's Guild of Great Britain": a common noun owns a body's name
	}
	if !x.makerOwner(a, o, k) {
		return 0, 0
	}
	i := k + 1
	b := i
	if capArticle(toks[i].Text) && i+1 < hi && isCapWord(toks[i+1]) {
		b = i + 1 // "Lily Tuck's The News From Paraguay"
	}
	if !isCapWord(toks[b]) {
		return 0, 0
	}
	j := x.titleEnd(a, s, b, false)
	for j+1 < hi && foreignTitleJoiners[toks[j].Text] && isCapWord(toks[j+1]) {
		j = x.titleEnd(a, s, j+1, false)
	}
	if !x.framedTitle(a, b, j) || nameShapedTitle(a, b, j) {
		return 0, 0
	}
	if j < hi && (toks[j].Text == "-" || toks[j].Text == "–") && toks[j].Start == toks[j-1].End {
		return 0, 0 // "Sony's Blu-ray Disc technology": a word of a compound, which names more ("the Blu-ray Disc Association")
	}
	if first := toks[b].Lower(); bodyOpeners[first] || lexicon.PlaceHeads[first] {
		return 0, 0 // "the Institute of Education's Centre for the Study of Children"
	}
	a.tagSentence(s)
	if j < hi && (isPossessive(toks[j].Text) || toks[j].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && strings.HasPrefix(toks[j].Tag, "NN")) {
		return 0, 0
	}
	if !a.speaksOfWorksStory() {
		return 0, 0
	}
	return i, j
}

// bodyOpeners open the names of bodies that a possessive may own ("the
// Institute of Education's Centre for ...", "Harvard's School of ...").
var bodyOpeners = lexicon.WordSet(`institute department ministry school college university
	office council committee faculty division unit board`)

// nameShapedTitle reports whether toks[b:j] may be a person's name that
// the first-name list does not know ("Arsenal's Thierry Henry", "AC
// Milan's Andriy Shevchenko", "the BBC's Zubair Ahmed"): two or more
// capitalised words and no small word, the first and the last no English
// word. Titles hold English words ("Qrio Robot", "The Da Vinci Code").
func nameShapedTitle(a *analysis, b, j int) bool {
	toks := a.tokens
	if j-b < 2 {
		return false
	}
	for p := b; p < j; p++ {
		if !isCapWord(toks[p]) {
			return false
		}
	}
	return !lexicon.IsCommonWord(toks[b].Lower()) && !lexicon.IsCommonWord(toks[j-1].Lower())
}

// makerOwner reports whether toks[o:k] may own a work: no place or
// demonym, whose possessive names a firm or a body ("Italy's Illva
// Saronno", "London's Tate Modern").
func (x *Extractor) makerOwner(a *analysis, o, k int) bool {
	if o >= k {
		return false
	}
	sf := textseg.Clean(a.doc.Text[a.tokens[o].Start:a.tokens[k-1].End])
	if e, ok := x.gaz.Lookup(sf); ok && e.Type != "Organization" && !e.Ambiguous {
		return false
	}
	_, ok := x.gaz.DemonymEntry(sf)
	return !ok
}

// makerTitleIn reports whether the list member toks[p:q] is an owner's
// possessive and a title that titleAfterMaker reads ("Jean-Pierre
// Jeunet's A Very Long Engagement"): the owner is no title, and the
// possessive rule finds the title itself.
func (x *Extractor) makerTitleIn(a *analysis, s, p, q int) bool {
	for m := p + 1; m < q; m++ {
		if isPossessive(a.tokens[m].Text) {
			i, j := x.titleAfterMaker(a, s, m)
			return j > i
		}
	}
	return false
}

// broadcasterWords open the names of channels that award lists put in
// brackets after a programme ("Shameless (Channel 4)", "Jonathan Creek
// (BBC One)", "The Mighty Boosh (BBC Three)").
var broadcasterWords = lexicon.WordSet(`bbc itv itv1 itv2 itv3 channel five e4 more4 sky hbo
	nbc cbs abc fox mtv`)

// titleInBrackets reads a programme before its channel in brackets at
// k, as award lists give them ("Shameless (Channel 4)", "The Mighty
// Boosh (BBC Three)"), in a story that speaks of works. The bracket must
// hold only the channel's name, and the programme must be shaped like a
// title (see framedTitle: no person's full name, no known name).
func (x *Extractor) titleInBrackets(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-1 <= lo || k+2 >= hi || !isCapWord(toks[k-1]) || !broadcasterWords[toks[k+1].Lower()] {
		return 0, 0
	}
	c := x.titleEnd(a, s, k+1, false)
	if c >= hi || toks[c].Text != ")" || !a.speaksOfWorksStory() {
		return 0, 0
	}
	i := titleStart(a, lo, k, true)
	for i < k-1 && titleLeaders[toks[i].Lower()] {
		i++
	}
	if !x.framedTitle(a, i, k) || nameShapedTitle(a, i, k) {
		return 0, 0
	}
	return i, k
}

// characterFrames are the nouns before a character's name: "the role of
// Arthur Dent", "the character of Buffy", "Cage's character Ben Gates",
// "the comic's creations Borat and Bruno" (a comic's characters are his
// creations; "the creations of X" names their maker, so characterName
// takes no "of" after it).
var characterFrames = lexicon.WordSet(`role character creations`)

// characterName reads a character's name after a frame noun at k ("the
// role of Father Merrin", "his character Ali G") in a story that speaks
// of works. A character may be named like a person, and a biopic's role
// is a real person ("the role of Howard Hughes"), who the story names
// elsewhere too: so every standing-alone occurrence of the name in the
// document must follow a frame. A known name, a country or demonym
// first, or a noun after the name ("the role of Wales coach") veto it.
func (x *Extractor) characterName(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	hi := a.sentTokens[s].End
	i := k + 1
	if i < hi && toks[i].Text == "of" {
		if toks[k].Lower() == "creations" {
			return 0, 0 // "the creations of Tom Reed": their maker
		}
		i++
	}
	if i >= hi || !isCapWord(toks[i]) || capArticle(toks[i].Text) {
		return 0, 0
	}
	j := x.titleEnd(a, s, i, false)
	if x.knownOrNationFirst(a, i, j) || x.gazInside(a, i, j) {
		return 0, 0
	}
	a.tagSentence(s)
	if j < hi && (isPossessive(toks[j].Text) || toks[j].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && strings.HasPrefix(toks[j].Tag, "NN")) {
		return 0, 0
	}
	if !a.speaksOfWorksStory() || !framedEverywhere(a, i, j) {
		return 0, 0
	}
	return i, j
}

// framedEverywhere reports whether every occurrence of toks[i:j] that
// stands alone (no capitalised word touching it) follows a character
// frame ("role of", "character", "character of") or a play verb ("who
// plays Hector") or "as" after a starring actor ("stars Tom Reed as
// Jed Crane"), or comes right before ", played by" and the actor.
func framedEverywhere(a *analysis, i, j int) bool {
	toks := a.tokens
	key, n := tokenKey(toks[i:j]), j-i
	for p := 0; p+n <= len(toks); p++ {
		if toks[p].Text != toks[i].Text || tokenKey(toks[p:p+n]) != key {
			continue
		}
		if p+n < len(toks) && isCapWord(toks[p+n]) || p > 0 && isCapWord(toks[p-1]) {
			continue
		}
		if playedByAt(a, p+n) {
			continue // "Count Olaf, played by Carrey"
		}
		if f := p - 1; f > 0 && toks[f].Text == "as" && isCapWord(toks[f-1]) && starVerbBefore(a, a.sentOf(f), f) {
			continue // "stars Tom Reed as Jed Crane" (entities_characters_cast.go)
		}
		f := p - 1
		if f >= 0 && toks[f].Text == "of" {
			f--
		}
		if f < 0 || !characterFrames[toks[f].Lower()] && !playVerbs[toks[f].Lower()] {
			return false
		}
	}
	return true
}
