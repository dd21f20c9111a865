package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// A side credited in the clause with its player's score. Match reports
// tell who scored for whom without "for": the player puts his side ahead
// ("Bernard Ngom put Sable ahead", "Patrick Kluivert's close-range finish
// put Newcastle ahead", "Stan Varga headed Celtic into the lead") or the
// side scores through its player ("Santos equalised on the hour mark
// thanks to Thokozani Xaba", "Sable Batie took the lead in the 35th
// minute through Kemadjou"). Either way the player is the side's member.
// Only an own goal credits a side with an opponent's score, so a clause
// with "own" in it credits nobody; a name that is no subject of the put
// ("a deflection off Richard Dunne put United ahead") or that comes after
// "by" is no scorer. Whether the score was made or only nearly made
// ("Drogba almost headed Chelsea in front") does not matter: a player
// tries to score for his own side.
//
// A side's shot can also name its taker after "by" or "from", set off by
// a time phrase or not: "Panama's attempt in the 54th minute, by Michael
// Murillo, was saved" tells the attempt was Panama's and Murillo's. Only
// the shot's own trailing phrase may stand between: a verb ("Panama's
// attempt was saved by the keeper") or another name ("Panama's goal
// against Belgium by ...") ends the reading, and an own goal is its
// scorer's opponent's.

// Rule names of scorerCredits.
const (
	rulePutAhead     = "memberOf/put-side-ahead"      // "Bernard Ngom put Sable ahead"
	ruleScoreThrough = "memberOf/side-scored-through" // "Santos equalised thanks to Thokozani Xaba"
	ruleSideShotBy   = "memberOf/side-shot-by"        // "Panama's attempt, by Michael Murillo"
)

// putAheadVerbs take the side as object before a lead phrase ("put Sable
// ahead", "headed Celtic into the lead"); giveLeadVerbs take it before
// "the lead" ("Neil Mellor gave Liverpool the lead").
var (
	putAheadVerbs = lexicon.WordSet(`put puts putting headed heads heading
		fired fires firing volleyed volleys drilled drills shot shoots steered
		steers slotted slots nudged nudges poked pokes curled curls lifted
		lifts edged edges sent sends kicked kicks`)
	giveLeadVerbs = lexicon.WordSet(`gave give gives giving handed hands`)
)

// creditAdverbs may stand between the scorer and his verb: "Yachvili then
// put France ahead", "Drogba almost headed Chelsea in front".
var creditAdverbs = lexicon.WordSet(`then finally eventually almost nearly
	soon later quickly again also had has`)

// shotNouns are the scores and shots a possessive scorer owns: "Kluivert's
// close-range finish", "Henry's quickly-taken free-kick".
var shotNouns = lexicon.WordSet(`finish strike header goal shot volley
	effort free-kick penalty try drop-goal conversion kick lob chip
	tap-in drive curler spot-kick attempt`)

// scorerOpeners may stand just before a scorer who opens his clause:
// "after Steven Gerrard put Liverpool ahead", "before Charlie Hodgson put
// England in front".
var scorerOpeners = lexicon.WordSet(`, ; and but before after when as until
	while with then once`)

// throughWords bring the scorer after a side's score: "through Kemadjou",
// "via Farina Elia"; "thanks to" and "courtesy of" are read as pairs.
var throughWords = lexicon.WordSet(`through via`)

// shotTakerWords bring a shot's taker after the side's shot: "Panama's
// attempt, by Michael Murillo", "Chelsea's second goal, from Didier
// Drogba".
var shotTakerWords = lexicon.WordSet(`by from`)

// shotTailMax bounds the trailing phrase between a side's shot and the
// "by" naming its taker ("in the 54th minute ,").
const shotTailMax = 8

// sideScoreVerbs tell of a side's score whose scorer "through" names:
// "equalised", "took the lead", "went ahead", "pulled one back".
var sideScoreVerbs = lexicon.WordSet(`equalised equalized equalise equalize
	equalising equalizing levelled leveled replied responded scored struck
	doubled extended opened reduced pulled hit went took grabbed snatched
	netted added led`)

// sideObjectWords before a side make it no subject of the verb after it.
var sideObjectWords = lexicon.WordSet(`for against to with by over from of`)

// clauseBreaks end the clause a side's score is read in.
var clauseBreaks = lexicon.WordSet(`, ; : but while although though " “ ”`)

// scorerCredits adds memberOf for the scorers sentences credit to a side
// in the clause (the package comment above).
func (r *relState) scorerCredits(lx *lineupIndex) {
	a := r.a
	for si, st := range a.sentTokens {
		for k := st.Start; k < st.End; k++ {
			w := a.tokens[k].Lower()
			switch {
			case putAheadVerbs[w] || giveLeadVerbs[w]:
				side := r.sideBeforeLead(lx, k, st.End, giveLeadVerbs[w])
				if side < 0 {
					continue
				}
				if p := a.scorerBefore(k, st.Start); p >= 0 {
					r.add(p, MemberOf, side, si, rulePutAhead, 0.65)
				}
			case throughWords[w] || w == "thanks" && k+1 < st.End && a.tokens[k+1].Lower() == "to" || w == "courtesy" && k+1 < st.End && a.tokens[k+1].Lower() == "of":
				n := k + 1
				if !throughWords[w] {
					n++
				}
				p := a.scorerAfter(n, st.End)
				if p < 0 {
					continue
				}
				if side := r.sideScoringBefore(lx, k, st.Start); side >= 0 {
					r.add(p, MemberOf, side, si, ruleScoreThrough, 0.65)
				}
			case shotTakerWords[w]:
				p := a.scorerAfter(k+1, st.End)
				if p < 0 {
					continue
				}
				a.tagSentence(si)
				if side := r.sideShotBefore(lx, k, st.Start); side >= 0 {
					r.add(p, MemberOf, side, si, ruleSideShotBy, 0.65)
				}
			}
		}
	}
}

// sideBeforeLead returns the side a verb at token k puts in the lead:
// the team named straight after it ("put Sable ahead", "gave Liverpool
// the lead"), made the team when it is a place; else -1.
func (r *relState) sideBeforeLead(lx *lineupIndex, k, hi int, give bool) int {
	a := r.a
	t := k + 1
	if t < hi && a.tokens[t].Lower() == "the" {
		t++
	}
	mi := a.sideMentionStartingAt(t, hi)
	if mi < 0 {
		return -1
	}
	m := a.ments[mi]
	if !lx.sideTyped(m.entity) {
		return -1
	}
	if !a.leadPhraseAt(m.t1, hi, give) {
		return -1
	}
	return lx.sideOf(m.entity, r)
}

// leadPhraseAt reports a lead phrase at token t: "ahead", "in front",
// "level", "into the lead", "back in front", "2-0 up"; after a giving
// verb "the lead", "a 2-0 lead", "an early lead".
func (a *analysis) leadPhraseAt(t, hi int, give bool) bool {
	word := func(i int) string {
		if i < hi {
			return a.tokens[i].Lower()
		}
		return ""
	}
	if give {
		switch word(t) {
		case "the":
			return word(t+1) == "lead" || word(t+1) == "advantage"
		case "a", "an":
			for i := t + 1; i < hi && i <= t+3; i++ {
				if word(i) == "lead" {
					return true
				}
			}
		}
		return false
	}
	if word(t) == "back" {
		t++
	}
	switch word(t) {
	case "ahead", "level":
		return true
	case "in":
		return word(t+1) == "front"
	case "into":
		return word(t+1) == "the" && word(t+2) == "lead"
	case "on":
		return word(t+1) == "level" && word(t+2) == "terms"
	}
	if s0, s1 := a.scoreAt(t, min(hi, t+3)); s0 == t {
		return word(s1) == "up" || word(s1) == "ahead" || word(s1) == "in" && word(s1+1) == "front"
	}
	return false
}

// scorerBefore returns the person who is the subject of the verb at
// token k: the name just before it ("Bernard Ngom put"), past an adverb
// ("Yachvili then put"), or the owner of the shot before it ("Kluivert's
// close-range finish put") opening the clause; else -1.
func (a *analysis) scorerBefore(k, lo int) int {
	j := k - 1
	for j >= lo && creditAdverbs[a.tokens[j].Lower()] {
		j--
	}
	if j >= lo && shotNouns[a.tokens[j].Lower()] {
		// "Henry's quickly-taken free-kick": back over at most three
		// modifiers to the possessive.
		b := j - 1
		for b >= lo && b >= j-4 && a.tokens[b].Text != "'s" && a.tokens[b].Text != "’s" {
			if w := a.tokens[b].Lower(); w == "own" || isCapWord(a.tokens[b]) || clauseBreaks[w] {
				return -1
			}
			b--
		}
		if b < lo || a.tokens[b].Text != "'s" && a.tokens[b].Text != "’s" {
			return -1
		}
		j = b - 1
	}
	mi := a.mentionEndingAt(j, lo)
	if mi < 0 {
		return -1
	}
	m := a.ments[mi]
	if a.doc.Entities[m.entity].Type != Person || !a.scorerOpensClause(m.t0, lo) {
		return -1
	}
	return m.entity
}

// scorerOpensClause reports a scorer's name at token t that opens its
// clause: at the sentence's start, after a clause opener or a player's
// role ("Substitute Neil Mellor", "striker Henry").
func (a *analysis) scorerOpensClause(t, lo int) bool {
	if t == lo {
		return true
	}
	w := a.tokens[t-1].Lower()
	if scorerOpeners[w] {
		return true
	}
	if playerRoleWords[w] || squadPositions[w] || w == "replacement" {
		return t-1 == lo || scorerOpeners[a.tokens[t-2].Lower()] || a.tokens[t-2].Lower() == "the"
	}
	return false
}

// scorerAfter returns the person named at token n after "through" or
// "thanks to": the name itself ("through Kemadjou") or a shot's owner
// ("through a Thierry Henry free-kick", "thanks to a goal from Xaba");
// -1 for an own goal or anything else.
func (a *analysis) scorerAfter(n, hi int) int {
	if n >= hi {
		return -1
	}
	if w := a.tokens[n].Lower(); w == "a" || w == "an" {
		n++
		for i := n; i < hi && i < n+4; i++ {
			w := a.tokens[i].Lower()
			if w == "own" {
				return -1
			}
			if shotNouns[w] && i+1 < hi && (a.tokens[i+1].Lower() == "from" || a.tokens[i+1].Lower() == "by") {
				n = i + 2 // "a late goal from Xaba"
				break
			}
			if mi := a.mentionStartingAt(i, hi); mi >= 0 {
				m := a.ments[mi]
				if m.t1 < hi && shotNouns[a.tokens[m.t1].Lower()] {
					n = i // "a Thierry Henry free-kick"
				}
				break
			}
		}
	}
	mi := a.mentionStartingAt(n, hi)
	if mi < 0 {
		return -1
	}
	m := a.ments[mi]
	if a.doc.Entities[m.entity].Type != Person || m.t1 < hi && (a.tokens[m.t1].Text == "'s" || a.tokens[m.t1].Text == "’s") {
		return -1 // "through Henry's own goal" is read nowhere
	}
	return m.entity
}

// sideScoringBefore returns the side that opens the clause before the
// "through" at token k and scores in it: "Santos equalised on the hour
// mark thanks to", "Sable Batie took the lead in the 35th minute
// through"; else -1.
func (r *relState) sideScoringBefore(lx *lineupIndex, k, lo int) int {
	a := r.a
	for v := k - 1; v >= lo; v-- {
		w := a.tokens[v].Lower()
		if clauseBreaks[w] || w == "own" {
			return -1
		}
		if !sideScoreVerbs[w] {
			continue
		}
		j := v - 1
		for j >= lo && creditAdverbs[a.tokens[j].Lower()] {
			j--
		}
		mi := a.sideMentionEndingAt(j, lo)
		if mi < 0 {
			return -1
		}
		m := a.ments[mi]
		if !lx.sideTyped(m.entity) {
			return -1
		}
		if m.t0 > lo && sideObjectWords[a.tokens[m.t0-1].Lower()] {
			return -1 // "a win over Santos equalised": no subject
		}
		for i := v + 1; i < k; i++ {
			if a.tokens[i].Lower() == "own" {
				return -1
			}
		}
		return lx.sideOf(m.entity, r)
	}
	return -1
}

// sideShotBefore returns the side whose shot the "by" or "from" at token
// k names the taker of: "Panama's attempt in the 54th minute, by",
// "Chelsea's second goal from"; else -1. The words back to the shot must
// be its trailing phrase (lower-case, no verb, no "own"), and at most
// three modifiers may stand between the possessive and the shot.
func (r *relState) sideShotBefore(lx *lineupIndex, k, lo int) int {
	a := r.a
	for j := k - 1; j >= lo && j >= k-shotTailMax; j-- {
		t := a.tokens[j]
		w := t.Lower()
		if w == "own" || strings.HasPrefix(t.Tag, "VB") || isCapWord(t) || w != "," && clauseBreaks[w] {
			return -1
		}
		if !shotNouns[w] {
			continue
		}
		b := j - 1
		for b >= lo && b >= j-3 && !isPossessive(a.tokens[b].Text) {
			if m := a.tokens[b]; m.Lower() == "own" || isCapWord(m) || strings.HasPrefix(m.Tag, "VB") || sideObjectWords[m.Lower()] || clauseBreaks[m.Lower()] {
				return -1
			}
			b--
		}
		if b < lo || !isPossessive(a.tokens[b].Text) {
			return -1
		}
		mi := a.mentionEndingAt(b-1, lo)
		if mi < 0 || !lx.sideTyped(a.ments[mi].entity) {
			return -1
		}
		return lx.sideOf(a.ments[mi].entity, r)
	}
	return -1
}
