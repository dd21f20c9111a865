package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Contestants of a television contest (entities_events_contests.go): a
// story about "Celebrity Big Brother" tells of its contestants without
// naming the show in every sentence: "X has become the latest contestant
// to be evicted", "McCririck was ordered to leave the house", "Comic Joe
// Pasquale remains favourite to win the show", "Contestants Paul Burrell,
// Joe Pasquale and Fran Cosgrave". The person a clause about the contest
// opens with, and the names listed after "contestants" or "housemates",
// took part in the story's one contest. A clause of saying or believing
// between the person and the contest words makes them someone else's
// words ("Mr Adams believed someone ... knew which celebrity would be
// evicted next": the bookmaker is no contestant).

// ruleContestant names the facts of contestants.
const ruleContestant = "participatedIn/contestant"

var (
	// contestantNouns are a contest's players, before a list of names.
	contestantNouns = lexicon.WordSet(`contestant contestants housemate housemates`)
	// contestClauseCues tell, after a clause's subject, that the clause is
	// about the subject playing: "evicted", "the house", "voted off".
	contestClauseCues = lexicon.WordSet(`evicted eviction evictions housemate
		housemates contestant contestants`)
	// contestShowVerbs take "the show" or "the house" as the contest
	// played in: "quit the show", "left the house", "win the show".
	contestShowVerbs = lexicon.WordSet(`quit quits left leave leaves leaving
		joined join joins entered enter enters win wins`)
	// contestReported open a clause that is someone's words or belief, or
	// another clause with its own subject ("X made the move after four
	// people tried to place bets on the eviction").
	contestReported = lexicon.WordSet(`said says say told believed believes
		believe thinks think thought claimed claims predicted predicts that
		which whether how if who after before because since while whilst
		although though`)
)

// contestants adds participatedIn of the story's one contest.
func (r *relState) contestants() {
	a := r.a
	show := r.storyContest()
	if show < 0 {
		return
	}
	r.eachSentence(a.contestCue, func(s *relSent) {
		i := s.idx
		for t := range s.low {
			if contestantNouns[s.low[t]] && s.ment[t] < 0 && !s.inQuote(t) {
				for _, e := range a.listedNames(i, a.sentTokens[i].Start+t+1) {
					if r.typeOf(e) == Person {
						r.add(e, ParticipatedIn, show, i, ruleContestant, 0.7)
					}
				}
			}
		}
		for _, e := range s.contestSubjects(show) {
			r.add(e, ParticipatedIn, show, i, ruleContestant, 0.7)
		}
		for _, e := range s.contestRelatives() {
			r.add(e, ParticipatedIn, show, i, ruleContestant, 0.7)
		}
	})
}

// contestRelativeVerbs, in a clause about a person named before it, tell
// of the person playing: "who was first to be evicted", "who joined the
// house on Monday", "whilst X was evicted".
var contestRelativeVerbs = lexicon.WordSet(`evicted joined entered left quit`)

// contestRelatives returns the persons of a sentence whose own clause,
// not the sentence's opening one, tells of the contest: a relative
// clause after the name (with an apposition between: "Jackie Stallone,
// the actor Sylvester's mother, who was first to be evicted"), or a
// clause the name opens after "whilst", "while" or "and" ("whilst Jackie
// Stallone was evicted"). The clause must say "evicted", or "joined",
// "entered", "left" or "quit" with "the house".
func (s *relSent) contestRelatives() []int {
	var out []int
	for j := range s.ms {
		m := &s.ms[j]
		if m.kind != MentionName || s.r.typeOf(m.entity) != Person || s.inQuote(m.first) {
			continue
		}
		k := m.last + 1
		switch {
		case s.word(m.first-1, "whilst") || s.word(m.first-1, "while") || s.word(m.first-1, "and") && s.word(m.first-2, ","):
			// a clause of its own opens at the name
		case s.word(k, ","):
			k++
			if !s.word(k, "who") {
				// an apposition first: up to the next comma
				for k < len(s.low) && k <= m.last+8 && !s.word(k, ",") {
					k++
				}
				if !s.word(k, ",") || !s.word(k+1, "who") {
					continue
				}
				k++
			}
			k++
		default:
			continue
		}
		if s.contestClause(k) {
			out = append(out, m.entity)
		}
	}
	return out
}

// contestClause reports whether the clause from token k on, to the next
// comma or the end, tells of the contest played: "was first to be
// evicted", "joined the house on Monday".
func (s *relSent) contestClause(k int) bool {
	for t := k; t < len(s.low) && t <= k+8; t++ {
		if s.word(t, ",") || s.word(t, ";") || s.inQuote(t) || s.ment[t] >= 0 && t > k {
			return false
		}
		if !contestRelativeVerbs[s.low[t]] {
			continue
		}
		if s.low[t] == "evicted" {
			return true
		}
		return s.word(t+1, "the") && s.word(t+2, "house")
	}
	return false
}

// storyContest returns the one contest show the story names, or -1.
func (r *relState) storyContest() int {
	found := -1
	for e, ent := range r.a.doc.Entities {
		if ent.Type == Event && contestShows[strings.ToLower(strings.Join(strings.Fields(ent.Name), " "))] {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// contestCue reports a contest word in sentence i.
func (a *analysis) contestCue(i int) bool {
	return a.sentenceHasWord(i, contestClauseCues, contestPlaceCues)
}

// contestPlaceCues are the words of a contest's setting and its vote:
// "left the house", "on the show", "was voted off".
var contestPlaceCues = lexicon.WordSet(`house show voted`)

// contestSubjects returns the persons a sentence opens with ("Model
// Caprice and Holby City actor Jeremy Edwards have both left the
// Celebrity Big Brother house") when the clause goes on to tell of the
// contest: a contest word, "the house", "voted off", or a verb of
// entering, leaving or winning before "the show" or the show's name.
func (s *relSent) contestSubjects(show int) []int {
	var subj []int
	k := 0
	for k < len(s.low) {
		m := s.mentionAt(k)
		if m == nil {
			if s.ment[k] < 0 && (strings.HasPrefix(s.tag(k), "VB") || s.tag(k) == "MD" || s.clauseEdge(k) || s.quoteMark(k)) {
				break
			}
			k++
			continue
		}
		if s.r.typeOf(m.entity) != Person || m.kind == MentionPronoun && !s.pronounFits(m) {
			if len(subj) > 0 || s.word(m.last+1, "'s") {
				k = m.last + 1 // "Sylvester Stallone's ex-wife Brigitte Nielsen"
				continue
			}
			k = m.last + 1
			continue
		}
		k = m.last + 1
		if k < len(s.low) && s.ment[k] < 0 && !s.word(k, "and") && !s.clauseEdge(k) &&
			!strings.HasPrefix(s.tag(k), "VB") && !strings.HasPrefix(s.tag(k), "RB") && s.tag(k) != "MD" && !contestShowVerbs[s.low[k]] {
			continue // a modifier: "Huggy Bear actor Antonio Fargas"
		}
		subj = append(subj, m.entity)
		if !s.word(k, "and") {
			break
		}
		k++
	}
	if len(subj) == 0 {
		return nil
	}
	for t := k; t < len(s.low); t++ {
		if s.inQuote(t) || s.word(t, ";") || s.word(t, ":") || s.ment[t] < 0 && contestReported[s.low[t]] {
			return nil
		}
		w := s.low[t]
		switch {
		case s.ment[t] < 0 && contestClauseCues[w],
			w == "voted" && (s.word(t+1, "off") || s.word(t+1, "out")),
			w == "house" && s.word(t-1, "the"):
			return subj
		case contestShowVerbs[w]:
			for n := t + 1; n < len(s.low) && n <= t+5; n++ {
				if m := s.mentionAt(n); m != nil && m.entity == show || s.word(n, "show") || s.word(n, "house") {
					return subj
				}
			}
		}
	}
	return nil
}
