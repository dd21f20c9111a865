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
//	Empire magazine, Western Mail newspaper   a publication noun after it
func (x *Extractor) orgCue(a *analysis, s, i, j int) bool {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	lower := func(k int) bool {
		return k >= lo && k < hi && toks[k].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) == 0
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
// shareholders", "ABN Amro's chief executive". Sales, earnings and stakes
// are left out: artists have sales, players earnings, owners stakes.
var firmPossessions = lexicon.WordSet(`profits profit shareholders subsidiary
	subsidiaries pre-tax`)

// firmPossessionPairs are two-word possessions of the same kind.
var firmPossessionPairs = map[string]bool{"chief executive": true, "parent company": true,
	"share price": true, "market share": true, "board members": true}

// apposedFirmNouns head an apposition that says what a named firm is:
// "ABN Amro, the Netherlands' largest bank, ...". Besides the firm nouns
// proper, "maker", "group", "label" and "studio" stand after a company
// in apposition; nouns that also describe people ("broadcaster",
// "publisher", "developer") are left out.
var apposedFirmNouns = lexicon.WordSet(`maker manufacturer group label studio bookmaker`)

// apposedStops are the lower-case words that end an apposition's noun
// phrase before its head: after a preposition the noun belongs to
// another phrase ("an analyst at research firm X", "the chairman of
// Spain's most powerful bank").
var apposedStops = lexicon.WordSet(`of at with for in from by to behind and or who which that`)

// orgsByContext retypes a name guessed a person only from its shape or
// a first name as an organisation when the sentence around one of its
// mentions says a firm or group bears it:
//
//	Sony Ericsson's profits tripled        a firm's possession after it
//	shares in Laura Ashley, Jarvis shares   a holding in it
//	ABN Amro, the Netherlands' largest bank, ...   a firm noun in apposition
//	Duran Duran are to appear ...          a plural verb after it, opening the sentence
//	said Jason Daw at Merrill Lynch        a person named in full "at" or "of" it
//
// A name the article marks as a person (an honorific or a title) keeps
// its type, and every bare mention of the name, or of a longer name
// ending in it, follows the one retyped.
func (a *analysis) orgsByContext() {
	ms := a.ments
	for k := range ms {
		m := &ms[k]
		if m.kind != MentionName || m.typ != Person || m.strong || m.canon != "" || m.honor != "" || len(m.titleWords) > 0 || m.hidden {
			continue
		}
		if !a.firmPossession(m) && !a.holdingIn(m) && !a.apposedFirm(m) && !a.pluralOpening(m) && !a.personsEmployer(m) {
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
				o.typ, o.strong, o.firstName, o.gender = Organization, true, false, 0
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
