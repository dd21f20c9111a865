package extract

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/syntax"
)

// A "he"/"she" opening the second of two coordinated clauses is the first
// clause's subject, not the person that clause acted on:
//
//	Tom Reid defeated Sam Cole and he will now face Ian Moss.   (he: Reid)
//	Ann Kerr will be up against Jo Lamb, but she is still the favourite. (she: Kerr)
//	Ann Kerr lost to Jo Lamb and Eve Hart, but she remains the favourite.
//
// pickPronoun takes the latest fitting person of the sentence, which is
// the object there. subjectOverOblique (coref_pronoun_subjects.go) gives
// the subject instead when the words show the construction (the pronoun
// right after "and", "but" or "so") and the parse confirms it: the
// pronoun is the subject of a clause coordinated (conj) with the clause
// that holds the latest person as the direct or indirect object of a
// verb of beating or replacing a rival (rivalVerbs), or as the object of
// one of obliqueCases, directly or as a later member of a
// list ("to Lamb and Hart"). The subject must be a person who fits
// the pronoun and is named before it in the sentence, as for the
// oblique construction. Anything else keeps today's choice: a subject
// that is a body or the police ("Police arrested Cole and he was
// charged"), a quotation's "I" or "we", a pair of subjects, a pronoun in
// a clause hung from the object ("Reid beat Cole, who said he ..."), a
// purpose clause ("so he could play") the parse does not coordinate.

// clauseCoordinators, right before the pronoun, open a coordinated clause.
var clauseCoordinators = lexicon.WordSet(`and but so`)

// afterCoordinator reports whether pronoun mention m follows one of
// clauseCoordinators inside its sentence.
func (a *analysis) afterCoordinator(m *mention) bool {
	t := m.t0 - 1
	return t > a.sentTokens[m.sent].Start && clauseCoordinators[a.tokens[t].Lower()]
}

// objectOfFirstConjunct reports whether word w (the head of the latest
// person's name, whose words end before word end) is, itself or as a
// later member of a list, the direct or indirect object or a
// prepositional object (obliqueCases) of the clause that the clause of
// pronoun word pr is coordinated with, and that clause's own, which has
// a subject of its own: not of a
// third clause between them ("Dair ran on and played Easton in and he
// headed home": Easton's clause is not Dair's), nor of one hung from it.
// A verb that sets its object moving ("sent Dair away", "played Easton
// in", "put Cole through") makes the object the next clause's actor, so a
// particle or adverb right after the object refuses. poss says the text
// marks w as a possessor, which is trusted as for obliqueWord.
func objectOfFirstConjunct(p *syntax.Sentence, w, end, pr int, poss bool) bool {
	for n := 0; p.Deprel[w] == "conj" && p.Head[w] > 0 && n < len(p.Head); n++ {
		w = p.Head[w] - 1 // "to Lamb and Hart": Hart is read as Lamb
	}
	switch p.Deprel[w] {
	case "obj", "iobj":
		if !rivalVerbs[p.LowerLemma(p.Head[w]-1)] {
			return false // "Ashby signed Petrov, and he will start": the one signed
		}
	default:
		if !obliqueWord(p, w, poss) {
			return false
		}
	}
	if pr < 0 || pr >= len(p.Head) || p.Head[pr] == 0 {
		return false
	}
	if rel := p.Deprel[pr]; rel != "nsubj" && rel != "nsubj:pass" {
		return false
	}
	h := p.Head[pr] - 1
	if p.Deprel[h] != "conj" || p.Head[h] == 0 {
		return false
	}
	g := p.Head[h] - 1
	if g == h || subjectDependent(p, g) < 0 || !ownClauseWord(p, g, w) {
		// a clause whose subject is a former clause's ("X ran on and
		// found Y and he ...") is not the one whose subject is meant
		return false
	}
	if end < len(p.Head) && p.Head[end]-1 == g && movingParticle[p.Deprel[end]] {
		return false
	}
	return true
}

// rivalVerbs take as object a rival the subject beat, passed or took the
// place of; the next clause goes on about the subject ("Reid defeated
// Cole and he now faces Moss", "Fowler overtook Ferdinand and he only
// trails Shearer", "Maloney replaced Sutton and he marked his return").
// Verbs that put the object to work ("signed", "appointed", "sent",
// "found") make it the next clause's actor, and any verb not listed here
// leaves the choice to pickPronoun.
var rivalVerbs = lexicon.WordSet(`beat defeat overtake overhaul replace succeed
	edge outpace outsprint outscore outplay outclass upset eliminate thrash
	oust unseat dethrone`)

// clauseRelations attach a clause of its own to a word; a path from a
// clause's verb down to a word that crosses one leaves the clause.
var clauseRelations = lexicon.WordSet(`conj acl acl:relcl advcl ccomp xcomp csubj parataxis`)

// movingParticle are the relations of a word after a verb's object that
// tells where the object was sent: "away" (advmod), "in" (compound:prt),
// "clear" (xcomp).
var movingParticle = lexicon.WordSet(`compound:prt advmod xcomp`)

// ownClauseWord reports whether word w hangs from verb g without crossing
// the boundary of another clause.
func ownClauseWord(p *syntax.Sentence, g, w int) bool {
	for n := 0; w >= 0 && n <= len(p.Head); n++ {
		if w == g {
			return true
		}
		if clauseRelations[p.Deprel[w]] && n > 0 {
			return false
		}
		w = p.Head[w] - 1
	}
	return false
}
