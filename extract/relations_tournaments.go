package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
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
	ev := r.storyCompetitionOf(storyEventWords)
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
			case earlierMatchWords[w] || textseg.YearWord(w) || strings.ContainsAny(w, "\"“”"):
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

// storyCompetitionOf returns the one competition the headline and the
// first two sentences name, its name ending in one of ends, or -1 when they
// name none, or another event beside it ("after a loss in an exhibition
// match in Belgium, ... the Australian Open": the matches may be the other
// event's). Some names beside it are no other event: a title ("Wimbledon
// champion Sharapova", "her seventh Grand Slam title", "since winning the
// Australian Open"), the match the headline gives with its score ("Italy
// 8-38 Wales"), and another form of the competition's own name ("the RBS
// Six Nations" beside "the Six Nations", "Cup" beside "Davis Cup").
func (r *relState) storyCompetitionOf(ends map[string]bool) int {
	a := r.a
	found, won, others := -1, -1, map[int]bool{}
	for s := 0; s < 3 && s < len(a.doc.Sentences); s++ {
		for _, m := range a.mentionsIn(s) {
			if m.Entity < 0 || !r.isEvent(m.Entity) || titleAfter(a.doc.Text[m.End:]) {
				continue
			}
			words := relFieldsLower(a.doc.Entities[m.Entity].Name)
			if s == 0 && scoreLine(words) {
				continue // the headline's match: "Italy 8-38 Wales"
			}
			named := m.Kind == MentionName && len(words) >= 2 && ends[words[len(words)-1]]
			if r.titleWon(m) {
				// A title names the story's competition only when nothing
				// else does: "Moya became the first man to defend the
				// Chennai Open title".
				if named && won < 0 {
					won = m.Entity
				}
				continue
			}
			if !named {
				// A bare "Open" or "Cup" names no one tournament; a
				// disaster the story opens with ("raising money for
				// victims of the tsunami") is no competition at all.
				if !disasterName(a.doc.Entities[m.Entity].Name) {
					others[m.Entity] = true
				}
				continue
			}
			if found >= 0 && found != m.Entity && !sameCompetition(a.doc.Entities[found].Name, a.doc.Entities[m.Entity].Name) {
				return -1
			}
			if found < 0 {
				found = m.Entity
			}
		}
	}
	if found < 0 {
		found = won
	}
	if found < 0 {
		return -1
	}
	for e := range others {
		// "Moya clinches Cup for Spain": the headline's short name of the
		// Davis Cup is no other event.
		if e != found && !sameCompetition(a.doc.Entities[found].Name, a.doc.Entities[e].Name) {
			return -1
		}
	}
	return found
}

// sameCompetition reports two names of one competition: the words of one,
// years aside, all among the other's ("Six Nations", "2005 RBS Six Nations
// Championship"; "Cup", "Davis Cup").
func sameCompetition(x, y string) bool {
	wx, wy := relFieldsLower(x), relFieldsLower(y)
	if len(wx) > len(wy) {
		wx, wy = wy, wx
	}
	n := 0
	for _, w := range wx {
		if textseg.YearWord(w) {
			continue
		}
		if !slices.Contains(wy, w) {
			return false
		}
		n++
	}
	return n > 0
}

// scoreLine reports a name that holds a score: a match named by its sides
// and result ("Italy 8-38 Wales").
func scoreLine(words []string) bool {
	for _, w := range words {
		if scoreToken(w) || scoreTokenDash(w) {
			return true
		}
	}
	return false
}

// wonTitleNouns after an event's name make it a title: "her seventh
// Grand Slam title", "the Dubai crown".
var wonTitleNouns = lexicon.WordSet(`title titles crown crowns`)

// titleWon reports an event mention that names a title won or held, not
// a competition the story tells of: the name precedes "title" or "crown",
// or follows "since winning" or "after winning" (with at most an article,
// a possessive or a year between); a Grand Slam is always a title. "Kral
// won the Harbour Classic a week before" is no title: its matches may be
// the ones the story tells.
func (r *relState) titleWon(m Mention) bool {
	a := r.a
	if strings.HasSuffix(strings.ToLower(a.doc.Entities[m.Entity].Name), "grand slam") {
		return true
	}
	if f := textseg.FirstField(a.doc.Text[m.End:]); f != "" && wonTitleNouns[strings.ToLower(strings.Trim(f, ",.;:'"))] {
		return true
	}
	before := strings.Fields(strings.ToLower(a.doc.Text[a.doc.Sentences[m.Sentence].Start:m.Start]))
	for k := len(before) - 1; k >= 1 && k >= len(before)-3; k-- {
		switch w := before[k]; {
		case w == "winning":
			return before[k-1] == "since" || before[k-1] == "after"
		case w != "the" && w != "his" && w != "her" && w != "their" && !textseg.YearWord(w):
			return false
		}
	}
	return false
}

// titleWords follow an event named in a player's title: "Wimbledon
// champion Sharapova". ("The Chennai Open title" may be the story's own.)
var titleWords = lexicon.WordSet(`champion champions winner winners finalist
	finalists semi-finalist runner-up holder`)

// titleAfter reports a title word opening rest, the text after a mention.
func titleAfter(rest string) bool {
	f := textseg.FirstField(rest)
	return f != "" && titleWords[strings.ToLower(strings.Trim(f, ",.;:'"))]
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

// Matches of the story's team competition. A rugby, football or team
// tennis report names its competition in the headline or the first
// sentences ("Wales hold on for Six Nations win", "Chelsea face Newcastle
// in the FA Cup") and then tells its results with a score and the sides'
// names: "Wales came from 15-6 down to beat France 24-18", "his side's 3-2
// victory over Liverpool", "the United States defeated Australia 2-1".
// Each side named in such a sentence took part in the story's
// competition. The guards are those of setScoreMatches; a sentence that
// speaks of a league ("in the league", "the Premiership") tells of
// another competition's match; a name before a role noun ("France
// defender Gallas", "the former Porto coach") or another name ("Cameroon's
// Cotonsport Garoua") is no side of the match. A competition of national
// sides ("Six Nations", "Davis Cup") takes countries only, as its stories
// also give club results ("Wasps' 12-9 loss to Bath on Saturday"), and
// a club competition takes organisations only.

// ruleTeamScore names the facts of teamScoreMatches.
const ruleTeamScore = "participatedIn/team-score-match"

// teamEventWords end the names of the team competitions a report can be
// scoped to: "the Six Nations", "the FA Cup", "the Heineken Cup".
var teamEventWords = lexicon.WordSet(`cup nations championship trophy shield`)

// nationalEventWords make a competition one of national sides.
var nationalEventWords = lexicon.WordSet(`nations davis hopman fed world euro
	olympic olympics international`)

// teamResultWords tell of a match played: a side beat, lost to or drew
// with another.
var teamResultWords = lexicon.WordSet(`beat beaten beating defeated defeating
	win won winning victory lost losing loss defeat drew draw drawn thrashed
	thrashing edged hammered crushed routed downed overcame`)

// otherLeagueWords speak of a league match or a friendly: another
// competition's.
var otherLeagueWords = lexicon.WordSet(`league premiership division
	friendly conference`)

// teamScoreMatches adds participatedIn of the story's team competition
// for the sides of each result a sentence gives with its score.
func (r *relState) teamScoreMatches() {
	a := r.a
	ev := r.storyCompetitionOf(teamEventWords)
	if ev < 0 {
		return
	}
	national := false
	for _, w := range relFieldsLower(a.doc.Entities[ev].Name) {
		national = national || nationalEventWords[w]
	}
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		sp := a.sentTokens[i]
		toks := a.tokens[sp.Start:sp.End]
		score, result, other := false, false, false
		for _, t := range toks {
			w := t.Lower()
			switch {
			case scoreToken(w) && !setScore(w):
				score = score || !r.inQuotation(t.Start)
			case teamResultWords[w]:
				result = true
			case otherLeagueWords[w] || earlierMatchWords[w] || textseg.YearWord(w) || strings.ContainsAny(w, "\"“”"):
				other = true
			}
		}
		if r.otherEventIn(i, ev) {
			return // another competition: the results from here on may be its
		}
		if !score || !result || other {
			continue
		}
		var sides []int
		for _, m := range a.mentionsInSentence(i) {
			if m.entity < 0 || m.hidden {
				continue
			}
			if nat, ok := r.sideKind(m.entity); ok && nat == national && m.kind == MentionName && a.sideMention(m, sp.End) {
				sides = append(sides, m.entity)
			}
		}
		for _, s := range sides {
			if s != ev {
				r.add(s, ParticipatedIn, ev, i, ruleTeamScore, 0.7)
			}
		}
	}
}

// sideMention reports a name that stands for a side of its own: not
// followed by a noun it modifies ("France defender", "Porto coach"), by
// or after "of" and a name (the parts of a name cut at "of": "Hearts of
// Oak") nor,
// through a possessive, by another name ("Cameroon's Cotonsport").
func (a *analysis) sideMention(m mention, hi int) bool {
	a.tagSentence(m.sent)
	k := m.t1
	if k+1 < hi && a.tokens[k].Lower() == "of" && a.tokMention[k+1] != 0 ||
		m.t0 >= 2 && a.tokens[m.t0-1].Lower() == "of" && a.tokMention[m.t0-2] != 0 {
		return false // "Hearts of Oak" cut at "of": a name's part
	}
	if k < hi && isPossessive(a.tokens[k].Text) {
		k++
		return k >= hi || a.tokMention[k] == 0
	}
	return k >= hi || a.tokMention[k] != 0 || !strings.HasPrefix(a.tokens[k].Tag, "NN")
}

// sideKind tells whether entity e can be a side of a match, and whether a
// national one: a country, or a team named after one (the team rules
// retype "France" an organisation in a sports story), is national; any
// other organisation is a club.
func (r *relState) sideKind(e int) (national, ok bool) {
	switch r.typeOf(e) {
	case Country:
		return true, true
	case Organization:
		g, found := r.a.x.gaz.Lookup(r.a.doc.Entities[e].Name)
		return found && g.Type == "Country", true
	}
	return false, false
}

// otherEventIn reports an event other than ev named in sentence i, not as
// a title ("Wimbledon champion").
func (r *relState) otherEventIn(i, ev int) bool {
	a := r.a
	for _, m := range a.mentionsInSentence(i) {
		if m.entity >= 0 && !m.hidden && m.entity != ev && r.isEvent(m.entity) && !r.stageOf(m.entity, ev) && !titleAfter(a.doc.Text[m.End:]) {
			return true
		}
	}
	return false
}
