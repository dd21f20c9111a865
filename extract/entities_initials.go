package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A name of two words whose first is a lone capital letter is a person's
// initial and surname ("T Howe", "G Thomas (Toulouse, capt)"), as team
// sheets, squads and results tables write players. The dictionary holds
// single letters as words, so without this the letter read as a common
// word and left the name untyped, and an untyped name became an
// organisation. The letter is no initial when the next word is a common
// one ("X Factor", "A Very Long Engagement") or a place ("S Africa").
// Tests: entities_initials_test.go.

// initialSurname reports whether toks is a person's initial before a
// surname of one word, or of a particle and a word.
func (x *Extractor) initialSurname(toks []textseg.Token) bool {
	if len(toks) < 2 || len(toks[0].Text) != 1 || toks[0].Text[0] < 'A' || toks[0].Text[0] > 'Z' {
		return false
	}
	if len(toks) == 3 && (lexicon.NameParticles[toks[1].Text] || moreParticles[toks[1].Text]) {
		toks = toks[1:] // "P de Villiers", "D dal Maso": the particle is part of the surname
	} else if len(toks) != 2 {
		return false // "C Sweeney Newport-Gwent)": a ragged line runs a club into the name
	}
	next := toks[len(toks)-1]
	if next.Flags&textseg.TCap == 0 || next.Flags&textseg.TUpper != 0 || lexicon.IsCommonWord(next.Lower()) {
		return false
	}
	if e, ok := x.gaz.Lookup(next.Text); ok && e.Type != "Person" {
		return false
	}
	return true
}

// initialsJoinFullNames shortens a person's "K Morgan" to "Morgan" when
// the story names exactly one person with that surname and a first name
// of that initial ("Kevin Morgan"), so that the two are one person, as
// dropInitial does inside a team sheet; the squad line itself may be
// too ragged for the sheet reader ("A Jones; (Neath-Swansea)").
func (a *analysis) initialsJoinFullNames() {
	var full map[string][]string
	for k := range a.ments {
		m := &a.ments[k]
		if m.kind != MentionName || m.typ != Person || m.t1-m.t0 != 2 || len(a.tokens[m.t0].Text) != 1 {
			continue
		}
		if full == nil {
			_, full = a.fullNameSurnames()
		}
		a.dropInitial(m, listItem{t0: m.t0, t1: m.t1, initials: true}, full)
	}
}

// monthFirstName reports whether toks[k] is "Jan" as a first name ("Jan
// Egeland", "Prime Minister Jan Peter Balkenende") rather than January's
// abbreviation, which a day's number follows ("Jan 5"): written "Jan"
// before a capitalised word that is no date word and opens no clause.
func monthFirstName(toks []textseg.Token, k, hi int) bool {
	if toks[k].Text != "Jan" || k+1 >= hi || !isCapWord(toks[k+1]) {
		return false
	}
	w := toks[k+1].Lower()
	return !lexicon.NotNames[w] && !lexicon.SentenceStarters[w] // "in Jan The Times said"
}
