package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"
)

// Team sheets whose labels the source dropped. The BBC corpus prints a
// match report's line-ups as bare paragraphs,
//
//	"Ashdown, Griffin, De Zeeuw, Primus, Taylor, Stone, O'Neil, Faye
//	 (Berkovic 83), Berger, LuaLua, Fuller (Yakubu 55).
//	 Subs not used: Hislop, Quashie, Cisse."
//
// so the list says who played together but not for whom. The team is
// read from the report itself: the players the prose already ties to a
// side ("Pompey striker Ricardo Fuller", "Chelsea's Damien Duff") vote
// for it, and the sheet goes to a side only when the votes agree. A
// report prints both sides' sheets one after the other, so when one
// sheet's side is known and the story's match names exactly one other
// side, the other sheet is that side's.
//
// Only players the article names in full elsewhere get a fact: a bare
// surname in a list is a weak handle for a reader, and the prose is what
// ties the name to a person.
// Tests: relations_lineups_unlabelled_test.go.

// ruleLineupVoted is the rule name shown by --explain.
const ruleLineupVoted = "lineup:unlabelled-sheet"

// bareSheet is an unlabelled team sheet with its bench.
type bareSheet struct {
	items []lineupItem
	twice map[string]bool // surnames two items share
	start int             // byte offset of the sheet
}

// bareSheets gives the unlabelled sheets the sides of the match the
// headline names, home side first ("Middlesbrough 2-2 Charlton", "France
// v Wales (Sat)"), and adds the memberships of their named players. The
// sheets must be two starting sides, each followed by at most its
// shorter bench lists (a rugby report prints the replacements apart).
// Any other shape, or a side the players' known memberships contradict,
// leaves the sheets unread.
func (r *relState) bareSheets(lx *lineupIndex, sheets []bareSheet) {
	// Each starting side opens a group; a shorter list after it is its
	// bench or replacements.
	var groups [][]bareSheet
	for _, sh := range sheets {
		switch {
		case fullSide(sh):
			groups = append(groups, []bareSheet{sh})
		case len(groups) == 0:
			return // a bench before any side: some list did not parse
		default:
			groups[len(groups)-1] = append(groups[len(groups)-1], sh)
		}
	}
	if len(groups) != 2 {
		return
	}
	home, away := r.sheetHeadlineSides(lx)
	if home < 0 || away < 0 || home == away {
		return
	}
	sides := [2]int{home, away}
	var players [2][]int
	for g, grp := range groups {
		for _, sh := range grp {
			for _, e := range lx.namedPlayers(sh, sheets[0].start) {
				if !containsInt(players[g], e) {
					players[g] = append(players[g], e)
				}
			}
		}
		if r.sideVotes(players[g])[sides[1-g]] > 0 {
			return // the prose ties one of these players to the other side
		}
	}
	for g := range groups {
		for _, e := range players[g] {
			if containsInt(players[1-g], e) {
				continue // one name in both sheets: not one player
			}
			r.add(e, MemberOf, sides[g], lx.firstSentenceOf(e), ruleLineupVoted, confLineup-0.1)
		}
	}
}

// fullSide reports whether a sheet names a starting side: eleven players
// or more (football 11, rugby 15), where a bench names fewer.
func fullSide(sh bareSheet) bool {
	n := 0
	for _, it := range sh.items {
		if it.ok {
			n += len(it.names)
		}
	}
	return n >= 11
}

// firstSentenceOf is the sentence of the first mention of entity e, the
// sentence --explain shows for a fact read from a list.
func (lx *lineupIndex) firstSentenceOf(e int) int {
	for _, m := range lx.a.doc.Mentions {
		if m.Entity == e {
			return m.Sentence
		}
	}
	return 0
}

// sheetHeadlineSides reads the home and away sides from a headline "A
// 2-1 B" or "A v B (Sat)" (a preview: "Preview: Ireland v England (Sun)").
func (r *relState) sheetHeadlineSides(lx *lineupIndex) (int, int) {
	a := r.a
	if len(a.doc.Paragraphs) < 2 {
		return -1, -1
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo > 3 && a.tokens[lo+1].Text == ":" {
		lo += 2 // "Preview:"
	}
	if hi-lo > 3 && a.tokens[hi-1].Text == ")" && a.tokens[hi-3].Text == "(" {
		hi -= 3 // "(Sat)"
	}
	s0, s1 := a.scoreAt(lo+1, hi-1)
	for k := lo + 1; s0 < 0 && k < hi-1; k++ {
		if t := a.tokens[k].Text; t == "v" || t == "vs" {
			s0, s1 = k, k+1
		}
	}
	if s0 < 0 || a.lineupName(lo, s0) != s0 || a.lineupName(s1, hi) != hi {
		return -1, -1
	}
	return lx.team(lo, s0, r), lx.team(s1, hi, r)
}

// nameOf is an entity's name, "" for -1.
func (lx *lineupIndex) nameOf(e int) string {
	if e < 0 {
		return ""
	}
	return lx.a.doc.Entities[e].Name
}

// namedPlayers returns the persons a sheet names whose full name the
// article's prose (before offset prose) gives, each once: "G Murphy"
// named only in the lists is left out.
func (lx *lineupIndex) namedPlayers(sh bareSheet, prose int) []int {
	a := lx.a
	var out []int
	for _, it := range sh.items {
		if !it.ok {
			continue
		}
		for _, n := range it.names {
			if sh.twice[a.tokens[n[1]-1].Lower()] && n[1]-n[0] == 1 {
				continue
			}
			e := lx.knownPlayer(n[0], n[1])
			if e >= 0 && lx.fullNameBefore(e, prose) && !containsInt(out, e) {
				out = append(out, e)
			}
		}
	}
	return out
}

// fullNameBefore reports whether person e has a name of two words or
// more, neither an initial ("S. Best"), and a mention before offset end.
func (lx *lineupIndex) fullNameBefore(e, end int) bool {
	ws := strings.Fields(lx.a.doc.Entities[e].Name)
	if len(ws) < 2 || len(strings.TrimSuffix(ws[0], ".")) < 2 {
		return false
	}
	for _, m := range lx.a.doc.Mentions {
		if m.Entity == e && m.Start < end {
			return true
		}
	}
	return false
}

// knownPlayer returns the person a list names with tokens [t0, t1) when
// the article already has one of that name, alias or (alone) surname; it
// never makes or retypes an entity, since an unlabelled list is weaker
// evidence than a team sheet.
func (lx *lineupIndex) knownPlayer(t0, t1 int) int {
	a := lx.a
	name := a.surface(t0, t1)
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return -1
	}
	for _, e := range lx.byName[textseg.Lower(name)] {
		// "C Pitt" made a person of its own by the list is still "Carl
		// Pitt" of the prose when he is the only Pitt named in full.
		if lx.typeOf(e) == Person && !(len(ws) == 2 && len(ws[0]) == 1) {
			return e
		}
	}
	var fits []int
	for _, e := range lx.bySur[textseg.Lower(ws[len(ws)-1])] {
		full := strings.Fields(a.doc.Entities[e].Name)
		if len(full[0]) == 1 {
			continue // the list's own "C Pitt"
		}
		if len(ws) == 1 || len(ws) == 2 && len(ws[0]) == 1 && strings.HasPrefix(full[0], ws[0]) {
			fits = append(fits, e)
		}
	}
	if len(fits) == 1 {
		return fits[0]
	}
	return -1
}

// sideVotes counts, for each team, the players of the list the article
// already makes members of it.
func (r *relState) sideVotes(players []int) map[int]int {
	votes := map[int]int{}
	for _, f := range r.a.doc.Facts {
		if f.Predicate != MemberOf || !containsInt(players, f.Subject) {
			continue
		}
		switch r.typeOf(f.Object) {
		case Organization, Country:
			votes[f.Object]++
		}
	}
	return votes
}
