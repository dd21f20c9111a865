package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Coreference of definite descriptions of organisations and countries:
// "Vodafone has drafted in William Morrow. The firm bought a stake in
// Ono.", "Chelsea have signed Jiri Jarosik. The club paid £4m.", "Keane
// topped the chart. The band's second album ...", "Ukraine ... the
// country's president". News names a business, club or band once or twice
// and then calls it by its kind; a resolved mention lets every relation
// rule and the open facts read the description as the name.
//
// A description binds by document-level evidence:
//   - its head noun's class: "firm" and "company" mean a business, "bank"
//     a bank, "club" and "side" a sports team, "band" a music group,
//     "party" a political party, "country" a country;
//   - each entity's classes, from its type, its name ("Bank", "Party"),
//     the class nouns written beside its mentions ("software giant
//     Microsoft", "Keane, the band,") and the story (an organisation in a
//     sports story is a team);
//   - recency (the entities of its class named in this sentence or the
//     nominalWindow before it) and salience (how often and how often as
//     a sentence's subject each has been named so far).
//
// Two candidates that compete, one recent and another the story's topic,
// or two recent ones neither of which dominates, leave the description
// unresolved: a wrong binding makes a false fact, a missing one only
// loses it.

// nomClass is a set of kinds of organisation (or country) a description
// or an entity can be.
type nomClass uint16

const (
	nomCompany  nomClass = 1 << iota // a business
	nomBank                          // a bank (also a business)
	nomTeam                          // a sports club or national side
	nomBand                          // a music group
	nomParty                         // a political party
	nomCountry                       // a country
	nomMedia                         // a broadcaster or paper, which stories cite rather than discuss
	nomClub                          // a club, which a business story can discuss as a business
	nomBody                          // a public body: an agency, regulator, union or international organisation (coref_bodies.go)
	nomBloc                          // a grouping of members: an alliance, bloc, coalition or union of states (coref_bodies.go)
	nomBodyNoun                      // an organisation the text itself calls a "body" ("trade body Intellect")
	nomUnion                         // a union by its name or the text's word for it: a trade union, the European Union (coref_bodies.go)
)

// nominalHeads are the head nouns of descriptions, with the classes of
// entity each can refer to. "group" is a business, a band or a bloc
// ("Gabon will leave Opec ... the group's next ministerial conference");
// "side" and
// "team" are sports teams (a business's "team" is its staff, and takes a
// possessive, which leaves the phrase out of this pattern).
var nominalHeads = map[string]nomClass{
	"company": nomCompany, "firm": nomCompany, "giant": nomCompany, "maker": nomCompany,
	"manufacturer": nomCompany, "retailer": nomCompany, "airline": nomCompany,
	"carrier": nomCompany, "insurer": nomCompany, "operator": nomCompany,
	"supermarket": nomCompany, "publisher": nomCompany,
	"studio": nomCompany, "conglomerate": nomCompany, "chain": nomCompany,
	// one-word makers of a product ("the Japanese carmaker", "the brewer")
	"carmaker": nomCompany, "automaker": nomCompany, "drugmaker": nomCompany, "chipmaker": nomCompany,
	"steelmaker": nomCompany, "planemaker": nomCompany, "brewer": nomCompany,
	"broadcaster": nomCompany | nomMedia, "network": nomCompany | nomMedia, "newspaper": nomMedia,
	"group": groupClasses,
	"bank":  nomBank, "lender": nomBank,
	"club": nomTeam | nomClub, "side": nomTeam, "team": nomTeam,
	"band":    nomBand, // "the trio", "the duo" are as often the members
	"party":   nomParty,
	"country": nomCountry, "nation": nomCountry, "kingdom": nomCountry, // "The kingdom will co-host ..." of Morocco
	"republic": nomCountry, "state": nomCountry, // only with a modifier: "the former Soviet republic" (coref_nations_described.go)
	// descriptions of bodies and blocs, which coref_bodies.go explains
	"alliance": nomBloc, "bloc": nomBloc, "coalition": nomBloc, "union": nomUnion,
	"organisation": anyOrganisation, "organization": anyOrganisation,
	"agency": nomBody, "watchdog": nomBody, "regulator": nomBody,
	"body": nomBodyNoun,
}

// groupClasses are the kinds "the group" may refer to: the noun says too
// little of its entity to class one by it written beside a name
// (besideClass), yet a bloc of states is as often "the group" as a firm.
const groupClasses = nomCompany | nomBand | nomBloc

// nominalWindow is how many sentences back a candidate counts as recent.
const nominalWindow = 3

// nameClassWords in an organisation's name say what it is.
var nameClassWords = map[string]nomClass{
	"bank": nomBank | nomCompany, "banco": nomBank | nomCompany,
	"party": nomParty,
	"inc":   nomCompany, "corp": nomCompany, "corporation": nomCompany, "plc": nomCompany,
	"ltd": nomCompany, "holdings": nomCompany, "airways": nomCompany, "airlines": nomCompany,
	"motors": nomCompany, "group": nomCompany, "telecom": nomCompany, "records": nomCompany,
	"pictures": nomCompany, "studios": nomCompany, "entertainment": nomCompany,
	"fc": nomTeam, "united": nomTeam, "rovers": nomTeam, "wanderers": nomTeam, "albion": nomTeam,
	"athletic": nomTeam, "hotspur": nomTeam,
	// the media a story cites ("told BBC News Online") are neither the
	// business nor the team it is about
	"bbc": nomMedia, "sport": nomMedia, "radio": nomMedia, "news": nomMedia, "online": nomMedia,
	"tv": nomMedia, "television": nomMedia, "times": nomMedia, "telegraph": nomMedia,
}

// nominalRef is what the resolver knows of an entity at a point of the
// text: where it was last named and how salient it is so far.
type nominalRef struct {
	last  int // sentence of the latest mention
	count int // mentions so far, each as a sentence's subject counting twice
}

// resolveNominals resolves definite descriptions of organisations and
// countries by document-level evidence. It decides both the descriptions
// the mention stage found (rolePhrase: "the company", "the Japanese
// firm", which resolveReferences bound to the latest organisation) and
// the ones it left ("the software giant", "the US firm", "the country"),
// which it adds. A description it refuses is left unresolved.
func (x *Extractor) resolveNominals(a *analysis) {
	refs := make(map[int]*nominalRef)
	var classes []nomClass // read on the first description: most texts have none
	var nations []string   // read on the first description with a demonym
	unnamed := -1          // whether a club's name went unread (coref_unnamed_clubs.go), once asked
	clubUnnamed := func() bool {
		if unnamed < 0 {
			unnamed = 0
			if a.clubUnnamed() {
				unnamed = 1
			}
		}
		return unnamed == 1
	}
	// pick chooses among the candidates of classes cls; a description
	// with a demonym or country among words [lo, hi) refuses a pick the
	// text ties to another country (coref_nations.go).
	pick := func(cls nomClass, s, lo, hi int) (int, string) {
		if classes == nil {
			classes = x.entityClasses(a)
		}
		if cls == nominalHeads["club"] && clubUnnamed() {
			return -1, "club unnamed" // coref_unnamed_clubs.go
		}
		e, why := pickNominal(refs, classes, a.doc.Entities, cls, s)
		if e < 0 && why == "no candidate" {
			e, why = soleBody(refs, classes, cls)
		}
		nation := x.descriptionNation(a, lo, hi)
		if nation != "" && nations == nil {
			nations = x.entityNations(a)
		}
		if e >= 0 && nation != "" && nations[e] != "" && nations[e] != nation {
			e, why = -1, "other nation"
		}
		if e < 0 && nation != "" && (why == "competing" || why == "other nation" || why == "topic elsewhere") {
			// coref_nations.go: the one recent candidate of the
			// description's country, when the text ties every other
			// recent candidate to another
			if n := soleOfNation(refs, classes, nations, cls, nation, s); n >= 0 {
				return n, "sole of nation"
			}
		}
		return e, why
	}
	var added []mention
	roleAt := make(map[int]int) // token -> the organisation role mention rolePhrase found there
	for j := range a.ments {
		if m := &a.ments[j]; m.kind == MentionRole && m.typ == Organization && !m.hidden {
			if _, ok := nominalHeads[m.roleHead]; ok {
				roleAt[m.t0] = j
			}
		}
	}
	trace := func(s, t0, t1, e int, why string) {
		if traceNominal != nil {
			traceNominal(a.doc, s, a.doc.Text[a.tokens[t0].Start:a.tokens[t1-1].End], e, why)
		}
	}
	quoted := a.quotedTokens()
	count := func(m *mention) {
		if !quoted[m.t0] {
			// what a speaker names is not what the story is about:
			// "sales in Slimfast", the company said
			a.countRef(refs, m)
		}
	}
	mi := 0
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		for i := r.Start; i+1 < r.End; i++ {
			// Salience counts the names before token i, so that "Vodafone
			// said the firm ..." sees Vodafone.
			for ; mi < len(a.ments) && a.ments[mi].t0 < i; mi++ {
				count(&a.ments[mi])
			}
			if j, ok := roleAt[i]; ok {
				m := &a.ments[j]
				e, why := -1, x.nominalGuards(a, s, m.t0, m.t1-1)
				if why == "" {
					if nominalHeads[m.roleHead] == nomCountry && m.t0+1 < m.t1-1 {
						e, why = describedCountry(a, s, m.t0, m.t1-1) // coref_nations_described.go
					} else {
						e, why = pick(nominalHeads[m.roleHead], s, m.t0+1, m.t1-1)
						e, why = a.describedClose(refs, m.t0, m.t1-1, s, e, why)
					}
				}
				trace(s, m.t0, m.t1, e, "found "+why)
				m.entity = e
				if e >= 0 {
					refs[e].last = s
					refs[e].count++
				}
				i = m.t1 - 1
				continue
			}
			if a.tokens[i].Lower() != "the" {
				continue
			}
			k := nominalHead(a, s, i)
			if k < 0 {
				continue
			}
			if why := x.nominalGuards(a, s, i, k); why != "" {
				trace(s, i, k+1, -1, "new "+why)
				continue
			}
			head := a.tokens[k].Lower()
			if nominalHeads[head] == nomCountry && (x.countryInName(a, s) || x.countryInName(a, s-1)) {
				trace(s, i, k+1, -1, "new country in a name")
				continue
			}
			var e int
			var why string
			if nominalHeads[head] == nomCountry && i+1 < k {
				e, why = describedCountry(a, s, i, k) // coref_nations_described.go
				if e < 0 && why != "not a country description" {
					a.hideRegionMentions(i, k+1) // "Nordic" is no organisation, bound or not
				}
			} else {
				e, why = pick(nominalHeads[head], s, i+1, k)
				e, why = a.describedClose(refs, i, k, s, e, why)
			}
			trace(s, i, k+1, e, "new "+why)
			if e < 0 {
				continue
			}
			m := mention{sent: s, t0: i, t1: k + 1, kind: MentionRole, typ: a.doc.Entities[e].Type, roleHead: head}
			m.Start, m.End = a.tokens[i].Start, a.tokens[k].End
			m.surface = a.doc.Text[m.Start:m.End]
			m.entity, m.acrOf, m.titleAttr, m.owner = e, -1, -1, -1
			added = append(added, m)
			refs[e].last = s
			refs[e].count++
			i = k
		}
		for ; mi < len(a.ments) && a.ments[mi].sent <= s; mi++ {
			count(&a.ments[mi])
		}
	}
	for _, m := range added {
		a.hideMentionsIn(m.t0, m.t1)
		a.hideRegionMentions(m.t0, m.t1)
		a.insertMention(m)
	}
}

// countRef adds a visible name mention to the salience tally, and a
// country's demonym ("the Thai capital ... the country's deaths"), which
// names the country as surely for "the country" to refer to.
func (a *analysis) countRef(refs map[int]*nominalRef, m *mention) {
	if m.entity < 0 || m.kind != MentionName && m.kind != MentionAcronym && m.kind != MentionDemonym {
		return
	}
	if m.hidden && m.kind != MentionDemonym {
		return
	}
	if m.kind == MentionDemonym && a.doc.Entities[m.entity].Type != Country {
		return // a party's adjective ("Tory") is no mention of the party as a body
	}
	if a.doc.Entities[m.entity].Type == Organization && a.opponentMention(m) {
		// "the trip to Barcelona", "against Barcelona": in a sports
		// story the side named as the opponent is not the club the
		// story calls "the club" ("Babayaro left the club" is Chelsea)
		return
	}
	ref := refs[m.entity]
	if ref == nil {
		ref = &nominalRef{}
		refs[m.entity] = ref
	}
	ref.last = m.sent
	ref.count++
	if a.subjectPosition(m.sent, m.t0) {
		ref.count++
	}
}

// opponentWords before a team's name make it the opponent or the venue
// of a match: "against Barcelona", "Chelsea v Barcelona", "beat
// Barcelona", "the trip to Barcelona".
var opponentWords = lexicon.WordSet(`against v vs versus beat beating beaten
	face faces facing meet meets meeting play plays playing host hosts hosting`)

// tripWords before "to" or "of" make the team after it the side visited:
// "the trip to Barcelona", "the visit of Arsenal".
var tripWords = lexicon.WordSet(`trip visit journey`)

// opponentMention reports whether name mention m of an organisation in a
// sports story names a side played against rather than the story's own.
func (a *analysis) opponentMention(m *mention) bool {
	r := a.sentTokens[m.sent]
	if m.t0 == r.Start || !a.sportsStory() {
		return false
	}
	p := a.tokens[m.t0-1].Lower()
	if opponentWords[p] {
		return true
	}
	return (p == "to" || p == "of") && m.t0-2 >= r.Start && tripWords[a.tokens[m.t0-2].Lower()]
}

// pickNominal chooses the entity of a description of classes cls in
// sentence s, and says why. The candidates are the entities of those
// classes named so far (a bank description falls back to businesses when
// no bank is named: "JP Morgan ... the bank"). The nearest sentence
// naming any decides: one candidate there is taken, unless the story's
// dominant topic is another, which wins when named three times as often
// ("Fiat ... Demel, who came from Ferrari, only joined the company"
// means Fiat) and leaves the description open otherwise; several are
// settled by the topic or by one named twice as often as the rest.
// Without a candidate in the last nominalWindow sentences the topic is
// taken.
func pickNominal(refs map[int]*nominalRef, classes []nomClass, ents []Entity, cls nomClass, s int) (int, string) {
	if cls == nomBank && !anyOfClass(refs, classes, nomBank) {
		cls = nomCompany
	}
	topic, topN, second := leadingRef(refs, func(e int, ref *nominalRef) (int, bool) {
		return ref.count, classes[e]&cls != 0
	})
	// The topic dominates: named at least twice, and twice as often as
	// any other candidate.
	if topN < 2 || topN < 2*second {
		topic = -1
	}
	for d := 0; d <= nominalWindow && d < s; d++ {
		one, n, best, bestN, next := -1, 0, -1, 0, 0
		for e, ref := range refs {
			if classes[e]&cls == 0 || ref.last != s-d {
				continue
			}
			n++
			if one < 0 || e < one {
				one = e
			}
			switch {
			case ref.count > bestN || ref.count == bestN && e < best:
				next = max(next, bestN)
				best, bestN = e, ref.count
			case ref.count > next:
				next = ref.count
			}
			if e == topic {
				one = e
			}
		}
		switch {
		case n == 0:
			continue
		case n == 1 && (topic < 0 || topic == one):
			return one, "recent"
		case n == 1 && d == 0 && strings.HasPrefix(ents[one].Name, ents[topic].Name+" "):
			// "chief executive of Fiat Auto, with Mr Demmer leaving
			// the company": the unit just named, not its parent
			return one, "unit of topic"
		case n == 1 && topN >= 3*refs[one].count:
			return topic, "topic over passing"
		case n == 1:
			return -1, "topic elsewhere"
		case topic >= 0 && refs[topic].last == s-d:
			return topic, "recent topic"
		case bestN >= 2*next:
			return best, "recent salient"
		}
		return -1, "competing"
	}
	if topic >= 0 {
		return topic, "topic"
	}
	return -1, "no candidate"
}

// describedClose keeps pick e of the description from token i to head k
// only when the description has no common-noun modifier or e is the one
// candidate of the sentence or the one before: "the phone company" or
// "the cable firm" describe a business by what it does, which a story's
// topic need not be, so only a business just named is safely meant. A
// count of a bloc's members ("the nine-member bloc") describes no trade
// and counts as no modifier.
func (a *analysis) describedClose(refs map[int]*nominalRef, i, k, s, e int, why string) (int, string) {
	if e, why = a.placedRecent(i+1, k, e, why); e < 0 {
		return e, why
	}
	for m := i + 1; m < k; m++ {
		if t := a.tokens[m]; !isCapWord(t) && !strings.HasSuffix(t.Lower(), "-based") && !memberCountWord(t.Lower()) {
			if why != "recent" || refs[e].last < s-1 {
				return -1, "described far"
			}
			break
		}
	}
	return e, why
}

// countryInName reports whether an organisation named in sentence s has a
// country's name inside its own ("Hutch India, the largest mobile firm in
// the country"): the country a description then means may be that one,
// which is no entity of the text to bind to.
func (x *Extractor) countryInName(a *analysis, s int) bool {
	if s < 0 {
		return false
	}
	for _, m := range a.mentionsInSentence(s) {
		if m.entity < 0 || m.hidden || a.doc.Entities[m.entity].Type != Organization || m.t1-m.t0 < 2 {
			continue
		}
		for k := m.t0; k < m.t1; k++ {
			if e, ok := x.gaz.Lookup(a.tokens[k].Text); ok && e.Type == "Country" {
				return true
			}
		}
	}
	return false
}

// mentionsInSentence returns the detailed mentions of sentence s.
func (a *analysis) mentionsInSentence(s int) []mention {
	lo := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].sent >= s })
	hi := lo
	for hi < len(a.ments) && a.ments[hi].sent == s {
		hi++
	}
	return a.ments[lo:hi]
}

// leadingRef finds, among the refs that count, the entity with the
// highest count (the lowest index on a tie, so map order does not decide),
// its count and the next highest count: the story's topic is the leader
// only when it outnumbers the rest, and each resolver states by how much.
func leadingRef[R any](refs map[int]R, count func(e int, ref R) (n int, ok bool)) (topic, topN, second int) {
	topic = -1
	for e, ref := range refs {
		n, ok := count(e, ref)
		if !ok {
			continue
		}
		switch {
		case n > topN || n == topN && e < topic:
			second = max(second, topN)
			topic, topN = e, n
		case n > second:
			second = n
		}
	}
	return topic, topN, second
}

// anyOfClass reports whether an entity of class c has been named.
func anyOfClass(refs map[int]*nominalRef, classes []nomClass, c nomClass) bool {
	for e := range refs {
		if classes[e]&c != 0 {
			return true
		}
	}
	return false
}

// traceNominal, when set (by a measuring test), sees every description
// the resolver tried: its sentence, words, entity (-1 when refused) and
// why.
var traceNominal func(doc *Document, sentence int, phrase string, e int, why string)

// nominalHead returns the token of a description's head noun in a phrase
// opening at "the" (token i) with at most two words between, or -1.
func nominalHead(a *analysis, s, i int) int {
	r := a.sentTokens[s]
	for k := i + 1; k < r.End && k <= i+3; k++ {
		if describedCountryHeads[a.tokens[k].Lower()] && k == i+1 {
			continue // "the state agency": a bare "state" heads nothing (coref_nations_described.go)
		}
		if _, ok := nominalHeads[a.tokens[k].Lower()]; ok && !isCapWord(a.tokens[k]) {
			return k
		}
	}
	return -1
}

// nominalGuards says why the description from "the" at token i to its
// head at token k does not refer back, or "" when it does. A name, "of"
// or a noun after the head makes it part of something else ("the firm
// Vodafone", "the group of eight", "the club captain"); a restrictive
// relative ("the company that makes ...") describes rather than refers;
// a predicate ("is the biggest firm") says what something is; and a
// modifier that ranks or contrasts ("the first", "the other", "the new")
// introduces another entity of the kind.
func (x *Extractor) nominalGuards(a *analysis, s, i, k int) string {
	r := a.sentTokens[s]
	if i > r.Start && nominalPredicates[a.tokens[i-1].Lower()] {
		return "predicate"
	}
	a.tagSentence(s)
	if describedCountryHeads[a.tokens[k].Lower()] && k == i+1 {
		return "bare republic or state"
	}
	if !x.nominalModifiers(a, i+1, k, nominalHeads[a.tokens[k].Lower()]) {
		return "modifier"
	}
	if end := k + 1; end < r.End {
		n := a.tokens[end]
		switch {
		case isCapWord(n), n.Text == "of", n.Text == "-":
			return "name or of after"
		case n.Text == "that", relativeSubjects[n.Lower()]:
			return "restrictive relative" // "the club he walked out on"
		case n.Text == "," && end+1 < r.End && isCapWord(a.tokens[end+1]):
			return "apposition" // "the firm, Vodafone,": the apposition names it
		case n.Flags&textseg.TPunct == 0 && strings.HasPrefix(n.Tag, "NN"):
			return "noun after" // "the club captain", "the company car"
		}
	}
	for j := range a.ments {
		m := &a.ments[j]
		if m.t0 < i || m.t0 > k || m.hidden || m.kind == MentionDemonym {
			continue
		}
		if m.kind == MentionRole && m.t0 == i {
			continue // the description itself, found by rolePhrase
		}
		if m.t1 <= k && nominalHeads[a.tokens[k].Lower()] == nomCountry && regionWordsIn(a, m.t0, m.t1) {
			continue // "Nordic" in "the Nordic nation" (coref_nations_described.go)
		}
		if m.t1 > k || m.entity < 0 || !a.doc.Entities[m.entity].Type.IsPlace() {
			// a country, or a city nominalModifiers let modify a business
			return "in a mention" // a name or a title: "the Labour party", "the club chairman"
		}
	}
	return ""
}

// nominalPredicates before a description make it say what something is
// ("Inbev became the world's biggest brewer", "is the only firm"). Unlike
// the person roles' list it leaves out "as", which in news more often
// opens a clause ("as the firm is based in Russia") than a predicate.
var nominalPredicates = lexicon.WordSet(`is was be been being become became becomes
	named remains remained`)

// relativeSubjects open a relative clause without "that" after a noun:
// "the club he walked out on" describes a club, it does not refer back.
var relativeSubjects = lexicon.WordSet(`he she they we i you`)

// contrastMods are modifiers the tagger may read as nouns that set one
// member of a kind against another: "the home side" is one of two teams,
// "the parent company" and "the shell company" another company than the
// one in view.
var contrastMods = lexicon.WordSet(`home away host visiting parent rival sister
	holding target bidder shell subsidiary joint venture`)

// nominalModifiers reports whether tokens [lo, hi) may stand between "the"
// and a description of classes cls and its head: before a business or a
// band, a country's name or demonym ("the US firm", "the South African
// bank"), a "-based" word or common nouns ("the software giant", "the
// rock band"). Adjectives rank or contrast ("the first firm", "the other
// club", "the new company", "the home side") and introduce another entity
// of the kind, so they make no reference.
func (x *Extractor) nominalModifiers(a *analysis, lo, hi int, cls nomClass) bool {
	if lo < hi && cls == nomCountry {
		// "the Nordic nation", "the oil-rich kingdom"
		// (coref_nations_described.go)
		_, ok := countryDescription(a, lo, hi)
		return ok
	}
	if lo < hi && cls&(nomCompany|nomBank|nomBand|nomBody|nomBloc|nomUnion) == 0 {
		// "the England side", "the French team", "the whole country":
		// a team, party or country with a modifier is another one
		return false
	}
	for m := lo; m < hi; m++ {
		t := a.tokens[m]
		switch {
		case strings.HasSuffix(t.Lower(), "-based"):
		case cls&nomBloc != 0 && memberCountWord(t.Lower()):
			// "the 27-nation bloc", "the nine-member alliance"
		case isCapWord(t):
			q := m
			for q < hi && isCapWord(a.tokens[q]) {
				q++
			}
			surf := a.doc.Text[t.Start:a.tokens[q-1].End]
			if e, ok := x.gaz.DemonymEntry(surf); ok && e.Type == "Country" {
				m = q - 1
				continue
			}
			if e, ok := x.gaz.Lookup(surf); ok && e.Type == "Country" {
				m = q - 1
				continue
			}
			if cls&placeModifiedClasses != 0 && !placeUnmodifiedHeads[a.tokens[hi].Lower()] {
				// "the South Yorkshire company" (coref_nominals_places.go)
				if end := a.placeNamedAt(m, hi); end > m {
					m = end - 1
					continue
				}
			}
			return false
		case contrastMods[t.Lower()]:
			return false
		case t.Tag == "NN":
			// "the software giant", "the rock band"
		default:
			return false
		}
	}
	return true
}

// entityClasses reads what kind of organisation each entity is from its
// type, its name, the class nouns beside its mentions and the story.
func (x *Extractor) entityClasses(a *analysis) []nomClass {
	ents := a.doc.Entities
	out := make([]nomClass, len(ents))
	said := make([]nomClass, len(ents)) // class nouns written beside a mention
	strong := make([]bool, len(ents))
	subject := make([]int, len(ents)) // name mentions opening a sentence
	names := make([]int, len(ents))
	heads := make([]int, len(ents))   // mentions that head their phrase (not "PC sales")
	surnames := make(map[string]bool) // last words of the persons' names
	for _, ent := range ents {
		if w := words(textseg.Lower(ent.Name)); ent.Type == Person && len(w) > 1 {
			surnames[w[len(w)-1]] = true
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		if m.entity < 0 || m.hidden {
			continue
		}
		if m.strong || m.canon != "" || m.kind == MentionAcronym || m.t1-m.t0 > 1 {
			strong[m.entity] = true
		}
		if m.kind == MentionName && a.subjectPosition(m.sent, m.t0) {
			subject[m.entity]++
		}
		if m.kind == MentionName {
			names[m.entity]++
		}
		if !a.modifiesNext(m) {
			heads[m.entity]++
		}
		if m.kind != MentionName && m.kind != MentionAcronym {
			continue
		}
		said[m.entity] |= a.besideClass(m)
	}
	sports := a.sportsStory()
	for e, ent := range ents {
		switch ent.Type {
		case Country:
			out[e] = nomCountry
			continue
		case Organization:
		default:
			continue
		}
		if heads[e] == 0 && said[e] == 0 {
			continue // "PC sales", "the PC division": a word of a phrase, never its head
		}
		if !strong[e] && said[e] == 0 && (subject[e] == 0 && names[e] < 2 || surnames[textseg.Lower(ent.Name)]) {
			// A lone capitalised word typed organisation by default is
			// as often a product or a person ("Iressa", "Parry" after
			// "Rick Parry"); a business or team opens a sentence or is
			// named again.
			continue
		}
		var named nomClass
		for _, w := range words(textseg.Lower(ent.Name)) {
			named |= nameClassWords[w] | bodyNameWords[w]
		}
		if strings.HasSuffix(ent.Name, " Party") || partyNames[ent.Name] {
			named |= nomParty
		}
		c := said[e] | named
		public := publicBody(ent.Name)
		if public || x.gazOrg(ent.Name) {
			c |= nomBody // "the agency", "the organisation" may mean it; "the company" may not
		}
		if c&^(nomBody|nomBloc|nomUnion) == 0 && !public {
			// (a bloc's word in a name that is no public body's, "Future
			// Alliance", keeps the business default beside it, as before)
			// No word says what it is: in a sports story an
			// organisation is a team, elsewhere a business.
			// A club is a business to a business story ("Glazer's
			// bid for the club"), but its "team" there is its staff.
			if sports {
				c |= nomTeam | nomCompany // a sponsor or a lab named in a sports story is a business
			} else {
				c |= nomCompany | nomClub
			}
		}
		if c&nomBank != 0 {
			c |= nomCompany
		}
		out[e] = c
	}
	return out
}

// modifiesNext reports whether a one-word name mention m modifies the
// common noun after it ("PC sales", "TV rights"). Longer names and names
// the gazetteer knows are taken as heads without tagging the sentence.
func (a *analysis) modifiesNext(m *mention) bool {
	if m.t1-m.t0 > 1 || m.canon != "" || m.t1 >= a.sentTokens[m.sent].End {
		return false
	}
	n := a.tokens[m.t1]
	if n.Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct) != 0 {
		return false
	}
	a.tagSentence(m.sent)
	return strings.HasPrefix(a.tokens[m.t1].Tag, "NN")
}

// governingBodies are public bodies known by a name with no body's word in
// it.
var governingBodies = lexicon.WordSet(`fifa uefa iaaf ioc nations kremlin treasury pentagon whitehall
	reserve forum`)

// publicBody reports whether an organisation's name makes it a public
// body, which no description of a business or team refers to: a body's
// word ends the name or comes before "of" ("Financial Services
// Authority", "National Union of Journalists", "World Trade
// Organization"). A name of capitals alone (IBM, EMI, BP) is a business's
// as often as a body's, which the gazetteer spells out ("United Nations").
func publicBody(name string) bool {
	w := words(textseg.Lower(name))
	if len(w) == 0 {
		return false
	}
	if publicBodyHeads[w[len(w)-1]] {
		return true
	}
	for k, x := range w {
		if governingBodies[x] || k+1 < len(w) && w[k+1] == "of" && publicBodyHeads[x] {
			return true
		}
	}
	return false
}

// besideClass reads the class noun written next to name mention m: before
// it ("software giant Microsoft", "rock band Keane", "Premiership club
// Chelsea") or in an apposition after it ("Keane, the band,").
func (a *analysis) besideClass(m *mention) nomClass {
	r := a.sentTokens[m.sent]
	if c := a.blocNounAfter(m); c != 0 {
		return c
	}
	if m.t0 > r.Start {
		if c, ok := nominalHeads[a.tokens[m.t0-1].Lower()]; ok && !isCapWord(a.tokens[m.t0-1]) && c != groupClasses && c != anyOrganisation {
			return c
		}
	}
	if m.t1+2 < r.End && a.tokens[m.t1].Text == "," {
		if d := a.tokens[m.t1+1].Lower(); d == "the" || d == "a" || d == "an" {
			for k := m.t1 + 2; k < r.End && k < m.t1+7; k++ {
				t := a.tokens[k]
				if t.Flags&textseg.TPunct != 0 {
					break
				}
				if c, ok := nominalHeads[t.Lower()]; ok && c != groupClasses && c != anyOrganisation {
					if k+1 == r.End || a.tokens[k+1].Flags&textseg.TPunct != 0 {
						return c
					}
				}
			}
		}
	}
	return 0
}
