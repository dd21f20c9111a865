package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

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
	// arms maps the first token of a firm's arm ("Lycos Europe") to the
	// index after it (entities_products_firms.go).
	arms map[int]int
	// made maps the first token of a maker's product ("Sony Walkman")
	// to the end of the maker's name and of the product.
	made map[int][2]int
}

func (w *workTitles) add(a *analysis, i, j int) {
	if w.keys == nil {
		w.keys = map[string]bool{}
	}
	w.keys[tokenKey(a.tokens[i:j])] = true
	w.max = max(w.max, j-i)
	if j-i >= 2 && (a.tokens[i].Lower() == "the" || a.tokens[i].Lower() == "a") {
		// "The Aviator" is also written "Aviator" after "the".
		w.keys[tokenKey(a.tokens[i+1:j])] = true
	}
	if last := a.tokens[j-1]; j-i >= 2 && last.Flags&textseg.TDigit != 0 && len(last.Text) <= 2 && isCapWord(a.tokens[j-2]) {
		// "the new Xbox 2 console", "the hit Shrek 2": the number is
		// the model's or the sequel's, and the name alone is the
		// product line or the series ("Xbox owners").
		w.keys[tokenKey(a.tokens[i:j-1])] = true
	}
}

// productNames are products, formats and games that technology news
// names without saying what they are ("Xbox owners", "Linux users", "the
// PSP goes on sale", "the MyDoom worm", "Hotmail accounts"), so no cue in
// the text marks them as titles; e-mail services, handhelds, computer
// viruses and classic games are among them, and plurals of products
// ("Xboxes made before October", "their Macs"). They are
// no entity of GOLD.md's types; left to the name rules they become
// organisations or people ("San Andreas"). Facts from common knowledge,
// as token keys (see tokenKey); a neighbouring capitalised word keeps the
// name ("Microsoft Windows" stays the firm's phrase, "Mac Wilkins" a
// person).
var productNames, productMax = keySet(`
	xbox|xbox 360|xbox live|playstation|playstation 2|playstation portable|ps2|psp|
	nintendo ds|gameboy|game boy|gameboy advance|game boy advance|gamecube|n-gage|
	windows|windows xp|windows vista|xp|linux|mac|imac|mac mini|macintosh|
	ipod|ipod mini|ipod shuffle|itunes|firefox|internet explorer|walkman|vhs|betamax|
	bluetooth|adsl|wi-fi|wimax|bittorrent|blu-ray|half-life|half-life 2|
	san andreas|grand theft auto|halo 2|doom 3|
	hotmail|gmail|msn messenger|msn spaces|palm pilot|tamagotchi|
	mydoom|netsky|bagle|sasser|santy|
	tetris|donkey kong|super mario|zelda|legend of zelda|
	xboxes|playstations|gameboys|game boys|gamecubes|macs|imacs|ipods|walkmans|psps`)

// productEditions are capitalised words that, after a known product,
// name an edition of it or the machine that runs it: "Windows PCs",
// "Windows XP Home", "Mac OS X", "Windows Media Center", "Game Boy
// Advance SP". The whole run is the product, no entity; left to the name
// rules it was typed a person or an organisation. Words that make the
// run a body ("Blu-ray Disc Association") or a person's name ("Mac
// Wilkins") are not among them, so such runs keep their entities.
var productEditions = lexicon.WordSet(`pc pcs atm atms os osx x media center centre home
	edition professional server mobile sp`)

// productEditionEnd returns the end of a run of productEditions words
// starting at token k of sentence s that no other capitalised word
// follows, or k.
func productEditionEnd(a *analysis, s, k int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	e := k
	for e < hi && isCapWord(toks[e]) && productEditions[toks[e].Lower()] {
		e++
	}
	if e < hi && isCapWord(toks[e]) {
		return k
	}
	return e
}

// keySet reads a "|"-separated list of token keys into a set, with the
// most tokens in one key.
func keySet(list string) (map[string]bool, int) {
	out, most := map[string]bool{}, 0
	for _, k := range strings.Split(list, "|") {
		if f := strings.Fields(k); len(f) > 0 {
			out[strings.Join(f, " ")] = true
			most = max(most, len(f))
		}
	}
	return out, most
}

func tokenKey(toks []textseg.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower())
	}
	return b.String()
}

// at returns the index after a known title starting at token i of
// sentence s, or i. The title must stand alone: no capitalised word
// touches it on either side ("the film Ray" does not hide "Ray
// Charles").
func (w *workTitles) at(a *analysis, s, i int) int {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if j, ok := w.arms[i]; ok {
		k := addFirmArm(a, s, i, j) // an organisation, not the person its two words look like
		if j < hi && firmGroupNouns[toks[j].Text] {
			a.ments[k].groupNoun = toks[j].Text // "the Tata group" (entities_products_firms.go)
		}
		return j
	}
	if m, ok := w.made[i]; ok {
		addFirmArm(a, s, i, m[0]) // the maker; its product is no entity
		return m[1]
	}
	if i > lo && isCapWord(toks[i-1]) && !isOpener(toks[max(i-2, lo)], toks[i-1]) && !capArticle(toks[i-1].Text) {
		return i
	}
	for n := min(max(w.max, productMax), hi-i); n >= 1; n-- {
		if i+n < hi && isCapWord(toks[i+n]) {
			if e := productEditionEnd(a, s, i+n); e > i+n && productNames[tokenKey(toks[i:i+n])] {
				return e // "Windows PCs", "Mac OS X" (productEditions)
			}
			continue
		}
		if k := tokenKey(toks[i : i+n]); w.keys[k] || productNames[k] {
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

// ambiguousWorkNouns also stand before teams and people ("the game
// Arsenal lost", "the series England won"): their title must be unknown
// to the gazetteer.
var ambiguousWorkNouns = lexicon.WordSet(`game show series single track play comedy drama`)

// verbLikeWorkNouns are work nouns also used as verbs: they need a noun
// tag before a title.
var verbLikeWorkNouns = lexicon.WordSet(`film book play show track single game series comedy drama
	ship ferry`)

// workNounsAfter name a kind of work or product whose title precedes
// ("the Firefox browser", "Radio 4's Today programme").
var workNounsAfter = lexicon.WordSet(`programme sitcom soap documentary browser console
	consoles handheld handhelds handset handsets phone phones gadget device chip processor software album novel movie film
	drama series format standard comic comics franchise system robot robots`)

// modifiedWorkNouns name a work or product after a title only with their
// modifier: "the Windows operating system", not "the Galileo system".
var modifiedWorkNouns = map[string]string{"system": "operating"}

// apposedWorkNouns name works and products only in apposition to their
// title ("its handheld console, the PSP"; "Ocean's Twelve, the crime caper
// sequel"): alone they are too often said of other things.
var apposedWorkNouns = lexicon.WordSet(`spin-off franchise engine gadget device player
	machine robot serial`)

// creativeRoles are people's parts in a work, which a work's title may
// precede as a modifier ("Friends actor Matt LeBlanc", "Passion of the
// Christ screenwriter"). Roles said of firms and teams as well
// ("director", "star", "producer") are left out: "Chelsea star X".
var creativeRoles = lexicon.WordSet(`actor actress co-star screenwriter scriptwriter
	animator`)

// workNounsPlural open a list of titles ("hits such as A and B",
// "films including A, B and C").
var workNounsPlural = lexicon.WordSet(`films movies albums singles songs hits tracks
	shows series sitcoms dramas documentaries musicals plays books novels
	titles games`)

// creatorNouns before "of" name who made a work ("creator of The
// Simpsons", "author of Small Island").
var creatorNouns = lexicon.WordSet(`creator co-creator author co-author writer
	co-writer composer lyricist`)

// namingVerbs introduce a title after a work noun ("a new series called X",
// "an album entitled X").
var namingVerbs = lexicon.WordSet(`called titled entitled dubbed`)

// awardHeads end the name of a prize won, which is no entity ("the Sawyer
// Award", "the Turner Prize"); a ceremony ("the Brit Awards") is an event.
var awardHeads = lexicon.WordSet(`award prize`)

// workNounModifiers may stand between a title and the work noun after it
// ("the Finding Nemo video game", "the Desperate Housewives TV series",
// "its DS handheld console").
var workNounModifiers = lexicon.WordSet(`tv video computer pc web reality radio games
	operating handheld`)

// awardWords make "for X" name the work an award was given for ("won
// best actor for Ray", "an Oscar nomination for Vera Drake").
var awardWords = lexicon.WordSet(`best award awards prize prizes nomination nominations
	nominated oscar oscars bafta baftas grammy grammys emmy emmys globe globes`)

// awardStatuettes are awards written as a proper name ("won an Oscar"):
// no entity, unless a name follows ("Oscar Wilde").
var awardStatuettes = lexicon.WordSet(`oscar grammy emmy`)

// notWorkBefore are words after which a work noun is a verb ("will play
// Hughes", "to show Advance Warning").
var notWorkBefore = lexicon.WordSet(`to will would can could may might must shall should
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
		if isCapWord(t) || j > i && t.Flags&textseg.TDigit != 0 && len(t.Text) <= 3 && isCapWord(toks[j-1]) {
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
	titleJoiners      = lexicon.WordSet(`of the a an my for on in`)
	titlePrepositions = lexicon.WordSet(`on in for`)
)

// workTitleCues holds every lower-case word at which findWorkTitles tries
// a title reader: the members of the sets its loop tests and the words it
// compares with. Most words are none of them, and the loop tested each
// against some twenty sets (a third of its time on the BBC corpus); one
// look-up here now skips them. A cue tested in the loop must be listed
// here, which TestWorkTitleCuesCoverLoop checks against the loop's source.
var workTitleCues = lexicon.Union(lexicon.WorkNounsBefore, lexicon.GenreNouns,
	workNounsAfter, apposedWorkNouns, characterFrames, franchiseNouns,
	instalmentNouns, playVerbs, playedParticiples, creativeRoles, sharedRoles,
	workNounsPlural, creatorNouns, framePrepositions, craftNouns,
	creditParticiples, openingVerbs, airingVerbs, namingVerbs,
	titleLinks, lexicon.WordSet(`and as box starring co-starring game show ( for`))

// findWorkTitles collects the document's titles (see workTitles).
func (x *Extractor) findWorkTitles(a *analysis) workTitles {
	var w workTitles
	var cands [][2]int
	toks := a.tokens
	for s, r := range a.sentTokens {
		for k := r.Start; k < r.End; k++ {
			t := toks[k]
			if isCapWord(t) {
				if j := x.firmArm(a, s, k); j > k {
					if w.arms == nil {
						w.arms = map[int]int{}
					}
					w.arms[k] = j
				} else if f, j := x.firmProduct(a, s, k); j > k {
					if w.made == nil {
						w.made = map[int][2]int{}
					}
					w.made[k] = [2]int{f, j}
				} else if j := x.firmGroup(a, s, k); j > k {
					if w.arms == nil {
						w.arms = map[int]int{}
					}
					w.arms[k] = j // "the Tata group": one organisation
				}
				if i, j := x.awardName(a, s, k); j > i {
					cands = append(cands, [2]int{i, j})
				}
				continue
			}
			if t.Text == ":" {
				if i, c, j := x.titleWithSubtitle(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}, [2]int{i, c}) // "Batman: Arkham VR", and "Batman" alone
				}
				continue
			}
			if isPossessive(t.Text) {
				if i, j := x.titleAfterMaker(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Jules Massenet's Manon" (entities_works_owners.go)
				}
				continue
			}
			if t.Text == "(" {
				if i, j := x.titleInBrackets(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Shameless (Channel 4)" (entities_works_owners.go)
				}
			}
			if t.Flags&(textseg.TCap|textseg.TUpper) != 0 || t.Flags&textseg.TPunct != 0 && t.Text != "(" {
				continue
			}
			lw := t.Lower()
			if !workTitleCues[lw] {
				continue // no test below can hold
			}
			if titleLinks[lw] {
				if i, j := x.titleOfShape(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Day of the Jackal" (entities_works_oftitles.go)
				}
			}
			if (lexicon.WorkNounsBefore[lw] || workNounsAfter[lw] || apposedWorkNouns[lw]) && modifiedWorkNouns[lw] == "" {
				if i, j := x.titleInApposition(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Ocean's Twelve, the crime caper sequel"
				}
				if i, j := x.titleAsSubject(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Painkiller is a new game"
				}
			}
			if characterFrames[lw] {
				if i, j := x.characterName(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "the role of Arthur Dent" (entities_works_owners.go)
				}
			}
			if lw == "and" {
				if i, j := x.heroTitleAnd(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Harry Potter and the Prisoner of Azkaban" (entities_works_franchises.go)
				}
			}
			if franchiseNouns[lw] || instalmentNouns[lw] {
				if i, j := x.franchiseBeforeNoun(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "the Harry Potter films" (entities_works_franchises.go)
				}
			}
			if playVerbs[lw] {
				if i, j := x.playedCharacter(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "who plays Hector in The History Boys" (entities_characters.go)
				}
			}
			if lw == "as" {
				if i, j := x.castCharacter(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "stars Tom Reed as Jed Crane" (entities_characters_cast.go)
				}
			}
			if playedParticiples[lw] {
				if i, j := x.playedByCharacter(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "uncle Count Olaf, played by Carrey" (entities_characters.go)
				}
			}
			if creativeRoles[lw] {
				if i, j := x.titleBeforeRole(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Friends actor Matt LeBlanc"
				}
			}
			if sharedRoles[lw] {
				if i, j := x.titleBeforeSharedRole(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Harry Potter director Alfonso Cuaron"
				}
			}
			if workNounsPlural[lw] || lexicon.WorkNounsBefore[lw] {
				cands = append(cands, x.titleList(a, s, k)...) // "hits such as Come Tomorrow and Sha La La"
			}
			if creatorNouns[lw] && k+1 < r.End && toks[k+1].Text == "of" {
				if i, j := x.titleOfCreator(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Matt Groening, creator of The Simpsons"
				}
			}
			if framePrepositions[lw] {
				if i, j := x.titleInFrame(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "her role in Vera Drake", "the sequel to Escape From Leeds"
				}
			}
			if craftNouns[lw] {
				if i, j := x.titleBeforeCraft(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "the P-3 Orion maritime surveillance aircraft" (entities_works_craft.go)
				}
			}
			if creditParticiples[lw] {
				if i, j := x.titleBeforeCredit(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Tom Jones, directed by Tony Richardson" (entities_works_credits.go)
				}
			}
			if lw == "box" {
				if i, j := x.titleAtBoxOffice(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Harbour Lights took $40m at the box office" (entities_works_boxoffice.go)
				}
			}
			if openingVerbs[lw] {
				if i, j := x.titleAtOpening(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Hostage opened at number four" (entities_works_openings.go)
				}
			}
			if airingVerbs[lw] {
				if i, j := x.titleAired(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "Quiet Harbour, which airs on ITV" (entities_works_airings.go)
				}
			}
			if namingVerbs[lw] {
				if i, j := x.titleCalled(a, s, k); j > i {
					cands = append(cands, [2]int{i, j}) // "a drama for HBO called The Rise and Fall of X"
				}
			}
			switch {
			case (lexicon.WorkNounsBefore[lw] || lexicon.GenreNouns[lw]) && k+1 < r.End && isCapWord(toks[k+1]):
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
			case lw == "(" && k+2 < r.End && toks[k+2].Text == ")":
				if commonAcronym(a, r.Start, k) {
					w.add(a, k+1, k+2) // "a multimedia message (MMS)": a thing, no entity
				}
			case lw == "for" && k+1 < r.End && isCapWord(toks[k+1]):
				if i, j := x.titleOfAward(a, s, k); j > i {
					cands = append(cands, [2]int{i, j})
				}
			}
		}
	}
	var sibs [][2]int
	for _, c := range cands {
		if !a.actsAsAgent(c[0], c[1]) {
			w.add(a, c[0], c[1])
			sibs = append(sibs, x.titleSiblings(a, c[0], c[1])...)
		}
	}
	for _, c := range sibs {
		if !a.actsAsAgent(c[0], c[1]) {
			w.add(a, c[0], c[1])
		}
	}
	for _, c := range x.joinedTitles(a) {
		w.add(a, c[0], c[1]) // "Call of Duty", "Man to Man" (entities_works_joined.go)
	}
	for _, c := range x.countedParts(a) {
		w.add(a, c[0], c[1]) // "the next James Bond", "James Bond fans" (entities_characters_counted.go)
	}
	return w
}

// titleSiblings reads the other members of a list that the title
// toks[i:j] stands in ("It was followed by Harry Potter and the Prisoner
// of Azkaban, Finding Nemo and The Lord of the Rings: The Return of the
// King"; "XXX, Hellboy, Resident Evil: Apocalypse and Once Upon a Time in
// Mexico"): titles are listed with titles, so a capitalised member next
// to one, joined by a comma, "and" or "or", is a title too. A member must
// be shaped like a title (no known place, firm or person's full name) and
// end the clause or the list ("for Ray, and Sony said" stops at Sony).
func (x *Extractor) titleSiblings(a *analysis, i, j int) [][2]int {
	toks := a.tokens
	s := a.sentOf(i)
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	a.tagSentence(s)
	closes := func(q int) bool {
		if q >= hi || listJoint(toks[q].Text) || toks[q].Text == "." || toks[q].Text == ";" || toks[q].Text == ")" {
			return true
		}
		tag := toks[q].Tag
		return toks[q].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && !strings.HasPrefix(tag, "VB") && tag != "MD"
	}
	member := func(p, q int) bool {
		return q > p && x.titleShaped(a, p, q, true, true) && closes(q)
	}
	var out [][2]int
	for e := j; e+1 < hi && listJoint(toks[e].Text); {
		p := e + 1
		if toks[e].Text == "," && (toks[p].Text == "and" || toks[p].Text == "or") {
			p++
		}
		if p < hi && (toks[p].Text == "the" || capArticle(toks[p].Text)) {
			p++
		}
		if p >= hi || !isCapWord(toks[p]) {
			break
		}
		q := x.titleEnd(a, s, p, true)
		if x.makerTitleIn(a, s, p, q) {
			e = q // "..., Jean-Pierre Jeunet's A Very Long Engagement and ...": the owner is no title
			continue
		}
		if !member(p, q) {
			break
		}
		out = append(out, [2]int{p, q})
		e = q
	}
	b := x.titleBack(a, lo, i) // "The Lord of the Rings: The Return of the King" was found from its colon
	if b-1 >= lo && (toks[b-1].Text == "the" || capArticle(toks[b-1].Text)) {
		b--
	}
	for b-2 >= lo {
		c := b - 1
		if !listJoint(toks[c].Text) {
			break
		}
		if (toks[c].Text == "and" || toks[c].Text == "or") && toks[c-1].Text == "," {
			c--
		}
		if c-1 < lo || !isCapWord(toks[c-1]) {
			break
		}
		p := x.titleBack(a, lo, c-1)
		if x.titleEnd(a, s, p, true) != c || !member(p, c) {
			break
		}
		if d := p - 1; d >= lo && toks[d].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 &&
			strings.HasPrefix(toks[d].Tag, "NN") && !lexicon.WorkNounsBefore[toks[d].Lower()] && !workNounsPlural[toks[d].Lower()] {
			break // "with rapper Twista and Ray actor Jamie Foxx": the noun says what Twista is
		}
		out = append(out, [2]int{p, c})
		b = p
		if b-1 >= lo && (toks[b-1].Text == "the" || capArticle(toks[b-1].Text)) {
			b--
		}
	}
	return out
}

// titleBack returns where a title that contains the capitalised token i
// starts: capitalised words and up to two of the small words titles hold
// between them ("The Lord of the Rings"), as titleEnd reads forwards.
func (x *Extractor) titleBack(a *analysis, lo, i int) int {
	toks := a.tokens
	b := i
	for p := i - 1; p >= lo; {
		if isCapWord(toks[p]) {
			b, p = p, p-1
			continue
		}
		q := p
		for q >= lo && p-q < 2 && titleJoiners[toks[q].Text] {
			q--
		}
		if q == p || q < lo || !isCapWord(toks[q]) {
			break
		}
		p = q
	}
	return b
}

// listJoint reports a word or mark joining members of a list.
func listJoint(w string) bool { return w == "," || w == "and" || w == "or" }

// titleAfterNoun reads "the film Ray": the work noun at k, a title after
// it.
func (x *Extractor) titleAfterNoun(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	if k > lo && notWorkBefore[toks[k-1].Lower()] {
		return 0, 0
	}
	a.tagSentence(s)
	genre := lexicon.GenreNouns[toks[k].Lower()]
	if tag := toks[k].Tag; !genre && (strings.HasPrefix(tag, "VB") || !strings.HasPrefix(tag, "NN") && verbLikeWorkNouns[toks[k].Lower()] && (tag != "JJ" || toks[k].Lower() != "single")) {
		return 0, 0 // "will play Hughes", "to show"; "anti-Bush documentary X" may be tagged JJ, and so may "Elvis' single X" (a determiner must still come before it)
	}
	// The noun phrase's determiner: a title follows "the", a possessive
	// or an adjective, never "a" ("than a downloaded movie NEC is
	// showing"); a noun that is often a verb or stands before teams
	// needs one ("will next play Roger Federer").
	det := false
	for p := k - 1; p >= lo && p >= k-3; p-- {
		w := toks[p].Lower()
		if w == "a" || w == "an" {
			return 0, 0
		}
		if titleDeterminers[w] || isPossessive(w) {
			det = true
			break
		}
		if toks[p].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 {
			break
		}
	}
	// A noun that is often a verb or stands before teams needs a
	// determiner, or a compound's modifier right before it ("talent show
	// The X Factor", "road trip comedy Sideways", "rhythm game Donkey
	// Konga"): a modifier makes it a noun of its own phrase.
	ambiguous := ambiguousWorkNouns[toks[k].Lower()]
	if ambiguous && !det && !x.compoundModifier(a, s, k) {
		return 0, 0
	}
	// A genre noun tagged a verb is a noun only inside a determined
	// phrase: "the Dreamworks hit Shrek 2", not "the scandal hit Shell".
	if genre && strings.HasPrefix(toks[k].Tag, "VB") && !det && !determinedAcross(a, lo, k) {
		return 0, 0
	}
	i := k + 1
	j := x.titleEnd(a, s, i, true)
	if j-i == 1 && awardStatuettes[toks[i].Lower()] {
		return 0, 0 // "best film Oscar"
	}
	switch lw := toks[k].Lower(); {
	case storyNouns[lw] && x.knownOrNationFirst(a, i, j):
		return 0, 0 // "the drama England served up"; "abortion drama Vera Drake" is a title
	case ambiguous && !storyNouns[lw] && (x.gazInside(a, i, j) || x.names[toks[i].Lower()] != 0 && j-i >= 2):
		return 0, 0 // "the game Arsenal lost", "the game Andre Nzame won"
	case lexicon.GenreNouns[lw]:
		// "Trouble-hit Mitsubishi Motors" is a firm hit by trouble;
		// "blockbuster West End musicals" a place before a noun.
		b := i
		if capArticle(toks[b].Text) && b+1 < j {
			b++ // "cartoon hit The Incredibles"
		}
		if k-1 >= lo && toks[k-1].End == toks[k].Start || !x.plausibleTitle(a, b, j) {
			return 0, 0
		}
		if hi := a.sentTokens[s].End; j < hi && toks[j].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && strings.HasPrefix(toks[j].Tag, "NN") {
			return 0, 0
		}
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
	if mod, ok := modifiedWorkNouns[toks[k].Lower()]; ok && (e-1 <= lo || toks[e-1].Lower() != mod) {
		return 0, 0
	}
	if e-1 > lo && workNounModifiers[toks[e-1].Lower()] {
		e--
	} else if toks[k].Lower() == "game" || toks[k].Lower() == "show" {
		return 0, 0
	}
	acr := -1
	if e-3 > lo && toks[e-1].Text == ")" && toks[e-3].Text == "(" && toks[e-2].Flags&textseg.TUpper != 0 {
		// "the PlayStation Portable (PSP) games console": the acronym
		// names the same product.
		acr = e - 2
		e -= 3
	}
	i := e - 1
	if i-1 > lo && toks[i].Flags&textseg.TDigit != 0 && len(toks[i].Text) <= 2 && isCapWord(toks[i-1]) {
		i-- // "the new Xbox 2 console": a model number
	}
	if i <= lo || !isCapWord(toks[i]) {
		return 0, 0
	}
	for i-1 > lo && (isCapWord(toks[i-1]) || titleJoiners[toks[i-1].Text] && i-2 > lo && isCapWord(toks[i-2])) {
		i--
	}
	d := i - 1
	if d-1 >= lo && titleAdjectives[toks[d].Text] {
		d-- // "Sony's new PlayStation Portable console"
	}
	if d < lo || !(isPossessive(toks[d].Text) || titleDeterminers[toks[d].Lower()]) {
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
	last := toks[e-1].Lower()
	if x.gazInside(a, i, e) || x.names[toks[i].Lower()] != 0 && e-i >= 2 ||
		lexicon.OrgHeads[last] || lexicon.EventHeads[last] || lexicon.PlaceHeads[last] {
		return 0, 0 // "the BBC programme", "the Mike Leigh film"
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok {
		return 0, 0 // "the British film"
	}
	if acr > 0 && acronymFits(toks[acr].Text, a.doc.Text[toks[i].Start:toks[e-1].End]) {
		w.add(a, acr, acr+1)
	}
	if strings.HasSuffix(toks[k].Lower(), "s") && isPossessive(toks[d].Text) {
		if p, q := x.coordinatedOwnedTitle(a, s, d); q > p {
			w.add(a, p, q)
		}
	}
	return i, e
}

// A plural product noun after two owned titles covers both: "Honda's
// Asimo and Sony's Qrio robots", "Quillsoft's Zephro and Vantor's Kiro
// consoles". coordinatedOwnedTitle returns the first title, given the
// second owner's possessive at token d, or 0, 0: the owner's name, "and"
// before it, and an owned title before that, which must pass the checks
// the second one did.
func (x *Extractor) coordinatedOwnedTitle(a *analysis, s, d int) (int, int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	o := d - 1
	for o-1 > lo && isCapWord(toks[o-1]) {
		o--
	}
	if o <= lo || !isCapWord(toks[o]) || o-2 <= lo || toks[o-1].Text != "and" || !isCapWord(toks[o-2]) {
		return 0, 0
	}
	e := o - 1
	i := e - 1
	for i-1 > lo && isCapWord(toks[i-1]) {
		i--
	}
	if i-1 < lo || !isPossessive(toks[i-1].Text) || x.titleEnd(a, s, i, false) != e {
		return 0, 0
	}
	if x.gazInside(a, i, e) || x.names[toks[i].Lower()] != 0 && e-i >= 2 {
		return 0, 0
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok {
		return 0, 0
	}
	return i, e
}

// titleAdjectives may stand between the determiner and the title ("its
// new X console").
var titleAdjectives = lexicon.WordSet(`new latest forthcoming upcoming rival popular hit debut`)

// titleDeterminers may open a phrase "the X browser".
var titleDeterminers = lexicon.WordSet(`the a an his her its their our`)

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
	if x.names[toks[i].Lower()] != 0 && e-i >= 2 {
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
		if awardWords[toks[p].Lower()] {
			award = true
			break
		}
	}
	if !award {
		return 0, 0
	}
	i := k + 1
	j := x.titleEnd(a, s, i, false)
	if x.gazInside(a, i, j) || x.names[toks[i].Lower()] != 0 && j-i == 2 {
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
		if toks[p].Lower() != toks[i].Lower() || tokenKey(toks[p:p+n]) != key {
			continue
		}
		if p > 0 {
			if _, ok := lexicon.Honorifics[toks[p-1].Lower()]; ok {
				return true
			}
		}
		if q := p + n; q < len(toks) && speechVerbs[toks[q].Lower()] {
			return true
		}
	}
	return false
}

// titleStart walks back from the last word e-1 of a title over
// capitalised words, the small words titles contain and, when poss, a
// possessive joined to its word ("Ocean's Twelve"), stopping at lo.
func titleStart(a *analysis, lo, e int, poss bool) int {
	toks := a.tokens
	i := e - 1
	for i-1 >= lo {
		p := toks[i-1]
		switch {
		case isCapWord(p):
		case titleJoiners[p.Text] && i-2 >= lo && isCapWord(toks[i-2]):
		case poss && isPossessive(p.Text) && i-2 >= lo && isCapWord(toks[i-2]) && p.Start == toks[i-2].End:
		default:
			return i
		}
		i--
	}
	return i
}

// plausibleTitle rejects spans that name something else: a place, firm or
// demonym the gazetteer knows, a person's full name, an acronym alone
// (too often a firm), or a span opening with a lower-case word.
func (x *Extractor) plausibleTitle(a *analysis, i, j int) bool {
	return x.titleShaped(a, i, j, true, true)
}

// framedTitle is plausibleTitle for frames that leave no doubt ("X is a
// new game", "creator of X"): a known name inside the title no longer
// vetoes it ("Little Britain began life as a radio series"); the whole
// span or its first word being a known name still does ("Wales was a
// great game").
func (x *Extractor) framedTitle(a *analysis, i, j int) bool {
	if j <= i || x.knownPrefix(a, i, j) || x.knownPrefix(a, i, i+1) {
		return false
	}
	return x.titleShaped(a, i, j, true, false)
}

// titleShaped is plausibleTitle; personCheck false lets a title shaped
// like a person's name through, where the frame leaves no doubt ("hits
// such as Velvet Moon"); gazCheck false lets known names inside it.
func (x *Extractor) titleShaped(a *analysis, i, j int, personCheck, gazCheck bool) bool {
	toks := a.tokens
	if j <= i || !isCapWord(toks[i]) || capArticle(toks[i].Text) || gazCheck && x.gazInside(a, i, j) {
		return false // "The actor"
	}
	if personCheck && x.names[toks[i].Lower()] != 0 && j-i >= 2 && !titleJoiners[toks[i+1].Text] {
		return false // "Matt LeBlanc": a person
	}
	if j-i == 1 && toks[i].Flags&textseg.TUpper != 0 && toks[i].Flags&textseg.TCap == 0 {
		return false // "BBC actor": an acronym is more often a firm
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok {
		return false // "British actor"
	}
	last := toks[j-1].Lower()
	if j-i >= 3 && articleBeforeHead(toks[j-2].Text) {
		return true // "Sex And The City", "Escape to The Island": a body's or place's head follows no article inside its name
	}
	return !lexicon.OrgHeads[last] && !lexicon.PlaceHeads[last]
}

// articleBeforeHead reports an article inside a title right before its
// last word: names of bodies and places put a name, not an article,
// before their head ("Manchester City", "Mexico City"), titles an
// article ("Sex And The City").
func articleBeforeHead(w string) bool { return w == "the" || w == "The" }

// titleInApposition reads a title in apposition to a phrase headed by the
// work noun at k: after it ("its first handheld console, the PSP, in the
// US"; "BT's own engine, Tara (…)") or before it ("Ocean's Twelve, the
// crime caper sequel starring …"). The noun must head its phrase (no noun
// or possessive after it), the phrase must be definite or possessed, and a
// title after the noun must be closed by punctuation: "After the film,
// Moore said" is a clause, not an apposition.
func (x *Extractor) titleInApposition(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k+1 < hi && isPossessive(toks[k+1].Text) {
		return 0, 0
	}
	a.tagSentence(s)
	if !strings.HasPrefix(toks[k].Tag, "NN") || k+1 < hi && strings.HasPrefix(toks[k+1].Tag, "NN") && toks[k+1].Flags&(textseg.TCap|textseg.TUpper) == 0 {
		return 0, 0
	}
	// The phrase's determiner: up to four lower-case modifiers back.
	d := -1
	for p := k - 1; p >= lo && p >= k-5; p-- {
		w := toks[p].Lower()
		if titleDeterminers[w] || isPossessive(w) {
			d = p
			break
		}
		if toks[p].Flags&textseg.TPunct != 0 || toks[p].Flags&(textseg.TCap|textseg.TUpper) != 0 && !workNounModifiers[w] {
			break
		}
	}
	if d < 0 {
		return 0, 0
	}
	// "The director of the film, Vinod Pande, says": after a preposition
	// the phrase is a complement, and a name after the comma is in
	// apposition to what it completes ("In the film, X plays ...").
	prep := d > lo && (toks[d-1].Tag == "IN" || toks[d-1].Tag == "TO")
	if k+2 < hi && toks[k+1].Text == "," && !ambiguousWorkNouns[toks[k].Lower()] && !prep {
		i := k + 2
		if capArticle(toks[i].Text) || toks[i].Text == "the" {
			i++
		}
		if i+2 < hi && isCapWord(toks[i]) && isPossessive(toks[i+1].Text) && isCapWord(toks[i+2]) {
			i += 2 // "the latest gadget, Sony's PlayStation Portable, goes on sale"
		}
		if i < hi && isCapWord(toks[i]) {
			j := x.titleEnd(a, s, i, true)
			if (j >= hi || appositionClosers[toks[j].Text]) && !a.speechAfter(j) && x.plausibleTitle(a, i, j) {
				return i, j
			}
		}
	}
	if isPossessive(toks[d].Text) || d-2 < lo || toks[d-1].Text != "," || toks[d].Lower() != "the" && toks[d].Lower() != "a" {
		return 0, 0
	}
	e := d - 1
	if !isCapWord(toks[e-1]) {
		return 0, 0
	}
	i := titleStart(a, lo, e, true)
	if i > lo && !isOpener(toks[max(i-2, lo)], toks[i-1]) && toks[i-1].Text != "," && toks[i-1].Flags&textseg.TPunct == 0 && isCapWord(toks[i-1]) {
		return 0, 0
	}
	if i < e && x.plausibleTitle(a, i, e) {
		return i, e
	}
	return 0, 0
}

// appositionClosers end an apposition.
var appositionClosers = lexicon.WordSet(`, ( ) . ; : - –`)

// titleBeforeRole reads "Friends actor Matt LeBlanc", "Passion of the
// Christ screenwriter": a title right before a creative role noun at k.
//
// A possessive may join the title to an acting role when the actor's
// full name follows ("joined Quiet Hours' actress Kate Malone"): a
// show's cast member is its actor; a team or firm has no actresses, and a
// place or a person before the possessive is vetoed as in any title.
func (x *Extractor) titleBeforeRole(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	if k-2 >= lo && isPossessive(toks[k-1].Text) && toks[k-1].Start == toks[k-2].End && isCapWord(toks[k-2]) &&
		actingRoles[toks[k].Lower()] && x.actorNamedAfter(a, s, k) {
		i := titleStart(a, lo, k-1, false)
		if !x.plausibleTitle(a, i, k-1) {
			return 0, 0
		}
		return i, k - 1
	}
	if k-1 < lo || !isCapWord(toks[k-1]) {
		return 0, 0
	}
	i := titleStart(a, lo, k, false)
	if !x.plausibleTitle(a, i, k) && !(actingRoles[toks[k].Lower()] && x.actorNamedAfter(a, s, k) && x.titleShaped(a, i, k, false, true)) {
		return 0, 0
	}
	return i, k
}

// actingRoles are the roles after which a person-shaped title is still a
// title when the actor's name follows: "Grange Hill actress Amma Asante",
// "Huggy Bear actor Antonio Fargas". A person's name before the actor's
// would be a second person, which the text writes with a comma or "and";
// "co-star" is left out ("Tom Hanks co-star Meg Ryan": his partner).
var actingRoles = lexicon.WordSet(`actor actress`)

// actorNamedAfter reports whether the role at k is followed by a
// person's name: a known first name and a capitalised word.
func (x *Extractor) actorNamedAfter(a *analysis, s, k int) bool {
	toks := a.tokens
	hi := a.sentTokens[s].End
	return k+2 < hi && isCapWord(toks[k+1]) && isCapWord(toks[k+2]) && x.names[toks[k+1].Lower()] != 0
}

// titleList reads the titles listed after a plural work noun at k: "hits
// such as Come Tomorrow and Sha La La", "films including A, B and C".
// "such as", "including" or "like" must come first: "games against
// Chelsea and Arsenal" lists no titles. "include" may also come later in
// the noun's clause (see listVerbAfter).
func (x *Extractor) titleList(a *analysis, s, k int) [][2]int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	i := k + 1
	switch {
	case i+1 < hi && toks[i].Lower() == "such" && toks[i+1].Lower() == "as":
		i += 2
	case i < hi && (toks[i].Lower() == "including" || toks[i].Lower() == "like"):
		i++
	default:
		v := x.listVerbAfter(a, s, k)
		if v < 0 {
			return nil
		}
		i = v + 1
	}
	a.tagSentence(s)
	var out [][2]int
	for i < hi {
		if toks[i].Text == "the" || capArticle(toks[i].Text) {
			i++
		}
		if i >= hi || !isCapWord(toks[i]) {
			break
		}
		j := x.titleEnd(a, s, i, true)
		if j == i || !x.titleShaped(a, i, j, false, true) {
			break
		}
		if j < hi && toks[j].Flags&(textseg.TCap|textseg.TUpper|textseg.TDigit|textseg.TPunct) == 0 && strings.HasPrefix(toks[j].Tag, "NN") &&
			!workNounsPlural[toks[j].Lower()] && !lexicon.WorkNounsBefore[toks[j].Lower()] {
			break // "films included the Stephen King adaptation X": the name modifies a noun ("the James Bond films" is a title's)
		}
		out = append(out, [2]int{i, j})
		switch {
		case j+1 < hi && (toks[j].Text == "," || toks[j].Text == "and" || toks[j].Text == "or"):
			i = j + 1
			if toks[i].Text == "and" || toks[i].Text == "or" {
				i++
			}
		default:
			return out
		}
	}
	return out
}

// listVerbAfter returns the index of "include" (or "including") that
// lists members of the plural work noun at k later in its clause ("films
// in competition will include X", "Forty-two films will debut at
// Sundance, including X", "his hits have included X"), or -1. The noun
// must head its phrase (tagged a plural noun, no possessive after it),
// and no other plural noun may stand between: "shows, discovering new
// stars including X" lists stars, "games' top names, including X" names.
func (x *Extractor) listVerbAfter(a *analysis, s, k int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	a.tagSentence(s)
	if !workNounsPlural[toks[k].Lower()] || toks[k].Tag != "NNS" && toks[k].Lower() != "series" {
		return -1
	}
	for p := k + 1; p < hi && p <= k+12; p++ {
		t := toks[p]
		w := t.Lower()
		switch {
		case listVerbs[w]:
			return p
		case isPossessive(t.Text) && p == k+1, w == ";", w == ":", w == "(", w == "\"":
			return -1
		case t.Flags&(textseg.TCap|textseg.TUpper) == 0 && (t.Tag == "NNS" || t.Tag == "NNPS"):
			return -1 // another plural head
		}
	}
	return -1
}

// listVerbs list the members of the plural noun that is their subject.
var listVerbs = lexicon.WordSet(`include includes included including`)

// titleCalled reads "a drama project ... for HBO, called The Rise and Fall
// of X": a naming verb at k with a work noun among the twelve words before
// it (no firm's noun nearer), and a title after.
func (x *Extractor) titleCalled(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	work := false
	for p := k - 1; p >= lo && p >= k-12; p-- {
		w := toks[p].Lower()
		if companyNouns[w] || lexicon.OrgHeads[w] || w == ";" {
			return 0, 0 // "a company called X"
		}
		if lexicon.WorkNounsBefore[w] || workNounsAfter[w] || apposedWorkNouns[w] || workNounsPlural[w] {
			work = true
			break
		}
	}
	if !work {
		return 0, 0
	}
	i := k + 1
	if i < hi && (toks[i].Text == "the" || capArticle(toks[i].Text)) {
		i++
	}
	if i >= hi || !isCapWord(toks[i]) {
		return 0, 0
	}
	j := x.titleEnd(a, s, i, true)
	if !x.plausibleTitle(a, i, j) && !(innerJoiner(a, i, j) && x.framedTitle(a, i, j)) {
		return 0, 0
	}
	if i > k+1 && capArticle(toks[k+1].Text) {
		i = k + 1 // "The Rise and Fall of X" is written with its article
	}
	return i, j
}

// innerJoiner reports whether the title toks[i:j] holds one of the
// small words of titles, or "and", between its first and last words
// ("The Rise And Fall Of Taylor Kennedy"): a name the gazetteer knows
// inside such a run is a word of the title, not the name of a place or
// a person ("Kennedy"), so a frame that names a work ("a drama ...
// called X") may let it through framedTitle's lighter checks. A run
// without one ("Little Snoring") is as likely a place the frame speaks of.
func innerJoiner(a *analysis, i, j int) bool {
	for p := i + 1; p < j-1; p++ {
		if w := a.tokens[p].Lower(); titleJoiners[w] || w == "and" {
			return true
		}
	}
	return false
}

// awardName reads the name of a prize ending at the capitalised token k:
// "the Sawyer Award", "the Hans Christian Andersen Award", "Japan's first
// Academy Award". "X Awards" are left alone: "at the Brit Awards" is the
// ceremony, an event, and "won two Brit Awards" implies taking part in it.
func (x *Extractor) awardName(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if !awardHeads[toks[k].Lower()] || k == lo || k+1 < hi && isCapWord(toks[k+1]) || !isCapWord(toks[k-1]) {
		return 0, 0
	}
	i := titleStart(a, lo, k+1, false)
	if capArticle(toks[i].Text) {
		i++
	}
	if i == k {
		return 0, 0
	}
	return i, k + 1
}

// commonAcronym reports whether the acronym after the bracket at k
// abbreviates the lower-case words before the bracket, "multimedia message
// (MMS)", "radio frequency identification (RFID)": a common noun, so the
// acronym names no organisation. The acronym's letters are found right to
// left in the phrase, its first letter opening a word (the letters of a
// compound like "multimedia" may come from inside one word).
func commonAcronym(a *analysis, lo, k int) bool {
	toks := a.tokens
	acr := toks[k+1].Text
	if len(acr) < 2 || len(acr) > 6 || toks[k+1].Flags&textseg.TUpper == 0 {
		return false
	}
	acr = strings.ToLower(acr)
	var phrase []string
	for p := k - 1; p >= lo && len(phrase) < len(acr)+1; p-- {
		if toks[p].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) != 0 {
			break
		}
		phrase = append([]string{toks[p].Text}, phrase...)
		if phrase[0][0] == acr[0] && acronymOf(acr, phrase) {
			return true
		}
	}
	return false
}

// acronymOf matches acr's letters right to left inside words, the first
// letter at the start of words[0], and every word giving at least one
// letter.
func acronymOf(acr string, words []string) bool {
	ai := len(acr) - 1
	for wi := len(words) - 1; wi >= 0; wi-- {
		w := strings.ToLower(words[wi])
		used := false
		for ci := len(w) - 1; ci >= 0 && ai >= 0; ci-- {
			if w[ci] != acr[ai] || wi == 0 && ai == 0 && ci != 0 {
				continue
			}
			used = true
			ai--
			if wi > 0 && ci == 0 {
				break
			}
		}
		if !used {
			return false
		}
	}
	return ai < 0
}

// titleOfCreator reads "creator of The Simpsons": a creator noun at k,
// "of", a title.
func (x *Extractor) titleOfCreator(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	hi := a.sentTokens[s].End
	i := k + 2
	if i < hi && (toks[i].Text == "the" || capArticle(toks[i].Text)) {
		i++
	}
	if i >= hi || !isCapWord(toks[i]) {
		return 0, 0
	}
	j := x.titleEnd(a, s, i, true)
	if !x.framedTitle(a, i, j) {
		return 0, 0
	}
	a.tagSentence(s)
	if j < hi && toks[j].Flags&(textseg.TCap|textseg.TUpper) == 0 && strings.HasPrefix(toks[j].Tag, "NN") {
		return 0, 0 // "author of the Analysys report": the name modifies a noun
	}
	return i, j
}

// titleAsSubject reads a title said to be a work: "Painkiller is a new
// game", "Little Britain began life as a radio series". The work noun at
// k heads a phrase "a/an/the [modifiers]" after a copula (or "began life
// as"), and the title opens its clause right before the copula.
func (x *Extractor) titleAsSubject(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	a.tagSentence(s)
	if !strings.HasPrefix(toks[k].Tag, "NN") || k+1 < hi && (strings.HasPrefix(toks[k+1].Tag, "NN") || isPossessive(toks[k+1].Text)) {
		return 0, 0
	}
	d := -1
	for p := k - 1; p >= lo && p >= k-4; p-- {
		w := toks[p].Lower()
		if w == "a" || w == "an" || w == "the" {
			d = p
			break
		}
		if toks[p].Flags&(textseg.TPunct|textseg.TCap|textseg.TUpper) != 0 && !workNounModifiers[w] {
			return 0, 0
		}
	}
	if d < 0 {
		return 0, 0
	}
	v := d - 1
	switch {
	case v > lo && copulas[toks[v].Lower()]:
	case v-2 > lo && toks[v].Lower() == "as" && toks[v-1].Lower() == "life" && (toks[v-2].Lower() == "began" || toks[v-2].Lower() == "started"):
		v -= 2
	default:
		return 0, 0
	}
	e := v
	if !isCapWord(toks[e-1]) {
		return 0, 0
	}
	i := titleStart(a, lo, e, true)
	if i > lo && toks[i-1].Flags&textseg.TPunct == 0 && !subjectOpeners[toks[i-1].Lower()] {
		return 0, 0 // "the match against Wales was a great game"
	}
	if !x.framedTitle(a, i, e) {
		return 0, 0
	}
	return i, e
}

// copulas link a subject to what it is.
var copulas = lexicon.WordSet(`is was are were becomes became remains`)

// subjectOpeners may stand before a clause's subject.
var subjectOpeners = lexicon.WordSet(`and but while whereas as although though because since so`)

// titleWithSubtitle reads a title and its subtitle joined by the colon at
// k inside a sentence ("a panel on Batman: The Animated Series", "face
// off in Counter-Strike: Global Offensive"): one to four capitalised
// words glued to the colon, then two to six title-case words. Work
// franchises and games are named so; a name before a colon that opens
// the sentence is a label or a speaker ("Wales: Jones, Smith"), and one
// lower-case word before the colon is a list ("two cities: Paris and
// Rome"). It returns the span's start, the colon and the span's end, or
// k, k, k.
func (x *Extractor) titleWithSubtitle(a *analysis, s, k int) (int, int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-1 <= lo || k+2 >= hi || !isCapWord(toks[k-1]) || toks[k-1].End != toks[k].Start || !isCapWord(toks[k+1]) {
		return k, k, k
	}
	i := k - 1
	for i-1 > lo && isCapWord(toks[i-1]) && k-i < 4 {
		i--
	}
	if i-1 <= lo || isCapWord(toks[i-1]) || toks[i-1].Flags&textseg.TPunct != 0 {
		return k, k, k // at the sentence's start, or after a mark: a label
	}
	if e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[k-1].End])); ok && (e.Type == "Country" || subtitlePlacePreps[toks[i-1].Text]) {
		return k, k, k // "talks with Wales: ...", "a message from Paris: ..."
	}
	j := x.titleEnd(a, s, k+1, false)
	n := j - (k + 1)
	if n < 2 || n > 6 || j < hi && isCapWord(toks[j]) {
		return k, k, k
	}
	colons := 0
	for q := lo; q < hi; q++ {
		if toks[q].Text == ":" {
			colons++
		}
	}
	if colons > 1 || len(toks[k+1].Text) == 1 {
		return k, k, k // line-ups and score lines ("Att: 47,111 Ref: S Bennett")
	}
	if x.names[toks[i].Lower()] != 0 && k-i >= 2 || x.names[toks[k+1].Lower()] != 0 || x.gazInside(a, k+1, j) {
		return k, k, k // "told Tom Gregg: ..."; "said in London: Tom Gregg is right"
	}
	if capArticle(toks[k+1].Text) && n < 3 {
		return k, k, k
	}
	return i, k, j
}

// subtitlePlacePreps before a known place and a colon make the place a
// dateline or a source, not a title ("a message from Paris: Talks Go On").
var subtitlePlacePreps = lexicon.WordSet(`from at to near`)

// workFrames are the nouns and verbs that, followed by their preposition,
// take a work as their object: a part played in it ("her role in Vera
// Drake", "his performance in Hotel Rwanda", "to star in Fingersmith"),
// a work made after it ("the sequel to Escape From New York", "a remake
// of Fingerbobs", "the PAL version of GT4"), a work one appears in ("he
// later appeared in Robocop", "Langdon also appears in Angels and
// Demons"), a part of a show or its making ("the storyline of
// EastEnders", "an episode of Panorama", "the cast of Friends"): a
// body or a place has no storyline, episode or cast of its own.
var workFrames = map[string]string{
	"role": "in", "roles": "in", "performance": "in", "performances": "in",
	"cameo": "in", "star": "in", "stars": "in", "starred": "in", "starring": "in",
	"appear": "in", "appears": "in", "appeared": "in", "appearing": "in",
	"sequel": "to", "prequel": "to", "follow-up": "to",
	"adaptation": "of", "remake": "of", "version": "of", "spin-off": "of",
	"storyline": "of", "storylines": "of", "episode": "of", "episodes": "of",
	"cast": "of", "script": "of", "scripts": "of", "screenplay": "of",
}

// appearVerbs are the workFrames one also appears in a place with.
var appearVerbs = lexicon.WordSet(`appear appears appeared appearing`)

// framePrepositions are the prepositions of workFrames.
var framePrepositions = lexicon.WordSet(`in to of`)

// titleInFrame reads the title after a work frame whose preposition is at
// k: "her role in Vera Drake", "the sequel to Escape From New York". The
// title must be the whole object: a noun after it makes it a modifier
// ("a role in the Yukos split-up", "to star in a Broadway play", "a
// version of the Band Aid song"), and places, firms, events and people
// the gazetteer or the name shapes know are what a role may also be in
// ("her role in Iraq", "his performance in the Carling Cup").
func (x *Extractor) titleInFrame(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-1 < lo || workFrames[toks[k-1].Lower()] != toks[k].Lower() {
		return 0, 0
	}
	i := k + 1
	if i < hi && (toks[i].Text == "the" || capArticle(toks[i].Text)) {
		if toks[i].Text == "the" && strings.HasPrefix(toks[k-1].Lower(), "performance") {
			return 0, 0 // "a strong performance in the Americas": a firm's or a side's
		}
		i++
	}
	if i >= hi || !isCapWord(toks[i]) {
		return 0, 0
	}
	// No possessive inside: "a version of Sega's House of the Dead" names
	// its owner first.
	// The frame leaves no doubt, so a title may hold a known name or be
	// shaped like a person's ("her role in Vera Drake", "Hotel Rwanda"):
	// the whole of it known, or a country or demonym first, still vetoes
	// it ("his role in Iraq", "a role in Iraq Body Count").
	j := x.titleEnd(a, s, i, false)
	if j <= i || x.knownOrNationFirst(a, i, j) || !x.titleShaped(a, i, j, false, false) {
		return 0, 0
	}
	last := toks[j-1].Lower()
	if lexicon.EventHeads[last] {
		return 0, 0 // "his performance in the Davis Cup"
	}
	if appearVerbs[toks[k-1].Lower()] && x.gazInside(a, i, j) {
		return 0, 0 // "appeared in Leeds in May": one appears in places too, so no known name may be inside
	}
	a.tagSentence(s)
	if j < hi && (isPossessive(toks[j].Text) || toks[j].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && strings.HasPrefix(toks[j].Tag, "NN")) {
		return 0, 0
	}
	if j < hi && (toks[j].Text == "-" || toks[j].Text == "–") && toks[j].Start == toks[j-1].End {
		return 0, 0 // "appeared in the Bafta-winning drama X": a word of a compound
	}
	return i, j
}

// sharedRoles are parts in a work that firms, teams and bands have too
// ("Vera Drake star Imelda Staunton", "Chelsea star Frank Lampard",
// "Westlife star Brian McFadden", "Yukos director X"): a name before them
// is a work's title only where titleBeforeSharedRole allows.
var sharedRoles = lexicon.WordSet(`star director producer creator co-creator writer
	presenter author composer`)

// titleLeaders are capitalised words that may open a sentence before a
// title: they are no part of it ("With Vera Drake star X").
var titleLeaders = lexicon.WordSet(`the a an with and but for as at by from in on after
	before while when meanwhile`)

// titleBeforeSharedRole reads "Harry Potter director Alfonso Cuaron",
// "Mary Poppins star Dame Julie Andrews": a title right before a shared
// role noun at k, a person's name right after it. A person's name may
// stand as the title (characters name films), but not a name the
// gazetteer knows, a firm's or place's head word ("Regent Street
// Association director"), a plural ("Happy Mondays star", "Byrds
// producer": bands and teams), a single common word ("Veteran star",
// "Festival director") or a name after "former" or "ex-" (one leaves a
// band or a team, not a film). Firms are named so too ("Yukos director
// X"), so the story must speak of films, shows, books or records.
func (x *Extractor) titleBeforeSharedRole(a *analysis, s, k int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k-1 < lo || !isCapWord(toks[k-1]) || k+1 >= hi || !isCapWord(toks[k+1]) || toks[k+1].Flags&textseg.TPunct != 0 {
		return 0, 0
	}
	if k+2 < hi && isPossessive(toks[k+2].Text) {
		return 0, 0
	}
	i := titleStart(a, lo, k, false)
	for i < k && titleLeaders[toks[i].Lower()] {
		i++
	}
	if i >= k || !isCapWord(toks[i]) {
		return 0, 0
	}
	if p := i - 1; p >= lo && (toks[p].Lower() == "former" || toks[p].Lower() == "ex" || toks[p].Lower() == "ex-") {
		return 0, 0
	}
	last := toks[k-1].Text
	if strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") {
		return 0, 0
	}
	if k-i == 1 && lexicon.IsCommonWord(toks[i].Lower()) {
		return 0, 0
	}
	if x.knownOrNationFirst(a, i, k) || !x.titleShaped(a, i, k, false, false) {
		return 0, 0
	}
	if !a.speaksOfWorks() {
		return 0, 0
	}
	return i, k
}

// worksWords are words a story about films, shows, books or records uses.
var worksWords = lexicon.WordSet(`film films movie movies sitcom album albums novel novels
	screen cinema`)

// speaksOfWorks reports whether the document uses a word of worksWords.
func (a *analysis) speaksOfWorks() bool {
	for _, t := range a.tokens {
		if t.Flags&textseg.TPunct == 0 && worksWords[t.Lower()] {
			return true
		}
	}
	return false
}

// knownOrNationFirst reports whether toks[i:j] is a name the gazetteer
// knows or opens with a country or a demonym ("Iraq Body Count",
// "American Idol" is vetoed with them): where the frame leaves little
// doubt, a title may still hold a known name ("Hotel Rwanda", "Little
// Britain") or open with a small town's ("Vera Drake").
func (x *Extractor) knownOrNationFirst(a *analysis, i, j int) bool {
	if x.knownPrefix(a, i, j) {
		return true
	}
	first := textseg.Clean(a.tokens[i].Text)
	if e, ok := x.gaz.Lookup(first); ok && e.Type == "Country" {
		return true
	}
	_, ok := x.gaz.DemonymEntry(first)
	return ok
}

// storyNouns are ambiguous work nouns that people are no object of:
// "abortion drama Vera Drake" is a title shaped like a name, where "the
// game Andre Nzame won" is a person.
var storyNouns = lexicon.WordSet(`comedy drama`)

// ownedWorkNouns are ambiguous work nouns that a capitalised owner may
// modify ("BBC series Ballykissangel", "ITV drama Footballers' Wives").
var ownedWorkNouns = lexicon.WordSet(`comedy drama series show`)

// compoundModifier reports whether the word right before the noun at k
// modifies it in a compound: a lower-case noun or adjective that is no
// determiner, number or verb ("talent show", "quirky comedy"), or a
// capitalised medium ("TV drama", "BBC comedy" is left to the owner).
func (x *Extractor) compoundModifier(a *analysis, s, k int) bool {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	if k-1 < lo {
		return false
	}
	p := toks[k-1]
	w := p.Lower()
	if workNounModifiers[w] {
		return true
	}
	if p.Flags&(textseg.TPunct|textseg.TDigit) != 0 || notWorkBefore[w] || titleDeterminers[w] || isPossessive(w) {
		return false
	}
	if p.Flags&(textseg.TCap|textseg.TUpper) != 0 {
		// "Quirky comedy Sideways" opens a sentence; "BBC series X",
		// "ITV drama X" name a broadcaster, but "Chelsea game Arsenal"
		// no work, so only the story nouns and shows take an owner.
		return k-1 == lo || isOpener(toks[max(k-2, lo)], p) || ownedWorkNouns[toks[k].Lower()]
	}
	return p.Tag == "NN" || p.Tag == "NNS" || p.Tag == "JJ"
}

// determinedAcross reports a determiner or possessive among the three
// words before k, across capitalised modifiers ("the Dreamworks hit",
// "the US horror hit"), with no mark or verb between.
func determinedAcross(a *analysis, lo, k int) bool {
	toks := a.tokens
	for p := k - 1; p >= lo && p >= k-3; p-- {
		w := toks[p].Lower()
		if titleDeterminers[w] && w != "a" && w != "an" || isPossessive(w) {
			return true
		}
		if toks[p].Flags&textseg.TPunct != 0 || strings.HasPrefix(toks[p].Tag, "VB") || toks[p].Tag == "MD" {
			return false
		}
	}
	return false
}
