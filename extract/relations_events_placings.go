package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Placings in the story's contest. A report of a race or an athletics
// meeting names its event in the headline or the lead ("Kelly Holmes won
// the 1,000m at the Norwich Union Birmingham Indoor Grand Prix") and then
// tells where the others finished without naming it again: "Britain's
// Joice Maduaka finished fifth in 7.35", "Butler and Yelling finished
// fourth and fifth", "Agnes Samaria, who came second, is in very good
// shape". A person placed so took part in the story's contest. A
// sentence that names another event, a year or a past or future time
// ("finished second in last year's race", "will come third"), a quotation
// a placing in a named place ("came fourth in Athens": another meeting)
// and a contest the lead puts ahead ("next month's European Indoor
// Championships") give nothing.

// rulePlacedFinisher names the facts of placedFinishers.
const rulePlacedFinisher = "participatedIn/placed-finisher"

var (
	// placingVerbs put a competitor in a place: "finished third", "came
	// second", "was fifth".
	placingVerbs = lexicon.WordSet(`finished came placed was`)
	// placingWords are the places.
	placingWords = lexicon.WordSet(`first second third fourth fifth sixth
		seventh eighth ninth tenth eleventh twelfth runner-up`)
	// placingDoubt in a sentence put the placing in another edition or
	// time, or make it one still to come.
	placingDoubt = lexicon.WordSet(`last previous previously ago before
		will would could should may might if career`)
	// placingContestWords end the name of a contest whose placings count:
	// the contest words of the event descriptions and an athletics
	// meeting ("the Leipzig International meeting").
	placingContestWords = func() map[string]bool {
		m := map[string]bool{"meeting": true, "challenge": true, "cross": true}
		for w := range eventContestWords {
			m[w] = true
		}
		return m
	}()
)

// placedFinishers adds participatedIn of the story's contest for the
// people later sentences place in it.
func (r *relState) placedFinishers() {
	a := r.a
	ev := r.leadEvent()
	if ev < 0 || !placingContestWords[lastWord(textseg.Lower(a.doc.Entities[ev].Name))] {
		return
	}
	if !r.placingLead(ev) {
		return
	}
	head := lastWord(textseg.Lower(a.doc.Entities[ev].Name))
	elsewhere := false // the story has moved on to another meeting
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		ms := a.mentionsInSentence(i)
		elsewhere = r.placingElsewhere(i, ev, head, ms, elsewhere)
		if elsewhere || r.placingDoubted(i, ev, ms) {
			continue
		}
		end := a.sentTokens[i].End
		for j := 0; j < len(ms); j++ {
			m := ms[j]
			if !r.isPersonName(m) {
				continue
			}
			// "Butler and Yelling finished fourth and fifth": the people
			// coordinated with the first share its verb.
			group := []int{m.entity}
			k := m.t1
			for j+1 < len(ms) && k < end && a.tokens[k].Lower() == "and" && ms[j+1].t0 == k+1 &&
				ms[j+1].entity >= 0 && ms[j+1].kind == MentionName && r.typeOf(ms[j+1].entity) == Person {
				j++
				group = append(group, ms[j].entity)
				k = ms[j].t1
			}
			if !a.placedAt(k, end) {
				continue
			}
			for _, e := range group {
				r.add(e, ParticipatedIn, ev, i, rulePlacedFinisher, 0.7)
			}
		}
	}
}

// placingElsewhere follows whether the story, at sentence i, tells of
// another contest of the same kind than ev, whose head noun is head: a
// sentence naming "a meeting in Ghent" ("an indoor meeting", "a race")
// moves it there, and the placings after it ("At the same meeting, X
// finished third") are of that meeting until a sentence names ev again.
// was is the state before sentence i.
func (r *relState) placingElsewhere(i, ev int, head string, ms []mention, was bool) bool {
	for _, m := range ms {
		if m.entity == ev {
			return false
		}
	}
	a := r.a
	sp := a.sentTokens[i]
	for k := sp.Start; k < sp.End; k++ {
		if w := a.tokens[k].Lower(); w != "a" && w != "an" {
			continue
		}
		// the head noun within the next three words: "a meeting", "an
		// indoor meeting", "a new indoor meeting"
		for j := k + 1; j < sp.End && j <= k+3; j++ {
			if a.tokens[j].Lower() == head {
				return true
			}
		}
	}
	return was
}

// placingLead reports whether the headline or the first sentence under
// it names contest ev as one held: not "next month's European Indoor
// Championships" nor "we could be heading to the European
// Championships", after which the placings told are of other meetings.
func (r *relState) placingLead(ev int) bool {
	a := r.a
	named := false
	for i := 0; i < 2 && i < len(a.sentTokens); i++ {
		for _, m := range a.mentionsInSentence(i) {
			if m.entity != ev {
				continue
			}
			if a.eventFuture(i, m.t0, m.t1) {
				return false
			}
			a.tagSentence(i)
			for k := a.sentTokens[i].Start; k < m.t0; k++ {
				if a.tokens[k].Tag == "MD" {
					return false
				}
			}
			named = true
		}
	}
	return named
}

// placingDoubted reports a sentence i whose placings may not be in the
// story's contest ev: it names another event or a year, has a word of
// another time or of doubt, or is quoted.
func (r *relState) placingDoubted(i, ev int, ms []mention) bool {
	a := r.a
	for _, m := range ms {
		if m.entity >= 0 && m.entity != ev && r.isEvent(m.entity) {
			return true
		}
	}
	sp := a.sentTokens[i]
	for _, t := range a.tokens[sp.Start:sp.End] {
		w := t.Lower()
		if placingDoubt[w] || textseg.YearWord(w) || r.inQuotation(t.Start) {
			return true
		}
	}
	return false
}

// placedAt reports a placing told from token k on, before hi: "finished
// third", ", who came second", ", finished fifth", "also came fourth". A
// place named after it in the clause ("came fourth in Athens") puts it
// at another meeting.
func (a *analysis) placedAt(k, hi int) bool {
	w := func(j int) string {
		if j >= hi {
			return ""
		}
		return a.tokens[j].Lower()
	}
	switch {
	case w(k) == "," && w(k+1) == "who":
		k += 2
	case w(k) == "," && placingVerbs[w(k+1)] && w(k+1) != "was":
		k++ // "Another international, Louise Damen, finished third"
	}
	if w(k) == "also" || w(k) == "only" {
		k++
	}
	if !placingVerbs[w(k)] || !placingWords[w(k+1)] {
		return false
	}
	for j := k + 2; j+1 < hi && w(j) != "," && w(j) != ";"; j++ {
		if w(j) != "in" && w(j) != "at" {
			continue
		}
		p := j + 1
		if w(p) == "the" {
			p++
		}
		if p < hi && a.tokMention[p] != 0 && placeType(a.ments[a.tokMention[p]-1].typ) {
			return false
		}
	}
	return true
}

// placeType reports the types of places.
func placeType(t EntityType) bool {
	return t == City || t == Country || t == Place
}
