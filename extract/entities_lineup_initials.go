package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A team sheet names players by initial and surname ("A Persico, D Dal
// Maso, S Parisse"; "F Sheahan, M Horan, ..."). The name rules read such
// an initial as prose: "A" as the article, a letter opening the sentence
// as a word the dictionary knows. They keep the surname alone, and the
// line-up stage (relations_lineups.go), which names its player after the
// whole item, then adds "A Persico" beside "Persico": one player, two
// entities. lineupInitials gives the initial back to the surname's
// mention when the list is a people list, so that the player is one
// entity named as the sheet writes him; dropInitial (entities_lineups.go)
// still shortens it to the surname when the story names that player in
// full. A surname the story also names elsewhere ("O'Gara kicked ...",
// "Aurelien Rougerie") is left alone: the lone surname then joins that
// person as before, where "A Rougerie" would stand as a second one.
// Tests: entities_lineups_test.go (TestLineupInitials).

// lineupInitials widens a surname mention in a player list back over the
// item's initial.
func (x *Extractor) lineupInitials(a *analysis) {
	bySent := map[int][]int{}
	for k := range a.ments {
		if m := &a.ments[k]; m.kind == MentionName || m.kind == MentionAcronym {
			bySent[m.sent] = append(bySent[m.sent], k)
		}
	}
	var surnames map[string]bool
	for s, r := range a.sentTokens {
		if len(bySent[s]) == 0 {
			continue
		}
		items, bench, ok := a.playerList(r.Start, r.End)
		if !ok {
			continue
		}
		if surnames == nil {
			surnames, _ = a.fullNameSurnames()
		}
		if !bench && !x.peopleList(a, items, bySent[s], surnames) {
			continue
		}
		for _, it := range items {
			if !it.initials {
				continue
			}
			at := -1 // the mention of the item's words after the initial
			for _, k := range bySent[s] {
				m := &a.ments[k]
				if m.t0 == it.t0 {
					at = -1 // the initial is read already ("G Dempsey")
					break
				}
				if m.t0 == it.t0+1 && m.t1 == it.t1 {
					at = k
				}
			}
			if at < 0 || a.surnameNamedElsewhere(at) {
				continue
			}
			a.widenOverInitial(at, it.t0)
		}
	}
	a.officialInitials()
}

// widenOverInitial moves the start of mention k back to token t0, the
// initial before its surname.
func (a *analysis) widenOverInitial(k, t0 int) {
	m := &a.ments[k]
	m.t0 = t0
	m.Start = a.tokens[m.t0].Start
	m.surface = textseg.UnescapeName(textseg.Clean(a.doc.Text[m.Start:m.End]))
	m.canon, m.firstName = "", false
}

// officialLabels head the line of a match report that names the
// official the way a team sheet names a player: "Ref: S Bennett (Kent)",
// "Referee: N Owens (Wales)".
var officialLabels = lexicon.WordSet(`ref referee umpire`)

// officialInitials gives the initial back to the surname of an official
// named after a label and a colon. As on a team sheet, the name rules
// read the initial as prose and keep only the surname ("Bennett"), though
// the report names the official "S Bennett" and nowhere else; a surname
// the story names elsewhere is left alone, as lineupInitials leaves it.
// Tests: entities_lineup_initials_test.go (TestOfficialInitials).
func (a *analysis) officialInitials() {
	for k := range a.ments {
		m := &a.ments[k]
		// An unknown surname is still untyped here; a type the
		// gazetteer or a head word gave (a place, a body) is kept.
		if m.kind != MentionName || m.typ != Person && m.typ != "" || m.t1-m.t0 != 1 || m.t0 < 3 {
			continue
		}
		ini, colon, label := a.tokens[m.t0-1], a.tokens[m.t0-2], a.tokens[m.t0-3]
		if len(ini.Text) != 1 || ini.Text[0] < 'A' || ini.Text[0] > 'Z' || colon.Text != ":" ||
			!officialLabels[label.Lower()] || a.sentenceOfToken(m.t0-3) != m.sent {
			continue
		}
		if a.surnameNamedElsewhere(k) {
			continue
		}
		a.widenOverInitial(k, m.t0-1)
		m.typ = Person // an initial and a surname after the label: a person
	}
}

// surnameNamedElsewhere reports whether another name mention of the
// document ends with the words of mention k.
func (a *analysis) surnameNamedElsewhere(k int) bool {
	m := &a.ments[k]
	n := m.t1 - m.t0
	for i := range a.ments {
		o := &a.ments[i]
		if i == k || o.kind != MentionName || o.t1-o.t0 < n {
			continue
		}
		same := true
		for d := 1; d <= n && same; d++ {
			same = a.tokens[o.t1-d].Text == a.tokens[m.t1-d].Text
		}
		if same {
			return true
		}
	}
	return false
}
