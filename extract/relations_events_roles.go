package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Roles in a kind of event. A story of one trial, festival or awards
// ceremony tells who took part by the role each had there, often without
// naming the event again: "the prosecution's first witness, reporter
// Martin Bashir", "Oasis and Basement Jaxx were among the headline acts",
// "X last played at the festival in 2002", "at the awards,
// presented by Little Britain star Matt Lucas". The roles and verbs of
// each kind are data (lexicon.EventRoleKinds). The event is the one of the
// role's kind the sentence names, or else the story's one event of that
// kind; a sentence that names another event, or describes one of the kind
// that no name resolves ("in the 1998 trial"), gives nothing, and so
// does a story with two events of the kind.

// ruleEventRole names the facts of eventRoles.
const ruleEventRole = "participatedIn/event-role"

// eventRoleBetween may stand between a copula and the role noun: "were
// among the headline acts", "was the first witness".
var eventRoleBetween = lexicon.WordSet(`among the a an one of both also all
	first last main headline key star chief opening closing only other`)

// eventRoles adds participatedIn for the holders of an event kind's roles.
func (r *relState) eventRoles() {
	r.eventKinds = nil // built on the first sentence with a cue
	r.eachSentence(r.a.eventRoleCue, func(s *relSent) {
		if r.eventKinds == nil {
			r.eventKinds = r.newEventKindCache()
		}
		for t := range s.low {
			if s.ment[t] >= 0 || s.inQuote(t) {
				continue
			}
			for i := range lexicon.EventRoleKinds {
				k := &lexicon.EventRoleKinds[i]
				switch {
				case k.Roles[s.low[t]]:
					s.roleHeld(t, k)
				case k.Acts[s.low[t]] && strings.HasPrefix(s.tag(t), "VB"):
					s.kindActAt(t, k)
				case k.By[s.low[t]] && s.word(t+1, "by"):
					s.kindBy(t, k)
				}
			}
		}
	})
}

// eventRoleCue reports a word of the role kinds in sentence i.
func (a *analysis) eventRoleCue(i int) bool {
	return a.sentenceHasWord(i, lexicon.EventRoleCues)
}

// roleHeld reads the role noun at token t: "X and Y were among the
// headline acts" (the subjects of a past copula before it) and "the
// prosecution's first witness, reporter X" (a person in apposition after
// it).
func (s *relSent) roleHeld(t int, k *lexicon.EventRoleKind) {
	e := s.kindEvent(k)
	if e < 0 {
		return
	}
	v := t - 1
	for v >= 0 && v >= t-5 && s.ment[v] < 0 && s.is(v, eventRoleBetween) {
		v--
	}
	// a past copula: "were among the acts" is done, "are among the acts
	// lined up" still to come
	if v < t-1 && s.is(v, lexicon.PastCopulas) {
		s.eventRoleSubjects(v, e)
		return
	}
	if s.word(t+1, ",") {
		// the apposition: a title may stand before the name ("reporter X"),
		// and the name ends the phrase.
		m := s.mentionAfterTitles(t + 2)
		if m == nil || m.kind != MentionName || s.r.typeOf(m.entity) != Person {
			return
		}
		if n := m.last + 1; n < len(s.low) && !s.clauseEdge(n) && !s.word(n, ".") {
			return
		}
		s.r.add(m.entity, ParticipatedIn, e, s.idx, ruleEventRole, 0.7)
	}
}

// mentionAfterTitles returns the mention that opens at token k or after
// the lower-case title words before it ("reporter Martin Bashir", "the
// singer X"), or nil.
func (s *relSent) mentionAfterTitles(k int) *relMention {
	for j := k; j < len(s.low) && j <= k+3; j++ {
		if m := s.mentionAt(j); m != nil {
			if m.first != j {
				return nil
			}
			return m
		}
		tg := s.tag(j)
		if s.clauseEdge(j) || !s.word(j, "the") && !s.word(j, "a") && !lexicon.IsRoleHead(s.low[j]) && tg != "NN" && tg != "JJ" {
			return nil
		}
	}
	return nil
}

// kindActAt reads a verb of the kind's participants at token t ("last
// played at the festival", "playing at the Newport Jazz Festival"): the
// subject took part in the event named after "at", which must be of the
// kind.
func (s *relSent) kindActAt(t int, k *lexicon.EventRoleKind) {
	if !s.word(t+1, "at") {
		return
	}
	e, _ := s.headRight(t + 2)
	if e < 0 && s.word(t+2, "the") && s.is(t+3, k.Names) {
		// "played at the festival" left unresolved (a past edition's
		// date follows): the story's one festival.
		e = s.kindEvent(k)
	}
	if e < 0 || !s.r.isEvent(e) || !s.r.eventOfKind(e, k) {
		return
	}
	s.eventRoleSubjects(t, e)
}

// kindBy reads a participle of the kind's event at token t ("won best
// PC game at the awards, presented by X"): the person after "by" took
// part in the event named right before the participle, which must be of
// the kind and the place of something done.
func (s *relSent) kindBy(t int, k *lexicon.EventRoleKind) {
	p := t - 1
	if s.word(p, ",") {
		p--
	}
	m := s.mentionAt(p)
	if m == nil || !s.r.isEvent(m.entity) || !s.r.eventOfKind(m.entity, k) {
		return
	}
	at := m.first - 1
	if s.word(at, "the") {
		at-- // "at the Silver Pixel awards"
	}
	if !s.word(at, "at") || s.clauseFuture(0, m.first) {
		// "The ceremony, hosted by X, takes place on 27 February": a host
		// named ahead; what was done at the event tells it was held.
		return
	}
	by := s.mentionAfterTitles(t + 2)
	if by == nil {
		// "presented by Little Britain star X": a modifier name first.
		people := s.peopleAfter(t+2, true)
		if len(people) == 0 {
			return
		}
		s.r.add(people[0], ParticipatedIn, m.entity, s.idx, ruleEventRole, 0.7)
		return
	}
	if by.kind == MentionName && s.r.typeOf(by.entity) == Person {
		s.r.add(by.entity, ParticipatedIn, m.entity, s.idx, ruleEventRole, 0.7)
	}
}

// eventRoleSubjects adds participatedIn of event e for the named persons
// and bodies that are the subjects of the verb at token t, when it tells
// of something done.
func (s *relSent) eventRoleSubjects(t, e int) {
	j, mod := s.chainLeft(t, false)
	if mod.neg || mod.cond || mod.passive || s.condBefore(t) || !mod.done() && !mod.prog {
		return
	}
	subjects := s.subjectsOf(t, j)
	if len(subjects) == 0 && s.tag(t) == "VBG" && s.word(j, ",") {
		// "He was a band leader, playing at the Newport Jazz Festival":
		// the participle clause is the main clause's subject's.
		subjects = s.clauseSubject(j)
	}
	for _, a := range subjects {
		if tp := s.r.typeOf(a); (tp == Person || tp == Organization) && s.namedOutsideQuotes(a, t) {
			s.r.add(a, ParticipatedIn, e, s.idx, ruleEventRole, 0.7)
		}
	}
}

// kindEvent returns the event a role of kind k in the sentence holds:
// the one event of the kind the sentence names, or else the story's one
// event of the kind. A sentence that names an event of another kind, or
// describes one of the kind in words no name resolves other than with
// a bare "the" ("in the 1998 trial", "another festival"), gives -1.
func (s *relSent) kindEvent(k *lexicon.EventRoleKind) int {
	c := s.r.eventKinds
	i := eventKindIndex(k)
	if c.sent != s.idx {
		c.sent = s.idx
		for j := range c.sentEvent {
			c.sentEvent[j] = -2
		}
	}
	if c.sentEvent[i] == -2 {
		c.sentEvent[i] = s.kindEventUncached(k)
	}
	return c.sentEvent[i]
}

// kindEventUncached is kindEvent computed.
func (s *relSent) kindEventUncached(k *lexicon.EventRoleKind) int {
	found := -1
	for j := range s.ms {
		e := s.ms[j].entity
		if !s.r.isEvent(e) || !s.r.eventOfKind(e, k) && !s.r.gatheringNamed(e) {
			continue // "Green Day" read as a holiday is no gathering
		}
		if !s.r.eventOfKind(e, k) || found >= 0 && found != e {
			return -1 // another event: the role may be its
		}
		found = e
	}
	if found >= 0 {
		return found
	}
	for t := range s.low {
		if s.ment[t] < 0 && k.Names[s.low[t]] && !s.word(t-1, "the") {
			return -1 // "in the 1998 trial": one no name resolves
		}
	}
	return s.r.eventKinds.story[eventKindIndex(k)]
}

// gatheringNamed reports an event whose name holds a word of a
// gathering or a contest ("summit", "cup", "awards") or of an event
// role kind.
func (r *relState) gatheringNamed(e int) bool {
	if r.eventLike(e) {
		return true
	}
	for _, w := range relFieldsLower(r.a.doc.Entities[e].Name) {
		if eventContestWords[w] || eventNouns[w] {
			return true
		}
		for i := range lexicon.EventRoleKinds {
			if lexicon.EventRoleKinds[i].Names[w] {
				return true
			}
		}
	}
	return false
}

// eventKindCache holds, for one document, the kinds of its events and
// the story's one event of each kind, so that a long text with many role
// words asks each of them once; and the events of the sentence read last.
type eventKindCache struct {
	kinds     []uint8 // by entity: bit i set for lexicon.EventRoleKinds[i]
	story     []int   // by kind: the story's one event of it, or -1
	sent      int     // the sentence sentEvent is for
	sentEvent []int   // by kind: kindEvent of sentence sent (-2: not yet)
}

// newEventKindCache computes the kinds of the document's events: a word
// of a kind in an event's name, or right after a mention of its name
// ("the 12th annual T in the Park festival").
func (r *relState) newEventKindCache() *eventKindCache {
	n := len(lexicon.EventRoleKinds)
	c := &eventKindCache{kinds: make([]uint8, len(r.a.doc.Entities)), story: make([]int, n), sent: -1, sentEvent: make([]int, n)}
	for e, ent := range r.a.doc.Entities {
		for _, w := range relFieldsLower(ent.Name) {
			for i := range lexicon.EventRoleKinds {
				if lexicon.EventRoleKinds[i].Names[w] {
					c.kinds[e] |= 1 << i
				}
			}
		}
	}
	for j := range r.a.ments {
		m := &r.a.ments[j]
		if m.entity < 0 || m.entity >= len(c.kinds) || m.kind != MentionName || m.t1 >= len(r.a.tokens) {
			continue
		}
		w := relFoldToken(r.a.tokens[m.t1])
		for i := range lexicon.EventRoleKinds {
			if lexicon.EventRoleKinds[i].Names[w] {
				c.kinds[m.entity] |= 1 << i
			}
		}
	}
	r.eventKinds = c
	for i := range lexicon.EventRoleKinds {
		c.story[i] = r.storyEventOfKind(&lexicon.EventRoleKinds[i])
	}
	return c
}

// eventKindIndex returns k's index in lexicon.EventRoleKinds.
func eventKindIndex(k *lexicon.EventRoleKind) int {
	for i := range lexicon.EventRoleKinds {
		if &lexicon.EventRoleKinds[i] == k {
			return i
		}
	}
	return -1
}

// eventOfKind reports whether event e is of kind k (eventKindCache).
func (r *relState) eventOfKind(e int, k *lexicon.EventRoleKind) bool {
	return e >= 0 && e < len(r.eventKinds.kinds) && r.eventKinds.kinds[e]&(1<<eventKindIndex(k)) != 0
}

// storyEventOfKind returns the story's one event of kind k, or -1 when it
// has none or several. An event named by a proper name outranks one the
// story describes in lower-case words: "Scotland's biggest music
// festival" in the lead is "the 12th annual T in the Park festival" of
// the next sentence, not a second festival.
func (r *relState) storyEventOfKind(k *lexicon.EventRoleKind) int {
	found, named, names := -1, -1, 0
	for e := range r.a.doc.Entities {
		if !r.isEvent(e) || !r.eventOfKind(e, k) {
			continue
		}
		if properName(r.a.doc.Entities[e].Name) {
			named = e
			names++
		}
		if found >= 0 {
			found = -2
		} else if found == -1 {
			found = e
		}
	}
	switch {
	case names == 1:
		return named
	case found >= 0:
		return found
	}
	return -1
}

// properName reports a name whose every word of more than three letters
// opens with a capital or a digit ("T in the Park", "Newport Jazz
// Festival"), not a description ("Scotland's biggest music festival").
func properName(name string) bool {
	for _, w := range strings.Fields(name) {
		if len(w) > 3 && w[0] >= 'a' && w[0] <= 'z' {
			return false
		}
	}
	return true
}
