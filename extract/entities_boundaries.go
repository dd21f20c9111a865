package extract

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Name boundaries the capitalised-run rules get wrong when a name holds
// lower-case words or touches another name.

// placeEnd returns the index after the longest country, city or place
// name the gazetteer knows starting at token k, or k.
func (x *Extractor) placeEnd(a *analysis, k, hi int) int {
	toks := a.tokens
	for m := min(hi, k+x.gaz.MaxWords()); m > k; m-- {
		if !isCapWord(toks[m-1]) {
			continue
		}
		e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[k].Start:toks[m-1].End]))
		if ok && (e.Type == "Country" || e.Type == "City" || e.Type == "Place") && !e.CommonWord {
			return m
		}
	}
	return k
}

// personAfter reports whether the capitalised run from token m is a
// person's full name: two or more words shaped like a name ("Ilham
// Aliyev", "Mervyn King") that the gazetteer does not know ("Los
// Angeles").
func (x *Extractor) personAfter(a *analysis, m, hi int) bool {
	toks := a.tokens
	e := m
	for e < hi && isCapWord(toks[e]) && !lexicon.NotNames[toks[e].Lower()] {
		e++
	}
	if e-m < 2 || e-m > 4 || x.gazInside(a, m, e) {
		return false
	}
	return x.personLike(toks[m:e]) && x.nameAfterTitle(toks[m:e])
}

// acronymConnectors are the lower-case words a long organisation name
// holds between its capitalised words ("European Bank for Reconstruction
// and Development").
var acronymConnectors = lexicon.WordSet(`of for and the on in de du des la le`)

// acronymSpan reads a long name defined by the acronym in brackets right
// after it, "European Bank for Reconstruction and Development (EBRD)":
// when the capitalised words from token i spell the acronym, the whole
// span is one organisation (an event when its last word says so) and the
// acronym its alias. Without this the run stops at the first lower-case
// word ("European Bank") and the rest becomes a name of its own. It
// returns the index after the closing bracket, or i.
func (x *Extractor) acronymSpan(a *analysis, s, i int) int {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i > lo && isCapWord(toks[i-1]) && !isOpener(toks[max(i-2, lo)], toks[i-1]) ||
		i-1 > lo && acronymConnectors[toks[i-1].Text] && isCapWord(toks[i-2]) {
		return i // only from the start of the name
	}
	p, conn := i, false
	for p < hi && p-i < 14 && (isCapWord(toks[p]) || acronymConnectors[toks[p].Text] && p > i) {
		conn = conn || !isCapWord(toks[p])
		p++
	}
	if !conn || p+2 >= hi || toks[p].Text != "(" || toks[p+2].Text != ")" || acronymConnectors[toks[p-1].Text] {
		return i
	}
	acr := toks[p+1]
	if acr.Flags&textseg.TUpper == 0 && !isCapWord(acr) {
		return i
	}
	t0 := i
	if toks[t0].Text == "The" || toks[t0].Text == "the" {
		t0++
	}
	var initials strings.Builder
	words := 0
	for k := t0; k < p; k++ {
		if isCapWord(toks[k]) {
			initials.WriteByte(toks[k].Text[0])
			words++
		}
	}
	want := strings.ToUpper(strings.TrimSuffix(acr.Text, "s"))
	if (words < 3 || initials.String() != want) && !x.foreignAcronym(a, acr.Text, t0, p, words) {
		return i
	}
	if _, ok := lexicon.Honorifics[toks[t0].Lower()]; ok || lexicon.IsRoleHead(toks[t0].Lower()) {
		return i
	}
	// The head is the last word, or the one before the first connector
	// ("World Summit for the Information Society").
	head := toks[p-1].Lower()
	for k := t0 + 1; k < p; k++ {
		if !isCapWord(toks[k]) {
			if lexicon.EventHeads[toks[k-1].Lower()] {
				head = toks[k-1].Lower()
			}
			break
		}
	}
	typ := Organization
	if lexicon.EventHeads[head] {
		typ = Event
	}
	k := a.addMention(mention{sent: s, t0: t0, t1: p, kind: MentionName, typ: typ, strong: true})
	if e, ok := x.gaz.Lookup(a.ments[k].surface); ok && EntityType(e.Type) == typ {
		a.ments[k].canon = e.Name
	}
	a.addMention(mention{sent: s, t0: p + 1, t1: p + 2, kind: MentionAcronym, typ: typ, strong: true,
		acrOf: spanKey(t0, p)})
	return p + 3
}

// articleNamePlace types an unknown name shaped like a person's that
// stands after a locative preposition and "the" ("crushed at the Nou
// Camp"): no person's name takes the article, so it is a place (a
// stadium, a venue). A lower-case noun after the name makes it a modifier
// ("at the Sol Campbell hearing"), and Person is kept. It returns "" when
// the name has no article.
func (a *analysis) articleNamePlace(s, i, j int) EntityType {
	toks := a.tokens
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i-1 < lo || toks[i-1].Text != "the" {
		return ""
	}
	a.tagSentence(s)
	if j < hi && strings.HasPrefix(toks[j].Tag, "NN") && !isCapWord(toks[j]) {
		return Person
	}
	if last := toks[j-1].Text; strings.HasSuffix(last, "s") {
		return Person // "at the Neath-Swansea Ospreys": a team named by its players
	}
	if i-2 >= lo && lexicon.LocPreps[toks[i-2].Text] {
		return Place
	}
	return Person
}

// notNameToken reports capitalised tokens that open no name: a quantity
// with its unit ("1.8GB", "40Mbps", "3G"), a weekday in the plural ("on
// Wednesdays"), a music genre written in capitals ("R&B").
func notNameToken(t textseg.Token) bool {
	w := t.Lower()
	if w != "" && w[0] >= '0' && w[0] <= '9' {
		u := strings.TrimLeft(w, "0123456789.,")
		return u != "" && quantityUnits[u]
	}
	if p, ok := strings.CutSuffix(w, "s"); ok && weekdays[p] {
		return true
	}
	return w == "r&b"
}

// quantityUnits follow a number inside one token.
var quantityUnits = lexicon.WordSet(`gb mb kb tb gbps mbps kbps ghz mhz khz hz mw kw gw
	mm cm km kg mph kph fps g bn m k`)

// weekdays, singular.
var weekdays = lexicon.WordSet(`monday tuesday wednesday thursday friday saturday sunday`)

// hyphenGivenName reads an East Asian given name whose second syllable
// the tokenizer split off because it is lower case and an English word or
// longer than it allows ("Leung Che-cheung", "Leung Kwok-hung", "Wong
// Kwok-kin"): toks[j] is the hyphen after the capitalised run toks[i:j].
// When the surname and both syllables are each shaped like one romanised
// syllable, it returns the index after the tail; otherwise j. English
// compounds fail the shape ("Hong Kong-based", "New York-born") or are
// listed ("Hong Kong-run").
func hyphenGivenName(toks []textseg.Token, i, j, hi int) int {
	if j-i < 2 || j+1 >= hi || toks[j].Text != "-" {
		return j
	}
	head, tail := toks[j-1], toks[j+1]
	if head.End != toks[j].Start || tail.Start != toks[j].End || tail.Flags&textseg.TAlpha == 0 ||
		tail.Flags&(textseg.TCap|textseg.TUpper) != 0 {
		return j
	}
	if j+2 < hi && toks[j+2].Start == tail.End && toks[j+2].Flags&textseg.TAlpha != 0 {
		return j // the tail runs on into another word
	}
	if hyphenTailWords[tail.Text] || !romanSyllable(tail.Text) || !romanSyllable(head.Lower()) ||
		!romanSyllable(toks[j-2].Lower()) {
		return j
	}
	return j + 2
}

// hyphenTailWords are English words shaped like a syllable that follow a
// place's name after a hyphen ("Hong Kong-run", "Kong-ban").
var hyphenTailWords = lexicon.WordSet(`run ban man men on in up hit set won`)

// romanSyllableRE matches one syllable of romanised Chinese or Korean:
// an optional initial, an optional glide, one to three vowels and an
// optional final ("leung", "kwok", "hyun", "tsz", "yiu").
var romanSyllableRE = regexp.MustCompile(`^(chh|ch|tsz|ts|sz|sh|hs|ng|kw|gw|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}(ng|n|m|k|t|p|h|r|l)?$|^tsz$|^sze$`)

// romanSyllable reports whether w (lower case, 2 to 6 letters) is shaped
// like one romanised East Asian syllable.
func romanSyllable(w string) bool {
	return len(w) >= 2 && len(w) <= 6 && romanSyllableRE.MatchString(w)
}

// eastAsianFullName reports a surname followed by a hyphenated given name,
// every part one romanised syllable ("Lam Cheuk-ting", "Kim Min-woo"):
// a person's name even when the surname is an English word ("Lam").
func eastAsianFullName(toks []textseg.Token) bool {
	switch len(toks) {
	case 2: // the tokenizer kept the given name whole: "Cheng Chung-tai"
		p, q, ok := strings.Cut(toks[1].Text, "-")
		return ok && isCapWord(toks[0]) && romanSyllable(toks[0].Lower()) && romanSyllable(strings.ToLower(p)) &&
			romanSyllable(strings.ToLower(q))
	case 4:
		return isCapWord(toks[0]) && isCapWord(toks[1]) && hyphenGivenName(toks, 0, 2, 4) == 4
	}
	return false
}

// militaryRank reports title words that are only a rank ("General",
// "Brigadier", "Major General"), which the role lists keep as modifiers
// ("Attorney General") or leave out as common words ("Major"): before a
// person's full name they are a title, not part of the name. The full
// name is required so that "General Motors" and "Major League" stay.
func militaryRank(words []string) bool {
	for _, w := range words {
		if !militaryRanks[w] {
			return false
		}
	}
	return len(words) > 0
}

// militaryRanks are the words of a rank that no role list holds as a head.
var militaryRanks = lexicon.WordSet(`general brigadier marshal field-marshal
	major-general brigadier-general lieutenant-general air-marshal`)

// rankHolder reports whether the words after a rank are a person's full
// name: two to four capitalised words, none of them common, the last no
// organisation, event or place head, the first no known place
// ("General Suleiman al-Amr", but not "General Motors Europe"). A name
// particle glued to a capital counts as capitalised ("al-Amr").
func (x *Extractor) rankHolder(toks []textseg.Token) bool {
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	last := toks[len(toks)-1].Lower()
	if lexicon.OrgHeads[last] || lexicon.EventHeads[last] || lexicon.PlaceHeads[last] || lexicon.WorkHeads[last] {
		return false
	}
	for _, t := range toks {
		p, rest, ok := strings.Cut(t.Text, "-")
		particle := ok && lexicon.NameParticles[p] && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z'
		if !isCapWord(t) && !particle || lexicon.IsCommonWord(t.Lower()) {
			return false
		}
	}
	_, place := x.gaz.Lookup(toks[0].Text)
	return !place
}

// headedObjectEnd finds where the named object of a title "role of the
// Object Name" ends when the object has more than one word: the first
// organisation or place head after which a person's full name remains
// ("CEO of the Refugee Council Enver Solomon"). toks[k:end] is the
// capitalised run after "of [the]"; without such a head the object is
// the one word at k ("President of France Jacques Chirac").
func (x *Extractor) headedObjectEnd(toks []textseg.Token, k, end int) int {
	for m := k + 2; m+2 <= end; m++ {
		h := toks[m-1].Lower()
		if (lexicon.OrgHeads[h] || lexicon.PlaceHeads[h]) && !lexicon.OrgHeads[toks[m].Lower()] && x.personLike(toks[m:end]) {
			return m
		}
	}
	return k + 1
}

// forTheName reads the rest of an organisation's name after "for the"
// at toks[j] ("Joint Council for the Welfare of Immigrants", "Society for
// the Protection of Birds"): capitalised words, with "of" between them.
// It returns the index after the name, or j when no capitalised word
// follows "for the".
func forTheName(toks []textseg.Token, j, hi int) int {
	if j+2 >= hi || toks[j+1].Text != "the" || !isCapWord(toks[j+2]) {
		return j
	}
	e := j + 2
	for e < hi {
		switch {
		case isCapWord(toks[e]) && !lexicon.NotNames[toks[e].Lower()]:
			e++
		case toks[e].Text == "of" && e+1 < hi && isCapWord(toks[e+1]):
			e++
		default:
			return e
		}
	}
	return e
}

// campusEnd reads the campus of a university named "University of X at
// Y" ("University of North Carolina at Chapel Hill"): toks[j] is "at"
// inside the run from i, which holds "University" or "College"; the
// campus must be a place the gazetteer knows. It returns the index after
// it, or j.
func (x *Extractor) campusEnd(a *analysis, i, j, hi int) int {
	uni := false
	for k := i; k < j; k++ {
		w := a.tokens[k].Lower()
		uni = uni || w == "university" || w == "college"
	}
	if !uni || j+1 >= hi || !isCapWord(a.tokens[j+1]) {
		return j
	}
	if e := x.placeEnd(a, j+1, hi); e > j+1 && (e >= hi || !isCapWord(a.tokens[e])) {
		return e
	}
	return j
}

// headedRunAfter reports whether the capitalised run from toks[k] is an
// organisation's own name of two or more words ending in an organisation
// head ("Massachusetts Institute of Technology and Colorado State
// University"): the "and" before it joins two bodies, not two parts of one
// name ("Department of Trade and Industry").
func headedRunAfter(toks []textseg.Token, k, hi int) bool {
	m := k
	for m < hi && isCapWord(toks[m]) {
		m++
	}
	return m-k >= 2 && institutionHeads[toks[m-1].Lower()]
}

// institutionHeads end the names of bodies that stand on their own;
// "Services", "Affairs" or "Development" end parts of one name
// ("Association of Payment and Clearing Services").
var institutionHeads = lexicon.WordSet(`university college institute school academy bank
	hospital museum council society foundation corporation ministry department agency`)

// countryQualifier reports "of the" and a country closing a run that is
// already an organisation's full name ("Colorado State University of the
// US"): the country says where the body is. toks[j] is "of", toks[k] the
// word after "the". Two-word names keep it ("University of the
// Philippines" is one name).
func (x *Extractor) countryQualifier(a *analysis, i, j, k, hi int) bool {
	toks := a.tokens
	if capArticle(toks[i].Text) {
		i++
	}
	if j-i < 3 || k != j+2 || !lexicon.OrgHeads[toks[j-1].Lower()] {
		return false
	}
	return x.countryClosing(a, k, hi)
}

// namedRegionOfCountry reports a region's own name, a region noun and
// "of" a country closing the run: "the Central Province of Solomon
// Islands", "the Nyeri District of Kenya". Encyclopaedias place a town so;
// the region is "Central Province" and the country says where it lies, as
// in "the Zlín Region of the Czech Republic", which "Region" (no name
// head before "of") already splits. A region noun that opens the name
// keeps "of" ("Province of Alberta", "District of Columbia"), and so does
// a place after "of" that is no country ("the Eastern District of New
// York" names a court's district). toks[j] is "of", toks[k] the word
// after it (and after "the").
func (x *Extractor) namedRegionOfCountry(a *analysis, i, j, k, hi int) bool {
	toks := a.tokens
	if capArticle(toks[i].Text) {
		i++
	}
	if j-i < 2 || !regionNameHeads[toks[j-1].Lower()] || !isCapWord(toks[j-1]) {
		return false
	}
	return x.countryClosing(a, k, hi)
}

// countryClosing reports a place name from token k that the gazetteer
// knows as a country and that closes the run: no capitalised word goes on
// after it before hi.
func (x *Extractor) countryClosing(a *analysis, k, hi int) bool {
	toks := a.tokens
	m := x.placeEnd(a, k, hi)
	if m == k || m < hi && isCapWord(toks[m]) {
		return false
	}
	e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[k].Start:toks[m-1].End]))
	return ok && e.Type == "Country"
}

// regionNameHeads are the region nouns that "of" would otherwise join to
// the place after them (lexicon.OfHeads holds them for "Province of
// Alberta"); "region" and "county" never join so.
var regionNameHeads = lexicon.WordSet(`province district`)

// postNominal reports letters written after a person's name and a comma
// ("Mark Tedeschi, QC, said"; "Sir Tom Reed, OBE"): a rank, an honour
// or a degree, never an organisation.
func postNominal(toks []textseg.Token, lo, i int) bool {
	return postNominals[toks[i].Text] && i-2 >= lo && toks[i-1].Text == "," && isCapWord(toks[i-2])
}

// holidayTail reports the last word of a holiday's name left alone by
// what opens it: a word that never opens a name ("Christmas Day",
// "Easter Week") or an owner's possessive ("New Year's Day",
// "Valentine's Day"). A holiday is no entity, and its head alone names
// nothing.
func holidayTail(toks []textseg.Token, lo, i int) bool {
	if !holidayHeads[toks[i].Lower()] || i-1 < lo {
		return false
	}
	if holidays[toks[i-1].Lower()] && isCapWord(toks[i-1]) {
		return true
	}
	return i-2 >= lo && isPossessive(toks[i-1].Text) && toks[i-1].Start == toks[i-2].End && isCapWord(toks[i-2]) &&
		(toks[i].Lower() == "day" || toks[i].Lower() == "eve")
}

var (
	holidays     = lexicon.WordSet(`christmas easter`)
	holidayHeads = lexicon.WordSet(`day eve week weekend holiday holidays`)
)

// postNominals are the letters that follow a name, as written.
var postNominals = map[string]bool{"QC": true, "KC": true, "SC": true, "OBE": true, "CBE": true,
	"MBE": true, "KBE": true, "DBE": true, "PhD": true, "MD": true, "Jr": true, "Sr": true, "JP": true}

// openingCompound reports a capitalised word opening the sentence and
// glued by a hyphen to a lower-case word, when the word is an English
// word or a combining prefix: "Pre-tax profits rose", "Scrum-half Matt
// Dawson", "Co-star Richard Gere", where the tokenizer split the
// compound. A name glued so ("Authenti-corp") is no English word, and a
// place the gazetteer knows stays one ("US-based", "China-born").
func (x *Extractor) openingCompound(a *analysis, s, i int) bool {
	toks := a.tokens
	if toks[i].Flags&textseg.TUpper != 0 {
		return false // "US-based Alistair Cragg"
	}
	if _, ok := x.gaz.Lookup(toks[i].Text); ok {
		return false // "China-based", "Turkey-born"
	}
	lo, hi := a.sentTokens[s].Start, a.sentTokens[s].End
	if i != lo && !isOpener(toks[i-1], toks[i]) || i+2 >= hi {
		return false
	}
	h, w := toks[i+1], toks[i+2]
	if h.Text != "-" || h.Start != toks[i].End || w.Start != h.End || w.Flags&textseg.TAlpha == 0 || w.Flags&(textseg.TCap|textseg.TUpper) != 0 {
		return false
	}
	lw := toks[i].Lower()
	return lexicon.IsCommonWord(lw) || compoundPrefixes[lw]
}

// compoundNotName reports a hyphenated token, standing alone, that joins
// words into a modifier rather than naming anything: a span of months
// ("January-to-March", "June-July"), a pairing of nations or peoples
// ("French-Israeli", "Anglo-Dutch", "Scotland-England"), or a common
// compound capitalised only because it opens the sentence
// ("Cash-on-delivery", "Multi-coloured"). The name rules otherwise take
// such tokens for organisations. Pairs of firms, people or towns are left
// alone: "Mercedes-Benz", "Simpson-Daniel" and "Neath-Swansea" are names.
// A capitalised word right after the token keeps it ("Anglo-Dutch Shell").
func (x *Extractor) compoundNotName(a *analysis, s, i int) bool {
	toks := a.tokens
	t := toks[i]
	if !strings.Contains(t.Text, "-") || i+1 < a.sentTokens[s].End && isCapWord(toks[i+1]) {
		return false
	}
	parts := strings.Split(t.Text, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if p == "" {
			return false
		}
	}
	months, peoples := 0, 0
	for k, p := range parts {
		lp := strings.ToLower(p)
		switch {
		case monthNames[lp]:
			months++
		case k > 0 && k < len(parts)-1 && rangeJoiners[p]:
		case k < len(parts)-1 && ethnicPrefixes[lp]:
			peoples++
		case x.nationOrPeople(p):
			peoples++
		}
	}
	named := len(parts)
	for _, p := range parts[1 : len(parts)-1] {
		if rangeJoiners[p] {
			named--
		}
	}
	// A pairing of nations modifies the noun after it ("Anglo-Dutch
	// group"); standing alone it may be a firm's name ("Anglo-American,
	// the mining company").
	modifier := i+1 < a.sentTokens[s].End && toks[i+1].Flags&textseg.TAlpha != 0 &&
		toks[i+1].Flags&(textseg.TCap|textseg.TUpper) == 0
	if months == named || peoples == named && months == 0 && modifier {
		return true
	}
	if modifier && x.pairedNames(a, parts, toks[i+1]) {
		return true // "a London-Frankfurt merger", "the Bush-Cheney campaign"
	}
	// A common compound opening the sentence: lower-case after its first
	// part, every part an English word or a combining prefix.
	lo := a.sentTokens[s].Start
	if i != lo && !isOpener(toks[i-1], t) {
		return false
	}
	for k, p := range parts {
		lp := strings.ToLower(p)
		if k > 0 && p != lp {
			return false
		}
		if !lexicon.IsCommonWord(lp) && !(k == 0 && compoundPrefixes[lp]) {
			return false
		}
	}
	return true
}

// pairedNames reports a hyphenated pair of names that stands before a
// noun pairing them ("a London-Frankfurt merger", "the Bush-Cheney
// campaign", "a North-South match", "Euro-Atlantic integration", "the
// merged Gazprom-Rosneft group"): the pair names two things, each a name
// of its own, and the noun after it is the deal, contest or link between
// them, so the pair is no organisation. Each part must stand alone
// elsewhere: a compass point, a combining form of a people ("Euro") as
// the first part, a name the gazetteer knows, or a capitalised word the
// article writes on its own ("Bush" and "Cheney"). Hyphenated names whose
// parts never stand alone ("Hewlett-Packard", "Wal-Mart") and pairs
// before other nouns ("Neath-Swansea coach") are left alone.
func (x *Extractor) pairedNames(a *analysis, parts []string, next textseg.Token) bool {
	if len(parts) != 2 || !pairingNouns[next.Lower()] {
		return false
	}
	for k, p := range parts {
		lp := strings.ToLower(p)
		switch {
		case compassPoints[lp]:
		case k == 0 && ethnicPrefixes[lp]:
		case p != lp && x.gazKnows(p):
		case p != lp && standsAlone(a.doc.Text, p):
		default:
			return false
		}
	}
	return true
}

// gazKnows reports a name the gazetteer lists.
func (x *Extractor) gazKnows(w string) bool {
	_, ok := x.gaz.Lookup(w)
	return ok
}

// standsAlone reports whether word w occurs in text on its own: not
// inside a longer word and not glued to another by a hyphen.
func standsAlone(text, w string) bool {
	for off := 0; ; {
		k := strings.Index(text[off:], w)
		if k < 0 {
			return false
		}
		k += off
		end := k + len(w)
		if !gluedByte(text, k-1) && !gluedByte(text, end) {
			return true
		}
		off = k + 1
	}
}

// gluedByte reports a letter, digit or hyphen at text[k] (false out of
// range).
func gluedByte(text string, k int) bool {
	if k < 0 || k >= len(text) {
		return false
	}
	c := text[k]
	return c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// compassPoints pair into a divide or a contest between regions
// ("north-south", "East-West").
var compassPoints = lexicon.WordSet(`north south east west`)

// pairingNouns follow a hyphenated pair of names to say what joins or
// opposes the two: a deal ("merger", "alliance"), a contest ("match",
// "clash", "fixture", "trilogy"), a link ("route", "pipeline",
// "integration", "border") or a joint body ("campaign", "ticket",
// "group" after a merger).
var pairingNouns = lexicon.WordSet(`merger mergers deal deals alliance partnership
	talks agreement treaty accord pact relations ties rivalry
	match matches clash clashes fixture fixtures game games derby tie
	trilogy series final contest showdown
	route routes flight flights link links pipeline railway highway motorway
	corridor border frontier divide axis integration cooperation dialogue
	campaign ticket group venture`)

// nationOrPeople reports a country's name or a demonym ("Israeli",
// "Scotland").
func (x *Extractor) nationOrPeople(w string) bool {
	if _, ok := x.gaz.DemonymEntry(w); ok {
		return true
	}
	e, ok := x.gaz.Lookup(w)
	return ok && e.Kind == gazetteer.Country
}

// monthNames, lower case.
var monthNames = lexicon.WordSet(`january february march april may june july august
	september october november december`)

// rangeJoiners join the ends of a span inside one hyphenated token
// ("October-to-December").
var rangeJoiners = lexicon.WordSet(`to and`)

// ethnicPrefixes are combining forms of peoples ("Anglo-Dutch",
// "Sino-Japanese").
var ethnicPrefixes = lexicon.WordSet(`anglo franco sino afro indo austro russo italo
	judeo greco hispano luso serbo germano euro`)

// compoundPrefixes open common compounds without being words themselves
// ("Multi-coloured", "Non-executive").
var compoundPrefixes = lexicon.WordSet(`multi non anti pro pre post co ex semi
	sub mid inter intra cross self`)

// collectiveOwner reports whether the plural possessive at toks[j] (after
// the run toks[i:j]) sits inside one name, as in "Professional
// Footballers' Association", "Critics' Circle" or "St James' Park". It
// does not when what follows is a person's name ("Dragons' Ian Gough",
// "Sky Networks' Sophie Turner Laing") or a country ("Neil Jenkins'
// Wales", "Yukos' US"), or when the owner is a known place ("Leeds' Elland
// Road") or a person's full name ("Kelly Holmes' Olympic"): the owner
// and the owned are two things. Other owners stay joined, as before,
// since what a firm owns is mostly a product ("Silicon Graphics'
// Columbia"), no entity of its own.
func (x *Extractor) collectiveOwner(a *analysis, i, j, hi int) bool {
	toks := a.tokens
	m := j + 1
	for m < hi && isCapWord(toks[m]) && !lexicon.NotNames[toks[m].Lower()] {
		m++
	}
	if m == j+1 {
		return false
	}
	if x.names[toks[j+1].Lower()] != 0 && m-j-1 >= 2 {
		return false
	}
	if ownedTitle(toks[j-1], toks[j+1:m]) {
		return false
	}
	if e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[j+1].Start:toks[m-1].End])); ok && e.Kind == gazetteer.Country {
		return false
	}
	if (toks[i].Text == "St" || toks[i].Text == "Saint") && lexicon.PlaceHeads[toks[m-1].Lower()] {
		return true // "St James' Park" names a ground, not the saint's
	}
	if e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])); ok && e.Kind != gazetteer.Organization {
		return false
	}
	return !(j-i >= 2 && x.names[toks[i].Lower()] != 0 && !lexicon.IsCommonWord(toks[j-1].Lower()))
}

// ownedTitle reports whether the capitalised words after a plural
// possessive are the title of a work: two or more common words, the last
// no head of a body, place or event ("Oasis' Definitely Maybe", "the
// Rolling Stones' Emotional Rescue", "Shane Meadows' Dead Man's Shoes").
// A body's name often ends in one common word that is no head ("Critics'
// Circle", "Writers' Guild", "Actors' Equity"), and its owner names the
// members, a plural of people (memberPluralEndings: "Seafarers' Identity
// Documents" is no one's work), so neither splits. The title, all common
// words, then makes no entity of its own, and the owner stands alone.
func ownedTitle(owner textseg.Token, owned []textseg.Token) bool {
	if len(owned) < 2 || !allCommonWords(owned) {
		return false
	}
	o := owner.Lower()
	for _, e := range memberPluralEndings {
		if strings.HasSuffix(o, e) {
			return false
		}
	}
	h := owned[len(owned)-1].Lower()
	return !lexicon.OrgHeads[h] && !lexicon.EventHeads[h] && !lexicon.PlaceHeads[h]
}

// memberPluralEndings end plural nouns of people by what they do
// ("critics", "writers", "actors", "musicians", "seafarers"), the owners
// in the names of the bodies they form.
var memberPluralEndings = []string{"ers", "ors", "ists", "ians", "ics"}

// ownedWork returns the index after the capitalised words that follow
// the plural possessive at toks[j] when they are a work or product of
// the run toks[i:j] ("Wesley Snipes' Blade", "Elvis' Wooden Heart",
// "Williams' Greatest Hits", "Novartis' Sandoz"), else 0; the owner is
// then the entity and the work none, where collectiveOwner would keep
// the two as one name. The owner opens with a known first name or ends in
// no common word (a common plural owns a body's name: "Critics' Circle"),
// and is no place. The owned words end in no head of a body, place or
// event, are no name the gazetteer knows, and neither open with a first
// name nor end in a surname named before ("Dragons' Ian Gough", "Wasps'
// Dallaglio" name a player).
func (x *Extractor) ownedWork(a *analysis, i, j, hi int) int {
	toks := a.tokens
	if toks[i].Flags&textseg.TUpper != 0 || j-i > 3 {
		return 0 // "AG Edwards' Thayer": initials open a firm's name
	}
	if x.names[toks[i].Lower()] == 0 && lexicon.IsCommonWord(toks[j-1].Lower()) {
		return 0 // "Critics' Circle", "Writers' Guild": a body of people
	}
	if e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])); ok && e.Kind != gazetteer.Organization {
		return 0 // "Brussels' Coudenberg Cellars": a place's site
	}
	m := j + 1
	for m < hi && isCapWord(toks[m]) && !lexicon.NotNames[toks[m].Lower()] {
		m++
	}
	if m == j+1 || m-j-1 > 4 || x.names[toks[j+1].Lower()] != 0 || a.knownSurname(toks[m-1].Text) {
		return 0
	}
	if h := toks[m-1].Lower(); lexicon.OrgHeads[h] || lexicon.EventHeads[h] || lexicon.PlaceHeads[h] {
		return 0
	}
	for k := j + 1; k < m; k++ {
		if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[k].Start:toks[m-1].End])); ok {
			return 0
		}
		if _, ok := x.gaz.DemonymEntry(toks[k].Text); ok {
			return 0
		}
	}
	return m
}

// afterPersonDemonym reports whether rest, the capitalised words after
// the demonym dem, is the name of the person dem describes: dem is a
// nationality noun ("Frenchman Arnaud Clement", "Spaniard Costa", not
// "French Connection"), and rest is a plain name, no organisation, place,
// event or work head, acronym or known place ("Dutchman Anderlecht" is not
// one). A demonym that is also a first name ("Scot", "Dane") needs two
// words after it, since "Scot Gemmill" is one man's full name.
func (x *Extractor) afterPersonDemonym(dem, rest []textseg.Token) bool {
	if len(dem) != 1 || len(rest) == 0 || len(rest) > 3 {
		return false
	}
	w := dem[0].Lower()
	if !lexicon.PersonDemonyms[w] || x.names[w] != 0 && len(rest) < 2 {
		return false
	}
	for _, t := range rest {
		l := t.Lower()
		if !isCapWord(t) || acronymWord(t) || lexicon.OrgHeads[l] || lexicon.EventHeads[l] || lexicon.PlaceHeads[l] || lexicon.WorkHeads[l] {
			return false
		}
	}
	if _, ok := x.gaz.DemonymEntry(rest[0].Text); ok {
		return false
	}
	if _, ok := x.gaz.Lookup(rest[0].Text); ok && x.names[rest[0].Lower()] == 0 {
		return false
	}
	return true
}

// saintsPlace reads a saint's possessive as part of a name: "St Mary's"
// (a ground, church or hospital), "St Stephen's Green Shopping Centre",
// "St Fintian's High School". toks[i:j] is "St" or "Saint" and one name,
// toks[j] the possessive, glued to it. With capitalised words after the
// possessive the whole run is one name, typed by its head; without, the
// saint's possessive names a place. It returns the index after the name
// and whether the shape fits.
func (x *Extractor) saintsPlace(a *analysis, s, i, j, hi int) (int, bool) {
	toks := a.tokens
	if j-i != 2 || !saintWords[toks[i].Text] || toks[j].Start != toks[j-1].End {
		return 0, false
	}
	e := j + 1
	for e < hi && isCapWord(toks[e]) && !lexicon.NotNames[toks[e].Lower()] {
		e++
	}
	if e > j+1 {
		x.processRun(a, s, i, e)
		return e, true
	}
	k := a.addMention(mention{sent: s, t0: i, t1: e, kind: MentionName, typ: Place, strong: true})
	x.afterName(a, s, k, e)
	return e, true
}

// saintWords open a saint's name.
var saintWords = map[string]bool{"St": true, "Saint": true}

// abbrevThenStarter reports whether toks[j] opens a new sentence the
// splitter left joined to the one before: the word before it is an
// abbreviation ending in a full stop ("Bros.", "I.") and toks[j] is a word
// that starts sentences, never names ("However", "But").
func abbrevThenStarter(toks []textseg.Token, j int) bool {
	return j > 0 && strings.HasSuffix(toks[j-1].Text, ".") && len(toks[j-1].Text) > 1 && toks[j].Start > toks[j-1].End &&
		lexicon.SentenceStarters[toks[j].Lower()]
}

// bodyTail reports a name ending in a body's or an event's head word
// ("Professional Drivers' Association", "World Music Day"): such a name
// is kept whatever its initials spell, unless its acronym came first.
func bodyTail(name string) bool {
	w := strings.Fields(name)
	last := textseg.Lower(w[len(w)-1])
	return lexicon.OrgHeads[last] || lexicon.EventHeads[last]
}

// afterOwnAcronym reports a name in brackets right after its acronym:
// "MMS (Multimedia Messaging Services)".
func (a *analysis) afterOwnAcronym(t0 int, in string) bool {
	return t0 >= 2 && a.tokens[t0-1].Text == "(" && a.tokens[t0-2].Text == in
}

// dropTechnologyNames removes the names of technologies written with
// capitals, which news defines once by their acronym: a name of three
// words or more whose initials spell a common-noun acronym
// ("Multimedia Messaging Services" for MMS, "High Speed Downlink Packet
// Access" for HSDPA) names no body, whether the acronym comes first,
// after it or not at all; one that ends in a body's head word does only
// after its acronym.
func (a *analysis) dropTechnologyNames() {
	kept := a.ments[:0]
	for _, m := range a.ments {
		if m.kind == MentionName && m.t1-m.t0 >= 3 && m.typ != Person {
			in := initials(strings.ReplaceAll(m.surface, "-", " "))
			if len(in) >= 3 && len(in) == len(strings.Fields(strings.ReplaceAll(m.surface, "-", " "))) && lexicon.TechAcronyms[strings.ToLower(in)] &&
				(!bodyTail(m.surface) || a.afterOwnAcronym(m.t0, in)) {
				continue
			}
		}
		kept = append(kept, m)
	}
	a.ments = kept
}

// definedTechAcronym reports a common-noun acronym in brackets right
// after the capitalised words it spells ("Liquid Crystal Display (LCD)"):
// the bracket that would make a party's acronym a name ("Hong Kong
// (DAB)") here defines a technology.
func (a *analysis) definedTechAcronym(lo, i int) bool {
	toks := a.tokens
	if !lexicon.TechAcronyms[toks[i].Lower()] || i-2 < lo || i+1 >= len(toks) || toks[i-1].Text != "(" || toks[i+1].Text != ")" {
		return false
	}
	k := i - 2
	for k > lo && isCapWord(toks[k-1]) {
		k--
	}
	name := a.doc.Text[toks[k].Start:toks[i-2].End]
	return isCapWord(toks[i-2]) && !bodyTail(name) && acronymFits(toks[i].Text, name)
}

// awardNouns after a name make it an award's ("Mobo nominations").
var awardNouns = lexicon.WordSet(`award awards nomination nominations winner winners prize`)

// dropBrandPlurals removes a one-word name in the plural whose singular
// the text also names alone ("Saab to build Cadillacs" beside
// "Cadillac", "two Macs" beside "the Mac"): the plural counts the
// maker's products, or a family's members ("the Beckhams"), and names no
// body of its own. A name the gazetteer knows keeps its plural form
// ("Rangers", "Republicans"), and so does a group after "the" whose
// singular names a member ("the Beatles" beside "the former Beatle").
func (a *analysis) dropBrandPlurals() {
	single, surname := map[string]bool{}, map[string]bool{}
	for _, m := range a.ments {
		if m.kind == MentionName && m.t1-m.t0 == 1 {
			// "five Mobo nominations", "Cesar awards": the plural then
			// names the awards themselves ("the 2004 Mobos").
			single[m.surface] = single[m.surface] || m.t1 >= len(a.tokens) || !awardNouns[a.tokens[m.t1].Lower()]
		}
		if m.kind == MentionName && m.t1-m.t0 >= 2 {
			surname[a.tokens[m.t1-1].Text] = true
		}
	}
	kept := a.ments[:0]
	for _, m := range a.ments {
		w := m.surface
		if m.kind == MentionName && m.t1-m.t0 == 1 && m.canon == "" && !m.strong && len(w) > 3 &&
			strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && single[w[:len(w)-1]] {
			// After "the" the plural is a group: a family when its
			// singular ends a full name ("the Beckhams"), else a band
			// or a people that keeps its name ("the Beatles").
			if the := m.t0 > 0 && strings.EqualFold(a.tokens[m.t0-1].Text, "the"); !the || surname[w[:len(w)-1]] {
				continue
			}
		}
		kept = append(kept, m)
	}
	a.ments = kept
}

// loneNameAfterDemonym reports whether toks[i+1], one capitalised word
// after the nationality toks[i], is a name of its own that the adjective
// describes ("while Russian Korzhanenko tested positive", "Swiss Xstrata")
// rather than the second word of one name ("American Express", "Irish
// Ferries"): not a common word, not a head that types a name, and the
// pair not a name the gazetteer knows.
func (x *Extractor) loneNameAfterDemonym(a *analysis, i, j int) bool {
	if x.names[a.tokens[i].Lower()] != 0 {
		return false // "Scot Gemmill": the nationality is also a first name
	}
	t := a.tokens[i+1]
	l := t.Lower()
	if !isCapWord(t) || acronymWord(t) || lexicon.IsCommonWord(l) || lexicon.OrgHeads[l] || lexicon.EventHeads[l] ||
		lexicon.PlaceHeads[l] || lexicon.WorkHeads[l] || companyTails[l] {
		return false
	}
	_, known := x.gaz.Lookup(textseg.Clean(a.doc.Text[a.tokens[i].Start:a.tokens[j-1].End]))
	return !known
}

// gluedDescriptor reports whether the run toks[i:j] opens its sentence
// with a lone descriptor the capitalisation glued to a person's full
// name: "Goalscorer Jimmy Floyd Hasselbaink said", "Matchwinner Roy
// Keane was happy". The first word is a descriptor noun, or built like
// one, and not a title, a first name or a known name; a first name and
// at least one more word follow it.
func (x *Extractor) gluedDescriptor(a *analysis, s, i, j int) bool {
	toks := a.tokens
	if i != a.sentTokens[s].Start || j-i < 3 {
		return false
	}
	w := toks[i].Lower()
	if lexicon.IsRoleHead(w) || !descriptorHeads[w] && !descriptorShape(w) {
		return false // a title ("President Hugo Chavez") is read by the title rules
	}
	if _, ok := x.gaz.Lookup(toks[i].Text + " " + toks[i+1].Text); ok {
		return false // "New York", "South Bank"
	}
	if x.names[w] != 0 || toks[i].Flags&textseg.TUpper != 0 || x.names[toks[i+1].Lower()] == 0 {
		return false
	}
	if _, ok := x.gaz.Lookup(toks[i].Text); ok {
		return false
	}
	if _, ok := lexicon.Honorifics[w]; ok {
		return false
	}
	return x.personLike(toks[i+1 : j])
}

// descriptorShape reports whether w is built like an agent noun the
// dictionary may lack ("goalscorer", "matchwinner", "frontrunner").
func descriptorShape(w string) bool {
	return len(w) > 6 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ist"))
}

// currencyNouns name a currency after the place that issues it.
var currencyNouns = lexicon.WordSet(`dollar dollars`)

// dropCurrencyPlaces drops a place's name that only qualifies a currency:
// "the US dollar", "the Hong Kong dollar", "US$ 20,000 bail", "US $200".
// The article names a sum, not the country (the gold of such stories
// leaves it out); a story about the country names it elsewhere too. The
// sign is read only after capitals ("US", "HK"), as after a full name it
// more often opens a sum given to the place ("pledged to Sri Lanka $50m").
func (a *analysis) dropCurrencyPlaces() {
	kept := a.ments[:0]
	for _, m := range a.ments {
		if (m.kind == MentionName || m.kind == MentionAcronym) && m.canon != "" && (m.typ == Country || m.typ == City || m.typ == Place) && m.t1 < len(a.tokens) {
			next := a.tokens[m.t1].Text
			if currencyNouns[next] || strings.HasPrefix(next, "$") && m.surface == strings.ToUpper(m.surface) {
				continue
			}
		}
		kept = append(kept, m)
	}
	a.ments = kept
}

// comparativeOpeners are the comparatives that open a sentence before
// "than" ("More than 100 people ...", "Fewer than half ..."). Written
// capitalised right after a name, they show a full stop the text lost
// ("according to analysts Gartner More than 167 million handsets ..."),
// so the name ends before them; inside a name a capitalised word is
// never followed by a lower-case "than".
var comparativeOpeners = lexicon.WordSet(`more less fewer rather better worse`)

// comparativeThan reports whether the capitalised token toks[j] is a
// comparative opener with "than" right after it.
func comparativeThan(toks []textseg.Token, j, hi int) bool {
	return j+1 < hi && toks[j+1].Text == "than" && comparativeOpeners[toks[j].Lower()]
}

// mediumWords are the media that lexicon.NotNames keeps out of names
// ("the Internet", "the Web") but that bodies name themselves after: a
// run of capitalised words ending in a body's head after one goes on
// with the name ("Oxford Internet Institute", "the Internet Watch
// Foundation", "the Internet Engineering Task Force").
var mediumWords = lexicon.WordSet(`internet web`)

// mediumHeads end such a body's name besides lexicon.OrgHeads. "Forum"
// and "Project" are left out: the one types a forum an event ("UK
// Internet Forum"), the other says no type at all ("Pew Internet and
// American Life Project" came out a person), and a body's name is better
// missed than mistyped.
var mediumHeads = lexicon.WordSet(`institute corporation force`)

// mediumInName returns the index after the body's head when toks[j] is a
// medium word followed by capitalised words (joined by "&" or "and" at
// most) ending in a body's head, and 0 otherwise. An "&" right after the
// medium word stands for a head: no list joins its items with "&", so
// the capitalised words on both sides are one body's name even with no
// head word at the end ("Pew Internet & American Life"), where "and"
// may join two ("Harlow Internet and Dorset Radio").
func mediumInName(toks []textseg.Token, j, hi int) int {
	if j >= hi || !mediumWords[toks[j].Lower()] || !isCapWord(toks[j]) {
		return 0
	}
	end, amp := 0, j+1 < hi && toks[j+1].Text == "&"
	for k := j + 1; k < hi; k++ {
		t := toks[k]
		if (t.Text == "&" || t.Text == "and") && k+1 < hi && isCapWord(toks[k+1]) {
			continue
		}
		if !isCapWord(t) || lexicon.NotNames[t.Lower()] {
			break
		}
		if w := t.Lower(); lexicon.OrgHeads[w] || mediumHeads[w] || amp {
			end = k + 1
		}
	}
	return end
}

// titledVenueHeads end the names of buildings and grounds that are named
// after a titled person: "the Princess of Wales Theatre", "the Duke of
// York Hall", "Prince of Wales Stadium". The title there opens the name;
// it is nobody's role.
var titledVenueHeads = lexicon.WordSet(`theatre theater hall stadium centre center
	arena palace park gardens ground hospital bridge pier cinema`)

// titledVenueEnd reads a building's name that a naming title opens, at
// "of" (toks[j]) after the title toks[j-1]: a duke, prince or princess
// (lexicon.OfHeads that are also role heads), "of", capitalised words and
// a venue head (titledVenueHeads). It returns the index after the name,
// or 0. An office ("Director of the National Theatre") leads a body and
// stays a role; so does a title whose capitalised words end in no venue
// head ("the Prince of Wales").
func titledVenueEnd(toks []textseg.Token, j, hi int) int {
	if j == 0 || j >= hi || toks[j].Text != "of" {
		return 0
	}
	if t := toks[j-1].Lower(); !isCapWord(toks[j-1]) || !lexicon.OfHeads[t] || !lexicon.IsRoleHead(t) {
		return 0
	}
	e := j + 1
	for e < hi && isCapWord(toks[e]) && !lexicon.NotNames[toks[e].Lower()] {
		e++
	}
	if e-j < 3 || !titledVenueHeads[toks[e-1].Lower()] {
		return 0
	}
	return e
}

// venueStarts open the names of venues in French, Spanish, Italian and
// Portuguese, whose capitalised words are joined by lower-case particles
// ("Parc des Princes", "Palais des Festivals", "Estadio da Luz"), as
// companyStarts open companies' ("Banco de Portugal").
var venueStarts = lexicon.WordSet(`parc stade palais estadio estádio stadio palazzo
	teatro théâtre musée museo museu parque paseo palau autodromo autódromo
	circuito plaza piazza`)

// placeParticles join the capitalised words of such names. They add to
// lexicon.NameParticles the plural and contracted articles that persons'
// names do not hold ("des", "dei").
var placeParticles = lexicon.WordSet(`des les dei degli delle`)

// placeNameParticle reports a particle that joins a venue's or company's
// name: a person's (lexicon.NameParticles) or a plural one.
func placeNameParticle(w string) bool {
	return lexicon.NameParticles[w] || placeParticles[w]
}

// foreignNameParticle reports whether toks[j] is a lower-case particle
// inside a venue's or company's name opened at toks[i] ("Parc des
// Princes", "Banque de France"), and returns the index of the
// capitalised word after it: a particle ("de la") may follow a particle.
// A name opened by anything else ("Paris des ...", "Mr de Villepin") is
// left to the rules for persons' particles.
func foreignNameParticle(toks []textseg.Token, i, j, hi int) (int, bool) {
	if capArticle(toks[i].Text) && i+1 < j {
		i++
	}
	if first := toks[i].Lower(); !venueStarts[first] && !companyStarts[first] {
		return 0, false
	}
	particle := func(k int) bool { return k < hi && placeNameParticle(toks[k].Text) }
	k := j
	for k < j+2 && particle(k) {
		k++
	}
	if k == j || k >= hi || !isCapWord(toks[k]) || lexicon.NotNames[toks[k].Lower()] {
		return 0, false
	}
	return k, true
}

// particleVenue reports whether toks[i:j] is a venue's name joined by a
// particle (foreignNameParticle): a place, where "Stade Francais", with
// no particle, stays the club it names.
func particleVenue(toks []textseg.Token, i, j int) bool {
	if !venueStarts[toks[i].Lower()] {
		return false
	}
	for k := i + 1; k < j-1; k++ {
		if placeNameParticle(toks[k].Text) {
			return true
		}
	}
	return false
}

// bodyOpener reports whether the capitalised run toks[i:j], which stops
// before "of" or "for", is a lone body word that opens a name
// ("Brothers of Italy", "The Alternative for Germany"): the place after
// the preposition is then part of the body's name, not the entity.
func bodyOpener(toks []textseg.Token, i, j int) bool {
	if j-i == 2 && capArticle(toks[i].Text) {
		i++
	}
	return j-i == 1 && lexicon.BodyOpeners[toks[i].Lower()]
}

// monthDateWords stand before a month that is a date ("in May", "since
// March", "last June"), where the capitalised words after it are a name
// of their own ("In May Acme Stores said").
var monthDateWords = lexicon.WordSet(`in on by since until till from before after
	during through last next early late mid of for between and or to`)

// monthCompany returns the end of a company's name that the month
// toks[i] opens ("May Department Stores", "rival March Holdings"), or i:
// two or more capitalised common words follow it, the last a company
// head, and no date word stands before it. A month that is a date takes
// a day or a year, or follows "in" or "since"; a firm named after a
// founder keeps the month as its first word.
func monthCompany(toks []textseg.Token, lo, i, hi int) int {
	if !monthNames[toks[i].Lower()] || i > lo && monthDateWords[toks[i-1].Lower()] {
		return i
	}
	e := i + 1
	for e < hi && isCapWord(toks[e]) && lexicon.IsCommonWord(toks[e].Lower()) && !lexicon.NotNames[toks[e].Lower()] {
		e++
	}
	if e-i < 3 || e < hi && isCapWord(toks[e]) {
		return i
	}
	if last := toks[e-1].Lower(); !lexicon.OrgHeads[last] && !companyTails[last] {
		return i
	}
	return e
}

// foreignAcronym reports whether acr, in brackets after the name
// toks[t0:p] of two or more capitalised words joined by connectors,
// abbreviates the name in its own language ("Law and Justice (PiS)",
// "Alliance for Progress (AfP)"): capitals and lower-case letters mixed,
// as an acronym of a foreign name is written, which no English word in
// brackets is. A name holding a place the gazetteer knows is no such
// name ("Bosnia and Herzegovina (BiH)").
func (x *Extractor) foreignAcronym(a *analysis, acr string, t0, p, words int) bool {
	if words < 2 || len(acr) < 2 || len(acr) > 5 {
		return false
	}
	upper, lower := 0, 0
	for _, r := range acr {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		default:
			return false
		}
	}
	if upper < 2 || lower == 0 || acr[0] < 'A' || acr[0] > 'Z' {
		return false
	}
	for k := t0; k < p; k++ {
		if isCapWord(a.tokens[k]) && x.placeEndAny(a, k, p) > k {
			return false // "Voters in Bosnia and Herzegovina (BiH)"
		}
	}
	return true
}

// listedNameEnd reads the comma list that closes a body's name after "of"
// or "for" ("Department for Culture, Media and Sport", "State
// Administration of Radio, Film and Television", "Academy of Motion
// Picture, Arts and Sciences"): toks[j] is the comma after the first
// item. Without it the run stops at the comma and the body is cut short
// ("Department for Culture"), the rest a name of its own. Every item must
// be one to three capitalised ordinary words (the fields a ministry
// covers), never a place or a first name: a list of names after a body
// is a list of other entities ("talks between the Ministry of Defence,
// France and Spain"). The list must end in "and" or "&" and one more item,
// and the first item, back to "of" or "for", must pass the same test. It
// returns the index after the last item, or 0.
func (x *Extractor) listedNameEnd(a *analysis, i, j, hi int) int {
	toks := a.tokens
	field := func(k int) bool {
		t := toks[k]
		w := t.Lower()
		return isCapWord(t) && !acronymWord(t) && lexicon.IsCommonWord(w) && x.names[w] == 0 &&
			!lexicon.NotNames[w] && x.placeEnd(a, k, hi) == k
	}
	// item returns the index after a field item of one to three words
	// from k, or k.
	item := func(k int) int {
		m := k
		for m < hi && m-k < 3 && field(m) {
			m++
		}
		if m < hi && isCapWord(toks[m]) {
			return k // a longer capitalised run: a name, not a field
		}
		return m
	}
	// The first item runs back from the comma to "of" or "for".
	k := j
	for k > i && k > j-3 && field(k-1) {
		k--
	}
	if k == j || k <= i || (toks[k-1].Text != "of" && toks[k-1].Text != "for") {
		return 0
	}
	commas := 0
	for j < hi && toks[j].Text == "," {
		m := item(j + 1)
		if m == j+1 {
			return 0
		}
		commas++
		j = m
		if j+1 < hi && toks[j].Text == "," && (toks[j+1].Text == "and" || toks[j+1].Text == "&") {
			j++ // a serial comma before "and"
		}
	}
	if commas == 0 || j >= hi || (toks[j].Text != "and" && toks[j].Text != "&") {
		return 0
	}
	if m := item(j + 1); m > j+1 {
		return m
	}
	return 0
}

// founderFirmEnd returns the end of a firm's name that runs on through the
// "'s" at token j when its one-word owner toks[i] is the surname of the
// person the firm's post stands beside: "Kurt Barnard, president of
// Barnard's Retail Consulting Group". A founder who heads the firm named
// for him is the one case where his surname's possessive opens the name
// rather than owning it; the capitalised words after the "'s" must close
// on an organisation head ("Group", "Associates"). Elsewhere the
// possessive owns what follows ("Microsoft's Consumer Products Group",
// "Mr Brown's Treasury team") and ends the name. Returns 0 when the
// shape does not hold.
func founderFirmEnd(a *analysis, s, i, j, hi int) int {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	if j != i+1 || toks[j].Start != toks[i].End {
		return 0
	}
	p := i - 1
	if p < lo || toks[p].Text != "of" {
		return 0
	}
	p--
	n := 0 // the post's lower-case words: "president", "chief executive"
	for p >= lo && n < 3 && a.lowerAt(s, p) {
		p, n = p-1, n+1
	}
	if n == 0 || p < lo || toks[p].Text != "," {
		return 0
	}
	p-- // the person's surname, after a first word of his name
	if p-1 < lo || toks[p].Text != toks[i].Text || !isCapWord(toks[p-1]) {
		return 0
	}
	e := j + 1
	for e < hi && isCapWord(toks[e]) {
		e++
	}
	if e == j+1 || !lexicon.OrgHeads[toks[e-1].Lower()] {
		return 0
	}
	return e
}
