package openfacts

import (
	"github.com/newsgraph/newsgraph/extract/lexicon"
	"github.com/newsgraph/newsgraph/extract/model"
	"github.com/newsgraph/newsgraph/extract/textseg"
	"github.com/newsgraph/newsgraph/syntax"
)

// A capitalised word that describes a person may stand right before the
// person's name: an occupation opening the sentence ("Striker Novo
// secured victory", "Singer Bruce Springsteen has inducted U2") or a
// nationality ("beat Hungarian Petra Mandula", "Frenchman Cyril Saulnier
// fired 19 aces"). The entity layer leaves the word out of the name, but
// the parser often heads the phrase by it and hangs the name on it as a
// flat name, so the verb's argument is a word no mention holds and the
// link was lost. The argument is the person.
// Tests: descriptors_test.go.

// personDescriptors are capitalised words other than titles, weak roles
// and nationalities that describe the person named right after them in
// sports and arts news ("Teenager Sania Mirza", "Referee Howard Webb",
// "Keeper Petr Cech"). Plurals ("Seeds X, Y and Z") are left out: the
// word then describes a list.
var personDescriptors = lexicon.WordSet(`teenager newcomer referee keeper
	substitute youngster debutant rookie umpire`)

// describingWord reports whether w, capitalised before a name, describes
// the person the name is: an occupation (lexicon.WeakRoles), a playing
// position (lexicon.PositionRoles), one of personDescriptors, a nationality noun
// ("Frenchman", lexicon.PersonDemonyms) or a demonym the gazetteer knows
// ("Hungarian", "Kenyan"). Titles ("President", "Sir") are read by
// entityAt already.
func (a *analysis) describingWord(w string) bool {
	lw := textseg.Lower(w)
	if lexicon.WeakRoles[lw] || lexicon.PositionRoles[lw] || personDescriptors[lw] || lexicon.PersonDemonyms[lw] {
		return true
	}
	_, ok := a.Gazetteer.Demonym(w)
	return ok
}

// describedPerson is the person named right after token h when h is a
// capitalised describing word that no mention holds and that heads the
// name in the parse (the name's words hang on h, the first right after
// it); -1 otherwise. Only a person counts: a capitalised word before an
// organisation's or a place's name is more often a word of that name the
// entity layer cut off ("Athletics Kenya", "Air China").
func (a *analysis) describedPerson(s *syntax.Sentence, h int, ms []model.Mention) int {
	if h < 0 || h+1 >= len(s.Head) || !capitalised(s.Words[h]) || entityOfToken(s, h, ms) >= 0 {
		return -1
	}
	switch s.UPOS[h] {
	case "PROPN", "NOUN", "ADJ":
	default:
		return -1
	}
	if !a.describingWord(s.Words[h]) {
		return -1
	}
	e := entityOfToken(s, h+1, ms)
	if e < 0 || a.Doc.Entities[e].Type != model.Person || !mentionStartsAt(ms, e, s.Starts[h+1]) {
		return -1
	}
	// the name's words, h+1 on, hang on h or on one another, and one
	// of them on h as a word of the same name
	named := false
	for k := h + 1; k < len(s.Head) && entityOfToken(s, k, ms) == e; k++ {
		p := s.Head[k] - 1
		switch {
		case p == h:
			switch s.Deprel[k] {
			case "flat", "compound", "appos":
				named = true
			default:
				return -1
			}
		case p <= h || entityOfToken(s, p, ms) != e:
			return -1
		}
	}
	if !named {
		return -1
	}
	return e
}

// mentionStartsAt reports whether a mention of entity e starts at byte
// off: the describing word is right before the name, not inside it.
func mentionStartsAt(ms []model.Mention, e, off int) bool {
	for _, m := range ms {
		if m.Entity == e && m.Start == off {
			return true
		}
	}
	return false
}
