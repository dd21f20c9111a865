package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/postag"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Described events: news often names an event by describing it, not by a
// proper name ("the party's spring conference in Brighton", "the next
// meeting of the European Political Community", "a funeral in New York",
// "Sunday's awards in LA"). GOLD.md counts such a description as an Event
// entity when it picks out one specific event; its name is the description
// without the leading article.
//
// A description is recognised around a lower-case event noun (a gathering,
// a contest, a ceremony, a proceeding) and needs something that makes it
// one event rather than a kind: a possessive ("the party's", "Sunday's",
// "next year's"), a named modifier ("the Labour conference"), a year or a
// numbered ordinal ("the 2005 election", "the 36th session"), or a
// complement naming a body or a place ("of the WTO", "in Brighton").
// "a meeting", "the conference" or "his funeral" alone are left to the role
// and pronoun resolution, which binds them to an event named before.
//
// The mention covers only the event noun and its lower-case modifiers, so
// that the names inside the description ("Labour", "Brighton", "the WTO")
// stay free for the relation rules ("the conference in Brighton": Brighton
// hosted it); the entity's name is the whole description.
//
// An event described but never the object of a fact is dropped again after
// the relations (settleDescribedEvents): a description is an entity worth
// publishing when the text says who took part in it or hosted it, and
// otherwise mostly a passing phrase ("Saturday's game").

// describedHeads are the event nouns a description is built on, with
// the occasions of lexicon.OccasionNouns ("the association's annual
// dinner").
var describedHeads = unionWords(lexicon.WordSet(`summit conference meeting session
	congress convention election elections referendum festival ceremony
	awards funeral concert rally premiere gala auction trial inquiry hearing
	launch exhibition fair debate tournament championship championships race
	games match game tour talks`), lexicon.OccasionNouns)

// unionWords returns one word set holding the words of every set given.
func unionWords(sets ...map[string]bool) map[string]bool {
	m := make(map[string]bool)
	for _, set := range sets {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// proceedingHeads are the proceedings a person stands in: "the trial of
// Mr Lay" is an event described by its defendant, where "the meeting of
// Mr Blair" is no description.
var proceedingHeads = lexicon.WordSet(`trial hearing`)

// eventQuantifiers make a description name a kind or a set, not one event:
// "other meetings", "several conferences", "each summit".
var eventQuantifiers = lexicon.WordSet(`other another such many several few some
	all both any each every no more most various numerous`)

// meetHeads are heads whose description with "with" or "between" tells of
// two parties meeting ("his meeting with Mr Chirac"): the relation rules
// read those as metWith, and an event mention over the trigger would hide
// it from them.
var meetHeads = lexicon.WordSet(`summit meeting`)

// contestHeads take a side after "against" or "with": "the Champions
// League tie against Bayer Leverkusen", "Saturday's match with Ireland".
var contestHeads = lexicon.WordSet(`match game`)

// countedHeads are counted within something larger: "the 17th game" of a
// tennis set, "his 50th match" of a career, "the third race" of a meeting.
// An ordinal before them counts and picks out no event of its own.
var countedHeads = lexicon.WordSet(`game games match matches race races`)

// eventTimeWords are possessors that date an event ("Sunday's awards",
// "next year's summit", "last week's meeting").
var eventTimeWords = lexicon.WordSet(`monday tuesday wednesday thursday friday
	saturday sunday weekend week month year season night today tonight
	yesterday tomorrow january february march april may june july august
	september october november december spring summer autumn winter`)

// eventPronouns may open a description and stay in its name ("her father's
// funeral"); articles and demonstratives are dropped from it.
var eventPronouns = lexicon.WordSet(`his her its their our my your`)

var eventDeterminers = lexicon.WordSet(`the a an this that these those`)

// ownerHonorifics stand before a person's name that owns a description
// and belong to its name ("Mr Blake's murder trial", "Dr Ames's
// inquest"); the person's mention leaves them out.
var ownerHonorifics = lexicon.WordSet(`mr mrs ms miss dr sir lord lady dame mr. mrs. ms. dr.`)

// eventClassPossessors name a class of competitors, not an owner: "the
// women's race" is one race of a meeting, not one event.
var eventClassPossessors = lexicon.WordSet(`women men boys girls children junior
	juniors ladies veterans`)

// speakerPronouns open a description told from inside a quotation ("my
// game in Melbourne"), mostly no event at all.
var speakerPronouns = lexicon.WordSet(`my our your`)

// eventEditionWords come before an event still to come or past ("the next
// meeting", "last year's summit").
var eventEditionWords = lexicon.WordSet(`next last this previous coming upcoming forthcoming`)

// describedEvent is one description found, in tokens.
type describedEvent struct {
	sent        int
	core0, head int      // the mention: the event noun and its lower-case modifiers
	name0, end  int      // the whole description [name0, end)
	shorts      [][2]int // shorter forms, as token ranges
	// anaphoric: "the ceremony in Pasadena", definite and made specific
	// only by its place, may be an event named before ("the People's
	// Choice Awards").
	anaphoric bool
	// owner is the first token of the name that owns the event ("the
	// Fed's meeting", "the Labour conference", "the trial of Mr Lay"),
	// or -1: eventOwners (relations_events.go) reads who hosted it or
	// stood in it.
	owner int
	// ownerHow tells how the owner is attached: 'p' possessive ("the
	// Fed's"), 'c' a modifier ("the IFA hearing"), 'o' after "of", 'b'
	// the agent of a hosting participle ("hosted by the chamber").
	ownerHow byte
	// place is the mention of the place after "in" or "at" ("the
	// meeting in London"), or -1.
	place int
}

// newPlacedEvent reports whether description d is an event of its own
// although events named in the story end in its head. A head some event's
// name ends in ("the G7 meeting", "the Hong Kong summit") refers back to
// that event in a description ("their meeting in London"), and
// coreference binds it; but when every such event is placed by the text
// ("an IMF meeting in Washington") and none there, a description placed
// elsewhere ("their meeting in London") is another event. named holds the
// named events ending in d's head. Only an event named before the
// description can be the one it refers back to: "the bloc's annual summit
// in Kuala Lumpur ... will join the East Asia Summit on Monday" tells of
// two summits. This holds only for a description placed by the text: an
// unplaced one often opens a story the next sentence names ("honoured at
// France's biggest music awards ... a prize at the NRJ Music Awards"), as
// a headline does ("Snow Patrol feted at Irish awards" are the Meteor
// Awards the story names); and a description written as the name is ("the
// Berlin film festival in Berlin"), or placed where a name says it is ("a
// summit in Hong Kong ... the Hong Kong summit"), is that event wherever
// it is named.
func (a *analysis) newPlacedEvent(d describedEvent, named []namedEventRef) bool {
	var before []namedEventRef
	whole := textseg.Lower(a.describedText(d.name0, d.end))
	bare := textseg.Lower(a.describedText(d.name0, d.head+1))
	place := ""
	if d.place >= 0 {
		place = textseg.Lower(a.ments[d.place].surface)
	}
	for _, n := range named {
		if n.t0 < d.name0 || d.place < 0 || d.sent == 0 || n.name == whole || n.name == bare || strings.Contains(n.name, place) {
			before = append(before, n)
		}
	}
	if len(before) == 0 {
		return true
	}
	if d.ownerHow == 'c' && d.owner < d.core0 && a.namedOwner(d.owner) {
		// "the Bafta awards" after "the Screen Actors Guild awards": a
		// name before the head that no named event holds makes another
		// event, where "the G7 meeting" after "the G7 meeting in
		// Washington" is the same.
		own := textseg.Lower(a.describedText(d.owner, d.core0))
		other := true
		for _, n := range named {
			if strings.Contains(n.name, own) {
				other = false
			}
		}
		if other {
			return true
		}
	}
	if d.place < 0 {
		return false
	}
	m := &a.ments[d.place]
	for _, n := range before {
		if n.place == "" || strings.Contains(n.name, textseg.Lower(m.surface)) || n.place == textseg.Lower(m.surface) {
			return false
		}
	}
	return true
}

// namedOwner reports whether the mention starting at token t is a name
// of no place or person ("the Bafta awards"), not a demonym or a place ("the Irish
// awards", "the Dutch festival", "the Berlin film festival" may be the
// event the story names).
func (a *analysis) namedOwner(t int) bool {
	for i := range a.ments {
		if m := &a.ments[i]; m.t0 == t && m.kind == MentionName && !m.hidden {
			return m.typ != Country && m.typ != City && m.typ != Place && m.typ != Person
		}
	}
	return false
}

// namedEventRef is a named event a description may refer back to: where
// it is named, its lower-case name, and the lower-case name of the place
// the text gives it there ("" when none).
type namedEventRef struct {
	t0          int
	name, place string
}

// namedEventPlace returns the lower-case name of the place after "in" or
// "at" right after a named event ending before token t1 ("an IMF meeting
// in Washington"), or "".
func (a *analysis) namedEventPlace(t1 int, nameStart map[int]int) string {
	if t1+1 >= len(a.tokens) || a.tokens[t1].Text != "in" && a.tokens[t1].Text != "at" {
		return ""
	}
	if m, ok := nameStart[t1+1]; ok {
		switch a.ments[m].typ {
		case City, Country, Place:
			return textseg.Lower(a.ments[m].surface)
		}
	}
	return ""
}

// findDescribedEvents adds a name mention of type Event for every
// described event, and hides the role mentions ("the conference") its
// event noun already stood for.
func (x *Extractor) findDescribedEvents(a *analysis) {
	x.findContestShows(a)        // entities_events_contests.go: named, but of common words
	x.findLowerHeadEvents(a)     // entities_events_named.go: "the Iraq war", "the Golden Joystick awards"
	a.findStageEvents()          // entities_events_stages.go: "the Davis Cup final"
	a.findDisasterEvents()       // entities_events_disasters.go: "the Asian tsunami"
	nameEnd := make(map[int]int) // last token of a visible name -> its mention
	nameStart := make(map[int]int)
	covered := make(map[int]bool)
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind == MentionPronoun {
			continue
		}
		if m.kind != MentionRole {
			for t := m.t0; t < m.t1; t++ {
				covered[t] = true
			}
		}
		if !m.hidden && (m.kind == MentionName || m.kind == MentionAcronym || m.kind == MentionDemonym) {
			nameEnd[m.t1-1] = i
			nameStart[m.t0] = i
		}
	}
	// A head some event's name ends in refers back to that event, unless
	// the description places it elsewhere (newPlacedEvent).
	namedHeads := make(map[string][]namedEventRef) // head -> the named events ending in it
	for i := range a.ments {
		if m := &a.ments[i]; m.kind == MentionName && m.typ == Event {
			h := a.tokens[m.t1-1].Lower()
			namedHeads[h] = append(namedHeads[h], namedEventRef{t0: m.t0, name: textseg.Lower(m.surface), place: a.namedEventPlace(m.t1, nameStart)})
		}
	}
	firstNamed := -1 // first token of the first named event
	for i := range a.ments {
		if m := &a.ments[i]; m.kind == MentionName && m.typ == Event && (firstNamed < 0 || m.t0 < firstNamed) {
			firstNamed = m.t0
		}
	}
	var found []describedEvent
	var tags []string
	tagSent := -1
	for s, r := range a.sentTokens {
		for h := r.Start; h < r.End; h++ {
			t := a.tokens[h]
			if t.Flags&(textseg.TCap|textseg.TUpper) != 0 || !describedHeads[t.Lower()] && !lexicon.HostedEventNouns[t.Lower()] && !a.tradeShow(h) || covered[h] {
				continue
			}
			if tags == nil || tagSent != s {
				tags, tagSent = a.peekTags(s, tags[:0]), s // only sentences with an event noun
			}
			if d, ok := a.describeEvent(s, h, tags, r.Start, nameEnd, nameStart); ok && a.newPlacedEvent(d, namedHeads[t.Lower()]) {
				found = append(found, d)
			}
		}
	}
	a.placedNamedEvents(nameStart)
	if len(found) == 0 {
		return
	}
	for _, d := range found {
		for i := range a.ments {
			m := &a.ments[i]
			if m.kind == MentionRole && m.typ == Event && m.t0 <= d.head && d.head < m.t1 {
				m.hidden = true // "the conference" inside "the party's spring conference"
			}
		}
		if d.anaphoric && firstNamed >= 0 && firstNamed < d.core0 && a.namedReferentBefore(d) {
			// Left to the role resolution, which binds it to the event
			// named before (entities_events_referents.go: one of its
			// kind).
			a.insertMention(mention{sent: d.sent, t0: d.core0, t1: d.head + 1, kind: MentionRole, typ: Event,
				roleHead: a.tokens[d.head].Lower(), entity: -1, acrOf: -1, titleAttr: -1,
				Span: textseg.Span{Start: a.tokens[d.core0].Start, End: a.tokens[d.head].End}})
			continue
		}
		surface := a.describedText(d.name0, d.end)
		a.insertMention(mention{sent: d.sent, t0: d.core0, t1: d.head + 1, kind: MentionName, typ: Event,
			strong: true, surface: surface, entity: -1, acrOf: -1, titleAttr: -1,
			Span: textseg.Span{Start: a.tokens[d.core0].Start, End: a.tokens[d.head].End}})
		dn := describedName{t0: d.core0, names: []string{surface}, owner: d.owner, ownerHow: d.ownerHow, head: a.tokens[d.head].Lower()}
		for _, r := range d.shorts {
			dn.names = append(dn.names, a.describedText(r[0], r[1]))
		}
		a.described = append(a.described, dn)
	}
}

// placedNamedEvents gives a named gathering of a body or place ("an EU
// summit", "the G7 meeting", typed an Event by the mention finder) the
// name it has with its place: "an EU summit in Prague" is described by
// both, and GOLD.md names such a description whole ("EU summit in
// Prague"). Only a lower-case event noun closes the name, and only a
// town, country or region follows "in" or "at": "the EU summit at 10am"
// or "at the Kremlin" keep the plain name.
func (a *analysis) placedNamedEvents(nameStart map[int]int) {
	for i := range a.ments {
		m := &a.ments[i]
		if m.kind != MentionName || m.typ != Event || m.t1-m.t0 < 2 || m.t1+1 >= len(a.tokens) {
			continue
		}
		last := a.tokens[m.t1-1]
		if last.Flags&(textseg.TCap|textseg.TUpper) != 0 || !describedHeads[last.Lower()] {
			continue
		}
		if p := a.tokens[m.t1].Text; (p != "in" && p != "at" && p != "on") || a.sentenceOfToken(m.t1+1) != m.sent {
			continue
		}
		if datedEventHeads[last.Lower()] {
			// "the Paris Club meeting on 12 January", "the G8 summit in
			// July": named with its date (entities_events_dated.go).
			hi := a.sentTokens[m.sent].End
			if end := a.eventDateEnd(m.t1, hi); end > m.t1 {
				a.described = append(a.described, describedName{t0: m.t0, names: []string{a.describedText(m.t0, end)},
					owner: -1, head: last.Lower(), aliasOnly: true})
				continue
			}
		}
		if a.tokens[m.t1].Text == "on" {
			continue
		}
		pm, ok := nameStart[m.t1+1]
		if !ok {
			continue
		}
		switch pl := &a.ments[pm]; pl.typ {
		case City, Country, Place:
			if pl.t1 < len(a.tokens) && isPossessive(a.tokens[pl.t1].Text) {
				continue // "at Glasgow's SECC": the venue's name is not read here
			}
			a.described = append(a.described, describedName{t0: m.t0, names: []string{a.describedText(m.t0, pl.t1)},
				owner: -1, head: last.Lower(), aliasOnly: true})
		}
	}
}

// describedText is the text of tokens [t0, t1), whitespace folded.
func (a *analysis) describedText(t0, t1 int) string {
	return textseg.UnescapeName(textseg.Clean(a.doc.Text[a.tokens[t0].Start:a.tokens[t1-1].End]))
}

// peekTags returns the POS tags of sentence s without storing them in the
// tokens: later stages read a token's Tag directly and take an empty one
// as "not asked", so tagging a sentence here would change what they do.
func (a *analysis) peekTags(s int, out []string) []string {
	r := a.sentTokens[s]
	toks := a.tokens[r.Start:r.End]
	if s < len(a.tagged) && a.tagged[s] || a.x == nil || a.x.tagger == nil {
		for _, t := range toks {
			out = append(out, t.Tag)
		}
		return out
	}
	words := make([]string, len(toks))
	for k, t := range toks {
		words[k] = postag.Form(t.Text)
		out = append(out, "")
	}
	a.x.tagger.Tag(words, out, &a.tagScratch)
	return out
}

// describeEvent reads the description around event noun h of sentence s
// (tags are the sentence's POS tags, its first token being lo).
func (a *analysis) describeEvent(s, h int, tags []string, lo int, nameEnd, nameStart map[int]int) (describedEvent, bool) {
	hi := lo + len(tags)
	tag := func(k int) string { return tags[k-lo] }
	if !strings.HasPrefix(tag(h), "NN") && !(strings.HasPrefix(tag(h), "JJ") && (h+1 >= hi || !strings.HasPrefix(tag(h+1), "NN"))) {
		// "to race", "will launch"; an event noun the tagger took for an
		// adjective before no noun is still the noun ("a funeral in New
		// York"), where "funeral service" has its own head.
		return describedEvent{}, false
	}
	d := describedEvent{sent: s, core0: h, head: h, name0: h, end: h + 1, owner: -1}
	specific, placed := false, false
	d.place = -1
	definite := false
	dated := -1 // first token after a leading date possessive ("Sunday's")
	// Left: lower-case modifiers, then named ones, then a possessor.
	k := h - 1
	inCore := true
left:
	for k >= lo {
		t := a.tokens[k]
		w := t.Lower()
		if eventQuantifiers[w] {
			return describedEvent{}, false
		}
		switch {
		case inCore && t.Flags&(textseg.TCap|textseg.TUpper) == 0 && t.Flags&textseg.TAlpha != 0 && !eventDeterminers[w] && !eventPronouns[w] &&
			!eventEditionWords[w] && (strings.HasPrefix(tag(k), "JJ") || strings.HasPrefix(tag(k), "NN") || tag(k) == "VBN") &&
			!isPossessive(t.Text):
			// "spring conference", "annual meeting", "disputed auction"
			d.core0, d.name0 = k, k
			if isOrdinal(w) && w != "last" && w != "next" && w != "latest" && !countedHeads[a.tokens[h].Lower()] {
				specific = specific || strings.TrimLeft(w, "0123456789") != w
			}
			k--
		case inCore && t.Flags&textseg.TDigit != 0 && (isYear(t.Text) || isOrdinal(t.Text)):
			d.core0, d.name0 = k, k // "the 2005 election", "the 36th session"
			specific = specific || isYear(t.Text) || !countedHeads[a.tokens[h].Lower()]
			k--
		case inCore && a.capMonth(k) && datedEventHeads[a.tokens[h].Lower()] && !a.endsName(k, nameEnd):
			// "the September election": the month makes it one event
			// (entities_events_dated.go).
			d.core0, d.name0 = k, k
			specific = true
			k--
			inCore = false
		case eventEditionWords[w]:
			d.name0 = k // "the next meeting": in the name, but it dates the event only
			k--
			inCore = false
		default:
			if m, ok := nameEnd[k]; ok && !isPossessive(t.Text) {
				mm := &a.ments[m]
				if mm.typ == Person && !proceedingHeads[a.tokens[h].Lower()] || mm.typ == Event {
					// "the Blair meeting" is a person's, told by other
					// rules; "their opening two Six Nations games" are
					// games of the named event, which takes the facts.
					// "the Michael Jackson child abuse trial" is the
					// defendant's.
					return describedEvent{}, false
				}
				// "the Labour conference", "Saturday's Six Nations match"
				specific, inCore = true, false
				d.name0, d.owner, d.ownerHow = mm.t0, mm.t0, 'c'
				k = mm.t0 - 1
				if j := a.kindBeforeOwner(k, lo, tag); j <= k {
					// "the full IOC session": the kind adjective before the owner (entities_events_kinds.go)
					d.shorts = append(d.shorts, [2]int{d.name0, -1})
					d.name0, k = j, j-1
				}
				continue
			}
			if isPossessive(t.Text) && k > lo {
				p := k - 1
				pw := a.tokens[p].Lower()
				switch m, named := nameEnd[p]; {
				case eventTimeWords[pw] || isYear(pw):
					// "Sunday's awards", "next year's summit"
					d.name0 = p
					if p > lo && eventEditionWords[a.tokens[p-1].Lower()] {
						d.name0 = p - 1
					}
					dated = k + 1
				case named:
					// "Davis's funeral", "Labour's spring conference"
					d.name0, d.owner, d.ownerHow = a.ments[m].t0, a.ments[m].t0, 'p'
					if a.ments[m].typ == Person && meetHeads[a.tokens[h].Lower()] {
						return describedEvent{}, false // "Mr Blair's meeting with ...": metWith's
					}
					if hon := a.ments[m].t0 - 1; a.ments[m].typ == Person && hon >= lo && ownerHonorifics[a.tokens[hon].Lower()] {
						// "Mr Blake's murder trial": the description is
						// named as written, honorific and all; the form
						// without it stays as an alias.
						d.shorts = append(d.shorts, [2]int{d.name0, -1})
						d.name0 = hon
					}
				case a.tokens[p].Flags&(textseg.TCap|textseg.TUpper) == 0 && a.tokens[p].Flags&textseg.TAlpha != 0 && strings.HasPrefix(tag(p), "NN") && !eventClassPossessors[pw]:
					// "the party's conference", "her father's funeral"
					d.name0 = p
					if p > lo && eventPronouns[a.tokens[p-1].Lower()] {
						d.name0 = p - 1
					}
				default:
					return describedEvent{}, false
				}
				specific = true
				break left
			}
			if speakerPronouns[w] || countedEvents(t, tag(k)) && datedEventHeads[a.tokens[h].Lower()] {
				return describedEvent{}, false // "my game", "two elections in December"
			}
			definite = w == "the" || w == "this" || w == "that"
			if eventPronouns[w] {
				d.name0 = k // "his annual conference": kept in the name
			}
			if w == "on" && a.tokens[h].Lower() == "trial" && d.core0 == h {
				return describedEvent{}, false // "on trial at White Hart Lane": a try-out
			}
			break left
		}
	}
	// Right: "of the WTO", "in Brighton", "against Leverkusen".
	short := h + 1
	e := h + 1
	if e+1 < hi && a.tokens[e].Text == "of" {
		n := e + 1
		if a.tokens[n].Lower() == "the" && n+1 < hi {
			n++
		}
		if _, ok := nameStart[n]; !ok && proceedingHeads[a.tokens[h].Lower()] && n+1 < hi && relNamePrefix[a.tokens[n].Lower()] {
			n++ // "the trial of Mr Ebbers": the name's mention may leave the honorific out
		}
		if m, ok := nameStart[n]; ok && (a.ments[m].typ != Person || proceedingHeads[a.tokens[h].Lower()]) {
			// "the meeting of the WTO", "the trial of Mr Lay"
			e = a.ments[m].t1
			specific = true
			d.owner, d.ownerHow = a.ments[m].t0, 'o'
		}
		if from := max(e, n); groupGatheringHeads[a.tokens[h].Lower()] {
			// "the summit of European Union leaders": the people
			// gathering, named by their body (entities_events_groups.go).
			if end := a.groupPhraseEnd(from, hi, tag); end > from {
				e = end
				d.owner, d.ownerHow = -1, 0
			} else if e == h+1 && n == e+1 {
				// "a meeting of North American trade ministers": the
				// people's origin in capitals that name nothing.
				if end := a.capitalGroupEnd(n, hi, tag, nameStart); end > n {
					e = end
					specific = true
				}
			}
		}
	}
	if e == h+1 && premiereHeads[a.tokens[h].Lower()] {
		// "the world premiere of the stage musical": a premiere is named
		// by the work it shows even when the work is told of by a
		// common noun.
		if end := a.workPhraseEnd(e, hi, tag); end > e {
			e = end
			specific = true
		}
	}
	if e == h+1 && e+1 < hi && tourHeads[a.tokens[h].Lower()] && a.tokens[e].Text == "to" {
		// "the Lions tour to New Zealand": a tour's name says where it
		// goes. Where it goes does not make it specific: "the tour to
		// New Zealand" may be a tour named before, or one told of only
		// as a trip.
		n := e + 1
		if a.tokens[n].Lower() == "the" && n+1 < hi {
			n++
		}
		if m, ok := nameStart[n]; ok && (a.ments[m].typ == Country || a.ments[m].typ == City) {
			e = a.ments[m].t1
		}
	}
	if agentEnd, end, owner, ok := a.participleAgentEnd(h, e, hi, tag(h), nameStart); ok {
		// "a business lunch hosted by the chamber", "a cabinet meeting
		// chaired by President X" (entities_events_participles.go); the
		// form without the venue after the agent stays an alias.
		if end > agentEnd {
			d.shorts = append(d.shorts, [2]int{d.name0, agentEnd})
		}
		e = end
		specific = true
		if owner >= 0 {
			d.owner, d.ownerHow = owner, 'b'
		}
	}
	if e+1 < hi && (a.tokens[e].Text == "in" || a.tokens[e].Text == "at") {
		// "at Glasgow's SECC" places it at a venue the city owns, whose
		// name is not read here: the city alone would cut the name short.
		m, ok := a.placeAfter(e, hi, nameStart)
		if !ok {
			m, ok = a.capitalPlaceAfter(e, hi, nameStart) // "in the Angolan capital Luanda" (entities_events_capitals.go)
		}
		if ok && (a.ments[m].t1 >= hi || !isPossessive(a.tokens[a.ments[m].t1].Text)) {
			switch mm := &a.ments[m]; {
			case mm.typ == City || mm.typ == Country || mm.typ == Place,
				mm.typ == Organization && a.tokens[e].Text == "at" && venueNameHeads[a.tokens[mm.t1-1].Lower()]:
				// "a funeral at Riverside Church": a venue typed as the
				// body that runs it still places the event.
				e = mm.t1
				placed = true
				d.place = m
			}
		}
	}
	undated := -1 // the description's end before a date complement
	if datedEventHeads[a.tokens[h].Lower()] {
		// "provincial elections in 2023", "the meeting on 12 January",
		// "the summit in Lima in November" (entities_events_dated.go).
		if end := a.eventDateEnd(e, hi); end > e {
			// The date tells it apart from any event of its kind told
			// of before: "the general election in May" after "the
			// September election" is another one. Annotators name it
			// with or without the date ("the next meeting of the EPC
			// in June"), so the form before the date stays an alias.
			undated = e
			e = end
			specific = true
		}
	}
	if e == h+1 && e+1 < hi && contestHeads[a.tokens[h].Lower()] && (a.tokens[e].Text == "against" || a.tokens[e].Text == "with") {
		n := e + 1
		if m, ok := nameStart[n]; ok && a.ments[m].typ != Person {
			e = a.ments[m].t1
			specific = true
		}
	}
	if e < hi && meetHeads[a.tokens[h].Lower()] && (a.tokens[e].Text == "with" || a.tokens[e].Text == "between") {
		return describedEvent{}, false // "the summit with Mr Putin": a meeting of two, for metWith
	}
	if !specific && !placed {
		return describedEvent{}, false
	}
	if lexicon.HostedEventNouns[a.tokens[h].Lower()] && !a.heldByModifier(d) {
		return describedEvent{}, false // "the London event": a named event referred back to
	}
	d.anaphoric = !specific && definite && !contestHeads[a.tokens[h].Lower()]
	d.end = e
	// Shorter forms: without a leading date ("Six Nations match with
	// Ireland") and without the complement ("party's spring conference").
	if dated > 0 && dated <= d.core0 {
		d.shorts = append(d.shorts, [2]int{dated, e})
	}
	for i := range d.shorts {
		if d.shorts[i][1] < 0 {
			d.shorts[i][1] = e // the honorific's short form ends where the whole does
		}
	}
	if e > short {
		d.shorts = append(d.shorts, [2]int{d.name0, short})
	}
	if undated > short {
		d.shorts = append(d.shorts, [2]int{d.name0, undated}) // "next meeting of the EPC" without "in June"
	}
	if eventPronouns[a.tokens[d.name0].Lower()] && d.name0+1 < e {
		// "meeting in London" for "their meeting in London": annotators
		// name a description with or without its pronoun.
		d.shorts = append(d.shorts, [2]int{d.name0 + 1, e})
		if undated > d.name0+1 {
			d.shorts = append(d.shorts, [2]int{d.name0 + 1, undated}) // "next summit in Vilnius" of "its next summit in Vilnius in July"
		}
	}
	return d, true
}

// premiereHeads are the one-night showings of a work, specific once the
// work is said ("the premiere of the new opera"). "Launch" is left out:
// "the launch of the service" is mostly the act of launching, no event.
var premiereHeads = lexicon.WordSet(`premiere premieres`)

// workPhraseEnd returns the token after "of the" + a lower-case noun
// phrase at token p ("of the stage musical", "of his latest film"), or p
// when none stands there. A name after "of" is left to the named cases.
func (a *analysis) workPhraseEnd(p, hi int, tag func(int) string) int {
	if p+2 >= hi || a.tokens[p].Text != "of" || !eventPronouns[a.tokens[p+1].Lower()] && a.tokens[p+1].Lower() != "the" {
		return p
	}
	end := p
	for k := p + 2; k < hi; k++ {
		t := a.tokens[k]
		if t.Flags&(textseg.TCap|textseg.TUpper) != 0 || t.Flags&textseg.TAlpha == 0 ||
			!strings.HasPrefix(tag(k), "NN") && !strings.HasPrefix(tag(k), "JJ") {
			break
		}
		if workPhraseStops[t.Lower()] {
			break // "the premiere of the film last night"
		}
		// The run ends the phrase, adjective or not: the tagger takes
		// "musical" in "the stage musical" for one.
		end = k + 1
	}
	if end > p && !strings.HasPrefix(tag(end-1), "NN") && !strings.HasPrefix(tag(end-2), "NN") {
		return p // "of the new", "of the very best": no noun
	}
	return end
}

// workPhraseStops end the work's noun phrase after a premiere: the time
// words that may follow it ("last night", "next week").
var workPhraseStops = lexicon.WordSet(`last next this yesterday tonight`)

// tradeShow reports "show" at token h after a trade's word ("the 3GSM
// trade show", "a gadget show"), a fair and no programme.
func (a *analysis) tradeShow(h int) bool {
	return h > 0 && a.tokens[h].Lower() == "show" && lexicon.ShowKinds[a.tokens[h-1].Lower()]
}

// placeAfter returns the name mention after the preposition at token p
// ("in", "at"), over the article a venue's name leaves out after "at":
// "a charity concert at the Royal Albert Hall". After "in" the article
// is not passed over ("a state dinner in the Czech Republic" stays
// unplaced): on the BBC corpus the one such description took its
// attendee from a misread pronoun ("he", a robot), so it waits.
func (a *analysis) placeAfter(p, hi int, nameStart map[int]int) (int, bool) {
	if m, ok := nameStart[p+1]; ok {
		return m, true
	}
	if p+2 < hi && a.tokens[p].Text == "at" && a.tokens[p+1].Lower() == "the" {
		m, ok := nameStart[p+2]
		return m, ok
	}
	return -1, false
}

// heldByModifier reports whether description d has an organisation's
// name written right before its lower-case words, the body holding it:
// "a BMW event", "Sun's quarterly Network Computing event". One a
// person's pronoun counts in a career ("her last WTA event") is one
// stop of a circuit the body runs, not an event it holds.
func (a *analysis) heldByModifier(d describedEvent) bool {
	if d.ownerHow != 'c' || eventPronouns[a.tokens[d.name0].Lower()] {
		return false
	}
	for i := range a.ments {
		if m := &a.ments[i]; m.t0 == d.owner && !m.hidden && (m.kind == MentionName || m.kind == MentionAcronym) {
			return m.typ == Organization && m.t1 == d.core0
		}
	}
	return false
}

// describedName records a described event's mention and the names it
// goes by.
type describedName struct {
	t0       int      // first token of its mention
	names    []string // the description and its shorter forms
	owner    int      // first token of the name owning it, or -1
	ownerHow byte     // 'p', 'c', 'o' or 'b', as in describedEvent
	head     string   // its event noun, lower-case
	// aliasOnly marks a named event's placed form (placedNamedEvents):
	// the entity is named properly, and only takes the alias.
	aliasOnly bool
}

// settleDescribedEvents runs after the relations: a described event that
// no fact reaches is dropped (its mentions unbound, so pruneDemonymOnly
// removes the entity), and one kept gets its shorter form as an alias
// ("Six Nations match with Ireland" for "Saturday's Six Nations match
// with Ireland").
func (a *analysis) settleDescribedEvents() {
	if len(a.described) == 0 {
		return
	}
	used := make(map[int]bool)
	for _, f := range a.doc.Facts {
		used[f.Subject], used[f.Object] = true, true
	}
	for _, q := range a.doc.Quotes {
		if q.Speaker >= 0 {
			used[q.Speaker] = true
		}
	}
	desc := make(map[int]bool) // entities named only by descriptions
	byStart := make(map[int]describedName)
	for _, d := range a.described {
		if !d.aliasOnly {
			byStart[d.t0] = d
		}
	}
	a.placedAliases()
	for _, m := range a.ments {
		if m.entity < 0 || m.kind != MentionName || m.typ != Event {
			continue
		}
		if _, ok := byStart[m.t0]; ok {
			if _, seen := desc[m.entity]; !seen {
				desc[m.entity] = true
			}
		}
	}
	for _, m := range a.ments {
		if m.entity >= 0 && isNameKind(m.kind) {
			if _, ok := byStart[m.t0]; !ok || m.typ != Event {
				desc[m.entity] = false // also named properly: not ours to drop
			}
		}
	}
	for i := range a.ments {
		m := &a.ments[i]
		e := m.entity
		if e < 0 || !desc[e] {
			continue
		}
		if !used[e] {
			m.entity = -1
			continue
		}
		if d, ok := byStart[m.t0]; ok && m.kind == MentionName {
			ent := &a.doc.Entities[e]
			for _, n := range d.names {
				if n != "" && n != ent.Name && !textseg.Contains(ent.Aliases, n) {
					ent.Aliases = append(ent.Aliases, n)
				}
			}
		}
	}
	ms := a.doc.Mentions[:0]
	for _, m := range a.doc.Mentions {
		if m.Entity >= 0 && desc[m.Entity] && !used[m.Entity] {
			continue
		}
		ms = append(ms, m)
	}
	a.doc.Mentions = ms
}

// placedAliases adds the placed forms placedNamedEvents found to their
// entities' aliases.
func (a *analysis) placedAliases() {
	for _, d := range a.described {
		if !d.aliasOnly {
			continue
		}
		for i := range a.ments {
			m := &a.ments[i]
			if m.t0 != d.t0 || m.kind != MentionName || m.entity < 0 || m.entity >= len(a.doc.Entities) {
				continue
			}
			ent := &a.doc.Entities[m.entity]
			if n := d.names[0]; n != ent.Name && !textseg.Contains(ent.Aliases, n) {
				ent.Aliases = append(ent.Aliases, n)
			}
			break
		}
	}
}

// kindHeads name a kind of event that a description's referent must share
// ("the championships in Italy" is no marathon named before, "the
// special dinner at the Palace" no race); the role
// nouns the mention finder reads itself (session, summit, conference,
// forum) and the nouns any gathering goes by ("ceremony", "meeting",
// "games") are left out.
var kindHeads = unionWords(lexicon.WordSet(`championship championships tournament race
	festival congress convention election elections referendum trial
	hearing auction concert rally premiere debate exhibition fair funeral
	inquiry launch gala`), lexicon.OccasionNouns)

// eventAnswers reports whether event entity e can be what a role phrase
// with head noun head ("the meeting") refers back to: a named event when
// it is of that kind, a described one only when its description has that
// noun ("Sunday's elections" is no "meeting").
func (a *analysis) eventAnswers(e int, head string) bool {
	if head == "" || e < 0 {
		return true
	}
	if kindHeads[head] && e < len(a.doc.Entities) && !strings.Contains(textseg.Lower(a.doc.Entities[e].Name), strings.TrimSuffix(head, "s")) {
		return false
	}
	if len(a.described) == 0 {
		return true
	}
	for _, d := range a.described {
		if d.aliasOnly {
			continue
		}
		for i := range a.ments {
			if m := &a.ments[i]; m.t0 == d.t0 && m.kind == MentionName && m.entity == e {
				return strings.Contains(textseg.Lower(d.names[0]), head)
			}
		}
	}
	return true
}

// eventNumeral reports the Roman numeral "I" of "World War I" (the run
// starting at token i), which is otherwise read as the pronoun and cut
// off, leaving "World War"; the gazetteer knows "World War I" as the
// First World War. Only the whole run "World War I", or one opened by the
// capitalised article of a sentence's start ("A World War I veteran, he
// ..."), before no other name word: "After the Second World War I moved"
// keeps its pronoun.
func eventNumeral(toks []textseg.Token, i, j int) bool {
	k := j - 2
	if k < i || toks[j].Text != "I" || toks[k].Text != "World" || toks[k+1].Text != "War" {
		return false
	}
	if k > i && (k != i+1 || !runArticles[toks[i].Text]) {
		return false
	}
	return j+1 >= len(toks) || !isCapWord(toks[j+1])
}

// runArticles open a sentence's capitalised run without being part of
// the name after them.
var runArticles = lexicon.WordSet(`A An The`)
