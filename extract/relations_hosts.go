package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Hosting told after an event's name. The sentence rules read an event
// with the place right after it ("the European Games in Baku"); news text
// as often puts a clause or a word between the two:
//
//	the Australian Open, which begins on 17 January in Melbourne
//	the Game Developers Conference, held last week in San Francisco
//	The Academy Awards ceremony will be held in Hollywood
//	the Consumer Electronics Show (CES) in Las Vegas
//	the African Nations Cup finals in Tunisia
//
// The place hosted the event, or will host it when the clause speaks of
// what is to come.

// Rules of hostClauses.
const (
	ruleClauseHosted   = "hosted/event-clause-in"
	ruleClauseWillHost = "willHost/event-clause-in"
	ruleGatherHosted   = "hosted/gathered-in-for"
	// ruleGatherVenueHosted: "gathered at VENUE" with no event after it
	// (gatherAtVenue).
	ruleGatherVenueHosted = "hosted/gathered-at-venue"
)

// hostStageNouns name the whole of an event, or the part of it that
// stands for the event, when they follow its name: "the Grammy Awards
// ceremony", "the World Cup finals" (the tournament, where "the final" is
// one match of a competition played at many grounds), "the T in the Park
// festival" (a festival named without its noun).
var hostStageNouns = relWords(`ceremony ceremonies finals presentation series festival`)

// hostRoundNouns name a late round of a tournament played at one site,
// which is held where the tournament is: "the Mexican Open semis in
// Acapulco". Only events named like such tournaments take them (hostOneSite).
var hostRoundNouns = relWords(`semis semi-finals semi-final quarter-finals quarter-final final`)

// hostOneSiteWords end the names of tournaments held at one site.
var hostOneSiteWords = relWords(`open championships masters international`)

// hostManyGrounds end the names of competitions played at many grounds.
var hostManyGrounds = relWords(`cup league`)

// hostTimeWords may stand between a clause's verb and its place: a date
// ("on 17 January", "last week", "later this month").
var hostTimeWords = relWords(`on from to last next this later earlier week
	weekend month year the of mid - monday tuesday wednesday thursday friday
	saturday sunday january february march april may june july august
	september october november december`)

// hostClauses adds the facts of hosting told after an event's name (see
// the comment above): a clause or word between the event and its place.
func (r *relState) hostClauses() {
	r.eachSentence(r.eventInSentence, func(s *relSent) {
		for t := range s.low {
			if hostGatherVerbs[s.low[t]] && strings.HasPrefix(s.tag(t), "VB") {
				s.gatherFor(t)
			}
			if beInForVerbs[s.low[t]] {
				s.beInFor(t) // relations_hosts_be_in_for.go
			}
			if cohostVerbs[s.low[t]] {
				s.cohostPartners(t)
			}
		}
		for j := range s.ms {
			m := &s.ms[j]
			// A description the coreference stage tied to a named event
			// ("the ceremony at Dublin's Point Theatre") says where it is
			// held as well as the name does.
			if (m.kind == MentionName || m.kind == MentionRole) && r.isEvent(m.entity) {
				s.hostAfterEvent(m)
				s.hostedByAfterEvent(m)
				s.relativeHost(m)
				s.appositiveHost(m)
			}
			if m.kind == MentionName && !r.isEvent(m.entity) {
				s.whereAttendHost(m) // relations_hosts_where.go
			}
		}
	})
	// A gathering at a venue in a sentence that names no event
	// ("Mourners gathered at the Riverside Church") is the story's own
	// (gatherAtVenue).
	r.eachSentence(r.gatherWithoutEvent, func(s *relSent) {
		for t := range s.low {
			if hostGatherVerbs[s.low[t]] && strings.HasPrefix(s.tag(t), "VB") {
				s.gatherFor(t)
			}
		}
	})
}

// gatherWithoutEvent reports a sentence with a verb of gathering and no
// event mention.
func (r *relState) gatherWithoutEvent(i int) bool {
	return r.a.sentenceHasWord(i, hostGatherVerbs) && !r.eventInSentence(i)
}

// hostAfterEvent reads what follows event mention m: its edition
// number, acronym or stage noun, then a hosting clause or "in"/"at" and
// the place.
func (s *relSent) hostAfterEvent(m *relMention) {
	k := s.eventNameEnd(m)
	skipped := false
	name := relFieldsLower(s.r.a.doc.Entities[m.entity].Name)
	if k < len(s.low) && s.tag(k) == "CD" && len(s.low[k]) <= 4 {
		k++ // "the Expo 2005, which opens in March in Aichi": an edition number
	}
	if s.word(k, "(") && s.word(k+2, ")") {
		k += 3 // "the Consumer Electronics Show (CES) in Las Vegas"
		skipped = true
	}
	if s.is(k, hostStageNouns) || s.is(k, hostRoundNouns) && len(name) > 0 && hostOneSiteWords[name[len(name)-1]] {
		k++
		skipped = true
	}
	if t := s.skipTime(k); t > k && (s.word(t, "in") || s.word(t, "at")) {
		// "the event on 13 February in Los Angeles". A cup or league is
		// played at many grounds: "play Chelsea in the Carling Cup on
		// Sunday in Cardiff" places one match.
		if len(name) > 0 && hostManyGrounds[name[len(name)-1]] {
			return
		}
		k, skipped = t, true
	}
	if s.word(k, "in") || s.word(k, "at") {
		// Right after a name, "in" is the sentence rules' (eventIn); a
		// description they do not read, nor a name under a condition on
		// taking part (partCondition).
		switch {
		case skipped || m.kind != MentionName:
			s.hostPlaceAt(m, k+1, "")
		case s.condBefore(m.first) && s.partCondition(m.first):
			s.hostPlaceAt(m, k+1, WillHost)
		case m.first <= 4 && (s.word(0, "at") || s.word(0, "during")):
			s.hostFronted(m, k+1)
		}
		return
	}
	pred, at, ok := s.hostingClause(k)
	if e := s.participleAppositionEnd(k); !ok && e > 0 {
		// "The premiere of the musical, co-produced by two Canadian
		// impresarios, will take place at ...": the participle tells of
		// the work, and the clause of the event resumes after it.
		pred, at, ok = s.hostingClause(e)
	}
	if e := s.appositionEnd(k); !ok && e > 0 {
		// "The trial of Emilio Botin, the chairman of Spain's most
		// powerful bank, Santander Central Hispano, has started in
		// Madrid": a description of someone between the event and its
		// clause.
		pred, at, ok = s.hostingClause(e)
	}
	if !ok {
		return
	}
	s.hostPlaceAt(m, at, pred)
}

// eventNameEnd returns the token after event mention m's name. A
// described event's mention may hold its head noun only: "the trial of
// Emilio Botin" is mentioned at "trial", and its name runs on.
func (s *relSent) eventNameEnd(m *relMention) int {
	k := m.last + 1
	name := relFieldsLower(s.r.a.doc.Entities[m.entity].Name)
	if n := len(name); m.first+n > k && m.first+n <= len(s.low) && strings.EqualFold(strings.Join(s.low[m.first:m.first+n], " "), strings.Join(name, " ")) {
		k = m.first + n
	}
	return k
}

// appositionEnd returns the comma that closes a verbless phrase set off
// by commas from token k (", the chairman of Spain's most powerful bank,
// Santander Central Hispano,"), or 0. A verb, a relative word or a
// conjunction inside makes it a clause or a list, not a description.
func (s *relSent) appositionEnd(k int) int {
	if !s.word(k, ",") {
		return 0
	}
	end := 0
	for j := k + 1; j < len(s.low) && j <= k+16; j++ {
		switch w := s.low[j]; {
		case w == ",":
			end = j
			if j+1 < len(s.low) && (s.tag(j+1) == "VBZ" || s.tag(j+1) == "VBD" || s.word(j+1, "has") || s.word(j+1, "have") || s.word(j+1, "will") || s.word(j+1, "was") || s.word(j+1, "were")) {
				return end // the clause of the event resumes
			}
		case w == "and" || w == "or" || w == "which" || w == "who" || w == "that" || w == "(" || w == ";" || w == ":":
			return 0
		case strings.HasPrefix(s.tag(j), "VB") || s.tag(j) == "MD":
			return 0
		}
	}
	return 0
}

// participleAppositionEnd returns the comma that closes a passive
// participle phrase with its agent set off by commas from token k (",
// co-produced by two Leeds impresarios,", ", sponsored by a bank,"), or 0.
// Only a future or present clause may follow ("will take place", "opens"):
// after a past one the phrase may as well be the clause's own verb group.
func (s *relSent) participleAppositionEnd(k int) int {
	if !s.word(k, ",") || !s.word(k+2, "by") {
		return 0
	}
	if t := s.tag(k + 1); t != "VBN" && !(strings.HasSuffix(s.low[k+1], "ed") && (t == "VBD" || t == "JJ")) {
		return 0 // the tagger may take "co-produced" for an adjective
	}
	for j := k + 3; j < len(s.low) && j <= k+12; j++ {
		switch {
		case s.word(j, ","):
			if s.word(j+1, "will") || s.is(j+1, hostStartNow) {
				return j
			}
			return 0
		case strings.HasPrefix(s.tag(j), "VB") || s.tag(j) == "MD" || s.word(j, "which") || s.word(j, "who") || s.word(j, ";"):
			return 0
		}
	}
	return 0
}

// hostFronted adds hosting for an event and its place fronted before
// the subject without a comma: "At the recent Consumer Electronics Show
// in Las Vegas products with UWB chips got their first airing", "At the
// Consumer Electronics Show in Las Vegas Microsoft boss Bill Gates said".
// The sentence rules read the place's noun phrase on into the subject;
// here the place name ends where the next word is no part of it.
func (s *relSent) hostFronted(m *relMention, k int) {
	c := s.mentionAt(k)
	if c == nil || c.first != k || c.kind != MentionName || s.word(c.last+1, ",") || s.word(c.last+1, "'s") {
		return
	}
	if t := s.r.typeOf(c.entity); t != City && t != Place && t != Country {
		return
	}
	if s.negBefore(m.first, 4) || s.condBefore(m.first) {
		return
	}
	pred := Hosted
	if s.clauseFuture(m.first, len(s.low)-1) {
		pred = WillHost
	}
	s.addHost(c.entity, pred, m.entity)
}

// hostingClause reads a clause from token k that says where an event is
// held: ", which begins on 17 January in", "will be held in", ", held last
// week in". It returns the predicate the clause's tense gives and the
// token after "in" or "at".
func (s *relSent) hostingClause(k int) (string, int, bool) {
	if s.word(k, ",") {
		k++
	}
	if s.word(k, "which") || s.word(k, "that") {
		k++
	}
	pred := ""
	w := func(j int) string {
		if j < len(s.low) {
			return s.low[j]
		}
		return ""
	}
	switch {
	case hostStartNow[w(k)]:
		// "which begins on 17 January", "starting on 21 March": a start
		// told in the present is still to come.
		pred, k = WillHost, k+1
	case w(k) == "kicks" && w(k+1) == "off":
		pred, k = WillHost, k+2
	case w(k) == "gets" && w(k+1) == "under" && w(k+2) == "way":
		pred, k = WillHost, k+3
	case hostStartPast[w(k)]:
		pred, k = Hosted, k+1
	case w(k) == "got" && w(k+1) == "under" && w(k+2) == "way":
		pred, k = Hosted, k+3
	case w(k) == "took" && w(k+1) == "place":
		pred, k = Hosted, k+2
	case (w(k) == "has" || w(k) == "have") && (hostStartPast[w(k+1)] || w(k+1) == "begun"):
		pred, k = Hosted, k+2 // "has started in New York"
	case (w(k) == "was" || w(k) == "were") && hostHeldVerbs[w(k+1)]:
		pred, k = Hosted, k+2
	case hostHeldVerbs[w(k)] && (s.tag(k) == "VBN" || s.word(k-1, ",")):
		pred, k = Hosted, k+1 // ", held last week in San Francisco"
	case w(k) == "will" && w(k+1) == "be" && hostHeldVerbs[w(k+2)]:
		pred, k = WillHost, k+3
	case w(k) == "will" && w(k+1) == "be" && w(k+2) == "handed" && w(k+3) == "out":
		pred, k = WillHost, k+4 // awards "will be handed out in Hollywood"
	case (w(k) == "was" || w(k) == "were") && w(k+1) == "handed" && w(k+2) == "out":
		pred, k = Hosted, k+3
	case w(k) == "will" && w(k+1) == "take" && w(k+2) == "place":
		pred, k = WillHost, k+3
	case (w(k) == "takes" || w(k) == "take") && w(k+1) == "place":
		// "which takes place on 4 July in Perth" (a place right after
		// the verb is heldIn's): the present of an edition's dates tells
		// what is to come, unless the clause says it is under way or
		// yearly (hostUnderWay).
		pred, k = s.presentHeldTense(k+2), k+2
	case w(k) == "will" && hostStartWill[w(k+1)]:
		pred, k = WillHost, k+2 // "will begin", "will open"
	case (w(k) == "is" || w(k) == "are") && w(k+1) == "to" && w(k+2) == "be" && hostHeldVerbs[w(k+3)]:
		pred, k = WillHost, k+4
	case w(k) == "to" && w(k+1) == "be" && hostHeldVerbs[w(k+2)] && s.word(k-1, ","):
		// ", to be held at London's South Bank Centre in June": an
		// apposed infinitive of holding tells what is planned.
		pred, k = WillHost, k+3
	default:
		return "", 0, false
	}
	k = s.skipTime(k)
	if !s.word(k, "in") && !s.word(k, "at") {
		return "", 0, false
	}
	return pred, k + 1, true
}

// hostUnderWay, after a present "takes place", say the event is on now
// ("this week", "today", "now") or every year ("every year",
// "annually"): told of as happening, it is hosted.
var hostUnderWay = relWords(`today now currently annually yearly every each`)

// presentHeldTense returns the tense of an event said to take place in
// the present, read from token k to its clause's end: hosted when
// the clause says it is under way or recurring (hostUnderWay, "this
// week"), willHost otherwise.
func (s *relSent) presentHeldTense(k int) string {
	// The time may follow the place's own comma ("in Cannes, France this
	// week"), so commas do not end the look; a new clause does.
	for j := k; j < len(s.low) && j < k+10 && s.tag(j) != "." && !s.word(j, ";") && !s.word(j, "but") && !s.word(j, "while"); j++ {
		if s.is(j, hostUnderWay) || s.word(j, "this") && s.word(j+1, "week") {
			return Hosted
		}
	}
	return WillHost
}

// skipTime returns the token after a date or time at token k ("on 17
// January", "last week", "later this month"), or k when none stands there.
func (s *relSent) skipTime(k int) int {
	for j := k; j < len(s.low) && j < k+6; j++ {
		if !hostTimeWords[s.low[j]] && s.tag(j) != "CD" && !dayRange(s.low[j]) {
			return j
		}
	}
	return k
}

// hostRecurringWords open a time that recurs: "each year", "every
// summer". An event arrived at or held at such a time is told as a
// custom, done every time, not as a plan.
var hostRecurringWords = relWords(`each every`)

// skipRecurringTime is skipTime that passes a recurring time too ("each
// year"): the token after the time, or k when none stands there.
func (s *relSent) skipRecurringTime(k int) int {
	if s.is(k, hostRecurringWords) && s.is(k+1, hostTimeWords) {
		k += 2
	}
	return s.skipTime(k)
}

// comingClause reports a relative clause at token k that dates the event
// to come: "in Los Angeles, which takes place in May", ", which begins on".
func (s *relSent) comingClause(k int) bool {
	if !s.word(k, ",") || !s.word(k+1, "which") {
		return false
	}
	k += 2
	switch {
	case hostStartNow[s.low[min(k, len(s.low)-1)]], s.word(k, "will"):
		return true
	case s.word(k, "takes") && s.word(k+1, "place"), s.word(k, "is") && s.word(k+1, "held"):
		return s.futureTimeAfter(k+2) || s.word(k+2, "in") && s.word(k+3, "may")
	}
	return false
}

// hostStartNow, hostStartPast, hostStartWill and hostHeldVerbs are the
// verbs of hostingClause: an event's start told in the present (to come),
// in the past or after "will", and the passives of holding one.
var (
	hostStartNow  = relWords(`begins starts opens starting beginning opening`)
	hostStartPast = relWords(`began started opened`)
	hostStartWill = relWords(`begin start open`)
	hostHeldVerbs = relWords(`held staged hosted played`)
)

// hostPlaceAt adds place hosting for the named place at token k, and for
// the venue it names with a possessive ("at Dublin's Point Theatre"). A
// place followed by more of a list ("in Tel Aviv, Chicago and Athens") or
// by a noun it modifies ("in the Melbourne heat") is not read. An empty
// pred takes the tense from the clause around the event and place.
func (s *relSent) hostPlaceAt(m *relMention, k int, pred string) {
	if s.word(k, "the") {
		k++
	}
	c := s.mentionAt(k)
	if c == nil || c.first != k || c.kind != MentionName && c.kind != MentionAcronym {
		return
	}
	if t := s.r.typeOf(c.entity); t != City && t != Place && t != Country {
		// "at the MGM Grand in Las Vegas": a venue the entity stage did not
		// take for a place still stands in the town after it.
		if c.kind != MentionName || !s.word(c.last+1, "in") {
			return
		}
		j := c.last + 2
		if c = s.mentionAt(j); c == nil || c.first != j || c.kind != MentionName {
			return
		}
		if t := s.r.typeOf(c.entity); t != City && t != Country {
			return
		}
	}
	n := c.last + 1
	if s.negBefore(m.first, 4) || s.condBefore(m.first) && !s.partCondition(m.first) || s.hostCalledOffAfter(m.first, n) {
		return
	}
	if pred == "" {
		pred = Hosted
		if s.clauseFuture(m.first, c.last) || s.futureTimeAfter(m.last+1) || s.futureTimeAfter(n) || s.comingClause(n) {
			pred = WillHost
		}
	}
	if pred = s.hostAheadCheck(m, c.last, pred); pred == "" {
		return // one leg of a series (relations_hosts_ahead.go)
	}
	if s.word(n, "'s") || s.word(n, "'") {
		v := s.mentionAt(n + 1)
		if v == nil || v.first != n+1 || s.r.typeOf(v.entity) != Place {
			return
		}
		s.addHost(v.entity, pred, m.entity)
		n = v.last + 1
	} else if n < len(s.low) && (s.tag(n) == "NN" || s.tag(n) == "NNS") && !hostSiteNouns[s.low[n]] {
		return
	}
	if s.word(n, ",") && s.mentionAt(n+1) != nil && s.word(s.mentionAt(n+1).last+1, "and") {
		return
	}
	s.addHost(c.entity, pred, m.entity)
}

// hostSiteNouns may follow a place's name as the kind of site it is:
// "held at the Luna Park fairground", "at the city's Croke Park
// stadium". Other nouns make the name a modifier of something else
// ("at the Paris headquarters of the bank").
var hostSiteNouns = relWords(`stadium arena ground fairground fairgrounds
	showground racecourse circuit theatre venue`)

// addHost adds host pred event, unless a rule reading the same event gave
// it the other tense.
func (s *relSent) addHost(host int, pred string, ev int) {
	rule := ruleClauseHosted
	other := WillHost
	if pred == WillHost {
		rule, other = ruleClauseWillHost, Hosted
	}
	if s.r.seen[relFactKey{host, other, ev}] {
		return
	}
	s.r.add(host, pred, ev, s.idx, rule, 0.7)
}

// hostGatherVerbs tell of people coming together somewhere: "have
// gathered in Las Vegas for the Consumer Electronics Show", "will be
// brought together in London on 3-5 December for the Bloodline
// Tournament" ("brought" only with "together").
var hostGatherVerbs = relWords(`gather gathers gathered gathering assemble
	assembled brought`)

// gatherFor adds hosting for "gathered in PLACE (on DATE) for EVENT": the
// place hosts the event, whoever gathers. A site before the place is
// passed over ("gathered at Bafta in London for the summit").
func (s *relSent) gatherFor(t int) {
	k := t + 1
	if s.low[t] == "brought" {
		if !s.word(k, "together") {
			return
		}
		k++
	}
	_, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || s.condBefore(t) || !s.word(k, "in") && !s.word(k, "at") {
		return
	}
	places, end := s.objectsAt(k + 1)
	venues, venueEnd := places, end
	if s.word(k, "at") && s.word(end, "in") {
		places, end = s.objectsAt(end + 1)
	}
	place, ev, end := s.eventForAtPlace(places, end, 0)
	if ev < 0 {
		if s.word(k, "at") && !s.word(s.skipTime(venueEnd), "for") && !mod.future && !mod.intend && !mod.inf && !s.clauseFuture(t, venueEnd) {
			s.gatherAtVenue(venues)
		}
		return
	}
	if mod.future || mod.intend || mod.inf || s.clauseFuture(t, end) {
		// A gathering still to come is read by the document rules'
		// speakers and guests ("Leaders will gather in Davos for the
		// World Economic Forum next week"), whose tests want no fact of
		// it here.
		return
	}
	s.r.add(place, Hosted, ev, s.idx, ruleGatherHosted, 0.7)
}

// gatherAtVenue adds hosting for "Mourners gathered at the Riverside
// Church on Saturday" with no event after it: the gathering the story is
// about, the one event its headline or lead names, was held at the venue.
// Only a venue named by a venue noun counts ("the Harlow Stadium", not
// "the US embassy", where people gather to protest), and a cup or league
// is played at many grounds, so one ground does not host it.
func (s *relSent) gatherAtVenue(venues []int) {
	if len(venues) != 1 || !s.r.venueNamed(venues[0]) || s.r.eventInSentence(s.idx) {
		return
	}
	ev := s.r.leadEvent()
	if ev < 0 {
		return
	}
	if name := relFieldsLower(s.r.a.doc.Entities[ev].Name); len(name) > 0 && hostManyGrounds[name[len(name)-1]] {
		return
	}
	s.r.add(venues[0], Hosted, ev, s.idx, ruleGatherVenueHosted, 0.65)
}

// venueNamed reports a place or body whose name ends in a venue noun
// ("Riverside Church", "Harlow Stadium").
func (r *relState) venueNamed(e int) bool {
	if t := r.typeOf(e); t != Place && t != Organization {
		return false
	}
	f := relFieldsLower(r.a.doc.Entities[e].Name)
	return len(f) > 1 && venueNouns[f[len(f)-1]]
}

// eventForAtPlace reads "PLACE [TIME] for EVENT" after a verb of being
// or gathering: places and end are the objects read after its "in" and
// the token after them. It returns the one city, place or country, the
// one event after "for" and the index of "for", or ev -1. maxTime, when
// above 0, bounds the words of time passed over before "for".
func (s *relSent) eventForAtPlace(places []int, end, maxTime int) (place, ev, forAt int) {
	if len(places) != 1 {
		return -1, -1, end
	}
	if pt := s.r.typeOf(places[0]); pt != City && pt != Place && pt != Country {
		return -1, -1, end
	}
	if k := s.skipTime(end); maxTime <= 0 || k-end <= maxTime {
		end = k
	}
	if !s.word(end, "for") {
		return -1, -1, end
	}
	evs, _ := s.objectsAt(end + 1)
	if len(evs) != 1 || !s.r.isEvent(evs[0]) {
		return -1, -1, end
	}
	return places[0], evs[0], end
}

// entryWords, right before an event's name (over its article, a date and
// modifiers), say that a condition bears on someone taking part: "whether
// to take part in the Nasdaq-100 Open in Miami", "undecided about whether
// to contest next month's European Indoor Championships in Madrid",
// "unclear if that will be in time for the Commonwealth Games in
// Melbourne". Where the event is held is taken for granted, and an entry
// still in doubt is for an event to come. "for" counts only after
// "time" or "fit".
var entryWords = relWords(`in contest enter for`)

// entryVerbs come before "in" in partCondition: "take part in", "compete
// in", "run in".
var entryVerbs = relWords(`part compete race run play feature`)

// entryModifiers may stand between entryWords and the event's name.
var entryModifiers = relWords(`the her his their its this next month year week
	weekend 's ' first`)

// partCondition reports a condition on taking part in the event named
// from token first (see entryWords).
func (s *relSent) partCondition(first int) bool {
	k := first - 1
	for k >= 0 && first-k <= 4 && (s.is(k, entryModifiers) || s.tag(k) == "JJ" || s.tag(k) == "CD") {
		k--
	}
	if !s.is(k, entryWords) {
		return false
	}
	switch s.low[k] {
	case "in":
		return k > 0 && s.is(k-1, entryVerbs)
	case "for":
		return k > 0 && (s.word(k-1, "time") || s.word(k-1, "fit"))
	}
	return true
}

// continuedClauseFuture reports an event phrase in a verbless stretch
// after a comma whose clause before the comma speaks of the future: "will
// miss the Open, but also the Davis Cup in Australia", "will report back
// to the council, at its April meeting in Qatar". The stretch has no verb
// of its own, so it hangs on the verb before the comma and takes its
// tense.
func (s *relSent) continuedClauseFuture(first int) bool {
	lo := first
	for lo > 0 && !s.clauseEdge(lo-1) {
		lo--
	}
	if lo < 2 || !s.word(lo-1, ",") {
		return false
	}
	if s.whenClauseAhead(lo, first) {
		return true
	}
	for j := lo; j < first; j++ {
		if t := s.tag(j); strings.HasPrefix(t, "VB") || t == "MD" {
			return false
		}
	}
	return s.clauseFuture(lo-2, lo-2)
}

// aheadModals, in the clause before a "when" clause, put the time that
// clause names ahead of the story: "a decision could be reached in
// December, when the members gather for a summit in Hong Kong". "can"
// tells what happens whenever, and is left out.
var aheadModals = lexicon.WordSet(`will would could may might shall should 'll`)

// whenClauseAhead reports a "when" clause from token lo (after its comma)
// to the event phrase at first, in the present tense, whose clause before
// the comma has a modal of what is ahead: the present of a time clause
// under such a modal tells of what is still to come. A past verb in the
// "when" clause ("when they met for a summit") or none before the event
// leaves the tense to the other checks.
func (s *relSent) whenClauseAhead(lo, first int) bool {
	if !s.word(lo, "when") {
		return false
	}
	present := false
	for j := lo + 1; j < first; j++ {
		switch t := s.tag(j); {
		case t == "VBP" || t == "VBZ":
			present = true
		case t == "VBD" || t == "VBN" || t == "MD":
			return false
		}
	}
	if !present {
		return false
	}
	for j := lo - 2; j >= 0 && !s.clauseEdge(j); j-- {
		if s.tag(j) == "MD" && aheadModals[s.low[j]] {
			return true
		}
	}
	return false
}
