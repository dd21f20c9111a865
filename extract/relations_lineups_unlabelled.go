package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/lexicon"
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
// Only players the article names in full elsewhere vote for a side: a
// bare surname in a list is a weak handle, and the prose is what ties the
// name to a person. Once the sides are settled every name of a sheet is
// its side's player ("Hoyte", "H Paul"), as on a labelled sheet.
// Tests: relations_lineups_unlabelled_test.go.

// Rule names shown by --explain.
const (
	ruleLineupVoted = "lineup:unlabelled-sheet"       // sides from a score headline
	ruleLineupProse = "lineup:unlabelled-sheet-prose" // sides from the lead, sheets by the prose
)

// bareSheet is an unlabelled team sheet with its bench.
type bareSheet struct {
	items []lineupItem
	twice map[string]bool // surnames two items share
	start int             // byte offset of the sheet
	// starters counts the leading items that list the starting side;
	// the bench lists extend appends come after them.
	starters int
}

// extendStarters adds list l as a part of the starting side the source
// broke off with a full stop: its items start too, when nothing but
// starters came before them.
func (sh *bareSheet) extendStarters(l lineupList, twice map[string]bool) {
	if sh.starters == len(sh.items) {
		sh.starters += len(l.items)
	}
	sh.extend(l, twice)
}

// extend adds list l, read as more of the same sheet (its bench, or a
// part the source broke off with a full stop), and l's shared surnames.
func (sh *bareSheet) extend(l lineupList, twice map[string]bool) {
	sh.items = append(sh.items, l.items...)
	for w := range twice {
		if sh.twice == nil {
			sh.twice = map[string]bool{}
		}
		sh.twice[w] = true
	}
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
	var players [2][]int
	for g, grp := range groups {
		for _, sh := range grp {
			for _, e := range lx.namedPlayers(sh, sheets[0].start) {
				if !containsInt(players[g], e) {
					players[g] = append(players[g], e)
				}
			}
		}
	}
	rule := ruleLineupVoted
	home, away := r.sheetHeadlineSides(lx, false)
	if home < 0 || away < 0 || home == away {
		home, away = r.proseSides(lx, players, sheets)
		rule = ruleLineupProse
	}
	if home < 0 {
		// Last, a headline side the entity stage took for a person.
		home, away = r.sheetHeadlineSides(lx, true)
		if home < 0 || away < 0 || home == away {
			return
		}
		rule = ruleLineupVoted
	}
	sides := [2]int{home, away}
	for g := range groups {
		if r.sideVotes(players[g])[sides[1-g]] > 0 {
			return // the prose ties one of these players to the other side
		}
	}
	// With the sides settled, the names the prose never gave in full
	// ("H Paul", "Fortune") are players of the sheet's side too: the
	// sheet is their only mention, as on a labelled team sheet.
	var listed [2][]int
	for g, grp := range groups {
		for _, sh := range grp {
			for _, e := range lx.listedPlayers(sh, r) {
				if !containsInt(players[g], e) && !containsInt(listed[g], e) {
					listed[g] = append(listed[g], e)
				}
			}
		}
	}
	for g := range groups {
		for _, e := range append(players[g], listed[g]...) {
			if containsInt(players[1-g], e) || containsInt(listed[1-g], e) {
				continue // one name in both sheets: not one player
			}
			r.add(e, MemberOf, sides[g], lx.firstSentenceOf(e), rule, confLineup-0.1)
		}
	}
	r.noteBareStarters(lx, groups, sides, players, listed) // relations_lineups_played.go
}

// listedPlayers returns the persons a sheet names, the prose's full
// names first (knownPlayer: "S Marconnet" is Sylvain Marconnet), then as
// a labelled sheet reads them (lineupIndex.player: the person of that
// name, the only one of that surname, or a new person); a bare surname
// two items share stays out.
func (lx *lineupIndex) listedPlayers(sh bareSheet, r *relState) []int {
	var out []int
	lx.eachSheetName(sh, func(t0, t1 int) {
		e := lx.knownPlayer(t0, t1)
		if e < 0 {
			e = lx.player(t0, t1, r)
		}
		if e >= 0 && !containsInt(out, e) {
			out = append(out, e)
		}
	})
	return out
}

// eachSheetName calls f with the token span of every name a sheet's
// readable items give, but a bare surname two items share ("Jones"
// beside "S Jones" and "A Jones"), which no one player can own.
func (lx *lineupIndex) eachSheetName(sh bareSheet, f func(t0, t1 int)) {
	for _, it := range sh.items {
		if !it.ok {
			continue
		}
		for _, n := range it.names {
			if sh.twice[lx.a.tokens[n[1]-1].Lower()] && n[1]-n[0] == 1 {
				continue
			}
			f(n[0], n[1])
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
// sentence --explain shows for a fact read from a list; a player the list
// made has only the mention lx.added holds until commit.
func (lx *lineupIndex) firstSentenceOf(e int) int {
	for _, ms := range [][]Mention{lx.a.doc.Mentions, lx.added} {
		for _, m := range ms {
			if m.Entity == e {
				return m.Sentence
			}
		}
	}
	return 0
}

// sheetHeadlineSides reads the home and away sides from a headline "A
// 2-1 B" or "A v B (Sat)" (a preview: "Preview: Ireland v England (Sun)");
// with retype, a side the entity stage made a person is the club.
func (r *relState) sheetHeadlineSides(lx *lineupIndex, retype bool) (int, int) {
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
	if !retype {
		return lx.team(lo, s0, r), lx.team(s1, hi, r)
	}
	return lx.headlineSide(lo, s0, r), lx.headlineSide(s1, hi, r)
}

// headlineSide is the team a score headline names with tokens [t0, t1)
// over two full team sheets: lx.team's, else a person of that name in no
// fact, which the entity stage took a club for ("Clyde 0-5 Celtic",
// "Mansfield 0-1 Leyton Orient"), retyped an organisation.
func (lx *lineupIndex) headlineSide(t0, t1 int, r *relState) int {
	if e := lx.team(t0, t1, r); e >= 0 {
		return e
	}
	for _, e := range lx.byName[textseg.Lower(lx.a.surface(t0, t1))] {
		if lx.typeOf(e) == Person && !lx.inFact(e) && lx.setType(e, Organization) {
			return e
		}
	}
	return -1
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
	var out []int
	lx.eachSheetName(sh, func(t0, t1 int) {
		e := lx.knownPlayer(t0, t1)
		if e >= 0 && lx.fullNameBefore(e, prose) && !containsInt(out, e) {
			out = append(out, e)
		}
	})
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

// proseSides gives two unlabelled sheets their sides when the headline
// names no match ("Campbell rescues Arsenal"). The lead sentence must
// name exactly two teams ("to earn Arsenal a hard-fought win at
// Portsmouth"), and the prose must tie each sheet's players to one of
// them: a sentence naming players of one sheet only and one of the two
// teams only is a vote ("Robbie Fowler ... put City ahead"), and a
// membership the rules already read counts twice. A wrong guess misplaces
// a whole side, so the votes must agree by a clear margin. It returns
// the sides of the first and second sheet, or -1, -1.
func (r *relState) proseSides(lx *lineupIndex, players [2][]int, sheets []bareSheet) (int, int) {
	a := r.a
	prose := sheets[0].start
	sa, sb := lx.leadSides(r, lx.sheetSurnames(sheets))
	if sa < 0 {
		return -1, -1
	}
	group := func(e int) int {
		g0, g1 := containsInt(players[0], e), containsInt(players[1], e)
		switch {
		case g0 && !g1:
			return 1
		case g1 && !g0:
			return 2
		}
		return 0
	}
	var v [2][2]int
	for s, st := range a.doc.Sentences {
		if st.Start >= prose {
			break
		}
		gs, ts := 0, 0 // bit sets of the sheets and sides named
		for _, m := range a.mentionsIn(s) {
			if m.Kind == MentionPronoun {
				continue
			}
			gs |= group(m.Entity)
			switch m.Entity {
			case sa:
				ts |= 1
			case sb:
				ts |= 2
			}
		}
		if (gs == 1 || gs == 2) && (ts == 1 || ts == 2) {
			v[gs>>1][ts>>1]++
		}
	}
	for g := range players {
		votes := r.sideVotes(players[g])
		v[g][0] += 2 * votes[sa]
		v[g][1] += 2 * votes[sb]
	}
	straight, crossed := v[0][0]+v[1][1], v[0][1]+v[1][0]
	switch {
	case straight >= minSideVotes && straight >= sideMargin*crossed:
	case crossed >= minSideVotes && crossed >= sideMargin*straight:
		sa, sb = sb, sa
	default:
		return -1, -1
	}
	if !lx.makeTeam(sa, r) || !lx.makeTeam(sb, r) {
		return -1, -1
	}
	return sa, sb
}

// minSideVotes and sideMargin: the prose must tie the sheets to their
// sides at least three times, and three times as often as the other way.
const (
	minSideVotes = 3
	sideMargin   = 3
)

// leadSides returns the two teams the headline and the lead sentence
// name, or -1, -1 unless there are exactly two. A lead that names one
// side only is read on, a sentence at a time, up to leadReach sentences,
// until a second side is named: the first paragraph may be a note
// ("(after extra-time - score at 90 mins 1-1)") or a sentence about the
// winners alone ("Wales secured their first away win ... in Rome."
// before "Luciano Orquera did reply with one for Italy"). A name the
// sheets list is a player, never a side, whatever the entity stage
// typed it ("Nacho Novo" beside the sheet's "Novo").
func (lx *lineupIndex) leadSides(r *relState, listed map[string]bool) (int, int) {
	a := lx.a
	if len(a.doc.Paragraphs) < 2 {
		return -1, -1
	}
	lo, _ := a.tokenRange(a.doc.Paragraphs[1])
	last := a.sentenceOfToken(lo)
	var sides []int
	for s := 0; s < len(a.doc.Sentences) && s <= last+leadReach; s++ {
		for _, m := range a.mentionsIn(s) {
			if m.Kind == MentionName && !containsInt(sides, m.Entity) && !listed[lastWord(textseg.Lower(a.doc.Entities[m.Entity].Name))] &&
				lx.sideCandidate(m.Entity, r) {
				sides = append(sides, m.Entity)
			}
		}
		if s >= last && len(sides) >= 2 {
			break
		}
	}
	if len(sides) != 2 {
		return -1, -1
	}
	return sides[0], sides[1]
}

// leadReach is how many sentences past the lead leadSides reads for a
// second side.
const leadReach = 3

// sheetSurnames returns the last words, lower-cased, of the names the
// sheets list.
func (lx *lineupIndex) sheetSurnames(sheets []bareSheet) map[string]bool {
	out := map[string]bool{}
	for _, sh := range sheets {
		lx.eachSheetName(sh, func(t0, t1 int) {
			out[lx.a.tokens[t1-1].Lower()] = true
		})
	}
	return out
}

// sideCandidate reports whether entity e may be a side in the match: a
// club, or a town or (in a team sport) a country no fact uses as a place,
// that the story names at least once as an actor rather than a venue.
func (lx *lineupIndex) sideCandidate(e int, r *relState) bool {
	a := lx.a
	name := a.doc.Entities[e].Name
	switch lx.typeOf(e) {
	case Organization:
		if governingBody(name) || a.isLeague(e) || eventNamed(name) || lx.firstNamed(e) {
			return false
		}
	case City:
		if !lx.placeRetypable(e, r) {
			return false
		}
	case Country:
		if !lx.placeRetypable(e, r) || !a.teamSportStory() {
			return false
		}
	default:
		return false
	}
	return lx.namedAsActor(e)
}

// venuePrepositions put a name as the place of a match ("a win at
// Portsmouth", "at Highbury", "victory in Rome").
var venuePrepositions = lexicon.WordSet(`at in to from on near into inside outside around`)

// namedAsActor reports whether some name mention of e follows no venue
// preposition: a ground ("at Highbury") or a host city ("in Rome") is
// named only after one, a side also as a subject or a possessive
// ("Portsmouth got plenty of bodies behind the ball").
func (lx *lineupIndex) namedAsActor(e int) bool {
	a := lx.a
	for _, m := range a.doc.Mentions {
		if m.Entity != e || m.Kind != MentionName {
			continue
		}
		t := sort.Search(len(a.tokens), func(k int) bool { return a.tokens[k].Start >= m.Start })
		if t == 0 || !venuePrepositions[a.tokens[t-1].Lower()] && a.tokens[t-1].Lower() != "the" {
			return true
		}
	}
	return false
}

// makeTeam retypes a place side as the team named after it (GOLD.md:
// a team is an Organization).
func (lx *lineupIndex) makeTeam(e int, r *relState) bool {
	return lx.typeOf(e) == Organization || lx.setType(e, Organization)
}

// firstNamed reports whether a mention of e opens with a known first
// name: a player the entity stage typed an organisation ("Nacho Novo").
func (lx *lineupIndex) firstNamed(e int) bool {
	for i := range lx.a.ments {
		if lx.a.ments[i].entity == e && lx.a.ments[i].firstName {
			return true
		}
	}
	return false
}
