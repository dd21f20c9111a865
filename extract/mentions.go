package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// mention is one detected reference to an entity, with everything the later
// stages need to know about how it was found.
type mention struct {
	textseg.Span
	sent   int
	t0, t1 int // token range [t0, t1) in analysis.tokens
	kind   MentionKind
	typ    EntityType // best guess; "" when unknown
	strong bool       // typ comes from the gazetteer or a head word
	// surface is the name as written, whitespace folded; canon is the
	// gazetteer's canonical name when the gazetteer knew it.
	surface, canon string
	honor          string   // honorific before the name ("Mr"), if any
	gender         byte     // 'm', 'f' or 0
	firstName      bool     // the first word is a known first name
	titleWords     []string // lower-cased words of a title before the name ("belarusian"? no: "president")
	titleAttr      int      // index into ments of the country/organisation the title names, or -1
	acrOf          int      // for an acronym defined in the text, index of its expansion, or -1
	hidden         bool     // nested in a role phrase: used by rules, not published
	roleHead       string   // role mentions: the role noun ("president", "company")
	roleAttr       string   // role mentions: canonical name of the demonym inside ("Belarus")
	roleMods       []string // role mentions: lower-case modifiers before the head ("prime", "deputy")
	// describedSide marks a role mention naming a side of a match by a
	// description ("the visitors", "the African side"), which the match
	// rules read as the side's name (coref_described_sides.go).
	describedSide bool
	// cataphor marks a possessive role phrase opening a story ("..., its
	// chief has said.") whose holder is named only afterwards; owner is
	// then the entity whose role it is, or -1 (set while resolving).
	cataphor   bool
	owner      int
	contextual []string // gazetteer names this surface stands for when they are present
	entity     int      // index into doc.Entities, -1 until resolved
	alone      bool     // a one-off capitalised common word: an entity only by joining a name
	// coordinated marks a lone unknown word typed Person because it is
	// listed beside a person's full name (entities_coordination.go).
	coordinated bool
	// side marks a country's name retyped as the national side named
	// after it (entities_teams.go): still the story's nation for rules
	// that read a national side.
	side bool
	// possName marks a name written with its "'s" where a body is cued
	// ("stores like Marshall Field's"): the "'s" belongs to the name, so
	// the entity keeps "X's" as a name (entities_orgcues.go).
	possName bool
	// groupNoun is the lower-case group noun written after a firm's name
	// ("the Tata group"): the entity keeps "Tata group" as another of its
	// names (entities_products_firms.go).
	groupNoun string
}

// isCapWord reports whether t can be part of a capitalised name.
func isCapWord(t textseg.Token) bool {
	return t.Flags&(textseg.TCap|textseg.TUpper) != 0 && t.Flags&textseg.TPunct == 0
}

// isOpener reports whether a token before a word makes that word start a
// clause, where a capital says nothing about names.
func isOpener(prev, t textseg.Token) bool {
	switch prev.Text {
	case "“", "‘", "(", "[", ":", "-", "–", "—", "--", ";", "«":
		return true
	case "\"", "'":
		return prev.End == t.Start
	}
	return false
}

// findMentions fills a.ments with the name, acronym, demonym, role and
// pronoun mentions of every sentence, sorted by Start.
func (x *Extractor) findMentions(a *analysis) {
	a.midStart, a.midSolo = map[string]bool{}, map[string]int{}
	for _, r := range a.sentTokens {
		for i := r.Start + 1; i < r.End; i++ {
			t := a.tokens[i]
			if t.Flags&textseg.TCap == 0 || isOpener(a.tokens[i-1], t) || isCapWord(a.tokens[i-1]) {
				continue
			}
			if i+1 < r.End && isCapWord(a.tokens[i+1]) {
				a.midStart[t.Text] = true
			} else {
				a.midSolo[t.Text]++
			}
		}
	}
	works := x.findWorkTitles(a)
	for s := range a.sentTokens {
		if s == 0 && a.titleCase() {
			x.gazetteerOnly(a, s, &works)
			continue
		}
		x.sentenceMentions(a, s, &works)
	}
	a.dropTechnologyNames() // entities_boundaries.go
	a.dropBrandPlurals()    // entities_boundaries.go
	a.dropCurrencyPlaces()  // entities_boundaries.go
	sort.SliceStable(a.ments, func(i, j int) bool {
		if a.ments[i].Start != a.ments[j].Start {
			return a.ments[i].Start < a.ments[j].Start
		}
		return a.ments[i].End > a.ments[j].End
	})
	x.lineupInitials(a) // entities_lineup_initials.go
	x.lineupPlayers(a)
	a.initialsJoinFullNames() // entities_initials.go
	a.coordinatedPersons()
	a.coordinatedOrgs()      // entities_coordination.go
	a.actsListedWithPeople() // entities_bands.go
	a.orgsInClassLists()     // entities_orgcues.go
	a.possessiveFirmNames()  // entities_orgcues.go
	// Acronym links were recorded as token positions; map them to indexes.
	pos, anyPos := map[int]int{}, map[int]int{}
	for i, m := range a.ments {
		if _, ok := anyPos[spanKey(m.t0, m.t1)]; !ok {
			anyPos[spanKey(m.t0, m.t1)] = i
		}
		if m.kind == MentionName && !m.hidden {
			pos[m.t0*1024+min(m.t1-m.t0, 1023)] = i
		}
	}
	for i := range a.ments {
		if k := a.ments[i].acrOf; k >= 0 {
			a.ments[i].acrOf = -1
			if j, ok := pos[k]; ok {
				a.ments[i].acrOf = j
			}
		}
		if k := a.ments[i].titleAttr; k >= 0 {
			a.ments[i].titleAttr = -1
			if j, ok := anyPos[k]; ok {
				a.ments[i].titleAttr = j
			}
		}
	}
}

func (a *analysis) addMention(m mention) int {
	m.entity = -1
	if m.titleAttr == 0 {
		m.titleAttr = -1
	}
	if m.acrOf == 0 {
		m.acrOf = -1
	}
	m.Start = a.tokens[m.t0].Start
	m.End = a.tokens[m.t1-1].End
	if m.surface == "" {
		m.surface = textseg.UnescapeName(textseg.Clean(a.doc.Text[m.Start:m.End]))
	}
	a.ments = append(a.ments, m)
	return len(a.ments) - 1
}

// spanKey encodes a token range for the fix-up pass in findMentions; +1 so
// that 0 keeps meaning "none" while mentions are being collected.
func spanKey(t0, t1 int) int { return t0*1024 + min(t1-t0, 1023) }

func (x *Extractor) sentenceMentions(a *analysis, s int, works *workTitles) {
	r := a.sentTokens[s]
	toks := a.tokens
	for i := r.Start; i < r.End; {
		t := toks[i]
		if isCapWord(t) {
			if j := x.acronymSpan(a, s, i); j > i {
				i = j // "European Bank for Reconstruction and Development (EBRD)"
				continue
			}
			if j := works.at(a, s, i); j > i {
				i = j // a film, book or product: no entity (entities_works.go)
				continue
			}
			if awardStatuettes[t.Lower()] && (i+1 >= r.End || !isCapWord(toks[i+1])) || notNameToken(t) {
				i++ // "won an Oscar"; "1.8GB", "on Wednesdays" (entities_boundaries.go)
				continue
			}
			if capArticle(t.Text) && i+1 < r.End && awardStatuettes[toks[i+1].Lower()] && (i+2 >= r.End || !isCapWord(toks[i+2])) {
				i += 2 // "The Oscar ceremony", "An Oscar is ...": the statuette alone is no name
				continue
			}
		}
		switch t.Text {
		case "he", "He", "she", "She":
			a.addMention(mention{sent: s, t0: i, t1: i + 1, kind: MentionPronoun, typ: Person,
				gender: lexicon.PronounGender[t.Lower()]})
			i++
			continue
		case "its", "Its", "their", "Their":
			if j := x.possRolePhrase(a, s, i); j > i {
				i = j
				continue
			}
		case "'s", "’s":
			if j := x.countryOffice(a, s, i); j > i {
				i = j
				continue
			}
		case "the", "The":
			if i+1 < r.End && isCapWord(toks[i+1]) {
				if j := x.acronymSpan(a, s, i+1); j > i+1 {
					i = j // before "the European bank" is read as a role phrase
					continue
				}
			}
			if j := x.possRolePhrase(a, s, i); j > i {
				i = j
				continue
			}
			if j := x.rolePhrase(a, s, i); j > i {
				i = j
				continue
			}
		}
		if t.Flags&textseg.TAlpha != 0 && t.Flags&(textseg.TCap|textseg.TUpper) == 0 {
			if j := x.bodyEvent(a, s, i); j > i {
				i = j
				continue
			}
		}
		if isCapWord(t) {
			i = x.nameRun(a, s, i)
			continue
		}
		i++
	}
}

// nameRun collects the capitalised run starting at token i (with the
// connectors names may contain), hands it to processRun and returns the
// index after it.
func (x *Extractor) nameRun(a *analysis, s, i int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	if weekdayPaper(toks, i, hi) {
		// "the Sunday Times", "the Sunday Telegraph": the day opens the
		// newspaper's name instead of ending a date.
		k := a.addMention(mention{sent: s, t0: i, t1: i + 2, kind: MentionName, typ: Organization, strong: true})
		x.afterName(a, s, k, i+2)
		return i + 2
	}
	if j := monthCompany(toks, a.sentTokens[s].Start, i, hi); j > i {
		// entities_boundaries.go: "May Department Stores", a company
		// the month opens; a month is no first name of it.
		k := a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization, strong: true})
		x.afterName(a, s, k, j)
		return j
	}
	if j := x.letterInTheName(a, i, hi); j > i {
		// entities_letternames.go: "T in the Park"
		k := a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Event, strong: true})
		x.afterName(a, s, k, j)
		return j
	}
	medium := mediumInName(toks, i, hi) // entities_boundaries.go: "The Internet Corporation for ..."
	if lexicon.NotNames[toks[i].Lower()] && !monthFirstName(toks, i, hi) && medium == 0 {
		return i + 1
	}
	j := max(i+1, medium)
	hasOf := false
	for j < hi {
		t := toks[j]
		if isCapWord(t) {
			if lexicon.NotNames[t.Lower()] && !x.dateSurname(a, i, j, hi) && !eventNumeral(toks, i, j) && !monthFirstName(toks, j, hi) {
				if e := mediumInName(toks, j, hi); e > j {
					j = e // "Oxford Internet Institute", "UK Internet Forum"
					continue
				}
				break
			}
			if abbrevThenStarter(toks, j) {
				break // "Warner Bros. However, ...": a sentence the splitter left joined
			}
			if comparativeThan(toks, j, hi) {
				break // "analysts Gartner More than 167 million ...": a lost full stop (entities_boundaries.go)
			}
			if _, ok := lexicon.Honorifics[t.Lower()]; ok && !lexicon.KeepHonorific[t.Lower()] {
				break // "in California Mr Torvalds said"
			}
			j++
			continue
		}
		next := func(k int) bool { return k < hi && isCapWord(toks[k]) && !lexicon.NotNames[toks[k].Lower()] }
		last := toks[j-1].Lower()
		if isPossessive(t.Text) && t.Start == toks[j-1].End && nameOwners[toks[j-1].Text] && next(j+1) &&
			!titleOpeners[toks[j+1].Lower()] && !(x.names[toks[j+1].Lower()] != 0 && next(j+2)) {
			// "People's Choice Awards", "Women's Institute": a
			// collective owner and the capitalised words after it are
			// one name.
			j++
			continue
		}
		switch t.Text {
		case "-":
			if e := hyphenGivenName(toks, i, j, hi); e > j {
				j = e // "Leung Kwok-hung"
				continue
			}
			if hyphenLowerInName(toks, j, hi) {
				j += 2 // "the Blu-ray Disc Association"
				continue
			}
		case "of":
			if e := a.scoreSideEnd(i); e > j && e <= hi {
				j = e // entities_scoresides.go: "Hearts of Oak"
				continue
			}
			if e := titledVenueEnd(toks, j, hi); e > 0 {
				j = e // entities_boundaries.go: "Princess of Wales Theatre"
				continue
			}
			k := j + 1
			if k < hi && toks[k].Text == "the" {
				k++
			}
			if x.countryQualifier(a, i, j, k, hi) {
				break // "Colorado State University of the US"
			}
			if x.namedRegionOfCountry(a, i, j, k, hi) {
				break // entities_boundaries.go: "the Central Province of Solomon Islands"
			}
			// "Chancellor of the Exchequer Gordon Brown", "President of
			// France Jacques Chirac": a role of one named thing, then a
			// name.
			if lexicon.IsRoleHead(last) && next(k) && next(k+1) {
				if end := x.roleOfName(a, s, i, j, k, hi); end > 0 {
					return end
				}
			}
			if last == "party" {
				if e := x.partyOfPlaceEnd(a, k, hi); e > 0 {
					j = e // entities_parties.go: "Conservative Party of Canada"
					continue
				}
			}
			if lexicon.PartyHeads[last] && next(k) && (x.personAfter(a, k, hi) || x.names[toks[k].Lower()] != 0 && next(k+1)) {
				break // "the Labour Party of Tony Blair": the party, then its leader
			}
			if (lexicon.OfHeads[last] || lexicon.PartyHeads[last] || bodyOpener(toks, i, j)) && next(k) && !lexicon.RoleHeads[last] {
				// "the Republic of Azerbaijan Ilham Aliyev", "Bank of
				// England Mervyn King": a known place ends the name when
				// a person's full name follows it.
				if m := x.placeEnd(a, k, hi); m > k && x.personAfter(a, m, hi) {
					x.processRun(a, s, i, m)
					return m
				}
				hasOf = true
				j = k
				continue
			}
		case "for":
			// "Court of Arbitration for Sport": once a body's name has
			// gone past "of", "for" and a capitalised word go on with it.
			if (lexicon.ForHeads[last] || lexicon.PartyHeads[last] || hasOf || bodyOpener(toks, i, j)) && next(j+1) {
				hasOf = true
				j++
				continue
			}
			if e := forTheName(toks, j, hi); e > j && (lexicon.ForHeads[last] || lexicon.PartyHeads[last]) {
				hasOf = true
				j = e // "Joint Council for the Welfare of Immigrants"
				continue
			}
		case ",":
			if !hasOf {
				break
			}
			if e := x.listedNameEnd(a, i, j, hi); e > j {
				j = e // entities_boundaries.go: "Department for Culture, Media and Sport"
				continue
			}
		case "at":
			if e := x.campusEnd(a, i, j, hi); hasOf && e > j {
				j = e // "University of North Carolina at Chapel Hill"
				continue
			}
		case "&":
			if next(j + 1) {
				j++
				continue
			}
		case "'", "’", "‘", "\"", "“":
			// "Athletes' Commission": a plural possessive inside a name.
			if (t.Text == "'" || t.Text == "’") && strings.HasSuffix(last, "s") && t.Start == toks[j-1].End && next(j+1) {
				if e := x.ownedWork(a, i, j, hi); e > 0 {
					x.processRun(a, s, i, j)
					return e // "Wesley Snipes' Blade" (entities_boundaries.go)
				}
				if x.collectiveOwner(a, i, j, hi) {
					j++
					continue
				}
			}
			// "Brian 'Head' Welch": a quoted nickname inside a name.
			if j+3 < hi && t.Start > toks[j-1].End && next(j+1) && isCloseOf(t.Text, toks[j+2].Text) &&
				toks[j+2].Start == toks[j+1].End && next(j+3) {
				j += 3
				continue
			}
		case "'s", "’s":
			if e, ok := x.saintsPlace(a, s, i, j, hi); ok {
				return e
			}
			if e := founderFirmEnd(a, s, i, j, hi); e > 0 {
				j = e // "Kurt Barnard, president of Barnard's Retail Consulting Group" (entities_boundaries.go)
				continue
			}
			// "US Trade Representative's Office"
			if j+1 < hi && isCapWord(toks[j+1]) && lexicon.OrgHeads[toks[j+1].Lower()] && (j+2 >= hi || !isCapWord(toks[j+2])) && !x.placeRun(a, i, j) {
				j++
				continue
			}
		case "and":
			if x.sharedDemonymHead(toks, i, j, hi) {
				j += 2 // "British and Irish Lions"
				continue
			}
			// "St Kitts and Nevis", "Trinidad and Tobago": a known name
			// with "and" inside.
			if next(j + 1) {
				if m := x.gazAnd(a, i, j, hi); m > 0 {
					j = m
					continue
				}
			}
			if hasOf && next(j+1) && !headedRunAfter(toks, j+1, hi) && !x.personAfter(a, j+1, hi) {
				if e, ok := x.gaz.Lookup(toks[j+1].Text); !ok || (e.Type != "Country" && e.Type != "City") {
					j++
					continue
				}
			}
			// "Food and Drug Administration": a short first part, then a
			// run ending in an organisation head. An acronym on either
			// side names a separate body ("EADS and BAE Systems").
			if !hasOf && j-i <= 2 && next(j+1) && !(j-i == 2 && lexicon.OrgHeads[last]) &&
				!acronymWord(toks[i]) && !acronymWord(toks[j+1]) {
				m := j + 1
				for m < hi && isCapWord(toks[m]) {
					m++
				}
				if lexicon.OrgHeads[toks[m-1].Lower()] && m-j > 2 {
					if _, ok := x.gaz.Lookup(toks[i].Text); !ok {
						j = m
						continue
					}
				}
			}
		default:
			if k, ok := foreignNameParticle(toks, i, j, hi); ok {
				j = k // entities_boundaries.go: "Parc des Princes", "Banque de France"
				continue
			}
			if lexicon.NameParticles[t.Text] && next(j+1) && !lexicon.OrgHeads[last] && !lexicon.PlaceHeads[last] {
				j++
				continue
			}
			// "Mohammed Mustafa al-Jibouri"
			if p, rest, ok := strings.Cut(t.Text, "-"); ok && lexicon.NameParticles[p] && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
				j++
				continue
			}
		}
		break
	}
	// "BBC Radio 4", "Channel 5"
	if j < hi && toks[j].Flags&textseg.TDigit != 0 && len(toks[j].Text) <= 2 && lexicon.NumberedHeads[toks[j-1].Lower()] {
		j++
	}
	// "band Maroon 5" (entities_numbered.go)
	j = numberedAct(a, s, i, j)
	x.processRun(a, s, i, j)
	return j
}

// companyLike are occupation nouns also said of firms ("steel producer
// Krivorizhstal", "majority owner Yukos").
var companyLike = lexicon.WordSet(`producer owner partner investor champion player
	founder operator head chief leader boss`)

// roleOfName handles a title "role of [the] Object Name..." inside a
// capitalised run: toks[i:j] are the role words, toks[k] the object, the
// capitalised words after it the person. It returns the index after the
// name, or 0 when the pattern does not fit.
func (x *Extractor) roleOfName(a *analysis, s, i, j, k, hi int) int {
	toks := a.tokens
	if j-i >= 2 && !isRoleWord(toks[i].Lower()) {
		// "U.S. Secretary of State Condoleezza Rice": a country in
		// front of the title is named on its own.
		e, ok := x.gaz.Lookup(toks[i].Text)
		if !ok || e.Type != "Country" {
			e, ok = x.gaz.DemonymEntry(toks[i].Text) // "British Chancellor of the Exchequer X"
		}
		if ok && e.Type == "Country" {
			if end := x.roleOfName(a, s, i+1, j, k, hi); end > 0 {
				x.processRun(a, s, i, i+1)
				return end
			}
		}
	}
	for r := i; r < j; r++ {
		if !isRoleWord(toks[r].Lower()) {
			return 0
		}
	}
	end := k + 1
	for end < hi && isCapWord(toks[end]) && !lexicon.NotNames[toks[end].Lower()] {
		end++
	}
	obj := x.headedObjectEnd(toks, k, end)
	if !x.nameAfterTitle(toks[obj:end]) || x.regionWord(toks[obj:end]) {
		return 0 // "Chief Executive of AOL UK": a country is never the holder
	}
	var words []string
	for r := i; r < j; r++ {
		words = append(words, toks[r].Lower())
	}
	n0 := len(a.ments)
	x.processRun(a, s, k, obj)
	attr := -1
	if len(a.ments) > n0 {
		attr = spanKey(a.ments[len(a.ments)-1].t0, a.ments[len(a.ments)-1].t1)
	}
	x.personName(a, s, obj, end, words, attr)
	return end
}

// isRoleWord reports whether w (lower case) can be part of a title.
func isRoleWord(w string) bool {
	if lexicon.RoleHeads[w] || lexicon.RoleModifiers[w] || lexicon.WeakRoles[w] {
		return true
	}
	// "Under-Secretary", "Vice-Chairman", "Lt.": hyphenated or dotted
	// forms of the same words.
	if p, h, ok := strings.Cut(w, "-"); ok {
		return lexicon.RoleHeads[h] && (lexicon.RoleModifiers[p] || p == "under" || p == "vice")
	}
	if t, ok := strings.CutSuffix(w, "."); ok {
		return lexicon.RoleHeads[t]
	}
	return false
}

// pluralAcronym reports forms like "MPs" and "PCs": plural common nouns.
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for k := 0; k < n-1; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// eventEditionStart returns the first token of an event's name found at
// toks[i] with the edition written before it: a year ("the 2005 World
// Championships"), or a year and the event's sport ("the 2002 football
// World Cup", lexicon.EventSports), which annotators keep in the name.
// Without either it returns i; lo is the first token that may be read.
func eventEditionStart(toks []textseg.Token, lo, i int) int {
	switch {
	case i > lo && isYear(toks[i-1].Text):
		return i - 1
	case i-1 > lo && isYear(toks[i-2].Text) && lexicon.EventSports[toks[i-1].Text]:
		return i - 2
	}
	return i
}

func isYear(w string) bool {
	return len(w) == 4 && (w[0] == '1' || w[0] == '2') && textseg.IsDigitByte(w[1]) && textseg.IsDigitByte(w[2]) && textseg.IsDigitByte(w[3])
}

// gazFits decides whether a gazetteer entry may be read for toks[i:j]: a
// single word that is also a common English word names a town only after
// a locative preposition ("in Reading"), a part of a town ("the outskirts
// of Oxford") or before a site in it ("the Oxford factory"), and a
// country or organisation always.
func (x *Extractor) gazFits(a *analysis, e gazetteer.Entry, i, j int) bool {
	if j-i > 1 || !e.CommonWord {
		return true
	}
	if e.Type != "City" && e.Type != "Place" {
		return true
	}
	if i > 0 && lexicon.LocPreps[a.tokens[i-1].Text] {
		return true
	}
	return a.partOfTown(i) || a.townBeforeSite(i, j) // entities_places.go
}

// processRun turns the capitalised run toks[i:j] into mentions: it drops
// a sentence-initial common word, splits juxtaposed gazetteer names
// ("Russia WTO"), peels titles and honorifics off person names, and types
// what is left.
func (x *Extractor) processRun(a *analysis, s, i, j int) {
	toks := a.tokens
	lo := a.sentTokens[s].Start
	if i >= j {
		return
	}
	if regionBeforeCountryNoun(a, s, i, j) {
		return // "the Nordic nation": no name (coref_nations_described.go)
	}
	if a.scoreSideEnd(i) == j {
		// entities_scoresides.go: the headline's score line names this
		// side whole, though a common word opens it ("Hearts of Oak").
		if k := x.classify(a, s, i, j); k >= 0 {
			x.afterName(a, s, k, j)
		}
		return
	}
	if i = x.stanceOpening(toks, i, j); i >= j {
		return // "Pro-Beijing DAB": the stance qualifies the name
	}
	initial := i == lo || isOpener(toks[i-1], toks[i])
	if initial && j-i > 1 && textseg.AllUpper(toks[i:j]) {
		if _, ok := x.gaz.Lookup(titleCased(textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End]))); ok {
			initial = false // "NEW YORK (AP) -"
		}
	}
	if x.occupationOpening(a, s, i, j, initial) {
		return // "Striker Novo", "Actor Foxx": the occupation is no name
	}
	if j-i == 1 && x.nicknameTeam(a, s, i) {
		// "Wallabies captain George Gregan", "Canaries boss X": a plural
		// nickname before a team role is the team.
		a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization, strong: true})
		return
	}
	if initial {
		w := toks[i].Lower()
		switch {
		case x.numberNameOpening(a, i, j):
			// "Six Nations rivals France": the number word opens a known
			// name (entities_number_openers.go).
		case lexicon.SentenceStarters[w] && toks[i].Flags&textseg.TUpper == 0: // "US firm X" is no "us"
			i++
		case x.knownNameStart(a, toks[i].Text, i, j):
		case j < a.sentTokens[s].End && lexicon.PublicationNouns[toks[j].Text]:
			// "Empire magazine's editor said": the noun after the
			// run says it is a periodical's title (entities_orgcues.go).
		case eastAsianFullName(toks[i:j]): // "Lam Cheuk-ting won": "Lam" is no common word here
		case j-i >= 2 && companyTails[toks[j-1].Lower()]:
			// "Acme Foods plans ...": a company head ends the run.
		case j-i == 1 && a.knownSurname(toks[i].Text):
			// "Bush told reporters": the surname of someone named
			// earlier, though it is also a common word.
		case j-i == 1 && x.names[w] == 0 && a.lowerElsewhere(toks[i]):
			// "Telecoms is one of two areas": an ordinary word the
			// document writes in lower case (entities_lowercase_openers.go).
			i++
		case lexicon.IsCommonWord(w):
			// "Acme Holdings said": a head word makes the run a name.
			if l := toks[j-1].Lower(); j-i < 2 || !(lexicon.OrgHeads[l] || lexicon.EventHeads[l] || lexicon.PlaceHeads[l]) {
				i++
			}
		default:
			a.tagSentence(s)
			if tg := toks[i].Tag; tg != "NNP" && tg != "NNPS" {
				i++
			}
		}
		for i < j && !isCapWord(toks[i]) {
			i++ // a connector left at the front
		}
		if i >= j {
			return
		}
	}
	// A capitalised article inside a sentence ("..., An EU spokesman").
	if j-i >= 2 && (toks[i].Text == "An" || toks[i].Text == "A" || toks[i].Text == "The") {
		if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])); !ok {
			i++
		}
	}
	if j-i == 1 {
		if x.compoundNotName(a, s, i) {
			return // "January-to-March", "Anglo-Dutch" (entities_boundaries.go)
		}
		w := toks[i].Text
		if lexicon.SoloNotNames[toks[i].Lower()] && !groupAcronym(toks, lo, a.sentTokens[s].End, i) || pluralAcronym(w) || len(w) == 1 || partyState(w) || letterCompound(w) {
			return
		}
	}
	if j-i == 1 && x.openingCompound(a, s, i) {
		return // "Pre-tax profits rose" (entities_boundaries.go)
	}
	if j-i == 1 && a.definedTechAcronym(lo, i) {
		return // "Liquid Crystal Display (LCD)" (entities_boundaries.go)
	}
	if j-i == 1 && holidayTail(toks, lo, i) {
		return // "on Christmas Day" (entities_boundaries.go)
	}
	if j-i == 1 && postNominal(toks, lo, i) {
		return // "Mark Tedeschi, QC,": letters after a name, no body
	}
	if j-i >= 2 && modelCode(toks[j-1].Text) {
		// "Airbus A380", "BMW X5": a product of the company, which alone
		// is the entity.
		x.processRun(a, s, i, j-1)
		return
	}
	surface := textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])
	if a.stockIndex(s, surface, j) {
		return // "the Dow Jones index", "the Nasdaq rose 0.9%": not entities
	}
	if adjectiveTails[toks[j-1].Lower()] && x.sportsDescriptor(a, s, j) {
		x.adjectiveOwner(a, s, i, j)
		return // "Commonwealth 100m champion Kim Collins"
	}
	if surface == "Labour" && j < a.sentTokens[s].End && labourNouns[toks[j].Text] {
		return // "Labour market figures": the word opening a sentence
	}
	if ambiguousParty(surface) && !a.ukPolitics() {
		return // "Conservatives in parliament" of another country
	}
	if j-i == 1 && irishProvinces[surface] && a.sportsStory() {
		// "Munster's Heineken Cup tie", "Connacht's Bernard Jackman": in
		// a sports story the province is its rugby side, never the place
		// (nor the German city the gazetteer spells "Münster").
		k := a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization,
			strong: true, canon: surface})
		x.afterName(a, s, k, j)
		return
	}
	if surface == "Congress" && j < a.sentTokens[s].End && toks[j].Text == "party" {
		// "the Congress party": India's party, which a legislature never
		// is; the gazetteer's "Congress" is the US one.
		k := a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization,
			strong: true, canon: surface})
		x.afterName(a, s, k, j)
		return
	}
	if league := a.rugbyLeague(i, j); league != "" {
		// entities_teams.go: "the Premiership", "Zurich Premiership" in a
		// rugby story are rugby's league, not football's.
		k := a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization, strong: true, canon: league})
		x.afterName(a, s, k, j)
		return
	}
	e, ok := x.gaz.Lookup(surface)
	if !ok && j-i >= 2 && strings.Contains(surface, ".") {
		// "U.N. Security Council": dotted initials inside a known name.
		if u := undot(surface); u != surface {
			e, ok = x.gaz.Lookup(u)
		}
	}
	if !ok && textseg.AllUpper(toks[i:j]) {
		// Wire datelines: "MOSCOW (Reuters) -", "NEW YORK, Jan 5 -". A
		// short word in capitals is mostly an acronym ("BOLD", "NATO"),
		// so it is read as a city only where a dateline opens the
		// sentence ("KIEV, May 2 (Reuters) -", "ROME (AP) -").
		dateline := i == a.sentTokens[s].Start && textseg.DatelineEnd(toks[i:a.sentTokens[s].End]) > 0
		if e2, ok2 := x.gaz.Lookup(titleCased(surface)); ok2 && (e2.Kind != gazetteer.Organization || j-i > 1) &&
			(j-i > 1 || len(surface) > 4 || dateline && (e2.Kind == gazetteer.City || e2.Kind == gazetteer.Country)) {
			e, ok = e2, true
		}
	}
	if ok && x.gazFits(a, e, i, j) {
		t0 := i
		if e.Type == "Event" {
			t0 = eventEditionStart(toks, lo, i)
		}
		canon := e.Name
		if spellingVariant(surface, canon) && !textseg.AllUpper(toks[i:j]) {
			// The gazetteer types the name but the text's letters stay
			// the name: "Munster" is not "Münster". Capitals alone
			// ("MOSCOW" in a dateline) still take the gazetteer's form.
			canon = surface
		}
		k := a.addMention(mention{sent: s, t0: t0, t1: j, kind: MentionName, typ: EntityType(e.Type),
			strong: true, canon: canon, contextual: x.gaz.Contextual(surface)})
		if t0 < i {
			a.ments[k].canon = ""
		}
		if j-i == 1 && toks[i].Flags&textseg.TUpper != 0 {
			a.ments[k].kind = MentionAcronym
		}
		x.afterName(a, s, k, j)
		return
	}
	if e, ok := x.gaz.DemonymEntry(surface); ok {
		if e.Type == "Country" || e.Type == "Organization" {
			k := a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionDemonym, typ: EntityType(e.Type),
				strong: true, canon: e.Name, surface: surface})
			if partyAlias(&a.ments[k]) {
				// "Labour", "Tory": a party's adjective is its name.
				a.ments[k].kind = MentionName
			}
		}
		return
	}
	// "Tory MPs", "Iranian MPs": members of the party or country, which
	// alone is named.
	if j-i >= 2 && pluralAcronym(toks[j-1].Text) {
		k := j - 1
		for k > i && pluralAcronym(toks[k-1].Text) {
			k--
		}
		if k > i && pluralMembers(toks[k:j]) && x.knownPrefix(a, i, k) {
			x.processRun(a, s, i, k)
			return
		}
	}
	if x.companyRegion(a, s, i, j) {
		return
	}
	if j-i >= 2 && x.splitGazetteer(a, s, i, j) {
		return
	}
	// "Russian Svetlana Kuznetsova": a nationality before a person's name;
	// "Frenchman Arnaud Clement", "Spaniard Costa": a nationality noun
	// before one (entities_boundaries.go).
	for n := 2; n >= 1; n-- {
		if j-i <= n {
			continue
		}
		sf := textseg.Clean(a.doc.Text[toks[i].Start:toks[i+n-1].End])
		e, ok := x.gaz.DemonymEntry(sf)
		if !ok || e.Type != "Country" {
			continue
		}
		if x.afterPersonDemonym(toks[i:i+n], toks[i+n:j]) {
			a.addMention(mention{sent: s, t0: i, t1: i + n, kind: MentionDemonym, typ: Country, strong: true, canon: e.Name})
			k := x.personName(a, s, i+n, j, nil, 0)
			a.ments[k].strong = true
			if w := toks[i].Lower(); strings.HasSuffix(w, "woman") {
				a.ments[k].gender = 'f'
			} else if strings.HasSuffix(w, "man") {
				a.ments[k].gender = 'm'
			}
			return
		}
		if j-i > n+1 && x.personLike(toks[i+n:j]) || n == 1 && j-i == 2 && x.loneNameAfterDemonym(a, i, j) {
			a.addMention(mention{sent: s, t0: i, t1: i + n, kind: MentionDemonym, typ: Country, strong: true, canon: e.Name})
			x.processRun(a, s, i+n, j)
			return
		}
	}
	if x.gluedDescriptor(a, s, i, j) {
		// "Goalscorer Jimmy Floyd Hasselbaink said": a capitalised
		// descriptor opening the sentence is no part of the name.
		x.processRun(a, s, i+1, j)
		return
	}
	// "EADS Philippe Camus": an acronym glued to the full name of a
	// person who works there.
	for k := i + 1; k+1 < j; k++ {
		if len(toks[k-1].Text) >= 3 && acronymWord(toks[k-1]) && !isRoleWord(toks[k-1].Lower()) && !acronymWord(toks[k]) &&
			x.names[toks[k].Lower()] != 0 && x.personLike(toks[k:j]) && x.nameAfterTitle(toks[k:j]) {
			x.processRun(a, s, i, k)
			x.processRun(a, s, k, j)
			return
		}
	}
	// "Commons Speaker Michael Martin", "Speaker Dennis Hastert": the
	// presiding officer's title, left out of the role words because a
	// lower-case "speaker" is anyone at a lectern, stands before a full
	// name whose first name is known: the person is the name alone.
	for r := i; r+2 < j; r++ {
		if toks[r].Text == "Speaker" && x.names[toks[r+1].Lower()] != 0 && x.personLike(toks[r+1:j]) {
			x.processRun(a, s, i, r)
			x.processRun(a, s, r+1, j)
			return
		}
	}
	// Title: [attribute] role words name. The role words must contain a
	// head and leave a name after them. A run holding a quoted nickname
	// ("Brian 'Head' Welch") has no title inside.
	isMark := func(k int) bool {
		return k >= i && k < j && toks[k].Flags&textseg.TPunct != 0 && toks[k].Text != "&" && toks[k].Text != "-"
	}
	for r := i; r < j-1; r++ {
		if !isRoleWord(toks[r].Lower()) || isMark(r-1) || isMark(r+1) {
			continue
		}
		q, head := r, false
		var words []string
		for q < j && isRoleWord(toks[q].Lower()) {
			w := toks[q].Lower()
			head = head || lexicon.IsRoleHead(w)
			words = append(words, w)
			q++
		}
		if !head && q < j && militaryRank(words) && (x.personLike(toks[q:j]) || x.rankHolder(toks[q:j])) {
			head = true // "General Suleiman al-Amr": a rank before a full name
		}
		if !head || q >= j || !x.nameAfterTitle(toks[q:j]) {
			r = q
			continue
		}
		if lexicon.WeakRoles[words[len(words)-1]] && j-q < 2 {
			r = q // "Star Wars" is no title; "Producer Aamir Khan" is
			continue
		}
		attr := -1
		if n, canon := x.partyPrefix(a, r, q); r == i && n > 0 && partyTitle(a, r, n, q) {
			// "Labour MP Diane Abbott": the party is an entity and the
			// attribute of the title.
			a.addMention(mention{sent: s, t0: r, t1: r + n, kind: MentionName, typ: Organization, strong: true, canon: canon})
			attr = spanKey(r, r+n)
		} else if r > i {
			n0 := len(a.ments)
			x.processRun(a, s, i, r)
			if len(a.ments) > n0 {
				attr = spanKey(a.ments[len(a.ments)-1].t0, a.ments[len(a.ments)-1].t1)
			}
		} else if r >= lo+2 && isPossessive(toks[r-1].Text) {
			// "Brazil's President Lula da Silva": the owner precedes.
			for k := len(a.ments) - 1; k >= 0 && a.ments[k].sent == s; k-- {
				if a.ments[k].t1 == r-1 {
					attr = spanKey(a.ments[k].t0, a.ments[k].t1)
					break
				}
			}
		}
		x.personName(a, s, q, j, words, attr)
		return
	}
	// Honorific.
	if _, ok := lexicon.Honorifics[toks[i].Lower()]; ok && j-i >= 2 && isCapWord(toks[i+1]) {
		x.personName(a, s, i, j, nil, -1)
		return
	}
	if x.partyRoleRun(a, s, i, j) || x.partisanName(a, s, i, j) || x.compassPlace(a, s, i, j) || x.companyUnit(a, s, i, j) {
		return
	}
	// A run that is only role words: "the President", "Prime Minister".
	allRole, head := true, false
	for k := i; k < j; k++ {
		w := toks[k].Lower()
		allRole = allRole && isRoleWord(w)
		head = head || lexicon.PersonRoleNouns[w]
	}
	if allRole {
		if head {
			t0 := i
			if t0 > lo && toks[t0-1].Lower() == "the" {
				t0--
			}
			last := toks[j-1].Lower()
			a.addMention(mention{sent: s, t0: t0, t1: j, kind: MentionRole, typ: Person, roleHead: last})
		}
		return
	}
	if k := x.classify(a, s, i, j); k >= 0 {
		x.afterName(a, s, k, j)
	}
}

// isCloseOf reports whether closing matches the quote mark opening.
func isCloseOf(opening, closing string) bool {
	switch opening {
	case "'", "\"":
		return closing == opening
	case "‘":
		return closing == "’"
	case "“":
		return closing == "”"
	}
	return false
}

// partyState reports US party-and-state tags after a politician's name
// ("R-Ariz", "D-N.Y.").
func partyState(w string) bool {
	if len(w) < 4 || len(w) > 9 || w[1] != '-' || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') {
		return false
	}
	return w[2] >= 'A' && w[2] <= 'Z'
}

func isPossessive(t string) bool {
	return t == "'s" || t == "’s" || t == "'" || t == "’"
}

// knownNameStart reports whether a sentence-initial capitalised word is
// known to open a name without asking the tagger.
func (x *Extractor) knownNameStart(a *analysis, w string, i, j int) bool {
	if _, ok := x.gaz.Lookup(w); ok {
		return true
	}
	// "South Africa lost": the whole run is a known name even though its
	// first word is a common one.
	// "Plaid Cymru MP Elfyn Llwyd": or a known name opens the run.
	for m := min(j, i+x.gaz.MaxWords()); m >= i+2; m-- {
		if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[a.tokens[i].Start:a.tokens[m-1].End])); ok {
			return true
		}
	}
	if _, ok := x.gaz.DemonymEntry(w); ok {
		return true
	}
	if i+1 < j {
		// "South Korean Foreign Minister X" opening a sentence.
		if _, ok := x.gaz.DemonymEntry(w + " " + a.tokens[i+1].Text); ok {
			return true
		}
	}
	lw := textseg.Lower(w)
	if _, ok := lexicon.Honorifics[lw]; ok {
		return true
	}
	if isRoleWord(lw) {
		for k := i; k < j; k++ {
			if lexicon.IsRoleHead(a.tokens[k].Lower()) && k+1 < j {
				return true
			}
		}
	}
	if x.names[lw] != 0 && j-i >= 2 {
		return true
	}
	if j-i >= 2 {
		return a.midStart[w]
	}
	return a.midSolo[w] > 0
}

// personLike reports whether a run looks like a person's name: a known
// first name, or two or more words that are neither common words, nor
// demonyms, nor end in a head word ("Svetlana Kuznetsova").
func (x *Extractor) personLike(toks []textseg.Token) bool {
	if len(toks) < 2 {
		return false
	}
	if x.names[toks[0].Lower()] != 0 {
		return true
	}
	last := toks[len(toks)-1].Lower()
	if lexicon.OrgHeads[last] || lexicon.EventHeads[last] || lexicon.PlaceHeads[last] || lexicon.WorkHeads[last] {
		return false
	}
	for _, t := range toks {
		if !isCapWord(t) || lexicon.IsCommonWord(t.Lower()) {
			return false
		}
	}
	if _, ok := x.gaz.DemonymEntry(toks[0].Text); ok {
		return false
	}
	if _, ok := x.gaz.Lookup(toks[0].Text); ok {
		return false
	}
	return true
}

// nameAfterTitle reports whether the tokens after a title can be a
// person's name rather than the rest of an organisation or event name
// ("General Motors", "Star Wars").
func (x *Extractor) nameAfterTitle(toks []textseg.Token) bool {
	last := toks[len(toks)-1].Lower()
	if lexicon.OrgHeads[last] || lexicon.EventHeads[last] || lexicon.PlaceHeads[last] {
		return false
	}
	for _, t := range toks {
		if t.Text == "of" || t.Text == "for" || t.Text == "&" {
			return false
		}
	}
	return true
}

// splitGazetteer splits a run made entirely of gazetteer names and
// demonyms ("Russia WTO", "UK Treasury") into one mention each. It reports
// false, adding nothing, when some part of the run is unknown.
func (x *Extractor) splitGazetteer(a *analysis, s, i, j int) bool {
	type part struct {
		t0, t1 int
		e      string
		typ    string
		dem    bool
	}
	var parts []part
	toks := a.tokens
	for k := i; k < j; {
		best := -1
		var bp part
		for m := min(j, k+x.gaz.MaxWords()); m > k; m-- {
			sf := textseg.Clean(a.doc.Text[toks[k].Start:toks[m-1].End])
			if e, ok := x.gaz.Lookup(sf); ok {
				if (e.Type == "City" || e.Type == "Place") && (e.Ambiguous || e.CommonWord) {
					return false
				}
				best, bp = m, part{k, m, e.Name, e.Type, false}
				break
			}
			if e, ok := x.gaz.DemonymEntry(sf); ok && (e.Type == "Country" || e.Type == "Organization") {
				best, bp = m, part{k, m, e.Name, e.Type, true}
				break
			}
		}
		if best < 0 {
			return false
		}
		parts = append(parts, bp)
		k = best
	}
	// "Beijing Olympics", "Hong Kong Open": a place before an event is
	// part of the event's name; so is a place before a national body
	// ("Hong Kong Rugby Football Union").
	// "Los Angeles Times", "the Irish Times": a place or demonym before
	// a newspaper's one-word title is the paper's own name, not the
	// place and another paper.
	if n := len(parts); n >= 2 && parts[n-1].typ == "Organization" && parts[n-1].t1-parts[n-1].t0 == 1 &&
		lexicon.NewspaperHeads[toks[parts[n-1].t0].Lower()] {
		return false
	}
	if n := len(parts); n >= 2 && !parts[n-2].dem {
		if parts[n-1].typ == "Event" {
			return false
		}
		if lp := parts[n-1]; lp.typ == "Organization" && lp.t1-lp.t0 >= 2 && bodyHeads[toks[lp.t1-1].Lower()] {
			return false
		}
		// "US Treasury", "Russian Army": a country's own institution,
		// not the British Treasury the bare word names.
		if lp := parts[n-1]; lp.typ == "Organization" && lp.t1-lp.t0 == 1 && govHeads[toks[lp.t0].Lower()] &&
			(parts[n-2].typ == "Country" || parts[n-2].dem) {
			return false
		}
	}
	for _, p := range parts {
		kind := MentionName
		if p.dem {
			kind = MentionDemonym
		} else if p.t1-p.t0 == 1 && toks[p.t0].Flags&textseg.TUpper != 0 {
			kind = MentionAcronym
		}
		a.addMention(mention{sent: s, t0: p.t0, t1: p.t1, kind: kind, typ: EntityType(p.typ), strong: true, canon: p.e})
	}
	return true
}

// bodyHeads end the names of national bodies that take a place name in
// front ("Scottish Rugby Union", "Hong Kong Rugby Football Union").
var bodyHeads = lexicon.WordSet(`union association federation council board committee
	league club society`)

// govHeads are institutions every country has, named after the country
// ("US Treasury", "Japanese Parliament").
var govHeads = lexicon.WordSet(`treasury congress senate parliament army navy
	government cabinet embassy police bank`)

// personName adds the person mention toks[i:j], peeling an honorific.
func (x *Extractor) personName(a *analysis, s, i, j int, title []string, attr int) int {
	toks := a.tokens
	m := mention{sent: s, kind: MentionName, typ: Person, titleWords: title, titleAttr: attr}
	if g, ok := lexicon.Honorifics[toks[i].Lower()]; ok && j-i >= 2 {
		m.honor = strings.TrimSuffix(toks[i].Text, ".")
		m.gender = g
		i++
	}
	m.t0, m.t1 = i, j
	if g := x.names[toks[i].Lower()]; g != 0 && j-i >= 2 {
		m.firstName = true
		if m.gender == 0 && g != 'u' {
			m.gender = g
		}
	}
	if len(title) > 0 {
		switch title[len(title)-1] {
		case "king", "prince", "emperor", "sultan", "emir", "pope", "sheikh":
			m.gender = 'm'
		case "queen", "princess", "chairwoman", "spokeswoman", "congresswoman":
			m.gender = 'f'
		}
	}
	m.strong = len(title) > 0 || m.honor != ""
	return a.addMention(m)
}

// classify types the name toks[i:j] from head words, first names and
// shape, and adds it.
func (x *Extractor) classify(a *analysis, s, i, j int) int {
	toks := a.tokens
	m := mention{sent: s, t0: i, t1: j, kind: MentionName}
	last := strings.TrimSuffix(toks[j-1].Lower(), ".") // "Microsoft Corp."
	first := toks[i].Lower()
	if a.scoreSideEnd(i) == j {
		// entities_scoresides.go: a side the headline's score line names
		m.typ, m.strong = Organization, true
		m.surface = textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])
		return a.addMention(m)
	}
	if lexicon.WorkHeads[last] && !x.workHeadSurname(a, i, j, last) || a.namedWork(s, i, j) || languageWord(a, i, j) { // mentions_surname_heads.go: "Jude Law"
		return -1
	}
	if x.gerundTitle(a, s, i, j) {
		return -1 // entities_gerund_titles.go: "Finding Neverland"
	}
	// A lower-case occupation right before the name ("striker Kezman",
	// "psychologist Dave Collins") marks a person.
	if p := i - 1; p >= a.sentTokens[s].Start && toks[p].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 &&
		x.occupationMarksPerson(a, toks[p].Lower(), i, j, last) { // mentions_surname_heads.go
		m.typ, m.strong = Person, true
		m.titleWords = []string{toks[p].Lower()}
		if g := x.names[first]; g != 0 && j-i >= 2 {
			m.firstName = true
			if g != 'u' {
				m.gender = g
			}
		}
		m.surface = textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])
		return a.addMention(m)
	}
	// "Association of Leading Visitor Attractions": the head is the word
	// before "of"/"for".
	for k := i + 1; k < j-1; k++ {
		if t := toks[k].Text; t == "of" || t == "for" {
			h := toks[k-1].Lower()
			if lexicon.OrgHeads[h] || lexicon.EventHeads[h] || lexicon.PlaceHeads[h] {
				last = h
			}
			break
		}
	}
	// "Rhein-Main airport": an unknown name before a lower-case place
	// noun is the place, noun included.
	if j < a.sentTokens[s].End && placeNouns[toks[j].Text] && x.names[first] == 0 && !lexicon.OrgHeads[last] && !lexicon.EventHeads[last] && !lexicon.PlaceHeads[last] &&
		!(toks[j].Text == "station" && (stationBroadcastTails[last] || i > a.sentTokens[s].Start && stationArticles[toks[i-1].Lower()])) {
		m.t1, m.typ, m.strong = j+1, Place, true
		m.surface = textseg.Clean(a.doc.Text[toks[i].Start:toks[j].End])
		return a.addMention(m)
	}
	if particleVenue(toks, i, j) {
		m.typ, m.strong = Place, true // entities_boundaries.go: "Parc des Princes"
		m.surface = textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])
		return a.addMention(m)
	}
	if companyStarts[first] && j-i >= 2 || companyTails[last] && j-i >= 2 && x.names[first] == 0 {
		m.typ, m.strong = Organization, true // "Deutsche Boerse"
		m.surface = textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])
		return a.addMention(m)
	}
	if j-i >= 2 && adjectiveTails[last] && x.modifiesRole(a, s, j) {
		// "Sydney Olympic 100m champion Maurice Greene": the run
		// qualifies the descriptor of the name that follows; the place
		// in front is still named.
		x.adjectiveOwner(a, s, i, j)
		return -1
	}
	switch {
	case j-i == 1 && toks[i].Flags&textseg.TUpper != 0:
		m.kind, m.typ = MentionAcronym, Organization
	case j-i >= 2 && toks[j-1].Flags&textseg.TDigit != 0 && lexicon.NumberedHeads[toks[j-2].Lower()]:
		m.typ, m.strong = Organization, true // "BBC Radio 4"
	case x.bareSurnameHead(a, s, i, j, last):
		// mentions_surname_heads.go: "Wayne Bridge", "Charlotte Church"
		m.typ, m.firstName = Person, true
		if g := x.names[first]; g != 'u' {
			m.gender = g
		}
	case lexicon.EventHeads[last] && actCuedInDoc(a.doc.Text, a.doc.Text[toks[i].Start:toks[j-1].End]):
		// "punk band Green Day" anywhere in the story: an act, not a
		// day, at every mention (entities_bands.go).
		m.typ, m.strong = Organization, true
	case lexicon.EventHeads[last]:
		m.typ, m.strong = Event, true
	case lexicon.OrgHeads[last] || strings.Contains(a.doc.Text[toks[i].Start:toks[j-1].End], "&"):
		m.typ, m.strong = Organization, true
	case lexicon.PlaceHeads[last]:
		m.typ, m.strong = Place, true
	case groupPluralName(j-i, last) && (!allCommonWords(toks[i:j]) || x.names[first] != 0 || x.commonWordAct(a, i, j, last) || a.commonWordTeam(last)):
		m.typ, m.strong = Organization, true // entities_bands.go: "Boca Juniors", "Kaiser Chiefs", "Sale Sharks"
	case eastAsianFullName(toks[i:j]):
		m.typ, m.strong = Person, true // "Lam Cheuk-ting"
	case j-i >= 2 && possessiveOpeners[first]:
		return -1 // entities_openers.go: "My Family" is a title
	case j-i >= 2 && articleOpeners[first] && !allCommonWords(toks[i+1:j]) && !a.particleSurname(a.doc.Text[toks[i].Start:toks[j-1].End]):
		// entities_openers.go: "La Scala", "Der Spiegel" are no people,
		// though "La" and "Le" are also first names; the cues below and
		// the trained typer give the type.
	case j-i >= 3 && x.names[first] != 0 && innerTitleWord(toks, i, j) >= 0:
		// entities_openers.go: "Georgia On My Mind" is a title; "Roger
		// Michell For Enduring Love" is a name, then a title.
		k := innerTitleWord(toks, i, j)
		if k-i < 2 {
			return -1
		}
		return x.classify(a, s, i, k)
	case j-i >= 2 && x.names[first] != 0:
		m.typ, m.firstName = Person, true
		if g := x.names[first]; g != 'u' {
			m.gender = g
		}
	case j-i >= 2 && movementWord(toks[j-1].Text) && !lexicon.IsCommonWord(first):
		// "Ulster Unionist leader X", "Scottish Socialists": a party
		// or movement named by its members.
		m.typ, m.strong = Organization, true
	case j-i == 1 && x.names[first] != 0 && !lexicon.IsCommonWord(first):
		// A lone first-name-like word is more often a person known by one
		// name ("Madonna", "Usher") than an organisation.
		m.typ = Person
	case allCommonWords(toks[i:j]) && x.orgCue(a, s, i, j):
		// entities_orgcues.go: "economist at Global Insight"
		m.typ, m.strong = Organization, true
	case j-i == 1 && lexicon.IsCommonWord(first) && a.midSolo[toks[i].Text] < 2:
		// A capitalised common word used once ("A Concert of Hope") is a
		// title or emphasis; companies named so ("Apple") recur. It may
		// still be a surname ("Rice told reporters"): coreference keeps
		// it only if it joins a full name.
		m.alone = true
	case j-i >= 2:
		// Capitalised common words ("Talking Point", "Old Europe") are
		// titles of works and slogans, not entities; a common first word
		// leaves the type open.
		if allCommonWords(toks[i:j]) {
			return -1
		}
		if x.firmOpened(toks[i]) {
			m.typ = Organization // entities_products_firms.go: "Pernod Ricard"
		} else if (!lexicon.IsCommonWord(first) || x.initialSurname(toks[i:j])) && !x.notPersonShape(toks[i:j]) && !x.countryOpened(toks[i].Text, first) {
			if innerTitleWord(toks, i, j) >= 0 {
				return -1 // entities_openers.go: "Jewel Of The Nile"
			}
			m.typ = Person
			if t := a.articleNamePlace(s, i, j); t != "" {
				m.typ, m.strong = t, t != Person
			}
		}
	}
	if m.typ == "" && j-i == 1 && !m.alone && x.townBeforeRegion(a, s, i, j) {
		m.typ, m.strong = City, true // "the stronghold of Normanton in West Yorkshire"
	}
	if (m.typ == "" || m.typ == Person && !m.firstName && !m.strong) && !m.alone {
		if t := x.venueAfterPrep(a, s, i, j); t != "" {
			m.typ, m.strong = t, true // entities_places.go: "the match at Murrayfield"
		}
	}
	if (m.typ == "" || m.typ == Person && !m.firstName) && !m.alone {
		if t := a.placeNounAround(s, i, j); t != "" {
			m.typ, m.strong = t, true // "the province of Aceh", "Aceh province"
		}
	}
	if m.typ == Event {
		i = eventEditionStart(toks, 0, i)
		m.t0 = i
	}
	m.surface = textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])
	if c := x.gaz.Contextual(m.surface); len(c) > 0 {
		m.contextual = c
	}
	return a.addMention(m)
}

// countryOpened reports whether a name opens with a country's name that
// is no first name ("France Unbowed", "Ukraine Rada"): a body or a
// movement named after the country, not a person ("Jordan Henderson"
// keeps a first name).
func (x *Extractor) countryOpened(word, lower string) bool {
	e, ok := x.gaz.Lookup(word)
	return ok && e.Type == "Country" && x.names[lower] == 0
}

// afterName looks right of a name ending at token j for what the text
// says about it: an acronym defined in brackets or after "or", or a
// lower-case "summit" that makes a place name an event ("the Hong Kong
// summit").
func (x *Extractor) afterName(a *analysis, s, k, j int) {
	toks := a.tokens
	hi := a.sentTokens[s].End
	m := a.ments[k]
	if m.kind == MentionName && m.t1-m.t0 >= 2 && len(m.titleWords) == 0 && m.honor == "" {
		acr := -1
		if j+2 < hi && toks[j].Text == "(" && toks[j+2].Text == ")" && isCapWord(toks[j+1]) {
			acr = j + 1
		} else if j+2 < hi && toks[j].Text == "," && toks[j+1].Text == "or" && toks[j+2].Flags&textseg.TUpper != 0 {
			acr = j + 2
		} else if j+1 < hi && toks[j].Text == "or" && toks[j+1].Flags&textseg.TUpper != 0 {
			acr = j + 1
		}
		// A name whose acronym spells a common noun ("Liquid Crystal
		// Display (LCD) TVs", "Digital Rights Management (DRM)") is a
		// technology, not a body: neither form is an entity.
		if acr > 0 && acronymFits(toks[acr].Text, a.doc.Text[m.Start:m.End]) && lexicon.TechAcronyms[toks[acr].Lower()] && !bodyTail(m.surface) {
			if k == len(a.ments)-1 {
				a.ments = a.ments[:k]
			}
			return
		}
		if acr > 0 && acronymFits(toks[acr].Text, a.doc.Text[m.Start:m.End]) {
			typ := m.typ
			if typ == "" || typ == Person {
				// Persons have no acronyms: "UK Athletics (UKA)".
				typ = Organization
				a.ments[k].typ = Organization
			}
			a.addMention(mention{sent: s, t0: acr, t1: acr + 1, kind: MentionAcronym, typ: typ,
				strong: m.strong, acrOf: spanKey(m.t0, m.t1)})
		}
	}
	// "the IRB (International Rugby Board)": the acronym came first.
	if m.t1-m.t0 >= 2 && m.typ != Person && m.t0 >= 2 && j < hi && toks[m.t0-1].Text == "(" && toks[j].Text == ")" {
		if p := toks[m.t0-2]; isCapWord(p) && acronymFits(p.Text, a.doc.Text[m.Start:m.End]) {
			for q := len(a.ments) - 1; q >= 0 && a.ments[q].sent == s; q-- {
				if a.ments[q].t0 == m.t0-2 && a.ments[q].t1 == m.t0-1 {
					a.ments[q].acrOf = spanKey(m.t0, m.t1)
					break
				}
			}
		}
	}
	if j < hi && (toks[j].Text == "summit" || toks[j].Text == "meeting") {
		switch m.typ {
		case City, Country, Place:
			if toks[j].Text == "meeting" {
				break // "a London meeting" is no named event; "the G7 meeting" is
			}
			a.addMention(mention{sent: s, t0: m.t0, t1: j + 1, kind: MentionName, typ: Event, strong: true})
		case Organization:
			a.addMention(mention{sent: s, t0: m.t0, t1: j + 1, kind: MentionName, typ: Event, strong: true})
		}
	}
}

// acronymFits checks that an acronym plausibly abbreviates name: its
// first letter opens the name and it is no longer than the name has words
// (plus slack for "of", "and").
func acronymFits(acr, name string) bool {
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' || r == '\n' })
	if len(words) == 0 || len(acr) < 2 {
		return false
	}
	if !strings.EqualFold(acr[:1], words[0][:1]) || !isCapWord(textseg.Token{Text: acr, Flags: textseg.TokenFlags(acr)}) {
		return false
	}
	if acr[len(acr)-1] >= 'a' && acr[len(acr)-1] <= 'z' && len(acr) > 1 {
		// Mixed case ("Unece", "Alva"): letters must follow the initials.
		lw := strings.ToLower(acr)
		k := 0
		for _, w := range words {
			if k < len(lw) && strings.EqualFold(w[:1], lw[k:k+1]) {
				k++
			}
		}
		if k < len(lw)-1 {
			return false
		}
	}
	caps := 0
	for _, w := range words {
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	return len(acr) <= caps+2 && len(acr) >= caps-2
}

// rolePhrase recognises "the [modifiers] role" at token i ("the
// President", "the Belarusian leader", "the head of state", "the company")
// and adds a role mention; it returns the index after the phrase, or i.
func (x *Extractor) rolePhrase(a *analysis, s, i int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	k := i + 1
	dem := ""
	demT0, demT1 := -1, -1
	demTyp := Country
	var mods []string
	country := -1 // token of a country's name among the modifiers
	for k < hi {
		w := toks[k].Lower()
		if isCapWord(toks[k]) && dem == "" {
			// "the Tory leader": a party's demonym names the party.
			if k+2 < hi && isCapWord(toks[k+1]) {
				// "the Lib Dem leader", "the Liberal Democrat leader"
				if e, ok := x.gaz.DemonymEntry(toks[k].Text + " " + toks[k+1].Text); ok && e.Type == "Organization" {
					dem, demT0, demT1, demTyp = e.Name, k, k+2, Organization
					k += 2
					continue
				}
			}
			if e, ok := x.gaz.DemonymEntry(toks[k].Text); ok && e.Type == "Organization" {
				dem, demT0, demT1, demTyp = e.Name, k, k+1, Organization
				k++
				continue
			}
		}
		if lexicon.RoleModifiers[w] && !lexicon.PersonRoleNouns[w] && k+1 < hi && !isCapWord(toks[k+1]) || w == "new" || w == "former" {
			if w == "former" || w == "ex" || w == "outgoing" {
				return i // someone else than the current holder
			}
			if k+1 < hi && (lexicon.PersonRoleNouns[toks[k+1].Lower()] || isRoleWord(toks[k+1].Lower())) {
				if w != "new" && len(mods) < 4 {
					mods = append(mods, w)
				}
				k++
				continue
			}
		}
		if isCapWord(toks[k]) && dem == "" {
			// "Belarusian", "South African"
			if k+2 < hi {
				if e, ok := x.gaz.DemonymEntry(toks[k].Text + " " + toks[k+1].Text); ok && e.Type == "Country" {
					dem, demT0, demT1, demTyp = e.Name, k, k+2, Country
					k += 2
					continue
				}
			}
			if e, ok := x.gaz.DemonymEntry(toks[k].Text); ok && e.Type == "Country" {
				dem, demT0, demT1, demTyp = e.Name, k, k+1, Country
				k++
				continue
			}
			// "the US secretary of state", "the UK prime minister": a
			// country's name in front of a lower-case office.
			if e, ok := x.gaz.Lookup(toks[k].Text); ok && e.Type == "Country" && k+1 < hi &&
				toks[k+1].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) == 0 && isRoleWord(toks[k+1].Lower()) {
				dem, demT0, demT1, demTyp = e.Name, -1, -1, Country
				country = k
				k++
				continue
			}
		}
		break
	}
	if k >= hi {
		return i
	}
	w := toks[k].Lower()
	end := k + 1
	typ := Person
	switch {
	case w == "head" && k+2 < hi && toks[k+1].Text == "of" && (toks[k+2].Text == "state" || toks[k+2].Text == "government"):
		end, w = k+3, "head of "+toks[k+2].Text
	case w == "prime" && k+1 < hi && toks[k+1].Lower() == "minister":
		end, w = k+2, "prime minister"
	case w == "chief" && k+1 < hi && toks[k+1].Lower() == "executive":
		end, w = k+2, "chief executive"
	case w == "secretary" && k+2 < hi && toks[k+1].Text == "of" && toks[k+2].Lower() == "state" &&
		(k+3 >= hi || toks[k+3].Text != "for" && !isCapWord(toks[k+3])):
		// "the secretary of state" (one office: "for Trade" would
		// make it a title of a department).
		end, w = k+3, "secretary of state"
	case lexicon.PersonRoleNouns[w] && w != "chief":
		if isCapWord(toks[k]) && !lexicon.RoleHeads[w] {
			return i
		}
	case lexicon.OrgRoleNouns[w] && !isCapWord(toks[k]):
		typ = Organization
	case (w == "session" || w == "summit" || w == "conference" || w == "forum") && !isCapWord(toks[k]):
		typ = Event
	default:
		return i
	}
	if typ == Person {
		end = roleCompoundEnd(a, k, end, hi) // "the veteran diplomat" (mentions_role_compounds.go)
	}
	if country >= 0 && typ != Person {
		return i // "the Ireland team" is a name of its own
	}
	if end < hi && isCapWord(toks[k]) && isCapWord(toks[end]) {
		// "the Premier League", "the Chancellor Cup": the capitalised
		// role word opens a name ending in a head word.
		m := end
		for m < hi && isCapWord(toks[m]) {
			m++
		}
		if l := toks[m-1].Lower(); lexicon.OrgHeads[l] || lexicon.EventHeads[l] || lexicon.PlaceHeads[l] {
			return i
		}
	}
	if end < hi {
		n := toks[end]
		// A name follows: a title ("the President George Bush") or an
		// apposition ("the new Palestinian leader, Mahmoud Abbas"); the
		// name itself is the mention, and the title rules read the words.
		poss := (n.Text == "'s" || n.Text == "’s") && typ == Person && dem == ""
		if isCapWord(n) || (n.Text == "'s" || n.Text == "’s") && !poss ||
			(n.Text == "," && end+1 < hi && isCapWord(toks[end+1]) && typ == Person) ||
			(n.Text == "of" && typ == Person) || n.Text == "-" || n.Text == "of" && typ == Event {
			if n.Text == "of" && titledVenueEnd(toks, end, hi) > 0 {
				return i // "the Princess of Wales Theatre": a building's name (entities_boundaries.go)
			}
			if typ == Event && n.Text == "of" {
				return i
			}
			if dem != "" && demT0 >= 0 {
				a.addMention(mention{sent: s, t0: demT0, t1: demT1, kind: MentionDemonym, typ: demTyp, strong: true, canon: dem, hidden: true})
			}
			if country >= 0 {
				a.addMention(mention{sent: s, t0: country, t1: country + 1, kind: MentionName, typ: Country, strong: true, canon: dem})
			}
			if n.Text == "," && typ == Person {
				// "the chancellor, Gordon Brown,": hidden, so that the
				// name after it learns the role (bindAppositives).
				a.addMention(x.roleMention(s, i, end, w, dem, mods, true))
			}
			return end
		}
	}
	if dem != "" && demT0 >= 0 {
		a.addMention(mention{sent: s, t0: demT0, t1: demT1, kind: MentionDemonym, typ: demTyp, strong: true, canon: dem, hidden: true})
	}
	if country >= 0 {
		a.addMention(mention{sent: s, t0: country, t1: country + 1, kind: MentionName, typ: Country, strong: true, canon: dem})
	}
	m := x.roleMention(s, i, end, w, dem, mods, false)
	m.typ = typ
	a.addMention(m)
	return end
}

// bodyEvent recognises a session of a named body written in lower case:
// "the 36th session of the CIS council of heads of security and special
// services" gives the event and the council (and the acronym inside).
func (x *Extractor) bodyEvent(a *analysis, s, i int) int {
	toks := a.tokens
	hi := a.sentTokens[s].End
	// the head is token i or, after an ordinal, i+1, and "of" follows it:
	// without "of" at i+1 or i+2 nothing below can hold, and this is asked
	// at every word, so decide that before the head's look-ups
	if (i+1 >= hi || toks[i+1].Text != "of") && (i+2 >= hi || toks[i+2].Text != "of") {
		return i
	}
	h := i
	w := toks[h].Text
	if !lexicon.LowerEventHeads[w] {
		// "36thsession", "36th session", "first session"
		stripped := strings.TrimLeft(w, "0123456789")
		if len(stripped) < len(w) && len(stripped) > 2 {
			for _, suf := range []string{"st", "nd", "rd", "th"} {
				if rest, ok := strings.CutPrefix(stripped, suf); ok && lexicon.LowerEventHeads[rest] {
					w = rest
				}
			}
		}
		if !lexicon.LowerEventHeads[w] && h+1 < hi && lexicon.LowerEventHeads[toks[h+1].Text] && isOrdinal(toks[h].Text) {
			h++
		}
		if !lexicon.LowerEventHeads[w] && h == i {
			return i
		}
	}
	k := h + 1
	if k >= hi || toks[k].Text != "of" {
		return i
	}
	k++
	if k < hi && toks[k].Text == "the" {
		k++
	}
	c0 := k
	for k < hi && isCapWord(toks[k]) {
		k++
	}
	if k == c0 || k >= hi || !lexicon.LowerOrgHeads[toks[k].Text] {
		return i
	}
	k++
	end := k
	if k < hi && toks[k].Text == "of" {
		m := k + 1
		for m < hi {
			t := toks[m]
			if t.Flags&textseg.TAlpha == 0 || t.Flags&(textseg.TCap|textseg.TUpper) != 0 || bodyStop[t.Text] {
				break
			}
			m++
		}
		for m > k+1 && (toks[m-1].Text == "and" || toks[m-1].Text == "of" || toks[m-1].Text == "for" || toks[m-1].Text == "the") {
			m--
		}
		if m > k+1 {
			end = m
		}
	}
	x.processRun(a, s, c0, c0+(func() int {
		n := 0
		for c0+n < hi && isCapWord(toks[c0+n]) {
			n++
		}
		return n
	}()))
	a.addMention(mention{sent: s, t0: c0, t1: end, kind: MentionName, typ: Organization, strong: true})
	a.addMention(mention{sent: s, t0: i, t1: end, kind: MentionName, typ: Event, strong: true})
	return end
}

// bodyStop ends the lower-case description of a body.
var bodyStop = lexicon.WordSet(`in on at to that which who with by from as is
	was were will would has have had said says this next last five years ago
	held taking took`)

func isOrdinal(w string) bool {
	switch textseg.Lower(w) {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
		"eighth", "ninth", "tenth", "annual", "latest", "next", "last":
		return true
	}
	n := strings.TrimLeft(w, "0123456789")
	return len(n) < len(w) && (n == "st" || n == "nd" || n == "rd" || n == "th")
}

// titleCase reports whether the headline (sentence 0, alone in the first
// paragraph) capitalises nearly every word, as wire headlines do ("Putin
// Says Russia Will Stay"): capitals there say nothing about names.
func (a *analysis) titleCase() bool {
	if !a.headlineAlone() {
		return false
	}
	r := a.sentTokens[0]
	words, caps := 0, 0
	for _, t := range a.tokens[r.Start:r.End] {
		if t.Flags&textseg.TAlpha == 0 {
			continue
		}
		words++
		if t.Flags&(textseg.TCap|textseg.TUpper) != 0 {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*8
}

// headlineAlone reports whether sentence 0 stands alone in the first
// paragraph, as a headline does.
func (a *analysis) headlineAlone() bool {
	ss := a.doc.Sentences
	return len(a.sentTokens) >= 2 && len(ss) >= 2 && ss[1].Paragraph != ss[0].Paragraph
}

// gazetteerOnly finds the gazetteer names and demonyms of a title-case
// headline, longest match first, and nothing else.
func (x *Extractor) gazetteerOnly(a *analysis, s int, works *workTitles) {
	r := a.sentTokens[s]
	toks := a.tokens
	for i := r.Start; i < r.End; {
		if !isCapWord(toks[i]) {
			i++
			continue
		}
		if j := works.at(a, s, i); j > i {
			i = j
			continue
		}
		if j := a.scoreSideEnd(i); j > i && j <= r.End {
			// entities_scoresides.go: "Hearts of Oak 3-2 Cotonsport"
			a.addMention(mention{sent: s, t0: i, t1: j, kind: MentionName, typ: Organization, strong: true})
			i = j
			continue
		}
		found := false
		for m := min(r.End, i+x.gaz.MaxWords()); m > i; m-- {
			if !isCapWord(toks[m-1]) {
				continue
			}
			sf := textseg.Clean(a.doc.Text[toks[i].Start:toks[m-1].End])
			if e, ok := x.gaz.Lookup(sf); ok && !(m-i == 1 && (e.Ambiguous || e.CommonWord)) {
				a.addMention(mention{sent: s, t0: i, t1: m, kind: MentionName, typ: EntityType(e.Type), strong: true, canon: e.Name})
				i, found = m, true
				break
			}
			if e, ok := x.gaz.DemonymEntry(sf); ok && (e.Type == "Country" || e.Type == "Organization") {
				a.addMention(mention{sent: s, t0: i, t1: m, kind: MentionDemonym, typ: EntityType(e.Type), strong: true, canon: e.Name})
				i, found = m, true
				break
			}
		}
		if !found {
			i++
		}
	}
}

// titleCased returns an all-capitals name in title case ("NEW YORK" ->
// "New York") for a gazetteer lookup of wire datelines.
func titleCased(s string) string {
	b := []byte(strings.ToLower(s))
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

// adjectiveTails end a capitalised run used as an adjective of a sports
// descriptor ("Athens Olympic gold medallist", "British Indoor champion").
var adjectiveTails = lexicon.WordSet(`olympic olympics paralympic commonwealth world
	european indoor outdoor`)

// descriptorHeads are lower-case nouns that, like role words, describe the
// person named right after them ("champion Maurice Greene").
var descriptorHeads = lexicon.WordSet(`champion champions medallist medalist hopeful
	winner runner sprinter hurdler star holder record-holder`)

// modifiesRole reports whether the tokens from j are a short lower-case
// descriptor ending in a role or descriptor noun right before a
// capitalised name: then the run before j is an adjective of that
// descriptor ("Athens Olympic gold medallist Kelly Holmes"), not a name.
// The descriptor may be plural ("relay gold medallists Jason Gardener")
// or coordinated ("100m champion and world indoor record holder Maurice
// Greene").
func (x *Extractor) modifiesRole(a *analysis, s, j int) bool {
	toks := a.tokens
	hi := a.sentTokens[s].End
	for k := j; k < hi && k < j+9; k++ {
		t := toks[k]
		if isCapWord(t) {
			return k > j && descriptorNoun(toks[k-1].Lower())
		}
		if t.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 {
			return false
		}
	}
	return false
}

// descriptorNoun reports whether w is a role or descriptor noun, singular
// or plural.
func descriptorNoun(w string) bool {
	if lexicon.IsRoleHead(w) || descriptorHeads[w] {
		return true
	}
	if b, ok := strings.CutSuffix(w, "s"); ok {
		return lexicon.IsRoleHead(b) || descriptorHeads[b]
	}
	return false
}

// notPersonShape reports whether an untyped run of capitalised words is
// shaped unlike a person's name: it holds an acronym ("ISP AOL", "LCI
// Television") or starts with a known place or demonym ("Texas
// Instruments", "British Olympic"). A known first name has already
// decided for a person before this is asked.
func (x *Extractor) notPersonShape(toks []textseg.Token) bool {
	for _, t := range toks {
		if camelTail(t.Text) {
			return true // "Skype VoIP", "Orange LiveBoxTV"
		}
	}
	// A first name after a prefix ("DJ John Peel", "Frenchman Arnaud
	// Clement") still ends in a person's name.
	for k := 1; k+1 < len(toks); k++ {
		if x.names[toks[k].Lower()] != 0 && toks[k].Flags&textseg.TUpper == 0 {
			return false
		}
	}
	for k, t := range toks {
		if t.Flags&textseg.TUpper != 0 && len(t.Text) >= 2 {
			// Initials before a surname ("PJ Harvey", "JRR Tolkien") are
			// still a person's name.
			if k == 0 && len(toks) == 2 && len(t.Text) <= 3 && toks[1].Flags&textseg.TUpper == 0 && !lexicon.IsCommonWord(toks[1].Lower()) {
				continue
			}
			return true
		}
	}
	// A place or nationality in front of a common word is a company, team
	// or institution ("Texas Instruments", "German Economy", "Leeds
	// Rhinos"); in front of an uncommon word it may be a person with a
	// place-like first name or a nationality ("Milan Baros").
	rest := false
	for _, t := range toks[1:] {
		if lexicon.IsCommonWord(t.Lower()) || adjectiveTails[t.Lower()] {
			rest = true
			break
		}
	}
	if !rest {
		return false
	}
	w := toks[0].Text
	if _, ok := x.gaz.DemonymEntry(w); ok {
		return true
	}
	if e, ok := x.gaz.Lookup(w); ok && !e.Ambiguous && (e.Type == "Country" || e.Type == "City" || e.Type == "Place") {
		return true
	}
	return false
}

// dateWords are weekday and month names that are also surnames ("coach
// Mike Friday", "Theresa May").
var dateWords = lexicon.WordSet(`monday tuesday wednesday thursday friday saturday
	sunday january february march april may june july august september october
	november december`)

// dateSurname reports whether the weekday or month toks[j] continues a
// name: a known first name stands right before it and no day number or
// capitalised word follows it ("Mike Friday", "Labour MSP Anna June",
// but not "May 5").
func (x *Extractor) dateSurname(a *analysis, i, j, hi int) bool {
	toks := a.tokens
	// The first name right before the date word: "Anna June", also at the
	// end of a longer run ("Labour MSP Anna June").
	if j <= i || !dateWords[toks[j].Lower()] || x.names[toks[j-1].Lower()] == 0 || dateWords[toks[j-1].Lower()] {
		return false
	}
	if j+1 < hi && (toks[j+1].Flags&textseg.TDigit != 0 || isCapWord(toks[j+1])) {
		return false
	}
	return true
}

// acronymWord reports whether t is an all-capitals word of two or more
// letters ("EADS", "BAE").
func acronymWord(t textseg.Token) bool {
	return t.Flags&textseg.TUpper != 0 && len(t.Text) >= 2
}

// modelCode reports whether w is shaped like a product model number:
// capital letters then digits, optionally a plural s ("A380", "A300s",
// "X5").
func modelCode(w string) bool {
	w = strings.TrimSuffix(w, "s")
	k := 0
	for k < len(w) && w[k] >= 'A' && w[k] <= 'Z' {
		k++
	}
	if k == 0 || k > 2 || k == len(w) || w[0] == 'U' {
		return false // "U21" is an under-21 team
	}
	for _, c := range w[k:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(w)-k >= 1
}

// sharedDemonymHead reports whether the "and" at token j joins two
// nationality adjectives that share the one capitalised word after them,
// the name of something of both nations: "British and Irish Lions", not
// "British and Irish fans" (lower case) nor "French and Germans" (the head
// a demonym too). Token i is the run's first word.
func (x *Extractor) sharedDemonymHead(toks []textseg.Token, i, j, hi int) bool {
	if j != i+1 || j+2 >= hi {
		return false
	}
	head := toks[j+2]
	if !isCapWord(toks[j+1]) || !isCapWord(head) || lexicon.NotNames[head.Lower()] {
		return false
	}
	if j+3 < hi && isCapWord(toks[j+3]) {
		return false // "British and Irish Lions Tour": leave longer runs to the usual reading
	}
	_, first := x.gaz.Demonym(toks[i].Text)
	_, second := x.gaz.Demonym(toks[j+1].Text)
	_, headDem := x.gaz.Demonym(head.Text)
	return first && second && !headDem
}

// gazAnd returns the end of a gazetteer name that runs from token i across
// the "and" at token j ("Bosnia and Herzegovina"), or 0.
func (x *Extractor) gazAnd(a *analysis, i, j, hi int) int {
	toks := a.tokens
	for m := min(hi, i+x.gaz.MaxWords()); m > j+1; m-- {
		if !isCapWord(toks[m-1]) {
			continue
		}
		if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[m-1].End])); ok {
			return m
		}
	}
	return 0
}

// placeNouns, lower-case after a name, make it a place ("Rhein-Main
// airport", "Part-Dieu station"). A station's own name takes no
// article ("at Kings Cross station", "Lyon's Part-Dieu station"): after
// "the" or "a" the name is a modifier of the noun ("the East L.A.
// station" of the sheriff, "the Al-Arabiya station"), and a
// broadcaster's station (stationBroadcastTails) stays a body.
var placeNouns = lexicon.WordSet(`airport stadium station`)

// stationBroadcastTails end a broadcaster's name before "station" ("the
// Alter Television station", "the Kiss FM station"): the station is
// the broadcaster, no place.
var stationBroadcastTails = lexicon.WordSet(`television tv radio fm channel`)

// stationArticles before a name and "station" make the name a modifier.
var stationArticles = lexicon.WordSet(`the a an`)

// companyStarts open company names in other languages ("Deutsche Boerse",
// "Banco Santander", "Credit Suisse").
var companyStarts = lexicon.WordSet(`deutsche banco banca banque credit crédit societe
	société compagnie groupe grupo`)

// irishProvinces name both a province and its rugby side; a sports story
// means the side.
var irishProvinces = lexicon.WordSet(`Munster Leinster Ulster Connacht`)

// spellingVariant reports whether a and b are different strings spelling
// the same letters once accents and case are set aside ("Munster" and
// "Münster"): the gazetteer may type such a name but not respell it.
func spellingVariant(a, b string) bool {
	return a != b && baseLetters(a) == baseLetters(b)
}

// baseLetters lowers s and drops its combining accents ("Münster" ->
// "munster").
func baseLetters(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return textseg.Lower(s) // most names: no decomposition to do
	}
	var sb strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	return sb.String()
}

// unitRegions name the market a company's national or regional unit
// serves: "AOL UK", "Sony Europe".
var unitRegions = lexicon.WordSet(`UK US USA Europe Asia America Africa Australia Ireland Scotland Wales`)

// companyRegion keeps a company the gazetteer knows and the region after
// it as one organisation, the company's unit ("Chief Executive of AOL UK"),
// so the region is neither split off as a place nor read as the name of a
// person after a title.
func (x *Extractor) companyRegion(a *analysis, s, i, j int) bool {
	toks := a.tokens
	if j-i < 2 || !unitRegions[toks[j-1].Text] {
		return false
	}
	// The company may end a longer run after "of" ("Chief Executive of
	// AOL UK"): the words before it are processed on their own.
	for c := max(i, j-4); c < j-1; c++ {
		if c > i && toks[c-1].Lower() != "of" {
			continue
		}
		e, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[c].Start:toks[j-2].End]))
		if !ok || e.Type != "Organization" || e.Ambiguous || e.CommonWord {
			continue
		}
		if _, dem := x.gaz.DemonymEntry(toks[c].Text); dem {
			return false // "Labour Wales" is the party's branch, left to the party rules
		}
		if c > i {
			x.processRun(a, s, i, c-1)
		}
		k := a.addMention(mention{sent: s, t0: c, t1: j, kind: MentionName, typ: Organization, strong: true})
		x.afterName(a, s, k, j)
		return true
	}
	return false
}

// regionWord reports whether toks is one word naming a country or a
// market region ("UK", "Europe"), which is never a person's name.
func (x *Extractor) regionWord(toks []textseg.Token) bool {
	if len(toks) != 1 {
		return false
	}
	if unitRegions[toks[0].Text] {
		return true
	}
	e, ok := x.gaz.Lookup(toks[0].Text)
	return ok && e.Type == "Country"
}

// paperHeads end the names of newspapers that open with a weekday.
var paperHeads = lexicon.WordSet(`Times Telegraph Mirror Express Herald Mail Post Independent Tribune Star Sport`)

// weekdayPaper reports whether toks[i] is a weekday opening a newspaper's
// name ("Sunday Times"): exactly one paper head after it, then no further
// capitalised word ("Sunday Times Rich List" is left to the run rules).
func weekdayPaper(toks []textseg.Token, i, hi int) bool {
	switch toks[i].Text {
	case "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday":
	default:
		return false
	}
	if i > 0 && dayPrepositions[toks[i-1].Lower()] {
		return false // "on Sunday Mail staff ...": the day is a date
	}
	return i+1 < hi && paperHeads[toks[i+1].Text] && (i+2 >= hi || !isCapWord(toks[i+2]))
}

// dayPrepositions before a weekday make it a date.
var dayPrepositions = lexicon.WordSet(`on last next this until by since every from`)

// nameOwners are the collective owners whose possessive sits inside a
// name when capitalised words follow it ("People's Choice Awards",
// "Children's Hospital", "Queen's Speech"); a person's or country's
// possessive ("Brazil's President") still ends the name, and so does a
// person's full name after the owner ("The History Boys' Samuel
// Barnett": the play's actor).
var nameOwners = lexicon.WordSet(`People Children Women Men Queen King Prince Princess Citizens Workers
	Farmers Veterans Nations Members Fathers Mothers Ladies Boys Girls Peoples`)

// titleOpeners open the title of a song or book after its owner's
// possessive ("Queen's Who Wants to Live Forever"), not a name.
var titleOpeners = lexicon.WordSet(`who what when where why how i you we it a an the my your our`)
