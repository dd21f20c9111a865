package extract

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/gazetteer"
)

// Relation extraction works sentence by sentence on tokens and resolved
// mentions. Each rule family looks for its trigger words (verbs and their
// nominalisations), then fills the subject and object slots from the
// nearest noun phrases whose head is an entity mention of a compatible
// type. Tense, modality and negation are read from the words between the
// subject and the trigger, so "announced plans to leave" is plansToLeave,
// "will host" is willHost and "has not announced withdrawal" is nothing.
//
// The rules are written for constructions, not for sentences: every family
// is exercised on the BBC corpus and on invented sentences in
// relations_test.go.
//
// Files: relations.go (per-document state, sentence preparation, fact
// checks and de-duplication), relations_slots.go (verb chains, modality,
// subject and object phrases), relations_rules.go (the rule families),
// relations_titles.go (company titles and appositions the title stage
// leaves open).
// Only sentences where some rule can fire are POS-tagged.

// findRelations appends facts to a.doc.Facts. It runs after quotes, so that
// the speaker of a quotation is known ("our member states" said by a
// country's leader).
func (x *Extractor) findRelations(a *analysis) {
	if a == nil || a.doc == nil || len(a.sentTokens) == 0 {
		return
	}
	r := newRelState(a)
	r.gaz = x.gaz
	r.placeTypes()        // relations_places.go
	r.battleTypes()       // relations_wiki_battles.go
	r.eventsTakingPlace() // relations_events.go
	for i := range a.doc.Sentences {
		if i >= len(a.sentTokens) {
			break
		}
		s := r.sentence(i, false)
		if s == nil {
			continue
		}
		r.cur = s
		r.runRules(s)
	}
	r.cur = nil
	r.placeCues()
	r.placeChains() // relations_places.go
	r.depRelations()
	r.placeClosure() // relations_places.go
	r.whereVisits()  // relations_visits.go
	r.politics()     // relations_politics.go
	r.meetingsWithoutMeet()
	// relations_joins.go, before the implied memberships it feeds
	r.relativeJoins()
	r.impliedMemberships()
	// relations_wire_parties.go, after the implied memberships it widens
	r.wirePartyMemberships()
	r.wireDatelineTitles() // relations_wire_titles.go
	r.wireSuspendedMembers()
	r.findLineups()        // relations_lineups.go
	r.guestLists()         // relations_events.go
	r.eventOwners()        // relations_events.go
	r.trialParticipants()  // relations_trials.go
	r.contestants()        // relations_events_contests.go
	r.cityNamedEvents()    // relations_events.go
	r.actsAtEvents()       // relations_events.go
	r.eventRoles()         // relations_events_roles.go
	r.electionCandidates() // relations_elections.go
	r.competitionPlayers() // relations_competitions.go
	r.resultMatchFacts()   // relations_matches_described.go
	r.frontedVeterans()    // relations_wiki_veterans.go
	// relations_conjuncts.go, last: every rule before it may have read
	// one name of a list
	r.conjunctFacts()
	// relations_places.go, after the conjuncts: an event held "in Norway
	// and Sweden" has two host countries only once they are spread.
	r.sharedHostPlaces()
}

// eachSentence sets r.cur to the relation view of every sentence that
// cue accepts and calls fn with it; r.cur is nil again afterwards. The
// document-level passes read only the sentences their cue words mark.
func (r *relState) eachSentence(cue func(i int) bool, fn func(s *relSent)) {
	for i := range r.a.doc.Sentences {
		if i >= len(r.a.sentTokens) || !cue(i) {
			continue
		}
		s := r.sentence(i, true)
		if s == nil {
			continue
		}
		r.cur = s
		fn(s)
	}
	r.cur = nil
}

// sentenceHasWord reports whether sentence i has a token whose lower-case
// text is in one of sets.
func (a *analysis) sentenceHasWord(i int, sets ...map[string]bool) bool {
	sp := a.sentTokens[i]
	for _, t := range a.tokens[sp.Start:sp.End] {
		w := t.Lower()
		for _, set := range sets {
			if set[w] {
				return true
			}
		}
	}
	return false
}

// relState is the per-document state of relation extraction.
type relState struct {
	a    *analysis
	seen map[relFactKey]bool
	cur  *relSent
	// leads maps a person entity to the country it leads, from leaderOf
	// facts already in the document (the core emits them from titles).
	leads map[int]int
	// main is 1 + the document's main organisation (0: not computed).
	main int
	// last is the last leave or join fact, for "follow suit".
	last relAction
	// club is set while a joining or signing rule adds its facts.
	club bool
	// arrival is the last person whose arrival was told without a place
	// ("the arrival of X disrupted flights"), for a landing that follows.
	arrival relAction
	// gaz places cities in countries for the cue rules (nil in tests
	// that build an Extractor by hand: those rules then stay silent).
	gaz *gazetteer.Gazetteer
	// buf and order are reused from sentence to sentence.
	buf   relSent
	order []int
	// nameKinds caches the word-list tests of entity names, by entity
	// index (nameKindsOf).
	nameKinds []relNameKinds
	// eventKinds are the kinds of the document's events, for the role
	// rule (relations_events_roles.go).
	eventKinds *eventKindCache
	// starters maps each player a team sheet lists among the starting
	// side (not its bench) to that side, for sheetStartersPlayed
	// (relations_lineups_played.go).
	starters map[int]int
}

type relFactKey struct {
	s int
	p string
	o int
}

func newRelState(a *analysis) *relState {
	r := &relState{a: a, seen: make(map[relFactKey]bool), leads: make(map[int]int)}
	for _, f := range a.doc.Facts {
		r.seen[relFactKey{f.Subject, f.Predicate, f.Object}] = true
	}
	return r
}

// leaderCountry returns the country entity that person e leads, or -1.
func (r *relState) leaderCountry(e int) int {
	if c, ok := r.leads[e]; ok {
		return c
	}
	c := -1
	for _, f := range r.a.doc.Facts {
		if f.Predicate == LeaderOf && f.Subject == e && r.typeOf(f.Object) == Country {
			c = f.Object
			break
		}
	}
	r.leads[e] = c
	return c
}

func (r *relState) typeOf(e int) EntityType {
	if e < 0 || e >= len(r.a.doc.Entities) {
		return ""
	}
	return r.a.doc.Entities[e].Type
}

// add appends a fact unless it is a self-loop, has a subject or object of
// the wrong type, or repeats a fact already found (the first sentence wins).
func (r *relState) add(s int, p string, o int, sent int, rule string, conf float64) bool {
	if s < 0 || o < 0 || s == o || s >= len(r.a.doc.Entities) || o >= len(r.a.doc.Entities) {
		return false
	}
	ot := r.typeOf(o)
	if ot == Organization && (p == Hosted || p == WillHost || p == ParticipatedIn) && r.eventLike(o) {
		// "the World Economic Forum" is typed as the body that runs it, but
		// one hosts and attends the gathering.
		ot = Event
	}
	st := r.typeOf(s)
	if (p == Joined || p == Left || p == PlansToLeave || p == MemberOf) && ot == Event && r.agreementLike(o) {
		// One joins or leaves a treaty as one does an organisation.
		ot = Organization
	}
	if r.club && (p == Joined || p == Left || p == MemberOf) {
		// Verbs of signing and joining take clubs, and clubs are often
		// named after their town ("He joins Norwich from Charlton").
		if ot == City && st == Person {
			ot = Organization
		}
		if st == City {
			st = Organization
		}
	}
	if p == LocatedIn && st == Organization && (rule == siteRule || rule == sharedHostRule) {
		// a named site: "Skidmore College in Saratoga Springs", the
		// Riverside Church a New York funeral was held at (relations_places.go)
		st = Place
	}
	if p == LeaderOf && ot == Place && rule == regionHeadRule {
		ot = Country // a governor or premier heads a state or province as a president a country
	}
	if !relTypesFit(p, st, ot) {
		return false
	}
	if (p == ParticipatedIn || p == Hosted || p == WillHost) && prizeName(r.a.doc.Entities[o].Name) {
		// "won the UK Film Talent Award": a prize is won, not an event
		// taken part in (the "Brit Awards" ceremony still is one).
		return false
	}
	if (p == Hosted || p == WillHost) && (st == Person || st == Organization) && broadcastName(r.a.doc.Entities[o].Name) {
		// "Carson, who hosted the Tonight Show": a presenter of a
		// programme, not a host of an event (a city still hosts "the
		// Motor Show").
		return false
	}
	if p == Visited && (st == Organization || st == Country) && r.a.sportsStory() {
		// "Rangers visit Kilmarnock", "Wales travel to Edinburgh": in a
		// sports story a side travels to play, and the place it goes to
		// is mostly a team or a ground.
		return false
	}
	if r.asked(sent, p, rule) || p == LeaderOf && (r.a.pastHolder(s, sent) || r.sideLedOnPitch(o, sent, rule)) {
		return false // a post told as over (titles_past.go) leads nothing now; a captain leads no team (relations_titles.go)
	}
	k := relFactKey{s, p, o}
	if p == MetWith {
		if r.seen[relFactKey{o, p, s}] {
			return false
		}
	}
	if r.seen[k] {
		return false
	}
	if r.cur != nil && r.cur.inQuote(r.cur.trig) {
		// Reported speech is the speaker's claim, not the reporter's.
		conf -= 0.1
	}
	r.seen[k] = true
	r.a.doc.Facts = append(r.a.doc.Facts, Fact{Subject: s, Predicate: p, Object: o,
		Sentence: sent, Rule: rule, Confidence: conf})
	return true
}

// asked reports a fact stated only as a question ("Will Iran take part
// in the World Cup?", "Is Ukraine a member of Nato?"): an event or a
// membership asked about is not told. Where a place lies and who leads
// what stand in a question as elsewhere ("Will Tory leader Michael
// Howard resign?"), and so do the memberships titles give.
func (r *relState) asked(sent int, p, rule string) bool {
	switch p {
	case LocatedIn, LeaderOf:
		return false
	case MemberOf:
		if !strings.HasPrefix(rule, "dep:") {
			return false
		}
	}
	if sent < 0 || sent >= len(r.a.doc.Sentences) {
		return false
	}
	sp := r.a.doc.Sentences[sent].Span
	text := strings.TrimRight(r.a.doc.Text[sp.Start:sp.End], " \t\n\"'’”)")
	return strings.HasSuffix(text, "?")
}

// relTypesFit encodes the argument types of each scored predicate.
func relTypesFit(p string, s, o EntityType) bool {
	switch p {
	case Left, PlansToLeave, Joined, MemberOf:
		return (s == Country || s == Organization || s == Person) && o == Organization
	case Hosted, WillHost:
		return s != Event && s != "" && o == Event
	case MetWith:
		return relIsAgent(s) && relIsAgent(o)
	case LocatedIn:
		return (s == City && (o == Country || o == Place)) ||
			(s == Place && (o == Country || o == City || o == Place)) ||
			(s == Country && o == Place) // "Namibia" in "Africa": a country in a continent or a region of several
	case ParticipatedIn:
		return relIsAgent(s) && o == Event
	case Visited:
		return (s == Person || s == Organization) && (o == City || o == Country || o == Place)
	case LeaderOf:
		return s == Person && (o == Country || o == Organization || o == City)
	}
	return s != "" && o != ""
}

func relIsAgent(t EntityType) bool { return t == Person || t == Organization || t == Country }

// relMention is an outermost mention of one sentence, located in tokens.
type relMention struct {
	first, last int // inclusive token range within the sentence
	entity      int
	kind        MentionKind
}

// relSent is one sentence prepared for the rules.
type relSent struct {
	r    *relState
	idx  int
	toks []textseg.Token
	low  []string
	ment []int // per token: index into ms, or -1
	ms   []relMention
	// speaker[i] is the speaker entity of the quotation holding token i,
	// -1 outside quotations, -2 inside an unattributed one.
	speaker []int
	trig    int  // token index of the trigger being processed
	loose   bool // headLeft accepts phrases inside prepositional phrases
}

// sentence prepares sentence i for the rules, or returns nil when no rule
// can fire in it. anyTrigger keeps a sentence without a trigger of the
// main rules, for a later pass that has its own (actsAtEvents).
func (r *relState) sentence(i int, anyTrigger bool) *relSent {
	sp := r.a.sentTokens[i]
	if sp.End <= sp.Start {
		return nil
	}
	// Tokens untagged for now: tagging is the costly step, and most
	// sentences hold no trigger, so the words are checked first.
	toks := r.a.tokens[sp.Start:sp.End]
	s := &r.buf
	*s = relSent{r: r, idx: i, toks: toks, low: s.low[:0], ment: s.ment[:0],
		ms: s.ms[:0], speaker: s.speaker[:0], trig: -1}
	for _, t := range toks {
		s.low = append(s.low, t.Text) // folded below, once mentions are known
		s.ment = append(s.ment, -1)
		s.speaker = append(s.speaker, -1)
	}
	// Longest mentions first, so that "the Belarusian leader" wins over the
	// demonym inside it and an event name over the city inside it.
	ms := r.a.mentionsIn(i)
	order := r.order[:0]
	for j := range ms {
		order = append(order, j)
	}
	for j := 1; j < len(order); j++ {
		for k := j; k > 0 && relSpanLen(ms[order[k]].Span) > relSpanLen(ms[order[k-1]].Span); k-- {
			order[k], order[k-1] = order[k-1], order[k]
		}
	}
	r.order = order
	for _, j := range order {
		m := ms[j]
		if m.Entity < 0 || m.Entity >= len(r.a.doc.Entities) {
			continue
		}
		first, last := relTokRange(toks, m.Start, m.End)
		if first < 0 {
			continue
		}
		free := true
		for k := first; k <= last; k++ {
			if s.ment[k] >= 0 {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		s.ms = append(s.ms, relMention{first: first, last: last, entity: m.Entity, kind: m.Kind})
		for k := first; k <= last; k++ {
			s.ment[k] = len(s.ms) - 1
		}
	}
	if len(s.ms) == 0 {
		return nil // every rule needs an entity
	}
	// Rules compare lower-cased words, but never the words of names, so
	// only the others are folded (it saves an allocation per capital).
	for k, t := range toks {
		if m := s.ment[k]; m < 0 || s.ms[m].kind == MentionPronoun {
			s.low[k] = relFoldToken(t)
		}
	}
	if !anyTrigger && !s.worthTagging() {
		return nil
	}
	s.toks = r.a.sentenceTokens(i)
	st, en := toks[0].Start, toks[len(toks)-1].End
	for _, q := range r.a.doc.Quotes {
		sp := q.Speaker
		if sp < 0 {
			sp = -2
		}
		for _, p := range q.Pieces {
			if p.End <= st || p.Start >= en {
				continue
			}
			if first, last := relTokRange(toks, p.Start, p.End); first >= 0 {
				for k := first; k <= last; k++ {
					if toks[k].Start >= p.Start && toks[k].End <= p.End {
						s.speaker[k] = sp
					}
				}
			}
		}
	}
	return s
}

// relTokRange returns the first and last tokens overlapping [start, end),
// or -1, -1. Tokens are in text order, so a binary search finds the first
// and the walk stops at the span's end: no pass over the whole sentence
// per mention.
func relTokRange(toks []textseg.Token, start, end int) (int, int) {
	first := sort.Search(len(toks), func(k int) bool { return toks[k].End > start })
	if first == len(toks) || toks[first].Start >= end {
		return -1, -1
	}
	last := first
	for last+1 < len(toks) && toks[last+1].Start < end {
		last++
	}
	return first, last
}

// worthTagging reports whether any rule can fire in the sentence: a
// trigger word, or a mention in a position that the mention rules read.
func (s *relSent) worthTagging() bool {
	if len(s.ms) == 0 {
		return false
	}
	if len(s.ms) == 1 {
		// One entity: only "follow suit", the speaker's "member states"
		// and "hosted the session" (an event named elsewhere) can fire.
		one := false
		for i, w := range s.low {
			if s.ment[i] < 0 && (w == "suit" || relMemberN[w] || relEventNouns[w] || relHost[w] || relUnderway[w] || relLand[w] ||
				i <= 1 && relNumberWords[w] > 0 || relResign[w] || relStep[w] || relQuit[w] || relLeave[w]) {
				one = true
				break
			}
		}
		if m := s.ms[0]; !one && m.first > 0 && s.r.typeOf(m.entity) == Person && (relCorpTitle[s.low[m.first-1]] ||
			relNamePrefix[s.low[m.first-1]] && m.first > 1 && relCorpTitle[s.low[m.first-2]]) {
			one = true // "chief executive X said": the company comes from the context
		}
		if !one {
			return false
		}
	}
	for i := range s.low {
		if s.ment[i] < 0 && s.relTriggerAt(i) {
			return true
		}
	}
	for k := range s.ms {
		m := &s.ms[k]
		next := ""
		if m.last+1 < len(s.low) {
			next = s.low[m.last+1]
		}
		switch s.r.typeOf(m.entity) {
		case City, Place, Event:
			if next == "on" || next == "yesterday" || next == "last" || next == "in" || next == "," || next == "'s" || next == "'" || next == "at" || relTeams[next] || relPlaceNouns[next] {
				return true
			}
		case Organization:
			if relSquad[next] || next == "in" || next == "at" || relStates[next] || s.teamRoleAt(m.last+1) >= 0 {
				return true
			}
		case Person:
			if m.first > 0 && (s.low[m.first-1] == "mep" || s.low[m.first-1] == "meps") {
				return true
			}
			// "chief executive X", "X, chairman of Y"
			if m.first > 0 && (relCorpTitle[s.low[m.first-1]] || relNamePrefix[s.low[m.first-1]] && m.first > 1 && relCorpTitle[s.low[m.first-2]]) {
				return true
			}
			if next == "," && m.last+2 < len(s.low) && (s.low[m.last+2] == "in" || s.low[m.last+2] == "speaking" || s.low[m.last+2] == "visiting") {
				return true // "Mr Putin, in Paris for talks, ..."
			}
			if next == "," && m.last+2 < len(s.low) {
				for j := m.last + 2; j < len(s.low) && j <= m.last+7; j++ {
					if s.low[j] == "of" || s.ment[j] < 0 && relSquad[s.low[j]] {
						return true
					}
				}
			}
		case Country:
			if next == "'s" || next == "'" || relPlaceNouns[next] && m.first > 0 && s.low[m.first-1] == "the" {
				return true // "Russia's capital", "the Cameroon capital Yaounde"
			}
			if m.kind == MentionDemonym {
				for j := m.last + 1; j < len(s.low) && j <= m.last+4; j++ {
					if relPlaceNouns[s.low[j]] {
						return true
					}
				}
			}
		}
	}
	return false
}

func relSpanLen(s textseg.Span) int { return s.End - s.Start }

// relFold lower-cases a token and maps typographic apostrophes and
// dashes to their plain forms, so that word lists need one spelling.
func relFold(w string) string {
	return relFoldLower(textseg.Lower(w))
}

// relFoldToken is relFold of a token's text, read from the lower case
// the tokenizer already computed: the rules fold every word of every
// sentence they look at, and lowering each capitalised word again cost
// an allocation each time.
func relFoldToken(t textseg.Token) string {
	return relFoldLower(t.Lower())
}

// relApostrophes maps typographic apostrophes to the plain one; built
// once, since a Replacer is costly to make.
var relApostrophes = strings.NewReplacer("’", "'", "‘", "'")

// relFoldLower is the second half of relFold, for words already in lower
// case: only a word with a non-ASCII byte can hold a curly apostrophe.
func relFoldLower(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			if strings.ContainsAny(w[i:], "’‘") {
				return relApostrophes.Replace(w)
			}
			return w
		}
	}
	return w
}

func (s *relSent) inQuote(i int) bool {
	return i >= 0 && i < len(s.speaker) && s.speaker[i] != -1
}

// mentionAt returns the mention holding token i, or nil.
func (s *relSent) mentionAt(i int) *relMention {
	if i < 0 || i >= len(s.ment) || s.ment[i] < 0 {
		return nil
	}
	return &s.ms[s.ment[i]]
}

func (s *relSent) typeAt(i int) EntityType {
	m := s.mentionAt(i)
	if m == nil {
		return ""
	}
	return s.r.typeOf(m.entity)
}

// is reports whether token i is one of the words in set.
func (s *relSent) is(i int, set map[string]bool) bool {
	return i >= 0 && i < len(s.low) && set[s.low[i]]
}

// word reports whether token i is w.
func (s *relSent) word(i int, w string) bool {
	return i >= 0 && i < len(s.low) && s.low[i] == w
}

func (s *relSent) tag(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Tag
}

// words builds a set from a space-separated list.
func relWords(list string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// relFieldsLower splits a name into lower-case words.
func relFieldsLower(name string) []string {
	return strings.Fields(strings.ToLower(name))
}

// relEventWords mark an organisation's name as that of a gathering.
var relEventWords = relWords(`forum summit conference games championship
	championships cup festival awards olympics congress meeting show expo
	prix marathon tournament session assembly`)

// eventLike reports whether entity e is named like a gathering.
func (r *relState) eventLike(e int) bool {
	return r.nameKindsOf(e).event
}

// relNameKinds holds what the word lists say of one entity's name, so
// that the rules, which ask it of the same entities for every candidate
// pair or mention, split and lower-case each name once per document.
type relNameKinds struct {
	name      string // the name the answers were computed for
	known     bool
	event     bool // a word of relEventWords ("summit", "cup")
	agreement bool // a word of relAgreementWords ("treaty", "pact")
	siteKnown bool // site is computed only when asked (siteNamed)
	site      bool // siteName ("Duke University", "University of Arkansas")
}

// nameKindsOf returns entity e's name kinds, computed on the first
// question. The entry is recomputed if the name has changed since.
func (r *relState) nameKindsOf(e int) relNameKinds {
	return *r.nameKindsEntry(e)
}

// nameKindsEntry returns entity e's cache entry, its event and agreement
// answers filled; the pointer is good until the next call.
func (r *relState) nameKindsEntry(e int) *relNameKinds {
	name := r.a.doc.Entities[e].Name
	for len(r.nameKinds) <= e {
		r.nameKinds = append(r.nameKinds, relNameKinds{})
	}
	k := &r.nameKinds[e]
	if !k.known || k.name != name {
		*k = relNameKinds{name: name, known: true}
		for _, w := range relFieldsLower(name) {
			k.event = k.event || relEventWords[w]
			k.agreement = k.agreement || relAgreementWords[w]
		}
	}
	return k
}

// siteNamed is siteName of entity e's name, computed once per entity.
func (r *relState) siteNamed(e int) bool {
	k := r.nameKindsEntry(e)
	if !k.siteKnown {
		k.site, k.siteKnown = siteName(k.name), true
	}
	return k.site
}

// isEvent reports an Event, or an organisation named like a gathering.
func (r *relState) isEvent(e int) bool {
	t := r.typeOf(e)
	return t == Event || t == Organization && r.eventLike(e)
}

var relAgreementWords = relWords(`treaty agreement accord accords pact
	convention protocol charter`)

// agreementLike reports whether entity e is named like a treaty.
func (r *relState) agreementLike(e int) bool {
	return r.nameKindsOf(e).agreement
}

// entityNamed returns the entity whose name or alias is name (lower
// case), or -1.
func (r *relState) entityNamed(name string) int {
	for i, e := range r.a.doc.Entities {
		if strings.EqualFold(e.Name, name) {
			return i
		}
		for _, al := range e.Aliases {
			if strings.EqualFold(al, name) {
				return i
			}
		}
	}
	return -1
}

// prizeName reports a name of one prize ("the UK Film Talent Award", "the
// Palme d'Or prize"), which the typer may take for an event.
func prizeName(name string) bool {
	f := relFieldsLower(name)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "award", "prize", "trophy", "medal", "statuette":
		return true
	}
	return false
}
