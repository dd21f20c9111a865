package extract

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Addresses: a place named with the places around it, smallest first,
// each after a comma, with no conjunction:
//
//	"Edmonton, Alberta, Canada"      Edmonton in Alberta and Canada,
//	                                 Alberta in Canada
//	"a town in Massachusetts, United States"
//	"born in Lyon, France as ..."
//
// Every name lies in every name after it. The surface rule of
// relations_rules.go (locatedIn/city-comma-country) reads the two-name
// form after a city; this reads chains of any length, with a region or
// county first, and types a region the typer could not place from the
// chain around it ("Edmonton, Alberta, Canada": Alberta is a region).
//
// A list is no address: "London, Paris and Berlin" has a conjunction, and
// "France, Germany" puts a country before another place, which an address
// never does; a city after the first name ("Leeds, Bradford") also ends
// the chain as a list. The parse is not used: it hangs the later names
// from the first as appositions or conjuncts at random.

// placeChains adds the locatedIn facts of address chains.
func (r *relState) placeChains() {
	ms := r.a.doc.Mentions
	for i := 0; i < len(ms); {
		chain := r.chainFrom(i)
		if len(chain) < 2 {
			i++
			continue
		}
		r.chainFacts(chain)
		i += len(chain)
	}
}

// chainFrom returns the mentions from ms[i] joined by single commas:
// "A , B , C". It starts only at the first name of such a run.
func (r *relState) chainFrom(i int) []*Mention {
	ms := r.a.doc.Mentions
	m := &ms[i]
	if m.Kind != MentionName {
		return nil
	}
	if k := r.docTok(m.Start); r.docLow(k-1) == "," {
		if p := r.docMentionAt(k - 2); p != nil && p.Kind == MentionName && p.Sentence == m.Sentence {
			return nil // inside a run that started earlier
		}
	}
	chain := []*Mention{m}
	for {
		k := r.docTok(m.End)
		if r.docLow(k) != "," || k+1 >= len(r.a.tokens) {
			break
		}
		k++
		// "Gmina Wielbark, within Szczytno County", "..., in northern
		// Poland", "Dumfries, south-west Scotland": a preposition of place
		// and a direction may stand between the names.
		if w := r.docLow(k); w == "in" || w == "within" {
			k++
			// "..., in the region of Apulia"
			if r.docLow(k) == "the" && regionHeads[r.docLow(k+1)] && r.docLow(k+2) == "of" {
				k += 3
			}
		}
		if chainDirs[r.docLow(k)] && !isCapWord(r.a.tokens[k]) {
			k++
		}
		n := r.docMentionAt(k)
		if k >= len(r.a.tokens) || n == nil || n.Kind != MentionName || n.Start != r.a.tokens[k].Start || n.Sentence != m.Sentence {
			break
		}
		chain = append(chain, n)
		m = n
	}
	return chain
}

// chainDirs may stand before the next name of an address: "in northern
// Poland".
var chainDirs = lexicon.WordSet(`northern southern eastern western central
	north-eastern north-western south-eastern south-western northeastern
	northwestern southeastern southwestern northeast northwest southeast
	southwest north-east north-west south-east south-west north south east
	west`)

// chainPlace is one name of an address chain and the type it takes there.
type chainPlace struct {
	m   *Mention
	typ EntityType
}

// chainFacts checks that a run of comma-joined names is an address and
// adds its facts.
func (r *relState) chainFacts(chain []*Mention) {
	ps := make([]chainPlace, 0, len(chain))
	seen := map[int]bool{}
	for j, m := range chain {
		if seen[m.Entity] {
			return // "Leeds, Leeds": a repeat, not an address
		}
		seen[m.Entity] = true
		t := r.typeOf(m.Entity)
		if j >= 2 && t == Person && !r.regionLike(m.Entity) {
			// "A native of Syracuse, New York, Wallace attended": the
			// address ends at the comma before the clause's subject.
			break
		}
		switch {
		case t == Country && j < len(chain)-1:
			return // "France, Germany": a country closes an address
		case t == City && j == 1 && r.stateHomonym(m.Entity, chain[0].Entity):
			t = Place // "Syracuse, New York": the state, not the city
		case t == City && j > 0:
			return // "Leeds, Bradford": a list of towns
		case t == Country || t == City || t == Place:
		case j > 0 && r.regionLike(m.Entity):
			// "Edmonton, Alberta, Canada", "Salford, Greater Manchester":
			// after a town stands a region.
			t = Place
		case j == 0 && r.regionLike(m.Entity):
			// "in Galway, Ireland": a town named with its country.
			t = City
		default:
			return
		}
		ps = append(ps, chainPlace{m, t})
	}
	if ps[0].typ == Country || !r.addressEnd(ps[len(ps)-1].m) {
		return
	}
	if !r.guessesHold(ps) || !r.chainAgrees(ps) {
		return
	}
	for _, p := range ps {
		if p.typ != r.typeOf(p.m.Entity) {
			r.a.doc.Entities[p.m.Entity].Type = p.typ
		}
	}
	for a := 0; a < len(ps); a++ {
		for b := a + 1; b < len(ps); b++ {
			r.add(ps[a].m.Entity, LocatedIn, ps[b].m.Entity, ps[a].m.Sentence, "locatedIn/address-chain", 0.75)
		}
	}
}

// guessesHold reports whether the chain's shape is firm enough for the
// types it guessed: a region between a known town and a known country
// ("Edmonton, Alberta, Canada"); a region closing the chain, or a town
// opening it, only after a preposition of place ("in Salford, Greater
// Manchester,", "from Galway, Ireland.") and before punctuation, with
// the other end known (a town, or a country).
func (r *relState) guessesHold(ps []chainPlace) bool {
	n := len(ps)
	for j, p := range ps {
		if p.typ == r.typeOf(p.m.Entity) {
			continue
		}
		if j == 1 && p.typ == Place && r.stateHomonym(p.m.Entity, ps[0].m.Entity) {
			continue // the gazetteer places the town in the state's country
		}
		// "in Okotoks, Alberta, Canada": three names or more after a
		// preposition of place, ending in a country, are an address
		// whatever the typer made of the first two.
		long := n >= 3 && ps[n-1].typ == Country && ps[n-1].typ == r.typeOf(ps[n-1].m.Entity) && r.locativeBefore(ps[0].m)
		switch {
		case long && j < n-1:
		case j > 0 && j < n-1:
			if ps[0].typ != City || ps[n-1].typ != Country || ps[0].typ != r.typeOf(ps[0].m.Entity) {
				return false
			}
		case j == n-1:
			if ps[0].typ != City || ps[0].typ != r.typeOf(ps[0].m.Entity) || !r.locativeBefore(ps[0].m) || !r.punctAfter(p.m) {
				return false
			}
		case j == 0:
			// "from Galway, Ireland.", "born in Okotoks, Alberta,": a
			// known country or a first-level region the gazetteer
			// places in a country closes the address.
			if !(ps[n-1].typ == Country && ps[n-1].typ == r.typeOf(ps[n-1].m.Entity) || r.knownRegion(ps[n-1].m.Entity)) || !r.locativeBefore(p.m) || !r.punctAfter(ps[n-1].m) {
				return false
			}
		}
	}
	return true
}

// stateHomonym reports a name typed a town whose "X State" the gazetteer
// knows as a region of the country it places town in: "Syracuse, New
// York" and "Mill Creek, Washington" name the states, where "Frankfurt,
// New York" (a German town) and "Boston, New York and Chicago" (a list)
// name the city or nothing.
func (r *relState) stateHomonym(e, town int) bool {
	if r.gaz == nil {
		return false
	}
	st, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name + " State")
	if !ok || st.Kind != gazetteer.Place || st.Country == "" {
		return false
	}
	tw, ok := r.gaz.Lookup(r.a.doc.Entities[town].Name)
	return ok && tw.Kind == gazetteer.City && strings.EqualFold(tw.Country, st.Country)
}

// knownRegion reports an entity the gazetteer knows as a region of a
// country (a US state, a Canadian province), typed a place.
func (r *relState) knownRegion(e int) bool {
	if r.gaz == nil || r.typeOf(e) != Place {
		return false
	}
	g, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
	return ok && g.Kind == gazetteer.Place && g.Country != "" && !g.Ambiguous
}

// locativeBefore reports a preposition of place right before mention m.
func (r *relState) locativeBefore(m *Mention) bool {
	switch r.docLow(r.docTok(m.Start) - 1) {
	case "in", "near", "outside", "from":
		return true
	}
	return false
}

// punctAfter reports a comma, full stop, semicolon or closing bracket
// right after mention m.
func (r *relState) punctAfter(m *Mention) bool {
	switch r.docLow(r.docTok(m.End)) {
	case ",", ".", ";", ")":
		return true
	}
	return false
}

// addressEnd reports whether the chain can end at mention m: what follows
// is punctuation, a preposition or a clause word, and no further name of a
// list ("London, Paris and Berlin", "Kent, Surrey, and Sussex"). A verb
// right after the name makes it a subject: "in Moscow, Russia said".
func (r *relState) addressEnd(m *Mention) bool {
	k := r.docTok(m.End)
	w := r.docLow(k)
	switch {
	case w == "":
		return true
	case w == "and" || w == "or" || w == "&":
		// "Saratoga Springs, New York and an Edward Steichen exhibit at
		// ...": a preposition or "a"/"an" after the conjunction opens a new
		// phrase, not the next place of a list.
		n := r.docLow(k + 1)
		return !r.nameSoon(k+1) || r.addressAt(k+1) || relPrep[n] || n == "a" || n == "an"
	case w == ",":
		if n := r.docLow(k + 1); n == "and" || n == "or" {
			// "Kent, Surrey, and Sussex" is a list; "Saratoga Springs, New
			// York, and at Evanston" opens a new phrase.
			return !r.nameSoon(k+2) || relPrep[r.docLow(k+2)]
		}
		return true
	case w == "." || w == ";" || w == ":" || w == ")" || w == "(" || w == "[" || w == "'s" || w == "'" || w == "-" || w == "–" || w == "—" || w == "?" || w == "!":
		// "[" opens an encyclopaedia's footnote mark: "Oldham,
		// Lancashire, England [3]".
		return true
	case relPrep[w] || chainFollowers[w]:
		return true
	case stateNouns[w] && r.lowerWord(k):
		// "Changzhou, Jiangsu province, ...": the region noun closes
		// the last name; a noun after it makes a body of the region
		// ("Leeds, Yorkshire county council").
		n := r.docLow(k + 1)
		return n == "" || n == "," || n == "." || n == ";" || n == ")" || relPrep[n]
	}
	return isQuoteMark(r.a.tokens[k].Text)
}

// addressAt reports another address starting at token k, a town and a
// comma and a region or country: "Los Angeles, California and Detroit,
// Michigan" coordinates two addresses, not a list of places.
func (r *relState) addressAt(k int) bool {
	a := r.docMentionAt(k)
	if a == nil || a.Start != r.a.tokens[k].Start || r.typeOf(a.Entity) != City {
		return false
	}
	j := r.docTok(a.End)
	if r.docLow(j) != "," {
		return false
	}
	b := r.docMentionAt(j + 1)
	if b == nil || j+1 >= len(r.a.tokens) || b.Start != r.a.tokens[j+1].Start {
		return false
	}
	t := r.typeOf(b.Entity)
	return t == Place || t == Country || r.regionLike(b.Entity)
}

// nameSoon reports a name within three tokens from k: after a
// conjunction it makes the chain before it a list ("Europe, Latin America
// and the Middle East"), where "Canada, and moved" ends an address.
func (r *relState) nameSoon(k int) bool {
	for j := k; j < k+3 && j < len(r.a.tokens); j++ {
		if r.docMentionAt(j) != nil || isCapWord(r.a.tokens[j]) {
			return true
		}
	}
	return false
}

// chainFollowers may follow the last name of an address.
var chainFollowers = lexicon.WordSet(`as where which who when while after before since
	until during last this next earlier later yesterday today tonight`)

// regionLike reports an entity the typer made a person or organisation
// that may be a region: not in the gazetteer, and not named like a
// person (a person of two or more words is taken only when the last is a
// region noun: "Warmian-Masurian Voivodeship").
func (r *relState) regionLike(e int) bool {
	t := r.typeOf(e)
	if t != Person && t != Organization {
		return false
	}
	name := r.a.doc.Entities[e].Name
	if r.gaz != nil {
		if _, known := r.gaz.Lookup(name); known {
			return false
		}
	}
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	return t == Organization || len(f) == 1 || regionHeads[strings.ToLower(f[len(f)-1])]
}

// regionHeads end the names of administrative regions.
// "State" and "department" are left out: "Penn State", "the State
// Department", "the IMF's European Department" are no regions.
var regionHeads = lexicon.WordSet(`province region county district oblast
	voivodeship prefecture canton governorate territory municipality parish`)

// chainAgrees checks the chain against the gazetteer: a town it knows in
// one country is not placed in another ("Paris, Texas" is left out, the
// price of not knowing every Paris).
func (r *relState) chainAgrees(ps []chainPlace) bool {
	if r.gaz == nil {
		return true
	}
	for a := 0; a < len(ps); a++ {
		ea, ok := r.gaz.Lookup(r.a.doc.Entities[ps[a].m.Entity].Name)
		if ok && ea.Kind == gazetteer.Place && ea.Country == "" {
			return false // "Asia, Africa": a continent lies in no country
		}
		if !ok || ea.Country == "" || ea.Homonym || ea.Kind == gazetteer.Country {
			continue
		}
		for b := a + 1; b < len(ps); b++ {
			name := r.a.doc.Entities[ps[b].m.Entity].Name
			switch ps[b].typ {
			case Country:
				if !strings.EqualFold(name, ea.Country) && !r.sameCountry(name, ea.Country) {
					return false
				}
			case Place:
				if eb, ok := r.gaz.Lookup(name); ok && eb.Country != "" && !strings.EqualFold(eb.Country, ea.Country) {
					return false
				}
			}
		}
	}
	return true
}

// sameCountry reports a country named in the text by a part or alias of
// the gazetteer's country: "England" for the United Kingdom.
func (r *relState) sameCountry(named, gaz string) bool {
	e, ok := r.gaz.Lookup(named)
	return ok && (strings.EqualFold(e.Name, gaz) || strings.EqualFold(e.Country, gaz))
}

// Places the typer could not place, typed from what the text says of
// them before the place rules read them:
//
//	"Zabiele is a village in ...", "Cy Becker is a neighbourhood in ..."
//	                               the predicate noun says what it is
//	"Szczytno County", "Warmian-Masurian Voivodeship"
//	                               a region noun ends the name
//
// Only names the gazetteer does not know and the typer made a person or
// organisation are retyped: a known name keeps its entry's type. It runs
// before every relation rule, so that all of them read the new types.

// townNounsPred and regionNounsPred are the predicate nouns of "X is a
// town in Y" that make X a town (City) or another place (Place). The
// natural places an encyclopaedia's lead names so are places too: "The
// Isar is a river in Tyrol, Austria and Bavaria, Germany".
var (
	townNounsPred   = lexicon.WordSet(`town city village commune municipality suburb settlement hamlet port resort`)
	regionNounsPred = lexicon.WordSet(`region province county district neighbourhood neighborhood island area state territory oblast voivodeship prefecture parish
		river lake mountain creek`)
)

// placeTypes retypes the unplaced names the text describes as places.
func (r *relState) placeTypes() {
	// In a sports story "Notts County" and "Derby County" are clubs.
	sports := r.a.sportsStory()
	for e := range r.a.doc.Entities {
		if sports || !r.unplaced(e) {
			continue
		}
		f := strings.Fields(r.a.doc.Entities[e].Name)
		if len(f) >= 2 && len(f) <= 4 && regionHeads[strings.ToLower(f[len(f)-1])] && !strings.EqualFold(f[len(f)-2], "of") {
			r.a.doc.Entities[e].Type = Place // "Szczytno County"
			continue
		}
		if regionOfName(f) {
			r.a.doc.Entities[e].Type = Place // "Metropolitan City of Bari"
			continue
		}
		if streetName(r.a.doc.Entities[e].Name) {
			r.a.doc.Entities[e].Type = Place // "Piazza XX Settembre"
			continue
		}
		if r.compassPart(e) >= 0 {
			r.a.doc.Entities[e].Type = Place // "Southern Italy"
		}
	}
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName {
			continue
		}
		// "the Australian state of Victoria": a name after a region noun
		// and "of" is a region, even where the gazetteer's guess is a
		// town of another country (a homonym or an ambiguous name).
		if !sports && r.regionNounBefore(r.docTok(m.Start)) && r.cityGuess(m.Entity) {
			r.a.doc.Entities[m.Entity].Type = Place
			continue
		}
		if !r.unplaced(m.Entity) {
			continue
		}
		if list := r.namedBeforePlaceNoun(m); list != nil {
			// "the Brintnell and Hollick-Kenyon neighbourhoods"
			for _, n := range list {
				if r.unplaced(n.Entity) {
					r.a.doc.Entities[n.Entity].Type = Place
				}
			}
			continue
		}
		if t := r.predicatePlace(r.docTok(m.End)); t != "" {
			r.a.doc.Entities[m.Entity].Type = t
			continue
		}
		// "Shrewsbury, a market town in Shropshire": what a town lies in
		// is a region.
		if k := r.docTok(m.Start); r.docLow(k-1) == "in" && (townNounsPred[r.docLow(k-2)] || regionNounsPred[r.docLow(k-2)]) {
			if w := r.docLow(r.docTok(m.End)); w != "'s" && w != "'" {
				r.a.doc.Entities[m.Entity].Type = Place
			}
		}
	}
}

// stateNouns are the region nouns of "the state of Victoria".
var stateNouns = lexicon.WordSet(`state province region county territory
	prefecture oblast canton voivodeship governorate`)

// regionNounBefore reports "the (Australian) state of" right before token
// k.
func (r *relState) regionNounBefore(k int) bool {
	if r.docLow(k-1) != "of" || !stateNouns[r.docLow(k-2)] {
		return false
	}
	j := k - 3
	if d := r.docMentionAt(j); d != nil && d.Kind == MentionDemonym {
		j = r.docTok(d.Start) - 1
	}
	return r.docLow(j) == "the"
}

// cityGuess reports an entity that is unplaced, or typed a town only on
// the gazetteer's guess: a name it flags as ambiguous or shared by towns
// of several countries ("Victoria").
func (r *relState) cityGuess(e int) bool {
	if r.unplaced(e) {
		return true
	}
	if r.typeOf(e) != City || r.gaz == nil {
		return false
	}
	g, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
	return ok && g.Kind == gazetteer.City && (g.Ambiguous || g.Homonym)
}

// unplaced reports an entity typed a person or organisation whose name
// the gazetteer does not know.
func (r *relState) unplaced(e int) bool {
	if t := r.typeOf(e); t != Person && t != Organization {
		return false
	}
	if r.gaz != nil {
		if _, known := r.gaz.Lookup(r.a.doc.Entities[e].Name); known {
			return false
		}
	}
	return true
}

// predicatePlace reads "is a (small|former ...) town (located) in|of|on|near"
// from token k and returns the type the predicate noun gives its subject: City
// for a town, Place for a region, "" for anything else. The noun must head
// its phrase ("is a city councillor" says nothing of a place). A bracket
// after the name is passed over: "The Drake Landing Solar Community
// (DLSC) is a planned community in Okotoks". "Community" is a place only
// after a word for a settlement ("a planned community"; "an online
// community in which" is none).
func (r *relState) predicatePlace(k int) EntityType {
	if r.docLow(k) == "(" {
		for j := k + 1; j < k+8 && j < len(r.a.tokens); j++ {
			if r.docLow(j) == ")" {
				k = j + 1
				break
			}
		}
	}
	if w := r.docLow(k); w != "is" && w != "was" {
		return ""
	}
	if w := r.docLow(k + 1); w != "a" && w != "an" && w != "the" {
		return ""
	}
	for j := k + 2; j < k+6 && j < len(r.a.tokens); j++ {
		w := r.docLow(j)
		var t EntityType
		switch {
		case townNounsPred[w]:
			t = City
		case regionNounsPred[w], w == "community" && communityKinds[r.docLow(j-1)], w == "place" && r.docLow(j-1) == "census-designated":
			t = Place
		}
		if t != "" {
			n := j + 1
			if r.docLow(n) == "(" && r.docLow(n+2) == ")" {
				n += 3 // "a census-designated place (CDP) in"
			}
			if placeParticiples[r.docLow(n)] {
				n++ // "a small town located in the province of Asti"
			}
			switch r.docLow(n) {
			case "in", "of", "on", "near", "within", ",", ".", "and":
				return t
			}
			return ""
		}
		if !r.lowerWord(j) && !(j < len(r.a.tokens) && isCapWord(r.a.tokens[j])) {
			return "" // punctuation or a number ends the noun phrase
		}
	}
	return ""
}

// placeParticiples may stand between the predicate noun and its place:
// "a small town located in the province of Asti", "a village situated
// on the Oder".
var placeParticiples = lexicon.WordSet(`located situated lying`)

// communityKinds make "community" a settlement: "a planned community in
// Okotoks", "an unincorporated community in Mercer County".
var communityKinds = lexicon.WordSet(`planned unincorporated gated residential
	retirement rural farming mining fishing`)

// lowerWord reports a token written in lower-case letters (hyphens
// allowed: "north-western").
func (r *relState) lowerWord(k int) bool {
	if k < 0 || k >= len(r.a.tokens) {
		return false
	}
	w := r.a.tokens[k].Text
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// placeClosure adds what two locatedIn facts imply together: "Zabiele is
// a village in Gmina Wielbark" and "Gmina Wielbark, in northern Poland"
// place Zabiele in Poland. It runs after every other place rule; the
// places of an article about a place are read from its closed facts.
func (r *relState) placeClosure() {
	// Hosting told after an event's name runs here, after the sentence
	// and dependency rules: a second host follows a first one they read,
	// and a tense they gave is not contradicted (relations_hosts.go).
	r.hostClauses()
	r.articleLead()
	r.articleNeighbours()
	r.placeStatements()
	r.transitivePlaces()
	if r.articleUnits() {
		r.transitivePlaces()
	}
	r.articlePlaces()
}

// sharedHostRule names the facts of sharedHostPlaces.
const sharedHostRule = "locatedIn/shared-host"

// sharedHostPlaces places the hosts of one event in each other: where the
// text says a site and a town both held it ("the awards at the Point
// Theatre", "the Dublin ceremony"), the site lies in the town, and where
// a town and a country both held it, the town lies in the country. Held
// by two towns or two countries (a tour, a co-hosted cup, a host told
// wrongly), the event places nothing at that level; a name the text
// already places in another town or country is left as the text has it.
// A site is a place the gazetteer does not know, a body named like a
// site (siteLike) or a name ending in a venue noun ("Riverside Church"),
// so a region holding the event is no site of the town.
func (r *relState) sharedHostPlaces() {
	type eventHosts struct{ sites, towns, countries []sharedHost }
	var order []int
	byEvent := map[int]*eventHosts{}
	seen := map[[2]int]bool{}
	for _, f := range r.a.doc.Facts {
		if f.Predicate != Hosted && f.Predicate != WillHost || seen[[2]int{f.Subject, f.Object}] {
			continue
		}
		// The same host in both tenses ("hosted", "will host") is one host.
		seen[[2]int{f.Subject, f.Object}] = true
		h := byEvent[f.Object]
		if h == nil {
			h = &eventHosts{}
			byEvent[f.Object] = h
			order = append(order, f.Object)
		}
		hf := sharedHost{f.Subject, f.Sentence, f.Confidence}
		switch t := r.typeOf(f.Subject); {
		case t == Country:
			h.countries = append(h.countries, hf)
		case t == City:
			h.towns = append(h.towns, hf)
		case r.siteLike(f.Subject) || r.venueNamed(f.Subject):
			h.sites = append(h.sites, hf)
		}
	}
	for _, ev := range order {
		h := byEvent[ev]
		if len(h.towns) != 1 {
			continue
		}
		town := h.towns[0]
		if len(h.countries) == 1 {
			r.placeSharedHost(town, h.countries[0], Country)
		}
		for _, site := range h.sites {
			r.placeSharedHost(site, town, City)
		}
	}
}

// sharedHost is one host of an event: the entity, and the sentence and
// confidence of its hosting fact.
type sharedHost struct {
	e, sent int
	conf    float64
}

// placeSharedHost adds inner locatedIn outer (two hosts of one event, see
// sharedHostPlaces) unless the text places inner in another entity of
// outer's type.
func (r *relState) placeSharedHost(inner, outer sharedHost, outerType EntityType) {
	for _, f := range r.a.doc.Facts {
		if f.Predicate == LocatedIn && f.Subject == inner.e && f.Object != outer.e && r.typeOf(f.Object) == outerType {
			return
		}
	}
	r.add(inner.e, LocatedIn, outer.e, max(inner.sent, outer.sent), sharedHostRule, min(inner.conf, outer.conf)-0.1)
}

// transitivePlaces adds A in C for A in B and B in C until nothing new
// follows (four rounds at most).
func (r *relState) transitivePlaces() {
	for round := 0; round < 4; round++ {
		added := false
		fs := r.a.doc.Facts
		for _, ab := range fs {
			if ab.Predicate != LocatedIn {
				continue
			}
			for _, bc := range fs {
				if bc.Predicate != LocatedIn || bc.Subject != ab.Object || bc.Object == ab.Subject {
					continue
				}
				conf := min(ab.Confidence, bc.Confidence) - 0.05
				if r.add(ab.Subject, LocatedIn, bc.Object, max(ab.Sentence, bc.Sentence), "locatedIn/transitive", conf) {
					added = true
				}
			}
		}
		if !added {
			return
		}
	}
}

// regionOfName reports a name built as a region noun and "of" a name:
// "Metropolitan City of Bari", "Province of Alberta", "County of Kent".
// Only the last word may follow "of", so "City of London Corporation" is
// no region.
func regionOfName(f []string) bool {
	n := len(f)
	if n < 3 || n > 5 || !strings.EqualFold(f[n-2], "of") {
		return false
	}
	head := strings.ToLower(f[n-3])
	return regionHeads[head] || head == "city" && n == 4
}

// Places the text states through a town they share, a compass name or a
// list under a demonym, added before the transitive closure reads them:
//
//	"Southern Italy", "North Yorkshire"  a compass word before a known
//	                                     place names a part of it
//	"a Venezuelan city in the state of Bolívar"
//	                                     a town in a region and in a
//	                                     country, in one sentence, puts
//	                                     the region in the country
//	"Other Brazilian cities ... are Manaus, Santarém and Belém",
//	"the Brazilian cities of Manaus and Belém"
//	                                     each listed town lies in the
//	                                     demonym's country

// placeStatements adds the facts above. It runs after the sentence, chain
// and dependency rules and before placeClosure.
func (r *relState) placeStatements() {
	r.unitsOfRegions()
	r.dropPlaceCycles()
	r.compassPlaces()
	r.demonymLists()
	r.regionDemonymTowns() // relations_places_regiondemonyms.go
	r.apposedPlaces()      // relations_places_apposed.go
	r.referredPlaces()     // relations_places_referred.go
	r.continentCountries()
	r.placeParts()
	r.regionsOfTowns()
	r.sitesInTowns()
	r.venuesInTowns()
	r.sitesCommaTowns()
	r.sitesNamedForTowns()
	r.sitesOfTheTown()
	r.possessedSites()
	r.demonymCapitals()
}

// unitRegionNouns are the region nouns of "the Ryedale district of North
// Yorkshire", where the name before the noun is a unit of the region after
// "of". "Borough" is left out: "the London borough of Camden" names the
// larger place first, as "the Kent village of X" does.
var unitRegionNouns = lexicon.WordSet(`district region province county department
	canton prefecture municipality`)

// unitsOfRegions places a unit named before a region noun in the region
// named after "of": "a village in the Ryedale district of North
// Yorkshire". The dependency rule locatedIn/region-place-noun reads such a
// phrase as it reads "the Kent village of X", the other way round; this
// surer fact outweighs it, and dropPlaceCycles then drops that one. A name
// after "of" that the gazetteer knows as a town, or an unknown one after a
// known region ("the Kent district of Sevenoaks", "of Swale"), keeps that
// reading. Only regions after "of": the surface rule locatedIn/region-of
// reads the same phrase before a country ("the Darfur region of Sudan").
func (r *relState) unitsOfRegions() {
	if r.gaz == nil {
		return
	}
	for _, m := range r.a.doc.Mentions {
		if m.Kind != MentionName || r.typeOf(m.Entity) != Place {
			continue
		}
		k := r.docTok(m.End)
		if !unitRegionNouns[r.docLow(k)] || r.docLow(k+1) != "of" {
			continue
		}
		c := r.docMentionAt(k + 2)
		if c == nil || c.Kind != MentionName || r.docTok(c.Start) != k+2 || r.typeOf(c.Entity) != Place {
			continue
		}
		gm, mKnown := r.gaz.Lookup(r.a.doc.Entities[m.Entity].Name)
		gc, cKnown := r.gaz.Lookup(r.a.doc.Entities[c.Entity].Name)
		if cKnown && gc.Kind != gazetteer.Place || mKnown && gm.Kind == gazetteer.Place && !cKnown {
			continue // a known region first and a town or unknown name after it
		}
		r.add(m.Entity, LocatedIn, c.Entity, m.Sentence, "locatedIn/unit-of-region", 0.8)
	}
}

// dropPlaceCycles removes the weaker of two facts that place each of two
// places in the other: "in the region of Apulia, in Southern Italy" read
// both ways by two rules. The closure would otherwise spread the wrong
// one.
func (r *relState) dropPlaceCycles() {
	fs := r.a.doc.Facts
	drop := map[int]bool{}
	for i, a := range fs {
		if a.Predicate != LocatedIn {
			continue
		}
		for j, b := range fs {
			if j <= i || b.Predicate != LocatedIn || b.Subject != a.Object || b.Object != a.Subject {
				continue
			}
			if a.Confidence >= b.Confidence {
				drop[j] = true
			} else {
				drop[i] = true
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			kept = append(kept, f)
		}
	}
	r.a.doc.Facts = kept
}

// compassHeads are the compass words that name part of a place when they
// open its name: "Southern Italy", "North London", "Central Java".
var compassHeads = lexicon.WordSet(`north south east west northern southern
	eastern western central north-east north-west south-east south-west
	northeast northwest southeast southwest`)

// compassPart returns the entity a name made of a compass word and a
// known place names part of, when the text also names that place
// ("Southern Italy ... Italy"), or -1. A name the gazetteer knows is its
// own entry ("South Africa", "North Carolina", "West Bank" are no parts
// of Africa, Carolina or a bank).
func (r *relState) compassPart(e int) int {
	if r.gaz == nil {
		return -1
	}
	name := r.a.doc.Entities[e].Name
	f := strings.Fields(name)
	if len(f) < 2 || !compassHeads[strings.ToLower(f[0])] {
		return -1
	}
	if _, known := r.gaz.Lookup(name); known {
		return -1
	}
	rest := strings.Join(f[1:], " ")
	g, ok := r.gaz.Lookup(rest)
	if !ok || g.Ambiguous || g.CommonWord || g.Kind != gazetteer.Country && g.Kind != gazetteer.City && g.Kind != gazetteer.Place {
		return -1
	}
	whole := r.entityNamed(g.Name)
	if whole < 0 {
		whole = r.entityNamed(rest)
	}
	if whole == e {
		return -1
	}
	return whole
}

// compassPlaces places each compass name in the place it names part of;
// placeTypes has typed it.
func (r *relState) compassPlaces() {
	for e := range r.a.doc.Entities {
		if t := r.typeOf(e); t != Place && t != City {
			continue
		}
		if whole := r.compassPart(e); whole >= 0 {
			r.add(e, LocatedIn, whole, r.firstSentence(e), "locatedIn/compass-name", 0.8)
		}
	}
}

// firstSentence returns the sentence of entity e's first mention.
func (r *relState) firstSentence(e int) int {
	for _, m := range r.a.doc.Mentions {
		if m.Entity == e {
			return m.Sentence
		}
	}
	return 0
}

// regionsOfTowns: a town the text places, in one sentence, both in a
// region and in a country puts the region in the country ("Santa Elena is
// a small Venezuelan city in the state of Bolívar": Bolívar lies in
// Venezuela). A region the gazetteer places elsewhere, or knows as lying
// in no country (a continent, "Kurdistan"), is left out.
func (r *relState) regionsOfTowns() {
	fs := r.a.doc.Facts
	for _, a := range fs {
		if a.Predicate != LocatedIn || r.typeOf(a.Subject) != City || r.typeOf(a.Object) != Place {
			continue
		}
		for _, b := range fs {
			if b.Predicate != LocatedIn || b.Subject != a.Subject || b.Sentence != a.Sentence || r.typeOf(b.Object) != Country {
				continue
			}
			if !r.regionMayLieIn(a.Object, b.Object) {
				continue
			}
			r.add(a.Object, LocatedIn, b.Object, a.Sentence, "locatedIn/region-of-town", min(a.Confidence, b.Confidence)-0.05)
		}
	}
}

// regionMayLieIn reports whether region reg may lie in country c: the
// gazetteer does not know reg, or places it in c.
func (r *relState) regionMayLieIn(reg, c int) bool {
	if r.gaz == nil {
		return true
	}
	for _, f := range r.a.doc.Facts {
		if f.Predicate == LocatedIn && f.Subject == c && f.Object == reg {
			return false // "Scotland ... in the UK" read the other way round
		}
	}
	g, ok := r.gaz.Lookup(r.a.doc.Entities[reg].Name)
	if !ok {
		return true
	}
	if g.Kind != gazetteer.Place || g.Country == "" {
		return false
	}
	name := r.a.doc.Entities[c].Name
	return strings.EqualFold(name, g.Country) || r.sameCountry(name, g.Country)
}

// listPlaceNouns are the plural place nouns a demonym list hangs from.
// "cantons", "prefectures" and "oblasts" are a country's first-level
// units ("the Swiss cantons of Valais and Ticino"); "resorts" and
// "suburbs" are towns ("the Italian ski resorts of Bormio and Livigno").
var listPlaceNouns = lexicon.WordSet(`cities towns villages ports states
	provinces regions islands districts counties cantons prefectures
	oblasts municipalities resorts suburbs`)

// listNounModifiers may stand between the demonym and the plural place
// noun: "the Italian ski resorts of", "the Indian coastal states of",
// "the Swiss mountain cantons of". Only words that describe the towns
// themselves; anything else ("the Brazilian football cities") is left.
var listNounModifiers = lexicon.WordSet(`ski mountain alpine coastal border
	northern southern eastern western central north south east west
	north-eastern north-western south-eastern south-western seaside
	island industrial port market holiday tourist rural remote small
	big major main neighbouring neighboring`)

// listEndVerbs may follow a demonym list that is the subject of its
// clause: "the Swiss cantons of Valais and Ticino were hit", "the
// Albanian cities of Vlore and Durres have flooded". Auxiliaries and
// the copula only: a lexical verb right after a name too often belongs
// to a longer name or another clause.
var listEndVerbs = lexicon.WordSet(`was were is are has have had will
	would could may might`)

// demonymLists places the towns listed under a demonym and a plural place
// noun in the demonym's country:
//
//	"the Brazilian cities of Manaus and Belém"
//	"Brazilian cities such as Manaus, Santarém and Belém"
//	"Other Brazilian cities that trade with X are Manaus, Santarém, Belém."
//
// The list must be names of towns or places joined by commas and "and",
// closing the clause; a clause between the noun and the list is skipped
// only up to its verb "are" or "include".
func (r *relState) demonymLists() {
	for _, d := range r.a.doc.Mentions {
		if d.Kind != MentionDemonym || r.typeOf(d.Entity) != Country {
			continue
		}
		k := r.docTok(d.End)
		for n := 0; n < 2 && listNounModifiers[r.docLow(k)] && r.docMentionAt(k) == nil; n++ {
			k++ // "the Italian ski resorts of"
		}
		if !listPlaceNouns[r.docLow(k)] {
			continue
		}
		start := r.listStart(k+1, d.Sentence)
		if start < 0 {
			continue
		}
		// After "the Swiss cantons of" the names are places whatever the
		// typer guessed for a name the gazetteer lacks (isPart); they are
		// retyped below. Other list openings ("such as") keep isPlace.
		of := r.docLow(start-1) == "of"
		fits := r.isPlace
		if of {
			fits = r.isPart
		}
		items, ok := r.nameList(start, d.Sentence, fits, false)
		if !ok && of {
			// "the Swiss cantons of Valais and Ticino were hit": a list
			// after "of" may be the subject, closed by its verb.
			items, ok = r.subjectList(start, d.Sentence, fits)
		}
		if !ok {
			continue
		}
		for _, e := range items {
			if r.unplaced(e) {
				r.a.doc.Entities[e].Type = listNounType(r.docLow(k))
			}
		}
		for _, e := range items {
			r.add(e, LocatedIn, d.Entity, d.Sentence, "locatedIn/demonym-list", 0.75)
		}
	}
}

// listTownNouns are the plural nouns of listPlaceNouns whose names are
// towns; the rest name regions.
var listTownNouns = lexicon.WordSet(`cities towns villages ports
	municipalities resorts suburbs`)

// listNounType is the type of the names listed under plural noun w.
func listNounType(w string) EntityType {
	if listTownNouns[w] {
		return City
	}
	return Place
}

// subjectList reads a place list starting at token k of sentence sent
// that ends at an auxiliary or the copula (listEndVerbs) instead of the
// punctuation nameList wants.
func (r *relState) subjectList(k, sent int, fits func(e int) bool) ([]int, bool) {
	var items []int
	for {
		e, next, w, ok := r.listNameAt(k, sent, fits)
		if !ok {
			return nil, false
		}
		items = append(items, e)
		switch {
		case w == "," || w == "and":
			k = next + 1
		case listEndVerbs[w] && len(items) > 1:
			return items, true
		default:
			return nil, false
		}
	}
}

// listStart returns the token where the list after a plural place noun
// begins ("of", "such as", "including", ":" and "are"/"include" after a
// relative clause), or -1.
func (r *relState) listStart(k, sent int) int {
	if r.docLow(k) == "," {
		k++
	}
	switch r.docLow(k) {
	case "of", "including", ":", "like":
		return k + 1
	case "such":
		if r.docLow(k+1) == "as" {
			return k + 2
		}
		return -1
	case "are", "include":
		return k + 1
	case "that", "which":
		// "cities that trade with X are A, B": skip to the verb.
		for j := k + 1; j < k+12 && j < len(r.a.tokens); j++ {
			if m := r.docMentionAt(j); m != nil && m.Sentence != sent {
				return -1
			}
			switch r.docLow(j) {
			case "are", "include":
				return j + 1
			case ",", ";", ".", ":", "and", "but", "were", "is", "was":
				return -1
			}
		}
	}
	return -1
}

// nameList reads names joined by commas and "and" from token k, each
// one whose entity fits, ending at punctuation that closes the clause or
// the text. It returns their entities. With commaEnds, a comma not
// followed by another name ends the list ("such as Japan and China,
// since ..."); place lists want the stricter reading, where such a comma
// means the words are no list at all.
func (r *relState) nameList(k, sent int, fits func(e int) bool, commaEnds bool) ([]int, bool) {
	var items []int
	for {
		e, next, w, ok := r.listNameAt(k, sent, fits)
		if !ok {
			return nil, false
		}
		items = append(items, e)
		k = next
		switch w {
		case ",":
			if commaEnds && (!r.nameAfterWords(k+1) || r.lowerWord(k+1)) {
				return items, true
			}
			k++
			continue
		case "and":
			k++
			continue
		case ".", ";", ")", "", "?", "!":
			return items, true
		}
		if relPrep[w] || chainFollowers[w] {
			return items, true // "the Brazilian cities of Manaus and Belém last year"
		}
		return nil, false
	}
}

// listNameAt reads one item of a place list: a name starting at token k
// in sentence sent whose entity fits. It returns the entity, the token
// after the name and the word there (", and" is read as "and", the token
// moved onto the "and"), or ok false when no fitting name starts at k.
func (r *relState) listNameAt(k, sent int, fits func(e int) bool) (e, next int, w string, ok bool) {
	m := r.docMentionAt(k)
	if m == nil || m.Kind != MentionName || m.Sentence != sent || m.Start != r.a.tokens[k].Start || !fits(m.Entity) {
		return 0, 0, "", false
	}
	next = r.docTok(m.End)
	w = r.docLow(next)
	if w == "," && r.docLow(next+1) == "and" {
		next++
		w = "and"
	}
	return m.Entity, next, w, true
}

// isPlace reports an entity typed as a town or place.
func (r *relState) isPlace(e int) bool {
	t := r.typeOf(e)
	return t == City || t == Place
}

// isPart reports an entity that may be a part of a place: a town or place,
// or a name the typer could not place.
func (r *relState) isPart(e int) bool {
	return r.isPlace(e) || r.unplaced(e)
}

// partVerbs open the list of a place's parts after its name: "Bohumín
// consists of Old Bohumín and New Bohumín", "the city comprises A, B and
// C", "the county is divided into A and B".
var partVerbs = [][]string{
	{"consists", "of"}, {"consisted", "of"}, {"comprises"}, {"comprised"},
	{"is", "made", "up", "of"}, {"is", "divided", "into"}, {"is", "composed", "of"},
}

// placeParts places each named part of a town or region in it. The parts
// must be names joined by commas and "and" (a lower-case word or two may
// describe one: "industrial New Bohumín") closing the clause; a part the
// typer could not place becomes a place.
func (r *relState) placeParts() {
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName {
			continue
		}
		if t := r.typeOf(m.Entity); t != City && t != Place {
			continue
		}
		k := r.docTok(m.End)
		n := r.partVerbAt(k)
		if n == 0 {
			continue
		}
		parts, ok := r.partList(k+n, m.Sentence)
		if !ok {
			continue
		}
		for _, e := range parts {
			if r.unplaced(e) {
				r.a.doc.Entities[e].Type = Place
			}
			r.add(e, LocatedIn, m.Entity, m.Sentence, "locatedIn/consists-of", 0.75)
		}
	}
}

// partVerbAt returns the length of the part verb at token k, or 0.
func (r *relState) partVerbAt(k int) int {
next:
	for _, v := range partVerbs {
		for j, w := range v {
			if r.docLow(k+j) != w {
				continue next
			}
		}
		return len(v)
	}
	return 0
}

// partList reads the names of a part list from token k: names joined by
// commas and "and", each after at most two lower-case words, each a town
// or place or a name the typer could not place, ending the clause.
func (r *relState) partList(k, sent int) ([]int, bool) {
	var items []int
	for {
		for j := 0; j < 2 && r.lowerWord(k) && r.docMentionAt(k) == nil && !listStops[r.docLow(k)]; j++ {
			k++
		}
		e, next, w, ok := r.listNameAt(k, sent, r.isPart)
		if !ok {
			return nil, false
		}
		items = append(items, e)
		k = next
		switch w {
		case ",":
			// Another part follows, or the list has ended: "A and B,
			// its two largest districts".
			if !r.nameAfterWords(k + 1) {
				return items, len(items) >= 2
			}
			k++
			continue
		case "and":
			k++
			continue
		case ".", ";", ")", "", "?", "!":
			return items, len(items) >= 2
		}
		if relPrep[w] || chainFollowers[w] {
			return items, len(items) >= 2
		}
		return nil, false
	}
}

// nameAfterWords reports a name at token k, or after at most two
// lower-case words there that describe it.
func (r *relState) nameAfterWords(k int) bool {
	for j := 0; j < 2 && r.lowerWord(k) && r.docMentionAt(k) == nil && !listStops[r.docLow(k)]; j++ {
		k++
	}
	m := r.docMentionAt(k)
	return m != nil && m.Kind == MentionName && k < len(r.a.tokens) && m.Start == r.a.tokens[k].Start
}

// listStops are the lower-case words that end a part list rather than
// describe a part.
var listStops = lexicon.WordSet(`and or but while which who that several
	many some other`)

// An encyclopaedia article about a place opens by placing it ("Gujranwala
// is a city in Punjab, Pakistan", "Sunol Valley is located in Alameda
// County, California, United States"); the towns, streets and landmarks
// it names afterwards are that place's surroundings, and lie in its
// country and first-level region unless the text or the gazetteer puts
// them elsewhere ("the nearby cities of Sialkot and Gujrat", "a church,
// Chiesa Matrice"). News stories do not open so, and the pass stays off
// for them.

// leadNouns are the words after "is a" in an opening sentence that make
// its subject a place, besides the predicate nouns of placeTypes.
var leadNouns = lexicon.WordSet(`located situated valley community census-designated`)

// articlePlace returns the place a text is about and the sentence that
// places it, or -1: the first name of the text, a town or place, with
// "is a town|region ... " or "is located" after it in one of the first
// three sentences.
func (r *relState) articlePlace() (e, sent int) {
	ms := r.a.doc.Mentions
	first := -1
	for i := range ms {
		if ms[i].Kind == MentionName {
			first = i
			break
		}
	}
	if first < 0 || !r.isPlace(ms[first].Entity) {
		return -1, 0
	}
	s := ms[first].Entity
	for i := first; i < len(ms) && ms[i].Sentence < 3; i++ {
		m := &ms[i]
		if m.Entity != s || m.Kind != MentionName {
			continue
		}
		if r.leadVerbAfter(r.docTok(m.End), m.Sentence) {
			return s, m.Sentence
		}
	}
	return -1, 0
}

// leadVerbAfter reports "is|was" later in sentence sent than token k,
// with a place noun or "located" within five words after it, or "in" and
// a place right after it.
func (r *relState) leadVerbAfter(k, sent int) bool {
	for j := k; j < len(r.a.tokens) && j < k+25; j++ {
		if m := r.docMentionAt(j); m != nil && m.Sentence != sent {
			return false
		}
		w := r.docLow(j)
		if w == "." {
			return false
		}
		if w != "is" && w != "was" {
			continue
		}
		if x := r.docLow(j + 1); x == "in" || x == "within" {
			// "Coron is in the province of Palawan, Philippines"
			return r.placeNamedAt(j+2, sent)
		}
		for n := j + 1; n <= j+5 && n < len(r.a.tokens); n++ {
			x := r.docLow(n)
			if townNounsPred[x] || regionNounsPred[x] || leadNouns[x] {
				return true
			}
			if x == "," || x == "." || x == "in" || x == "of" {
				return false
			}
		}
		return false
	}
	return false
}

// placeNamedAt reports a town, place or country named at token k of
// sentence sent, after "the <region noun> of" if it stands there.
func (r *relState) placeNamedAt(k, sent int) bool {
	if r.docLow(k) == "the" && stateNouns[r.docLow(k+1)] && r.lowerWord(k+1) && r.docLow(k+2) == "of" {
		k += 3
	}
	m := r.docMentionAt(k)
	if m == nil || m.Kind != MentionName || m.Sentence != sent || m.Start != r.a.tokens[k].Start {
		return false
	}
	t := r.typeOf(m.Entity)
	return t == City || t == Place || t == Country
}

// articleHoldings returns the place an article is about, what the facts
// found so far place it in, and its one country among those (-1 when
// none); ok is false when there is no such place or when the facts place
// it in two countries ("on the border of A and B": no one country).
func (r *relState) articleHoldings() (s int, holds map[int]bool, country int, ok bool) {
	s, _ = r.articlePlace()
	if s < 0 {
		return -1, nil, -1, false
	}
	holds, country = map[int]bool{}, -1
	for _, f := range r.a.doc.Facts {
		if f.Predicate != LocatedIn || f.Subject != s {
			continue
		}
		holds[f.Object] = true
		if r.typeOf(f.Object) == Country {
			if country >= 0 && country != f.Object {
				return -1, nil, -1, false
			}
			country = f.Object
		}
	}
	return s, holds, country, true
}

// articlePlaces places the towns and places an article about a place
// names in that place's country and first-level region. The place must
// lie in exactly one country. A name is left out when the text already
// places it in a country, when a sentence naming it names another
// country, when it contains the article's place, or when the gazetteer
// knows it elsewhere or as lying in no country (a continent, a sea).
func (r *relState) articlePlaces() {
	s, holds, country, ok := r.articleHoldings()
	if !ok {
		return
	}
	regions := []int{}
	if country < 0 {
		return
	}
	cname := r.a.doc.Entities[country].Name
	for _, o := range slices.Sorted(maps.Keys(holds)) { // in order: the facts come out the same each run
		if r.knownRegion(o) && r.regionMayLieIn(o, country) {
			regions = append(regions, o)
		}
	}
	placed := map[int]bool{} // entities the text places in some country, or in another town
	for _, f := range r.a.doc.Facts {
		if f.Predicate != LocatedIn {
			continue
		}
		// "the largest square after Tiananmen Square in Beijing": a site
		// the text puts in another town may lie in another country.
		if t := r.typeOf(f.Object); t == Country || t == City && f.Object != s {
			placed[f.Subject] = true
		}
	}
	foreign := map[int]bool{} // sentences naming another country
	for _, m := range r.a.doc.Mentions {
		if r.typeOf(m.Entity) == Country && m.Entity != country {
			foreign[m.Sentence] = true
		}
	}
	seen := map[int]bool{}
	for _, m := range r.a.doc.Mentions {
		e := m.Entity
		if e == s || holds[e] || placed[e] || !r.isPlace(e) {
			continue
		}
		if foreign[m.Sentence] {
			seen[e] = true // named beside another country: leave it
			continue
		}
		if seen[e] || m.Kind != MentionName {
			continue
		}
		seen[e] = true
		if !r.mayLieIn(e, cname) || r.bareSiteName(e) || r.seaName(e) {
			continue
		}
		r.add(e, LocatedIn, country, m.Sentence, "locatedIn/article-country", 0.6)
		for _, reg := range regions {
			if reg != e {
				r.add(e, LocatedIn, reg, m.Sentence, "locatedIn/article-region", 0.55)
			}
		}
	}
}

// bareSiteNouns are the kinds of site that, standing alone as a name
// ("the Airport", "Palace of forty columns"), are a heading or a word the
// typer took for a name, not a site the article names. "Region" is left
// out: "the capital of the Region" names the article's own region.
var bareSiteNouns = lexicon.WordSet(`airport palace street square road avenue
	bridge station museum gallery park hall castle church mosque temple`)

// seaHeads end the names of seas, which border countries and lie in
// none: "a town on the Adriatic Sea".
var seaHeads = lexicon.WordSet(`sea ocean gulf strait straits`)

// seaName reports a name ending in a sea noun.
func (r *relState) seaName(e int) bool {
	f := strings.Fields(r.a.doc.Entities[e].Name)
	return len(f) >= 2 && seaHeads[strings.ToLower(f[len(f)-1])]
}

// bareSiteName reports a name that is one bare site noun.
func (r *relState) bareSiteName(e int) bool {
	f := strings.Fields(r.a.doc.Entities[e].Name)
	return len(f) == 1 && bareSiteNouns[strings.ToLower(f[0])]
}

// mayLieIn reports whether place e may lie in the country named cname:
// the gazetteer does not know it, or knows it in that country.
func (r *relState) mayLieIn(e int, cname string) bool {
	if r.gaz == nil {
		return true
	}
	g, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
	if !ok {
		return true
	}
	switch g.Kind {
	case gazetteer.City, gazetteer.Place:
		return g.Country != "" && (strings.EqualFold(g.Country, cname) || r.sameCountry(cname, g.Country))
	}
	return false
}

// Countries the text places in a continent or a region of several
// countries:
//
//	"the African nation of Namibia"      a region's demonym before a
//	                                     country noun and "of"
//	"Asian countries such as China and Singapore"
//	                                     a list under a region's demonym
//	                                     and a plural country noun
//	"Romania, which is one of the poorest countries in Europe"
//	"Angola, the largest country in Africa,"
//	                                     a country described as one of
//	                                     the countries in a region

// nationNouns are the nouns for a country after a region's demonym, and
// nationPlurals their plurals.
var (
	nationNouns   = lexicon.WordSet(`nation country state kingdom republic monarchy emirate`)
	nationPlurals = lexicon.WordSet(`nations countries states economies kingdoms republics`)
)

// wideRegion reports a place the gazetteer knows as lying in no country:
// a continent or a region of several countries ("Asia", "the Middle
// East", "Scandinavia").
func (r *relState) wideRegion(e int) bool {
	if r.gaz == nil || r.typeOf(e) != Place {
		return false
	}
	g, ok := r.gaz.Lookup(r.a.doc.Entities[e].Name)
	return ok && g.Kind == gazetteer.Place && g.Country == "" && !g.Ambiguous
}

// isCountry reports an entity typed a country.
func (r *relState) isCountry(e int) bool { return r.typeOf(e) == Country }

// skipAdjectives returns the token after at most n lower-case words from
// token k that are no mention and no noun of the given sets.
func (r *relState) skipAdjectives(k, n int, stop ...map[string]bool) int {
	for j := 0; j < n && r.lowerWord(k) && r.docMentionAt(k) == nil; j++ {
		for _, s := range stop {
			if s[r.docLow(k)] {
				return k
			}
		}
		k++
	}
	return k
}

// continentCountries adds the facts above.
func (r *relState) continentCountries() {
	ms := r.a.doc.Mentions
	for i := range ms {
		if m := &ms[i]; m.Kind == MentionName && r.isCountry(m.Entity) {
			r.countryAmongRegion(m)
		}
	}
	// The mentioner makes no mention of a region's demonym ("African"),
	// so the tokens are read here, and the region becomes an entity when
	// it carries a fact.
	r.addTokenMentions(r.regionDemonymCountries)
}

// addTokenMentions runs read at every token and adds the mentions it
// returns to the document, kept in text order. The mentioner makes no
// mention of a region's demonym, so the rules that turn one into a region
// entity read the tokens themselves and add the mentions here.
func (r *relState) addTokenMentions(read func(k int) *Mention) {
	var added []Mention
	for k := range r.a.tokens {
		if m := read(k); m != nil {
			added = append(added, *m)
		}
	}
	if len(added) > 0 {
		r.a.doc.Mentions = append(r.a.doc.Mentions, added...)
		sort.SliceStable(r.a.doc.Mentions, func(i, j int) bool { return r.a.doc.Mentions[i].Start < r.a.doc.Mentions[j].Start })
	}
}

// regionAt returns the wide region that the word at token k names ("the
// Caribbean") or is the demonym of ("African"), the entity when the text
// has one (-1 if not), and whether the word is a demonym.
func (r *relState) regionAt(k int) (name string, e int, demonym bool) {
	if r.gaz == nil {
		return "", -1, false
	}
	if m := r.docMentionAt(k); m != nil {
		if m.Kind == MentionName && r.docTok(m.End) == k+1 && r.wideRegion(m.Entity) {
			return r.a.doc.Entities[m.Entity].Name, m.Entity, false
		}
		return "", -1, false
	}
	g, ok := r.gaz.DemonymEntry(r.a.tokens[k].Text)
	if !ok || g.Kind != gazetteer.Place || g.Country != "" || g.Ambiguous {
		return "", -1, false
	}
	return g.Name, r.entityNamed(g.Name), true
}

// regionDemonymCountries reads "the African nation of Namibia" and
// "Asian countries such as China and Singapore" at token k. It returns
// the mention of a region entity it created, or nil.
func (r *relState) regionDemonymCountries(k int) *Mention {
	name, region, demonym := r.regionAt(k)
	if name == "" {
		return nil
	}
	sent := r.a.sentenceOfToken(k)
	var items []int
	n := r.skipAdjectives(k+1, 2, nationNouns, nationPlurals)
	switch w := r.docLow(n); {
	case nationNouns[w]:
		if r.docLow(n+1) != "of" {
			return nil
		}
		c := r.docMentionAt(n + 2)
		if c == nil || c.Kind != MentionName || c.Sentence != sent || c.Start != r.a.tokens[n+2].Start || !r.isCountry(c.Entity) {
			return nil
		}
		items = []int{c.Entity}
	case nationPlurals[w]:
		start := r.listStart(n+1, sent)
		if start < 0 {
			return nil
		}
		var ok bool
		if items, ok = r.nameList(start, sent, r.isCountry, true); !ok {
			return nil
		}
	default:
		return nil
	}
	var made *Mention
	if region < 0 {
		region = len(r.a.doc.Entities)
		r.a.doc.Entities = append(r.a.doc.Entities, Entity{Key: "place/" + textseg.Slug(name), Type: Place, Name: name})
		if len(r.a.ents) == region {
			r.a.ents = append(r.a.ents, entInfo{})
		}
	}
	if demonym {
		made = &Mention{Span: textseg.Span{Start: r.a.tokens[k].Start, End: r.a.tokens[k].End}, Sentence: sent, Entity: region, Kind: MentionDemonym}
	}
	for _, e := range items {
		r.add(e, LocatedIn, region, sent, "locatedIn/region-nation", 0.75)
	}
	return made
}

// countryAmongRegion reads "Romania, which is one of the poorest
// countries in Europe" and "Angola, the largest country in Africa" after
// country mention m.
func (r *relState) countryAmongRegion(m *Mention) {
	k := r.docTok(m.End)
	comma := r.docLow(k) == ","
	if comma {
		k++
	}
	if w := r.docLow(k); w == "which" || w == "that" {
		if !comma {
			return
		}
		k++
	}
	verb := false
	switch r.docLow(k) {
	case "is", "was", "remains", "remained":
		verb = true
		k++
	}
	if !comma && !verb {
		return
	}
	plural := false
	switch {
	case r.docLow(k) == "one" && r.docLow(k+1) == "of" && r.docLow(k+2) == "the":
		plural = true
		k += 3
	case r.docLow(k) == "the":
		k++
	default:
		return
	}
	k = r.skipAdjectives(k, 3, nationNouns, nationPlurals)
	if w := r.docLow(k); plural && !nationPlurals[w] || !plural && !nationNouns[w] {
		return
	}
	if r.docLow(k+1) != "in" {
		return
	}
	j := k + 2
	if r.docLow(j) == "the" {
		j++
	}
	c := r.docMentionAt(j)
	if c == nil || c.Kind != MentionName || c.Sentence != m.Sentence || !r.wideRegion(c.Entity) {
		return
	}
	r.add(m.Entity, LocatedIn, c.Entity, m.Sentence, "locatedIn/country-among-region", 0.75)
}

// siteRule names the facts of sitesInTowns. relState.add lets an
// organisation lie in a place under this rule only: a named site stands
// somewhere, where a firm "in London" may only have an office there, and
// the transitive closure does not carry a site on to the town's country
// (the text names the town, not the country).
const siteRule = "locatedIn/site-in-town"

// siteHeads name the kind of a named site, an institution or building
// that stands in one town: "Skidmore College", "St Mary's Church",
// "Carnegie Hall", "University of Arkansas". Palaces are left out
// ("Crystal Palace" is a club), and so are offices and firms.
var siteHeads = lexicon.WordSet(`university college school academy institute
	hospital infirmary church cathedral chapel abbey mosque temple synagogue
	museum gallery library theatre theater stadium arena centre center park
	hall castle zoo airport station prison`)

// siteName reports a name built on a site head: the last word ("Duke
// University") or the first before "of" ("University of Arkansas",
// "Museum of Modern Art").
func siteName(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	if siteHeads[strings.ToLower(f[len(f)-1])] {
		return true
	}
	for i := 0; i+1 < len(f); i++ {
		if siteHeads[strings.ToLower(f[i])] && f[i+1] == "of" {
			return true
		}
	}
	return false
}

// sitesInTowns places a named site in the town, region or country named
// right after it: "Skidmore College in Saratoga Springs", "Duke
// University, located in Durham, North Carolina", "the Karolinska
// Institute in Stockholm". The place must close its phrase, so that "in
// London's West End" or a list ("in Leeds and York") gives nothing but
// what it says of the first name. A building stands "at" its site too
// ("the Emirates Stadium at Ashburton Grove"), but a body "at" a place
// is often a side at a ground ("Oxford University at Twickenham"), so
// "at" is read only after a site typed a place, and before a town or
// site that ends its phrase (no country: "the stadium at England's
// disposal").
func (r *relState) sitesInTowns() {
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName {
			continue
		}
		if t := r.typeOf(m.Entity); t != Organization && t != Place || !r.siteNamed(m.Entity) {
			continue
		}
		k := r.docTok(m.End)
		if r.docLow(k) == "," {
			// "Duke University, located in Durham"
			if w := r.docLow(k + 1); w != "located" && w != "situated" {
				continue
			}
			k += 2
		}
		at := r.docLow(k) == "at" && r.typeOf(m.Entity) == Place
		if r.docLow(k) != "in" && !at {
			continue
		}
		c := r.docMentionAt(k + 1)
		if c == nil || c.Kind != MentionName || c.Sentence != m.Sentence || k+1 >= len(r.a.tokens) || c.Start != r.a.tokens[k+1].Start {
			continue
		}
		if t := r.typeOf(c.Entity); t != City && t != Place && t != Country || at && (t == Country || r.wideRegion(c.Entity) || !r.townCloses(c)) {
			continue
		}
		if w := r.docLow(r.docTok(c.End)); w == "'s" || w == "'" {
			continue // "in London's West End": the place is the possessed one
		}
		r.add(m.Entity, LocatedIn, c.Entity, m.Sentence, siteRule, 0.75)
	}
}

// demonymCapitals reads "the Irish capital" and "the Belgium capital" as
// naming the country's capital: where the text also names that town
// ("Dublin ... on the streets of the Irish capital"), the town lies in
// the country. The gazetteer says which town is the capital; the text
// must name both the town and the country's capital, so no fact stands
// on the gazetteer alone.
func (r *relState) demonymCapitals() {
	if r.gaz == nil {
		return
	}
	for _, d := range r.a.doc.Mentions {
		if d.Kind != MentionDemonym && d.Kind != MentionName || r.typeOf(d.Entity) != Country {
			continue
		}
		k := r.docTok(d.End)
		if r.docLow(k) != "capital" || r.docLow(r.docTok(d.Start)-1) != "the" {
			continue
		}
		country := r.a.doc.Entities[d.Entity].Name
		for e := range r.a.doc.Entities {
			if r.typeOf(e) != City {
				continue
			}
			c, ok := r.gaz.IsCapital(r.a.doc.Entities[e].Name)
			if ok && (strings.EqualFold(c, country) || r.sameCountry(country, c)) {
				r.add(e, LocatedIn, d.Entity, d.Sentence, "locatedIn/demonym-capital-named", 0.75)
			}
		}
	}
}

// venueRule names the facts of venuesInTowns.
const venueRule = "locatedIn/venue-noun"

// venueNouns name a fixed site when they follow its name: "the Paseo de
// Anoeta stadium in San Sebastian", "the Olympic Dam mine in South
// Australia". Plants, factories, offices and clubs are left out: they
// are named after the firm or team that runs them ("the Nissan plant in
// Sunderland", "the Chelsea club in London").
var venueNouns = lexicon.WordSet(`stadium arena racecourse circuit airport
	mine oilfield dam bridge harbour cathedral church mosque temple museum
	gallery prison hotel theatre theater venue cinema fairground`)

// venuesInTowns places a town or place in the place named after its site
// noun: "the Mottram Hall hotel in Cheshire", "the Anfield stadium in
// Liverpool". The name is typed a town or place (a firm's name before
// "hotel" is a brand: "the Hilton hotel in Paris"); a town in a town is
// left out, since the noun may name a site of one town in another ("the
// Liverpool stadium in Anfield").
func (r *relState) venuesInTowns() {
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName {
			continue
		}
		st := r.typeOf(m.Entity)
		if st != City && st != Place || r.wideRegion(m.Entity) {
			continue
		}
		k := r.docTok(m.End)
		if !r.lowerWord(k) || !venueNouns[r.docLow(k)] || r.docLow(k+1) != "in" {
			continue
		}
		c := r.nameStartingAt(k+2, m.Sentence)
		if c == nil {
			continue
		}
		ot := r.typeOf(c.Entity)
		if ot != City && ot != Place && ot != Country || st == City && ot == City {
			continue
		}
		if w := r.docLow(r.docTok(c.End)); w == "'s" || w == "'" {
			continue // "in London's West End": the place is the possessed one
		}
		r.add(m.Entity, LocatedIn, c.Entity, m.Sentence, venueRule, 0.75)
	}
}

// nameStartingAt returns the name mention that starts exactly at token k
// in sentence sent, or nil.
func (r *relState) nameStartingAt(k, sent int) *Mention {
	c := r.docMentionAt(k)
	if c == nil || c.Kind != MentionName || c.Sentence != sent || c.Start != r.a.tokens[k].Start {
		return nil
	}
	return c
}

// sitesCommaTowns places a named site in the town written after it and a
// comma, as a venue is given in a fixture line or a caption: "Lansdowne
// Road, Dublin", "at the Alex Theater, Los Angeles.", "the University of
// Arkansas, Fayetteville, said". The site is a place the gazetteer does
// not know (a known region before a town is a list: "Kent, Leeds"), or
// an organisation named like a site; the town must close its phrase and
// no list may run through either name ("Anfield, Goodison, Old
// Trafford").
func (r *relState) sitesCommaTowns() {
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName || !r.siteLike(m.Entity) {
			continue
		}
		if w := r.docLow(r.docTok(m.Start) - 1); w == "," || w == "and" || w == "or" || w == "&" {
			continue
		}
		k := r.docTok(m.End)
		if r.docLow(k) != "," {
			continue
		}
		c := r.nameStartingAt(k+1, m.Sentence)
		if c == nil || r.typeOf(c.Entity) != City || !r.townCloses(c) {
			continue
		}
		r.add(m.Entity, LocatedIn, c.Entity, m.Sentence, siteRule, 0.75)
	}
}

// siteLike reports an entity that may name a site: a place the
// gazetteer does not know, or an organisation named like a site
// ("University of Arkansas").
func (r *relState) siteLike(e int) bool {
	name := r.a.doc.Entities[e].Name
	switch r.typeOf(e) {
	case Place:
		if r.gaz == nil {
			return r.siteNamed(e)
		}
		_, known := r.gaz.Lookup(name)
		return !known
	case Organization:
		return r.siteNamed(e)
	}
	return false
}

// townCloses reports whether town mention c ends its phrase: the
// sentence ends, or punctuation or a preposition follows, and no further
// town or country of a list ("Leeds, Bradford and York").
func (r *relState) townCloses(c *Mention) bool {
	k := r.docTok(c.End)
	if k >= r.a.sentTokens[c.Sentence].End {
		return true
	}
	switch w := r.docLow(k); {
	case w == "," || w == "and" || w == "or" || w == "&":
		n := r.docMentionAt(k + 1)
		return n == nil || n.Kind != MentionName || r.typeOf(n.Entity) != City && r.typeOf(n.Entity) != Country
	case w == "." || w == ";" || w == ":" || w == ")" || w == "?" || w == "!":
		return true
	case relPrep[w] || chainFollowers[w]:
		return true
	}
	return false
}

// sitesNamedForTowns places a named site in the town its name is built
// on, when the text also names that town: "Melbourne Park", "the
// Sheffield Arena", "the Metro Toronto Convention Centre". Only towns the
// gazetteer knows, and does not flag as ambiguous, count: "Hylands Park"
// is not in a place "Park", and "Hans Christian Anderson School" not in a
// town Anderson. A region or country in the name is left out, as the
// annotators leave it ("the University of Michigan" is not placed in
// Michigan by its name): a site is placed in its town.
func (r *relState) sitesNamedForTowns() {
	if r.gaz == nil {
		return
	}
	ents := r.a.doc.Entities
	for e := range ents {
		if t := r.typeOf(e); t != Organization && t != Place || !siteName(ents[e].Name) {
			continue
		}
		words := strings.Fields(ents[e].Name)
		for c := range ents {
			if c == e || !r.knownTown(c) {
				continue
			}
			if cw := strings.Fields(ents[c].Name); len(cw) < len(words) && containsRun(words, cw) && r.townNamedAsPlace(c) {
				r.add(e, LocatedIn, c, r.firstSentence(e), siteRule, 0.7)
			}
		}
	}
}

// clippedVenueNouns name an event held at a venue; "the Brixton gig"
// uses the town word as a short form of the venue's name ("Brixton
// Academy"), not as a place: the gig was at the academy.
var clippedVenueNouns = lexicon.WordSet(`gig gigs concert concerts show
	shows date dates`)

// townNamedAsPlace reports whether the text names town c as a place
// somewhere: a name mention that is not the short form of a venue ("the
// Brixton gig", "a Brixton show"). When the town is written only so, the
// text never names the town itself, and a site named for it ("Brixton
// Academy") is not placed in it by its name ("London's Brixton Academy"
// is placed in London, not in Brixton). "Leeds fans" and "fellow
// Bristol band" name the town as the fans' or band's home and count, and
// so does the town in capitals that opens a wire dateline ("DUBLIN
// (Reuters) -"), which the mentions hold as an acronym.
func (r *relState) townNamedAsPlace(c int) bool {
	for i := range r.a.doc.Mentions {
		m := &r.a.doc.Mentions[i]
		if m.Entity != c || m.Kind != MentionName && m.Kind != MentionAcronym {
			continue
		}
		k := r.docTok(m.End)
		det := r.docLow(r.docTok(m.Start) - 1)
		if (det == "the" || det == "a") && r.lowerWord(k) && clippedVenueNouns[r.docLow(k)] {
			continue
		}
		return true
	}
	return false
}

// knownTown reports an entity typed a town that the gazetteer knows as a
// town and does not flag as ambiguous. A town that shares its name with
// a state is left out: in "the State University of New York" the name
// is the state's.
func (r *relState) knownTown(e int) bool {
	if r.typeOf(e) != City {
		return false
	}
	name := r.a.doc.Entities[e].Name
	g, ok := r.gaz.Lookup(name)
	if !ok || g.Ambiguous || g.Kind != gazetteer.City {
		return false
	}
	st, ok := r.gaz.Lookup(name + " State")
	return !ok || st.Kind != gazetteer.Place
}

// containsRun reports whether the words of part occur in words, in
// order and side by side.
func containsRun(words, part []string) bool {
	for i := 0; i+len(part) <= len(words); i++ {
		match := true
		for j, w := range part {
			if words[i+j] != w {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// townRefRule names the facts of sitesOfTheTown.
const townRefRule = "locatedIn/the-city's-site"

// townRefNouns stand for a town named just before: "the city's Croke
// Park stadium" after "their Dublin concerts".
var townRefNouns = lexicon.WordSet(`city town capital`)

// sitesOfTheTown places a named site owned by "the city" in the town the
// text named last, in the same sentence or the one before: "...their
// Dublin concerts. Tickets for the two concerts at the city's Croke Park
// stadium", "play the final in Seville and the city's Olympic Stadium
// was revamped". One lower-case word may stand between ("the city's new
// X"). A town named further back is left out: the story may have moved
// on to another.
func (r *relState) sitesOfTheTown() {
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName || !r.siteLike(m.Entity) {
			continue
		}
		k := r.docTok(m.Start) - 1
		if r.docLow(k) != "'s" && r.lowerWord(k) {
			k-- // "the city's new Millennium Stadium"
		}
		if r.docLow(k) != "'s" || !townRefNouns[r.docLow(k-1)] || r.docLow(k-2) != "the" {
			continue
		}
		for j := i - 1; j >= 0 && ms[j].Sentence >= m.Sentence-1; j-- {
			if ms[j].Kind == MentionName && r.typeOf(ms[j].Entity) == City {
				r.add(m.Entity, LocatedIn, ms[j].Entity, m.Sentence, townRefRule, 0.7)
				break
			}
		}
	}
}

// possessedSites places a named site in the town or region whose
// possessive stands before it, one lower-case word allowed between:
// "Venice's famous La Fenice Theatre", "London's Science Museum",
// "Hollywood's Kodak Theatre". The site is a place the gazetteer does
// not know or an organisation named like a site, so that "London's Brixton"
// (two towns) and "Surrey's Lionhead Studios" (a firm) give nothing; a
// country or a continent before it is left to the other rules ("Scotland's
// Gleneagles", "Europe's biggest airport").
func (r *relState) possessedSites() {
	ms := r.a.doc.Mentions
	for i := range ms {
		m := &ms[i]
		if m.Kind != MentionName || r.wideRegion(m.Entity) {
			continue
		}
		if t := r.typeOf(m.Entity); t != City && t != Place {
			continue
		}
		k := r.docTok(m.End)
		if w := r.docLow(k); w != "'s" && w != "'" {
			continue
		}
		k++
		if r.lowerWord(k) && r.docMentionAt(k) == nil {
			k++ // "Venice's famous La Fenice Theatre"
		}
		c := r.nameStartingAt(k, m.Sentence)
		if c == nil || c.Entity == m.Entity || !r.siteLike(c.Entity) {
			continue
		}
		n := r.docTok(c.End)
		if w := r.docLow(n); w == "'s" || w == "'" {
			continue // "London's Science Museum's Dana Centre": the last one is the site
		}
		if n < len(r.a.tokens) && r.a.tokens[n].Flags&textseg.TDigit != 0 {
			continue // "Fort Lee's Public School 4": the name runs on past the mention
		}
		r.add(c.Entity, LocatedIn, m.Entity, m.Sentence, siteRule, 0.75)
	}
}
