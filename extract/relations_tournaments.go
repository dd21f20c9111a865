package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Matches of the story's tournament. A tennis report names its
// tournament once, in the headline or the first sentence ("Roddick
// reaches the final of the SAP Open"), and then gives its matches with
// their set scores and no event name: "Cyril Saulnier beat the fourth
// seed Vincent Spadea 6-2 6-4", "Former champion Fabrice Santoro was
// beaten 6-3 6-0 by Nikolay Davydenko", "Moya beat Fish in straight
// sets". Every player of such a match
// took part in the tournament. The scope is one tournament: a story whose
// opening names two gives nothing, and neither does a sentence that names
// an event of its own ("beat him 6-3 6-4 at Wimbledon"), tells of an
// earlier year or meeting ("beat him 6-3 6-2 two years ago") or is quoted
// (a player's memory of another match).

// ruleSetScore names the facts of setScoreMatches.
const ruleSetScore = "participatedIn/set-score-match"

// storyEventWords end the names of the competitions a report can be
// scoped to: the tournament words and the words tennis events are named
// with ("the Qatar Open", "the Sydney International", "the Canberra
// Classic").
var storyEventWords = lexicon.WordSet(`cup championship championships games
	tournament trophy open international classic masters challenge hardcourts`)

// earlierMatchWords tell of a match before this tournament: "two years
// ago", "last year", "in their previous meeting", "his career record".
var earlierMatchWords = lexicon.WordSet(`ago last previous previously meeting
	meetings career record history`)

// setScoreMatches adds participatedIn of the story's tournament for the
// players of each match a sentence reports with two or more set scores.
func (r *relState) setScoreMatches() {
	a := r.a
	ev := r.storyCompetition()
	if ev < 0 {
		return
	}
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		sp := a.sentTokens[i]
		toks := a.tokens[sp.Start:sp.End]
		sets, earlier := 0, false
		for k, t := range toks {
			w := t.Lower()
			switch {
			case setScore(w):
				sets++
			case w == "sets" && k > 0 && setCounts[toks[k-1].Lower()]:
				sets += 2 // "beat him in straight sets": the match without its score
			case earlierMatchWords[w] || yearWord(w) || strings.ContainsAny(w, "\"“”"):
				earlier = true
			}
		}
		if sets < 2 || earlier {
			continue
		}
		var players []int
		other := false
		for _, m := range a.mentionsIn(i) {
			if m.Entity < 0 {
				continue
			}
			if r.isEvent(m.Entity) && m.Entity != ev && !titleAfter(a.doc.Text[m.End:]) {
				other = true
				break
			}
			if r.typeOf(m.Entity) == Person && m.Kind != MentionDemonym {
				players = append(players, m.Entity)
			}
		}
		if other {
			continue
		}
		for _, p := range players {
			r.add(p, ParticipatedIn, ev, i, ruleSetScore, 0.7)
		}
	}
}

// storyCompetition returns the one competition the headline and the first
// two sentences name, or -1 when they name none, or another event beside
// it ("after a loss in an exhibition match in Belgium, ... the Australian
// Open": the matches may be the other event's). An event naming a title
// ("Wimbledon champion Sharapova") is no other event.
func (r *relState) storyCompetition() int {
	a := r.a
	found, others := -1, map[int]bool{}
	for s := 0; s < 3 && s < len(a.doc.Sentences); s++ {
		for _, m := range a.mentionsIn(s) {
			if m.Entity < 0 || !r.isEvent(m.Entity) || titleAfter(a.doc.Text[m.End:]) {
				continue
			}
			words := relFieldsLower(a.doc.Entities[m.Entity].Name)
			if m.Kind != MentionName || len(words) < 2 || !storyEventWords[words[len(words)-1]] {
				others[m.Entity] = true // a bare "Open" or "Cup" names no one tournament
				continue
			}
			if found >= 0 && found != m.Entity {
				return -1
			}
			found = m.Entity
		}
	}
	if found < 0 {
		return -1
	}
	name := strings.ToLower(a.doc.Entities[found].Name)
	for e := range others {
		// "Moya clinches Cup for Spain": the headline's short name of the
		// Davis Cup is no other event.
		if e != found && !strings.HasSuffix(name, " "+strings.ToLower(a.doc.Entities[e].Name)) {
			return -1
		}
	}
	return found
}

// titleWords follow an event named in a player's title: "Wimbledon
// champion Sharapova". ("The Chennai Open title" may be the story's own.)
var titleWords = lexicon.WordSet(`champion champions winner winners finalist
	finalists semi-finalist runner-up holder`)

// titleAfter reports a title word opening rest, the text after a mention.
func titleAfter(rest string) bool {
	f := strings.Fields(rest)
	return len(f) > 0 && titleWords[strings.ToLower(strings.Trim(f[0], ",.;:'"))]
}

// setCounts tell how a match was won without giving its score: "in
// straight sets", "in three sets".
var setCounts = lexicon.WordSet(`straight three four five`)

// setScore reports a tennis set score: "6-3", "7-6", "0-6".
func setScore(w string) bool {
	if len(w) != 3 || w[1] != '-' {
		return false
	}
	hi := func(c byte) bool { return c >= '0' && c <= '7' }
	return hi(w[0]) && hi(w[2]) && (w[0] >= '6' || w[2] >= '6')
}
