package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/extract/textseg"

	"github.com/newsgraph/newsgraph/extract/lexicon"
)

// Team sheets and squad lists printed under sports reports are lists, not
// sentences: "Leeds: Balshaw; Rees, Christophers, Bell, Doherty; ...",
// "F Sheahan, M Horan, D O'Callaghan, E Miller, G Easterby, K Maggs." or
// "Mawson, Travis, Robinson, Hyde (Pitman 105), Purdie (Mills 83)". Each
// item is a player, so every name in it is a person, whatever a lone
// surname would otherwise be taken for: an organisation ("Henchoz",
// "Popham"), a town ("Douglas", "Hyde") or an acronym ("B O'Driscoll").
// A bracket after a player names a substitute when it ends in a minute
// ("(Pitman 105)") and the player's club otherwise ("(Stade Francais)").
//
// The shape is strict because prose lists look alike: at least
// minListPlayers items, separated by commas or semicolons, each only
// capitalised words, initials and name particles ("van der", "du"); no
// "and", no digits outside brackets. Lists of countries or companies
// ("France, Germany, Italy, ...") have the same shape, so a list counts
// only under a bench label ("Subs:", "Replacements:") or when two items
// plainly name people (an initial before a surname, a known first name,
// the surname of someone named in full in the story, "(capt)" or a
// substitute's minute) and most items are not names the gazetteer or a
// head word already types.
// The relation stage (relations_lineups.go) reads the same lists for
// memberships; this pass only fixes the names' types.
// Tests: entities_lineups_test.go.

const minListPlayers = 5

// moreParticles add Italian contracted particles ("D dal Maso") to
// lexicon.go's nameParticles.
var moreParticles = lexicon.WordSet(`dal dalla dello degli`)

// listItem is one comma-separated item of a list: the name's tokens and,
// if any, its bracket.
type listItem struct {
	t0, t1   int // the name, [t0, t1)
	b0, b1   int // inside the bracket, [b0, b1); b0 == b1 when none
	initials bool
}

// lineupPlayers retypes the name mentions inside player lists.
func (x *Extractor) lineupPlayers(a *analysis) {
	bySent := map[int][]int{}
	for k := range a.ments {
		if m := &a.ments[k]; m.kind == MentionName || m.kind == MentionAcronym {
			bySent[m.sent] = append(bySent[m.sent], k)
		}
	}
	var surnames map[string]bool
	var full map[string][]string
	for s, r := range a.sentTokens {
		if len(bySent[s]) == 0 {
			continue
		}
		items, bench, ok := a.playerList(r.Start, r.End)
		if ok && surnames == nil {
			surnames, full = a.fullNameSurnames()
		}
		if !ok || !bench && !x.peopleList(a, items, bySent[s], surnames) {
			continue
		}
		for _, k := range bySent[s] {
			m := &a.ments[k]
			for _, it := range items {
				switch {
				case m.kind == MentionAcronym && m.t0 == it.t0 && m.t1 == it.t1:
					// A lone capitals item holds a place ("TBC"), not a player.
				case m.t0 >= it.t0 && m.t1 <= it.t1:
					x.setListType(m, Person)
					a.dropInitial(m, it, full)
				case it.b1 > it.b0 && m.t0 >= it.b0 && m.t1 <= it.b1:
					if a.tokens[it.b1-1].Flags&textseg.TDigit != 0 {
						x.setListType(m, Person) // "(Pitman 105)": the substitute
					} else if m.typ == "" || m.typ == Person {
						// "(Stade Francais)": the club. A club named after
						// its town keeps the town's type here, so that it
						// stays one entity with the town's other mentions
						// ("playing for Gloucester"); relations_lineups.go
						// retypes the entity as a whole.
						x.setListType(m, Organization)
					}
				}
			}
		}
	}
}

func (x *Extractor) setListType(m *mention, t EntityType) {
	m.typ, m.strong, m.alone, m.canon = t, true, false, ""
	m.contextual = nil
	if m.kind == MentionAcronym {
		m.kind = MentionName
	}
}

// playerList splits the tokens after the sentence's last colon into list
// items, and reports whether a bench label ("Subs", "Replacements") heads
// them and whether they have the shape of a player list: minListPlayers
// items, or any number under a bench label.
func (a *analysis) playerList(lo, hi int) ([]listItem, bool, bool) {
	toks := a.tokens
	bench := false
	for k := hi - 1; k >= lo; k-- {
		if toks[k].Text == ":" {
			var label []string
			for _, t := range toks[lo:k] {
				label = append(label, t.Lower())
			}
			bench = lineupBenchLabels[strings.Join(label, " ")]
			lo = k + 1
			break
		}
	}
	for hi > lo && (toks[hi-1].Text == "." || toks[hi-1].Text == ",") {
		hi--
	}
	var items []listItem
	cur := listItem{t0: lo, t1: -1}
	depth := 0
	for k := lo; k <= hi; k++ {
		if k == hi || depth == 0 && (toks[k].Text == "," || toks[k].Text == ";" || toks[k].Text == "/") {
			if cur.t1 < 0 {
				cur.t1 = k
			}
			if cur.t1 <= cur.t0 || cur.t1-cur.t0 > 4 {
				return nil, false, false
			}
			items = append(items, cur)
			cur = listItem{t0: k + 1, t1: -1}
			continue
		}
		t := toks[k]
		switch {
		case t.Text == "(":
			if depth > 0 || cur.t1 >= 0 {
				return nil, false, false
			}
			depth, cur.t1, cur.b0 = 1, k, k+1
		case t.Text == ")":
			if depth == 0 {
				return nil, false, false
			}
			depth, cur.b1 = 0, k
		case depth > 0:
			// Brackets hold a club, a substitute and minute, or "capt".
		case cur.t1 >= 0:
			return nil, false, false // words after the bracket
		case t.Flags&textseg.TDigit != 0:
			return nil, false, false
		case t.Flags&(textseg.TCap|textseg.TUpper) != 0 && t.Flags&textseg.TPunct == 0:
			if k == cur.t0 && k+1 < hi && len([]rune(t.Text)) <= 2 && toks[k+1].Flags&textseg.TCap != 0 {
				cur.initials = true // "G Dempsey", "CJ van der Linde"
			}
		case (lexicon.NameParticles[t.Text] || moreParticles[t.Text]) && k > cur.t0:
		case t.Text == "'" || t.Text == "’" || t.Text == "-":
		default:
			return nil, false, false
		}
	}
	// Under a bench label the list may be short ("Subs not used: Hislop,
	// Quashie, Cisse."): the label alone says its items are players.
	return items, bench, depth == 0 && (len(items) >= minListPlayers || bench && len(items) > 0)
}

// peopleList reports whether the list's items are people: at least two
// items plainly name a person (an initial before a surname, a known first
// name, the surname of a person named in full elsewhere in the story, a
// captain's or a substitute's bracket), and most are not names the
// gazetteer or a head word types otherwise.
func (x *Extractor) peopleList(a *analysis, items []listItem, ments []int, surnames map[string]bool) bool {
	people, typed, named := 0, 0, 0
	for _, it := range items {
		last := a.tokens[it.t1-1].Text
		switch {
		case it.initials, surnames[last]:
			people++
		case it.b1 > it.b0 && (a.tokens[it.b1-1].Flags&textseg.TDigit != 0 || a.tokens[it.b0].Lower() == "capt" || a.tokens[it.b0].Lower() == "captain"):
			people++
		}
	}
	for _, k := range ments {
		m := &a.ments[k]
		for _, it := range items {
			if m.t0 < it.t0 || m.t1 > it.t1 {
				continue
			}
			named++
			switch {
			case m.typ == Person && m.firstName && !it.initials && !surnames[a.tokens[it.t1-1].Text]:
				people++
			case m.strong && m.typ != Person:
				typed++
			}
			break
		}
	}
	return people >= 2 && named >= minListPlayers-2 && typed*3 <= named
}

// fullNameSurnames returns the last words of the names of people named in
// full (first name, honorific or title) in the story, and for each such
// surname the first words that go with it.
func (a *analysis) fullNameSurnames() (map[string]bool, map[string][]string) {
	out, firsts := map[string]bool{}, map[string][]string{}
	for k := range a.ments {
		m := &a.ments[k]
		if m.typ == Person && m.kind == MentionName && m.t1-m.t0 >= 2 &&
			(m.firstName || m.honor != "" || len(m.titleWords) > 0) {
			last := a.tokens[m.t1-1].Text
			out[last] = true
			if f := a.tokens[m.t0].Text; !slices.Contains(firsts[last], f) {
				firsts[last] = append(firsts[last], f)
			}
		}
	}
	return out, firsts
}

// dropInitial shortens "B Kay" in a list to "Kay" when the story names
// exactly one person with that surname whose first name has that initial
// ("Ben Kay"): the surname alone then joins the full name as any later
// surname mention does, where "B Kay" would stand as a second person.
func (a *analysis) dropInitial(m *mention, it listItem, full map[string][]string) {
	if !it.initials || m.t0 != it.t0 || m.t1-m.t0 != 2 {
		return
	}
	initial, last := a.tokens[m.t0].Text, a.tokens[m.t1-1].Text
	match := 0
	for _, f := range full[last] {
		if strings.HasPrefix(f, initial) || len(initial) == 2 && strings.HasPrefix(f, initial[:1]) {
			match++
		}
	}
	if match != 1 || len(full[last]) != 1 {
		return
	}
	m.t0 = m.t1 - 1
	m.Start = a.tokens[m.t0].Start
	m.surface = textseg.Clean(a.doc.Text[m.Start:m.End])
	m.firstName = false
}
