package extract

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// The facts of a match described by its result (findResultMatches,
// entities_matches_described.go). Both sides took part: the side after
// the preposition ("defeat to Wales") and the owner of the result, told
// by a possessive ("England's 18-17 defeat", "their 3-1 defeat"), by the
// receiver ("to give Liverpool a 3-1 win") or by the subject of the verb
// it hangs from ("Scotland ground out an 18-10 win over Italy"), when it
// is a side of the same kind (two teams or two players). The ground is
// told by the text only: "at home to" and "a home win" make the owner the
// host, "a win at Albacete" and "an away win" the other side, "in
// Dublin" the place. A player the sentence places in the match ("X
// scored in the 2-1 win", "X was a replacement in last Saturday's
// defeat", "X fractured his thumb in the 24-18 win") took part in it; a
// coach or a manager (nonPlayers) did not, nor one who "missed" it.
//
// A result wished, denied or conditional ("need a 2-0 win over Italy")
// and one inside quotation marks give no fact, and so leave the
// description to be dropped.

// Rule names of resultMatchFacts.
const (
	ruleResultMatchSide   = "participatedIn/result-match-side"   // "their 18-17 defeat to France"
	ruleResultMatchGround = "hosted/result-match-ground"         // "a 2-0 defeat at home to Atletico Madrid"
	ruleResultMatchPlayer = "participatedIn/result-match-player" // "Harinordoquy was a replacement in the 24-18 defeat"
)

// resultMatchPlayVerbs tell that their subject played in the match the
// result noun after "in" or "during" names: "scored in", "starred in",
// "was injured in", "picked up the injury in".
var resultMatchPlayVerbs = lexicon.WordSet(`scored netted kicked starred played
	featured appeared started injured hurt fractured broke damaged twisted
	sprained picked suffered limped landed converted struck missed
	sent booked dismissed`)

// resultMatchPlayNouns are the parts a player had in the match, told
// with a copula: "was a second-half replacement in", "was the hero of".
var resultMatchPlayNouns = lexicon.WordSet(`replacement substitute starter
	scorer hero captain debutant`)

// resultMatchFacts makes an Event of every match described by its
// result whose other side is found, and adds the facts of its sides, its
// ground and its players. One match told twice with the same score and
// other side ("England's 18-17 defeat to France", "their 18-17 defeat to
// France") is one event.
func (r *relState) resultMatchFacts() {
	a := r.a
	if !a.sportsStory() {
		return
	}
	lead := r.leadMatchSentence()
	nameStart, nameEnd := a.visibleNames()
	staff := r.nonPlayers()
	lx := newLineupIndex(a)
	made := map[string]int{} // score and other side -> the event
	var tags []string
	for i := range a.sentTokens {
		if i == lead || i >= len(a.doc.Sentences) || !a.sentenceHasWord(i, resultMatchNouns) {
			continue // the lead's match is the headline's (leadMatch)
		}
		tags = a.peekTags(i, tags[:0])
		sp := a.sentTokens[i]
		for h := sp.Start; h < sp.End; h++ {
			if !resultMatchNouns[a.tokens[h].Text] || a.nameMentionOver(h) || r.insideQuoteMarks(h) {
				continue
			}
			m, ok := a.resultMatchAt(i, h, tags, nameStart, nameEnd)
			if !ok {
				continue
			}
			r.resultMatch(m, lx, made, staff)
		}
	}
	r.namedMatchFacts(lx, made, staff) // relations_matches_named.go
	lx.commit()
}

// matchOwner is the side whose match description m is ("their 3-1
// win", "Chelsea's Cup tie"): the result's owner, else the possessor
// of the host word; none when it is the other side itself or a side of
// another kind (a club against a country).
func (r *relState) matchOwner(m resultMatch, p *syntax.Sentence, v int, ents []int, opp int) int {
	a := r.a
	own := r.resultOwner(m, p, v, ents)
	if own < 0 {
		own = r.hostPossessor(a.hostWord(m, p, v), p, ents)
	}
	if own >= 0 && (own == opp || !r.sameSideKind(own, opp)) {
		return -1
	}
	return own
}

// matchEvent returns the Event a described match stands for, made once
// per key (the same match told twice is one event) with every form of
// its description among the aliases.
func (a *analysis) matchEvent(lx *lineupIndex, made map[string]int, key string, names []string, head int) int {
	ev, seen := made[key]
	if !seen {
		ev = lx.create(names[0], Event, head, head+1)
		made[key] = ev
	}
	ent := &a.doc.Entities[ev]
	for _, n := range names {
		if n != ent.Name && !textseg.Contains(ent.Aliases, n) {
			ent.Aliases = append(ent.Aliases, n)
		}
	}
	return ev
}

// resultMatch adds the event of description m and its facts, when the
// result is told as had and its other side is found.
func (r *relState) resultMatch(m resultMatch, lx *lineupIndex, made map[string]int, staff map[int]bool) {
	a := r.a
	i := m.sent
	p := a.parsed(i)
	if p == nil {
		return
	}
	v := wordAt(p, a.tokens[m.head].Start)
	if v < 0 || !strings.HasPrefix(p.XPOS[v], "NN") || !r.nounResultHad(p, v) && !r.absentFromResult(p, v) {
		return
	}
	ents := r.competitorsAt(i, len(p.Words))
	opp := a.entityAt(m.opp0, m.opp1)
	if opp < 0 || r.isEvent(opp) {
		return
	}
	own := r.matchOwner(m, p, v, ents, opp)
	names := m.names(a)
	key := a.tokens[m.score0].Text + "|" + strconv.Itoa(opp)
	ev := a.matchEvent(lx, made, key, names, m.head)
	r.add(opp, ParticipatedIn, ev, i, ruleResultMatchSide, 0.65)
	r.add(own, ParticipatedIn, ev, i, ruleResultMatchSide, 0.65)
	switch {
	case m.homeOwner && own >= 0:
		r.add(own, Hosted, ev, i, ruleResultMatchGround, 0.6)
	case m.prep == "at" || m.awayOwner:
		r.add(opp, Hosted, ev, i, ruleResultMatchGround, 0.6)
	}
	if m.place >= 0 {
		if pl := a.entityAt(m.place, m.placeEnd); pl >= 0 {
			r.add(pl, Hosted, ev, i, ruleResultMatchGround, 0.6)
		}
	}
	if r.typeOf(opp) == Person {
		return // a tennis match: its players are its sides
	}
	for _, k := range resultMatchPlayers(p, a.hostWord(m, p, v)) {
		e := competitorAt(p, ents, k)
		if e >= 0 && !staff[e] && r.typeOf(e) == Person && !r.inQuotation(p.Starts[k]) {
			r.add(e, ParticipatedIn, ev, i, ruleResultMatchPlayer, 0.6)
		}
	}
	r.resultMatchNextPlayers(ev, own, opp, i, staff) // relations_matches_described_play.go
}

// leadMatchSentence returns the sentence whose result leadMatch made the
// headline's match (1), or -1.
func (r *relState) leadMatchSentence() int {
	for _, f := range r.a.doc.Facts {
		if f.Rule == ruleLeadMatch {
			return 1
		}
	}
	if r.a.headlineScoreSides() != nil {
		return 1 // "Hearts of Oak 3-2 Cotonsport" over "a 3-2 win over Cotonsport Garoua"
	}
	return -1
}

// wordAt returns the parse word starting at byte off, or -1.
func wordAt(p *syntax.Sentence, off int) int {
	for v := range p.Words {
		if v < len(p.Starts) && p.Starts[v] == off {
			return v
		}
	}
	return -1
}

// entityAt returns the entity of the visible name mention over tokens
// [t0, t1), or -1.
func (a *analysis) entityAt(t0, t1 int) int {
	for i := range a.ments {
		if m := &a.ments[i]; m.t0 == t0 && m.t1 == t1 && m.entity >= 0 && !m.hidden && m.kind == MentionName {
			return m.entity
		}
	}
	return -1
}

// resultOwner returns the side whose result the noun at word v tells:
// its possessor, else the receiver or the subject of the verb it hangs
// from.
func (r *relState) resultOwner(m resultMatch, p *syntax.Sentence, v int, ents []int) int {
	a := r.a
	if m.sideWord >= 0 {
		if k := wordAt(p, a.tokens[m.sideWord].Start); k >= 0 {
			return r.sideAt(p, ents, k) // "his side's 3-2 victory"
		}
		return -1
	}
	if m.owner >= 0 {
		for _, mm := range a.mentionsInSentence(m.sent) {
			if mm.t0 == m.owner && mm.entity >= 0 && !mm.hidden && (mm.kind == MentionName || mm.kind == MentionPronoun) {
				return mm.entity
			}
		}
		// "England, who ..., wasted a lead in their 18-17 defeat": a
		// pronoun left unresolved; the verb's subject may tell.
	}
	verb := governingVerb(p, v)
	if verb < 0 {
		return -1
	}
	for k := range p.Words {
		if p.Head[k]-1 == verb && p.Deprel[k] == "iobj" {
			return r.sideAt(p, ents, k) // "to give Liverpool a 3-1 win"
		}
	}
	for _, k := range clauseSubjects(p, verb) {
		return r.sideAt(p, ents, k)
	}
	for k := range p.Words {
		if p.Head[k]-1 == verb && p.Deprel[k] == "nsubj:pass" {
			return r.sideAt(p, ents, k) // "his side were denied two tries in Sunday's loss"
		}
	}
	return -1
}

// coachSideNouns stand for the team of the coach or manager their possessor
// names: "his side", "his team", "his players".
var coachSideNouns = lexicon.WordSet(`side team squad players men`)

// sideAt returns the side named at word k: its own entity, or the team
// whose coach owns it ("his side" of "England coach Andy Robinson").
func (r *relState) sideAt(p *syntax.Sentence, ents []int, k int) int {
	if e := competitorAt(p, ents, k); e >= 0 {
		return e
	}
	if !coachSideNouns[strings.ToLower(p.Words[k])] {
		return -1
	}
	for c := range p.Words {
		if p.Head[c]-1 != k || p.Deprel[c] != "nmod:poss" {
			continue
		}
		if ents[c] < 0 {
			return r.pronounSide(p, ents, k, strings.ToLower(p.Words[c]))
		}
		switch r.typeOf(ents[c]) {
		case Person:
			return r.teamLedBy(ents[c])
		case Organization, Country:
			return ents[c] // "their side's 3-0 win": the team itself
		}
	}
	return -1
}

// pronounSide returns the side of "his side", "their team" at word k
// when coreference left the pronoun unresolved: the subject of the verb
// the noun hangs from, a person for "his"/"her" (his team) and a team for
// "their" ("Harbour Rovers striker Jon Reid hailed his side's win").
func (r *relState) pronounSide(p *syntax.Sentence, ents []int, k int, pron string) int {
	v := p.Head[k] - 1
	if v >= 0 && p.Deprel[k] == "nmod:poss" && strings.HasPrefix(p.XPOS[v], "NN") {
		v = governingVerb(p, v) // "hailed his side's victory": the verb over the result
	}
	if v < 0 || !strings.HasPrefix(p.XPOS[v], "VB") {
		return -1
	}
	for s := range p.Words {
		if p.Head[s]-1 != v || p.Deprel[s] != "nsubj" {
			continue // every subject: the parser may take a name before the title for one
		}
		for _, w := range subjectWords(p, s) {
			e := ents[w]
			if e < 0 {
				continue
			}
			switch t := r.typeOf(e); {
			case (pron == "his" || pron == "her") && t == Person:
				return r.teamLedBy(e)
			case pron == "their" && (t == Organization || t == Country) && w == s:
				return e
			}
		}
	}
	return -1
}

// subjectWords returns subject head s and the words naming it beside it
// ("Ireland fly-half Ronan O'Gara": the parser may head it on "Ireland").
func subjectWords(p *syntax.Sentence, s int) []int {
	out := []int{s}
	for k := range p.Words {
		switch p.Deprel[k] {
		case "appos", "flat", "compound", "list":
			if p.Head[k]-1 == s {
				out = append(out, k)
			}
		}
	}
	return out
}

// teamLedBy returns the one team (an organisation or a country's side)
// that person e leads, or else the one team e plays for ("Ireland
// fly-half Ronan O'Gara hailed his side's 19-13 victory"), or -1.
func (r *relState) teamLedBy(e int) int {
	if t := r.oneTeamOf(e, LeaderOf); t >= 0 {
		return t
	}
	return r.oneTeamOf(e, MemberOf)
}

// oneTeamOf returns the one team person e stands to by predicate pred,
// or -1 when there is none or more than one.
func (r *relState) oneTeamOf(e int, pred string) int {
	team := -1
	for _, f := range r.a.doc.Facts {
		if f.Subject != e || f.Predicate != pred {
			continue
		}
		if t := r.typeOf(f.Object); t != Organization && t != Country {
			continue
		}
		if team >= 0 && team != f.Object {
			return -1
		}
		team = f.Object
	}
	return team
}

// governingVerb returns the verb the nominal at word v hangs from,
// through at most two nominals ("secured their place with a 2-0 win"),
// or -1.
func governingVerb(p *syntax.Sentence, v int) int {
	for hops := 0; v >= 0 && hops < 3; hops++ {
		rel := p.Deprel[v]
		if rel != "obj" && rel != "iobj" && !strings.HasPrefix(rel, "obl") && !strings.HasPrefix(rel, "nmod") {
			return -1
		}
		v = p.Head[v] - 1
		if v >= 0 && strings.HasPrefix(p.XPOS[v], "VB") {
			return v
		}
	}
	return -1
}

// hostWord returns the parse word the description hangs from after
// "in" or "during" ("was a replacement in last Saturday's 24-18 defeat",
// "scored in the 2-1 win"), found from the preposition before the
// description, since the parser may hang it on a date inside ("in last
// Saturday's"); or -1.
func (a *analysis) hostWord(m resultMatch, p *syntax.Sentence, v int) int {
	k := m.name0 - 1
	lo := a.sentTokens[m.sent].Start
	if k > lo && leadArticles[a.tokens[k].Lower()] {
		k--
	}
	if k < lo || a.tokens[k].Lower() != "in" && a.tokens[k].Lower() != "during" {
		return -1
	}
	in := wordAt(p, a.tokens[k].Start)
	if in < 0 {
		return -1
	}
	inside := func(x int) bool {
		return x >= 0 && p.Starts[x] >= a.tokens[m.name0].Start && p.Starts[x] < a.tokens[m.end-1].End
	}
	x := p.Head[in] - 1
	for hops := 0; inside(x) && hops < 4; hops++ {
		x = p.Head[x] - 1
	}
	if x < 0 || inside(x) {
		return -1
	}
	return x
}

// hostPossessor returns the side that owns the nominal the description
// hangs from: "their display in the 3-1 defeat".
func (r *relState) hostPossessor(h int, p *syntax.Sentence, ents []int) int {
	if h < 0 || !strings.HasPrefix(p.XPOS[h], "NN") {
		return -1
	}
	for k := range p.Words {
		if p.Head[k]-1 == h && p.Deprel[k] == "nmod:poss" {
			return r.sideAt(p, ents, k)
		}
	}
	return -1
}

// insideQuoteMarks reports token t standing inside a quotation: after
// a quotation mark its sentence opens and does not close before it (a
// speaker's "our 2-1 win", or a quotation going on from the sentence
// before), or in a sentence with no quotation marks that a quotation
// found spans. Quotation marks around a word or two before it ('he was
// "livid" after') are closed again, though the quotation finder may take
// the sentence for a speaker's.
func (r *relState) insideQuoteMarks(t int) bool {
	a := r.a
	sp := a.sentTokens[a.sentenceOfToken(t)]
	open, marks, straight := false, 0, 0
	for k := sp.Start; k < sp.End; k++ {
		w := a.tokens[k].Text
		if w != "\"" && w != "“" && w != "”" {
			continue
		}
		marks++
		if w == "\"" {
			straight++
		}
		if k < t {
			open = w == "“" || w == "\"" && !open
		}
	}
	switch {
	case open:
		return true
	case marks == 0 || straight%2 == 1:
		// No marks, or an odd one that may close a quotation opened in
		// the sentence before: the quotations found tell.
		return r.inQuotation(a.tokens[t].Start)
	}
	return false
}

// resultMatchPlayers returns the heads of the players the sentence places
// in the match: the subject of a play verb, of a part in the match told
// with a copula, or the owner of a score, that word h (hostWord) holds
// the description for.
func resultMatchPlayers(p *syntax.Sentence, h int) []int {
	if h < 0 {
		return nil
	}
	if hs := injuryHolders(p, h); hs != nil {
		return hs // "a problem sustained during the match" (relations_matches_injuries.go)
	}
	w := strings.ToLower(p.Words[h])
	if strings.HasPrefix(p.XPOS[h], "NN") && !resultMatchPlayNouns[w] && !matchScoreNouns[w] && p.Deprel[h] == "obj" {
		h = p.Head[h] - 1 // "picked up the injury in the 19-13 defeat"
		if h < 0 {
			return nil
		}
		w = strings.ToLower(p.Words[h])
	}
	switch {
	case strings.HasPrefix(p.XPOS[h], "VB") && resultMatchPlayVerbs[w] && verbDone(p, h):
		return withConjuncts(p, clauseSubjects(p, h))
	case strings.HasPrefix(p.XPOS[h], "NN") && matchScoreNouns[w] && clauseFree(p, h, resultDenied):
		for k := range p.Words {
			if p.Head[k]-1 == h && p.Deprel[k] == "nmod:poss" {
				return withConjuncts(p, []int{k}) // "Barkley's three missed penalties in the defeat"
			}
		}
	case strings.HasPrefix(p.XPOS[h], "NN") && resultMatchPlayNouns[w] && clauseFree(p, h, resultDenied):
		for k := range p.Words {
			if p.Head[k]-1 == h && p.Deprel[k] == "nsubj" {
				return withConjuncts(p, []int{k})
			}
		}
	}
	return nil
}
