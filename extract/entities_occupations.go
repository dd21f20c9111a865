package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/textseg"
)

// A capitalised occupation opening a sentence or headline is the
// person's descriptor, not part of the name: "Striker Novo secured
// victory", "Actor Foxx sees Globe nominations", "Singer Sizzla jailed",
// "Flanker Jason White and prop Tom Smith", "the late Beatle George
// Harrison". Kept in the run, it made one name of both ("Striker Novo"),
// typed as an organisation when the surname is unknown. lexicon.go's
// weakRoles are peeled elsewhere only before a full name; here the
// capital says the word is where a sentence starts, so a lone surname
// after it is a person too.
// Negatives: the word after the occupation is a common word or a name
// the gazetteer knows ("Star Wars", "Champion Hurdle", "Player Piano"),
// or the run is longer and does not go on with a first name ("Forward
// Sports Fund").
// Tests: entities_occupations_test.go.

// occupationOpening adds the person after a capitalised occupation at the
// start of the run toks[i:j] and reports whether it did.
func (x *Extractor) occupationOpening(a *analysis, s, i, j int, initial bool) bool {
	toks := a.tokens
	if j-i < 2 || !initial && (i == a.sentTokens[s].Start || toks[i-1].Flags&(textseg.TCap|textseg.TUpper|textseg.TPunct|textseg.TDigit) != 0) {
		return false
	}
	role := toks[i].Lower()
	if !lexicon.WeakRoles[role] && !lexicon.PositionRoles[role] || toks[i].Flags&textseg.TUpper != 0 && role != "dj" {
		return false
	}
	next := toks[i+1].Lower()
	switch {
	case j-i == 2:
		if lexicon.IsCommonWord(next) || toks[i+1].Flags&textseg.TUpper != 0 {
			return false
		}
		if _, ok := x.gaz.Lookup(textseg.Clean(a.doc.Text[toks[i].Start:toks[j-1].End])); ok {
			return false
		}
		if _, ok := x.gaz.Lookup(toks[i+1].Text); ok {
			return false
		}
	default:
		if _, ok := lexicon.Honorifics[next]; !ok && x.names[next] == 0 {
			return false
		}
	}
	// "Actor Rodrigo de la Serna": the run stopped at the particles.
	hi := a.sentTokens[s].End
	for k := j; k < hi && lexicon.NameParticles[toks[k].Text]; k++ {
		if k+1 < hi && isCapWord(toks[k+1]) {
			j = k + 2
			for j < hi && isCapWord(toks[j]) {
				j++
			}
			k = j - 1
		}
	}
	x.personName(a, s, i+1, j, []string{role}, -1)
	return true
}
