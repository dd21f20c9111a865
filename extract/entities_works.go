package extract

import "strings"

// Titles of works and products (films, albums, books, shows, games,
// browsers) are no entity of a scored type, yet they are capitalised
// runs that the name rules type as people ("Vera Drake", "Eve Green") or
// organisations ("Hotel Rwanda", "Firefox"); on the judged open-fact
// sheets they were the largest class of false facts. A title is
// recognised where the text says what it is (a work noun before or after
// it, a cast after it, an award given for it) and then skipped wherever
// the same words stand alone in the document.

// workTitles holds the titles found in one document, as lower-case token
// texts joined by single spaces.
type workTitles struct {
	keys map[string]bool
	max  int // most tokens in a title
}

func (w *workTitles) add(a *analysis, i, j int) {
	if w.keys == nil {
		w.keys = map[string]bool{}
	}
	w.keys[tokenKey(a.tokens[i:j])] = true
	w.max = max(w.max, j-i)
	if j-i >= 2 && (a.tokens[i].lc() == "the" || a.tokens[i].lc() == "a") {
		// "The Aviator" is also written "Aviator" after "the".
		w.keys[tokenKey(a.tokens[i+1:j])] = true
	}
}

func tokenKey(toks []Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.lc())
	}
	return b.String()
}

// at returns the index after a known title starting at token i of
// sentence s, or i. The title must stand alone: no capitalised word
// touches it on either side ("the film Ray" does not hide "Ray
// Charles").
func (w *workTitles) at(a *analysis, s, i int) int {
	if len(w.keys) == 0 {
		return i
	}
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i > lo && isCapWord(toks[i-1]) && !isOpener(toks[max(i-2, lo)], toks[i-1]) && !capArticle(toks[i-1].Text) {
		return i
	}
	for n := min(w.max, hi-i); n >= 1; n-- {
		if i+n < hi && isCapWord(toks[i+n]) {
			continue
		}
		if w.keys[tokenKey(toks[i:i+n])] {
			return i + n
		}
	}
	if capArticle(toks[i].Text) && i+1 < hi && isCapWord(toks[i+1]) {
		if j := w.at(a, s, i+1); j > i+1 {
			return j // "The PSP will go on sale"
		}
	}
	return i
}

// capArticle reports a capitalised article, which opens a sentence
// before a title ("The PSP will go on sale").
func capArticle(w string) bool { return w == "The" || w == "A" || w == "An" }

// workNounsBefore name a kind of work or product whose title follows
// ("the film Ray", "her book Small Island", "the game Half-Life 2").
var workNounsBefore = wordSet(`film films movie album single song track book
	novel memoir biography programme show series sitcom soap drama
	documentary musical play opera comedy thriller biopic game console
	browser handset painting`)

// ambiguousWorkNouns also stand before teams and people ("the game
// Arsenal lost", "the series England won"): their title must be unknown
// to the gazetteer.
var ambiguousWorkNouns = wordSet(`game show series single track play comedy drama`)

// workNounsAfter name a kind of work or product whose title precedes
// ("the Firefox browser", "Radio 4's Today programme").
var workNounsAfter = wordSet(`programme sitcom soap documentary browser console
	handset phone gadget device chip processor software album novel movie film
	drama series`)

// workNounModifiers may stand between a title and the work noun after it
// ("the Finding Nemo video game", "the Desperate Housewives TV series").
var workNounModifiers = wordSet(`tv video computer pc web reality radio games`)

// awardWords make "for X" name the work an award was given for ("won
// best actor for Ray", "an Oscar nomination for Vera Drake").
var awardWords = wordSet(`best award awards prize prizes nomination nominations
	nominated oscar oscars bafta baftas grammy grammys emmy emmys globe globes`)

// awardStatuettes are awards written as a proper name ("won an Oscar"):
// no entity, unless a name follows ("Oscar Wilde").
var awardStatuettes = wordSet(`oscar grammy emmy`)

// notWorkBefore are words after which a work noun is a verb ("will play
// Hughes", "to show Advance Warning").
var notWorkBefore = wordSet(`to will would can could may might must shall should
	we they i you who did does do not never`)

// titleEnd returns the index after the title-case span starting at the
// capitalised token i: capitalised words and numbers ("Half-Life 2"),
// with the small words titles contain ("Shaun of the Dead", "Mutiny on
// the Bounty") when a capitalised word follows them. A preposition joins
// only when the word after it is no place ("Ray in the US" is a title and
// a country); "with", "at", "to" and "from" never do ("Lady Marmalade
// with Lil' Kim"). poss lets "'s" join ("Ocean's Twelve").
func (x *Extractor) titleEnd(a *analysis, s, i int, poss bool) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	j := i
	for j < hi && j-i < 10 {
		t := toks[j]
		if isCapWord(t) || j > i && t.flags&tDigit != 0 && len(t.Text) <= 3 && isCapWord(toks[j-1]) {
			j++
			continue
		}
		k := j
		for k < hi && k-j < 2 && titleJoiners[toks[k].Text] {
			k++
		}
		if poss && k == j && j+1 < hi && isPossessive(t.Text) && t.Start == toks[j-1].End {
			k = j + 1
		}
		if k == j || k >= hi || !isCapWord(toks[k]) {
			break
		}
		if titlePrepositions[toks[j].Text] {
			if _, ok := x.gaz.Lookup(toks[k].Text); ok {
				break
			}
		}
		j = k
	}
	return j
}

// titleJoiners are the lower-case words inside titles; titlePrepositions
// among them may also start a phrase after the title.
var (
	titleJoiners      = wordSet(`of the a an my for on in`)
	titlePrepositions = wordSet(`on in for`)
)

// findWorkTitles collects the document's titles (see workTitles).
func (x *Extractor) findWorkTitles(a *analysis) workTitles {
	var w workTitles
	var cands [][2]int
	toks := a.tokens
	for s, r := range a.sentTokens {
		for k := r.Start; k < r.End; k++ {
			t := toks[k]
			if t.flags&(tCap|tUpper|tPunct) != 0 {
				continue
			}
			lw := t.lc()
			switch {
			case workNounsBefore[lw] && k+1 < r.End && isCapWord(toks[k+1]):
				if i, j := x.titleAfterNoun(a, s, k); j > i {
					cands = append(cands, [2]int{i, j})
				}
			case workNounsAfter[lw] || lw == "game" || lw == "show":
				if i, j := x.titleBeforeNoun(a, s, k, &w); j > i {
					cands = append(cands, [2]int{i, j})
				}
			case lw == "starring" || lw == "co-starring":
				if i, j := x.titleBeforeCast(a, s, k); j > i {
					cands = append(cands, [2]int{i, j})
				}
			case lw == "for" && k+1 < r.End && isCapWord(toks[k+1]):
				if i, j := x.titleOfAward(a, s, k); j > i {
					cands = append(cands, [2]int{i, j})
				}
			}
		}
	}
	for _, c := range cands {
		if !a.actsAsAgent(c[0], c[1]) {
			w.add(a, c[0], c[1])
		}
	}
	return w
}

// titleAfterNoun reads "the film Ray": the work noun at k, a title after
// it.
func (x *Extractor) titleAfterNoun(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	if k > lo && notWorkBefore[toks[k-1].lc()] {
		return 0, 0
	}
	a.tagSentence(s)
	if !strings.HasPrefix(toks[k].Tag, "NN") {
		return 0, 0 // "will play Hughes", "to show"
	}
	// The noun phrase's determiner: a title follows "the", a possessive
	// or an adjective, never "a" ("than a downloaded movie NEC is
	// showing"); a noun that is often a verb or stands before teams
	// needs one ("will next play Roger Federer").
	det := false
	for p := k - 1; p >= lo && p >= k-3; p-- {
		w := toks[p].lc()
		if w == "a" || w == "an" {
			return 0, 0
		}
		if titleDeterminers[w] || isPossessive(w) {
			det = true
			break
		}
		if toks[p].flags&(tCap|tUpper|tPunct) != 0 {
			break
		}
	}
	ambiguous := ambiguousWorkNouns[toks[k].lc()]
	if ambiguous && !det {
		return 0, 0
	}
	i := k + 1
	j := x.titleEnd(a, s, i, true)
	if j-i == 1 && awardStatuettes[toks[i].lc()] {
		return 0, 0 // "best film Oscar"
	}
	if ambiguous && (x.gazInside(a, i, j) || x.names[toks[i].lc()] != 0 && j-i >= 2) {
		return 0, 0 // "the game Arsenal lost", "the game Andre Nzame won"
	}
	return i, j
}

// titleBeforeNoun reads "the Firefox browser", "Radio 4's Today
// programme": a determiner or possessive, a title, [a modifier,] the work
// noun at k, which heads its phrase. "game" and "show" count only after a
// modifier ("video game", "TV show"): "the Ireland game" is a match.
func (x *Extractor) titleBeforeNoun(a *analysis, s, k int, w *workTitles) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	e := k
	if e-1 > lo && workNounModifiers[toks[e-1].lc()] {
		e--
	} else if toks[k].lc() == "game" || toks[k].lc() == "show" {
		return 0, 0
	}
	acr := -1
	if e-3 > lo && toks[e-1].Text == ")" && toks[e-3].Text == "(" && toks[e-2].flags&tUpper != 0 {
		// "the PlayStation Portable (PSP) games console": the acronym
		// names the same product.
		acr = e - 2
		e -= 3
	}
	if e-1 <= lo || !isCapWord(toks[e-1]) {
		return 0, 0
	}
	i := e - 1
	for i-1 > lo && (isCapWord(toks[i-1]) || titleJoiners[toks[i-1].Text] && i-2 > lo && isCapWord(toks[i-2])) {
		i--
	}
	d := i - 1
	if d-1 >= lo && titleAdjectives[toks[d].Text] {
		d-- // "Sony's new PlayStation Portable console"
	}
	if d < lo || !(isPossessive(toks[d].Text) || titleDeterminers[toks[d].lc()]) {
		return 0, 0
	}
	for i < e && !isCapWord(toks[i]) {
		i++
	}
	if i >= e || x.titleEnd(a, s, i, false) != e {
		return 0, 0
	}
	a.tagSentence(s)
	if k+1 < hi && strings.HasPrefix(toks[k+1].Tag, "NN") {
		return 0, 0 // "the Berlin film festival": the noun is a modifier
	}
	last := toks[e-1].lc()
	if x.gazInside(a, i, e) || x.names[toks[i].lc()] != 0 && e-i >= 2 ||
		orgHeads[last] || eventHeads[last] || placeHeads[last] {
		return 0, 0 // "the BBC programme", "the Mike Leigh film"
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok {
		return 0, 0 // "the British film"
	}
	if acr > 0 && acronymFits(toks[acr].Text, a.doc.Text[toks[i].Start:toks[e-1].End]) {
		w.add(a, acr, acr+1)
	}
	return i, e
}

// titleAdjectives may stand between the determiner and the title ("its
// new X console").
var titleAdjectives = wordSet(`new latest forthcoming upcoming rival popular hit debut`)

// titleDeterminers may open a phrase "the X browser".
var titleDeterminers = wordSet(`the a an his her its their our`)

// titleBeforeCast reads "Ocean's Twelve, starring Brad Pitt": the title
// ends right before "starring" at k (or its comma).
func (x *Extractor) titleBeforeCast(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	e := k
	if e-1 > lo && toks[e-1].Text == "," {
		e--
	}
	if e-1 < lo || !isCapWord(toks[e-1]) {
		return 0, 0
	}
	i := e - 1
	for i-1 >= lo && (isCapWord(toks[i-1]) || titleJoiners[toks[i-1].Text] && i-2 >= lo && isCapWord(toks[i-2])) {
		i--
	}
	for i < e && !isCapWord(toks[i]) {
		i++
	}
	if i >= e || x.titleEnd(a, s, i, false) != e || x.gazInside(a, i, e) {
		return 0, 0
	}
	if x.names[toks[i].lc()] != 0 && e-i >= 2 {
		return 0, 0 // "Jamie Foxx, starring in ..."
	}
	return i, e
}

// titleOfAward reads "won best actor for Ray": "for" at k, an award word
// among the four words before it.
func (x *Extractor) titleOfAward(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	award := false
	for p := k - 1; p >= lo && p >= k-4; p-- {
		if awardWords[toks[p].lc()] {
			award = true
			break
		}
	}
	if !award {
		return 0, 0
	}
	i := k + 1
	j := x.titleEnd(a, s, i, false)
	if x.gazInside(a, i, j) || x.names[toks[i].lc()] != 0 && j-i == 2 {
		return 0, 0 // "nominated for Best Actor", "a nomination for Jamie Foxx"
	}
	if j < a.sentTokens[s].End && isPossessive(toks[j].Text) {
		return 0, 0 // "a penalty award for United's first goal": an owner, not a work
	}
	return i, j
}

// gazInside reports whether any part of toks[i:j] is a name the
// gazetteer knows or a demonym.
func (x *Extractor) gazInside(a *analysis, i, j int) bool {
	toks := a.tokens
	for p := i; p < j; p++ {
		if !isCapWord(toks[p]) {
			continue
		}
		for q := min(j, p+x.gaz.MaxWords()); q > p; q-- {
			if x.knownPrefix(a, p, q) {
				return true
			}
		}
	}
	return false
}

// actsAsAgent reports whether the words toks[i:j] stand somewhere in the
// document as someone who speaks or holds a title ("Ray said", "Mr
// Ray"): a person or a firm, not a work.
func (a *analysis) actsAsAgent(i, j int) bool {
	key := tokenKey(a.tokens[i:j])
	n := j - i
	toks := a.tokens
	for p := 0; p+n <= len(toks); p++ {
		if toks[p].lc() != toks[i].lc() || tokenKey(toks[p:p+n]) != key {
			continue
		}
		if p > 0 {
			if _, ok := honorifics[toks[p-1].lc()]; ok {
				return true
			}
		}
		if q := p + n; q < len(toks) && speechVerbs[toks[q].lc()] {
			return true
		}
	}
	return false
}
