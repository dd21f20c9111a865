package extract

import "sort"

// The starting sides a match report prints under its account. A report
// whose headline gives the result ("Wasps 31-37 Leicester", or a lead
// that tells the result as had) closes with the two team sheets:
//
//	"Van Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; ...
//	 Replacements: Gotting, McKenzie, Lock, ..."
//	"Man City: James, Mills (Bradley Wright-Phillips 83), Dunne, ...
//	 Subs Not Used: Weaver, Onuoha, Flood."
//
// Each starter of a sheet whose side is one of the headline match's two
// sides took part in that match (GOLD.md: participatedIn, took part in
// an event), as did a substitute named in brackets after the player he
// replaced. The bench lists ("Replacements:", "Subs Not Used:") are
// left out: a rugby replacement may never have come on, and an unused
// substitute did not play. A sheet under a preview ("France v Wales",
// "Ruddock names side") gives nothing, since headlineMatch finds no
// played match there, and a sheet of a side the headline does not name
// (another fixture's) gives nothing either.
// Tests: relations_lineups_played_test.go.

// Rule names of sheetStartersPlayed: the match, and the competition the
// story ties it to (the bbc-dev4 annotators' reading of GOLD.md: a
// starter takes part in the match and in its tournament).
const (
	ruleSheetStarter     = "participatedIn/sheet-starter"
	ruleSheetCompetition = "participatedIn/sheet-starter-competition"
)

// confSheetStarter is below the sheet's own membership: the match is
// the headline's, read apart from the sheet.
const confSheetStarter = 0.7

// noteStarter records player pl as a starter of team's sheet. A player
// listed as a starter of two sides is dropped (one name, two players).
func (r *relState) noteStarter(pl, team int) {
	if r.starters == nil {
		r.starters = map[int]int{}
	}
	if t, ok := r.starters[pl]; ok && t != team {
		r.starters[pl] = -1
		return
	}
	r.starters[pl] = team
}

// noteBareStarters records the starters of unlabelled sheets once
// bareSheets has given them their sides: the leading items of each
// group's first sheet (its bench lists come after them), among the
// players the sheet's memberships were given to.
func (r *relState) noteBareStarters(lx *lineupIndex, groups [][]bareSheet, sides [2]int, players, listed [2][]int) {
	for g, grp := range groups {
		if g > 1 || len(grp) == 0 {
			return
		}
		first := grp[0]
		if first.starters <= 0 || first.starters > len(first.items) {
			continue
		}
		start := bareSheet{items: first.items[:first.starters], twice: first.twice, start: first.start}
		for _, e := range lx.listedPlayers(start, r) {
			member := containsInt(players[g], e) || containsInt(listed[g], e)
			other := containsInt(players[1-g], e) || containsInt(listed[1-g], e)
			if member && !other {
				r.noteStarter(e, sides[g])
			}
		}
	}
}

// sheetStartersPlayed adds participatedIn of the headline's played
// match for each sheet starter of one of its sides (the file comment).
func (r *relState) sheetStartersPlayed(match int, sides map[int]bool) {
	if match < 0 || len(r.starters) == 0 {
		return
	}
	staff := r.nonPlayers()
	comp := r.sheetCompetition(match, sides)
	players := make([]int, 0, len(r.starters))
	for pl := range r.starters {
		players = append(players, pl)
	}
	sort.Ints(players) // the same facts in the same order on every run
	for _, pl := range players {
		team := r.starters[pl]
		if team < 0 || !sides[team] || staff[pl] || r.typeOf(pl) != Person {
			continue
		}
		sent, ok := r.sheetSentence(pl, team)
		if !ok {
			continue
		}
		r.add(pl, ParticipatedIn, match, sent, ruleSheetStarter, confSheetStarter)
		if comp >= 0 {
			r.add(pl, ParticipatedIn, comp, sent, ruleSheetCompetition, confSheetStarter-0.05)
		}
	}
}

// sheetCompetition returns the competition the headline's match belongs
// to, or -1: the story's competition (storyCompetitionOf) when it is one
// of teams of the same kind as the match's sides (national sides in the
// Six Nations, clubs in the Heineken Cup). A club match report that
// names the Six Nations only for a player's past gives none.
func (r *relState) sheetCompetition(match int, sides map[int]bool) int {
	comp := r.storyCompetitionOf(competitionEnds)
	if comp < 0 || comp == match {
		return -1
	}
	team, national := competitionKind(r.a.doc.Entities[comp].Name)
	if !team || r.headlineMatchOtherKind(national) {
		return -1
	}
	for side := range sides {
		if nat, ok := r.sideKind(side); !ok || nat != national {
			return -1
		}
	}
	if !r.competitionNamedForMatch(comp, sides) {
		return -1 // named only for another fixture (relations_matches_other_fixture.go)
	}
	return comp
}

// sheetRules are the rules whose memberships a team sheet states.
var sheetRules = map[string]bool{ruleLineupTeam: true, ruleLineupVoted: true, ruleLineupProse: true}

// sheetSentence returns the sentence of the sheet membership of player
// pl in team, the evidence the participation is shown with.
func (r *relState) sheetSentence(pl, team int) (int, bool) {
	for _, f := range r.a.doc.Facts {
		if f.Subject == pl && f.Object == team && f.Predicate == MemberOf && sheetRules[f.Rule] {
			return f.Sentence, true
		}
	}
	return 0, false
}
