package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A firm's name followed by a region or body word names one of its
// arms: "Lycos Europe", "Nortel Networks", "Vivendi Universal", "MTV
// Asia". Two capitalised words with no head word of a firm are read by
// the name rules as a person's first name and surname, so these arms
// were typed Person and carried facts as people. The firm must be known
// to the gazetteer as an organisation (and not ambiguous, "Ford", "Dell")
// or stand alone elsewhere in the document and be no place, demonym or
// English word ("Eastern Europe", "Latin America"), and a regional arm
// must be named before its parent stands alone; the pair must stand alone (no capitalised word on either side) and the
// firm's word must be no first name.

// subsidiaryWords end the name of a firm's regional arm or division.
var subsidiaryWords = lexicon.WordSet(`europe asia america americas africa uk international
	networks network universal group holdings pictures records entertainment communications
	technologies systems studios interactive media broadcasting telecom capital
	motor motors electric electronics power energy financial airlines airways petroleum oil
	pharmaceuticals insurance`)

// regionWords among them name a regional arm, a body of its own beside
// the parent ("Nintendo Europe" beside "Nintendo"); the other words end
// the firm's own full name ("Nortel Networks" is Nortel).
var regionWords = lexicon.WordSet(`europe asia america americas africa uk`)

// firmArm returns the end of a firm's arm ("Lycos Europe") starting at
// token i of sentence s, or i.
func (x *Extractor) firmArm(a *analysis, s, i int) int {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	j := i + 2
	if j > hi || !isCapWord(toks[i]) || !isCapWord(toks[i+1]) || !subsidiaryWords[toks[i+1].Lower()] {
		return i
	}
	if i > lo && isCapWord(toks[i-1]) && !capArticle(toks[i-1].Text) || j < hi && isCapWord(toks[j]) {
		return i
	}
	if _, ok := x.names[toks[i].Lower()]; ok {
		return i
	}
	if e, ok := x.gaz.Lookup(toks[i].Text); ok {
		if e.Type == "Organization" && !e.Ambiguous {
			return j
		}
		return i // "Kazakhstan Asia", "Orange Group" when the firm is also a word
	}
	if _, ok := x.gaz.DemonymEntry(toks[i].Text); ok || lexicon.IsCommonWord(toks[i].Lower()) {
		return i // "Eastern Europe", "Latin America", "British Telecom"
	}
	first, ok := firstAlone(a, i)
	if !ok {
		return i
	}
	if regionWords[toks[i+1].Lower()] && first < a.firstOf(i, j) {
		// A lone "Nintendo" named before "Nintendo Europe" is the parent
		// firm, which the short-form rule would join to the arm.
		return i
	}
	return j
}

// firstOf returns the first token at which toks[i:j] occurs in the
// document.
func (a *analysis) firstOf(i, j int) int {
	toks := a.tokens
	key, n := tokenKey(toks[i:j]), j-i
	for p := 0; p+n <= len(toks); p++ {
		if toks[p].Text == toks[i].Text && tokenKey(toks[p:p+n]) == key {
			return p
		}
	}
	return i
}

// firstAlone returns the first token at which the word at token i
// stands alone (no capitalised word touching it) elsewhere in the
// document, as the firm's short name does ("Lycos Europe ... Lycos
// said"), and whether there is one.
func firstAlone(a *analysis, i int) (int, bool) {
	toks := a.tokens
	for p := range toks {
		if p == i || toks[p].Text != toks[i].Text {
			continue
		}
		if p > 0 && isCapWord(toks[p-1]) && !capArticle(toks[p-1].Text) || p+1 < len(toks) && isCapWord(toks[p+1]) {
			continue
		}
		return p, true
	}
	return 0, false
}

// addFirmArm records the arm toks[i:j] as an organisation's name.
func addFirmArm(a *analysis, s, i, j int) int {
	return a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization, strong: true})
}

// A known product after its maker's name ("Sony Walkman", "Microsoft
// Xbox", "Nintendo GameBoy") is the maker's product: the maker is the
// firm and the product no entity (see productNames). Left whole, the two
// capitalised words were typed as a person ("Sony Walkman") and carried
// facts as one. The maker must be a firm by firmArm's checks.

// firmProduct returns the end of the maker's name and of the product
// after it ("Sony" and "Sony Walkman") starting at token i of sentence
// s, or i, i.
func (x *Extractor) firmProduct(a *analysis, s, i int) (int, int) {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i+1 >= hi || !isCapWord(toks[i]) || !isCapWord(toks[i+1]) {
		return i, i
	}
	if i > lo && isCapWord(toks[i-1]) && !capArticle(toks[i-1].Text) {
		return i, i
	}
	end := i
	for n := min(productMax, hi-i-1); n >= 1; n-- {
		if i+1+n < hi && isCapWord(toks[i+1+n]) {
			continue
		}
		if productNames[tokenKey(toks[i+1:i+1+n])] {
			end = i + 1 + n
			break
		}
	}
	if end == i || !x.firmWord(a, i) {
		return i, i
	}
	return i + 1, end
}

// firmWord reports whether the word at token i is a firm's name: an
// unambiguous gazetteer organisation, or a word that stands alone
// elsewhere in the document and is no place, demonym, English word or
// first name.
func (x *Extractor) firmWord(a *analysis, i int) bool {
	w := a.tokens[i]
	if _, ok := x.names[w.Lower()]; ok {
		return false
	}
	if e, ok := x.gaz.Lookup(w.Text); ok {
		return e.Type == "Organization" && !e.Ambiguous
	}
	if _, ok := x.gaz.DemonymEntry(w.Text); ok || lexicon.IsCommonWord(w.Lower()) {
		return false
	}
	_, ok := firstAlone(a, i)
	return ok
}

// A run of two or more capitalised words opening with a firm's name that
// is no first name ("Pernod Ricard", "Lockheed Martin", "Sony Ericsson",
// "Nasdaq Stock Market") is the firm's full name, an arm or one of its
// products, never a person's name; with no head word the default rule
// read the pair as a first name and surname. Such a run is typed
// Organization: right for the firms, and a product ("Microsoft Outlook")
// is no entity of GOLD.md's types either way. The firm must be an
// unambiguous gazetteer organisation: a word that merely stands alone
// elsewhere may be a surname used alone ("Saddam").

// firmOpened reports whether token t is such a firm's name.
func (x *Extractor) firmOpened(t textseg.Token) bool {
	if _, ok := x.names[t.Lower()]; ok {
		return false
	}
	e, ok := x.gaz.Lookup(t.Text)
	return ok && e.Type == "Organization" && !e.Ambiguous
}

// A business group or consortium is often named by its owner's word and
// a lower-case "group" or "consortium" after "the" ("the Tata group",
// "the Phoenix consortium", "the Chrysler group"). Alone, the owner's
// word is read as a town ("Tata", "Phoenix") or a person ("Chrysler");
// the group noun says it is a firm's, so the name is typed
// Organization. The noun stays out of the name: the same firm is named
// without it elsewhere ("Tata said"), and the rules that read "the chief
// executive of the X group" name X.
//
// Not taken: a demonym, country, region or unambiguous city before the
// noun, which says where a group is from ("the German group", "the
// Leeds group"); a name or "of" after it, which says which group ("the
// Leeds group Kaiser Chiefs", "the Paris Club group of creditors"); a
// common word alone, which as often names what the group makes ("the
// Cell consortium" builds the Cell chip) or is title case ("The
// Research group"); a firm the text knows by another name, a gazetteer
// organisation ("the BMW group") or a word opening a longer name
// elsewhere ("Mitsubishi Motors ... the Mitsubishi group"); an acronym
// ("the EPP group" is the European People's Party's); three words, a
// full name already ("the Reporters Without Borders group"); and a run
// ending in a plural common noun, a music act or a squad ("the Rip
// Chords group", "the Lions group").
//
// The name with its noun is kept as another name of the firm ("Tata
// group" beside "Tata"): it is how the text names the body there, and
// the name a reader may look the body up by.

// firmGroupNouns name a body of firms when written in lower case after a
// name.
var firmGroupNouns = lexicon.WordSet(`group consortium`)

// groupNameMax is the most capitalised words read before a group noun.
const groupNameMax = 2

// firmGroup returns the index after such a name (before its group noun)
// starting at token i of sentence s, or i.
func (x *Extractor) firmGroup(a *analysis, s, i int) int {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i-1 < lo || toks[i-1].Lower() != "the" {
		return i
	}
	j := i
	for j < hi && j-i < groupNameMax && isCapWord(toks[j]) {
		j++
	}
	if j == i || j >= hi || !firmGroupNouns[toks[j].Text] {
		return i
	}
	if j+1 < hi && (isCapWord(toks[j+1]) || toks[j+1].Lower() == "of") {
		return i
	}
	for k := i; k < j; k++ {
		if !x.groupNameWord(toks[k].Text) {
			return i
		}
	}
	if e, ok := x.gaz.Lookup(a.doc.Text[toks[i].Start:toks[j-1].End]); ok && e.Type == "Organization" {
		return i
	}
	if last := toks[j-1].Lower(); len(last) > 3 && strings.HasSuffix(last, "s") && lexicon.IsCommonWord(strings.TrimSuffix(last, "s")) {
		return i
	}
	if j-i == 1 && (toks[i].Flags&textseg.TUpper != 0 || opensLongerName(a, i)) {
		return i
	}
	if j-i == 1 {
		if e, ok := x.gaz.Lookup(toks[i].Text); ok && (e.Type == "Country" || e.Type == "Place" || e.Type == "City" && !e.Ambiguous) {
			return i
		}
		if lexicon.IsCommonWord(toks[i].Lower()) {
			return i
		}
	}
	return j
}

// groupNameWord reports whether a capitalised word may be part of a
// group's name: no demonym ("German", "UK-Dutch") and no compound with a
// lower-case part ("Florida-based", "Europe-wide"), which describe the
// group rather than name it.
func (x *Extractor) groupNameWord(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if p == "" || strings.ToLower(p) == p {
			return false
		}
		if _, ok := x.gaz.DemonymEntry(p); ok {
			return false
		}
	}
	return true
}

// opensLongerName reports whether the word at token i opens a run of
// capitalised words elsewhere in the document ("Mitsubishi Motors"), a
// firm's longer name.
func opensLongerName(a *analysis, i int) bool {
	toks := a.tokens
	for p := 0; p+1 < len(toks); p++ {
		if p != i && toks[p].Text == toks[i].Text && isCapWord(toks[p+1]) && (p == 0 || !isCapWord(toks[p-1]) || capArticle(toks[p-1].Text)) {
			return true
		}
	}
	return false
}
