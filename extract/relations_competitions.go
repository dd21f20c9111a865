package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// The players and sides of the story's competition, told by the verbs
// of its matches. A sports report names its competition once, in the
// headline or the opening ("Safin suffered a shock loss in round one of
// the Dubai Tennis Championships", "Wales secured their first away win
// in the RBS Six Nations"), and then tells who played without naming it
// again: "Spain's Feliciano Lopez lined up a clash with Andre Agassi by
// beating Thailand's Paradorn Srichaphan", "Fabrice Santoro was beaten by
// Nikolay Davydenko", "Ljubicic, who beat Tim Henman in the last eight",
// "Italy lost to Wales". The winner and the loser of such a verb took part
// in the competition. setScoreMatches and teamScoreMatches read the same
// reports through their scores; this reads the verb's arguments in the
// parse, so a result told without a score counts, and a name that is no
// argument of the verb (a coach, a player's club) does not.
//
// The guards are theirs and the parse's: the verb must tell of a match
// played (not one hoped for, to come, denied or conditional: "must beat
// Wales", "will face Italy", "failed to beat"), outside quotations, in a
// sentence that names no other event and no earlier year or meeting
// ("beat him in last year's final", "in 2003"); a coach or a manager
// (a person leading a body in the document) plays no match. A competition
// of national sides takes countries and national teams as sides and a
// club competition clubs; a sentence of the first that names a club
// tells of a club match ("Jonny Wilkinson kicked Newcastle to victory
// over Bath").

// ruleCompetitionPlayer names the facts of competitionPlayers.
const ruleCompetitionPlayer = "participatedIn/competition-player"

// competitionEnds end the names of the competitions a report can be
// scoped to: the tournament words of setScoreMatches and teamScoreMatches,
// and clubLeagueWords.
var competitionEnds = func() map[string]bool {
	m := map[string]bool{}
	for w := range storyEventWords {
		m[w] = true
	}
	for w := range teamEventWords {
		m[w] = true
	}
	for w := range clubLeagueWords {
		m[w] = true
	}
	return m
}()

// clubLeagueWords end the names of club competitions played as a cup
// though called a league ("the Champions League"): a report of one tells
// its matches ("the 3-1 defeat against Bayern Munich") without naming it
// again. The domestic leagues the same word ends ("Premier League",
// "Celtic League") are bodies, not events, and never a story's
// competition: storyCompetitionOf reads events only.
var clubLeagueWords = lexicon.WordSet(`league`)

// matchBeatVerbs have the winner as subject and the loser as object
// ("Kiefer beat Safin", "Safin was beaten by Kiefer"); matchLoseVerbs the
// loser as subject and the winner after "to" ("Safin lost to Kiefer");
// matchDrawVerbs the two sides as subject and after "with"; matchWinVerbs
// the winner as subject only ("Lopez won 6-2 3-6 6-3"). Each is matched
// on the word as written, as the lemmatiser leaves some participles.
var (
	matchBeatVerbs = lexicon.WordSet(`beat beats beaten beating defeat defeats
		defeated defeating overcame overcome overcomes overcoming edged edges
		thrashed thrashes trounced routed crushed stunned shocked upset
		ousted eliminated dismantled outclassed overpowered downed toppled
		dispatched whitewashed hammered`)
	matchLoseVerbs = lexicon.WordSet(`lost lose loses losing fell falls slumped
		slumps crashed crashes`)
	matchDrawVerbs = lexicon.WordSet(`drew draws drawn`)
	matchWinVerbs  = lexicon.WordSet(`won wins winning triumphed triumphs`)
)

// matchPastAlike are past forms the tagger often reads as a present:
// "Saulnier beat the fourth seed".
var matchPastAlike = lexicon.WordSet(`beat upset`)

// matchWantVerbs, above a match verb in the parse, make the match one
// wished, tried or missed: "hopes to beat", "failed to beat", "need to
// win".
var matchWantVerbs = lexicon.WordSet(`hope want need aim expect plan bid try
	seek fail intend look target chance hopes wants needs aims expects
	plans bids tries seeks fails hoped wanted needed aimed expected planned
	tried sought failed intended looked targeted determined desperate keen
	eager confident capable able unable going`)

// matchModals make a match one to come or one that might be.
var matchModals = lexicon.WordSet(`will would could can may might must should
	shall 'll 'd ca wo`)

// matchNegators deny the match.
var matchNegators = lexicon.WordSet(`not n't never no`)

// matchEarlierWords tell of a match before this competition. "last" is
// read apart: "the last eight" is a stage.
var matchEarlierWords = lexicon.WordSet(`ago previous previously career
	record history meetings past`)

// recentDays follow "last" in a round of a team competition: "last
// week", "last Saturday's defeat".
var recentDays = lexicon.WordSet(`week weekend weekend's week's monday tuesday
	wednesday thursday friday saturday sunday saturday's sunday's friday's`)

// matchStageNumbers follow "last" in a stage: "the last eight", "the last
// 16".
var matchStageNumbers = lexicon.WordSet(`four eight 16 sixteen 32 64`)

// staffRoleWords are the roles of people who take part in no match: a
// coach, a manager, an official.
var staffRoleWords = lexicon.RoleClass("match-staff")

// competitionPlayers adds participatedIn of the story's competition and
// of the match a score-line headline names for the players and sides the
// report tells of.
func (r *relState) competitionPlayers() {
	r.storyCompetitionPlayers()
	r.headlineMatchPlayers() // relations_matches.go
}

// storyCompetitionPlayers adds participatedIn of the story's competition
// for the winner and the loser of each match verb the report tells of.
func (r *relState) storyCompetitionPlayers() {
	a := r.a
	ev := r.storyCompetitionOf(competitionEnds)
	if ev < 0 {
		return
	}
	team, national := competitionKind(a.doc.Entities[ev].Name)
	if (!team || clubLeague(a.doc.Entities[ev].Name)) && r.competitionAhead(ev) {
		// A meeting to come: the results told are of others before it.
		// A club side aiming at a league-named cup ("McClaren targets
		// Champions League") tells of its domestic league's results.
		return
	}
	if team && r.headlineMatchOtherKind(national) {
		return // "Newcastle 27-27 Gloucester" over "one Six Nations outing": a club match
	}
	staff := r.nonPlayers()
	results := []map[string]bool{resultNouns, matchNounsPlural, scorerNouns, matchBeatVerbs, matchLoseVerbs, matchDrawVerbs, matchWinVerbs, scorerVerbs}
	r.eachCompetitionWord(ev, team, national, true, results, func(i int, p *syntax.Sentence, ents []int, v int) {
		w := strings.ToLower(p.Words[v])
		switch {
		case resultNouns[w] || matchNounsPlural[w]:
			r.resultNounSides(p, v, ents, ev, team, national, staff, i)
		case team && scorerNouns[w] && r.nounResultHad(p, v):
			for _, h := range scorerArguments(p, v) {
				r.addCompetitor(competitorAt(p, ents, h), ev, team, national, staff, i, p.Starts[h])
			}
		case team && scorerVerbs[w] && r.matchDone(p, v) && !scorerPhrasal(p, v):
			for _, h := range withConjuncts(p, clauseSubjects(p, v)) {
				r.addCompetitor(competitorAt(p, ents, h), ev, team, national, staff, i, p.Starts[h])
			}
		case r.matchDone(p, v):
			for _, h := range matchArguments(p, v) {
				r.addCompetitor(competitorAt(p, ents, h), ev, team, national, staff, i, p.Starts[h])
			}
		}
	})
	if r.competitionUnderWay(ev) {
		r.fixtureSides(ev, team, national, staff)
	}
}

// competitionKind reports whether the competition of that name is one of
// teams ("Heineken Cup", "Six Nations") and whether of national sides.
func competitionKind(name string) (team, national bool) {
	for _, w := range relFieldsLower(name) {
		team = team || teamEventWords[w] && !storyEventWords[w] || w == "cup" || w == "trophy" || clubLeagueWords[w]
		national = national || nationalEventWords[w]
	}
	return team, national
}

// headlineMatchOtherKind reports a score-line headline naming a side of
// the other kind than the story's competition: a report of a club match
// ("Newcastle 27-27 Gloucester") that names the Six Nations only for a
// player's past ("axed by England after one Six Nations outing") tells
// of no match of it.
func (r *relState) headlineMatchOtherKind(national bool) bool {
	a := r.a
	if len(a.sentTokens) == 0 {
		return false
	}
	if sp := a.sentTokens[0]; sp.End <= sp.Start {
		return false
	} else if k, _ := a.scoreAt(sp.Start, sp.End); k < 0 {
		return false
	}
	for _, m := range a.mentionsInSentence(0) {
		if m.entity < 0 || m.hidden || r.typeOf(m.entity) != Organization {
			continue
		}
		if nat, ok := r.sideKind(m.entity); ok && nat != national {
			return true
		}
	}
	return false
}

// fixtureSideVerbs have the two sides of a fixture as subject and object:
// "Wales face France on Saturday", "England host Italy at Twickenham",
// "Henman meets Agassi in the quarter-finals".
var fixtureSideVerbs = lexicon.WordSet(`face faces facing faced meet meets meeting
	met play plays playing played host hosts hosting hosted entertain
	entertains entertained take takes taking took`)

// fixtureParticleVerbs are the fixture verbs that bring the other side
// only with a particle: "will take on Portadown" (the parser hangs the
// side as an oblique with "on", or as the object beside an "on"
// particle), never "took the lead" or "take a break".
var fixtureParticleVerbs = map[string]string{"take": "on", "takes": "on", "taking": "on", "took": "on"}

// fixtureSideNouns bring the other side of a fixture after "with" or
// "against": "a second-round clash with Agassi".
var fixtureSideNouns = lexicon.WordSet(`clash clashes showdown tie meeting
	encounter date`)

// fixtureModals may tell of a fixture fixed: "will face", "shall meet".
// The others make it one that might be ("could face Agassi in the
// final").
var fixtureModals = lexicon.WordSet(`will 'll shall`)

// resultRuleWords name the rules that read a result told (a score, a
// match verb, a win), not a fixture ahead ("Saturday's opener against
// England").
var resultRuleWords = []string{"score", ruleCompetitionPlayer, "won", "result", "beat", "under-way"}

// competitionUnderWay reports a competition the document already tells
// results of: some side or player takes part in it by a rule that reads
// a result, or the headline is a score line ("Hearts 2-1 Livingston"
// over "Hearts wrapped up their Scottish Cup quarter-final tie"). Only then is a fixture of the story one of that competition
// and its sides in it, not a qualifier or a hope.
func (r *relState) competitionUnderWay(ev int) bool {
	for _, f := range r.a.doc.Facts {
		if f.Predicate != ParticipatedIn || f.Object != ev && !strings.Contains(f.Rule, "score-headline") {
			continue
		}
		for _, w := range resultRuleWords {
			if strings.Contains(f.Rule, w) {
				return true
			}
		}
		if f.Object == ev && r.scoredSentence(f.Sentence) {
			return true
		}
	}
	return false
}

// scoredSentence reports sentence i holding a score of no earlier
// season: a result told ("Despite losing 28-17 in Sunday's Six Nations
// encounter").
func (r *relState) scoredSentence(i int) bool {
	a := r.a
	if i < 0 || i >= len(a.sentTokens) || r.earlierMatch(i, true) {
		return false
	}
	k, _ := a.scoreAt(a.sentTokens[i].Start, a.sentTokens[i].End)
	return k >= 0
}

// fixtureSides adds participatedIn of the story's competition ev for the
// sides of each fixture the report tells of, played or due: the subject
// and object of a fixture verb, and the side after a fixture noun. The
// sentence guards are competitionPlayers', but a sentence naming the
// competition counts: no in-sentence rule reads its fixture ("England,
// fourth in the Six Nations table, play Ireland").
func (r *relState) fixtureSides(ev int, team, national bool, staff map[int]bool) {
	fixtures := []map[string]bool{fixtureSideVerbs, fixtureSideNouns}
	r.eachCompetitionWord(ev, team, national, false, fixtures, func(i int, p *syntax.Sentence, ents []int, v int) {
		ahead := fixtureAhead(p, v)
		for _, h := range r.fixtureArguments(p, v) {
			if ahead && p.XPOS[h] == "PRP" {
				// A pronoun side of a match still to come is often bound to
				// the champion of an earlier year the sentence before
				// names ("... won it in 1998. He will meet X next"); the
				// named side alone is kept.
				continue
			}
			r.addCompetitor(competitorAt(p, ents, h), ev, team, national, staff, i, p.Starts[h])
		}
	})
}

// eachCompetitionWord calls fn for every word outside quotation marks in
// the sentences after the headline that may tell of the story's
// competition ev: naming no other event, by name or by a common noun
// ("in the league": relations_competitions_other.go), nor ev itself when
// skipNamed (the in-sentence rules read those), no earlier season's match, holding
// a word of cues (other sentences are not parsed at all: parsing every
// sentence of a competition story cost 5% of the whole run), and in a
// team competition no side of the other kind.
func (r *relState) eachCompetitionWord(ev int, team, national, skipNamed bool, cues []map[string]bool, fn func(i int, p *syntax.Sentence, ents []int, v int)) {
	a := r.a
	for i := 1; i < len(a.sentTokens) && i < len(a.doc.Sentences); i++ {
		if r.otherEventIn(i, ev) || r.otherCompetitionIn(i, ev) || r.earlierMatch(i, national) && !r.lastEditionStage(i) || skipNamed && r.namesEvent(i, ev) || !a.sentenceHasWord(i, cues...) {
			continue
		}
		p := a.parsed(i)
		if p == nil {
			continue
		}
		ents := r.competitorsAt(i, len(p.Words))
		if team && r.otherSideKind(ents, national) {
			continue
		}
		for v := range p.Words {
			if !r.inQuotation(p.Starts[v]) {
				fn(i, p, ents, v)
			}
		}
	}
}

// fixtureArguments returns the heads of the sides of the fixture verb or
// noun at word v, conjuncts included, when the clause above it carries
// no negation, wish, condition or modal of chance.
func (r *relState) fixtureArguments(p *syntax.Sentence, v int) []int {
	w := strings.ToLower(p.Words[v])
	verb := fixtureSideVerbs[w] && strings.HasPrefix(p.XPOS[v], "VB")
	noun := fixtureSideNouns[w] && strings.HasPrefix(p.XPOS[v], "NN")
	if !verb && !noun || !fixtureFixed(p, v) {
		return nil
	}
	particle, needs := fixtureParticleVerbs[w]
	if verb && needs && !hasParticleSide(p, v, particle) {
		return nil
	}
	var out []int
	if verb {
		out = clauseSubjects(p, v)
	}
	for k := range p.Words {
		if p.Head[k]-1 != v {
			continue
		}
		switch rel := p.Deprel[k]; {
		case verb && rel == "obj":
			out = append(out, k)
		case verb && needs && strings.HasPrefix(rel, "obl") && caseWord(p, k) == particle:
			out = append(out, k)
		case noun && (strings.HasPrefix(rel, "nmod") || strings.HasPrefix(rel, "obl")) && (caseWord(p, k) == "with" || caseWord(p, k) == "against"):
			out = append(out, k)
		}
	}
	return withConjuncts(p, out)
}

// fixtureAhead reports a fixture verb or noun v whose clause carries a
// modal of a fixture fixed ("will meet"): the match is still to come.
func fixtureAhead(p *syntax.Sentence, v int) bool {
	return !clauseFree(p, v, func(k int, w string) bool {
		return p.Deprel[k] == "aux" && fixtureModals[w]
	})
}

// hasParticleSide reports that verb v carries its particle, as a particle
// ("took on" + object) or as the preposition of an oblique ("take on
// Portadown" parsed as an oblique).
func hasParticleSide(p *syntax.Sentence, v int, particle string) bool {
	for k := range p.Words {
		if p.Head[k]-1 != v {
			continue
		}
		if p.Deprel[k] == "compound:prt" && strings.EqualFold(p.Words[k], particle) {
			return true
		}
		if strings.HasPrefix(p.Deprel[k], "obl") && caseWord(p, k) == particle {
			return true
		}
	}
	return false
}

// fixtureFixed reports no negation, wish, condition or modal of chance
// on the path from word v to the root of its clause.
func fixtureFixed(p *syntax.Sentence, v int) bool {
	return clauseFree(p, v, func(k int, w string) bool {
		return matchNegators[w] || resultWanted[w] && !fixtureModals[w] || matchWantVerbs[w] ||
			matchModals[w] && !fixtureModals[w] ||
			p.Deprel[k] == "mark" && (w == "if" || w == "unless" || w == "whether")
	})
}

// clauseFree walks from word v up to the root of its clause (eight hops
// at most) and reports that no verb above v is one of wishing ("hopes to
// beat") and that blocked holds for no dependent, given its index and
// lower-case word, of any word on the path.
func clauseFree(p *syntax.Sentence, v int, blocked func(k int, w string) bool) bool {
	for hops := 0; v >= 0 && hops < 8; hops++ {
		lw := strings.ToLower(p.Words[v])
		if hops > 0 && (matchWantVerbs[lw] || resultWanted[lw]) && !(lw == "tries" && strings.HasPrefix(p.XPOS[v], "NN")) {
			return false // "tries" as a noun is a rugby score: "denied two tries in Sunday's loss"
		}
		for k := range p.Words {
			if p.Head[k]-1 == v && blocked(k, strings.ToLower(p.Words[k])) {
				return false
			}
		}
		v = p.Head[v] - 1
	}
	return true
}

// aheadWords before a competition's name put it ahead: "aims to ... by
// winning a fourth World Championship crown", "heading to the European
// Championships".
var aheadWords = lexicon.WordSet(`aims aim aiming hopes hoping targets
	targeting heading sights eyeing bid`)

// namesEvent reports sentence i naming ev outside quotation marks: the
// rules that read an event in its own sentence (contest, event-side,
// result-opponent) speak for it. They read no quotation, so a sentence
// naming it only inside one ("claimed the 3-1 defeat against Bayern
// Munich was \"our worst performance in the Champions League\"") is
// left to the story's competition.
func (r *relState) namesEvent(i, ev int) bool {
	for _, m := range r.a.mentionsInSentence(i) {
		if m.entity == ev && !r.inQuotation(m.Start) {
			return true
		}
	}
	return false
}

// competitionAhead reports a competition the opening names as one to
// come ("we could be heading to the European Championships"): its first
// mention is dated ahead, or a modal or a word of aiming stands before
// it in its sentence.
func (r *relState) competitionAhead(ev int) bool {
	a := r.a
	for _, m := range a.ments {
		if m.entity != ev || m.hidden {
			continue
		}
		if a.eventFuture(m.sent, m.t0, m.t1) {
			return true
		}
		for k := a.sentTokens[m.sent].Start; k < m.t0; k++ {
			if w := a.tokens[k].Lower(); matchModals[w] || aheadWords[w] {
				return true
			}
		}
		return false
	}
	return false
}

// nonPlayers marks the people of the document who lead a body (a
// coach, a manager, a chairman) or carry such a role word in a title.
func (r *relState) nonPlayers() map[int]bool {
	staff := map[int]bool{}
	for _, f := range r.a.doc.Facts {
		if f.Predicate == LeaderOf {
			staff[f.Subject] = true
		}
	}
	for e, info := range r.a.ents {
		for _, w := range info.roles {
			if staffRoleWords[w] {
				staff[e] = true
			}
		}
	}
	return staff
}

// earlierMatch reports a sentence that tells of an earlier season, year
// or meeting: "last year's final", "two years ago", "in 2003", "his
// previous meeting with Agassi". A competition of national sides runs
// for weeks with no league between its rounds, so there "last week" or
// "last Saturday" tells of one of its own; a club's weekend is its
// league's.
func (r *relState) earlierMatch(i int, national bool) bool {
	a := r.a
	sp := a.sentTokens[i]
	for k := sp.Start; k < sp.End; k++ {
		w := a.tokens[k].Lower()
		if matchEarlierWords[w] || textseg.YearWord(w) {
			return true
		}
		if w != "last" {
			continue
		}
		next := ""
		if k+1 < sp.End {
			next = a.tokens[k+1].Lower()
		}
		if !matchStageNumbers[next] && !(national && recentDays[next]) {
			return true
		}
	}
	return false
}

// lastEditionStage reports sentence i telling of a stage of the last
// edition ("lost to Roger Federer in last year's final") and of no other
// earlier time. The gold graph gives a named competition no seasons, so
// the stage is one of the story's own competition (the sentence names no
// other: eachCompetitionWord's guard) and its sides took part in it.
func (r *relState) lastEditionStage(i int) bool {
	a := r.a
	sp := a.sentTokens[i]
	found := false
	for k := sp.Start; k < sp.End; k++ {
		w := a.tokens[k].Lower()
		if w != "last" {
			continue
		}
		j := k + 1
		if j >= sp.End || a.tokens[j].Lower() != "year" && a.tokens[j].Lower() != "year's" {
			return false
		}
		if j+1 < sp.End && a.tokens[j+1].Lower() == "'s" {
			j++
		}
		if j+1 >= sp.End || !stageWords[a.tokens[j+1].Lower()] {
			return false
		}
		found = true
	}
	if !found {
		return false
	}
	// Any other mark of an earlier time still makes the sentence earlier.
	for k := sp.Start; k < sp.End; k++ {
		if w := a.tokens[k].Lower(); matchEarlierWords[w] || textseg.YearWord(w) {
			return false
		}
	}
	return true
}

// competitorsAt maps each word of sentence i to the entity of the name
// (or resolved pronoun) mention covering it, or -1.
func (r *relState) competitorsAt(i, n int) []int {
	a := r.a
	sp := a.sentTokens[i]
	ents := make([]int, n)
	for k := range ents {
		ents[k] = -1
	}
	for _, m := range a.mentionsInSentence(i) {
		if m.entity < 0 || m.hidden || m.kind != MentionName && m.kind != MentionPronoun {
			continue
		}
		for k := m.t0; k < m.t1; k++ {
			if k-sp.Start >= 0 && k-sp.Start < n {
				ents[k-sp.Start] = m.entity
			}
		}
	}
	return ents
}

// otherSideKind reports a side of the other kind in the sentence: a club
// named in a report of a competition of national sides, or a national
// side in a club competition's.
func (r *relState) otherSideKind(ents []int, national bool) bool {
	for _, e := range ents {
		if e < 0 || r.typeOf(e) == Person || r.isEvent(e) {
			continue
		}
		if nat, ok := r.sideKind(e); ok && nat != national && r.typeOf(e) == Organization {
			return true
		}
	}
	return false
}

// competitorAt returns the entity named by the argument headed at word
// h: its own mention, or that of a name in apposition to a noun ("the
// fourth seed Vincent Spadea", "Former champion Fabrice Santoro").
func competitorAt(p *syntax.Sentence, ents []int, h int) int {
	if ents[h] >= 0 {
		return ents[h]
	}
	for k := range p.Words {
		if p.Head[k]-1 == h && (p.Deprel[k] == "appos" || p.Deprel[k] == "flat") && ents[k] >= 0 {
			return ents[k]
		}
	}
	return -1
}

// matchArguments returns the heads of the sides of the match verb at
// word v, conjuncts included: its subject and, by the verb's class, its
// object, its agent or the noun after "to" or "with".
func matchArguments(p *syntax.Sentence, v int) []int {
	w := strings.ToLower(p.Words[v])
	beat, lose, draw, win := matchBeatVerbs[w], matchLoseVerbs[w], matchDrawVerbs[w], matchWinVerbs[w]
	if !beat && !lose && !draw && !win {
		return nil
	}
	out := clauseSubjects(p, v)
	for k := range p.Words {
		if p.Head[k]-1 != v {
			continue
		}
		switch rel := p.Deprel[k]; {
		case beat && (rel == "obj" || rel == "obl:agent"):
			out = append(out, k)
		case beat && rel == "nsubj:pass":
			out = append(out, k)
		case (lose || draw || beat) && strings.HasPrefix(rel, "obl") && caseWord(p, k) == prepFor(lose, draw, beat):
			out = append(out, k)
		}
	}
	return withConjuncts(p, out)
}

// prepFor is the preposition that brings the other side of a verb class:
// "lost to", "drew with", "beaten by".
func prepFor(lose, draw, beat bool) string {
	switch {
	case lose:
		return "to"
	case draw:
		return "with"
	case beat:
		return "by"
	}
	return ""
}

// caseWord returns the preposition marking nominal k, lower-cased, or "".
func caseWord(p *syntax.Sentence, k int) string {
	if c := p.CaseOf(k); c >= 0 {
		return strings.ToLower(p.Words[c])
	}
	return ""
}

// withConjuncts returns each of heads followed by the words coordinated
// with it: every side of "beat Italy and France".
//
// The speaker of a main clause after a fronted adverbial clause is left
// out: the parser often hangs "Tom Hale" in "After Rovers lost to City,
// Tom Hale said ..." on "City" as a conjunct.
func withConjuncts(p *syntax.Sentence, heads []int) []int {
	var all []int
	for _, h := range heads {
		for _, k := range append([]int{h}, conjuncts(p, h)...) {
			if !frontedClauseSpeaker(p, k) {
				all = append(all, k)
			}
		}
	}
	return all
}

// adverbialClauseOpeners open a fronted adverbial clause: "After Rovers
// lost to City, ...", "Although Rovers drew with City, ...".
var adverbialClauseOpeners = lexicon.WordSet(`after when since although though
	while whilst once because before until as`)

// speakerVerbLemmas are verbs of saying, thinking and feeling whose
// subject tells of a result rather than taking part in it.
var speakerVerbLemmas = lexicon.WordSet(`say tell add admit insist claim
	concede confess explain stress warn argue believe think feel reckon hope
	fear know expect praise hail blame`)

// frontedClauseSpeaker reports whether word h is the subject of a verb of
// saying, thinking or feeling in the main clause after a fronted
// adverbial clause that holds its own subject ("After Rovers lost to
// City, Tom Hale said ..."): the speaker is a side of no result the
// clause tells, whatever the parser hangs him on. A fronted clause with
// no subject ("After beating City, Rovers said ...") is left alone: its
// subject is the main clause's.
func frontedClauseSpeaker(p *syntax.Sentence, h int) bool {
	if len(p.Words) == 0 || !adverbialClauseOpeners[strings.ToLower(p.Words[0])] {
		return false
	}
	comma := -1
	for k, w := range p.Words {
		if w == "," {
			comma = k
			break
		}
	}
	if comma < 0 || h <= comma {
		return false
	}
	subject := false
	for k := 1; k < comma; k++ {
		subject = subject || p.Deprel[k] == "nsubj" || p.Deprel[k] == "nsubj:pass"
	}
	if !subject {
		return false
	}
	for k := comma + 1; k < len(p.Words); k++ {
		if p.UPOS[k] == "VERB" {
			return h < k && speakerVerbLemmas[p.LowerLemma(k)]
		}
	}
	return false
}

// conjuncts returns the words coordinated with h, transitively.
func conjuncts(p *syntax.Sentence, h int) []int {
	var out []int
	for k := range p.Words {
		if p.Head[k]-1 == h && p.Deprel[k] == "conj" {
			out = append(out, k)
			out = append(out, conjuncts(p, k)...)
		}
	}
	return out
}

// clauseSubjects returns the active subject of the verb at v: its own,
// or, for a verb that shares it, the subject of the verb it hangs from
// ("grabbed the break and served out to win", "lined up a clash by
// beating X"), or the noun a relative clause modifies ("Ljubicic, who
// beat Henman").
func clauseSubjects(p *syntax.Sentence, v int) []int {
	for hops := 0; v >= 0 && hops < 4; hops++ {
		relative := false
		for k := range p.Words {
			if p.Head[k]-1 == v && p.Deprel[k] == "nsubj" {
				if tag := p.XPOS[k]; tag == "WP" || tag == "WDT" {
					relative = true // the relative pronoun: the modified noun below
					break
				}
				if frontedClauseSpeaker(p, k) {
					return nil // "When Rovers beat City, Hale admitted": the parser's misreading
				}
				return []int{k}
			}
			if p.Head[k]-1 == v && p.Deprel[k] == "nsubj:pass" {
				return nil // the passive's subject is the loser, read by the caller
			}
		}
		switch rel := p.Deprel[v]; {
		case rel == "acl:relcl" || relative && rel == "parataxis":
			// "Ljubicic, who beat Henman": the parser hangs a relative
			// clause after a comma as either.
			return []int{p.Head[v] - 1}
		case rel == "conj" || rel == "xcomp" || rel == "advcl":
			v = p.Head[v] - 1
		default:
			return nil
		}
	}
	return nil
}

// matchDone reports a match verb at word v that tells of a match played
// (verbDone).
func (r *relState) matchDone(p *syntax.Sentence, v int) bool {
	w := strings.ToLower(p.Words[v])
	if !matchBeatVerbs[w] && !matchLoseVerbs[w] && !matchDrawVerbs[w] && !matchWinVerbs[w] && !scorerVerbs[w] {
		return false
	}
	return verbDone(p, v)
}

// verbDone reports a verb at word v told as done: past, with no modal,
// negation or wish above it up to the root of its clause, and not an
// infinitive unless it completes a done verb ("went on to win").
func verbDone(p *syntax.Sentence, v int) bool {
	w := strings.ToLower(p.Words[v])
	switch tag := p.XPOS[v]; {
	case !strings.HasPrefix(tag, "VB"):
		return false // a noun: "the win"
	case (tag == "VBZ" || tag == "VBP") && !matchPastAlike[w]:
		return false // the present of a preview: "Italy beats"
	}
	for hops := 0; v >= 0 && hops < 6; hops++ {
		for k := range p.Words {
			if p.Head[k]-1 != v {
				continue
			}
			lw := strings.ToLower(p.Words[k])
			switch {
			case (p.Deprel[k] == "aux" || p.Deprel[k] == "advmod") && (matchModals[lw] || matchNegators[lw]):
				return false
			case p.Deprel[k] == "mark" && (lw == "if" || lw == "unless" || lw == "whether"):
				return false
			}
		}
		if hops > 0 && matchWantVerbs[strings.ToLower(p.Words[v])] {
			return false
		}
		if hops == 0 && p.XPOS[v] == "VB" && p.Deprel[v] != "xcomp" && p.Deprel[v] != "conj" {
			return false // "to beat them": the base form outside a done verb's complement
		}
		switch p.Deprel[v] {
		case "conj", "xcomp", "advcl", "acl:relcl", "ccomp", "acl":
			v = p.Head[v] - 1
		default:
			return true
		}
	}
	return true
}

// matchNounsPlural are plural results: "There were also wins for two
// other Russians".
var matchNounsPlural = lexicon.WordSet(`wins victories defeats`)

// resultSides are the prepositions that bring a side of a result noun:
// "victory over Italy", "defeat to France", "loss by", "draw with",
// "wins for Andreev".
var resultSides = lexicon.WordSet(`over against to by with for`)

// resultNounSides adds participatedIn for the sides of the result noun at
// word v ("their 18-17 defeat to France", "Wales' victory over England",
// "wins for Igor Andreev and Mikhail Youzhny"), when the clause above it
// tells of a result had, not one wanted ("need a win over Italy").
func (r *relState) resultNounSides(p *syntax.Sentence, v int, ents []int, ev int, team, national bool, staff map[int]bool, i int) {
	if !resultNounAt(p, v) || !r.nounResultHad(p, v) {
		return
	}
	var args []int
	for k := range p.Words {
		if p.Head[k]-1 != v {
			continue
		}
		switch rel := p.Deprel[k]; {
		case rel == "nmod:poss":
			args = append(args, k)
		case (strings.HasPrefix(rel, "nmod") || strings.HasPrefix(rel, "obl")) && resultSides[caseWord(p, k)]:
			args = append(args, k)
		}
	}
	for _, h := range args {
		for _, x := range append([]int{h}, conjuncts(p, h)...) {
			r.addCompetitor(competitorAt(p, ents, x), ev, team, national, staff, i, p.Starts[x])
		}
	}
}

// resultNounAt reports the result word at v used as a noun. The tagger
// reads a plural result after "were" or an adjective as a verb's present
// ("There were also wins for Andreev", "narrow wins over Scotland"), but
// the parse still hangs it as a nominal, or gives it a determiner, an
// adjective or a number: a verb does neither.
func resultNounAt(p *syntax.Sentence, v int) bool {
	if strings.HasPrefix(p.XPOS[v], "NN") {
		return true
	}
	if !matchNounsPlural[strings.ToLower(p.Words[v])] {
		return false
	}
	if nominalDeprels[p.Deprel[v]] {
		return true
	}
	for k := range p.Words {
		if p.Head[k]-1 == v && nounModifierDeprels[p.Deprel[k]] {
			return true
		}
	}
	return false
}

// nominalDeprels are the relations only a nominal bears to its head, and
// nounModifierDeprels those only a nominal takes.
var (
	nominalDeprels      = lexicon.WordSet(`nsubj nsubj:pass obj iobj obl nmod`)
	nounModifierDeprels = lexicon.WordSet(`det amod nummod`)
)

// nounResultHad reports a result noun whose governing verbs, up to the
// root, carry no modal, negation or wish: "suffered a defeat", "in their
// defeat to France", but not "need a win", "could face defeat".
func (r *relState) nounResultHad(p *syntax.Sentence, v int) bool {
	return clauseFree(p, v, func(k int, w string) bool {
		return matchModals[w] || matchNegators[w] || resultWanted[w] ||
			p.Deprel[k] == "mark" && (w == "if" || w == "unless" || w == "to")
	})
}

// scorerNouns are a team's scores: "tries from Thomas and Shanklin",
// "second-half efforts from Cockbain".
var scorerNouns = lexicon.WordSet(`try tries goal goals effort efforts
	penalty penalties conversion conversions strike strikes header`)

// scorerVerbs tell of a score or a shot made in a match: "Thomas scored a
// try", "Agyemang scored the first two goals", "Hodgson kicked three
// penalties", "Sheridan curled the ball round the wall". The subject
// played.
var scorerVerbs = lexicon.WordSet(`scored netted kicked slotted grabbed headed converted
	equalised equalized levelled curled volleyed rifled tapped drilled chipped
	blasted nodded slid crossed`)

// scorerNotParticles turn a scorer verb into a phrasal verb of no score:
// "Ferguson had tapped him up" (approached a player), "headed up the
// inquiry".
var scorerNotParticles = lexicon.WordSet(`up`)

// scorerPhrasal reports the scorer verb at v carrying a particle of
// scorerNotParticles.
func scorerPhrasal(p *syntax.Sentence, v int) bool {
	for k := range p.Words {
		if p.Head[k]-1 == v && p.Deprel[k] == "compound:prt" && scorerNotParticles[strings.ToLower(p.Words[k])] {
			return true
		}
	}
	return false
}

// clubLeague reports a competition named as a league ("Champions
// League").
func clubLeague(name string) bool {
	words := relFieldsLower(name)
	return len(words) > 0 && clubLeagueWords[words[len(words)-1]]
}

// scorerArguments returns the scorers of the score noun at word v: the
// nominals after "from" and the possessor ("Cueto's first-half effort",
// "Hodgson's penalty").
func scorerArguments(p *syntax.Sentence, v int) []int {
	if !scorerNouns[strings.ToLower(p.Words[v])] || !strings.HasPrefix(p.XPOS[v], "NN") {
		return nil
	}
	var out []int
	for k := range p.Words {
		if p.Head[k]-1 == v && (strings.HasPrefix(p.Deprel[k], "nmod") && caseWord(p, k) == "from" || p.Deprel[k] == "nmod:poss") {
			out = append(out, k)
			out = append(out, conjuncts(p, k)...)
		}
	}
	return out
}

// addCompetitor adds participatedIn of the story's competition ev for
// entity e named at byte off of sentence i: a person who leads nothing,
// or a side of the competition's kind.
func (r *relState) addCompetitor(e, ev int, team, national bool, staff map[int]bool, i, off int) {
	if e < 0 || staff[e] || e == ev || r.inQuotation(off) {
		return
	}
	if r.typeOf(e) != Person {
		if nat, ok := r.sideKind(e); !ok || !team || nat != national {
			return
		}
	}
	r.add(e, ParticipatedIn, ev, i, ruleCompetitionPlayer, 0.7)
}
