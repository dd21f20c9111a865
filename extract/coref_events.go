package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Coreference of definite descriptions of events: "Hewitt won the
// Australian Open in 2005 ... He reached the final of the tournament",
// "the Commonwealth Games ... the Games", "the Baftas ... at the
// ceremony". Sports and arts news names a contest or a ceremony once and
// then calls it by its kind; a resolved description lets the relation
// rules read "X won at the ceremony" or "the tour begins in San Diego" as
// they read the name.
//
// A description binds only where the text leaves one referent: exactly
// one event of the description's kind named so far (an event whose name
// holds one of the kind's words: "the race" is a Grand Prix, a marathon
// or a race), or, for the nouns any contest goes by ("the tournament",
// "the event"), exactly one contest named so far. Two candidates leave
// the description unresolved: a wrong binding makes a false fact, a
// missing one only loses it.

// eventDescKinds are the head nouns of event descriptions and the words
// one of which an event's name must hold to be what the description
// means. The session nouns ("the summit", "the conference") are bound by
// the role resolution (resolveReferences) and are left out.
var eventDescKinds = map[string][]string{
	"tournament":    {"tournament", "open", "cup", "championship", "championships", "masters", "classic", "trophy", "invitational"},
	"games":         {"games", "olympics", "olympiad"},
	"olympics":      {"olympics", "games"},
	"championships": {"championships", "championship"},
	"championship":  {"championship", "championships"},
	"tour":          {"tour"},
	"festival":      {"festival"},
	// "the final" after "the Confederation Cup final": only an event
	// named as a final, so that the final of a named tournament ("won
	// the Australian Open ... in the final") binds nothing.
	"final":    {"final"},
	"ceremony": {"awards", "award", "oscars", "grammys", "baftas", "brits", "emmys", "ceremony", "prize", "prizes", "globes"},
	"awards":   {"awards", "oscars", "grammys", "baftas", "brits", "emmys", "globes"},
	"race":     {"race", "marathon", "prix", "classic", "cross-country", "derby", "grand national", "national"},
	"marathon": {"marathon"},
	"contest":  {"contest", "cup", "championship", "championships", "tournament"},
	"show":     {"show", "expo", "fair"},
	"fair":     {"fair", "expo", "show"},
	"event":    nil, // any contest or ceremony (eventContestWords)
	// Gatherings and proceedings a story describes once ("a funeral in
	// New York", "Sunday's auction", "a pre-trial hearing in San
	// Francisco") and then calls by their noun; a funeral is also "the
	// service".
	"funeral":    {"funeral"},
	"service":    {"funeral"},
	"hearing":    {"hearing"},
	"trial":      {"trial"},
	"auction":    {"auction"},
	"concert":    {"concert"},
	"rally":      {"rally"},
	"premiere":   {"premiere"},
	"exhibition": {"exhibition"},
	"inquiry":    {"inquiry"},
	"talks":      {"talks"},
}

// eventContestWords make an event a contest or a ceremony, which "the
// event" may refer to: a war, a budget or a crisis it does not.
var eventContestWords = lexicon.WordSet(`tournament open cup championship
	championships masters classic trophy invitational slam games olympics
	festival awards award oscars grammys baftas brits emmys globes prix
	race marathon tour derby series sevens rally show expo fair`)

// eventIntroStops end the noun phrase an indefinite article opens, beside
// the sentence starters (articles, conjunctions, the commonest
// prepositions).
var eventIntroStops = lexicon.WordSet(`before after of to from with by during
	into than since until is was are were be been`)

// eventDescCapital are the heads written with a capital when they refer
// back ("the Games", "the Olympics"); the others are lower-case.
var eventDescCapital = lexicon.WordSet(`games olympics`)

// eventRef is an event named so far: its entity and the words of its name.
type eventRef struct {
	ent       int
	words     map[string]bool
	name      string
	sent, tok int // where it was last named
	// foreign: typed other than Event though its name ends in an event
	// noun ("Independent Spirit Awards" read as an organisation): never
	// a referent, but a competitor for one.
	foreign bool
}

// lastWord is the last word of a lower-case name.
func lastWord(name string) string {
	w := words(name)
	if len(w) == 0 {
		return ""
	}
	return w[len(w)-1]
}

// eventNouns are the lower-case nouns an event goes by: after "a", "an"
// or "another" they bring in an event of their own ("the US Open
// champion tested positive at an exhibition event ... during the
// event"), after which a description no longer points back past it.
var eventNouns = lexicon.WordSet(`tournament games championship championships
	tour festival ceremony awards race marathon event contest competition
	match game meeting exhibition concert show gala`)

// resolveEventDescriptions binds "the tournament", "the Games", "the
// ceremony" and the like to the one event of their kind the text has
// named before them, adding a role mention the relation rules read as the
// event's name.
func (x *Extractor) resolveEventDescriptions(a *analysis) {
	ents := a.doc.Entities
	var seen []eventRef
	known := make(map[int]int) // entity -> its index in seen
	var added []mention
	intro := -1 // token of the latest "a", "an" or "another" before an event noun
	mi := 0
	for s := 1; s < len(a.sentTokens); s++ {
		r := a.sentTokens[s]
		for i := r.Start; i+1 < r.End; i++ {
			for ; mi < len(a.ments) && a.ments[mi].t0 < i; mi++ {
				m := &a.ments[mi]
				e := m.entity
				if e < 0 || m.hidden || m.kind != MentionName && m.kind != MentionAcronym {
					continue
				}
				k, ok := known[e]
				if !ok {
					ref := eventRef{ent: e, words: nameWords(ents[e].Name), name: textseg.Lower(ents[e].Name)}
					if ref.foreign = ents[e].Type != Event; ref.foreign && !eventContestWords[lastWord(ref.name)] {
						continue
					}
					k = len(seen)
					known[e] = k
					seen = append(seen, ref)
				}
				seen[k].sent, seen[k].tok = m.sent, m.t0
			}
			switch a.tokens[i].Lower() {
			case "a", "an", "another":
				for k := i + 1; k < r.End && k <= i+4; k++ {
					t := a.tokens[k]
					if t.Flags&textseg.TPunct != 0 || lexicon.SentenceStarters[t.Lower()] || eventIntroStops[t.Lower()] {
						break // "a day before the event": the phrase ended
					}
					if eventNouns[t.Lower()] && !isCapWord(t) {
						intro = i
						break
					}
				}
				continue
			}
			if a.eventIt(s, i) && !a.mentionStartsIn(i, i+1) {
				// "It will be held at the Staples Center": any contest,
				// ceremony or session, bound only as "the event" would be
				e, why := pickEvent(seen, eventItKinds, s, intro)
				if e >= 0 && !a.aboutEvent(s-1, e) {
					e, why = -1, "sentence before not about the event"
				}
				a.traceEvent(s, i, i, e, "it: "+why)
				if e >= 0 {
					added = append(added, itMention(a, s, i, e))
				}
				continue
			}
			k := a.eventDescHead(i, r.End)
			if k < 0 || len(seen) == 0 {
				continue
			}
			h := a.tokens[k]
			head := h.Lower()
			kinds, ok := eventDescKinds[head]
			if !ok || isCapWord(h) != eventDescCapital[head] {
				continue
			}
			if why := a.eventDescGuards(s, i, k); why != "" {
				a.traceEvent(s, i, k, -1, why)
				continue
			}
			e, why := pickEvent(seen, kinds, s, intro)
			if e >= 0 && head == "final" && !a.sameFinal(i, ents[e].Name) {
				e, why = -1, "final of another edition"
			}
			a.traceEvent(s, i, k, e, why)
			if e < 0 {
				continue
			}
			m := mention{sent: s, t0: i, t1: k + 1, kind: MentionRole, typ: Event, roleHead: head}
			m.Start, m.End = a.tokens[i].Start, a.tokens[k].End
			m.surface = a.doc.Text[m.Start:m.End]
			m.entity, m.acrOf, m.titleAttr, m.owner = e, -1, -1, -1
			added = append(added, m)
			i = k
		}
	}
	for _, m := range added {
		a.insertMention(m)
	}
}

// sameFinal reports whether "the final" opened at token i may be the
// final named name. A sports story tells of its own final and of past
// ones: "Sunday's final" after "the 2000 US Open final" is this year's,
// and a final named with its year is one edition among several, so only
// "the final" after a final named without a year binds.
func (a *analysis) sameFinal(i int, name string) bool {
	if a.tokens[i].Lower() != "the" {
		return false
	}
	for _, w := range words(name) {
		if isYear(w) {
			return false
		}
	}
	return true
}

// eventThisEdition are the time words whose possessive, before an event
// noun, means the edition the story is about, as "the" does: "this
// year's festival", "Sunday's ceremony", "last night's awards". Other
// editions ("last year's final", "next year's festival") are left out:
// they are another event of the same name. Two-word entries are the
// word before and the time word.
var eventThisEdition = lexicon.WordSet(`this_year this_week this_weekend
	this_season this_month last_night tonight today monday tuesday
	wednesday thursday friday saturday sunday`)

// eventDescHead is the token of the event noun a description opened at
// token i would have, "the festival" or "this year's festival", or -1
// when token i opens none. end is the sentence's end.
func (a *analysis) eventDescHead(i, end int) int {
	w := a.tokens[i].Lower()
	if w == "the" {
		return i + 1
	}
	possessive := func(j int) bool {
		t := a.tokens[j].Text
		return j+1 < end && (t == "'s" || t == "’s")
	}
	switch {
	case eventThisEdition[w] && i+1 < end && possessive(i+1):
		return i + 2
	case i+2 < end && eventThisEdition[w+"_"+a.tokens[i+1].Lower()] && possessive(i+2):
		return i + 3
	}
	return -1
}

// nameWords are the lower-case words of an event's name.
func nameWords(name string) map[string]bool {
	out := make(map[string]bool)
	for _, w := range words(textseg.Lower(name)) {
		out[w] = true
	}
	return out
}

// pickEvent chooses the event a description with kind words kinds (nil:
// any contest or ceremony) in sentence s refers to among the events named
// so far: the one that fits, or none when none or several do. An event
// brought in by an indefinite description (token intro) since the
// candidate was last named, or another event named earlier in the
// sentence ("the Athens Olympics, where she failed to finish the
// marathon"), may be the one meant instead.
func pickEvent(seen []eventRef, kinds []string, s, intro int) (int, string) {
	other := false
	var fit []*eventRef
	for k := range seen {
		ref := &seen[k]
		if !eventFits(*ref, kinds) {
			other = other || ref.sent == s && !ref.foreign
			continue
		}
		if ref.foreign {
			return -1, "competing name of another type"
		}
		fit = append(fit, ref)
	}
	if len(fit) == 0 {
		return -1, "no candidate"
	}
	if len(fit) > 1 {
		// Several of the kind: the story's own one is as often the
		// first named as the last ("the Independent Spirit Awards ...
		// the day before the Oscars ... the awards").
		return -1, "competing"
	}
	found := fit[0]
	switch {
	case found.tok < intro:
		return -1, "indefinite event since"
	case other && found.sent != s:
		return -1, "other event in sentence"
	}
	return found.ent, "one of its kind"
}

// eventFits reports whether an event named so fits a description whose
// kind words are kinds.
func eventFits(ref eventRef, kinds []string) bool {
	if kinds == nil {
		for w := range ref.words {
			if eventContestWords[w] {
				return true
			}
		}
		return false
	}
	for _, k := range kinds {
		if ref.words[k] || strings.Contains(k, " ") && strings.Contains(ref.name, k) {
			return true
		}
	}
	return false
}

// eventDescGuards says why "the" at token i and the event noun at k make
// no reference back, or "" when they do. A predicate before ("was the
// biggest tournament") says what something is; a quantifier ("all the
// awards") counts prizes or contests; a name, "of", "for", a noun
// ("to" after "race") after makes the noun part of another phrase ("the
// tournament director", "the race for the title", "the race to sign
// him"); a relative clause restricts it ("the event that ..."); and a
// mention over it has been read already.
func (a *analysis) eventDescGuards(s, i, k int) string {
	r := a.sentTokens[s]
	if i > r.Start && nominalPredicates[a.tokens[i-1].Lower()] {
		return "predicate"
	}
	if i > r.Start && eventQuantifiers[a.tokens[i-1].Lower()] {
		return "quantified" // "all the awards dished out": the prizes, not the ceremony
	}
	if end := k + 1; end < r.End {
		a.tagSentence(s) // before n is read: the guards ask its tag
		n := a.tokens[end]
		head := a.tokens[k].Lower()
		switch {
		case isCapWord(n), n.Text == "of", n.Text == "-", n.Text == "for", n.Text == "to" && head == "race":
			return "name or of after"
		case n.Text == "that", n.Text == "which", relativeSubjects[n.Lower()]:
			return "restrictive relative"
		case n.Flags&textseg.TPunct == 0 && strings.HasPrefix(n.Tag, "NN"):
			return "noun after"
		}
	}
	for j := range a.ments {
		m := &a.ments[j]
		if m.t1 > i && m.t0 <= k && !m.hidden {
			return "in a mention"
		}
	}
	return ""
}

// traceEvent hands a decision to traceNominal, when a measuring test set it.
func (a *analysis) traceEvent(s, i, k, e int, why string) {
	if traceNominal != nil {
		traceNominal(a.doc, s, a.doc.Text[a.tokens[i].Start:a.tokens[k].End], e, "event "+why)
	}
}

// eventStagings are the words after a subject "it" that say an event is
// staged: "It will be held at the Staples Center", "It was staged in
// Newcastle", "It takes place in July". Each is the word sequence after
// "it", "_" between words; a film or a book "takes place" too, which
// the sentence before decides (aboutEvent).
var eventStagings = lexicon.WordSet(`will_be_held was_held is_held is_being_held
	is_to_be_held was_to_be_held would_be_held has_been_held had_been_held
	will_be_staged was_staged is_staged would_be_staged is_to_be_staged
	has_been_staged will_take_place takes_place took_place would_take_place
	is_taking_place is_due_to_take_place`)

// eventItKinds are the words an event's name holds for a subject "it"
// staging an event to mean it: a contest's or a ceremony's
// (eventContestWords) or a session's ("It will be held in Riga" after
// "the Nato summit").
var eventItKinds = func() []string {
	var out []string
	for w := range eventContestWords {
		out = append(out, w)
	}
	for w := range lexicon.WordSet(`summit conference meeting talks congress convention forum session`) {
		out = append(out, w)
	}
	sort.Strings(out) // a fixed order, though eventFits needs none
	return out
}()

// eventStagingMax is the most words an entry of eventStagings holds.
const eventStagingMax = 5

// eventIt reports whether token i is a subject "it" opening sentence s
// (or after a fronted connective or time phrase, "But it") whose verb
// stages an event.
func (a *analysis) eventIt(s, i int) bool {
	r := a.sentTokens[s]
	if a.tokens[i].Lower() != "it" || i != r.Start && i != a.frontedIt(s) {
		return false
	}
	var seq []string
	for k := i + 1; k < r.End && len(seq) < eventStagingMax; k++ {
		w := a.tokens[k].Lower()
		if len(seq) == 0 && itAdverbs[w] {
			continue // "It also takes place in ..."
		}
		seq = append(seq, w)
		if eventStagings[strings.Join(seq, "_")] {
			return true
		}
	}
	return false
}

// aboutEvent reports whether sentence s is about event e, so that a
// subject "it" staging an event in the next sentence can only be e: the
// sentence names e or calls it by an event noun ("the show will be
// hosted by ..."), and no entity of another type is its subject ("The
// council approved the festival. It will be held in May" leaves "it"
// to the council's plan, a film "takes place" somewhere).
func (a *analysis) aboutEvent(s, e int) bool {
	if s < 1 {
		return false
	}
	if subj := a.sentenceSubject(s); subj >= 0 && subj != e {
		return false
	}
	for _, m := range a.mentionsInSentence(s) {
		if !m.hidden && m.entity == e {
			return true
		}
	}
	r := a.sentTokens[s]
	for k := r.Start + 1; k < r.End; k++ {
		if eventNouns[a.tokens[k].Lower()] && !isCapWord(a.tokens[k]) && definiteBefore(a, k-1) {
			return true
		}
	}
	return false
}

// definiteBefore reports whether token k makes the noun after it
// definite: "the show", "this event".
func definiteBefore(a *analysis, k int) bool {
	switch a.tokens[k].Lower() {
	case "the", "this", "that":
		return true
	}
	return false
}
