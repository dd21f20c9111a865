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
//	band Snow Patrol, group The Bravery   a music act's noun right before
//	economist at Global Insight      "at" after a staff noun
//	Nationwide economist Alex Bannister   a staff noun, then a name
//	shares in Bombardier, Sharp shares   a holding in it
//	president of Exhibitor Relations     the head of a body, then "of"
//	Empire magazine, Western Mail newspaper   a publication noun after it
func (x *Extractor) orgCue(a *analysis, s, i, j int) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	lower := func(k int) bool {
		return k >= lo && k < hi && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0
	}
	// A name a class noun lists is a body ("publications such as
	// Lantern", "Silver Comet and Quiet Storm are among the acts"),
	// though a list joins names with "and".
	if _, ok := a.classListStarts(s)[i]; ok {
		return true
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
	// A music act's name is as often common words ("band Snow Patrol",
	// "pop act Black Eyed Peas"), and the article its name opens with
	// may stand between ("rock group The Bravery"). A number after the
	// run goes on with the name ("band Maroon 5"): better none than half.
	d := i - 1
	if d > lo && toks[d].Text == "The" {
		d--
	}
	if lower(d) && (actNouns[toks[d].Text] || toks[d].Text == "act" || d < i-1 && lexicon.OrgDescriptors[toks[d].Text]) {
		return j >= hi || toks[j].Flags&textseg.TDigit == 0
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
	if bodyHeadOf(toks, lower, i) {
		return true // entities_typing_slots.go: "president of Exhibitor Relations"
	}
	// A reporter's outlet stands alone after "told" at the end of the
	// speech ("Collins told Radio Five Live.", "he told Morning Star
	// that ..."): a person told so would be named by a full name, not
	// common words.
	if toldOutlet(toks, lower, i, j, hi) {
		return true
	}
	// An act named in common words after its own "The" owns records
	// somewhere in the document ("The Killers' album Hot Fuss", "The
	// Streets' record label"): it is the act at every mention
	// ("Jamelia and The Streets").
	if i-1 >= lo && toks[i-1].Text == "The" && theActRecord(a.doc.Text, "The "+a.doc.Text[toks[i].Start:toks[j-1].End]) {
		return true
	}
	// A party is as often named in common words ("Renaissance", "Law
	// and Justice"), and a political qualifier before the run with a
	// lower-case "party" after it says which it is ("the ruling
	// Renaissance party", "whose Renaissance party"); a bare "X
	// party" may be a celebration ("a Christmas party").
	if lower(j) && toks[j].Text == "party" && lower(i-1) && partyQualifiers[toks[i-1].Lower()] {
		return true
	}
	// A publication's title is as often common words as a work's, and
	// the noun after it says which it is ("Entertainment Weekly
	// magazine", "Saturday's Western Mail newspaper"); GOLD.md counts a
	// publication as an organisation.
	return lower(j) && lexicon.PublicationNouns[toks[j].Lower()]
}

// partyQualifiers before "NAME party" make the party a political one.
var partyQualifiers = lexicon.WordSet(`ruling governing opposition own whose
	centrist nationalist populist conservative liberal socialist
	left-wing right-wing far-right far-left centre-right centre-left`)

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

// firmPossessions are what a firm has and a person does not, written
// after the firm's possessive: "Sony Ericsson's profits", "Tate's
// shareholders", "Tate's shares have leapt", "ABN Amro's board",
// "ABN Amro's chief executive". Sales, earnings and stakes are left out:
// artists have sales, players earnings, owners stakes. An investor has
// shares too ("Mr Glazer's shares"), which usedAsPerson catches by the
// honorific the story gives him.
var firmPossessions = lexicon.WordSet(`profits profit shareholders subsidiary
	subsidiaries pre-tax shares board directors chairman`)

// firmPossessionPairs are two-word possessions of the same kind.
var firmPossessionPairs = map[string]bool{"chief executive": true, "parent company": true,
	"share price": true, "market share": true, "board members": true}

// apposedFirmNouns head an apposition that says what a named firm is:
// "ABN Amro, the Netherlands' largest bank, ...". Besides the firm nouns
// proper, "maker", "group", "label" and "studio" stand after a company
// in apposition, and "organisation" after any body ("Sendero Luminoso, a
// Peruvian terrorist organization,"); nouns that also describe people
// ("broadcaster", "publisher", "developer") are left out.
var apposedFirmNouns = lexicon.WordSet(`maker manufacturer group label studio bookmaker
	organization organisation`)

// apposedStops are the lower-case words that end an apposition's noun
// phrase before its head: after a preposition the noun belongs to
// another phrase ("an analyst at research firm X", "the chairman of
// Spain's most powerful bank").
var apposedStops = lexicon.WordSet(`of at with for in from by to behind and or who which that`)

// personByShapeOnly reports a name mention typed Person only from the
// shape of its words: no gazetteer name, honorific or title, not strong
// and not hidden. Only such a name may be retyped by the context cues
// below (orgsByContext, bandsByNoun, orgsAfterStaffRoles,
// orgsInSpeakerSlots); a person the text marks as one stays one.
func (m *mention) personByShapeOnly() bool {
	return m.kind == MentionName && m.typ == Person && !m.strong && m.canon == "" &&
		m.honor == "" && len(m.titleWords) == 0 && !m.hidden
}

// makeOrganization retypes a mention as an organisation for good: strong,
// so later person cues leave it, and without the person's first-name and
// gender marks, which would bind pronouns to it.
func (o *mention) makeOrganization() {
	o.typ, o.strong, o.firstName, o.gender = Organization, true, false, 0
}

// retypeNameAsOrganization makes every bare mention of surface that is
// still typed Person an organisation: one name split over two types
// would make two entities ("Viotti, director of La Fenice ... At La
// Fenice Viotti was ...").
func (a *analysis) retypeNameAsOrganization(surface string) {
	for i := range a.ments {
		if o := &a.ments[i]; o.kind == MentionName && o.typ == Person && o.surface == surface && o.canon == "" {
			o.makeOrganization()
		}
	}
}

// orgsByContext retypes a name guessed a person only from its shape or
// a first name as an organisation when the sentence around one of its
// mentions says a firm or group bears it:
//
//	Sony Ericsson's profits tripled        a firm's possession after it
//	shares in Laura Ashley, Jarvis shares   a holding in it
//	ABN Amro, the Netherlands' largest bank, ...   a firm noun in apposition
//	Duran Duran are to appear ...          a plural verb after it, opening the sentence
//	said Jason Daw at Merrill Lynch        a person named in full "at" or "of" it
//	ABN Amro chief Asian strategist Eddie Wong   a staff title, then a person named in full
//	technology giant Hewlett Packard, analysts Jupiter Research   a firm's epithet before it
//	Citigroup, Merrill Lynch and Credit Suisse   listed among firms
//
// A name the article marks as a person (an honorific or a title) keeps
// its type, and every bare mention of the name, or of a longer name
// ending in it, follows the one retyped.
func (a *analysis) orgsByContext() {
	a.centreBodies()       // entities_typing_context.go: "the Centre for Policy Research"
	a.orgsInSpeakerSlots() // entities_typing_slots.go: "a spokeswoman for Hanover Re"
	a.personNamedVenues()  // entities_typing_venues.go: "a dinner at the Waldorf Astoria"
	ms := a.ments
	for k := range ms {
		m := &ms[k]
		if !m.personByShapeOnly() {
			continue
		}
		if !a.firmPossession(m) && !a.holdingIn(m) && !a.apposedFirm(m) && !a.pluralOpening(m) && !a.personsEmployer(m) && !a.staffEmployer(m) &&
			!a.firmDescribedBefore(m) && !a.bodyNounBefore(m) && !a.listedAmongFirms(m) { // entities_typing_descriptors.go, entities_typing_lists.go
			continue
		}
		if a.usedAsPerson(k, false) {
			continue
		}
		// A longer name ending in this one is the same body under its
		// full name ("Hapoel Bnei Sakhnin ... Bnei Sakhnin are").
		for i := range ms {
			o := &ms[i]
			if o.kind == MentionName && o.typ == Person && o.canon == "" && (o.surface == m.surface || strings.HasSuffix(o.surface, " "+m.surface)) {
				o.makeOrganization()
			}
		}
	}
}

// personsEmployer reports whether a person named in full stands right
// before "at" or "of" (a comma allowed between) and m: "said Jason Daw at
// Merrill Lynch", "Mike Powell of Dresdner Kleinwort Wasserstein". A
// person is at or of a firm, a place or a body, never another person; a
// place after it is typed so already, and this reads only names left
// Person by their shape. "at the Olivier" (a theatre, an award) is left
// out by the determiner.
func (a *analysis) personsEmployer(m *mention) bool {
	p := m.t0 - 1
	lo := a.sentTokens[m.sent].Start
	if p-1 < lo {
		return false
	}
	if w := a.tokens[p].Lower(); w != "at" && w != "of" {
		return false
	}
	p--
	if a.tokens[p].Text == "," {
		p--
	}
	if p < lo {
		return false
	}
	n := a.nameEndingAt(p)
	return n != nil && n != m && n.typ == Person && n.t1-n.t0 >= 2 && (n.firstName || n.strong)
}

// A name modifying a staff title that a person's full name follows is
// the body employing that person: "ABN Amro chief Asian strategist Eddie
// Wong", "Rabobank senior economist Ann Lee". English puts a person's
// name before another's job only with a possessive ("Blair's adviser"),
// so a bare two-word name read as first name and surname there is a
// firm. The name must open with no known first name ("Gordon Brown
// aide" stays a person) and the title must end in a staff noun, with only
// grade, function and region words before it.

// staffTitleHeads end a staff title after an employer's name: "chief
// Asian strategist", "senior economist", "head of research" is left out
// (an "of" phrase names its own body).
var staffTitleHeads = lexicon.RoleClass("staff-title")

// staffTitleWords may stand before the head inside such a title, in lower
// case ("chief", "senior", "market") or capitalised as region adjectives
// ("Asian", "European"); a first name among them would be a new name.
var staffTitleWords = lexicon.WordSet(`chief senior junior lead head principal
	deputy managing group global international regional market markets equity
	equities currency fixed-income bond credit investment research
	asian european african american pacific asia-pacific latin emerging-markets`)

// staffEmployer reports whether m is followed by a staff title and a
// person named in full ("ABN Amro chief Asian strategist Eddie Wong").
func (a *analysis) staffEmployer(m *mention) bool {
	if m.firstName || m.t1-m.t0 < 2 {
		return false
	}
	s := m.sent
	hi := a.sentTokens[s].End
	k := m.t1
	for ; k < hi && k < m.t1+4; k++ {
		w := a.tokens[k].Lower()
		if !staffTitleWords[w] || a.tokens[k].Flags&textseg.TCap != 0 && !regionAdjectives[w] {
			break
		}
	}
	if k >= hi || !a.lowerAt(s, k) || !staffTitleHeads[a.tokens[k].Lower()] {
		return false
	}
	n := a.nameStartingAt(k + 1)
	return n != nil && n != m && n.typ == Person && n.t1-n.t0 >= 2 && (n.firstName || n.strong)
}

// regionAdjectives are the staff title words written capitalised.
var regionAdjectives = lexicon.WordSet(`asian european african american pacific
	asia-pacific latin`)

// lowerAt reports whether token k lies in sentence s and is a lower-case
// word.
func (a *analysis) lowerAt(s, k int) bool {
	return k >= a.sentTokens[s].Start && k < a.sentTokens[s].End &&
		a.tokens[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0
}

// firmPossession reports whether m's possessive is followed by a firm's
// possession ("Sony Ericsson's profits", "Tate's chief executive").
func (a *analysis) firmPossession(m *mention) bool {
	p := m.t1
	if p >= a.sentTokens[m.sent].End || !isPossessive(a.tokens[p].Text) || !a.lowerAt(m.sent, p+1) {
		return false
	}
	w := a.tokens[p+1].Lower()
	if firmPossessions[w] {
		return true
	}
	return a.lowerAt(m.sent, p+2) && firmPossessionPairs[w+" "+a.tokens[p+2].Lower()]
}

// holdingIn reports whether a holding noun and "in" stand right before m
// ("shares in Jarvis") or "shares" right after it ("Jarvis shares fell").
func (a *analysis) holdingIn(m *mention) bool {
	s, i := m.sent, m.t0
	if a.lowerAt(s, i-1) && a.tokens[i-1].Text == "in" && a.lowerAt(s, i-2) && lexicon.OrgHoldings[a.tokens[i-2].Lower()] {
		return true
	}
	return a.lowerAt(s, m.t1) && (a.tokens[m.t1].Text == "shares" || a.tokens[m.t1].Text == "shareholders")
}

// apposedFirm reports whether an apposition right after m is headed by a
// firm noun: "ABN Amro, the Netherlands' largest bank, is ...", "NM
// Rothschild, the investment bank, is advising". The head must end the
// apposition (a comma or the sentence's end after it) and no
// preposition may come before it.
func (a *analysis) apposedFirm(m *mention) bool {
	s := m.sent
	hi := a.sentTokens[s].End
	k := m.t1
	if k+2 >= hi || a.tokens[k].Text != "," {
		return false
	}
	if d := a.tokens[k+1].Lower(); d != "the" && d != "a" && d != "an" {
		return false
	}
	for e := k + 2; e < hi && e < k+9; e++ {
		t := a.tokens[e]
		w := t.Lower()
		if t.Flags&textseg.TPunct != 0 && !isPossessive(t.Text) && t.Text != "'" && t.Text != "’" && t.Text != "-" {
			return false
		}
		if apposedStops[w] {
			return false
		}
		if a.lowerAt(s, e) && (lexicon.FirmNouns[w] || apposedFirmNouns[w]) {
			return e+1 >= hi || a.tokens[e+1].Text == "," || a.tokens[e+1].Text == "."
		}
	}
	return false
}

// pluralOpening reports whether m opens its sentence and a plural verb
// follows it at once ("Duran Duran are to appear", "Roxy Music were
// formed in 1971"): one person takes "is", "was", "has".
func (a *analysis) pluralOpening(m *mention) bool {
	if m.t0 != a.sentTokens[m.sent].Start || !a.lowerAt(m.sent, m.t1) {
		return false
	}
	switch a.tokens[m.t1].Text {
	case "are", "were", "have":
		return true
	}
	return false
}

// theActRecord reports whether text gives the act name, a plural, a
// record of its own after its bare apostrophe. A singular's "'s" is left
// out: "The Aviator's" is as often a film's, and a rapper named "The
// Game" would be typed an organisation.
func theActRecord(text, name string) bool {
	for _, r := range []string{"' album", "' new album", "' debut", "' single", "' new single", "' record label", "' latest"} {
		if strings.Contains(text, name+r) {
			return true
		}
	}
	return false
}

// classListNouns are plural nouns of bodies that name their members in a
// list after "such as", "like" or "including", or before "are among the":
//
//	trade publications such as Lantern, services such as Beacon
//	famous stores like Harlow's and Penfold's
//	Silver Comet and Quiet Storm were among the headline bands
//
// Every name so listed is a body of that class ("Hearst patterns"), even
// when it is made of common words that would otherwise stand for a title
// or emphasis. Classes that list people too ("artists", "rivals",
// "developers", "publishers") and those that list things or places
// ("services", "titles", "sites", "brands", "stations": railway
// stations as often as radio ones) are left out; "acts" lists
// solo singers as well, so it is in actClassNouns, which retype no name
// guessed a person.
var classListNouns = lexicon.WordSet(`companies firms groups banks lenders
	insurers airlines carriers retailers chains stores supermarkets
	broadcasters channels newspapers papers magazines
	publications tabloids labels studios bookmakers charities agencies
	organisations organizations unions consortiums conglomerates bands
	outfits websites providers operators manufacturers carmakers
	giants`)

// actClassNouns list music acts, which are bands or solo singers: a name
// typed a person stays one ("acts such as Usher and Silver Comet").
var actClassNouns = lexicon.WordSet(`acts headliners`)

// classListIntros join a class noun to the list of its members after it.
var classListIntros = map[string]bool{"such as": true, "like": true, "including": true}

// classListStarts returns the first tokens of the capitalised runs that a
// class noun of sentence s lists (classListNouns, actClassNouns), each
// mapped to whether the noun lists music acts. A run may open with its
// own "The"; both "The" and the word after it are marked.
func (a *analysis) classListStarts(s int) map[int]bool {
	r := a.sentTokens[s]
	var starts map[int]bool
	for k := r.Start; k < r.End; k++ {
		w := a.tokens[k].Text
		acts := actClassNouns[w]
		if !classListNouns[w] && !acts || !a.lowerAt(s, k) {
			continue
		}
		var runs []int
		switch {
		case k+2 < r.End && a.tokens[k+1].Text == "such" && a.tokens[k+2].Text == "as":
			runs = a.runsListedAfter(s, k+3)
		case k+1 < r.End && classListIntros[a.tokens[k+1].Text]:
			runs = a.runsListedAfter(s, k+2)
		default:
			runs = a.runsListedBeforeAmong(s, k)
		}
		for _, t := range runs {
			if starts == nil {
				starts = map[int]bool{}
			}
			starts[t] = starts[t] || acts
			if a.tokens[t].Text == "The" || a.tokens[t].Text == "the" {
				starts[t+1] = starts[t+1] || acts
			}
		}
	}
	return starts
}

// runEnd returns the end of the capitalised run starting at token t of
// sentence s (t itself when none starts there). A lower-case "the"
// opens a run that a capitalised word follows.
func (a *analysis) runEnd(s, t int) int {
	hi := a.sentTokens[s].End
	e := t
	if e < hi && a.tokens[e].Text == "the" && e+1 < hi && isCapWord(a.tokens[e+1]) {
		e++
	}
	for e < hi && (isCapWord(a.tokens[e]) || a.tokens[e].Flags&textseg.TDigit != 0 && e > t) {
		e++
	}
	if e == t || a.tokens[e-1].Text == "the" {
		return t
	}
	return e
}

// runsListedAfter reads the capitalised runs listed from token p of
// sentence s on, each perhaps with its own "the" and a possessive "'s" (a
// store's name), joined by commas, "and" or "or": "Harlow's, Penfold's
// and Crane's". It stops at the first token that neither names nor
// joins. A run followed by an apostrophe is the start of a longer name
// ("Dunkin' Donuts"), and "and the" may join two halves of one name ("Echo
// and the Bunnymen"): either ends the list without the run before it.
func (a *analysis) runsListedAfter(s, p int) []int {
	hi := a.sentTokens[s].End
	var runs []int
	for p < hi {
		e := a.runEnd(s, p)
		if e == p {
			break
		}
		q := e
		if q < hi && (a.tokens[q].Text == "'s" || a.tokens[q].Text == "’s") {
			q++
		}
		if q < hi && (a.tokens[q].Text == "'" || a.tokens[q].Text == "’") {
			break
		}
		runs = append(runs, p)
		joined := false
		if q < hi && a.tokens[q].Text == "," {
			q, joined = q+1, true
		}
		if q < hi && (a.tokens[q].Text == "and" || a.tokens[q].Text == "or") {
			if q+1 < hi && a.tokens[q+1].Text == "the" {
				return runs[:len(runs)-1]
			}
			q, joined = q+1, true
		}
		if !joined {
			break // nothing joins the run to a next one
		}
		p = q
	}
	return runs
}

// runsListedBeforeAmong reads the capitalised runs listed before "are
// (also) among the ... NOUN" whose class noun is token k ("Silver Comet
// and Quiet Storm were among the headline acts"); at most two lower-case
// words stand between "the" and the noun, and the noun must end its
// phrase.
func (a *analysis) runsListedBeforeAmong(s, k int) []int {
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if k+1 < hi {
		if n := a.tokens[k+1].Lower(); isPossessive(n) || n == "of" || strings.HasSuffix(n, "ing") {
			return nil // "among the acts' managers", "among the bands playing"
		}
	}
	d := k - 1
	for d > lo && a.tokens[d].Text != "the" && k-d <= 3 && a.lowerAt(s, d) {
		d--
	}
	if d-2 < lo || a.tokens[d].Text != "the" || a.tokens[d-1].Text != "among" {
		return nil
	}
	v := d - 2
	if w := a.tokens[v].Text; w == "also" || w == "all" || w == "both" {
		v--
	}
	if v <= lo || a.tokens[v].Text != "are" && a.tokens[v].Text != "were" {
		return nil
	}
	// Walk back over runs and joiners to the list's first run.
	var runs []int
	for p := v; p > lo; {
		b := p
		for b > lo && (isCapWord(a.tokens[b-1]) || a.tokens[b-1].Flags&textseg.TDigit != 0 && b == p) {
			b--
		}
		if b == p {
			break
		}
		if b > lo && a.tokens[b-1].Text == "the" {
			b--
		}
		runs = append(runs, b)
		q := b
		if q > lo && (a.tokens[q-1].Text == "and" || a.tokens[q-1].Text == "or") {
			q--
		}
		if q > lo && a.tokens[q-1].Text == "," {
			q--
		}
		if q == b {
			break
		}
		p = q
	}
	return runs
}

// orgsInClassLists types as organisations the name mentions a class noun
// lists (classListStarts): "publications such as Lantern", "stores like
// Harlow's, Penfold's and Crane's", "Silver Comet and Quiet Storm are
// among the acts". A name the gazetteer knows, or one marked a person (a
// first name, an honorific, a title, or any person guess in a list of
// acts), keeps its type; every other mention of a retyped name follows
// it.
func (a *analysis) orgsInClassLists() {
	retype := map[string]bool{}
	for s := range a.sentTokens {
		starts := a.classListStarts(s)
		if starts == nil {
			continue
		}
		for i := range a.ments {
			m := &a.ments[i]
			if acts, ok := starts[m.t0]; ok && m.sent == s && classListMember(m, acts) {
				retype[m.surface] = true
			}
		}
	}
	if len(retype) == 0 {
		return
	}
	for i := range a.ments {
		m := &a.ments[i]
		if retype[m.surface] && m.kind == MentionName && m.canon == "" && (m.typ == "" || m.typ == Organization || m.typ == Person && !m.strong && !m.firstName && m.honor == "" && len(m.titleWords) == 0) {
			m.typ, m.strong, m.alone, m.firstName, m.gender = Organization, true, false, false, 0
		}
	}
}

// possessiveFirmNames types as bodies the names that close on their own
// "'s" with no noun after it where a body is cued: listed by a class
// noun ("stores like Bloomingdale's and Marshall Field's") or after a
// firm's noun ("the car website Parker's"). A possessive that owns
// nothing is the name of a shop or firm called after its founder, so the
// name is retyped even where the gazetteer knows a town ("Bloomingdale")
// or a first name opens it ("Marshall"), and keeps its "'s" (possName).
// "Blair's speech", "the website's owner" own a noun and are left alone.
func (a *analysis) possessiveFirmNames() {
	// One pass over the mentions (sorted by start, so a sentence's come
	// together), the class lists read once per sentence that holds a
	// listed possessive: a loop over every mention for every sentence
	// was quadratic in the length of the text.
	poss := map[string]bool{}
	var starts map[int]bool
	cur := -1
	for i := range a.ments {
		m := &a.ments[i]
		if !a.possListed(m) {
			continue
		}
		s := m.sent
		if s != cur {
			cur, starts = s, a.classListStarts(s)
		}
		if acts, ok := starts[m.t0]; ok && !acts || a.firmNounBefore(m) || a.lowerAt(s, m.t0-1) && possFirmNouns[a.tokens[m.t0-1].Text] {
			poss[m.surface] = true
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if poss[m.surface] && m.kind == MentionName && m.honor == "" && len(m.titleWords) == 0 {
			m.typ, m.strong, m.alone, m.firstName, m.gender, m.canon = Organization, true, false, false, 0, ""
			m.possName = m.t1 < len(a.tokens) && isPossessive(a.tokens[m.t1].Text)
		}
	}
}

// possFirmNouns name, right before it, a shop or house often called after
// its founder ("department store Bloomingdale's", "restaurant Simpson's");
// before a bare name they say less than the firm nouns proper
// (lexicon.FirmNouns), so they count only with the "'s".
var possFirmNouns = lexicon.WordSet(`store restaurant`)

// possListed reports whether a listed name mention is closed by its own
// "'s" (no space) and the listed item ends there: a comma, "and", "or",
// the sentence's end, its punctuation or a verb (possNameFollowers)
// follows, never a noun the
// possessive would own ("stores like Harlow's shoe brand").
func (a *analysis) possListed(m *mention) bool {
	if m.kind != MentionName || m.hidden || m.honor != "" || len(m.titleWords) != 0 {
		return false
	}
	t := m.t1
	if t >= len(a.tokens) || a.tokens[t].Text != "'s" && a.tokens[t].Text != "’s" || a.tokens[t].Start != m.End {
		return false
	}
	t++
	if t >= a.sentTokens[m.sent].End {
		return true
	}
	n := a.tokens[t]
	return possNameFollowers[n.Lower()] || n.Flags&textseg.TPunct != 0 && n.Text != "-" && n.Text != "&"
}

// classListMember reports whether a listed name may be retyped an
// organisation: a name with no type yet or a bare guess at a person (no
// first name, honorific or title), and in a list of acts only a name
// with no type.
func classListMember(m *mention, acts bool) bool {
	if m.kind != MentionName || m.hidden || m.canon != "" {
		return false
	}
	switch m.typ {
	case "", Organization:
		return true
	case Person:
		return !acts && !m.strong && !m.firstName && m.honor == "" && len(m.titleWords) == 0
	}
	return false
}

// toldOutletEnds may follow an outlet told a story: the sentence's end,
// a comma or colon, or "that" opening what was said.
var toldOutletEnds = map[string]bool{".": true, ",": true, ":": true, "that": true}

// toldOutlet reports whether the run toks[i:j] stands right after a
// lower-case "told" (a "the" allowed between) and before the end of the
// telling ("told Radio Five Live.", "told the Morning Star that"). lower
// reports whether a token of the sentence is a lower-case word; hi is the
// sentence's end.
func toldOutlet(toks []textseg.Token, lower func(int) bool, i, j, hi int) bool {
	p := i - 1
	if lower(p) && toks[p].Text == "the" {
		p--
	}
	if !lower(p) || toks[p].Text != "told" {
		return false
	}
	return j >= hi || toldOutletEnds[toks[j].Text]
}
