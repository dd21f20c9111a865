package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Squad roles: a team's name before a player's position and name, "Bath
// prop Matt Stevens", "England centre Mike Tindall", read where the
// per-sentence orgSquad rule (relations_rules.go) does not: a side named
// after a country or a city, which the entity stage kept a place, a side
// the entity stage did not name at all ("Sale Sharks prop X"), and a
// sentence about a transfer that has not happened ("is set to join
// Preston on loan", "the race to sign Real Madrid striker X"). A transfer
// that has happened ("Bolton have signed Roma defender X") says the
// player left the club named before his position. Tests:
// titles_squads_test.go.

// Rule names shown by --explain.
const (
	ruleSquadRole     = "memberOf/team-role-name" // "England prop Julian White"
	ruleSoldRole      = "left/signed-team-role"   // "Norwich have signed Charlton midfielder X"
	ruleManagerSigned = "joined/manager-signed"   // "Bolton boss Sam Allardyce has signed Roma defender X"
	// The same player is a member of the club, unless he has since left
	// (GOLD.md).
	ruleManagerSignedMember = "memberOf/manager-signed"
)

// squadPositions are the playing positions (and the captaincy) that make
// the side named before them the player's team. "Star", "veteran" and
// "international" are left out: after a country they are as often a
// nationality ("Australian star") as a cap.
var squadPositions = lexicon.RoleClass("squad-position")

// doneTransfers are the forms of a finished move between clubs ("has
// signed", "joined", "completes"): the club named before the player's
// position is then the one he left.
var doneTransfers = lexicon.WordSet(`signed signs joined joins moved transferred
	completes completed bought sold swapped`)

// contestNouns after "joined the" make the verb a bid, not a move: "have
// joined the race to sign Real Madrid striker X".
var contestNouns = lexicon.WordSet(`race hunt chase queue battle scramble`)

// transferHedges before a transfer verb keep the move to come: "is set
// to join", "could be joined", "would sign".
var transferHedges = lexicon.WordSet(`to will would could may might should set
	poised be being`)

// squadRoles adds memberOf for "TEAM [modifiers] POSITION NAME" in a
// team-sport story (a country or city before the position is the side
// named after it, an Organization), and left for the club so named in a
// sentence telling of a finished transfer of that player. "Former" and
// "ex" before the team (or the team names coordinated with it) make the
// membership over and give nothing.
func (r *relState) squadRoles(lx *lineupIndex) {
	a := r.a
	if !a.teamSportStory() {
		return
	}
	for mi := range a.ments {
		m := a.ments[mi]
		if m.kind != MentionName || m.entity < 0 || m.hidden || lx.typeOf(m.entity) != Person {
			continue
		}
		lo, hi := a.sentTokens[m.sent].Start, a.sentTokens[m.sent].End
		k := a.squadPositionBefore(m.t0-1, lo)
		if k < 0 {
			continue
		}
		t0, side := -1, -1
		if p := a.mentionEndingAt(k, lo); p >= 0 {
			if lx.sideTyped(a.ments[p].entity) {
				t0, side = a.ments[p].t0, a.ments[p].entity
			}
		} else if b, ok := a.teamRun(k+1, lo); ok {
			t0 = b // resolved below, once the facts are sure
		}
		if t0 < 0 || a.formerTeamBefore(t0, lo) || side >= 0 && r.seen[relFactKey{m.entity, LeaderOf, side}] {
			continue // "England captain" read as the side's head elsewhere
		}
		team := func() int {
			if side >= 0 {
				return lx.sideOf(side, r)
			}
			return r.teamRunEntity(lx, t0, k+1)
		}
		if v := a.doneTransferIn(lo, hi); v >= 0 && !a.wordIn("loan", lo, hi) {
			// A loan keeps the lending club ("have brought in Newcastle
			// prop Ed Kalman on loan"): he is still its member.
			if v < t0 && v >= t0-3 || v >= m.t1 {
				// "have signed Charlton midfielder X", "Roma defender X
				// has joined Bolton": he left the club before his post.
				if o := team(); o >= 0 {
					r.add(m.entity, Left, o, m.sent, ruleSoldRole, 0.6)
				}
			}
			if v < t0 && v >= t0-3 {
				if club := a.signingManagersClub(v, lo, r); club >= 0 {
					// "Bolton boss Sam Allardyce has signed Roma
					// defender X": he joined the club its manager runs.
					r.add(m.entity, Joined, club, m.sent, ruleManagerSigned, 0.6)
					r.add(m.entity, MemberOf, club, m.sent, ruleManagerSignedMember, 0.6)
				}
			}
			continue
		}
		if o := team(); o >= 0 {
			r.add(m.entity, MemberOf, o, m.sent, ruleSquadRole, 0.6)
		}
	}
}

// teamRun returns the start of a run of one to four capitalised words
// ending right before token b that no mention covers: a side the entity
// stage missed ("inexperienced Sale Sharks prop Andrew Sheridan", "Queens
// Park Rangers keeper Chris Day"). A word that opens any sentence
// ("With", "But") is no part of it unless the text capitalises it
// elsewhere ("All Blacks"), and a single word opening this one, or a
// quotation in it, is capitalised for that alone ("Uncapped fly-half X",
// "Replacement hooker X") unless the text capitalises it elsewhere too.
func (a *analysis) teamRun(b, lo int) (int, bool) {
	t0 := b
	for t0-1 >= lo && b-t0 < 4 && isCapWord(a.tokens[t0-1]) && !isPossessive(a.tokens[t0-1].Text) && a.nameCovering(t0-1) < 0 {
		t0--
	}
	open := lo // the sentence's first word, past an opening quotation mark
	if open < b && isQuoteMark(a.tokens[open].Text) {
		open++
	}
	if t0 <= open {
		t0 = open
		if t0 < b && lexicon.SentenceStarters[a.tokens[t0].Lower()] && !a.capitalisedMidSentence(t0) {
			t0++ // "But Bath prop X"; "All Blacks" is capitalised elsewhere too
		}
	}
	if t0 == b || t0 > lo && a.nameCovering(t0-1) >= 0 && !isPossessive(a.tokens[t0-1].Text) {
		return -1, false // part of a name the entity stage read otherwise
	}
	if t0 == open && b-t0 == 1 && !a.capitalisedMidSentence(t0) {
		return -1, false
	}
	for t := t0; t < b; t++ {
		if formerWords[a.tokens[t].Lower()] || lexicon.RoleModifiers[a.tokens[t].Lower()] {
			return -1, false
		}
	}
	return t0, true
}

// teamRunEntity returns the side the run [t0, t1) names, made an
// organisation: a nationality ("South African flanker") or a country the
// gazetteer knows gives -1; a town it knows is the club named after it
// ("Bath prop Matt Stevens": GOLD.md has teams as organisations), and
// only such a town is read from a single word.
func (r *relState) teamRunEntity(lx *lineupIndex, t0, t1 int) int {
	name := r.a.surface(t0, t1)
	if r.gaz != nil {
		if _, ok := r.gaz.DemonymEntry(name); ok {
			return -1
		}
		if e, ok := r.gaz.Lookup(name); ok && e.Type == "Country" {
			return -1
		}
	}
	if t1-t0 == 1 && !r.gazKnows(name) {
		// A lone word the gazetteer does not know as a town is as often
		// a nickname ("Reds skipper Steven Gerrard" for Liverpool's)
		// as a club's name.
		return -1
	}
	return lx.create(name, Organization, t0, t1)
}

// signingManagersClub returns the club whose manager signs at the verb
// token v ("Bolton boss Sam Allardyce has signed ..."): the subject named
// right before the verb (past "has"/"have") is a person the story has
// lead an organisation; else -1. A club as the subject is signPerson's
// (relations_rules.go).
func (a *analysis) signingManagersClub(v, lo int, r *relState) int {
	if w := a.tokens[v].Lower(); w != "signed" && w != "signs" {
		return -1
	}
	k := v - 1
	if k >= lo && (a.tokens[k].Lower() == "has" || a.tokens[k].Lower() == "have") {
		k--
	}
	mi := a.mentionEndingAt(k, lo)
	if mi < 0 || a.doc.Entities[a.ments[mi].entity].Type != Person {
		return -1
	}
	club := -1
	for _, f := range a.doc.Facts {
		if f.Subject == a.ments[mi].entity && f.Predicate == LeaderOf && r.typeOf(f.Object) == Organization {
			if club >= 0 && club != f.Object {
				return -1 // heads two bodies: no telling which signs
			}
			club = f.Object
		}
	}
	return club
}

// squadPositionBefore reads a position ending at token k, right before a
// name, with at most two modifiers and a possessive before it ("Bath
// prop", "Newcastle's 18-year-old centre", "Wales number eight"). It
// returns the token ending the team's name, or -1.
func (a *analysis) squadPositionBefore(k, lo int) int {
	toks := a.tokens
	switch {
	case k-1 >= lo && toks[k].Lower() == "eight" && toks[k-1].Lower() == "number":
		k -= 2
	case k >= lo && squadPositions[toks[k].Lower()] && !isCapWord(toks[k]):
		k--
	default:
		return -1
	}
	for n := 0; n < 2 && k >= lo && (teamRoleModifiers[toks[k].Lower()] || strings.HasSuffix(toks[k].Lower(), "-year-old")); n++ {
		k--
	}
	if k >= lo && isPossessive(toks[k].Text) {
		k--
	}
	if k < lo {
		return -1
	}
	return k
}

// formerTeamBefore reports "former" or "ex" before the team name starting
// at token t, across team names coordinated before it ("former Wales and
// Lions prop Dai Young").
func (a *analysis) formerTeamBefore(t, lo int) bool {
	for k := t - 1; k >= lo && k >= t-8; k-- {
		switch w := a.tokens[k].Lower(); {
		case w == "former" || w == "ex" || w == "ex-":
			return true
		case w == "and" || w == "," || a.nameCovering(k) >= 0:
			continue
		}
		return false
	}
	return false
}

// doneTransferIn returns the token of a finished transfer verb in the
// sentence [lo, hi), or -1: a form of doneTransfers with no hedge in
// the two tokens before it ("set to join", "could be joined" keep the
// move to come or are no move at all), and not "joined the race".
func (a *analysis) doneTransferIn(lo, hi int) int {
	for k := lo; k < hi; k++ {
		if !doneTransfers[a.tokens[k].Lower()] || k+2 < hi && a.tokens[k+1].Lower() == "the" && contestNouns[a.tokens[k+2].Lower()] {
			continue
		}
		hedged := false
		for j := max(lo, k-2); j < k; j++ {
			if transferHedges[a.tokens[j].Lower()] {
				hedged = true
			}
		}
		if !hedged {
			return k
		}
	}
	return -1
}

// wordIn reports the lower-case word w among the tokens [lo, hi).
func (a *analysis) wordIn(w string, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if a.tokens[k].Lower() == w {
			return true
		}
	}
	return false
}

// capitalisedMidSentence reports whether the word of token t stands,
// capitalised, elsewhere in the text neither opening a sentence nor
// following a quotation mark (where any word is capitalised).
func (a *analysis) capitalisedMidSentence(t int) bool {
	w := a.tokens[t].Text
	for _, st := range a.sentTokens {
		for k := st.Start + 1; k < st.End; k++ {
			if k != t && a.tokens[k].Text == w && !isQuoteMark(a.tokens[k-1].Text) {
				return true
			}
		}
	}
	return false
}

// Rule names of sideCredits.
const (
	ruleScoredFor = "memberOf/scored-for"   // "Louis Agyemang scored the first two goals for Hearts"
	ruleCaptains  = "memberOf/captains"     // "Ryan Giggs will captain Wales"
	ruleWithout   = "memberOf/side-without" // "Arsenal are also without winger Robert Pires"
)

// scoringVerbs credit a player's score to the side after "for": "scored
// for Arsenal", "netted twice for Real".
var scoringVerbs = lexicon.WordSet(`scored scores netted nets grabbed grabs kicked kicks`)

// scoreHedges before a scoring verb make the score a hope or a
// hypothesis: "could score for", "to score for".
var scoreHedges = lexicon.WordSet(`to will would could may might should can`)

// sideCredits adds memberOf for the players a team-sport story credits to
// a side: "Lauren, Patrick Vieira and Ashley Cole scored for Arsenal",
// "Louis Agyemang scored the first two goals for Hearts" (the names
// straight before the verb; an own goal is scored for the other side),
// and "Ryan Giggs will captain Wales", "Amor, who will captain England"
// (a captain plays for the side he leads on the pitch; the past
// "captained" is as often a former side), and "Arsenal are also without
// winger Robert Pires" (a side misses its own players).
func (r *relState) sideCredits(lx *lineupIndex) {
	a := r.a
	// A score headline makes a sports story with no other word of the
	// game ("Hearts of Oak 3-2 Cotonsport"); a side credited with a
	// score is itself a team sport's.
	if !a.sportsStory() {
		return
	}
	r.scorerCredits(lx)    // relations_scorers.go
	r.scoreGifts(lx)       // relations_scorers_gifts.go
	r.storySidePlayers(lx) // relations_sides.go
	r.coachedPlayers(lx)   // relations_lineups_coached.go
	r.playerRecords(lx)    // relations_playsfor.go
	r.clubSidePlayers(lx)  // relations_clubside.go
	for si, st := range a.sentTokens {
		for k := st.Start + 1; k+1 < st.End; k++ {
			w := a.tokens[k].Lower()
			switch {
			case scoringVerbs[w]:
				if scoreHedges[a.tokens[k-1].Lower()] {
					continue
				}
				side := a.sideAfterFor(k+1, min(st.End, k+8), lx, r)
				if side < 0 {
					continue
				}
				for _, p := range a.personsEndingAt(k-1, st.Start) {
					r.add(p, MemberOf, side, si, ruleScoredFor, 0.65)
				}
			case w == "without":
				r.absentPlayers(lx, si, k) // relations_lineups_without.go
			case w == "captain" && a.tokens[k-1].Lower() == "will" || w == "captains":
				j := a.entityAtToken(k + 1)
				if j < 0 || a.tokens[k+1].Flags&textseg.TCap == 0 {
					continue
				}
				side := -1
				if t := lx.typeOf(j); t == Organization || t == Country || t == City {
					side = lx.sideOf(j, r)
				}
				if side < 0 {
					continue
				}
				b := k - 1
				if w == "captain" {
					b-- // past "will"
				}
				if b-1 >= st.Start && a.tokens[b].Lower() == "who" && a.tokens[b-1].Text == "," {
					b -= 2 // "Amor, who will captain England"
				}
				if ps := a.personsEndingAt(b, st.Start); len(ps) == 1 {
					r.add(ps[0], MemberOf, side, si, ruleCaptains, 0.65)
				}
			}
		}
	}
}

// sideAfterFor returns the side named after "for" in the tokens [k, hi)
// ("scored the first two goals for Hearts"), made the team when it is a
// place; -1 when there is none, the run meets a clause's punctuation or
// the score is an own goal.
func (a *analysis) sideAfterFor(k, hi int, lx *lineupIndex, r *relState) int {
	for f := k; f+1 < hi; f++ {
		switch a.tokens[f].Lower() {
		case ",", ";", ":", ".", "own", "against":
			return -1
		case "for":
		default:
			continue
		}
		t := f + 1
		if a.tokens[t].Lower() == "the" {
			t++
		}
		j := a.entityAtToken(t)
		if j < 0 || a.tokens[t].Flags&textseg.TCap == 0 {
			return -1
		}
		if lx.sideTyped(j) {
			return lx.sideOf(j, r)
		}
		return -1
	}
	return -1
}

// personsEndingAt returns the persons of a list of names ending at token
// k: "Lauren, Patrick Vieira, Freddie Ljungberg and Ashley Cole", or the
// one name ending there; nothing when token k ends no person's name.
func (a *analysis) personsEndingAt(k, lo int) []int {
	return a.namesEndingAt(k, lo, func(e int) bool { return a.doc.Entities[e].Type == Person })
}

// namesEndingAt returns the entities of a list of name mentions joined by
// commas and "and" whose last ends at token k ("Mali, Burkina Faso and
// Niger"), walking back while keep (nil keeps all) holds for each.
func (a *analysis) namesEndingAt(k, lo int, keep func(e int) bool) []int {
	var out []int
	for k >= lo {
		mi := a.mentionEndingAt(k, lo)
		if mi < 0 || keep != nil && !keep(a.ments[mi].entity) {
			break
		}
		out = append(out, a.ments[mi].entity)
		k = a.ments[mi].t0 - 1
		if k < lo || a.tokens[k].Text != "," && a.tokens[k].Lower() != "and" {
			break
		}
		k--
	}
	return out
}

// nameCovering returns the visible name mention that covers token k, or
// -1.
func (a *analysis) nameCovering(k int) int {
	for i := range a.ments {
		m := &a.ments[i]
		if m.t0 <= k && k < m.t1 && m.entity >= 0 && !m.hidden && m.kind == MentionName {
			return i
		}
	}
	return -1
}
