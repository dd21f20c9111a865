package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Line-ups printed under a match report or a squad announcement. They are
// not sentences but lists, and they state memberships plainly:
//
//	"Man City: James, Mills (Bradley Wright-Phillips 83), Dunne, ...
//	 Subs Not Used: Weaver, Onuoha, Flood."      team sheet: each player
//	                                              (substitutes included) is
//	                                              a member of the team named
//	                                              by the label
//	"Backs: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), ..."
//	                                              squad list: each player is
//	                                              a member of the club in
//	                                              brackets, and of the side
//	                                              the story names the squad of
//	                                              ("named in the Scotland
//	                                              training squad")
//
// A list counts only when most of its items parse as names (a quotation
// or a sentence after a colon does not), so "Booked: Fowler" and
// "Goals: Rooney 68" are told apart by their labels and "Arsenal boss
// Arsene Wenger: 'We ...'" by its items. Players the entity stage dropped
// (surnames that are common words: "Mills", "Flood") become Person
// entities here, since a line-up leaves no doubt that they are people.
// Tests: relations_lineups_test.go.

// Rule names shown by --explain.
const (
	ruleMatchHeadline = "participatedIn/score-headline" // "Man City 0-2 Man Utd"
	ruleLineupTeam    = "lineup:team-sheet"             // "Man City: James, Mills, ..."
	ruleLineupClub    = "lineup:squad-club"             // "Mike Blair (Edinburgh Rugby), ..."
	ruleLineupSide    = "lineup:squad-side"             // the same list after "named in the Scotland squad"
	confLineup        = 0.8
	minSheetPlayers   = 7 // a side fields 11 (football) or 15 (rugby); a partial list is no sheet
	minClubItems      = 4 // "Name (Club)" items that make a squad list
)

// lineupBenchLabels continue the team sheet before them: the substitutes
// belong to the same team.
var lineupBenchLabels = map[string]bool{
	"subs": true, "subs not used": true, "substitutes": true, "substitutes not used": true,
	"replacements": true, "replacements (from)": true, "not used": true, "bench": true,
	"unused subs": true, "unused substitutes": true, "subs used": true, "reserves": true,
	"backs": true, "forwards": true, "goalkeepers": true, "defenders": true,
	"midfielders": true, "strikers": true, "squad": true,
}

// lineupOtherLabels head lists of the same shape that are no team:
// bookings, scorers, officials, the injured.
var lineupOtherLabels = lexicon.WordSet(`booked bookings goals goal scorers scorer tries
	try cons con pens pen conversions penalties drop dg att attendance ref
	referee referees venue sent off dismissed injured suspended unavailable
	missing out in withdrawn dropped uncapped result results fixtures
	kick-off sin-bin sin-binned yellow red cards card`)

// lineupCaptainWords mark the captain inside a player's brackets.
var lineupCaptainWords = lexicon.RoleClass("lineup-captain")

// lineupParticles may stand lower-case inside a player's name.
var lineupParticles = lexicon.WordSet(`van der de di da du le la von dos das el al den ter`)

// lineupSquadWords name a selected group after a side's name ("the
// Scotland training squad", "England's team to face Wales").
var lineupSquadWords = lexicon.WordSet(`squad team side xv line-up lineup party`)

// lineupSquadModifiers may stand between the side's name and the squad word.
var lineupSquadModifiers = lexicon.WordSet(`'s ’s ' training provisional initial
	extended elite senior starting national six nations world cup a under-21
	under-20 sevens rugby football test tour summer autumn new final full`)

// lineupSelectionVerbs choose players for a squad.
var lineupSelectionVerbs = lexicon.WordSet(`named names naming picked picks selected
	selects recalled recalls called included includes chosen announced
	announces unveiled unveils drafted`)

// lineupItem is one entry of a list: a player's name, and in brackets the
// player who replaced him or his club.
type lineupItem struct {
	names [][2]int // token ranges of the players the item names
	club  [2]int   // token range of the club in brackets, or {-1, -1}
	ok    bool
}

// lineupList is a parsed list: its items and where it ends.
type lineupList struct {
	items      []lineupItem
	end        int // token index just after the list
	valid      int // items that parse as names
	withClub   int // valid items with a club in brackets
	playerRefs int // players named in all valid items
}

// findLineups adds the memberships that team sheets and squad lists state.
func (r *relState) findLineups() {
	a := r.a
	// The bands of a music story are read here too: like a sheet's
	// players, a band the entity stage missed is made from the text.
	r.bandRoleNames() // titles_memberships.go
	if len(a.tokens) == 0 || !a.sportsStory() {
		return
	}
	lx := newLineupIndex(a)
	r.matchHeadline(lx)
	r.matchReports(lx)  // relations_events.go
	r.pastTitles(lx)    // titles_team.go
	r.leagueMembers(lx) // titles_team.go
	r.teamMates(lx)     // titles_team.go
	r.teamCareers(lx)   // titles_team.go
	r.squadRoles(lx)    // titles_squads.go
	r.sideCredits(lx)   // titles_squads.go
	r.eventSides(lx)    // titles_team.go
	lastTeam, lastEnd := -1, -1
	side, sideDone := -1, false
	clubEnd := -1
	var bare []bareSheet // team sheets whose label the source dropped
	bareEnd := -1
	for _, p := range a.doc.Paragraphs {
		lo, hi := a.tokenRange(p)
		listEnd := lo
		for i := lo; i < hi; i++ {
			// A list opens a paragraph, follows a sentence's end or
			// another list ("... Simon Webster (Edinburgh Rugby)
			// Forwards: Ross Beattie ...").
			if i != listEnd && !a.afterStop(i, lo) {
				continue
			}
			label, start := a.lineupLabel(i, hi)
			kind := ""
			switch {
			case label == "":
				kind = "bare"
			case lineupBenchLabels[label]:
				kind = "bench"
			case lineupOtherLabels[strings.Fields(label)[0]]:
				continue
			case a.tokens[i].Flags&textseg.TCap != 0:
				kind = "team"
			default:
				continue
			}
			if kind == "bare" && i == lo && a.tokens[i].Text == ":" {
				start = i + 1 // ": C Paterson; S Webster, ...": a sheet whose label the source dropped
			}
			l := a.parseLineup(start, hi)
			if l.valid == 0 || l.valid*5 < len(l.items)*4 {
				continue
			}
			team := -1
			switch kind {
			case "team":
				if l.playerRefs < minSheetPlayers {
					continue
				}
				team = lx.team(i, start-1, r)
				if team >= 0 {
					lastTeam, lastEnd = team, l.end
				}
			case "bench":
				if lastTeam >= 0 && i-lastEnd <= 12 {
					team, lastEnd = lastTeam, l.end
				}
			}
			// A club list goes on under the next label ("... Forwards:
			// Tom Ayre (Leeds Tykes), ...") however short that part.
			clubList := l.withClub >= minClubItems || kind == "bench" && i == clubEnd && l.withClub > 0
			if clubList {
				clubEnd = l.end
			}
			switch {
			case kind == "bare" && !clubList && l.withClub == 0 && i != lo && len(bare) > 0 && i == bareEnd && l.playerRefs >= minSheetPlayers:
				// A sheet the source broke with a full stop ("...; M
				// Horan. F Sheahan, J Hayes, ..."): one side's list.
				bare[len(bare)-1].extendStarters(l, a.repeatedSurnames(l))
				bareEnd = l.end
				i, listEnd = l.end-1, l.end
				continue
			case kind == "bare" && !clubList && l.withClub <= 1 && i == lo && l.playerRefs >= minSheetPlayers:
				// One player's club in brackets is a stray of the source
				// ("..., J Bonnaire (Bourgoin)."); a squad list has many.
				bare = append(bare, bareSheet{items: l.items, twice: a.repeatedSurnames(l), start: a.tokens[i].Start, starters: len(l.items)})
				bareEnd = l.end
				i, listEnd = l.end-1, l.end
				continue
			case kind == "bench" && team < 0 && len(bare) > 0 && i-bareEnd <= 12 && l.withClub == 0:
				// "Subs not used: Hislop, Quashie" under a bare sheet.
				bare[len(bare)-1].extend(l, a.repeatedSurnames(l))
				bareEnd = l.end
				i, listEnd = l.end-1, l.end
				continue
			}
			if team < 0 && !clubList {
				continue
			}
			if clubList && team < 0 && !sideDone {
				side, sideDone = lx.squadSide(r), true
			}
			twice := a.repeatedSurnames(l)
			for _, it := range l.items {
				if !it.ok {
					continue
				}
				club := -1
				if clubList && it.club[0] >= 0 {
					club = lx.team(it.club[0], it.club[1], r)
				}
				for _, n := range it.names {
					if twice[a.tokens[n[1]-1].Lower()] && n[1]-n[0] == 1 {
						continue // "Roberts (Wrexham), ... Roberts (Tranmere)": two players
					}
					pl := lx.player(n[0], n[1], r)
					if pl < 0 {
						continue
					}
					sent := a.sentenceOfToken(n[0])
					if team >= 0 {
						r.add(pl, MemberOf, team, sent, ruleLineupTeam, confLineup)
						if kind == "team" {
							r.noteStarter(pl, team) // relations_lineups_played.go
						}
					}
					if club >= 0 {
						r.add(pl, MemberOf, club, sent, ruleLineupClub, confLineup)
						if team < 0 && side >= 0 && side != club {
							r.add(pl, MemberOf, side, sent, ruleLineupSide, confLineup-0.1)
						}
					}
				}
			}
			i, listEnd = l.end-1, l.end
		}
	}
	r.bareSheets(lx, bare)
	lx.commit()
}

// afterStop reports whether token i follows the end of a sentence: a
// full stop, or a closing quotation mark after one.
func (a *analysis) afterStop(i, lo int) bool {
	if i <= lo {
		return true
	}
	stop := func(t string) bool { return t == "." || t == "?" || t == "!" }
	switch p := a.tokens[i-1].Text; {
	case stop(p):
		return true
	case (p == "\"" || p == "”" || p == "'" || p == "’") && i-2 >= lo:
		return stop(a.tokens[i-2].Text)
	}
	return false
}

// repeatedSurnames returns the last words of names that two items of a
// list share, since a bare surname then names either player.
func (a *analysis) repeatedSurnames(l lineupList) map[string]bool {
	seen := map[string]bool{}
	var twice map[string]bool
	for _, it := range l.items {
		if !it.ok {
			continue
		}
		for _, n := range it.names {
			w := a.tokens[n[1]-1].Lower()
			if seen[w] {
				if twice == nil {
					twice = map[string]bool{}
				}
				twice[w] = true
			}
			seen[w] = true
		}
	}
	return twice
}

// matchHeadline reads a match report's headline, "Man City 0-2 Man
// Utd": the match is an Event named by the headline, and both teams took
// part in it (holdout3 README). A side named after a place is the team.
func (r *relState) matchHeadline(lx *lineupIndex) {
	a := r.a
	if len(a.doc.Paragraphs) < 2 {
		return
	}
	lo, hi := a.tokenRange(a.doc.Paragraphs[0])
	if hi-lo < 3 || hi-lo > 12 {
		return
	}
	// The score: "0-2" as one token, or "0", "-", "2".
	s0, s1 := -1, -1
	for k := lo + 1; k < hi-1; k++ {
		t := a.tokens[k].Text
		if scoreToken(t) {
			s0, s1 = k, k+1
			break
		}
		if a.tokens[k].Flags&textseg.TDigit != 0 && k+2 < hi-1 && a.tokens[k+1].Text == "-" && a.tokens[k+2].Flags&textseg.TDigit != 0 {
			s0, s1 = k, k+3
			break
		}
	}
	if s0 < 0 || a.lineupName(lo, s0) != s0 || a.lineupName(s1, hi) != hi {
		return
	}
	home, away := lx.team(lo, s0, r), lx.team(s1, hi, r)
	if home < 0 || away < 0 || home == away {
		return
	}
	match := lx.create(a.surface(lo, hi), Event, lo, hi)
	r.add(home, ParticipatedIn, match, 0, ruleMatchHeadline, confLineup)
	r.add(away, ParticipatedIn, match, 0, ruleMatchHeadline, confLineup)
}

// scoreToken reports a score written as one token: "0-2", "27-27".
func scoreToken(t string) bool {
	i := strings.IndexByte(t, '-')
	if i <= 0 || i == len(t)-1 || len(t) > 7 {
		return false
	}
	for j := 0; j < len(t); j++ {
		if j != i && (t[j] < '0' || t[j] > '9') {
			return false
		}
	}
	return true
}

// tokenRange returns the token indexes [lo, hi) of a paragraph span.
func (a *analysis) tokenRange(p textseg.Span) (int, int) {
	lo := sort.Search(len(a.tokens), func(k int) bool { return a.tokens[k].Start >= p.Start })
	hi := sort.Search(len(a.tokens), func(k int) bool { return a.tokens[k].Start >= p.End })
	return lo, hi
}

// sentenceOfToken returns the sentence holding token t.
func (a *analysis) sentenceOfToken(t int) int {
	s := sort.Search(len(a.sentTokens), func(k int) bool { return a.sentTokens[k].End > t })
	return min(s, len(a.sentTokens)-1)
}

// lineupLabel reads a label of at most five words ending in a colon at
// token i ("Man City:", "Subs Not Used:", "Replacements (from):"). It
// returns the label in lower case and the token after the colon, or ""
// and i when no label stands there.
func (a *analysis) lineupLabel(i, hi int) (string, int) {
	var b strings.Builder
	words := 0
	for k := i; k < hi && k < i+8; k++ {
		t := a.tokens[k]
		switch {
		case t.Text == ":":
			if words == 0 {
				return "", i
			}
			return b.String(), k + 1
		case t.Text == "(" && words > 0:
			b.WriteString(" (")
		case t.Text == ")" && words > 0:
			b.WriteString(")")
		case t.Flags&textseg.TPunct != 0 && t.Text != "&" && t.Text != "-":
			return "", i
		default:
			if words > 0 && !strings.HasSuffix(b.String(), "(") {
				b.WriteByte(' ')
			}
			b.WriteString(t.Lower())
			words++
			if words > 5 {
				return "", i
			}
		}
	}
	return "", i
}

// parseLineup reads list items from token i until a full stop, the end
// of the paragraph, or a token that cannot continue an item.
func (a *analysis) parseLineup(i, hi int) lineupList {
	var l lineupList
	k := i
	for k < hi {
		it, next := a.parseLineupItem(k, hi)
		l.items = append(l.items, it)
		if it.ok {
			l.valid++
			l.playerRefs += len(it.names)
			if it.club[0] >= 0 {
				l.withClub++
			}
		}
		k = next
		if k >= hi {
			break
		}
		sep := a.tokens[k].Text
		if l, _ := a.lineupLabel(k, hi); l != "" {
			break // the next list's label
		}
		if sep == "." {
			k++
			break
		}
		if sep != "," && sep != ";" {
			break
		}
		k++
	}
	l.end = k
	return l
}

// parseLineupItem reads one item at token k: a name, an optional "for
// NAME" (a rugby replacement), names after slashes (alternatives on a
// bench), and optional brackets holding the
// replacement and minute ("Bradley Wright-Phillips 83"), the captaincy,
// a minute alone, or a club. It returns the item and the token after it
// (a separator, a full stop, or where parsing stopped).
func (a *analysis) parseLineupItem(k, hi int) (lineupItem, int) {
	it := lineupItem{club: [2]int{-1, -1}}
	n := a.lineupName(k, hi)
	if n == k {
		return it, a.skipToSeparator(k, hi)
	}
	it.names = append(it.names, [2]int{k, n})
	k = n
	if k < hi && a.tokens[k].Lower() == "for" {
		if m := a.lineupName(k+1, hi); m > k+1 {
			it.names = append(it.names, [2]int{k + 1, m})
			k = m
		}
	}
	for k < hi && a.tokens[k].Text == "/" {
		// "Replacements (from): Buckland/Cockerill, W Johnson/B Deacon":
		// either may come on, and both are the side's.
		m := a.lineupName(k+1, hi)
		if m == k+1 {
			break
		}
		it.names = append(it.names, [2]int{k + 1, m})
		k = m
	}
	if k < hi && a.tokens[k].Text == "(" {
		close := k + 1
		for close < hi && close < k+12 && a.tokens[close].Text != ")" {
			close++
		}
		if close >= hi || a.tokens[close].Text != ")" {
			return it, a.skipToSeparator(k, hi)
		}
		if !a.lineupBrackets(&it, k+1, close) {
			return it, a.skipToSeparator(close, hi)
		}
		k = close + 1
	}
	if k < hi {
		switch a.tokens[k].Text {
		case ",", ";", ".":
		default:
			if l, _ := a.lineupLabel(k, hi); l == "" || k == it.names[0][0] {
				return it, a.skipToSeparator(k, hi)
			}
		}
	}
	it.ok = true
	return it, k
}

// lineupBrackets reads the bracketed parts [lo, hi) of an item, split by
// commas: a captaincy mark, a minute, a replacement with its minute, or
// (once) a club, perhaps with the code of its league's country.
func (a *analysis) lineupBrackets(it *lineupItem, lo, hi int) bool {
	for p := lo; p < hi; {
		q := p
		for q < hi && a.tokens[q].Text != "," {
			q++
		}
		switch {
		case q == p:
			return false
		case q-p == 1 && lineupCaptainWords[a.tokens[p].Lower()]:
		case q-p == 1 && a.tokens[p].Flags&textseg.TDigit != 0:
		default:
			n := a.lineupName(p, q)
			switch {
			case n == q && it.club[0] < 0:
				it.club = [2]int{p, q}
			case n > p && it.club[0] < 0 && a.clubCountryCode(n, q):
				it.club = [2]int{p, n} // "Sebastien Bruno (Sale/ENG)"
			case n == q-1 && n > p && a.tokens[n].Flags&textseg.TDigit != 0:
				it.names = append(it.names, [2]int{p, n})
			default:
				return false
			}
		}
		p = q + 1
	}
	return true
}

// clubCountryCode reports a slash and a country's code closing a club's
// brackets at [k, hi): a national squad's player abroad is listed with
// his club and the country of its league, "Sebastien Bruno (Sale/ENG)",
// "(Treviso/ITA)". The code is two or three capitals, so a replacement
// pair ("Buckland/Cockerill") is never read as one.
func (a *analysis) clubCountryCode(k, hi int) bool {
	if hi-k != 2 || a.tokens[k].Text != "/" {
		return false
	}
	code := a.tokens[k+1].Text
	if len(code) < 2 || len(code) > 3 {
		return false
	}
	for _, c := range code {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// lineupName returns the end of a player's or club's name starting at k
// (k itself when none starts there): capitalised words, initials and the
// lower-case particles of names, at most five words.
func (a *analysis) lineupName(k, hi int) int {
	j := k
	for j < hi && j < k+5 {
		t := a.tokens[j]
		switch {
		case isCapWord(t) && !lineupCaptainWords[t.Lower()] || t.Text == "&":
		case t.Text == "C" && j+1 < hi && isCapWord(a.tokens[j+1]):
			// "C Paterson": an initial, where "(c)" alone marks the captain.
		case lineupParticles[t.Lower()] && j+1 < hi && isCapWord(a.tokens[j+1]) && j > k:
		case (t.Text == "van" || t.Text == "de" || t.Text == "di" || t.Text == "da") && j == k && j+1 < hi && isCapWord(a.tokens[j+1]):
		default:
			return j
		}
		j++
	}
	if j < hi && isCapWord(a.tokens[j]) {
		return k // a run too long to be one name
	}
	return j
}

// skipToSeparator returns the next separator or full stop from k.
func (a *analysis) skipToSeparator(k, hi int) int {
	for k < hi {
		switch a.tokens[k].Text {
		case ",", ";", ".":
			return k
		}
		k++
	}
	return k
}

// lineupIndex finds and makes the entities a line-up names.
type lineupIndex struct {
	a      *analysis
	byName map[string][]int // lower-cased name or alias -> entities
	bySur  map[string][]int // lower-cased last word of a person's name -> persons
	added  []Mention
}

func newLineupIndex(a *analysis) *lineupIndex {
	lx := &lineupIndex{a: a, byName: map[string][]int{}, bySur: map[string][]int{}}
	for e := range a.doc.Entities {
		lx.index(e)
	}
	return lx
}

func (lx *lineupIndex) index(e int) {
	ent := lx.a.doc.Entities[e]
	for _, n := range append([]string{ent.Name}, ent.Aliases...) {
		k := textseg.Lower(n)
		if !containsInt(lx.byName[k], e) {
			lx.byName[k] = append(lx.byName[k], e)
		}
	}
	if ent.Type == Person {
		ws := strings.Fields(textseg.Lower(ent.Name))
		if len(ws) >= 2 {
			lx.bySur[ws[len(ws)-1]] = append(lx.bySur[ws[len(ws)-1]], e)
		}
	}
}

// surface returns the text of tokens [t0, t1), spaces folded.
func (a *analysis) surface(t0, t1 int) string {
	return textseg.Clean(a.doc.Text[a.tokens[t0].Start:a.tokens[t1-1].End])
}

// player returns the person entity a list names with tokens [t0, t1):
// the person of that name or alias; else the only person with that
// surname (whose first name fits an initial: "J Robinson"); else an
// entity of another type the entity stage guessed for a surname
// ("Onuoha" as an organisation), retyped; else a new person.
func (lx *lineupIndex) player(t0, t1 int, r *relState) int {
	a := lx.a
	name := a.surface(t0, t1)
	ws := strings.Fields(name)
	if len(ws) == 0 || len(name) < 2 {
		return -1
	}
	var other = -1
	for _, e := range lx.byName[textseg.Lower(name)] {
		if lx.typeOf(e) == Person {
			return e
		}
		other = e
	}
	sur := textseg.Lower(ws[len(ws)-1])
	var fits []int
	for _, e := range lx.bySur[sur] {
		full := strings.Fields(a.doc.Entities[e].Name)
		if len(ws) == 1 || len(ws) == 2 && len(ws[0]) == 1 && strings.HasPrefix(full[0], ws[0]) {
			fits = append(fits, e)
		}
	}
	switch {
	case len(fits) == 1:
		return fits[0]
	case len(fits) > 1:
		return -1 // "Neville" with Gary and Phil both named
	}
	if other >= 0 {
		if lx.retypable(other) && lx.setType(other, Person) {
			return other
		}
		return -1
	}
	return lx.create(name, Person, t0, t1)
}

// team returns the team a label or a club in brackets names: the
// organisation of that name or alias, a place of that name (a club or a
// national side named after it, retyped an Organization as GOLD.md has
// teams), or a new organisation.
func (lx *lineupIndex) team(t0, t1 int, r *relState) int {
	if t1 <= t0 {
		return -1
	}
	name := lx.a.surface(t0, t1)
	if name == "" {
		return -1
	}
	k := textseg.Lower(name)
	if strings.HasPrefix(k, "the ") && len(lx.byName[k]) == 0 {
		k = k[4:] // "(The Borders)" for "Borders"
	}
	for _, e := range lx.byName[k] {
		if lx.typeOf(e) == Organization {
			return e
		}
	}
	for _, e := range lx.byName[k] {
		switch lx.typeOf(e) {
		case City, Country, Place:
			// "Roger Federer (Switzerland)" in a seeding list gives a
			// nationality; only a team sport has national sides.
			if lx.placeRetypable(e, r) && (lx.typeOf(e) != Country || lx.a.teamSportStory()) && lx.setType(e, Organization) {
				return e
			}
			return -1
		}
	}
	for _, e := range lx.byName[k] {
		// "(Worcester Warriors)": a club the entity stage took for a
		// person, named nowhere but in brackets.
		if lx.typeOf(e) == Person && len(strings.Fields(name)) >= 2 && !lx.inFact(e) && lx.onlyInBrackets(e) && lx.setType(e, Organization) {
			return e
		}
	}
	if len(lx.byName[k]) > 0 {
		return -1 // a person or an event: no team
	}
	return lx.create(name, Organization, t0, t1)
}

// squadSide returns the side whose squad or team the story says players
// were named in ("has been named in the Scotland training squad",
// "named as a centre in England's team"), or -1 when the story names
// none or more than one. Without a verb of choosing, the side still owns
// the squad a possessive gives it ("dropped from France's squad", "in
// Italy's team to face Scotland"), and a side's coach changing a squad
// or line-up in the same sentence names it ("France coach Bernard
// Laporte has made four changes to the starting line-up"): a list of
// players with their clubs in brackets is a selection in either case.
func (lx *lineupIndex) squadSide(r *relState) int {
	a := lx.a
	side := -1
	for s, st := range a.sentTokens {
		sel := false
		squadWord := false
		for k := st.Start; k < st.End; k++ {
			if lineupSelectionVerbs[a.tokens[k].Lower()] {
				sel = true
			}
			if lineupSquadWords[a.tokens[k].Lower()] && a.tokens[k].Lower() != "side" && a.tokens[k].Lower() != "party" {
				squadWord = true
			}
		}
		if !sel && !squadWord {
			continue
		}
		for _, m := range a.mentionsIn(s) {
			if m.Kind != MentionName {
				continue
			}
			switch lx.typeOf(m.Entity) {
			case Country, Organization, City:
			default:
				continue
			}
			k := sort.Search(len(a.tokens), func(k int) bool { return a.tokens[k].Start >= m.End })
			if squadWord && k+1 < st.End && teamLeaderRoles[a.tokens[k].Lower()] && isCapWord(a.tokens[k+1]) {
				// "France coach Bernard Laporte has made four changes to
				// the starting line-up"
				if side >= 0 && side != m.Entity {
					return -1
				}
				side = m.Entity
				continue
			}
			poss := k < st.End && isPossessive(a.tokens[k].Text)
			// "the Scotland training squad", "Ireland's RBS Six Nations squad"
			for n := 0; k < st.End && n < 4 && (lineupSquadModifiers[a.tokens[k].Lower()] || isCapWord(a.tokens[k])); n++ {
				k++
			}
			if k >= st.End || !lineupSquadWords[a.tokens[k].Lower()] || !sel && !poss {
				continue
			}
			switch {
			case side < 0:
				side = m.Entity
			case side != m.Entity:
				return -1
			}
		}
	}
	if side >= 0 && lx.typeOf(side) != Organization {
		if !lx.placeRetypable(side, r) || !lx.setType(side, Organization) {
			return -1
		}
	}
	return side
}

// typeOf is the entity's type.
func (lx *lineupIndex) typeOf(e int) EntityType { return lx.a.doc.Entities[e].Type }

// sideTyped reports whether entity e has a type a side can have: a team,
// or the country or city a team is named after ("put Wales ahead").
func (lx *lineupIndex) sideTyped(e int) bool {
	switch lx.typeOf(e) {
	case Organization, Country, City:
		return true
	}
	return false
}

// setType retypes entity e, and its key with it: a surname the entity
// stage guessed a place is a player, a place heading a team sheet the
// team named after it.
func (lx *lineupIndex) setType(e int, t EntityType) bool {
	ent := &lx.a.doc.Entities[e]
	key := strings.ToLower(string(t)) + "/" + textseg.Slug(ent.Name)
	for i := range lx.a.doc.Entities {
		if lx.a.doc.Entities[i].Key == key {
			return false // keys name one entity each
		}
	}
	ent.Type, ent.Key = t, key
	if t == Person {
		lx.index(e)
	}
	return true
}

// retypable reports whether an entity the entity stage did not make a
// person may be one: a single word named only in line-ups, with no fact.
func (lx *lineupIndex) retypable(e int) bool {
	ent := lx.a.doc.Entities[e]
	return len(strings.Fields(ent.Name)) == 1 && ent.Type != Event && !lx.inFact(e)
}

// inFact reports whether some fact already uses entity e.
func (lx *lineupIndex) inFact(e int) bool {
	for _, f := range lx.a.doc.Facts {
		if f.Subject == e || f.Object == e {
			return true
		}
	}
	return false
}

// onlyInBrackets reports whether every mention of entity e opens a
// bracket.
func (lx *lineupIndex) onlyInBrackets(e int) bool {
	a := lx.a
	for _, m := range a.doc.Mentions {
		if m.Entity != e {
			continue
		}
		t := sort.Search(len(a.tokens), func(k int) bool { return a.tokens[k].Start >= m.Start })
		if t == 0 || a.tokens[t-1].Text != "(" {
			return false
		}
	}
	return true
}

// placeRetypable reports whether a place may become the team named after
// it: no fact already uses it as a place.
func (lx *lineupIndex) placeRetypable(e int, r *relState) bool {
	for _, f := range lx.a.doc.Facts {
		if f.Subject != e && f.Object != e {
			continue
		}
		switch f.Predicate {
		case LocatedIn, Visited, Hosted, WillHost:
			return false
		}
	}
	return true
}

// create adds an entity named by tokens [t0, t1) with its mention.
func (lx *lineupIndex) create(name string, typ EntityType, t0, t1 int) int {
	a := lx.a
	key := strings.ToLower(string(typ)) + "/" + textseg.Slug(name)
	for e := range a.doc.Entities {
		if a.doc.Entities[e].Key == key {
			return e
		}
	}
	e := len(a.doc.Entities)
	a.doc.Entities = append(a.doc.Entities, Entity{Key: key, Type: typ, Name: name})
	if len(a.ents) == e {
		a.ents = append(a.ents, entInfo{})
	}
	lx.index(e)
	lx.added = append(lx.added, Mention{Span: textseg.Span{Start: a.tokens[t0].Start, End: a.tokens[t1-1].End},
		Sentence: a.sentenceOfToken(t0), Entity: e, Kind: MentionName})
	return e
}

// commit adds the new mentions in text order.
func (lx *lineupIndex) commit() {
	a := lx.a
	if len(lx.added) == 0 {
		return
	}
	a.doc.Mentions = append(a.doc.Mentions, lx.added...)
	sort.SliceStable(a.doc.Mentions, func(i, j int) bool { return a.doc.Mentions[i].Start < a.doc.Mentions[j].Start })
}
