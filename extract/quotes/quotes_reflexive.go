package quotes

import (
	"strings"

	"github.com/newsgraph/newsgraph/extract/model"
)

// "Osbourne himself was at a loss to explain it: "…"" in a story about
// Ozzy and Sharon Osbourne: a bare surname shared by two persons, which
// the recogniser bound to one of them, is told apart by the reflexive
// after it. "himself" makes the speaker the man of that surname,
// "herself" the woman; the first name of each says which is which.

// qReflexiveGender maps the reflexive pronouns to a gender.
var qReflexiveGender = map[string]byte{"himself": 'm', "herself": 'f'}

// reflexiveNamesake returns the speaker named at pos by a bare surname
// followed by "himself" or "herself": e when e fits that gender or no
// other reading stands, else the one other person of that surname whose
// first name fits.
func (q *quoter) reflexiveNamesake(e, pos int) int {
	mi := q.mentionAt(pos)
	if mi < 0 || !q.isPerson(e) {
		return e
	}
	m := q.doc.Mentions[mi]
	if m.Entity != e || m.Kind != model.MentionName {
		return e
	}
	surname := q.text[m.Start:m.End]
	if strings.ContainsAny(surname, " -") {
		return e // a full name says who it is
	}
	g := qReflexiveGender[strings.ToLower(q.nextWord(m.End, min(len(q.text), m.End+12)))]
	if g == 0 || q.genderOf(e) == g {
		return e
	}
	other := -1
	for c, ent := range q.doc.Entities {
		if c == e || ent.Type != model.Person || q.genderOf(c) != g {
			continue
		}
		f := strings.Fields(ent.Name)
		if len(f) < 2 || f[len(f)-1] != surname {
			continue
		}
		if other >= 0 {
			return e // two fit: leave the recogniser's choice
		}
		other = c
	}
	if other < 0 {
		return e
	}
	return other
}
